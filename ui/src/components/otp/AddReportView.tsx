import type { OtpAddReport } from "../../bindings/OtpAddReport";

const FORMAT_LABELS: Record<string, string> = {
  otpauth_list: "a list of otpauth links",
  google_migration: "Google Authenticator transfer",
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
      {report.format && <p class="muted">Read as {FORMAT_LABELS[report.format] ?? report.format}.</p>}
      <p class="otp-report-head" data-testid="otp-report-summary">
        {added.length === 0
          ? "No new accounts were added."
          : `Added ${added.length} account${added.length === 1 ? "" : "s"}.`}
        {duplicates.length > 0 && ` ${duplicates.length} already there.`}
        {skipped.length > 0 && ` ${skipped.length} skipped.`}
      </p>
      {added.length > 0 && (
        <>
          <h4>Added</h4>
          <ul class="otp-report-list" data-testid="otp-report-added">
            {added.map((e) => (
              <li key={e.id}>{e.label}</li>
            ))}
          </ul>
        </>
      )}
      {duplicates.length > 0 && (
        <>
          <h4>Already in Steward (not added again)</h4>
          <ul class="otp-report-list" data-testid="otp-report-duplicates">
            {duplicates.map((d, i) => (
              <li key={`${d.existing_id}-${i}`}>{d.label}</li>
            ))}
          </ul>
        </>
      )}
      {skipped.length > 0 && (
        <>
          <h4>Skipped</h4>
          <ul class="otp-report-list" data-testid="otp-report-skipped">
            {skipped.map((s, i) => (
              <li key={i}>
                <strong>{s.label}</strong>: {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
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
