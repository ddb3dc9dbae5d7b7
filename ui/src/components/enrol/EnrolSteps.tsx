import { useEffect, useState } from "preact/hooks";
import type { EnrolAction } from "../../bindings/EnrolAction";
import type { EnrolAttempt } from "../../bindings/EnrolAttempt";
import type { EnrolmentView } from "../../enrolApi";
import { otpApi } from "../../otpApi";
import { ErrorNotice } from "../frame/ErrorNotice";
import { PhoneInput } from "../phone/PhoneInput";
import { PlanView } from "./EnrolPlan";
import { Receipt } from "./Receipt";
import { RecoveryKit } from "./RecoveryKit";
import { duration, methodName, secondsUntil, useRefusedNumbers, when } from "./enrolText";
import { t } from "../../i18n";
import { useLoad } from "../../useLoad";

/** What the customer typed at the steps: kept across errors, Back and refreshes. */
export interface StepDraft {
  phone: string;
  region: string | null;
  refusal: string;
  code: string;
  link: string;
  account: string;
  backupCodes: string;
}

export const EMPTY_DRAFT: StepDraft = {
  phone: "",
  region: null,
  refusal: "",
  code: "",
  link: "",
  account: "",
  backupCodes: "",
};

type Act = (action: EnrolAction, clear?: (keyof StepDraft)[]) => void;

interface Props {
  view: EnrolmentView;
  draft: StepDraft;
  onDraft: (patch: Partial<StepDraft>) => void;
  busy: boolean;
  act: Act;
  onDone: () => void;
  /** "I'm stuck": the case with everything tried, and its brief for support. */
  onStuck: () => void;
}

/** Seconds ticking while `until` is in the future (for back-offs and rate limits). */
function useWait(until: string | null): number {
  const [now, setNow] = useState(() => Date.now());
  const left = secondsUntil(until, now);
  useEffect(() => {
    if (left <= 0) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until, left > 0]);
  return left;
}

/** The inputs of the current step, chosen by `enrolment.step`. */
export function StepInputs(props: Props) {
  const { view } = props;
  const guided = view.enrolment.provider.kind === "guided";
  switch (view.enrolment.step) {
    case "choose_method":
      return <PlanView view={view} busy={props.busy} act={props.act} onStuck={props.onStuck} />;
    case "enter_phone":
      return <PhoneStep {...props} />;
    case "enter_phone_code":
      return guided ? (
        <WorkedOrRefused {...props} resend />
      ) : (
        <CodeStep {...props} />
      );
    case "add_authenticator":
      return <AddAuthenticator {...props} />;
    case "confirm_authenticator":
      return (
        <>
          <CurrentCode code={view.current_code} />
          {guided ? <WorkedOrRefused {...props} /> : <CheckNow {...props} label={t("enrolSteps-checkNow")} />}
        </>
      );
    case "on_website":
      return <WorkedOrRefused {...props} />;
    case "test_sign_in":
      // Guided: the customer signs in on the website and says how it went (or skips the test,
      // which the receipt then says); privacyIDEA: Steward signs in itself.
      return guided ? <WorkedOrRefused {...props} skipTest /> : <CheckNow {...props} label={t("enrolSteps-signInNow")} />;
    case "backup_codes":
      return <BackupCodes {...props} />;
    case "summary":
      return <Summary {...props} />;
  }
}

function PhoneStep({ view, draft, onDraft, busy, act }: Props) {
  const refused = useRefusedNumbers(view.enrolment);
  const submit = (e: Event) => {
    e.preventDefault();
    act({ action: "submit_phone", number: draft.phone, region: draft.region });
  };
  return (
    <form class="enrol-form" onSubmit={submit}>
      {refused.length > 0 && (
        <p class="enrol-refused-numbers" data-testid="enrol-refused-numbers">
          {t("plan-notAgain", { numbers: refused.join(", ") })}
        </p>
      )}
      <PhoneInput
        id="enrol-phone"
        label={t("enrolSteps-yourMobile")}
        value={draft.phone}
        region={draft.region}
        onChange={(phone, region) => onDraft({ phone, region })}
      />
      <div class="enrol-actions">
        <button type="submit" class="primary" data-testid="enrol-phone-submit" disabled={busy || draft.phone.trim() === ""}>
          {t("enrolSteps-continue")}
        </button>
      </div>
    </form>
  );
}

