// Labels and formatting. Time is stored in UTC (RFC 3339) and always shown in local time.
import type { CaseStatus } from "./bindings/CaseStatus";
import type { Channel } from "./bindings/Channel";
import type { Direction } from "./bindings/Direction";
import { labelMap, locale, t } from "./i18n";

export const STATUS_LABELS: Record<CaseStatus, string> = labelMap({
  open: "status-open",
  waiting_on_them: "status-waiting_on_them",
  waiting_on_me: "status-waiting_on_me",
  escalated: "status-escalated",
  resolved: "status-resolved",
});

export const CHANNEL_LABELS: Record<Channel, string> = labelMap({
  phone: "channel-phone",
  chat: "channel-chat",
  email: "channel-email",
  portal: "channel-portal",
  social: "channel-social",
  in_person: "channel-in_person",
  letter: "channel-letter",
});

export const DIRECTION_LABELS: Record<Direction, string> = labelMap({
  outbound: "direction-outbound",
  inbound: "direction-inbound",
  unsolicited: "direction-unsolicited",
});

export const STATUSES = Object.keys(STATUS_LABELS) as CaseStatus[];
export const CHANNELS = Object.keys(CHANNEL_LABELS) as Channel[];
export const DIRECTIONS = Object.keys(DIRECTION_LABELS) as Direction[];

// Date formatters for the active locale, made once per locale.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(kind: "dateTime" | "date" | "weekday"): Intl.DateTimeFormat {
  const loc = locale();
  const cacheKey = `${kind}|${loc}`;
  let f = formatters.get(cacheKey);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      kind === "dateTime"
        ? { dateStyle: "medium", timeStyle: "short" }
        : kind === "date"
          ? { dateStyle: "medium" }
          : { weekday: "long" };
    f = new Intl.DateTimeFormat(loc, options);
    formatters.set(cacheKey, f);
  }
  return f;
}

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "21 Nov 2025, 14:05" in the user's locale and time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  const d = parse(iso);
  return d ? dateFormatter("dateTime").format(d) : "";
}

export function formatDate(iso: string | null | undefined): string {
  const d = parse(iso);
  return d ? dateFormatter("date").format(d) : "";
}

/** "Friday, 21 Nov 2025, 14:05" — for the timeline, where the weekday helps memory. */
export function formatLongDateTime(iso: string | null | undefined): string {
  const d = parse(iso);
  return d ? `${dateFormatter("weekday").format(d)}, ${dateFormatter("dateTime").format(d)}` : "";
}

/** Short relative form for the case list: "today", "yesterday", "3 days ago", else the date. */
export function formatRelativeDay(iso: string | null | undefined, now = new Date()): string {
  const d = parse(iso);
  if (!d) return "";
  const startOf = (x: Date) => new Date(x.getFullYear(), x.getMonth(), x.getDate()).getTime();
  const days = Math.round((startOf(now) - startOf(d)) / 86_400_000);
  if (days === 0) return t("format-today");
  if (days === 1) return t("format-yesterday");
  if (days > 1 && days < 7) return t("format-daysAgo", { n: days });
  return dateFormatter("date").format(d);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A Date as the value of an <input type="datetime-local"> (local time, minutes). */
export function toLocalInputValue(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of a datetime-local input (local time) as a UTC RFC 3339 string, or null if blank
 * or not a valid date. */
export function localInputToUtc(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Numbers that cross IPC as Rust i64 may be typed `bigint` by ts-rs but arrive as JSON numbers. */
export function num(n: number | bigint): number {
  return Number(n);
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface SnippetPart {
  text: string;
  matched: boolean;
}

/** Splits a search snippet whose matches are wrapped in `[` and `]` into plain and matched
 * parts. A bracket without its partner is kept as ordinary text. */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let i = 0;
  let plain = "";
  while (i < snippet.length) {
    const open = snippet.indexOf("[", i);
    if (open === -1) break;
    const close = snippet.indexOf("]", open + 1);
    if (close === -1) break;
    plain += snippet.slice(i, open);
    const inner = snippet.slice(open + 1, close);
    if (inner.length === 0) {
      plain += "[]";
    } else {
      if (plain) parts.push({ text: plain, matched: false });
      plain = "";
      parts.push({ text: inner, matched: true });
    }
    i = close + 1;
  }
  plain += snippet.slice(i);
  if (plain) parts.push({ text: plain, matched: false });
  return parts;
}

/** Splits free text into non-empty trimmed entries, one per line (and comma, if asked). */
export function splitList(text: string, commas: boolean): string[] {
  return text
    .split(commas ? /[\n,]/ : /\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Splits verbatim text (error messages, quotes) one per line, keeping the text exactly as typed
 * apart from dropping blank lines and the line break itself. */
export function splitVerbatim(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((s) => s.trim().length > 0);
}

export function orNull(s: string): string | null {
  const t = s.trim();
  return t.length > 0 ? t : null;
}
