import { useEffect, useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { OtpBackupStatus } from "../../bindings/OtpBackupStatus";
import type { OtpBackupWritten } from "../../bindings/OtpBackupWritten";
import { formatDateTime } from "../../format";
import { t } from "../../i18n";
import { otpBackupApi } from "../../otpBackupApi";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";

interface Props {
  onClose: () => void;
  /** Told of every new status (the banners follow it). */
  onChanged: (status: OtpBackupStatus) => void;
}

/** Automatic backups: the folder (chosen in the system's folder dialog), how many to keep, the
 * password (kept in the system keyring, never shown back), on/off, and "Back up now". */
export function BackupPanel({ onClose, onChanged }: Props) {
  const [status, setStatus] = useState<OtpBackupStatus | null>(null);
  const [keep, setKeep] = useState("10");
  const [remind, setRemind] = useState("7");
  const [enabled, setEnabled] = useState(true);
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [written, setWritten] = useState<OtpBackupWritten | null>(null);
  const [saved, setSaved] = useState(false);

  const show = (s: OtpBackupStatus, fields: boolean) => {
    setStatus(s);
    onChanged(s);
    if (fields) {
      setKeep(String(s.keep));
      setRemind(String(s.remind_days));
      setEnabled(s.enabled || !s.password_set);
    }
  };

  useEffect(() => {
    otpBackupApi
      .status()
      .then((s) => show(s, true))
      .catch((e) => setError(toErrorInfo(e)));
  }, []);

  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(toErrorInfo(e));
    } finally {
      setBusy(false);
    }
  };

  const choose = () =>
    run(async () => {
      const s = await otpBackupApi.chooseFolder();
      if (s) show(s, false);
    });

  const mismatch = repeat.length > 0 && password !== repeat;
  const needsPassword = !status?.password_set;
  const ready = !!status?.folder && (password ? password === repeat : !needsPassword);

  const save = (e: Event) => {
    e.preventDefault();
    void run(async () => {
      const s = await otpBackupApi.configure({
        enabled,
        keep: Number.parseInt(keep, 10) || 0,
        // Empty or not a number: the saved value stays.
        remind_days: Number.parseInt(remind, 10) >= 1 ? Number.parseInt(remind, 10) : null,
        password: password || null,
      });
      setPassword("");
      setRepeat("");
      setSaved(true);
      show(s, true);
    });
  };

  const now = () =>
    run(async () => {
      setWritten(await otpBackupApi.now());
      show(await otpBackupApi.status(), false);
    });

  return (
    <Dialog title={t("otpBackup-title")} onClose={onClose} testId="otp-backup-panel">
      <p class="muted">{t("otpBackup-intro")}</p>
      <form onSubmit={save} class="otp-backup-form">
        <div class="field">
          <span class="label">{t("otpBackup-folder")}</span>
          <p>
            {status?.folder ? (
              <code class="path" data-testid="otp-backup-folder">
                {status.folder}
              </code>
            ) : (
              <span class="muted" data-testid="otp-backup-folder">
                {t("otpBackup-noFolder")}
              </span>
            )}{" "}
            <button type="button" data-testid="otp-backup-choose" disabled={busy} onClick={() => void choose()}>
              {t("otpBackup-chooseFolder")}
            </button>
          </p>
        </div>
        <label class="field">
          <span class="label">{t("otpBackup-keep")}</span>
          <input
            type="number"
            min={1}
            max={1000}
            data-testid="otp-backup-keep"
            value={keep}
            onInput={(e) => setKeep(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span class="label">{t("otpBackup-remindDays")}</span>
          <input
            type="number"
            min={1}
            max={365}
            data-testid="otp-backup-remind-days"
            value={remind}
            onInput={(e) => setRemind(e.currentTarget.value)}
          />
        </label>
        <label class="field">
          <span class="label">{status?.password_set ? t("otpBackup-newPassword") : t("otpBackup-password")}</span>
          <input
            type="password"
            autoComplete="new-password"
            data-testid="otp-backup-password"
            placeholder={status?.password_set ? t("otpBackup-passwordKept") : ""}
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        {password && (
          <label class="field">
            <span class="label">{t("otpBackup-repeat")}</span>
            <input
              type="password"
              autoComplete="new-password"
              data-testid="otp-backup-repeat"
              value={repeat}
              onInput={(e) => setRepeat(e.currentTarget.value)}
            />
          </label>
        )}
        {mismatch && <p class="field-error">{t("otpBackup-differ")}</p>}
        <label class="check">
          <input
            type="checkbox"
            data-testid="otp-backup-enabled"
            checked={enabled}
            onChange={(e) => setEnabled(e.currentTarget.checked)}
          />{" "}
          {t("otpBackup-auto")}
        </label>
        {status?.password_home && (
          <p class="muted" data-testid="otp-backup-password-home">
            {status.password_home === "keyring" ? t("otpBackup-inKeyring") : t("otpBackup-inProfile")}
          </p>
        )}
        <div class="actions">
          <button type="submit" class="primary" data-testid="otp-backup-save" disabled={busy || !ready}>
            {t("otpBackup-save")}
          </button>
          <button
            type="button"
            data-testid="otp-backup-now"
            disabled={busy || !status?.folder || !status.password_set}
            onClick={() => void now()}
          >
            {t("otpBackup-now")}
          </button>
          <button type="button" class="quiet" onClick={onClose}>
            {t("common-close")}
          </button>
        </div>
      </form>
      {saved && !error && (
        <p role="status" data-testid="otp-backup-saved">
          {status?.enabled ? t("otpBackup-savedOn") : t("otpBackup-savedOff")}
        </p>
      )}
      {written && (
        <p role="status" data-testid="otp-backup-written">
          {t("otpBackup-written", { n: written.accounts, file: written.file_name })}
        </p>
      )}
      {status && (
        <p class="muted" data-testid="otp-backup-last">
          {status.last_backup_at && status.last_backup_file
            ? t("otpBackup-last", { date: formatDateTime(status.last_backup_at), file: status.last_backup_file })
            : t("otpBackup-never")}{" "}
          {status.pending_changes > 0
            ? t("otpBackup-pending", { n: status.pending_changes })
            : status.last_backup_at && t("otpBackup-allSaved")}
        </p>
      )}
      {status?.last_error && <ErrorNotice error={status.last_error} />}
      {error && <ErrorNotice error={error} />}
    </Dialog>
  );
}