/** Guided steps: the customer acts on the website, then says how it went. */
function WorkedOrRefused({
  view,
  draft,
  onDraft,
  busy,
  act,
  resend = false,
  skipTest = false,
}: Props & { resend?: boolean; skipTest?: boolean }) {
  const wait = useWait(view.enrolment.retry_not_before);
  return (
    <div class="enrol-outcome">
      <div class="enrol-actions start">
        <button type="button" class="primary" data-testid="enrol-confirm" disabled={busy} onClick={() => act({ action: "confirm" })}>
          {t("enrolSteps-worked")}
        </button>
        {resend && (
          <button
            type="button"
            data-testid="enrol-resend"
            disabled={busy || wait > 0}
            onClick={() => act({ action: "request_new_code" })}
          >
            {wait > 0 ? t("enrolSteps-askNewIn", { wait: duration(wait) }) : t("enrolSteps-askNew")}
          </button>
        )}
        {skipTest && (
          <button type="button" data-testid="enrol-skip-test" disabled={busy} onClick={() => act({ action: "skip_test" })}>
            {t("enrolSteps-skipTest")}
          </button>
        )}
      </div>
      <RefusalBox draft={draft} onDraft={onDraft} busy={busy} act={act} />
    </div>
  );
}

function RefusalBox({ draft, onDraft, busy, act }: Pick<Props, "draft" | "onDraft" | "busy" | "act">) {
  return (
    <form
      class="enrol-refusal"
      onSubmit={(e) => {
        e.preventDefault();
        act({ action: "report_refusal", message: draft.refusal }, ["refusal"]);
      }}
    >
      <div class="field">
        <label for="enrol-refusal">{t("enrolSteps-refused")}</label>
        <textarea
          id="enrol-refusal"
          data-testid="enrol-refusal"
          rows={3}
          placeholder={t("phoneCheck-refusalPh")}
          value={draft.refusal}
          onInput={(e) => onDraft({ refusal: e.currentTarget.value })}
        />
        <p class="help">{t("enrolSteps-copyWord")}</p>
      </div>
      <button type="submit" data-testid="enrol-refusal-submit" disabled={busy || draft.refusal.trim() === ""}>
        {t("enrolSteps-report")}
      </button>
    </form>
  );
}

/** privacyIDEA: the code texted to the phone is typed here. */
function CodeStep({ view, draft, onDraft, busy, act }: Props) {
  const wait = useWait(view.enrolment.retry_not_before);
  return (
    <form
      class="enrol-form"
      onSubmit={(e) => {
        e.preventDefault();
        act({ action: "submit_code", code: draft.code.trim() }, ["code"]);
      }}
    >
      <div class="field">
        <label for="enrol-code">{t("enrolSteps-codeFromSms")}</label>
        <input
          id="enrol-code"
          class="enrol-code-input"
          data-testid="enrol-code"
          inputMode="numeric"
          autoComplete="one-time-code"
          value={draft.code}
          onInput={(e) => onDraft({ code: e.currentTarget.value })}
        />
      </div>
      <div class="enrol-actions start">
        <button type="submit" class="primary" data-testid="enrol-code-submit" disabled={busy || draft.code.trim() === ""}>
          {t("enrolSteps-checkCode")}
        </button>
        <button
          type="button"
          data-testid="enrol-resend"
          disabled={busy || wait > 0}
          onClick={() => act({ action: "request_new_code" })}
        >
          {wait > 0 ? t("enrolSteps-askNewIn", { wait: duration(wait) }) : t("enrolSteps-askNew")}
        </button>
      </div>
    </form>
  );
}

