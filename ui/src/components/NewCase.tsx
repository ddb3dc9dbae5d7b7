import { useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../api";
import type { Case } from "../bindings/Case";
import { orNull } from "../format";
import { Dialog } from "./Dialog";
import { ErrorNotice } from "./ErrorNotice";

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
    <Dialog title="New case" onClose={onClose} testId="new-case-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p class="muted">
          A case is one problem you want solved, however many times you have to contact support
          about it.
        </p>
        <div class="field">
          <label for="case-title">What is the problem?</label>
          <input
            id="case-title"
            data-testid="case-title"
            type="text"
            autoFocus
            placeholder="e.g. Can't sign in after changing my phone number"
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
              Give the case a short title, so you can find it again.
            </p>
          )}
        </div>
        <div class="field">
          <label for="case-service">Which company or service? (optional)</label>
          <input
            id="case-service"
            data-testid="case-service"
            type="text"
            placeholder="e.g. Amazon, Kindle Direct Publishing"
            value={service}
            onInput={(e) => setService(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="case-outcome">What do you want as the outcome? (optional)</label>
          <input
            id="case-outcome"
            data-testid="case-outcome"
            type="text"
            placeholder="e.g. A refund, my account unlocked"
            value={outcome}
            onInput={(e) => setOutcome(e.currentTarget.value)}
          />
        </div>
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="primary" data-testid="case-create" disabled={busy}>
            {busy ? "Creating…" : "Create case"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
