// Words and dates the complaint views share: a local date ("2026-03-02", the jurisdiction's day)
// in the window's language, the letters' names, countries and kinds of company.
import type { LetterKind } from "../../bindings/LetterKind";
import { getLang, hasMessage, labelMap, locale, t, type MessageKey } from "../../i18n";

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A date without a time (`YYYY-MM-DD`, a day where the company is) as "2 Mar 2026": read as
 * that calendar day, never shifted by the computer's time zone. */
export function formatDay(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return ymd;
  const loc = locale();
  let f = dayFormats.get(loc);
  if (!f) {
    f = new Intl.DateTimeFormat(loc, { dateStyle: "medium", timeZone: "UTC" });
    dayFormats.set(loc, f);
  }
  return f.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** The local date (`YYYY-MM-DD`) of an instant on this computer, as a date field shows it. */
export function localDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const LETTER_LABELS: Record<LetterKind, string> = labelMap({
  complaint: "complaintPanel-letterComplaint",
  chaser: "complaintPanel-letterChaser",
  referral: "complaintPanel-letterReferral",
});

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** A country (or "EU") in the window's language; the code itself if the system has no name. */
export function regionName(code: string): string {
  const lang = getLang();
  if (!regionNames.has(lang)) {
    try {
      regionNames.set(lang, new Intl.DisplayNames([lang], { type: "region" }));
    } catch {
      regionNames.set(lang, null);
    }
  }
  try {
    return regionNames.get(lang)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The kind of company, by the rules' sector names (`complaintSector-…`); "something else"
 * for a sector Steward has no name for. */
export function sectorName(sector: string | null): string {
  const id = `complaintSector-${sector ?? "other"}`;
  return hasMessage(id) ? t(id as MessageKey) : t("complaintSector-other");
}

/** "United Kingdom, bank, lender or insurer". */
export function placeName(jurisdiction: string | null, sector: string | null): string {
  const where = jurisdiction ? regionName(jurisdiction) : t("complaintMark-noCountry");
  return t("complaintPanel-place", { country: where, sector: sectorName(sector) });
}
