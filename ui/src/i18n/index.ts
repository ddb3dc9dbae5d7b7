// The UI's languages. Each language is one JSON catalogue in this folder with the same keys as
// en.json (English is the reference; `Messages` is its type, so a missing key fails tsc).
// Adding a language: add xx.json and one line to LANGUAGES below.
// Messages that come from the Rust core (errors, enrolment guides, findings) stay English.
import en from "./en.json";
import vi from "./vi.json";

export type Messages = typeof en;
export type MessageKey = keyof Messages;

/** A plural message: Intl.PluralRules categories ("one", "other", …); "other" is required. */
type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

interface Language {
  /** The language's own name, shown in the selector. */
  name: string;
  messages: Messages;
}

export const LANGUAGES = {
  en: { name: "English", messages: en },
  vi: { name: "Tiếng Việt", messages: vi },
} satisfies Record<string, Language>;

export type Lang = keyof typeof LANGUAGES;
export const LANGS = Object.keys(LANGUAGES) as Lang[];

export function isLang(v: unknown): v is Lang {
  return typeof v === "string" && Object.prototype.hasOwnProperty.call(LANGUAGES, v);
}

/** The language the system asks for: the first of navigator.languages that Steward has. */
export function systemLang(): Lang {
  const wanted = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of wanted) {
    const base = (tag ?? "").toLowerCase().split("-")[0];
    if (isLang(base)) return base;
  }
  return "en";
}

let current: Lang = systemLang();
const listeners = new Set<(lang: Lang) => void>();

export function getLang(): Lang {
  return current;
}

/** The BCP 47 locale for Intl formatting: the system's own variant of the active language when it
 * has one (e.g. en-GB dates for a British system), else the bare language. */
export function locale(): string {
  const wanted = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  const match = wanted.find((tag) => (tag ?? "").toLowerCase().split("-")[0] === current);
  return match ?? current;
}

/** Switches the language: sets <html lang> and re-renders whoever listens (the App). */
export function setLang(lang: Lang): void {
  current = lang;
  if (typeof document !== "undefined") document.documentElement.lang = lang;
  for (const l of listeners) l(lang);
}

export function onLangChange(listener: (lang: Lang) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Params = Record<string, string | number>;

function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? formatParam(params[name]) : whole,
  );
}

function formatParam(v: string | number | undefined): string {
  return typeof v === "number" ? formatNumber(v) : (v ?? "");
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(n: number): Intl.LDMLPluralRule {
  const loc = locale();
  let rules = pluralRules.get(loc);
  if (!rules) {
    rules = new Intl.PluralRules(loc);
    pluralRules.set(loc, rules);
  }
  return rules.select(n);
}

/** The message `key` in the active language (English if missing), with `{name}` filled in from
 * `params`. A plural message ({one, other}) picks its form by `params.n`. */
export function t(key: MessageKey, params?: Params): string {
  const raw = (LANGUAGES[current].messages[key] ?? en[key]) as string | PluralForms;
  if (typeof raw === "string") return interpolate(raw, params);
  const n = Number(params?.n ?? 0);
  return interpolate(raw[pluralCategory(n)] ?? raw.other, params);
}

const numberFmts = new Map<string, Intl.NumberFormat>();

/** A number by the active locale's rules ("1,234" / "1.234"). */
export function formatNumber(n: number): string {
  const loc = locale();
  let f = numberFmts.get(loc);
  if (!f) {
    f = new Intl.NumberFormat(loc);
    numberFmts.set(loc, f);
  }
  return f.format(n);
}

/** A map from values to messages that reads the active language on every access (getters), so
 * call sites can stay `LABELS[value]`. */
export function labelMap<K extends string>(keys: Record<K, MessageKey>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const k of Object.keys(keys) as K[]) {
    Object.defineProperty(out, k, { enumerable: true, get: () => t(keys[k]) });
  }
  return out;
}
