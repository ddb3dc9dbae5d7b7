import type { OtpAddReport } from "../../bindings/OtpAddReport";
import { t } from "../../i18n";
import { ImportEntries } from "./ImportEntries";

const FORMAT_LABELS: Record<string, string> = {
  get otpauth_list() {
    return t("otpReport-otpauthList");
  },
  get google_migration() {
    return t("otpReport-googleMigration");
  },
  aegis: "Aegis",
  "2fas": "2FAS",
  andotp: "andOTP",
  bitwarden: "Bitwarden",
  freeotp_plus: "FreeOTP+",
  proton_authenticator: "Proton Authenticator",
};

/** What an add or import did: added, already there, skipped (with why), warnings, notes. */
export function AddReportView({ report }: { report: OtpAddReport }) {
  const { added, duplicates, skipped, warnings, notes } = report;
  return (
    <div class="otp-report" data-testid="otp-add-report" aria-live="polite">
      {report.format && <p class="muted">{t("otpReport-readAs", { format: FORMAT_LABELS[report.format] ?? report.format })}</p>}
      <p class="otp-report-head" data-testid="otp-report-summary">
        {added.length === 0
          ? t("otpReport-noneAdded")
          : t("otpReport-addedN", { n: added.length })}
        {duplicates.length > 0 && ` ${t("otpReport-already", { n: duplicates.length })}`}
        {skipped.length > 0 && ` ${t("otpReport-skippedN", { n: skipped.length })}`}
      </p>
      {added.length > 0 && (
        <>
          <h4>{t("otpReport-added")}</h4>
          <ul class="otp-report-list" data-testid="otp-report-added">
            {added.map((e) => (
              <li key={e.id}>{e.label}</li>
            ))}
          </ul>
        </>
      )}
      {duplicates.length > 0 && (
        <>
          <h4>{t("otpReport-alreadyIn")}</h4>
          <ul class="otp-report-list" data-testid="otp-report-duplicates">
            {duplicates.map((d, i) => (
              <li key={`${d.existing_id}-${i}`}>{d.label}</li>
            ))}
          </ul>
        </>
      )}
      {skipped.length > 0 && (
        <>
          <h4>{t("otpReport-skipped")}</h4>
          <ul class="otp-report-list" data-testid="otp-report-skipped">
            {skipped.map((s, i) => (
              <li key={i}>
                <strong>{s.label}</strong>: {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.format && <ImportEntries entries={report.entries} />}
      {(warnings.length > 0 || notes.length > 0) && (
        <div class="notice otp-warn-notice">
          {warnings.map((w, i) => (
            <p key={`w${i}`} class="notice-hint">
              <strong>{w.label}</strong>: {w.message}
            </p>
          ))}
          {notes.map((n, i) => (
            <p key={`n${i}`} class="notice-hint">
              {n}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
