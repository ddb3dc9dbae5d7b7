import { useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { OtpExportFormat } from "../../bindings/OtpExportFormat";
import type { OtpExportSaved } from "../../bindings/OtpExportSaved";
import { otpApi } from "../../otpApi";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { t } from "../../i18n";

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
      <Dialog title={t("otpExport-savedTitle")} onClose={onClose} testId="otp-export-dialog">
        <p data-testid="otp-export-saved">
          {t("otpExport-savedTo", { n: saved.accounts })} <code class="path">{saved.path}</code>
        </p>
        {saved.encrypted ? (
          <p class="muted">
            {t("otpExport-keepSafe")}
          </p>
        ) : (
          <div class="notice notice-error">
            <p class="notice-message">{t("otpExport-notEncrypted")}</p>
            <p class="notice-hint">{t("otpExport-importDelete")}</p>
          </div>
        )}
        <div class="actions">
          <button type="button" class="primary" data-testid="otp-export-done" onClick={onClose}>
            {t("otpAdd-done")}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={t("otpExport-title")} onClose={onClose} testId="otp-export-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <p class="muted">
          {t("otpExport-count", { n: count })}
        </p>
        <fieldset class="group">
          <legend>{t("otpExport-importFormat")}</legend>
          <label class="check otp-choice">
            <input type="radio" name="otp-export-format" data-testid="otp-export-aegis" checked={encrypted} onChange={() => setFormat("aegis_encrypted")} />
            <span>
              <strong>{t("otpExport-encBackup")}</strong> {t("otpExport-encBackupHelp")}
            </span>
          </label>
          <label class="check otp-choice">
            <input type="radio" name="otp-export-format" data-testid="otp-export-uris" checked={!encrypted} onChange={() => setFormat("otpauth_list")} />
            <span>
              <strong>{t("otpExport-plain")}</strong> {t("otpExport-plainHelp")}
            </span>
          </label>
        </fieldset>
        {encrypted ? (
          <div class="grid-2">
            <div class="field">
              <label for="otp-export-password">{t("otpExport-password")}</label>
              <input id="otp-export-password" type="password" autocomplete="new-password" data-testid="otp-export-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
              <p class="help">{t("otpExport-atLeast")}</p>
            </div>
            <div class="field">
              <label for="otp-export-repeat">{t("otpExport-repeat")}</label>
              <input
                id="otp-export-repeat"
                type="password"
                autocomplete="new-password"
                data-testid="otp-export-repeat"
                aria-invalid={mismatch}
                value={repeat}
                onInput={(e) => setRepeat(e.currentTarget.value)}
              />
              {mismatch && <p class="field-error">{t("otpExport-differ")}</p>}
            </div>
          </div>
        ) : (
          <div class="notice notice-error">
            <p class="notice-message">{t("otpExport-anyone")}</p>
            <label class="check">
              <input type="checkbox" data-testid="otp-export-understood" checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} />
              <span>{t("otpExport-understand")}</span>
            </label>
          </div>
        )}
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" onClick={onClose}>
            {t("common-cancel")}
          </button>
          <button type="submit" class="primary" data-testid="otp-export-submit" disabled={!ready || busy || count === 0}>
            {busy ? t("otpExport-saving") : t("otpDialogs-save")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
