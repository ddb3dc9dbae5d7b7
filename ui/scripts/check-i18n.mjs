// Checks that the window's Fluent library reads the shared catalogue (locales/<lang>/*.ftl)
// the way the core does: every file parses without junk, every language has English's ids, and
// every message and attribute renders in every language with sample arguments and no errors.
// The full checks (placeholders, leftover English, unused ids) are tests/i18n_catalogue.rs.
// Run: npm --prefix ui run test
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { FluentBundle, FluentResource } from "@fluent/bundle";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../locales");
const problems = [];
const bundles = {};
const ids = {};

for (const lang of readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  const bundle = new FluentBundle(lang, { useIsolating: false });
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
  }
  bundles[lang] = bundle;
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
    const patterns = [message.value, ...Object.values(message.attributes)].filter(Boolean);
    for (const pattern of patterns) {
      for (const n of [0, 1, 2, 21]) {
        const errors = [];
        const text = bundle.formatPattern(pattern, sample(n), errors);
        if (errors.length) problems.push(`${lang}: ${id}: ${errors.map((e) => e.message).join("; ")}`);
        if (text.trim() === "") problems.push(`${lang}: ${id} renders empty`);
      }
    }
  }
}

if (problems.length) {
  console.error(`${problems.length} problems in locales/:\n${problems.join("\n")}`);
  process.exit(1);
}
console.log(
  `locales/: ${Object.keys(bundles).join(", ")} — ${ids.en.size} messages each, all render in @fluent/bundle`,
);
