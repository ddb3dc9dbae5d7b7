// The window's languages: the same Project Fluent catalogue the core and the CLI use,
// locales/<lang>/*.ftl at the repository root (English the reference), bundled at build time.
// Adding a language is adding a folder there (see locales/README.md); nothing to edit here.
// `MessageId` is generated from the English files (cargo test export_bindings), so a missing
// id fails tsc; tests/i18n_catalogue.rs checks every language against English.
import { FluentBundle, type FluentResource, type FluentVariable } from "@fluent/bundle";
import type { MessageId } from "../bindings/MessageId";
import type { ErrorInfo } from "../bindings/ErrorInfo";
import { benchMark } from "../benchMarks";

export type MessageKey = MessageId;

// cli.ftl and cli-help.ftl (`--help`) are the command line's alone: the window never shows them.
// English (the reference and every language's fallback) and each language's meta.ftl (its name,
// for the selector) are in the first script; the other languages' files are fetched when the
// language is first chosen (`loadLang`), so a launch in English does not carry them: they were
// a third of the start script (BENCHMARKS.md, first paint).
// Each file comes parsed (its FluentResource's entries: the `?fluent` plugin in vite.config.ts).
type Entries = FluentResource["body"];
const EAGER = import.meta.glob<Entries>(
  [
    "../../../locales/en/*.ftl",
    "../../../locales/*/meta.ftl",
    "!../../../locales/*/cli.ftl",
    "!../../../locales/*/cli-help.ftl",
  ],
  { query: "?fluent", import: "default", eager: true },
);
const LAZY = import.meta.glob<Entries>(
  [
    "../../../locales/*/*.ftl",
    "!../../../locales/en/*.ftl",
    "!../../../locales/*/meta.ftl",
    "!../../../locales/*/cli.ftl",
    "!../../../locales/*/cli-help.ftl",
  ],
  { query: "?fluent", import: "default" },
);

const langOf = (path: string) => path.split("/").slice(-2)[0];

/** Each language's files; put into a bundle the first time the language is used (most launches
 * use one language, or two with the English fallback). */
const SOURCES: Record<string, { path: string; body: Entries }[]> = {};
for (const [path, body] of Object.entries(EAGER)) {
  (SOURCES[langOf(path)] ??= []).push({ path, body });
}
/** Languages whose files are all here (English from the start, others once loaded). */
const LOADED = new Set<string>(["en"]);
const BUNDLES: Record<string, FluentBundle> = {};

function bundleFor(lang: string, only?: (path: string) => boolean): FluentBundle | undefined {
  if (!SOURCES[lang]) return undefined;
  benchMark(`catalogue>${lang}${only ? "-names" : ""}`);
  // No Unicode isolation marks: the window lays text out itself, and tests read it as typed.
  const bundle = new FluentBundle(lang, { useIsolating: false });
  for (const { path, body } of SOURCES[lang]) {
    if (!only || only(path)) bundle.addResource({ body });
  }
  benchMark(`catalogue<${lang}${only ? "-names" : ""}`);
  return bundle;
}

function bundle(lang: string): FluentBundle | undefined {
  // A language not loaded yet is not parsed (nor kept half): English stands in meanwhile.
  if (!LOADED.has(lang)) return undefined;
  return (BUNDLES[lang] ??= bundleFor(lang) as FluentBundle);
}

/** Fetches a language's catalogue (once); English and unknown languages have nothing to fetch. */
export async function loadLang(lang: string): Promise<void> {
  if (LOADED.has(lang) || !SOURCES[lang]) return;
  const files = Object.entries(LAZY).filter(([path]) => langOf(path) === lang);
  const loaded = await Promise.all(files.map(async ([path, load]) => ({ path, body: await load() })));
  if (LOADED.has(lang)) return;
  SOURCES[lang].push(...loaded);
  LOADED.add(lang);
}

const NAMES: Record<string, FluentBundle | undefined> = {};

/** A language the catalogue has (a folder of locales/); only `isLang` and `LANGS` make one. */
export type Lang = string & { readonly __lang: never };
/** Every language the catalogue has, English first. */
export const LANGS = Object.keys(SOURCES).sort((a, b) =>
  a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b),
) as Lang[];
const ENGLISH = "en" as Lang;

/** The language's own name ("Tiếng Việt"), for the selector. */
export function languageName(lang: Lang): string {
  // From the language's meta.ftl only: the selector lists every language, and naming one
  // should not parse its whole catalogue.
  const names = lang in NAMES ? NAMES[lang] : (NAMES[lang] = bundleFor(lang, (p) => p.endsWith("/meta.ftl")));
  const message = names?.getMessage("language-name");
  return (message?.value && names?.formatPattern(message.value)) || lang;
}

export function isLang(v: unknown): v is Lang {
  return typeof v === "string" && Object.prototype.hasOwnProperty.call(SOURCES, v);
}

/** The language the system asks for: the first of navigator.languages that Steward has. */
export function systemLang(): Lang {
  const wanted = typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of wanted) {
    const base = (tag ?? "").toLowerCase().split("-")[0];
    if (isLang(base)) return base;
  }
  return ENGLISH;
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

function format(lang: Lang, id: string, params?: Params, attr?: string): string | undefined {
  for (const l of lang === ENGLISH ? [ENGLISH] : [lang, ENGLISH]) {
    const b = bundle(l);
    const message = b?.getMessage(id);
    const pattern = attr ? message?.attributes[attr] : message?.value;
    if (!b || !pattern) continue;
    const args: Record<string, FluentVariable> = {};
    for (const [k, v] of Object.entries(params ?? {})) args[k] = v;
    return b.formatPattern(pattern, args);
  }
  return undefined;
}

/** The message `id` in the active language (English if missing there), with its `{ $name }`
 * placeholders filled in from `params`; a plural picks its form by the number it selects on. */
export function t(id: MessageKey, params?: Params): string {
  return format(current, id, params) ?? id;
}

/** Whether the catalogue has a message (for ids that come from the core, such as error codes). */
export function hasMessage(id: string): boolean {
  return bundle(ENGLISH)?.hasMessage(id) ?? false;
}

function argsOf(args: ErrorInfo["args"] | undefined): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(args ?? {})) if (v !== undefined) out[k] = v;
  return out;
}

/** An error from the core in the active language: its code and arguments rendered from the
 * catalogue (`.hint-window`, else `.hint`, for the hint); the core's own words when the
 * catalogue doesn't have the code. */
export function errorText(e: ErrorInfo): { message: string; hint: string | null } {
  if (!hasMessage(e.code)) return { message: e.message, hint: e.hint };
  const params = argsOf(e.args);
  return {
    message: format(current, e.code, params) ?? e.message,
    hint: format(current, e.code, params, "hint-window") ?? format(current, e.code, params, "hint") ?? e.hint,
  };
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
