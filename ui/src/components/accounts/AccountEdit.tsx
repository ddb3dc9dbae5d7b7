import { useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import type { AccountSummary } from "../../bindings/AccountSummary";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { t } from "../../i18n";

interface Props {
  account: AccountSummary;
  onClose: () => void;
  onSaved: (a: AccountSummary) => void;
}

/** Sets an account's domain and the customer's identifier there (`steward accounts edit`).
 * The identifier is only ever shown masked, so its field starts empty: empty keeps it. */
export function AccountEditDialog({ account, onClose, onSaved }: Props) {
  const [domain, setDomain] = useState(account.domain ?? "");
  const [identifier, setIdentifier] = useState("");
  const [clearIdentifier, setClearIdentifier] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const newDomain = domain.trim() === (account.domain ?? "") ? null : domain.trim();
      const newIdentifier = clearIdentifier ? "" : identifier.trim() === "" ? null : identifier.trim();
      onSaved(await api.accountUpdate(account.service, { domain: newDomain, identifier: newIdentifier }));
    } catch (err) {
      setError(toErrorInfo(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t("accountEdit-title", { service: account.service })} onClose={onClose} testId="account-edit-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <div class="field">
          <label for="account-domain">{t("accountEdit-domain")}</label>
          <input
            id="account-domain"
            data-testid="account-domain"
            autoFocus
            placeholder="example.com"
            value={domain}
            onInput={(e) => setDomain(e.currentTarget.value)}
          />
          <p class="help">{t("accountEdit-domainHint")}</p>
        </div>
        <div class="field">
          <label for="account-identifier">{t("accountEdit-identifier")}</label>
          <input
            id="account-identifier"
            data-testid="account-identifier"
            autoComplete="off"
            disabled={clearIdentifier}
            placeholder={account.identifier_masked ?? ""}
            value={identifier}
            onInput={(e) => setIdentifier(e.currentTarget.value)}
          />
          <p class="help">
            {account.identifier_masked
              ? t("accountEdit-identifierKept", { masked: account.identifier_masked })
              : t("accountEdit-identifierHint")}
          </p>
          {account.identifier_masked && (
            <label class="check">
              <input
                type="checkbox"
                data-testid="account-identifier-clear"
                checked={clearIdentifier}
                onChange={(e) => setClearIdentifier(e.currentTarget.checked)}
              />{" "}
              {t("accountEdit-identifierClear")}
            </label>
          )}
        </div>
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" onClick={onClose}>
            {t("common-cancel")}
          </button>
          <button type="submit" class="primary" data-testid="account-edit-save" disabled={busy}>
            {t("accountEdit-save")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
