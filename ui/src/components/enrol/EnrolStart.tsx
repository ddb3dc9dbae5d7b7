import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { DirectoryService } from "../../bindings/DirectoryService";
import { directorySearch } from "../../directoryApi";
import { enrolApi, type EnrolmentView, type PrivacyIdeaLogin } from "../../enrolApi";
import { ErrorNotice } from "../frame/ErrorNotice";
import { STEP_NAMES, methodName, when } from "./enrolText";
import { t } from "../../i18n";
import { useLoad } from "../../useLoad";
import { ServiceIcon } from "../ServiceIcon";

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
  const { data: resumable, error: listError } = useLoad(
    () => enrolApi.list().then((list) => list.filter((e) => e.status === "in_progress")),
    [],
  );
  const serviceRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Focus in a layout effect (same task as the render), so it never lands after typing began.
  useLayoutEffect(() => {
    headingRef.current?.focus();
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
        args: {},
        message: t("enrolStart-typeFirst"),
        hint: t("enrolStart-forExample"),
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
        {t("enrolStart-title")}
      </h1>
      <p>
        {t("enrolStart-intro")}
      </p>

      <div class="field enrol-service">
        <label for="enrol-service">{t("enrolStart-which")}</label>
        <input
          id="enrol-service"
          ref={serviceRef}
          type="text"
          data-testid="enrol-service"
          autoComplete="off"
          spellcheck={false}
          placeholder={t("enrolStart-placeholder")}
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
          {t("enrolStart-pick")}
        </p>
        <ul
          id="enrol-suggestions"
          role="listbox"
          aria-label={t("enrolStart-services")}
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
              {s.badge && <ServiceIcon badge={s.badge} />}
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
        <summary data-testid="enrol-pi-toggle">{t("enrolStart-pi")}</summary>
        <p class="help">
          {t("enrolStart-piHelp")}
        </p>
        <div class="field">
          <label for="enrol-pi-url">{t("enrolStart-server")}</label>
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
          <label for="enrol-pi-user">{t("enrolStart-user")}</label>
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
          <label for="enrol-pi-password">{t("enrolStart-password")}</label>
          <input
            id="enrol-pi-password"
            type="password"
            autoComplete="current-password"
            data-testid="enrol-pi-password"
            value={piPassword}
            onInput={(e) => setPiPassword(e.currentTarget.value)}
          />
          <p class="help">{t("enrolStart-kept")}</p>
        </div>
      </details>

      {error && <ErrorNotice error={error} />}
      <div class="enrol-actions">
        <button type="button" class="primary" data-testid="enrol-start" disabled={busy} onClick={() => void start()}>
          {busy ? t("enrolStart-starting") : t("enrolStart-start")}
        </button>
      </div>

      <section class="enrol-resume" aria-labelledby="enrol-resume-title">
        <h2 id="enrol-resume-title">{t("enrolStart-carryOn")}</h2>
        {listError ? (
          <ErrorNotice error={listError} />
        ) : resumable === null ? (
          <p class="muted" role="status">
            {t("common-loading")}
          </p>
        ) : resumable.length === 0 ? (
          <p class="muted">{t("enrolStart-nothing")}</p>
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
                    {e.case_number !== null ? ` · ${t("enrolStart-case", { n: String(e.case_number) })}` : ""}
                  </span>
                  <span class="enrol-resume-go" aria-hidden="true">
                    {t("enrolStart-resume")}
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
