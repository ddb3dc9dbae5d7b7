import { useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import type { ExposureAccountRef as AccountRef } from "../../bindings/ExposureAccountRef";
import type { AtRisk } from "../../bindings/AtRisk";
import type { LockdownStep } from "../../bindings/LockdownStep";
import { exposureApi, type ExposureLetterKind, type ExposureReport } from "../../exposureApi";
import { formatDate } from "../../format";
import { t } from "../../i18n";
import { useLoad } from "../../useLoad";
import { ErrorNotice } from "../frame/ErrorNotice";
import { ServiceIcon } from "../ServiceIcon";
import { ExposureLetterDialog } from "./ExposureLetter";
import { KnowledgeDialog } from "./KnowledgeDialog";
import { detailName, stakeName } from "./exposureText";
import { exposureChanged } from "./nav";
import "../../evidence.css";
import "./exposure.css";
import { RuleNote } from "./RuleNote";

interface Props {
  onClose: () => void;
  onOpenCase: (caseId: string) => void;
  /** The 2-step step: the enrolment wizard for this service. */
  onEnrol: (service: string) => void;
}

const planId = (accountId: string) => `at-risk-plan-${accountId}`;

function AccountName({ account }: { account: AccountRef }) {
  return (
    <>
      <ServiceIcon badge={account.badge} />
      <span class="at-risk-service">{account.service}</span>
      {account.identifier_masked && <span class="muted"> · {account.identifier_masked}</span>}
    </>
  );
}

/** The exposure chain on one screen (issue 22): what to do first, what leaked (where, when, which
 * alert), the accounts that opens ranked by what is at stake with why each is listed and its
 * lock-down plan, the accounts checked and not at risk, and those Steward knows nothing about. */
export function AtRiskView({ onClose, onOpenCase, onEnrol }: Props) {
  // Open alerts give the case of each leak (to open it); a resolved alert's leak is shown as text.
  const { data, error, reload, setData } = useLoad(
    () => Promise.all([exposureApi.report(), api.alertList(null).catch(() => []), api.accountList().catch(() => [])]),
    [],
  );
  const [stepError, setStepError] = useState<ErrorInfo | null>(null);
  const [busyStep, setBusyStep] = useState<string | null>(null);
  const [asking, setAsking] = useState<AccountRef | null>(null);
  const [letter, setLetter] = useState<{ account: AccountRef; kind: ExposureLetterKind } | null>(null);
  const report = data?.[0] ?? null;
  const caseOfAlert = new Map((data?.[1] ?? []).map((a) => [a.id, a.case_id]));
  const knownAccounts = data?.[2]?.length ?? 0;

  const setReport = (r: ExposureReport) => setData((d) => (d ? [r, d[1], d[2]] : d));

  const toggle = async (account: AccountRef, step: LockdownStep, done: boolean) => {
    const key = `${account.id}:${step.id}`;
    setBusyStep(key);
    setStepError(null);
    try {
      setReport(await exposureApi.setStep(account.id, step.id, done));
      exposureChanged();
    } catch (err) {
      setStepError(toErrorInfo(err));
    } finally {
      setBusyStep(null);
    }
  };

  const showPlan = (accountId: string) => {
    const el = document.getElementById(planId(accountId));
    el?.scrollIntoView({ block: "start" });
    el?.querySelector<HTMLInputElement>("input[type=checkbox]:not(:checked)")?.focus({ preventScroll: true });
  };

  const empty = report && report.leaks.length === 0;

  return (
    <div class="accounts-view at-risk-view" data-testid="at-risk-view">
      <div class="case-actions">
        <h1 id="at-risk-title" class="grow-title" data-testid="at-risk-title">
          {t("atRisk-title")}
        </h1>
        <button type="button" onClick={onClose} data-testid="at-risk-close">
          {t("atRisk-back")}
        </button>
      </div>
      <p class="muted">{t("atRisk-intro")}</p>
      {error && <ErrorNotice error={error} />}
      {!report ? (
        !error && (
          <p class="muted" role="status">
            {t("atRisk-loading")}
          </p>
        )
      ) : (
        <>
          {report.first && (
            <section class="callout callout-danger at-risk-first" aria-labelledby="at-risk-first-title" data-testid="at-risk-first">
              <h2 class="callout-title" id="at-risk-first-title">
                {t("atRisk-first")}
              </h2>
              <p>
                <strong>{report.first.service}:</strong> {report.first.text}
              </p>
              <button type="button" class="primary" data-testid="at-risk-first-go" onClick={() => showPlan(report.first!.account_id)}>
                {t("atRisk-showPlan")}
              </button>
            </section>
          )}

          {empty ? (
            <div class="empty-state" data-testid="at-risk-empty">
              <p class="empty">{t("atRisk-nothing")}</p>
              <p>{knownAccounts === 0 ? t("atRisk-noAccounts") : t("atRisk-nothingHelp")}</p>
            </div>
          ) : (
            <section aria-labelledby="at-risk-leaked" class="at-risk-section">
              <h2 id="at-risk-leaked">{t("atRisk-leaked")}</h2>
              <ul class="leaks" data-testid="leaks">
                {report.leaks.map((l) => {
                  const caseId = caseOfAlert.get(l.alert_id);
                  const alertName = t("alerts-alertNo", { n: String(l.alert_number) });
                  return (
                    <li key={`${l.alert_id}-${l.detail}`} data-testid="leak" data-detail={l.detail}>
                      <strong class="leak-detail">{detailName(l.detail)}</strong>
                      {l.hint && <span class="mono leak-hint"> {l.hint}</span>}{" "}
                      <span class="muted">
                        {l.service
                          ? t("atRisk-leakedAt", { service: l.service, date: formatDate(l.at) })
                          : t("atRisk-leakedOn", { date: formatDate(l.at) })}
                      </span>{" "}
                      ·{" "}
                      {caseId ? (
                        <button type="button" class="quiet inline-link" data-testid="leak-alert" onClick={() => onOpenCase(caseId)}>
                          {alertName}
                        </button>
                      ) : (
                        <span>{alertName}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}

          {!empty && (
            <section aria-labelledby="at-risk-accounts" class="at-risk-section">
              <h2 id="at-risk-accounts">{t("atRisk-accounts")}</h2>
              {report.at_risk.length === 0 ? (
                <p data-testid="at-risk-none">{t("atRisk-accountsNone")}</p>
              ) : (
                <ol class="at-risk-list">
                  {report.at_risk.map((r) => (
                    <AtRiskCard
                      key={r.account.id}
                      r={r}
                      busyStep={busyStep}
                      onToggle={(step, done) => void toggle(r.account, step, done)}
                      onEnrol={() => onEnrol(r.account.service)}
                      onLetter={() => setLetter({ account: r.account, kind: "account_note" })}
                      onAsk={() => setAsking(r.account)}
                    />
                  ))}
                </ol>
              )}
              {stepError && <ErrorNotice error={stepError} />}
            </section>
          )}

          {report.not_at_risk.length > 0 && (
            <section aria-labelledby="at-risk-cleared" class="at-risk-section">
              <h2 id="at-risk-cleared">{t("atRisk-notAtRisk")}</h2>
              <ul class="plain-list" data-testid="not-at-risk">
                {report.not_at_risk.map((c) => (
                  <li key={c.account.id} data-testid="cleared-account" data-service={c.account.service}>
                    <AccountName account={c.account} />
                    <p class="muted cleared-why">{c.text}</p>
                    <button type="button" class="quiet" onClick={() => setAsking(c.account)}>
                      {t("atRisk-editAnswers", { service: c.account.service })}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {report.unknown.length > 0 && (
            <section aria-labelledby="at-risk-unknown" class="at-risk-section">
              <h2 id="at-risk-unknown">{t("atRisk-unknown")}</h2>
              <p class="muted">{t("atRisk-unknownHelp")}</p>
              <ul class="plain-list" data-testid="unknown-accounts">
                {report.unknown.map((a) => (
                  <li key={a.id} data-testid="unknown-account" data-service={a.service}>
                    <AccountName account={a} />{" "}
                    <button type="button" data-testid="knowledge-open" onClick={() => setAsking(a)}>
                      {t("atRisk-tell")}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      {asking && (
        <KnowledgeDialog
          account={asking.id}
          service={asking.service}
          onClose={() => setAsking(null)}
          onSaved={() => {
            setAsking(null);
            reload();
          }}
        />
      )}
      {letter && (
        <ExposureLetterDialog
          account={letter.account.id}
          service={letter.account.service}
          kind={letter.kind}
          onClose={() => setLetter(null)}
        />
      )}
    </div>
  );
}

interface CardProps {
  r: AtRisk;
  busyStep: string | null;
  onToggle: (step: LockdownStep, done: boolean) => void;
  onEnrol: () => void;
  onLetter: () => void;
  onAsk: () => void;
}

function AtRiskCard({ r, busyStep, onToggle, onEnrol, onLetter, onAsk }: CardProps) {
  const a = r.account;
  const headingId = `at-risk-${a.id}`;
  const done = r.plan.filter((s) => s.done_at).length;
  return (
    <li class="at-risk-card" data-testid="at-risk-account" data-service={a.service} aria-labelledby={headingId}>
      <h3 id={headingId} class="at-risk-name">
        <AccountName account={a} />
      </h3>
      <p class="at-risk-badges">
        <span class={r.stake === "money" || r.stake === "email" ? "badge badge-warn" : "badge"} data-testid="at-risk-stake">
          {r.stake ? t("atRisk-stake", { stake: stakeName(r.stake) }) : t("atRisk-stakeUnknown")}
        </span>
        {r.repeat && <span class="badge badge-warn">{t("atRisk-repeat")}</span>}
      </p>
      <h4 class="at-risk-sub">{t("atRisk-why")}</h4>
      <ul class="at-risk-reasons">
        {r.reasons.map((reason) => (
          <li key={`${reason.detail}-${reason.basis}`} data-testid="at-risk-reason" data-detail={reason.detail}>
            {reason.text}
            {reason.source && (
              <span class="at-risk-source">
                {" "}
                {t("atRisk-source")} <cite lang="en">{reason.source.title}</cite>{" "}
                <span class="mono source-url" data-testid="at-risk-source">
                  {reason.source.url}
                </span>
              </span>
            )}
          </li>
        ))}
      </ul>
      {r.note && <RuleNote service={a.service} note={r.note} testId="at-risk-note" />}
      <h4 class="at-risk-sub" id={planId(a.id)}>
        {t("atRisk-plan")} <span class="muted progress">({t("alerts-stepsDone", { done, n: r.plan.length })})</span>
      </h4>
      <ol class="checklist" data-testid="lockdown-plan">
        {r.plan.map((s) => {
          const id = `lockdown-${a.id}-${s.id}`;
          return (
            <li key={s.id} class={s.done_at ? "done" : undefined}>
              <label for={id}>
                <input
                  type="checkbox"
                  id={id}
                  data-testid={`lockdown-step-${s.id}`}
                  checked={s.done_at !== null}
                  disabled={busyStep === `${a.id}:${s.id}`}
                  aria-describedby={`${id}-why`}
                  onChange={(e) => onToggle(s, e.currentTarget.checked)}
                />
                <span>{s.text}</span>
              </label>
              <p class="why" id={`${id}-why`}>
                {s.why}
                {s.offered === false && <> {t("atRisk-notOffered", { service: a.service })}</>}
                {s.offered === null && s.id !== "letter" && s.id !== "two_step" && <> {t("atRisk-askOffered", { service: a.service })}</>}
              </p>
              {s.wizard && (
                <button type="button" class="step-action" data-testid="lockdown-wizard" onClick={onEnrol}>
                  {t("atRisk-openWizard")}
                </button>
              )}
              {s.id === "letter" && (
                <button type="button" class="step-action" data-testid="lockdown-letter" onClick={onLetter}>
                  {t("atRisk-openLetter")}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" class="quiet" data-testid="at-risk-edit" onClick={onAsk}>
        {t("atRisk-editAnswers", { service: a.service })}
      </button>
    </li>
  );
}
