// Words the wizard shows that are not in the core's guide: step and method names for lists.
import type { EnrolStep } from "../../bindings/EnrolStep";
import type { Method } from "../../bindings/Method";

export const STEP_NAMES: Record<EnrolStep, string> = {
  choose_method: "Choosing a method",
  enter_phone: "Phone number",
  enter_phone_code: "Code from the phone",
  add_authenticator: "Adding to the authenticator",
  confirm_authenticator: "Confirming the authenticator",
  on_website: "On the website",
  test_sign_in: "Test sign-in",
  backup_codes: "Backup codes",
  summary: "Finished",
};

const METHOD_NAMES: Record<Method, string> = {
  security_key: "Security key",
  totp: "Authenticator app (codes)",
  custom_hardware: "Hardware token",
  custom_software: "The service's own app",
  call: "Phone call",
  sms: "Text message (SMS)",
  email: "E-mail",
};

export const methodName = (m: Method): string => METHOD_NAMES[m];

/** A date and time in the customer's own format. */
export function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** Seconds from now until `iso` (0 when it is past or absent). */
export function secondsUntil(iso: string | null, now: number): number {
  if (!iso) return 0;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : Math.max(0, Math.ceil((t - now) / 1000));
}

/** "2 min 5 s", "40 s". */
export function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}