function AddAuthenticator({ draft, onDraft, busy, act }: Props) {
  const { data: accounts, error: listError } = useLoad(() => otpApi.list(), []);
  return (
    <div class="enrol-add">
      <form
        class="enrol-form"
        onSubmit={(e) => {
          e.preventDefault();
          act({ action: "add_authenticator", link: draft.link.trim() });
        }}
      >
        <div class="field">
          <label for="enrol-link">{t("enrolSteps-setupLink")}</label>
          <textarea
            id="enrol-link"
            data-testid="enrol-link"
            rows={3}
            spellcheck={false}
            class="mono"
            placeholder="otpauth://totp/…"
            value={draft.link}
            onInput={(e) => onDraft({ link: e.currentTarget.value })}
          />
          <p class="help">
            {t("enrolSteps-mostSites")}
          </p>
        </div>
        <button type="submit" class="primary" data-testid="enrol-link-submit" disabled={busy || draft.link.trim() === ""}>
          {t("otpAdd-add")}
        </button>
      </form>
      <form
        class="enrol-form enrol-pick"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.account) act({ action: "use_authenticator_account", account_id: draft.account });
        }}
      >
        <div class="field">
          <label for="enrol-account">{t("enrolSteps-orPick")}</label>
          {listError ? (
            <ErrorNotice error={listError} variant="inline" />
          ) : (
            <select
              id="enrol-account"
              data-testid="enrol-account"
              value={draft.account}
              disabled={accounts === null || accounts.length === 0}
              onChange={(e) => onDraft({ account: e.currentTarget.value })}
            >
              <option value="">
                {accounts === null ? t("common-loading") : accounts.length === 0 ? t("otp-noAccounts") : t("enrolSteps-chooseAccount")}
              </option>
              {accounts?.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
            </select>
          )}
          <p class="help">
            {t("enrolSteps-scanned")}
          </p>
        </div>
        <button type="submit" data-testid="enrol-account-submit" disabled={busy || draft.account === ""}>
          {t("enrolSteps-useAccount")}
        </button>
      </form>
    </div>
  );
}

function CurrentCode({ code }: { code: string | null }) {
  if (!code) {
    return (
      <p class="muted" role="status">
        {t("enrolSteps-readingCode")}
      </p>
    );
  }
  const grouped = code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
  return (
    <div class="enrol-current-code">
      <p class="enrol-code-label" id="enrol-code-label">
        {t("enrolSteps-typeCode")}
      </p>
      <p class="enrol-code-value mono" data-testid="enrol-current-code" data-code={code} aria-labelledby="enrol-code-label">
        {grouped}
      </p>
      <p class="help">{t("enrolSteps-changes")}</p>
    </div>
  );
}

/** privacyIDEA checks and sign-in tests: Steward does it, after any wait the server asked for. */
function CheckNow({ view, busy, act, label }: Props & { label: string }) {
  const wait = useWait(view.enrolment.retry_not_before);
  return (
    <div class="enrol-actions start">
      <button type="button" class="primary" data-testid="enrol-confirm" disabled={busy || wait > 0} onClick={() => act({ action: "confirm" })}>
        {label}
      </button>
      {wait > 0 && (
        <p class="enrol-wait" role="status" data-testid="enrol-wait">
          {t("enrolSteps-serverWait", { wait: duration(wait) })}
        </p>
      )}
    </div>
  );
}

