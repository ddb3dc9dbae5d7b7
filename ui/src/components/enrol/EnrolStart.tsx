import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { DirectoryService } from "../../bindings/DirectoryService";
import { directorySearch } from "../../directoryApi";
import { enrolApi, type EnrolmentSummary, type EnrolmentView, type PrivacyIdeaLogin } from "../../enrolApi";
import { ErrorNotice } from "../ErrorNotice";
import { STEP_NAMES, methodName, when } from "./enrolText";

/** What the start screen keeps while the wizard runs, so nothing typed is lost. */
export interface StartDraft {
  service: string;
  piOpen: boolean;
  piUrl: string;
  piUser: string;
}

export const EMPTY_START: StartDraft = { service: "", piOpen: false, piUrl: "", piUser: "" };

interface Props {
  draft: StartDraft;
  onDraft: (draft: StartDraft) => void;
  onView: (view: EnrolmentView) => void;
}

const SUGGEST_DELAY_MS = 150;

/** The first screen: which service, optionally a privacyIDEA server, and enrolments to resume. */
export function EnrolStart({ draft, onDraft, onView }: Props) {
  const [suggestions, setSuggestions] = useState<DirectoryService[]>([]);
  const [listOpen, setListOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The privacyIDEA password is never kept beyond this screen.
  const [piPassword, setPiPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [resumable, setResumable] = useState<EnrolmentSummary[] | null>(null);
  const [listError, setListError] = useState<ErrorInfo | null>(null);
  const serviceRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Focus in a layout effect (same task as the render), so it never lands after typing began.
  useLayoutEffect(() => {
    headingRef.current?.focus();
  }, []);

  useEffect(() => {
    let live = true;
    enrolApi
      .list()
      .then((list) => live && setResumable(list.filter((e) => e.status === "in_progress")))
      .catch((err: unknown) => live && setListError(toErrorInfo(err)));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const q = draft.service.trim();
    if (q.length === 0) {
      setSuggestions([]);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      directorySearch(q, 8)
        .then((list) => {
          if (!live) return;
          setSuggestions(list);
          setActive(-1);
        })
        // Suggestions are a help: without them the customer types the name.
        .catch(() => live && setSuggestions([]));
    }, SUGGEST_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [draft.service]);

  const set = (patch: Partial<StartDraft>) => onDraft({ ...draft, ...patch });

  const pick = (s: DirectoryService) => {
    set({ service: s.name });
    setListOpen(false);
    setActive(-1);
    serviceRef.current?.focus();
  };

  const start = async () => {
    const service = draft.service.trim();
    if (service === "") {
      setError({
        code: "enrol_no_service",
        message: "Type the name or web address of the service first.",
        hint: "For example: Amazon, or amazon.com.",
        kind: "input",
      });
      serviceRef.current?.focus();
      return;
    }
    let login: PrivacyIdeaLogin | null = null;
    if (draft.piOpen && (draft.piUrl.trim() !== "" || draft.piUser.trim() !== "")) {
      login = { url: draft.piUrl.trim(), username: draft.piUser.trim(), password: piPassword };
    }
    setBusy(true);
    setError(null);
    try {
      const view = await enrolApi.start(service, login);
      setPiPassword("");
      onView(view);
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  const resume = async (id: string) => {
    setBusy(true);
    setError(null);
    try {
      onView(await enrolApi.show(id));
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  const showList = listOpen && suggestions.length > 0;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" && suggestions.length > 0) {
      e.preventDefault();
      setListOpen(true);
      setActive((i) => Math.min(i + 1, suggestions.length - 1));
    } else if (e.key === "ArrowUp" && showList) {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === "Escape" && showList) {
      e.preventDefault();
      setListOpen(false);
    } else if (e.key === "Enter") {
      e.preventDefault();
      const chosen = showList && active >= 0 ? suggestions[active] : undefined;
      if (chosen) pick(chosen);
      else void start();
    }
  };

  return (
    <div class="enrol-start" data-testid="enrol-start-screen">
      <h1 id="enrol-title" tabIndex={-1} ref={headingRef}>
        Turn on two-step verification
      </h1>
      <p>
        Two-step verification (2FA) asks for a second proof, such as a code, when you sign in. Steward
        guides you one step at a time, recommends the strongest method the service offers, and records
        every refusal so support can see exactly what happened.
      </p>

      <div class="field enrol-service">
        <label for="enrol-service">Which service? Type its name or web address</label>
        <input
          id="enrol-service"
          ref={serviceRef}
          type="text"
          data-testid="enrol-service"
          autoComplete="off"
          spellcheck={false}
          placeholder="e.g. Amazon or amazon.com"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls="enrol-suggestions"
          aria-activedescendant={showList && active >= 0 ? `enrol-suggestion-${active}` : undefined}
          aria-describedby="enrol-service-help"
          value={draft.service}
          onInput={(e) => {
            set({ service: e.currentTarget.value });
            setListOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => window.setTimeout(() => setListOpen(false), 150)}
        />
        <p class="help" id="enrol-service-help">
          Pick a suggestion with the arrow keys and Enter, or press Enter to start with what you typed.
        </p>
        <ul
          id="enrol-suggestions"
          role="listbox"
          aria-label="Services"
          class="enrol-suggestions"
          hidden={!showList}
          data-testid="enrol-suggestions"
        >
          {suggestions.map((s, i) => (
            <li
              key={`${s.name}-${s.domain}`}
              id={`enrol-suggestion-${i}`}
              role="option"
              aria-selected={i === active}
              data-testid="enrol-suggestion"
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(s)}
            >
              <span class="enrol-suggestion-name">{s.name}</span>
              <span class="muted">{s.domain}</span>
            </li>
          ))}
        </ul>
      </div>

      <details
        class="enrol-pi"
        open={draft.piOpen}
        onToggle={(e) => set({ piOpen: e.currentTarget.open })}
      >
        <summary data-testid="enrol-pi-toggle">My company uses a privacyIDEA server</summary>
        <p class="help">
          Steward then sets up the second step directly on your company's server. Leave these empty
          for a website such as Amazon.
        </p>
        <div class="field">
          <label for="enrol-pi-url">Server address</label>
          <input
            id="enrol-pi-url"
            type="url"
            data-testid="enrol-pi-url"
            placeholder="https://privacyidea.example.com"
            value={draft.piUrl}
            onInput={(e) => set({ piUrl: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="enrol-pi-user">Your user name there</label>
          <input
            id="enrol-pi-user"
            type="text"
            autoComplete="username"
            data-testid="enrol-pi-user"
            value={draft.piUser}
            onInput={(e) => set({ piUser: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="enrol-pi-password">Your password there</label>
          <input
            id="enrol-pi-password"
            type="password"
            autoComplete="current-password"
            data-testid="enrol-pi-password"
            value={piPassword}
            onInput={(e) => setPiPassword(e.currentTarget.value)}
          />
          <p class="help">Kept in your computer's keyring, never in Steward's records.</p>
        </div>
      </details>

      {error && <ErrorNotice error={error} />}
      <div class="enrol-actions">
        <button type="button" class="primary" data-testid="enrol-start" disabled={busy} onClick={() => void start()}>
          {busy ? "Starting…" : "Start"}
        </button>
      </div>

      <section class="enrol-resume" aria-labelledby="enrol-resume-title">
        <h2 id="enrol-resume-title">Carry on where you left off</h2>
        {listError ? (
          <ErrorNotice error={listError} />
        ) : resumable === null ? (
          <p class="muted" role="status">
            Loading…
          </p>
        ) : resumable.length === 0 ? (
          <p class="muted">Nothing half-done. Anything you start is kept here until it is finished.</p>
        ) : (
          <ul class="enrol-resume-list">
            {resumable.map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  class="enrol-resume-item"
                  data-testid="enrol-resume"
                  disabled={busy}
                  onClick={() => void resume(e.id)}
                >
                  <span class="enrol-resume-service">{e.service}</span>
                  <span class="muted">
                    {STEP_NAMES[e.step]}
                    {e.method ? ` · ${methodName(e.method)}` : ""} · {when(e.updated_at)}
                    {e.case_number !== null ? ` · case ${Number(e.case_number)}` : ""}
                  </span>
                  <span class="enrol-resume-go" aria-hidden="true">
                    Resume →
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
