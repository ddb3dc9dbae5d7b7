import { useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import type { Case } from "../../bindings/Case";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { t } from "../../i18n";

interface Props {
  current: Case;
  onClose: () => void;
  onSaved: (c: Case) => void;
}

/** Changes a case's title, service and desired outcome (`steward case edit`); the status has
 * its own menu on the case page. Only changed fields are sent; an emptied field is cleared. */
export function EditCaseDialog({ current, onClose, onSaved }: Props) {
  const [title, setTitle] = useState(current.title);
  const [service, setService] = useState(current.account?.service ?? "");
  const [outcome, setOutcome] = useState(current.desired_outcome ?? "");
  const [titleError, setTitleError] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const changed = (now: string, before: string) => (now.trim() === before ? null : now.trim());

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (!title.trim()) {
      setTitleError(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSaved(
        await api.caseUpdate(current.id, {
          title: changed(title, current.title),
          status: null,
          service: changed(service, current.account?.service ?? ""),
          desired_outcome: changed(outcome, current.desired_outcome ?? ""),
        }),
      );
    } catch (err) {
      setError(toErrorInfo(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t("editCase-title", { n: String(current.number) })} onClose={onClose} testId="edit-case-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div class="field">
          <label for="edit-case-title">{t("newCase-problem")}</label>
          <input
            id="edit-case-title"
            data-testid="edit-case-title"
            type="text"
            autoFocus
            value={title}
            aria-required="true"
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? "edit-case-title-error" : undefined}
            onInput={(e) => {
              setTitle(e.currentTarget.value);
              if (titleError) setTitleError(false);
            }}
          />
          {titleError && (
            <p class="field-error" id="edit-case-title-error" role="alert">
              {t("newCase-titleError")}
            </p>
          )}
        </div>
        <div class="field">
          <label for="edit-case-service">{t("newCase-service")}</label>
          <input
            id="edit-case-service"
            data-testid="edit-case-service"
            type="text"
            placeholder={t("newCase-servicePh")}
            value={service}
            onInput={(e) => setService(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="edit-case-outcome">{t("newCase-outcome")}</label>
          <input
            id="edit-case-outcome"
            data-testid="edit-case-outcome"
            type="text"
            placeholder={t("newCase-outcomePh")}
            value={outcome}
            onInput={(e) => setOutcome(e.currentTarget.value)}
          />
        </div>
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" onClick={onClose}>
            {t("common-cancel")}
          </button>
          <button type="submit" class="primary" data-testid="edit-case-save" disabled={busy}>
            {t("editCase-save")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
