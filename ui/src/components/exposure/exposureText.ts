// Names of the exposure chain's words in the window's language (locales/*/exposure.ftl).
import type { PersonalDetail } from "../../bindings/PersonalDetail";
import type { Stake } from "../../bindings/Stake";
import { t } from "../../i18n";

/** Every personal detail, in the order the questionnaire and the alert list show them. */
export const DETAILS: PersonalDetail[] = [
  "address",
  "phone",
  "email",
  "card_last_four",
  "date_of_birth",
  "security_answers",
  "support_pin",
];

/** What is at stake, first first (the chain's ranking). */
export const STAKES: Stake[] = ["money", "email", "phone", "shopping", "other"];

export function detailName(d: PersonalDetail): string {
  switch (d) {
    case "address":
      return t("exposure-detail-address");
    case "phone":
      return t("exposure-detail-phone");
    case "email":
      return t("exposure-detail-email");
    case "card_last_four":
      return t("exposure-detail-card-last-four");
    case "date_of_birth":
      return t("exposure-detail-date-of-birth");
    case "security_answers":
      return t("exposure-detail-security-answers");
    case "support_pin":
      return t("exposure-detail-support-pin");
  }
}

export function stakeName(s: Stake): string {
  switch (s) {
    case "money":
      return t("exposure-stake-money");
    case "email":
      return t("exposure-stake-email");
    case "phone":
      return t("exposure-stake-phone");
    case "shopping":
      return t("exposure-stake-shopping");
    case "other":
      return t("exposure-stake-other");
  }
}

/** "•••• 4821" for four digits (the masked form the core shows too). */
export function maskFour(digits: string): string {
  return `•••• ${digits.slice(-4)}`;
}

/** Four digits exactly: what the card fields take. */
export function isFourDigits(s: string): boolean {
  return /^\d{4}$/.test(s);
}
