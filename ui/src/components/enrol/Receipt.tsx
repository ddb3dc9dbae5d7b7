// The receipt of a finished enrolment (`EnrolReceipt`, written by the core): what was put in
// place, the phone masked, backup codes kept, when, and whether it was shown to work. On the
// wizard's last step and, compact, on the account in the Accounts view.
import type { EnrolReceipt } from "../../bindings/EnrolReceipt";
import { formatDate } from "../../format";
import { t } from "../../i18n";
import { methodName, when } from "./enrolText";

/** Tested (a code the service accepted, or signing in once) or not, as a badge. */
export function TestedBadge({ tested }: { tested: boolean }) {
  return tested ? (
    <span class="badge badge-ok" data-testid="receipt-tested">
      {t("receipt-testedYes")}
    </span>
  ) : (
    <span class="badge badge-warn" data-testid="receipt-tested">
      {t("receipt-testedNo")}
    </span>
  );
}

export function Receipt({ receipt: r }: { receipt: EnrolReceipt }) {
  return (
    <section class="enrol-receipt" data-testid="enrol-receipt" data-tested={String(r.tested)} aria-labelledby="enrol-receipt-title">
      <h2 id="enrol-receipt-title">{t("receipt-title", { service: r.service })}</h2>
      <dl class="enrol-receipt-list">
        <dt>{t("receipt-methods")}</dt>
        <dd data-testid="receipt-methods">{r.methods.map(methodName).join(", ")}</dd>
        {r.phone_masked && (
          <>
            <dt>{t("receipt-phone")}</dt>
            <dd data-testid="receipt-phone">{r.phone_masked}</dd>
          </>
        )}
        <dt>{t("receipt-backupCodes")}</dt>
        <dd data-testid="receipt-codes">
          {r.backup_codes_stored > 0 ? t("receipt-codesKept", { n: r.backup_codes_stored }) : t("receipt-noCodes")}
        </dd>
        <dt>{t("receipt-date")}</dt>
        <dd>{when(r.at)}</dd>
        <dt>{t("receipt-test")}</dt>
        <dd>
          <TestedBadge tested={r.tested} />
        </dd>
      </dl>
    </section>
  );
}

/** One line under the methods in the Accounts view: tested or not, since when, the phone. */
export function ReceiptLine({ receipt: r }: { receipt: EnrolReceipt }) {
  return (
    <span class="receipt-line" data-testid="account-receipt" data-tested={String(r.tested)}>
      <TestedBadge tested={r.tested} />
      <span class="muted receipt-line-facts">
        {t("receipt-since", { date: formatDate(r.at) })}
        {r.phone_masked ? ` · ${t("receipt-phoneShort", { phone: r.phone_masked })}` : ""}
        {r.backup_codes_stored > 0 ? ` · ${t("receipt-codesShort", { n: r.backup_codes_stored })}` : ""}
      </span>
    </span>
  );
}
