// Checks that the window's Fluent library reads the shared catalogue (locales/<lang>/*.ftl)
// the way the core does: every file parses without junk, every language has English's ids, and
// every message and attribute renders in every language with sample arguments and no errors —
// and renders the same from the entries the window ships (parsed at build time and carried as
// JSON: the `?fluent` plugin in vite.config.ts).
// The full checks (placeholders, leftover English, unused ids) are tests/i18n_catalogue.rs.
// Run: npm --prefix ui run test
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FluentBundle, FluentResource } from "@fluent/bundle";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../locales");
const problems = [];
const bundles = {};
const shipped = {};
const ids = {};

for (const lang of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const asShipped = new FluentBundle(lang, { useIsolating: false });
  ids[lang] = new Set();
  for (const file of readdirSync(join(ROOT, lang)).filter((f) => f.endsWith(".ftl"))) {
    const source = readFileSync(join(ROOT, lang, file), "utf8");
    const resource = new FluentResource(source);
    for (const body of resource.body) ids[lang].add(body.id);
    // Junk (text the parser could not read) is silently dropped by FluentResource: count the
    // message-looking lines instead and compare.
    const declared = source.split("\n").filter((l) => /^[a-zA-Z][\w-]*\s*=/.test(l)).length;
    const read = resource.body.filter((m) => !m.id.startsWith("-")).length;
    if (declared !== read) problems.push(`${lang}/${file}: ${declared} messages written, ${read} read`);
    for (const err of bundle.addResource(resource)) problems.push(`${lang}/${file}: ${err.message}`);
    asShipped.addResource({ body: JSON.parse(JSON.stringify(resource.body)) });
  }
  bundles[lang] = bundle;
  shipped[lang] = asShipped;
}

// Every placeholder name the catalogue uses, each with a sample value (a number for counts).
const names = new Set();
for (const lang of Object.keys(bundles))
  for (const file of readdirSync(join(ROOT, lang)).filter((f) => f.endsWith(".ftl")))
    for (const m of readFileSync(join(ROOT, lang, file), "utf8").matchAll(/\$([a-zA-Z][\w-]*)/g)) names.add(m[1]);
const sample = (n) =>
  Object.fromEntries(
    [...names].map((name) => [name, /^(n|count)$|count$|minutes$|days$|hours$/.test(name) ? n : `⟨${name}⟩`]),
  );

for (const [lang, bundle] of Object.entries(bundles)) {
  for (const id of ids.en) if (!ids[lang].has(id)) problems.push(`${lang}: missing ${id}`);
  for (const id of ids[lang]) {
    const message = bundle.getMessage(id);
    const fromJson = shipped[lang].getMessage(id);
    const parts = (m) => [["", m?.value], ...Object.entries(m?.attributes ?? {})].filter(([, p]) => p);
    const jsonParts = new Map(parts(fromJson));
    for (const [attr, pattern] of parts(message)) {
      for (const n of [0, 1, 2, 21]) {
        const errors = [];
        const text = bundle.formatPattern(pattern, sample(n), errors);
        if (errors.length) problems.push(`${lang}: ${id}: ${errors.map((e) => e.message).join("; ")}`);
        if (text.trim() === "") problems.push(`${lang}: ${id} renders empty`);
        const json = jsonParts.get(attr);
        const same = json && shipped[lang].formatPattern(json, sample(n), []) === text;
        if (!same) problems.push(`${lang}: ${id}${attr && "." + attr} renders differently from the shipped entries`);
      }
    }
  }
}

if (problems.length) {
  const unique = [...new Set(problems)];
  console.error(`${unique.length} problems in locales/:\n${unique.join("\n")}`);
  process.exit(1);
}
console.log(
  `locales/: ${Object.keys(bundles).join(", ")} — ${ids.en.size} messages each, all render in @fluent/bundle, the same from the shipped entries`,
);
