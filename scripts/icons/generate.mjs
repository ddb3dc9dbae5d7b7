#!/usr/bin/env node
// Regenerates Steward's vendored service icons from the simple-icons npm package (CC0-1.0):
//
//   npm --prefix scripts/icons ci && node scripts/icons/generate.mjs
//
// Writes
//   src/otp/icons/index.tsv   what the core matches on (slug, title, hex, aliases, domains)
//   ui/public/icons/<slug>.svg one white-filled SVG per shipped icon (the window masks it in
//                              the colour it chooses), loaded only when an account shows it
//   scripts/icons/review.txt   every directory service matched by name, for a human to review
//                              (same-named brands that are another company go in allowlist.json
//                              "exclude")
//
// Which icons ship: those whose name (title or alias, normalised as the core does) is the name
// of a service in the 2fa.directory snapshot (tests/fixtures/corpus/2fa-directory/all.v3.json),
// plus allowlist.json "include". That keeps the set to services Steward knows (a few hundred of
// simple-icons' ~3,500). Icons with a licence of their own other than CC0-1.0 are left out (see
// docs/icons.md). Reads only files inside the repository.

import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const pkgDir = join(here, "node_modules", "simple-icons");
const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
const icons = JSON.parse(readFileSync(join(pkgDir, "data", "simple-icons.json"), "utf8"));
const directory = JSON.parse(
  readFileSync(join(root, "tests/fixtures/corpus/2fa-directory/all.v3.json"), "utf8"),
);
const allow = JSON.parse(readFileSync(join(here, "allowlist.json"), "utf8"));

// The same normalisation as `steward::otp::icons::normalise` (src/otp/icons.rs): lowercase,
// words split on anything not a letter or digit, a leading "www" and a trailing web suffix
// (".com") or company form ("Inc.") dropped, the words joined.
const SUFFIXES = new Set(["inc", "llc", "ltd", "limited", "corp", "corporation", "gmbh", "plc", "co", "com", "net", "org", "io", "app"]);
export function normalise(s) {
  const words = s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  while (words.length > 1 && words[0] === "www") words.shift();
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join("");
}

const usable = (icon) => !icon.license || icon.license.type === "CC0-1.0";
const bySlug = new Map(icons.map((i) => [i.slug, i]));
const names = (icon) => [
  icon.title,
  ...(icon.aliases?.aka ?? []),
  ...(icon.aliases?.dup ?? []).map((d) => d.title),
  ...Object.values(icon.aliases?.loc ?? {}),
  ...(allow.aliases[icon.slug] ?? []),
];

// name key -> slug: titles first, then aliases; the first icon to claim a name keeps it (as in
// the core).
const byName = new Map();
const skippedLicence = icons.filter((i) => !usable(i)).map((i) => `${i.slug} (${i.license.type})`);
for (const pass of [(i) => [i.title], (i) => names(i).slice(1)]) {
  for (const icon of icons.filter(usable)) {
    for (const n of pass(icon)) {
      const k = normalise(n);
      if (k && !byName.has(k)) byName.set(k, icon.slug);
    }
  }
}

const chosen = new Map(); // slug -> Set(domains)
const review = [];
const add = (slug, domains) => {
  if (!chosen.has(slug)) chosen.set(slug, new Set());
  for (const d of domains) chosen.get(slug).add(d.toLowerCase());
};
for (const [name, entry] of directory) {
  const slug = byName.get(normalise(name));
  if (!slug) continue;
  if (allow.exclude[name]) {
    review.push(`EXCLUDED\t${name}\t${entry.domain}\t${slug}\t${allow.exclude[name]}`);
    continue;
  }
  const icon = bySlug.get(slug);
  review.push(`${name}\t${entry.domain}\t${slug}\t${icon.title}\t${icon.source}`);
  add(slug, [entry.domain, ...(entry["additional-domains"] ?? [])]);
}
const missing = [];
for (const [slug, domains] of Object.entries(allow.include)) {
  const icon = bySlug.get(slug);
  if (!icon || !usable(icon)) {
    missing.push(slug);
    continue;
  }
  add(slug, domains);
}

// A domain names one service: when two icons claim it, neither gets it.
const owners = new Map();
for (const [slug, domains] of chosen) for (const d of domains) owners.set(d, owners.has(d) ? null : slug);

const clean = (s) => s.replace(/[\t\n|]/g, " ");
// A name reviewed as another company's never leads to an icon, even as an alias of a shipped one.
const excluded = new Set(Object.keys(allow.exclude).map(normalise));
for (const slug of chosen.keys()) {
  if (excluded.has(normalise(bySlug.get(slug).title))) throw new Error(`${slug} is shipped but its title is excluded`);
}
const lines = [...chosen.keys()].sort().map((slug) => {
  const icon = bySlug.get(slug);
  const aliases = names(icon).slice(1).filter((n) => !excluded.has(normalise(n))).map(clean);
  const domains = [...chosen.get(slug)].filter((d) => owners.get(d) === slug).sort();
  return [slug, clean(icon.title), icon.hex.toUpperCase(), aliases.join("|"), domains.join("|")].join("\t");
});
const header = [
  `# Service icons for Steward, generated by scripts/icons/generate.mjs from the npm package`,
  `# simple-icons ${pkg.version} (licence ${pkg.license}; see docs/icons.md for the brands' disclaimer).`,
  `# ${lines.length} icons: the 2fa.directory services that simple-icons names, and scripts/icons/allowlist.json.`,
  `# slug<TAB>title<TAB>hex<TAB>aliases (|)<TAB>domains (|)`,
];
mkdirSync(join(root, "src/otp/icons"), { recursive: true });
writeFileSync(join(root, "src/otp/icons/index.tsv"), [...header, ...lines].join("\n") + "\n");

// One small SVG per icon: the path only, filled white (a mask's shape; the window colours it).
const out = join(root, "ui/public/icons");
mkdirSync(out, { recursive: true });
for (const f of readdirSync(out)) if (f.endsWith(".svg")) rmSync(join(out, f));
let bytes = 0;
for (const slug of chosen.keys()) {
  const svg = readFileSync(join(pkgDir, "icons", `${slug}.svg`), "utf8");
  const d = /<path d="([^"]+)"/.exec(svg)?.[1];
  if (!d) throw new Error(`no path in ${slug}.svg`);
  const text = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="#fff"><path d="${d}"/></svg>\n`;
  bytes += text.length;
  writeFileSync(join(out, `${slug}.svg`), text);
}

writeFileSync(
  join(here, "review.txt"),
  `# directory name\tdomain\tslug\tsimple-icons title\tsimple-icons source — review that each is the same company\n` +
    review.join("\n") +
    `\n\n# left out for their own licence (${skippedLicence.length}): ${skippedLicence.join(", ")}\n`,
);
console.log(
  `simple-icons ${pkg.version}: ${lines.length} icons (${review.length} directory matches), ${bytes} bytes of SVG;` +
    (missing.length ? ` allowlist slugs not in the package: ${missing.join(", ")}` : ""),
);
