import { useRef, useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../api";
import type { Attachment } from "../bindings/Attachment";
import type { AttachmentAdded } from "../bindings/AttachmentAdded";
import type { AttachmentKind } from "../bindings/AttachmentKind";
import { formatDateTime } from "../format";
import "../evidence.css";
import type { AlertPreset } from "./Alerts";
import { ErrorNotice } from "./ErrorNotice";

/** The largest file Steward keeps (the core refuses anything bigger with a clear message). */
const MAX_BYTES = 25 * 1024 * 1024;

export const KIND_LABELS: Record<AttachmentKind, string> = {
  email: "E-mail",
  transcript: "Transcript",
  image: "Image",
  pdf: "PDF",
  file: "File",
};

export function sizeText(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MiB`;
}

function EmailLine({ a }: { a: Attachment }) {
  const e = a.email;
  if (!e) return null;
  const from = e.from_name && e.from ? `${e.from_name} <${e.from}>` : (e.from ?? e.from_name ?? "unknown sender");
  return (
    <p class="attachment-email">
      From {from}
      {e.subject && <> · “{e.subject}”</>}
      {e.date && <> · {formatDateTime(e.date)}</>} ·{" "}
      {e.dkim_signature ? (
        <span class="badge badge-ok" title="The DKIM-Signature header is kept intact, so the sender's signature can be checked.">
          DKIM-signed{e.dkim_domain ? ` by ${e.dkim_domain}` : ""}
        </span>
      ) : (
        <span class="badge">No DKIM signature</span>
      )}
    </p>
  );
}

interface Props {
  caseId: string;
  attachments: Attachment[];
  onChanged: () => void;
  onRaiseAlert: (preset: AlertPreset) => void;
}

/** The case's evidence: files, e-mails and transcripts, listed with their SHA-256. */
export function Attachments({ caseId, attachments, onChanged, onRaiseAlert }: Props) {
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<AttachmentAdded | null>(null);
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const addFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setBusy(true);
    setError(null);
    setAdded(null);
    try {
      for (const file of Array.from(files)) {
        // Checked by the core too; this only avoids reading a huge file into memory first.
        const bytes = file.size > MAX_BYTES ? new Uint8Array(MAX_BYTES + 1) : new Uint8Array(await file.arrayBuffer());
        setAdded(await api.attachmentAdd(caseId, file.name, bytes));
      }
      onChanged();
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setBusy(false);
      if (inputRef.current) inputRef.current.value = "";
    }
  };

  const remove = async (a: Attachment) => {
    setError(null);
    try {
      await api.attachmentRemove(a.id);
      setConfirmRemove(null);
      onChanged();
    } catch (err) {
      setError(toErrorInfo(err));
    }
  };

  return (
    <section class="attachments" aria-labelledby="attachments-title" data-testid="attachments">
      <h2 id="attachments-title" class="section-title">
        Attachments and evidence <span class="muted">· {attachments.length}</span>
      </h2>
      {attachments.length === 0 ? (
        <p class="empty">
          Keep screenshots, PDFs, e-mails (.eml) and chat transcripts here. They are stored encrypted
          with your records, each with a SHA-256 checksum.
        </p>
      ) : (
        <ul class="attachment-list">
          {attachments.map((a) => (
            <li key={a.id} data-testid="attachment-row">
              <span class="attachment-name">
                {a.number}. {a.file_name}
              </span>
              <span class="attachment-facts">
                {KIND_LABELS[a.kind]} · {sizeText(a.size)} ·{" "}
                <code title={`SHA-256 ${a.sha256}`} data-testid="attachment-sha">
                  sha256 {a.sha256.slice(0, 12)}…
                </code>
              </span>
              {confirmRemove === a.id ? (
                <span class="promise-actions">
                  <button type="button" class="quiet" onClick={() => setConfirmRemove(null)}>
                    Keep
                  </button>
                  <button type="button" data-testid="attachment-remove-confirm" onClick={() => void remove(a)}>
                    Remove {a.file_name}
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  class="quiet"
                  data-testid="attachment-remove"
                  aria-label={`Remove ${a.file_name}`}
                  onClick={() => setConfirmRemove(a.id)}
                >
                  Remove
                </button>
              )}
              <EmailLine a={a} />
            </li>
          ))}
        </ul>
      )}

      {added && (
        <div role="status" data-testid="attachment-added">
          <p class="saved-notice">
            {added.already_attached
              ? `${added.attachment.file_name} was already attached (no. ${added.attachment.number}); nothing new was stored.`
              : `Attached ${added.attachment.file_name}.`}
          </p>
          {added.unlogged_contact && (
            <div class="callout callout-danger" data-testid="unlogged-contact">
              <p class="callout-title">Did you have this chat?</p>
              <p>{added.unlogged_contact.reason}</p>
              <div class="actions">
                <button type="button" onClick={() => setAdded(null)}>
                  Yes, it was me
                </button>
                <button
                  type="button"
                  class="primary"
                  data-testid="raise-contact-not-made"
                  onClick={() => {
                    const a = added.attachment;
                    setAdded(null);
                    onRaiseAlert({
                      kind: "contact_not_made",
                      summary: `${a.email?.subject ?? a.file_name}: a chat I never had.`,
                      attachmentId: a.id,
                      interactionId: null,
                    });
                  }}
                >
                  No — raise an impostor alert
                </button>
              </div>
            </div>
          )}
        </div>
      )}
      {error && <ErrorNotice error={error} />}

      <div class="file-picker">
        <label for="attach-file" class="visually-hidden">
          Add a file, e-mail (.eml) or screenshot
        </label>
        <input
          ref={inputRef}
          id="attach-file"
          data-testid="attach-file"
          type="file"
          class="visually-hidden"
          tabIndex={-1}
          multiple
          disabled={busy}
          onChange={(e) => void addFiles(e.currentTarget.files)}
        />
        <button type="button" data-testid="attach-add" disabled={busy} onClick={() => inputRef.current?.click()}>
          {busy ? "Adding…" : "Add a file or e-mail…"}
        </button>
      </div>
    </section>
  );
}
