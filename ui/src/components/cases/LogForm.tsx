import { useEffect, useRef, useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import type { Channel } from "../../bindings/Channel";
import type { Direction } from "../../bindings/Direction";
import type { Interaction } from "../../bindings/Interaction";
import type { NewInteraction } from "../../bindings/NewInteraction";
import type { NewPromise } from "../../bindings/NewPromise";
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
} from "../../format";
import type { CaptureSuggestions } from "../../bindings/CaptureSuggestions";
import { ErrorNotice } from "../frame/ErrorNotice";
import { TranscriptPaste } from "./TranscriptPaste";
import { t, type MessageKey } from "../../i18n";
import { useLoad } from "../../useLoad";
import type { ContactKind } from "../../bindings/ContactKind";
import { complaintsApi } from "../../complaintsApi";
import { ComplaintWhere } from "../complaints/ComplaintWhere";
import { localDate } from "../complaints/complaintText";

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

type FieldErrors = Partial<Record<"when" | "summary" | "wait" | "promises" | "kind", string>>;

/** What the contact was, as far as a formal complaint goes (the core's ContactKind). */
const KINDS: { kind: ContactKind; label: MessageKey }[] = [
  { kind: "ordinary", label: "logKind-ordinary" },
  { kind: "complaint_made", label: "logKind-complaint" },
  { kind: "final_response", label: "logKind-final" },
];

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
  const [kind, setKind] = useState<ContactKind>("ordinary");
  const [complaintCountry, setComplaintCountry] = useState("");
  const [complaintSector, setComplaintSector] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const touched = useRef(new Set<string>());
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLTextAreaElement>(null);

  // Start from the last contact's channel, direction and team, unless already changed.
  useLoad(() => api.interactionDefaults(caseId), [caseId], {
    onData: (d) => {
      if (!touched.current.has("channel")) setChannel(d.channel);
      if (!touched.current.has("direction")) setDirection(d.direction);
      if (!touched.current.has("team") && d.team) setTeam(d.team);
      setKnownTeams(d.known_teams);
    },
    // Not fatal: the form works with its own defaults.
    onError: (err) => console.warn("Could not load the form defaults:", err),
  });

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
    if (!startedAt) errors.when = t("log-whenError");
    if (summary.trim().length === 0) {
      errors.summary = t("log-summaryError");
    }
    let waitMinutes: number | null = null;
    if (wait.trim()) {
      const n = Number(wait.trim());
      if (!Number.isInteger(n) || n < 0 || n > 100_000) errors.wait = t("log-waitError");
      else waitMinutes = n;
    }
    const newPromises: NewPromise[] = [];
    for (const p of promises) {
      if (!p.text.trim()) {
        if (p.due) errors.promises = t("log-promisesError");
        continue;
      }
      let dueAt: string | null = null;
      if (p.due) {
        dueAt = localInputToUtc(p.due);
        if (!dueAt) errors.promises = t("log-dueError");
      }
      newPromises.push({ text: p.text.trim(), due_at: dueAt });
    }
    if (kind === "complaint_made" && (!complaintCountry || !complaintSector)) errors.kind = t("logKind-whereError");
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
      const first = errors.when
        ? "log-when"
        : errors.kind
          ? "log-complaint-country"
          : errors.summary
            ? "summary"
            : errors.wait
              ? "log-wait"
              : "promise-text-0";
      document.getElementById(first)?.focus();
      return;
    }
    setBusy(true);
    try {
      // The final response is logged as its kind; the formal complaint is a contact marked
      // with where the company is and what it does (the rules come from those).
      const saved =
        kind === "final_response" ? await complaintsApi.logContact(caseId, input, kind) : await api.interactionLog(caseId, input);
      let note: string | undefined;
      if (kind === "complaint_made") {
        try {
          await complaintsApi.mark(caseId, {
            contact_id: saved.id,
            jurisdiction: complaintCountry,
            sector: complaintSector,
            firm_reference: input.references[0] ?? null,
          });
          note = t("logKind-marked");
        } catch (err) {
          note = t("logKind-notMarked", { error: toErrorInfo(err).message });
        }
      }
      if (keepTranscript && transcript.trim()) {
        try {
          const bytes = new TextEncoder().encode(transcript);
          await api.attachmentAdd(caseId, "", bytes, { interactionId: saved.id, transcript: true });
          note = [note, t("log-transcriptKept")].filter(Boolean).join(" ");
        } catch (err) {
          note = [note, t("log-transcriptFailed", { error: toErrorInfo(err).message })].filter(Boolean).join(" ");
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
      <h2 id="log-title">{t("log-title")}</h2>
      <p class="muted help">
        {t("log-help")} {t("log-ctrlEnter")}
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
          <label for="log-when">{t("log-when")}</label>
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
          <label for="log-channel">{t("log-how")}</label>
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
          <label for="log-direction">{t("log-who")}</label>
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

      <fieldset class="group" data-testid="log-kind">
        <legend>{t("logKind-legend")}</legend>
        <div class="radio-row">
          {KINDS.map((k) => (
            <label class="check" key={k.kind}>
              <input
                type="radio"
                name="log-kind"
                value={k.kind}
                data-testid={`log-kind-${k.kind}`}
                checked={kind === k.kind}
                onChange={() => {
                  touch("kind");
                  setKind(k.kind);
                }}
              />
              {t(k.label)}
            </label>
          ))}
        </div>
        {kind === "complaint_made" && (
          <>
            <p class="help">{t("logKind-complaintHelp")}</p>
            <ComplaintWhere
              idPrefix="log-complaint"
              country={complaintCountry}
              sector={complaintSector}
              received={localInputToUtc(when) ? localDate(localInputToUtc(when) ?? "") : localDate(new Date().toISOString())}
              onCountry={(v) => {
                setComplaintCountry(v);
                setFieldErrors((e) => ({ ...e, kind: undefined }));
              }}
              onSector={(v) => {
                setComplaintSector(v);
                setFieldErrors((e) => ({ ...e, kind: undefined }));
              }}
            />
          </>
        )}
        {kind === "final_response" && <p class="help">{t("logKind-finalHelp")}</p>}
        {fieldErrors.kind && (
          <p class="field-error" id="kind-error" role="alert">
            {fieldErrors.kind}
          </p>
        )}
      </fieldset>

      <div class="grid-2">
        <div class="field">
          <label for="log-team">{t("log-team")}</label>
          <input
            id="log-team"
            data-testid="log-team"
            type="text"
            list="known-teams"
            placeholder={t("log-teamPh")}
            value={team}
            onInput={(e) => {
              touch("team");
              setTeam(e.currentTarget.value);
            }}
          />
          <datalist id="known-teams">
            {knownTeams.map((team) => (
              <option key={team} value={team} />
            ))}
          </datalist>
        </div>
        <div class="field">
          <label for="log-agent">{t("log-agent")}</label>
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
        <label for="summary">{t("log-summary")}</label>
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
        <label for="error-texts">{t("log-errorTexts")}</label>
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
        <label for="log-quotes">{t("log-quotes")}</label>
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
          <label for="log-references">{t("log-references")}</label>
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
            {t("log-referencesHelp")}
          </p>
        </div>
        <div class="field">
          <label for="log-wait">{t("log-wait")}</label>
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
        <legend>{t("log-promised")}</legend>
        {promises.map((p, n) => (
          <div class="promise-row" key={p.key}>
            <div class="field grow">
              <label for={`promise-text-${n}`}>{t("log-promise")}</label>
              <input
                id={`promise-text-${n}`}
                data-testid="promise-text"
                type="text"
                placeholder={t("log-promisePh")}
                value={p.text}
                aria-describedby={describedBy("promises")}
                onInput={(e) => updatePromise(p.key, { text: e.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label for={`promise-due-${n}`}>{t("log-by")}</label>
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
                aria-label={t("log-removePromise", { n: n + 1 })}
                onClick={() => setPromises((rows) => rows.filter((r) => r.key !== p.key))}
              >
                {t("log-remove")}
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
          {t("log-addPromise")}
        </button>
      </fieldset>

      <div class="field">
        <label for="log-outcome">{t("log-outcome")}</label>
        <input
          id="log-outcome"
          data-testid="log-outcome"
          type="text"
          placeholder={t("log-outcomePh")}
          value={outcome}
          onInput={(e) => setOutcome(e.currentTarget.value)}
        />
      </div>

      <fieldset class="group">
        <legend>{t("log-identity")}</legend>
        <div class="radio-row">
          {(
            [
              ["yes", t("card-yes")],
              ["no", t("card-no")],
              ["unknown", t("log-dontKnow")],
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
          <label for="log-identity-method">{t("log-identityHow")}</label>
          <input
            id="log-identity-method"
            data-testid="identity-method"
            type="text"
            placeholder={t("log-identityHowPh")}
            value={identityMethod}
            onInput={(e) => setIdentityMethod(e.currentTarget.value)}
          />
        </div>
      </fieldset>

      {error && <ErrorNotice error={error} />}

      <div class="actions">
        <button type="button" onClick={onCancel} disabled={busy}>
          {t("common-cancel")}
        </button>
        <button type="submit" class="primary" data-testid="log-submit" id="log-submit" aria-keyshortcuts="Control+Enter" disabled={busy}>
          {busy ? t("log-saving") : t("log-save")}
        </button>
      </div>
    </form>
  );
}
