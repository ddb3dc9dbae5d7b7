import { useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import type { Case } from "../../bindings/Case";
import { orNull } from "../../format";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { CaseFields, type CaseFieldValues } from "./CaseFields";
import { t } from "../../i18n";

interface Props {
  onClose: () => void;
  onCreated: (c: Case) => void;
}

export function NewCaseDialog({ onClose, onCreated }: Props) {
  const [values, setValues] = useState<CaseFieldValues>({ title: "", service: "", outcome: "" });
  const { title, service, outcome } = values;
  const [titleError, setTitleError] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setError(null);
    if (title.trim().length === 0) {
      setTitleError(true);
      document.getElementById("case-title")?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await api.caseCreate({
        title: title.trim(),
        service: orNull(service),
        desired_outcome: orNull(outcome),
      });
      onCreated(created);
    } catch (err) {
      setError(toErrorInfo(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t("newCase-title")} onClose={onClose} testId="new-case-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p class="muted">
          {t("newCase-intro")}
        </p>
        <CaseFields
          idPrefix="case"
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
          <button type="submit" class="primary" data-testid="case-create" disabled={busy}>
            {busy ? t("newCase-creating") : t("newCase-create")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
