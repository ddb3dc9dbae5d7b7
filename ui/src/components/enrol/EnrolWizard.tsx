import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { EnrolAction } from "../../bindings/EnrolAction";
import { enrolApi, type EnrolmentView } from "../../enrolApi";
import { ErrorNotice } from "../frame/ErrorNotice";
import { isBlocked } from "./EnrolPlan";
import { EMPTY_START, EnrolStart, type StartDraft } from "./EnrolStart";
import { Attempts, EMPTY_DRAFT, StepInputs, type StepDraft } from "./EnrolSteps";
import "./enrol.css";
import { t } from "../../i18n";

interface Props {
  /** The service to start with (the At risk screen's 2-step step). */
  service?: string;
  onClose: () => void;
  /** "I'm stuck": open this case and its Share dialog. */
  onStuck: (caseId: string, caseNumber: number) => void;
  /** A case was opened or changed by the wizard: the case list should be read again. */
  onCasesChanged: () => void;
  /** Shows the enrolment's case in the main case view. */
  onOpenCase: (caseId: string) => void;
}

/** Refresh of the authenticator's code at the confirm step. */
const CODE_REFRESH_MS = 5000;

/** "Turn on 2FA": one step per screen, every screen from the EnrolmentView the core returns. */
export function EnrolWizard({ service, onClose, onStuck, onCasesChanged, onOpenCase }: Props) {
  const [view, setView] = useState<EnrolmentView | null>(null);
  const [startDraft, setStartDraft] = useState<StartDraft>(service ? { ...EMPTY_START, service } : EMPTY_START);
  const [draft, setDraft] = useState<StepDraft>(EMPTY_DRAFT);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  busyRef.current = busy;
  const [error, setError] = useState<ErrorInfo | null>(null);
  // privacyIDEA asked for the password again: the action waits for it.
  const [pending, setPending] = useState<EnrolAction | null>(null);
  const [password, setPassword] = useState("");
  const [confirmStop, setConfirmStop] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lastCase = useRef<string | null>(null);

  const show = useCallback(
    (next: EnrolmentView) => {
      setView((prev) =>
        // A refresh without news keeps the last message on screen.
        prev && prev.enrolment.id === next.enrolment.id && next.message === null && prev.enrolment.step === next.enrolment.step
          ? { ...next, message: prev.message }
          : next,
      );
      const caseKey = `${next.enrolment.case_id ?? ""}:${next.enrolment.attempts.length}:${next.enrolment.status}`;
      if (next.enrolment.case_id && caseKey !== lastCase.current) onCasesChanged();
      lastCase.current = caseKey;
    },
    [onCasesChanged],
  );

  const id = view?.enrolment.id ?? null;
  const step = view?.enrolment.step ?? null;

  // Each new screen: focus its heading, so a screen reader reads it and Tab starts at the top.
  // A layout effect: focus moves in the same task as the render, never later, so it cannot pull
  // the caret out of a field the customer has already started typing in.
  useLayoutEffect(() => {
    if (id) headingRef.current?.focus();
  }, [id, step]);

  // The authenticator's code changes every 30 s: read it again every few seconds.
  useEffect(() => {
    if (!id || step !== "confirm_authenticator") return;
    let live = true;
    const timer = window.setInterval(() => {
      enrolApi
        .show(id)
        // An answer that arrives after the customer moved on is old news.
        .then((next) => live && !busyRef.current && next.enrolment.step === step && show(next))
        .catch(() => {
          // The code on screen stays; the next refresh tries again.
        });
    }, CODE_REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [id, step, show]);

  const act = async (action: EnrolAction, clear: (keyof StepDraft)[] = [], pw: string | null = null) => {
    if (!id) return;
    setBusy(true);
    setError(null);
    try {
      const next = await enrolApi.act(id, action, pw);
      show(next);
      setPending(null);
      setPassword("");
      if (clear.length > 0) {
        setDraft((d) => {
          const copy = { ...d };
          for (const k of clear) copy[k] = EMPTY_DRAFT[k] as never;
          return copy;
        });
      }
    } catch (err) {
      const info = toErrorInfo(err);
      setError(info);
      if (info.code === "enrol_password_needed") setPending(action);
    } finally {
      setBusy(false);
    }
  };

  /** Stops the enrolment for good (`steward enrol stop`); what was tried stays in its case. */
  const stop = async () => {
    if (!id) return;
    setBusy(true);
    setError(null);
    try {
      await enrolApi.act(id, { action: "abandon" }, null);
      onCasesChanged();
      toStart();
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  const stuck = async () => {
    if (!id) return;
    setBusy(true);
    setError(null);
    try {
      const next = await enrolApi.stuck(id);
      show(next);
      const e = next.enrolment;
      if (e.case_id) onStuck(e.case_id, Number(e.case_number ?? 0));
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  const toStart = () => {
    setView(null);
    setConfirmStop(false);
    setError(null);
    setPending(null);
    setDraft(EMPTY_DRAFT);
  };

  if (!view) {
    return (
      <section class="enrol-view" data-testid="enrol-wizard" aria-labelledby="enrol-title">
        <header class="enrol-head">
          <p class="enrol-kicker">{t("main-turnOn2fa")}</p>
          <button type="button" class="quiet" data-testid="enrol-close" onClick={onClose}>
            {t("common-close")}
          </button>
        </header>
        <EnrolStart
          draft={startDraft}
          onDraft={setStartDraft}
          onView={(v) => {
            setDraft(EMPTY_DRAFT);
            show(v);
          }}
        />
      </section>
    );
  }

  const e = view.enrolment;
  const [n, total] = view.progress;
  const done = e.status === "done";
  const where = e.provider.kind === "privacy_idea" ? `${e.service} (privacyIDEA)` : e.service;
  // At the choice of method the plan comes first; the guide's lines are background after it.
  const planFirst = e.step === "choose_method" && !done;
  // When the way in is blocked, the plan's box says what happened (the same as the last action's
  // message, and still there after a restart): the message is not repeated above it.
  const message = planFirst && isBlocked(view.plan) ? null : view.message;
  // The choice of method shows the plan first, the summary its receipt: the guide comes after.
  const inputsFirst = planFirst || done;
  const guideList = (
    <>
      <h2 class="enrol-subhead">{done ? t("enrol-whereStand") : planFirst ? t("enrol-goodToKnow") : t("alerts-whatNow")}</h2>
      <ol class="enrol-do-now" data-testid="enrol-do-now">
        {view.guide.do_now.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </>
  );

  return (
    <section class="enrol-view" data-testid="enrol-wizard" data-step={e.step} aria-labelledby="enrol-title">
      <header class="enrol-head">
        <p class="enrol-kicker">
          {t("main-turnOn2fa")} · <strong>{where}</strong>
          {e.domain && <span class="muted"> · {e.domain}</span>}
        </p>
        <div class="enrol-head-actions">
          <button type="button" class="quiet" data-testid="enrol-home" onClick={toStart}>
            {done ? t("enrol-startAnother") : t("enrol-pause")}
          </button>
          <button type="button" class="quiet" data-testid="enrol-close" onClick={onClose}>
            {t("common-close")}
          </button>
        </div>
      </header>

      <div class="enrol-progress" data-testid="enrol-progress">
        <span>
          {t("enrol-stepOf", { n, total })}
        </span>
        <progress max={total} value={n} aria-label={t("enrol-stepOf", { n, total })} />
        {e.case_number !== null && (
          <span class="enrol-case" data-testid="enrol-case">
            {t("enrol-recorded", { n: String(e.case_number) })}
          </span>
        )}
      </div>

      <h1 id="enrol-title" tabIndex={-1} ref={headingRef} data-testid="enrol-title">
        {view.guide.title}
      </h1>

      {message && (
        <div class="enrol-message" role="status" data-testid="enrol-message">
          {message}
        </div>
      )}

      {!inputsFirst && guideList}

      {error && <ErrorNotice error={error} />}
      {pending && (
        <form
          class="enrol-password"
          onSubmit={(ev) => {
            ev.preventDefault();
            void act(pending, [], password);
          }}
        >
          <div class="field">
            <label for="enrol-password">{t("enrol-password")}</label>
            <input
              id="enrol-password"
              type="password"
              autoComplete="current-password"
              data-testid="enrol-password"
              value={password}
              onInput={(ev) => setPassword(ev.currentTarget.value)}
            />
          </div>
          <button type="submit" class="primary" disabled={busy || password === ""}>
            {t("enrol-signIn")}
          </button>
        </form>
      )}

      <StepInputs
        view={view}
        draft={draft}
        onDraft={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        busy={busy}
        act={(action, clear) => void act(action, clear)}
        onDone={toStart}
        onStuck={() => void stuck()}
      />

      {inputsFirst && guideList}

      <aside class="enrol-if-fails" aria-labelledby="enrol-if-fails-title">
        <h2 id="enrol-if-fails-title">{t("enrol-ifFails")}</h2>
        <p>{view.guide.if_it_fails}</p>
      </aside>

      <div class="enrol-nav">
        {view.can_go_back && (
          <button type="button" data-testid="enrol-back" disabled={busy} onClick={() => void act({ action: "back" })}>
            {t("enrol-back")}
          </button>
        )}
        {!done && (
          <button
            type="button"
            data-testid="enrol-stuck"
            disabled={busy}
            title={t("enrol-stuckTitle")}
            onClick={() => void stuck()}
          >
            {t("enrol-stuck")}
          </button>
        )}
        {!done && e.status !== "abandoned" && !confirmStop && (
          <button type="button" class="quiet" data-testid="enrol-stop" disabled={busy} onClick={() => setConfirmStop(true)}>
            {t("enrol-stop")}
          </button>
        )}
        {e.case_id && (
          <button
            type="button"
            class="quiet enrol-open-case"
            data-testid="enrol-open-case"
            onClick={() => e.case_id && onOpenCase(e.case_id)}
          >
            {t("enrol-openCase", { n: String(e.case_number ?? 0) })}
          </button>
        )}
      </div>

      {confirmStop && (
        <div class="callout" role="alertdialog" aria-labelledby="enrol-stop-title" data-testid="enrol-stop-confirm">
          <p class="callout-title" id="enrol-stop-title">
            {t("enrol-stopTitle", { service: e.service })}
          </p>
          <p>{e.case_number !== null ? t("enrol-stopKeeps", { n: String(e.case_number) }) : t("enrol-stopNothing")}</p>
          <div class="actions">
            <button type="button" onClick={() => setConfirmStop(false)}>
              {t("enrol-stopCancel")}
            </button>
            <button type="button" class="primary" data-testid="enrol-stop-yes" disabled={busy} onClick={() => void stop()}>
              {t("enrol-stopYes")}
            </button>
          </div>
        </div>
      )}

      <Attempts attempts={e.attempts} />
    </section>
  );
}
