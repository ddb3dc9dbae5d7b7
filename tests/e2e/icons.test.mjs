// Service icons in the real window: GitHub and Google get their brand icons (vendored SVGs the
// window loads from its own assets, no network), an unknown "Acme Credit Union" gets a monogram
// whose white text passes the axe contrast audit; in the dark theme GitHub's near-black icon
// switches to the text colour while Google keeps its blue. Screenshot docs/authenticator-icons.png.

import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { audit, firstScreen, ROOT, SCREENSHOTS, startHarness, tid } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

// The directory (for the enrolment wizard's service search) is the repository's snapshot, saved
// as a fresh copy; its download address is a closed local port.
const DIRECTORY_URL = "http://127.0.0.1:9/all.v3.json";

let h;
before(async () => {
  h = await startHarness({ name: "icons", extraEnv: { STEWARD_DIRECTORY_URL: DIRECTORY_URL } });
  const dir = join(h.dataDir, "directory");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "all.v3.json"), readFileSync(join(ROOT, "tests", "fixtures", "corpus", "2fa-directory", "all.v3.json")));
  writeFileSync(join(dir, "meta.json"), JSON.stringify({ url: DIRECTORY_URL, fetched_at: new Date().toISOString(), etag: null }));
});
after(async () => {
  await h?.stop();
});

