import { useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../api";
import type { Case } from "../bindings/Case";
import { orNull } from "../format";
import { Dialog } from "./Dialog";
import { ErrorNotice } from "./ErrorNotice";

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
    <Dialog title="Close this case" onClose={onClose} testId="close-case-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <p class="muted">
          Closing marks the case as resolved. Its history stays, and you can still find it under
          “Resolved”.
        </p>
        <div class="field">
          <label for="case-resolution">How did it end? (optional)</label>
          <textarea
            id="case-resolution"
            data-testid="case-resolution"
            rows={3}
            autoFocus
            placeholder="e.g. Refund received on 3 March"
            value={resolution}
            onInput={(e) => setResolution(e.currentTarget.value)}
          />
        </div>
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="primary" data-testid="case-close-confirm" disabled={busy}>
            {busy ? "Closing…" : "Close case"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
