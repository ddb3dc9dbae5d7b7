// Words the wizard shows that are not in the core's guide: step and method names for lists.
import type { EnrolStep } from "../../bindings/EnrolStep";
import type { Method } from "../../bindings/Method";
import { labelMap, locale, t } from "../../i18n";

export const STEP_NAMES: Record<EnrolStep, string> = labelMap({
  choose_method: "step.choose_method",
  enter_phone: "step.enter_phone",
  enter_phone_code: "step.enter_phone_code",
  add_authenticator: "step.add_authenticator",
  confirm_authenticator: "step.confirm_authenticator",
  on_website: "step.on_website",
  test_sign_in: "step.test_sign_in",
  backup_codes: "step.backup_codes",
  summary: "step.summary",
});

const METHOD_NAMES: Record<Method, string> = labelMap({
  security_key: "method.security_key",
  totp: "method.totp",
  custom_hardware: "method.custom_hardware",
  custom_software: "method.custom_software",
  call: "method.call",
  sms: "method.sms",
  email: "channel.email",
});

export const methodName = (m: Method): string => METHOD_NAMES[m];

/** A date and time in the customer's own format. */
export function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(locale(), { dateStyle: "medium", timeStyle: "short" });
}

/** Seconds from now until `iso` (0 when it is past or absent). */
export function secondsUntil(iso: string | null, now: number): number {
  if (!iso) return 0;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : Math.max(0, Math.ceil((t - now) / 1000));
}

/** "2 min 5 s", "40 s". */
export function duration(seconds: number): string {
  if (seconds < 60) return t("enrolText.s", { s: seconds });
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s === 0 ? t("enrolText.min", { m }) : t("enrolText.minS", { m, s });
}
