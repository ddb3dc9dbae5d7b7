import { useRef, useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import type { Attachment } from "../../bindings/Attachment";
import type { AttachmentAdded } from "../../bindings/AttachmentAdded";
import type { AttachmentKind } from "../../bindings/AttachmentKind";
import type { SavedAttachment } from "../../bindings/SavedAttachment";
import { formatDateTime } from "../../format";
import "../../evidence.css";
import type { AlertPreset } from "./Alerts";
import { ErrorNotice } from "../frame/ErrorNotice";
import { labelMap, t } from "../../i18n";

/** The largest file Steward keeps (the core refuses anything bigger with a clear message). */
const MAX_BYTES = 25 * 1024 * 1024;

export const KIND_LABELS: Record<AttachmentKind, string> = labelMap({
  email: "channel-email",
  transcript: "attach-kindTranscript",
  image: "attach-kindImage",
  pdf: "attach-kindPdf",
  file: "attach-kindFile",
});

export function sizeText(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KiB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MiB`;
}

function EmailLine({ a }: { a: Attachment }) {
  const e = a.email;
  if (!e) return null;
  const from = e.from_name && e.from ? `${e.from_name} <${e.from}>` : (e.from ?? e.from_name ?? t("attach-unknownSender"));
  return (
    <p class="attachment-email">
      {t("attach-from", { from })}
      {e.subject && <> · “{e.subject}”</>}
      {e.date && <> · {formatDateTime(e.date)}</>} ·{" "}
      {e.dkim_signature ? (
        <span class="badge badge-ok" title={t("attach-dkimTitle")}>
          {e.dkim_domain ? t("attach-dkimBy", { domain: e.dkim_domain }) : t("attach-dkim")}
        </span>
      ) : (
        <span class="badge">{t("attach-noDkim")}</span>
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
  const [saved, setSaved] = useState<SavedAttachment | null>(null);
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

  const saveCopy = async (a: Attachment) => {
    setError(null);
    setSaved(null);
    try {
      setSaved(await api.attachmentSave(a.id));
    } catch (err) {
      setError(toErrorInfo(err));
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
        {t("attach-title")} <span class="muted">· {attachments.length}</span>
      </h2>
      {attachments.length === 0 ? (
        <p class="empty">
          {t("attach-empty")}
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
                    {t("attach-keep")}
                  </button>
                  <button type="button" data-testid="attachment-remove-confirm" onClick={() => void remove(a)}>
                    {t("attach-removeName", { name: a.file_name })}
                  </button>
                </span>
              ) : (
                <span class="promise-actions">
                  <button
                    type="button"
                    class="quiet"
                    data-testid="attachment-save"
                    aria-label={t("attach-saveName", { name: a.file_name })}
                    onClick={() => void saveCopy(a)}
                  >
                    {t("attach-save")}
                  </button>
                  <button
                    type="button"
                    class="quiet"
                    data-testid="attachment-remove"
                    aria-label={t("attach-removeName", { name: a.file_name })}
                    onClick={() => setConfirmRemove(a.id)}
                  >
                    {t("attach-remove")}
                  </button>
                </span>
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
              ? t("attach-already", { name: added.attachment.file_name, no: String(added.attachment.number) })
              : t("attach-attached", { name: added.attachment.file_name })}
          </p>
          {added.unlogged_contact && (
            <div class="callout callout-danger" data-testid="unlogged-contact">
              <p class="callout-title">{t("attach-hadChat")}</p>
              <p>{added.unlogged_contact.reason}</p>
              <div class="actions">
                <button type="button" onClick={() => setAdded(null)}>
                  {t("attach-itWasMe")}
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
                      summary: t("attach-neverHad", { subject: a.email?.subject ?? a.file_name }),
                      attachmentId: a.id,
                      interactionId: null,
                    });
                  }}
                >
                  {t("attach-raise")}
                </button>
              </div>
            </div>
          )}
        </div>
      )}
      {saved && (
        <p class="saved-notice" role="status" data-testid="attachment-saved">
          {t("attach-saved", { name: saved.file_name, path: saved.path })}
        </p>
      )}
      {error && <ErrorNotice error={error} />}

      <div class="file-picker">
        <label for="attach-file" class="visually-hidden">
          {t("attach-pick")}
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
          {busy ? t("attach-adding") : t("attach-add")}
        </button>
      </div>
    </section>
  );
}
