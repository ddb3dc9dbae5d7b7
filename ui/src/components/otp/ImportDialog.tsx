import { useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { OtpAddReport } from "../../bindings/OtpAddReport";
import type { OtpFileInfo } from "../../bindings/OtpFileInfo";
import type { OtpImportFormat } from "../../bindings/OtpImportFormat";
import { OtpCodes, otpApi } from "../../otpApi";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { AddReportView } from "./AddReportView";
import { MAX_FILE_BYTES, readFileBytes } from "./otpText";
import { t } from "../../i18n";

const FORMATS: { value: OtpImportFormat; label: string }[] = [
  { value: "aegis", label: "Aegis" },
  { value: "2fas", label: "2FAS" },
  { value: "andotp", label: "andOTP" },
  { value: "bitwarden", get label() { return t("otpImport-bitwarden"); } },
  { value: "otpauth_list", get label() { return t("otpImport-enteList"); } },
  { value: "freeotp_plus", label: "FreeOTP+" },
  { value: "google_migration", get label() { return t("otpImport-googleLinks"); } },
  { value: "proton_authenticator", label: "Proton Authenticator" },
];

interface Props {
  onClose: () => void;
  onImported: () => void;
}

/** Import another app's export: choose the file → Steward says what it is → the password if
 * the file is encrypted → what was imported, what was already there, what was skipped. */
export function ImportDialog({ onClose, onImported }: Props) {
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [fileName, setFileName] = useState("");
  const [info, setInfo] = useState<OtpFileInfo | null>(null);
  const [format, setFormat] = useState<OtpImportFormat | "">("");
  const [needsPassword, setNeedsPassword] = useState(false);
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [report, setReport] = useState<OtpAddReport | null>(null);

  const choose = async (file: File | null) => {
    setError(null);
    setInfo(null);
    setNeedsPassword(false);
    setPassword("");
    setBytes(null);
    if (!file) return;
    setFileName(file.name);
    const b = await readFileBytes(file, MAX_FILE_BYTES);
    if (!b) {
      setError({
        code: "file_too_large",
        args: {},
        message: t("otpImport-tooLarge"),
        hint: t("otpImport-checkFile"),
        kind: "input",
      });
      return;
    }
    setBytes(b);
    try {
      const i = await otpApi.inspectFile(b);
      setInfo(i);
      setFormat(i.format ?? "");
    } catch (err) {
      setError(toErrorInfo(err));
    }
  };

  const importNow = async (e: Event) => {
    e.preventDefault();
    if (!bytes) return;
    setBusy(true);
    setError(null);
    try {
      const r = await otpApi.import(bytes, format || null, needsPassword ? password : null);
      setReport(r);
      setPassword("");
      if (r.added.length > 0) onImported();
    } catch (err) {
      const info = toErrorInfo(err);
      if (info.code === OtpCodes.passwordRequired) {
        setNeedsPassword(true);
        setError(null);
      } else {
        setError(info);
      }
    } finally {
      setBusy(false);
    }
  };

  if (report) {
    return (
      <Dialog title={t("otpImport-title")} onClose={onClose} testId="otp-import-dialog">
        <AddReportView report={report} />
        <div class="actions">
          <button type="button" class="primary" data-testid="otp-import-done" onClick={onClose}>
            {t("otpAdd-done")}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={t("otpImport-title")} onClose={onClose} testId="otp-import-dialog">
      <form onSubmit={(e) => void importNow(e)}>
        <ol class="otp-steps">
          <li>
            <div class="field">
              <label for="otp-import-file">{t("otpImport-chooseFile")}</label>
              <input
                id="otp-import-file"
                type="file"
                data-testid="otp-import-file"
                onChange={(e) => void choose(e.currentTarget.files?.[0] ?? null)}
              />
              <p class="help">
                {t("otpImport-help")}
              </p>
            </div>
          </li>
          {bytes && (
            <li>
              <div class="field">
                <label for="otp-import-format">{t("otpImport-format")}</label>
                {info?.is_image ? (
                  <p data-testid="otp-import-detected">{t("otpImport-isPicture", { name: fileName })}</p>
                ) : (
                  <>
                    <p data-testid="otp-import-detected" class={info?.format ? undefined : "field-error"}>
                      {info?.format
                        ? t("otpImport-looksLike", { name: fileName, app: info.label ?? info.format })
                        : t("otpImport-unknown", { name: fileName })}
                    </p>
                    <select
                      id="otp-import-format"
                      data-testid="otp-import-format"
                      value={format}
                      onChange={(e) => setFormat(e.currentTarget.value as OtpImportFormat | "")}
                    >
                      <option value="">{t("otpImport-auto")}</option>
                      {FORMATS.map((f) => (
                        <option key={f.value} value={f.value}>
                          {f.label}
                        </option>
                      ))}
                    </select>
                  </>
                )}
              </div>
            </li>
          )}
          {needsPassword && (
            <li>
              <div class="field">
                <label for="otp-import-password">{t("otpImport-password")}</label>
                <input
                  id="otp-import-password"
                  type="password"
                  data-testid="otp-import-password"
                  autocomplete="off"
                  value={password}
                  onInput={(e) => setPassword(e.currentTarget.value)}
                />
                <p class="help">{t("otpImport-encrypted")}</p>
              </div>
            </li>
          )}
        </ol>
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" onClick={onClose}>
            {t("common-cancel")}
          </button>
          <button type="submit" class="primary" data-testid="otp-import-submit" disabled={!bytes || busy || (needsPassword && !password)}>
            {busy ? t("otpImport-importing") : t("otp-import")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
