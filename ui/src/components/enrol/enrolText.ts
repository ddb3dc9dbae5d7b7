// Words the wizard shows that are not in the core's guide: step names for lists, method names
// (the catalogue's, the same words the core uses), dates and durations.
import type { EnrolPlanOption } from "../../bindings/EnrolPlanOption";
import type { EnrolStep } from "../../bindings/EnrolStep";
import type { Enrolment } from "../../bindings/Enrolment";
import type { Method } from "../../bindings/Method";
import { useEffect, useState } from "preact/hooks";
import { api } from "../../api";
import { labelMap, locale, t } from "../../i18n";
import { onLockForget } from "../../lockApi";

export const STEP_NAMES: Record<EnrolStep, string> = labelMap({
  choose_method: "step-choose_method",
  enter_phone: "step-enter_phone",
  enter_phone_code: "step-enter_phone_code",
  add_authenticator: "step-add_authenticator",
  confirm_authenticator: "step-confirm_authenticator",
  on_website: "step-on_website",
  test_sign_in: "step-test_sign_in",
  backup_codes: "step-backup_codes",
  summary: "step-summary",
});

const METHOD_NAMES: Record<Method, string> = labelMap({
  passkey: "enrol-method-passkey",
  security_key: "enrol-method-security-key",
  totp: "enrol-method-totp",
  custom_hardware: "enrol-method-custom-hardware",
  custom_software: "enrol-method-custom-software",
  call: "enrol-method-call",
  sms: "enrol-method-sms",
  email: "enrol-method-email",
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
  if (seconds < 60) return t("enrolText-s", { s: seconds });
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s === 0 ? t("enrolText-min", { m }) : t("enrolText-minS", { m, s });
}

/** A path's title: the core's (`PlanOption.title`), written in the window's language. */
export function pathTitle(o: EnrolPlanOption): string {
  return o.title;
}

/** Numbers as people read them (+84 912 345 678), by their E.164 form, read once per window. */
const SHOWN = new Map<string, string>();
// Phone numbers are the customer's: they go when the app locks.
onLockForget(() => SHOWN.clear());

/** The numbers refused for phone codes in this enrolment, as people read them: from the enrolment
 * when it still holds that number, else asked of the core's phone checker (E.164 until it says). */
export function useRefusedNumbers(e: Enrolment): string[] {
  const numbers: string[] = [];
  for (const b of e.blocked) {
    if (b.number && !numbers.includes(b.number)) numbers.push(b.number);
  }
  if (e.phone && numbers.includes(e.phone.e164)) SHOWN.set(e.phone.e164, e.phone.international);
  const [, setRead] = useState(0);
  const key = numbers.join(",");
  useEffect(() => {
    let live = true;
    for (const n of key ? key.split(",") : []) {
      if (SHOWN.has(n)) continue;
      api
        .phoneCheck(n, null)
        .then((c) => {
          if (c.number) SHOWN.set(n, c.number.international);
          if (live) setRead((x) => x + 1);
        })
        // The E.164 form stays: it is the same number, only less easy to read.
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [key]);
  return numbers.map((n) => SHOWN.get(n) ?? n);
}
