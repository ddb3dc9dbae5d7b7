import { useEffect, useRef, useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../api";
import type { Channel } from "../bindings/Channel";
import type { Direction } from "../bindings/Direction";
import type { Interaction } from "../bindings/Interaction";
import type { NewInteraction } from "../bindings/NewInteraction";
import type { NewPromise } from "../bindings/NewPromise";
import {
  CHANNEL_LABELS,
  CHANNELS,
  DIRECTION_LABELS,
  DIRECTIONS,
  localInputToUtc,
  orNull,
  splitList,
  splitVerbatim,
  toLocalInputValue,
} from "../format";
import type { CaptureSuggestions } from "../bindings/CaptureSuggestions";
import { ErrorNotice } from "./ErrorNotice";
import { TranscriptPaste } from "./TranscriptPaste";

interface Props {
  caseId: string;
  /** `note` says what else happened (the transcript kept, or why it could not be). */
  onSaved: (saved: Interaction, note?: string) => void;
  onCancel: () => void;
}

interface PromiseRow {
  key: number;
  text: string;
  due: string;
}

type Identity = "yes" | "no" | "unknown";

type FieldErrors = Partial<Record<"when" | "summary" | "wait" | "promises", string>>;

let rowKey = 0;
const newRow = (): PromiseRow => ({ key: ++rowKey, text: "", due: "" });

/** The form for logging one contact with support. Nothing typed is lost on an error. */
export function LogForm({ caseId, onSaved, onCancel }: Props) {
  const [when, setWhen] = useState(() => toLocalInputValue(new Date()));
  const [channel, setChannel] = useState<Channel>("phone");
  const [direction, setDirection] = useState<Direction>("outbound");
  const [team, setTeam] = useState("");
  const [knownTeams, setKnownTeams] = useState<string[]>([]);
  const [agent, setAgent] = useState("");
  const [references, setReferences] = useState("");
  const [wait, setWait] = useState("");
  const [summary, setSummary] = useState("");
  const [errorTexts, setErrorTexts] = useState("");
  const [quotes, setQuotes] = useState("");
  const [promises, setPromises] = useState<PromiseRow[]>(() => [newRow()]);
  const [outcome, setOutcome] = useState("");
  const [identity, setIdentity] = useState<Identity>("unknown");
  const [identityMethod, setIdentityMethod] = useState("");
  const [transcript, setTranscript] = useState("");
  const [keepTranscript, setKeepTranscript] = useState(true);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const touched = useRef(new Set<string>());
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLTextAreaElement>(null);

  // Start from the last contact's channel, direction and team, unless already changed.
  useEffect(() => {
    let live = true;
    api
      .interactionDefaults(caseId)
      .then((d) => {
        if (!live) return;
        if (!touched.current.has("channel")) setChannel(d.channel);
        if (!touched.current.has("direction")) setDirection(d.direction);
        if (!touched.current.has("team") && d.team) setTeam(d.team);
        setKnownTeams(d.known_teams);
      })
      .catch((err: unknown) => {
        // Not fatal: the form works with its own defaults.
        console.warn("Could not load the form defaults:", err);
      });
    return () => {
      live = false;
    };
  }, [caseId]);

  useEffect(() => {
    formRef.current?.scrollIntoView({ block: "nearest" });
    summaryRef.current?.focus({ preventScroll: true });
  }, []);

  const touch = (name: string) => touched.current.add(name);

  const dirty = () =>
    [agent, references, wait, summary, errorTexts, quotes, outcome, identityMethod, transcript].some((v) => v.trim()) ||
    promises.some((p) => p.text.trim() || p.due) ||
    touched.current.size > 0;

  const validate = (): { input: NewInteraction | null; errors: FieldErrors } => {
    const errors: FieldErrors = {};
    const startedAt = localInputToUtc(when);
    if (!startedAt) errors.when = "Enter the date and time of the contact.";
    if (summary.trim().length === 0) {
      errors.summary = "Write a short summary of what happened. One sentence is enough.";
    }
    let waitMinutes: number | null = null;
    if (wait.trim()) {
      const n = Number(wait.trim());
      if (!Number.isInteger(n) || n < 0 || n > 100_000) errors.wait = "Enter the wait as a whole number of minutes.";
      else waitMinutes = n;
    }
    const newPromises: NewPromise[] = [];
    for (const p of promises) {
      if (!p.text.trim()) {
        if (p.due) errors.promises = "Say what was promised for each date you entered.";
        continue;
      }
      let dueAt: string | null = null;
      if (p.due) {
        dueAt = localInputToUtc(p.due);
        if (!dueAt) errors.promises = "One of the due dates is not a valid date.";
      }
      newPromises.push({ text: p.text.trim(), due_at: dueAt });
    }
    if (Object.keys(errors).length > 0) return { input: null, errors };
    return {
      errors,
      input: {
        started_at: startedAt,
        ended_at: null,
        wait_minutes: waitMinutes,
        channel,
        direction,
        team: orNull(team),
        agent: orNull(agent),
        references: splitList(references, true),
        summary: summary.trim(),
        error_texts: splitVerbatim(errorTexts),
        quotes: splitVerbatim(quotes).map((q) => q.trim()),
        promises: newPromises,
        outcome: orNull(outcome),
        identity_verified: identity === "yes" ? true : identity === "no" ? false : null,
        identity_method: orNull(identityMethod),
      },
    };
  };

  const submit = async (e?: Event) => {
    e?.preventDefault();
    if (busy) return;
    setError(null);
    const { input, errors } = validate();
    setFieldErrors(errors);
    if (!input) {
      const first = errors.when ? "log-when" : errors.summary ? "summary" : errors.wait ? "log-wait" : "promise-text-0";
      document.getElementById(first)?.focus();
      return;
    }
    setBusy(true);
    try {
      const saved = await api.interactionLog(caseId, input);
      let note: string | undefined;
      if (keepTranscript && transcript.trim()) {
        try {
          const bytes = new TextEncoder().encode(transcript);
          await api.attachmentAdd(caseId, "", bytes, { interactionId: saved.id, transcript: true });
          note = "The transcript is kept with it.";
        } catch (err) {
          note = `The transcript could not be kept: ${toErrorInfo(err).message}`;
        }
      }
      onSaved(saved, note);
    } catch (err) {
      setError(toErrorInfo(err));
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
      e.preventDefault();
      void submit();
    } else if (e.key === "Enter" && e.target instanceof HTMLInputElement && e.target.type !== "checkbox" && e.target.type !== "radio") {
      // A long form: Enter in a one-line field must not save it half-filled. Ctrl+Enter saves.
      e.preventDefault();
    } else if (e.key === "Escape" && !dirty()) {
      e.preventDefault();
      onCancel();
    }
  };

  /** Fills the form from accepted transcript suggestions, adding to what is already typed. */
  const applySuggestions = (s: CaptureSuggestions) => {
    if (s.references.length > 0) {
      const current = splitList(references, true);
      const merged = [...current, ...s.references.filter((r) => !current.includes(r))];
      setReferences(merged.join(", "));
    }
    if (s.agents.length > 0) setAgent(s.agents[0]);
    if (s.error_texts.length > 0) {
      const current = splitVerbatim(errorTexts);
      const merged = [...current, ...s.error_texts.filter((e) => !current.includes(e))];
      setErrorTexts(merged.join("\n"));
    }
    if (s.promises.length > 0) {
      const start = Date.parse(localInputToUtc(when) ?? "") || Date.now();
      const rows = s.promises.map((p) => ({
        ...newRow(),
        text: p.text,
        due: p.due_in_minutes === null ? "" : toLocalInputValue(new Date(start + p.due_in_minutes * 60_000)),
      }));
      setPromises((existing) => [...existing.filter((r) => r.text.trim() || r.due), ...rows]);
    }
    if (s.identity_method) {
      setIdentityMethod(s.identity_method);
      if (identity === "unknown") setIdentity("yes");
    }
  };

  const updatePromise = (key: number, patch: Partial<PromiseRow>) =>
    setPromises((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const describedBy = (name: keyof FieldErrors, help?: string) =>
    [fieldErrors[name] ? `${name}-error` : null, help ?? null].filter(Boolean).join(" ") || undefined;

  return (
    <form
      ref={formRef}
      class="panel log-form"
      data-testid="log-form"
      aria-labelledby="log-title"
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={onKeyDown}
    >
      <h2 id="log-title">Log a contact</h2>
      <p class="muted help">
        Write it down while you remember. Only the summary is needed; add whatever else you have.
        Press Ctrl+Enter to save.
      </p>

      <TranscriptPaste
        text={transcript}
        onText={setTranscript}
        keep={keepTranscript}
        onKeep={setKeepTranscript}
        onApply={applySuggestions}
      />

      <div class="grid-3">
        <div class="field">
          <label for="log-when">When</label>
          <input
            id="log-when"
            data-testid="log-when"
            type="datetime-local"
            value={when}
            aria-invalid={fieldErrors.when ? true : undefined}
            aria-describedby={describedBy("when")}
            onInput={(e) => setWhen(e.currentTarget.value)}
          />
          {fieldErrors.when && (
            <p class="field-error" id="when-error">
              {fieldErrors.when}
            </p>
          )}
        </div>
        <div class="field">
          <label for="log-channel">How</label>
          <select
            id="log-channel"
            data-testid="log-channel"
            value={channel}
            onChange={(e) => {
              touch("channel");
              setChannel(e.currentTarget.value as Channel);
            }}
          >
            {CHANNELS.map((ch) => (
              <option key={ch} value={ch}>
                {CHANNEL_LABELS[ch]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="log-direction">Who started it</label>
          <select
            id="log-direction"
            data-testid="log-direction"
            value={direction}
            onChange={(e) => {
              touch("direction");
              setDirection(e.currentTarget.value as Direction);
            }}
          >
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {DIRECTION_LABELS[d]}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div class="grid-2">
        <div class="field">
          <label for="log-team">Team or department</label>
          <input
            id="log-team"
            data-testid="log-team"
            type="text"
            list="known-teams"
            placeholder="e.g. Retail support"
            value={team}
            onInput={(e) => {
              touch("team");
              setTeam(e.currentTarget.value);
            }}
          />
          <datalist id="known-teams">
            {knownTeams.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        </div>
        <div class="field">
          <label for="log-agent">Agent’s name or ID</label>
          <input
            id="log-agent"
            data-testid="log-agent"
            type="text"
            value={agent}
            onInput={(e) => setAgent(e.currentTarget.value)}
          />
        </div>
      </div>

      <div class="field">
        <label for="summary">What happened?</label>
        <textarea
          id="summary"
          data-testid="summary"
          ref={summaryRef}
          rows={3}
          aria-required="true"
          aria-invalid={fieldErrors.summary ? true : undefined}
          aria-describedby={describedBy("summary")}
          value={summary}
          onInput={(e) => {
            setSummary(e.currentTarget.value);
            if (fieldErrors.summary) setFieldErrors({ ...fieldErrors, summary: undefined });
          }}
        />
        {fieldErrors.summary && (
          <p class="field-error" id="summary-error" role="alert">
            {fieldErrors.summary}
          </p>
        )}
      </div>

      <div class="field">
        <label for="error-texts">Error messages you saw, exactly as shown (one per line)</label>
        <textarea
          id="error-texts"
          data-testid="error-texts"
          class="mono"
          rows={2}
          spellcheck={false}
          value={errorTexts}
          onInput={(e) => setErrorTexts(e.currentTarget.value)}
        />
      </div>

      <div class="field">
        <label for="log-quotes">Things they said, word for word (one per line)</label>
        <textarea
          id="log-quotes"
          data-testid="log-quotes"
          rows={2}
          value={quotes}
          onInput={(e) => setQuotes(e.currentTarget.value)}
        />
      </div>

      <div class="grid-2">
        <div class="field">
          <label for="log-references">Reference or ticket numbers</label>
          <textarea
            id="log-references"
            data-testid="log-references"
            class="mono"
            rows={1}
            spellcheck={false}
            aria-describedby="references-help"
            value={references}
            onInput={(e) => setReferences(e.currentTarget.value)}
          />
          <p class="help" id="references-help">
            Separate several with commas or new lines.
          </p>
        </div>
        <div class="field">
          <label for="log-wait">Minutes waiting (on hold, in a queue)</label>
          <input
            id="log-wait"
            data-testid="log-wait"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={wait}
            aria-invalid={fieldErrors.wait ? true : undefined}
            aria-describedby={describedBy("wait")}
            onInput={(e) => setWait(e.currentTarget.value)}
          />
          {fieldErrors.wait && (
            <p class="field-error" id="wait-error">
              {fieldErrors.wait}
            </p>
          )}
        </div>
      </div>

      <fieldset class="group">
        <legend>What they promised</legend>
        {promises.map((p, n) => (
          <div class="promise-row" key={p.key}>
            <div class="field grow">
              <label for={`promise-text-${n}`}>Promise</label>
              <input
                id={`promise-text-${n}`}
                data-testid="promise-text"
                type="text"
                placeholder="e.g. We will call you back"
                value={p.text}
                aria-describedby={describedBy("promises")}
                onInput={(e) => updatePromise(p.key, { text: e.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for={`promise-due-${n}`}>By (optional)</label>
              <input
                id={`promise-due-${n}`}
                data-testid="promise-due"
                type="datetime-local"
                value={p.due}
                onInput={(e) => updatePromise(p.key, { due: e.currentTarget.value })}
              />
            </div>
            {promises.length > 1 && (
              <button
                type="button"
                class="quiet"
                aria-label={`Remove promise ${n + 1}`}
                onClick={() => setPromises((rows) => rows.filter((r) => r.key !== p.key))}
              >
                Remove
              </button>
            )}
          </div>
        ))}
        {fieldErrors.promises && (
          <p class="field-error" id="promises-error">
            {fieldErrors.promises}
          </p>
        )}
        <button type="button" class="quiet" data-testid="add-promise" onClick={() => setPromises((rows) => [...rows, newRow()])}>
          Add another promise
        </button>
      </fieldset>

      <div class="field">
        <label for="log-outcome">Outcome</label>
        <input
          id="log-outcome"
          data-testid="log-outcome"
          type="text"
          placeholder="e.g. Escalated to the account team"
          value={outcome}
          onInput={(e) => setOutcome(e.currentTarget.value)}
        />
      </div>

      <fieldset class="group">
        <legend>Did they check that you are you?</legend>
        <div class="radio-row">
          {(
            [
              ["yes", "Yes"],
              ["no", "No"],
              ["unknown", "Don’t know"],
            ] as const
          ).map(([value, label]) => (
            <label class="check" key={value}>
              <input
                type="radio"
                name="identity"
                value={value}
                data-testid={`identity-${value}`}
                checked={identity === value}
                onChange={() => setIdentity(value)}
              />
              {label}
            </label>
          ))}
        </div>
        <div class="field">
          <label for="log-identity-method">How? (optional)</label>
          <input
            id="log-identity-method"
            data-testid="identity-method"
            type="text"
            placeholder="e.g. Code sent by SMS, security questions"
            value={identityMethod}
            onInput={(e) => setIdentityMethod(e.currentTarget.value)}
          />
        </div>
      </fieldset>

      {error && <ErrorNotice error={error} />}

      <div class="actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="submit" class="primary" data-testid="log-submit" id="log-submit" aria-keyshortcuts="Control+Enter" disabled={busy}>
          {busy ? "Saving…" : "Save contact"}
        </button>
      </div>
    </form>
  );
}
