import { useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import type { Case } from "../../bindings/Case";
import { orNull } from "../../format";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { t } from "../../i18n";

interface Props {
  onClose: () => void;
  onCreated: (c: Case) => void;
}

export function NewCaseDialog({ onClose, onCreated }: Props) {
  const [title, setTitle] = useState("");
  const [service, setService] = useState("");
  const [outcome, setOutcome] = useState("");
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
        <div class="field">
          <label for="case-title">{t("newCase-problem")}</label>
          <input
            id="case-title"
            data-testid="case-title"
            type="text"
            autoFocus
            placeholder={t("newCase-problemPh")}
            value={title}
            aria-required="true"
            aria-invalid={titleError ? true : undefined}
            aria-describedby={titleError ? "case-title-error" : undefined}
            onInput={(e) => {
              setTitle(e.currentTarget.value);
              if (titleError) setTitleError(false);
            }}
          />
          {titleError && (
            <p class="field-error" id="case-title-error" role="alert">
              {t("newCase-titleError")}
            </p>
          )}
        </div>
        <div class="field">
          <label for="case-service">{t("newCase-service")}</label>
          <input
            id="case-service"
            data-testid="case-service"
            type="text"
            placeholder={t("newCase-servicePh")}
            value={service}
            onInput={(e) => setService(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="case-outcome">{t("newCase-outcome")}</label>
          <input
            id="case-outcome"
            data-testid="case-outcome"
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
          <button type="submit" class="primary" data-testid="case-create" disabled={busy}>
            {busy ? t("newCase-creating") : t("newCase-create")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