function BackupCodes({ view, draft, onDraft, busy, act }: Props) {
  const guided = view.enrolment.provider.kind === "guided";
  const skip = (
    <button type="button" data-testid="enrol-backup-skip" disabled={busy} onClick={() => act({ action: "skip_backup_codes" })}>
      {t("enrolSteps-skip")}
    </button>
  );
  if (!guided) {
    return (
      <div class="enrol-actions start">
        <button
          type="button"
          class="primary"
          data-testid="enrol-backup-save"
          disabled={busy}
          onClick={() => act({ action: "save_backup_codes", codes: [] })}
        >
          {t("enrolSteps-getBackup")}
        </button>
        {skip}
      </div>
    );
  }
  return (
    <form
      class="enrol-form"
      onSubmit={(e) => {
        e.preventDefault();
        act({ action: "save_backup_codes", codes: [draft.backupCodes] }, ["backupCodes"]);
      }}
    >
      <div class="field">
        <label for="enrol-backup-codes">{t("enrolSteps-backupPaste")}</label>
        <textarea
          id="enrol-backup-codes"
          data-testid="enrol-backup-codes"
          rows={6}
          spellcheck={false}
          class="mono"
          value={draft.backupCodes}
          onInput={(e) => onDraft({ backupCodes: e.currentTarget.value })}
        />
      </div>
      <div class="enrol-actions start">
        <button type="submit" class="primary" data-testid="enrol-backup-save" disabled={busy || draft.backupCodes.trim() === ""}>
          {t("enrolSteps-saveCodes")}
        </button>
        {skip}
      </div>
    </form>
  );
}

function Summary({ view, onDone }: Props) {
  const e = view.enrolment;
  return (
    <div class="enrol-summary" data-testid="enrol-summary">
      {e.receipt ? (
        <Receipt receipt={e.receipt} />
      ) : e.enrolled.length === 0 ? (
        <p>{t("enrolSteps-nothingOn")}</p>
      ) : (
        <>
          <h2>{t("enrolSteps-whatIsOn")}</h2>
          <ul class="enrol-enrolled" data-testid="enrol-enrolled">
            {e.enrolled.map((m) => (
              <li key={`${m.method}-${m.at}`} data-method={m.method}>
                <span class="badge badge-ok">{t("enrolSteps-on")}</span> <strong>{methodName(m.method)}</strong>: {m.detail}{" "}
                <span class="muted">({when(m.at)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {view.backup_codes_to_keep.length > 0 && (
        <div class="enrol-keep" data-testid="enrol-keep">
          <h3>{t("enrolSteps-writeDown")}</h3>
          <p>{t("enrolSteps-onlyOnce")}</p>
          <ul class="enrol-keep-codes mono">
            {view.backup_codes_to_keep.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      {e.receipt && <RecoveryKit idPrefix="enrol-kit" />}
      <div class="enrol-actions start">
        <button type="button" class="primary" data-testid="enrol-done" onClick={onDone}>
          {t("otpAdd-done")}
        </button>
      </div>
    </div>
  );
}

/** What was tried, newest last, with the service's words verbatim. */
export function Attempts({ attempts }: { attempts: EnrolAttempt[] }) {
  if (attempts.length === 0) return null;
  return (
    <section class="enrol-attempts" aria-labelledby="enrol-attempts-title" data-testid="enrol-attempts">
      <h2 id="enrol-attempts-title">{t("enrolSteps-tried")}</h2>
      <ol>
        {attempts.map((a, i) => (
          <li key={i} class={`enrol-attempt ${a.outcome}`} data-outcome={a.outcome}>
            <p class="enrol-attempt-head">
              <span class={a.outcome === "succeeded" ? "badge badge-ok" : "badge badge-warn"}>
                {a.outcome === "succeeded" ? t("enrolSteps-workedBadge") : t("enrolSteps-refusedBadge")}
              </span>{" "}
              <strong>{methodName(a.method)}</strong> <span class="muted">· {when(a.at)}</span>
            </p>
            {a.text && (
              <blockquote class="enrol-attempt-text" data-testid="enrol-attempt-text">
                {a.text}
              </blockquote>
            )}
            {a.refusal && (
              <p class="enrol-attempt-meaning">
                <strong>{a.refusal.title}</strong> {a.refusal.explanation}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
