import { useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import type { Case } from "../../bindings/Case";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { CaseFields, type CaseFieldValues } from "./CaseFields";
import { t } from "../../i18n";

interface Props {
  current: Case;
  onClose: () => void;
  onSaved: (c: Case) => void;
}

/** Changes a case's title, service and desired outcome (`steward case edit`); the status has
 * its own menu on the case page. Only changed fields are sent; an emptied field is cleared. */
export function EditCaseDialog({ current, onClose, onSaved }: Props) {
  const [values, setValues] = useState<CaseFieldValues>({
    title: current.title,
    service: current.account?.service ?? "",
    outcome: current.desired_outcome ?? "",
  });
  const { title, service, outcome } = values;
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
        <CaseFields
          idPrefix="edit-case"
          values={values}
          onChange={(p) => setValues((v) => ({ ...v, ...p }))}
          titleError={titleError}
          onTitleTyped={() => setTitleError(false)}
        />
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
