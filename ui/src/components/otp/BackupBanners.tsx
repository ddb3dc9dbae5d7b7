import { useEffect, useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { OtpAddReport } from "../../bindings/OtpAddReport";
import type { OtpBackupCheck } from "../../bindings/OtpBackupCheck";
import type { OtpBackupStatus } from "../../bindings/OtpBackupStatus";
import { formatDateTime } from "../../format";
import { t } from "../../i18n";
import { OtpCodes } from "../../otpApi";
import { otpBackupApi } from "../../otpBackupApi";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { AddReportView } from "./AddReportView";

interface Props {
  /** Bumped after every change the view makes: the status and the folder are read again. */
  version: number;
  /** A status the settings panel just read (so the banners need not ask). */
  status: OtpBackupStatus | null;
  onStatus: (s: OtpBackupStatus) => void;
  onOpenSettings: () => void;
  onImported: () => void;
}

/** Above the code list: "back up your authenticator" when changes have waited, and "a newer
 * backup was found — import it" when the backup folder holds a newer vault (a phone's Aegis
 * backup, or Steward's on another computer). Importing shows the report with sample codes. */
export function BackupBanners({ version, status, onStatus, onOpenSettings, onImported }: Props) {
  const [check, setCheck] = useState<OtpBackupCheck | null>(null);
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [report, setReport] = useState<OtpAddReport | null>(null);

  useEffect(() => {
    let live = true;
    otpBackupApi
      .status()
      .then((s) => live && onStatus(s))
      .catch(() => undefined);
    otpBackupApi
      .check()
      .then((c) => live && setCheck(c))
      .catch(() => live && setCheck(null));
    return () => {
      live = false;
    };
  }, [version]);

  const found = check?.found ?? null;

  const importIt = async (pw: string | null) => {
    if (!found) return;
    setBusy(true);
    setError(null);
    try {
      const r = await otpBackupApi.importFound(found.fingerprint, pw);
      setAsking(false);
      setPassword("");
      setReport(r);
      setCheck(await otpBackupApi.check());
      onImported();
    } catch (e) {
      const info = toErrorInfo(e);
      if (info.code === OtpCodes.wrongPassword || info.code === OtpCodes.passwordRequired) {
        if (asking) setError(info);
        setAsking(true);
      } else {
        setError(info);
      }
    } finally {
      setBusy(false);
    }
  };

  const dismiss = async () => {
    if (!found) return;
    try {
      await otpBackupApi.dismissFound(found.fingerprint);
      setCheck(await otpBackupApi.check());
    } catch (e) {
      setError(toErrorInfo(e));
    }
  };

  return (
    <>
      {status?.reminder_due && (
        <div class="notice otp-backup-banner" role="status" data-testid="otp-backup-reminder">
          <p class="notice-message">
            {status.last_error ? t("otpBackup-reminderFailing") : t("otpBackup-reminder", { n: status.pending_changes })}
          </p>
          <button type="button" onClick={onOpenSettings}>
            {t("otpBackup-open")}
          </button>
        </div>
      )}
      {found && (
        <div class="notice otp-backup-banner" role="status" data-testid="otp-backup-found">
          <p class="notice-message">
            {t("otpBackup-found", {
              file: found.file_name,
              date: formatDateTime(found.modified_at),
              app: found.from_steward ? "steward" : "other",
            })}
          </p>
          <button type="button" class="primary" data-testid="otp-backup-import" disabled={busy} onClick={() => void importIt(null)}>
            {t("otpBackup-importIt")}
          </button>{" "}
          <button type="button" class="quiet" data-testid="otp-backup-dismiss" disabled={busy} onClick={() => void dismiss()}>
            {t("otpBackup-notThis")}
          </button>
          {!asking && error && <ErrorNotice error={error} />}
        </div>
      )}
      {asking && found && (
        <Dialog title={t("otpBackup-passwordTitle")} onClose={() => setAsking(false)} testId="otp-backup-found-password">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void importIt(password);
            }}
          >
            <p>{t("otpBackup-passwordHelp", { file: found.file_name })}</p>
            <label class="field">
              <span class="label">{t("otpBackup-password")}</span>
              <input
                type="password"
                autoComplete="off"
                data-testid="otp-backup-found-password-input"
                value={password}
                onInput={(e) => setPassword(e.currentTarget.value)}
              />
            </label>
            {error && <ErrorNotice error={error} />}
            <div class="actions">
              <button type="submit" class="primary" data-testid="otp-backup-found-import" disabled={busy || !password}>
                {t("otpBackup-importIt")}
              </button>
              <button type="button" class="quiet" onClick={() => setAsking(false)}>
                {t("common-cancel")}
              </button>
            </div>
          </form>
        </Dialog>
      )}
      {report && (
        <Dialog title={t("otpBackup-reportTitle")} onClose={() => setReport(null)} testId="otp-import-report-dialog">
          <AddReportView report={report} />
          <div class="actions">
            <button type="button" class="primary" onClick={() => setReport(null)}>
              {t("common-close")}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
