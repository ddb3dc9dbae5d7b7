import { useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import type { AccountSummary } from "../../bindings/AccountSummary";
import { AccountEditDialog } from "./AccountEdit";
import { KnowledgeDialog } from "../exposure/KnowledgeDialog";
import type { Method } from "../../bindings/Method";
import { formatDate, formatRelativeDay } from "../../format";
import "../../evidence.css";
import { ErrorNotice } from "../frame/ErrorNotice";
import { ServiceIcon } from "../ServiceIcon";
import { ReceiptLine } from "../enrol/Receipt";
import { RecoveryKit } from "../enrol/RecoveryKit";
import { t } from "../../i18n";
import { useLoad } from "../../useLoad";

interface Props {
  onOpenCase: (caseId: string) => void;
  onClose: () => void;
}

/** Every service the customer deals with: identifier (masked), cases, alerts, enrolment. */
/** Short names for the methods in the table (the wizard shows the full labels). */
function methodName(m: Method): string {
  const names: Record<Method, string> = {
    passkey: t("accounts-m-passkey"),
    security_key: t("accounts-m-security_key"),
    totp: t("accounts-m-totp"),
    custom_hardware: t("accounts-m-custom_hardware"),
    custom_software: t("accounts-m-custom_software"),
    call: t("accounts-m-call"),
    sms: t("accounts-m-sms"),
    email: t("channel-email"),
  };
  return names[m];
}

export function AccountsView({ onOpenCase, onClose }: Props) {
  const { data, error, reload } = useLoad(() => Promise.all([api.accountList(), api.alertList(null)]), []);
  const [editing, setEditing] = useState<AccountSummary | null>(null);
  // The questionnaire (issue 22): what this account holds and checks.
  const [asking, setAsking] = useState<AccountSummary | null>(null);
  const accounts = data?.[0] ?? null;
  const alerts = data?.[1] ?? [];
  // Adding a service with no case (your bank): then its questionnaire opens.
  const [newService, setNewService] = useState("");
  const [addError, setAddError] = useState<ErrorInfo | null>(null);
  const add = async (e: Event) => {
    e.preventDefault();
    setAddError(null);
    try {
      const added = await api.accountAdd(newService);
      setNewService("");
      reload();
      setAsking(added);
    } catch (err) {
      setAddError(toErrorInfo(err));
    }
  };

  return (
    <div class="accounts-view" data-testid="accounts-view">
      <div class="case-actions">
        <h1 id="accounts-title" class="grow-title">
          {t("accounts-title")}
        </h1>
        <button type="button" onClick={onClose} data-testid="accounts-close">
          {t("accounts-back")}
        </button>
      </div>
      <p class="muted">
        {t("accounts-intro")}
      </p>
      {error && <ErrorNotice error={error} />}
      <form class="account-add" onSubmit={add} data-testid="account-add">
        <label for="account-add-service">{t("accounts-addLabel")}</label>
        <div class="row">
          <input
            id="account-add-service"
            data-testid="account-add-service"
            value={newService}
            placeholder={t("accounts-addPlaceholder")}
            aria-describedby="account-add-help"
            onInput={(e) => setNewService((e.target as HTMLInputElement).value)}
          />
          <button type="submit" data-testid="account-add-submit" disabled={newService.trim() === ""}>
            {t("accounts-add")}
          </button>
        </div>
        <p id="account-add-help" class="muted">
          {t("accounts-addHelp")}
        </p>
        {addError && <ErrorNotice error={addError} />}
      </form>
      {alerts.length > 0 && (
        <div class="callout callout-danger" role="note" data-testid="open-alerts">
          <p class="callout-title">{t("accounts-openAlerts")}</p>
          <ul>
            {alerts.map((a) => (
              <li key={a.id}>
                <button type="button" class="quiet" onClick={() => onOpenCase(a.case_id)}>
                  {t("alerts-alertNo", { n: String(a.number) })}: {a.title} ({a.service ?? a.case_title}, {t("accounts-caseNo", { n: String(a.case_number) })})
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {accounts === null ? (
        !error && (
          <p class="muted" role="status">
            {t("accounts-loading")}
          </p>
        )
      ) : accounts.length === 0 ? (
        <p class="empty">{t("accounts-empty")}</p>
      ) : (
        <table class="accounts-table" aria-labelledby="accounts-title" data-testid="accounts-table">
          <thead>
            <tr>
              <th scope="col">{t("accounts-service")}</th>
              <th scope="col">{t("accounts-identifier")}</th>
              <th scope="col">{t("accounts-openCases")}</th>
              <th scope="col">{t("accounts-alerts")}</th>
              <th scope="col">{t("accounts-twoStep")}</th>
              <th scope="col">{t("accounts-attempts")}</th>
              <th scope="col">{t("accounts-lastContact")}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id} data-testid="account-row">
                <th scope="row">
                  <ServiceIcon badge={a.badge} />
                  {a.service}
                  {a.domain && (
                    <>
                      <br />
                      <span class="muted">{a.domain}</span>
                    </>
                  )}
                  <br />
                  <button
                    type="button"
                    class="quiet"
                    data-testid="account-edit"
                    aria-label={t("accountEdit-title", { service: a.service })}
                    onClick={() => setEditing(a)}
                  >
                    {t("accountEdit-open")}
                  </button>
                  <button
                    type="button"
                    class="quiet"
                    data-testid="account-knowledge"
                    aria-label={t("accounts-whatTheyCheckLabel", { service: a.service })}
                    onClick={() => setAsking(a)}
                  >
                    {t("accounts-whatTheyCheck")}
                  </button>
                </th>
                <td>{a.identifier_masked ?? <span class="muted">{t("accounts-notSet")}</span>}</td>
                <td class="num">
                  {a.open_cases} <span class="muted">{t("accounts-ofTotal", { n: a.total_cases })}</span>
                </td>
                <td class="num">
                  {a.open_alerts > 0 ? <span class="badge badge-warn">{t("accounts-nOpen", { n: a.open_alerts })}</span> : <span class="muted">{t("accounts-none")}</span>}
                </td>
                <td data-testid="account-2fa">
                  {a.two_factor_on.length > 0 ? (
                    <span class="account-methods">
                      {a.two_factor_on.map((m) => (
                        <span key={m} class="badge">
                          {methodName(m)}
                        </span>
                      ))}
                    </span>
                  ) : (
                    <span class="muted">{t("accounts-notOn")}</span>
                  )}
                  {a.enrolment_receipt && (
                    <>
                      <br />
                      <ReceiptLine receipt={a.enrolment_receipt} />
                    </>
                  )}
                </td>
                <td class="num">{a.enrolment_attempts}</td>
                <td title={a.last_contact_at ? formatDate(a.last_contact_at) : undefined}>
                  {a.last_contact_at ? formatRelativeDay(a.last_contact_at) : <span class="muted">—</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {accounts?.some((a) => a.enrolment_receipt !== null) && <RecoveryKit idPrefix="accounts-kit" />}
      {asking && (
        <KnowledgeDialog account={asking.id} service={asking.service} onClose={() => setAsking(null)} onSaved={() => setAsking(null)} />
      )}
      {editing && (
        <AccountEditDialog
          account={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
    </div>
  );
}
