// Checks the UI's message catalogues (src/i18n/*.json) against English, the reference:
// every key in every language, no empty or leftover-English values (bar an allowlist), the same
// {placeholders}, and the same plural shape. Run: npm --prefix ui run test
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "../src/i18n");
// Values that are rightly the same in every language (brand names, acronyms, formats).
const SAME_OK = new Set([
  "E-mail",
  "PDF",
  "TOTP",
  "HOTP",
  "OK",
  "Steam Guard",
  "Steward",
  "{m} min",
  "Google Authenticator",
  "Aegis",
  "2FAS",
  "otpauth://",
  "Markdown",
  "JSON",
  "HTML",
  "QR",
  "URI",
]);

const load = (lang) => JSON.parse(readFileSync(join(DIR, `${lang}.json`), "utf8"));
const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(",");
const forms = (v) => (typeof v === "string" ? { other: v } : v);

const en = load("en");
const langs = readdirSync(DIR)
  .filter((f) => f.endsWith(".json") && f !== "en.json")
  .map((f) => f.slice(0, -5))
  .sort();
const problems = [];
const keys = Object.keys(en);

for (const [key, value] of Object.entries(en)) {
  for (const [form, text] of Object.entries(forms(value))) {
    if (typeof text !== "string" || text.trim() === "") problems.push(`en: ${key}.${form} is empty`);
  }
}
for (const lang of langs) {
  const msgs = load(lang);
  for (const key of keys) {
    if (!(key in msgs)) {
      problems.push(`${lang}: missing ${key}`);
      continue;
    }
    const ref = en[key];
    const val = msgs[key];
    if (typeof ref !== typeof val) {
      problems.push(`${lang}: ${key} is ${typeof val === "string" ? "not plural" : "plural"} in ${lang} but not in en`);
      continue;
    }
    const refForms = forms(ref);
    const valForms = forms(val);
    if (!("other" in valForms)) problems.push(`${lang}: ${key} has no "other" form`);
    const refPh = placeholders(refForms.other);
    for (const [form, text] of Object.entries(valForms)) {
      if (typeof text !== "string" || text.trim() === "") {
        problems.push(`${lang}: ${key}${typeof val === "string" ? "" : `.${form}`} is empty`);
        continue;
      }
      if (placeholders(text) !== refPh) {
        problems.push(`${lang}: ${key} has placeholders {${placeholders(text)}}, en has {${refPh}}`);
      }
      const english = refForms[form] ?? refForms.other;
      if (text === english && !SAME_OK.has(text)) problems.push(`${lang}: ${key} is not translated ("${text}")`);
    }
  }
  for (const key of Object.keys(msgs)) {
    if (!(key in en)) problems.push(`${lang}: ${key} is not in en (unused?)`);
  }
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  console.error(`i18n: ${problems.length} problem(s) in ${keys.length} keys`);
  process.exit(1);
}
console.log(`i18n: ${keys.length} keys in en and ${langs.join(", ")}, none missing or untranslated`);
