import { useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import type { Case } from "../../bindings/Case";
import { orNull } from "../../format";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { t } from "../../i18n";

interface Props {
  caseId: string;
  onClose: () => void;
  onClosed: (c: Case) => void;
}

export function CloseCaseDialog({ caseId, onClose, onClosed }: Props) {
  const [resolution, setResolution] = useState("");
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onClosed(await api.caseClose(caseId, orNull(resolution)));
    } catch (err) {
      setError(toErrorInfo(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t("closeCase-title")} onClose={onClose} testId="close-case-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <p class="muted">
          {t("closeCase-intro")}
        </p>
        <div class="field">
          <label for="case-resolution">{t("closeCase-how")}</label>
          <textarea
            id="case-resolution"
            data-testid="case-resolution"
            rows={3}
            autoFocus
            placeholder={t("closeCase-howPh")}
            value={resolution}
            onInput={(e) => setResolution(e.currentTarget.value)}
          />
        </div>
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" onClick={onClose}>
            {t("common-cancel")}
          </button>
          <button type="submit" class="primary" data-testid="case-close-confirm" disabled={busy}>
            {busy ? t("closeCase-closing") : t("common-closeCase")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
