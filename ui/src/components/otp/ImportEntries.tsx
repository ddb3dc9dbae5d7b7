import type { OtpImportEntry } from "../../bindings/OtpImportEntry";
import { t } from "../../i18n";
import { groupCode } from "./otpText";

/** Every entry of an imported file: what happened to it and, for accounts now here, the code
 * Steward makes now, to compare with the old app before deleting anything there. The codes
 * are shown, never logged. */
export function ImportEntries({ entries }: { entries: OtpImportEntry[] }) {
  if (!entries.some((e) => e.sample)) return null;
  return (
    <div class="otp-report-entries" data-testid="otp-report-entries">
      <h4>{t("otpBackup-compareTitle")}</h4>
      <p class="muted">{t("otpBackup-compareHelp")}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("otpBackup-colAccount")}</th>
            <th scope="col">{t("otpBackup-colWhat")}</th>
            <th scope="col">{t("otpBackup-colCode")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => (
            <tr key={i} data-testid="otp-report-entry" data-outcome={e.outcome}>
              <td>{e.label}</td>
              <td>
                {e.outcome === "added" && t("otpBackup-outcomeAdded", { number: e.number ?? 0 })}
                {e.outcome === "already_here" && t("otpBackup-outcomeHere", { number: e.number ?? 0 })}
                {e.outcome === "skipped" && t("otpBackup-outcomeSkipped", { reason: e.reason ?? "" })}
              </td>
              <td>
                {e.sample && (
                  <>
                    <code class="otp-report-code" data-testid="otp-report-sample">
                      {groupCode(e.sample.code)}
                    </code>
                    {e.kind?.type === "hotp" ? (
                      <span class="muted"> {t("otpBackup-hotpNote", { counter: String(e.sample.counter ?? 0) })}</span>
                    ) : (
                      <span class="muted"> {t("otpBackup-atImport")}</span>
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
