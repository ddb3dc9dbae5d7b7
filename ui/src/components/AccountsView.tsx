import { useEffect, useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../api";
import type { AccountSummary } from "../bindings/AccountSummary";
import type { Alert } from "../bindings/Alert";
import type { Method } from "../bindings/Method";
import { formatDate, formatRelativeDay } from "../format";
import "../evidence.css";
import { ErrorNotice } from "./ErrorNotice";

interface Props {
  onOpenCase: (caseId: string) => void;
  onClose: () => void;
}

/** Every service the customer deals with: identifier (masked), cases, alerts, enrolment. */
/** Short names for the methods in the table (the wizard shows the full labels). */
function methodName(m: Method): string {
  const names: Record<Method, string> = {
    security_key: "Security key",
    totp: "Authenticator app",
    custom_hardware: "Hardware token",
    custom_software: "Service's app",
    call: "Phone call",
    sms: "Text message",
    email: "E-mail",
  };
  return names[m];
}

export function AccountsView({ onOpenCase, onClose }: Props) {
  const [accounts, setAccounts] = useState<AccountSummary[] | null>(null);
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [error, setError] = useState<ErrorInfo | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api.accountList(), api.alertList(null)])
      .then(([a, open]) => {
        if (!live) return;
        setAccounts(a);
        setAlerts(open);
      })
      .catch((err: unknown) => {
        if (live) setError(toErrorInfo(err));
      });
    return () => {
      live = false;
    };
  }, []);

  return (
    <div class="accounts-view" data-testid="accounts-view">
      <div class="case-actions">
        <h1 id="accounts-title" class="grow-title">
          Your accounts
        </h1>
        <button type="button" onClick={onClose} data-testid="accounts-close">
          Back to cases
        </button>
      </div>
      <p class="muted">
        Each service you have a case with. Your identifier there is shown masked, so this screen is
        safe to share.
      </p>
      {error && <ErrorNotice error={error} />}
      {alerts.length > 0 && (
        <div class="callout callout-danger" role="note" data-testid="open-alerts">
          <p class="callout-title">Open security alerts</p>
          <ul>
            {alerts.map((a) => (
              <li key={a.id}>
                <button type="button" class="quiet" onClick={() => onOpenCase(a.case_id)}>
                  Alert {a.number}: {a.title} ({a.service ?? a.case_title}, case #{a.case_number})
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {accounts === null ? (
        !error && (
          <p class="muted" role="status">
            Loading accounts…
          </p>
        )
      ) : accounts.length === 0 ? (
        <p class="empty">No accounts yet. A case started with a service name, or turning on two-step verification, adds one.</p>
      ) : (
        <table class="accounts-table" aria-labelledby="accounts-title" data-testid="accounts-table">
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Your identifier</th>
              <th scope="col">Open cases</th>
              <th scope="col">Security alerts</th>
              <th scope="col">Two-step verification</th>
              <th scope="col">Enrolment attempts</th>
              <th scope="col">Last contact</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id} data-testid="account-row">
                <th scope="row">
                  {a.service}
                  {a.domain && (
                    <>
                      <br />
                      <span class="muted">{a.domain}</span>
                    </>
                  )}
                </th>
                <td>{a.identifier_masked ?? <span class="muted">not set</span>}</td>
                <td class="num">
                  {a.open_cases} <span class="muted">of {a.total_cases}</span>
                </td>
                <td class="num">
                  {a.open_alerts > 0 ? <span class="badge badge-warn">{a.open_alerts} open</span> : <span class="muted">none</span>}
                </td>
                <td data-testid="account-2fa">
                  {a.two_factor_on.length > 0 ? (
                    <span class="badge">{a.two_factor_on.map(methodName).join(", ")}</span>
                  ) : (
                    <span class="muted">not on</span>
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
    </div>
  );
}