const ACCOUNTS = [
  ["GitHub", "alice@example.com", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"],
  ["Google", "alice@gmail.com", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"],
  ["Acme Credit Union", "alice", "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU"],
];

async function itemFor(s, issuer) {
  return waitFor(
    async () => {
      for (const item of await s.findAll(tid("otp-item"))) {
        const name = (await s.text(await s.find(".otp-issuer", item))).replace(/^[★☆]\s*/, "").trim();
        if (name.endsWith(issuer)) return item;
      }
      return null;
    },
    { what: `the ${issuer} account` },
  );
}

async function add(s, issuer, name, secret) {
  await s.click(await s.waitFor(tid("otp-add")));
  await s.waitFor(tid("otp-add-dialog"));
  await s.click(await s.find(tid("otp-add-way-link")));
  const label = encodeURIComponent(`${issuer}:${name}`);
  await s.type(await s.waitFor(tid("otp-add-link")), `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`);
  await s.click(await s.find(tid("otp-add-submit")));
  assert.match(await s.text(await s.waitFor(tid("otp-report-summary"))), /Added 1 account/);
  await s.click(await s.find(tid("otp-add-done")));
}

/** The computed background colour of the icon in the account's row. */
const iconColour = (s, slug) =>
  s.execute(`return getComputedStyle(document.querySelector('[data-testid="service-icon"][data-slug="${slug}"]')).backgroundColor;`);

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

test("authenticator: brand icons for known services, a monogram for an unknown one", async () => {
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  await s.click(await s.waitFor(tid("open-authenticator")));
  await s.waitFor(tid("otp-view"));
  for (const [issuer, name, secret] of ACCOUNTS) await add(s, issuer, name, secret);

  const gh = await itemFor(s, "GitHub");
  const ghIcon = await s.find(tid("service-icon"), gh);
  assert.equal(await s.cmd("GET", `/element/${ghIcon}/attribute/data-slug`), "github");
  assert.equal(await s.cmd("GET", `/element/${ghIcon}/attribute/aria-hidden`), "true");
  const google = await itemFor(s, "Google");
  assert.equal(await s.cmd("GET", `/element/${await s.find(tid("service-icon"), google)}/attribute/data-slug`), "google");
  const acme = await itemFor(s, "Acme Credit Union");
  assert.equal((await s.findAll(tid("service-icon"), acme)).length, 0, "no icon for an unknown service");
  const mono = await s.find(tid("service-monogram"), acme);
  assert.equal(await s.cmd("GET", `/element/${mono}/attribute/data-letters`), "AC");
  assert.equal(await s.execute(`return getComputedStyle(arguments[0], "::before").content;`, [{ "element-6066-11e4-a52e-4f735466cecf": mono }]), '"AC"');
  // The name stays the heading's only text (the letters are drawn by CSS).
  assert.match(await s.text(await s.find(".otp-issuer", acme)), /^[★☆]?\s*Acme Credit Union$/);

  // The icon is drawn from the window's own assets: the SVG loads, and the mask names it.
  const loaded = await s.executeAsync(`
    const done = arguments[arguments.length - 1];
    const img = new Image();
    img.onload = () => done(img.naturalWidth > 0 ? "ok" : "empty");
    img.onerror = () => done("error");
    img.src = "/icons/github.svg";
  `);
  assert.equal(loaded, "ok", "the vendored github.svg is served to the page");
  const mask = await s.execute(
    `const st = getComputedStyle(document.querySelector('[data-slug="github"]')); return st.webkitMaskImage || st.maskImage;`,
  );
  assert.match(mask, /\/icons\/github\.svg/);
  const box = await s.execute(`const r = document.querySelector('[data-slug="github"]').getBoundingClientRect(); return [r.width, r.height];`);
  assert.ok(box[0] >= 16 && box[1] >= 16, `icon size ${box}`);

  // Light theme: GitHub in its brand colour (#181717), Google in its blue (#4285F4).
  await s.execute(`document.documentElement.dataset.theme = "light"; return true;`);
  assert.equal(await iconColour(s, "github"), "rgb(24, 23, 23)");
  assert.equal(await iconColour(s, "google"), "rgb(66, 133, 244)");
  // The monogram's letters are drawn by CSS, which axe does not measure: measure them here.
  const ratio = await s.execute(`
    const st = getComputedStyle(arguments[0]);
    const rgb = (c) => c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number);
    const lum = (c) => { const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
    const [a, b] = [lum(st.color), lum(st.backgroundColor)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  `, [{ "element-6066-11e4-a52e-4f735466cecf": mono }]);
  assert.ok(ratio >= 4.5, `monogram contrast ${ratio}`);
  await audit(s, "authenticator with service icons");
  await settle();
  const png = await s.screenshot();
  writeFileSync(join(SCREENSHOTS, "authenticator-icons.png"), png);
  copyFileSync(join(SCREENSHOTS, "authenticator-icons.png"), join(ROOT, "docs", "authenticator-icons.png"));

  // Dark theme: near-black GitHub would vanish on the dark card, so it takes the text colour;
  // Google's blue has the contrast and stays.
  await s.execute(`document.documentElement.dataset.theme = "dark"; return true;`);
  const text = await s.execute(`return getComputedStyle(document.querySelector(".otp-issuer")).color;`);
  assert.equal(await iconColour(s, "github"), text);
  assert.equal(await iconColour(s, "google"), "rgb(66, 133, 244)");
  await audit(s, "authenticator with service icons, dark");
  await settle();
  writeFileSync(join(SCREENSHOTS, "authenticator-icons-dark.png"), await s.screenshot());
  await s.execute(`document.documentElement.dataset.theme = "light"; return true;`);

  // The accounts view: a case about GitHub makes an account row, with GitHub's icon; one about
  // an unknown service gets its monogram.
  await s.click(await s.find(tid("otp-close")));
  for (const [title, service] of [
    ["Locked out after a phone change", "GitHub"],
    ["Card blocked abroad", "Acme Credit Union"],
  ]) {
    await s.click(await s.waitFor(tid("new-case")));
    await s.type(await s.waitFor(tid("case-title")), title);
    await s.type(await s.find(tid("case-service")), service);
    await s.click(await s.waitFor(tid("case-create")));
    await s.waitFor(tid("log-contact"));
  }
  await s.click(await s.waitFor(tid("open-accounts")));
  await s.waitFor(tid("accounts-view"));
  const rowFor = (service) =>
    waitFor(
      async () => {
        for (const row of await s.findAll(tid("account-row"))) if ((await s.text(row)).includes(service)) return row;
        return null;
      },
      { what: `the ${service} account row` },
    );
  const ghRow = await rowFor("GitHub");
  assert.equal(await s.cmd("GET", `/element/${await s.find(tid("service-icon"), ghRow)}/attribute/data-slug`), "github");
  const acmeRow = await rowFor("Acme Credit Union");
  assert.equal(await s.cmd("GET", `/element/${await s.find(tid("service-monogram"), acmeRow)}/attribute/data-letters`), "AC");
  await audit(s, "accounts with service icons");
  await settle();
  writeFileSync(join(SCREENSHOTS, "accounts-icons.png"), await s.screenshot());

  // The enrolment wizard's service search: GitHub's suggestion has its icon.
  await s.click(await s.waitFor(tid("open-enrol")));
  await s.type(await s.waitFor(tid("enrol-service")), "github");
  const suggestion = await waitFor(
    async () => {
      for (const el of await s.findAll(tid("enrol-suggestion"))) if ((await s.text(el)).startsWith("GitHub")) return el;
      return null;
    },
    { what: "the GitHub suggestion" },
  );
  assert.equal(await s.cmd("GET", `/element/${await s.find(tid("service-icon"), suggestion)}/attribute/data-slug`), "github");
  await audit(s, "enrolment service search with icons");
  writeFileSync(join(SCREENSHOTS, "enrol-search-icons.png"), await s.screenshot());
});
