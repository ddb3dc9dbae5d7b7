import { useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { OtpExportFormat } from "../../bindings/OtpExportFormat";
import type { OtpExportSaved } from "../../bindings/OtpExportSaved";
import { otpApi } from "../../otpApi";
import { Dialog } from "../Dialog";
import { ErrorNotice } from "../ErrorNotice";

interface Props {
  count: number;
  onClose: () => void;
}

/** Back up every account: an encrypted file that Aegis and Steward can import (recommended),
 * or a plain list of links for apps that read nothing else (with a clear warning). */
export function ExportDialog({ count, onClose }: Props) {
  const [format, setFormat] = useState<OtpExportFormat>("aegis_encrypted");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [saved, setSaved] = useState<OtpExportSaved | null>(null);

  const encrypted = format === "aegis_encrypted";
  const mismatch = encrypted && repeat.length > 0 && password !== repeat;
  const ready = encrypted ? password.length >= 8 && password === repeat : understood;

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setSaved(await otpApi.export(format, encrypted ? password : null));
      setPassword("");
      setRepeat("");
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  if (saved) {
    return (
      <Dialog title="Export saved" onClose={onClose} testId="otp-export-dialog">
        <p data-testid="otp-export-saved">
          {saved.accounts} account{saved.accounts === 1 ? "" : "s"} saved to <code class="path">{saved.path}</code>
        </p>
        {saved.encrypted ? (
          <p class="muted">
            Keep this file and its password somewhere safe (not on this computer only). Aegis and
            Steward can import it with the password.
          </p>
        ) : (
          <div class="notice notice-error">
            <p class="notice-message">This file is not encrypted.</p>
            <p class="notice-hint">Import it where you need it, then delete it.</p>
          </div>
        )}
        <div class="actions">
          <button type="button" class="primary" data-testid="otp-export-done" onClick={onClose}>
            Done
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="Back up your authenticator" onClose={onClose} testId="otp-export-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <p class="muted">
          {count} account{count === 1 ? "" : "s"}. The file is saved in your Downloads folder.
        </p>
        <fieldset class="group">
          <legend>Format</legend>
          <label class="check otp-choice">
            <input type="radio" name="otp-export-format" data-testid="otp-export-aegis" checked={encrypted} onChange={() => setFormat("aegis_encrypted")} />
            <span>
              <strong>Encrypted backup</strong> (recommended) — Aegis format, opened with a password
            </span>
          </label>
          <label class="check otp-choice">
            <input type="radio" name="otp-export-format" data-testid="otp-export-uris" checked={!encrypted} onChange={() => setFormat("otpauth_list")} />
            <span>
              <strong>Plain list of links</strong> — not encrypted, for apps that read nothing else
            </span>
          </label>
        </fieldset>
        {encrypted ? (
          <div class="grid-2">
            <div class="field">
              <label for="otp-export-password">Password</label>
              <input id="otp-export-password" type="password" autocomplete="new-password" data-testid="otp-export-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
              <p class="help">At least 8 characters. Without it the backup cannot be opened.</p>
            </div>
            <div class="field">
              <label for="otp-export-repeat">Repeat the password</label>
              <input
                id="otp-export-repeat"
                type="password"
                autocomplete="new-password"
                data-testid="otp-export-repeat"
                aria-invalid={mismatch}
                value={repeat}
                onInput={(e) => setRepeat(e.currentTarget.value)}
              />
              {mismatch && <p class="field-error">The passwords differ.</p>}
            </div>
          </div>
        ) : (
          <div class="notice notice-error">
            <p class="notice-message">Anyone who gets this file can make all your codes.</p>
            <label class="check">
              <input type="checkbox" data-testid="otp-export-understood" checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} />
              <span>I understand; I will delete it after use.</span>
            </label>
          </div>
        )}
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" class="primary" data-testid="otp-export-submit" disabled={!ready || busy || count === 0}>
            {busy ? "Saving…" : "Save"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
