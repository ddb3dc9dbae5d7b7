// The customer's journey in the real window, with the profile key in the OS keyring (the Secret
// Service of a throw-away gnome-keyring, see scripts/e2e.sh): open → create a case → log three
// contacts → find the error text by search → close the app → reopen → the case is still there,
// and the preferences (last open case, window size) came back with it.

import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { createCase, firstScreen, logContact, SCREENSHOTS, startHarness, tid, waitForCards } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

const TITLE = "Vietnamese number refused";
const REFUSAL = "We detected unusual activity and are unable to verify your mobile number at this time";
const CONTACTS = [
  {
    channel: "portal",
    summary: "Tried to add my Vietnamese mobile +84 91 234 5678 for sign-in codes; the site refused it.",
    errorTexts: [REFUSAL],
  },
  { channel: "chat", summary: "Chat agent said they cannot override the check and told me to call." },
  { channel: "phone", summary: "Phone support opened a ticket with the security team." },
];

let h;
before(async () => {
  h = await startHarness({ name: "journey" });
});
after(async () => {
  await h?.stop();
});

test("journey: create, log, search, survive a restart (keyring)", async (t) => {
  let s = await h.launch();
  t.diagnostic(`data dir ${h.dataDir}`);

  // The built UI is embedded and served by the app itself, not by a dev server.
  const url = await waitFor(async () => (await s.url()) || null, { what: "the window to load a page" });
  assert.match(url, /^tauri:\/\/localhost(\/|$)/, "build with --features custom-protocol (see scripts/e2e.sh)");
  assert.equal(await firstScreen(s), "main", "the keyring unlocks the new profile without a passphrase screen");
  assert.equal(await s.title(), "Steward");

  assert.equal(await createCase(s, TITLE), TITLE);
  const items = await s.findAll(tid("case-item"));
  assert.equal(items.length, 1);
  assert.match(await s.text(items[0]), new RegExp(TITLE));

  for (const [n, contact] of CONTACTS.entries()) {
    await logContact(s, contact, n + 1);
  }
  const cards = await waitForCards(s, 3);
  const texts = await Promise.all(cards.map((c) => s.text(c)));
  CONTACTS.forEach((c, n) => assert.ok(texts[n].includes(c.summary), `card ${n + 1} shows its summary:\n${texts[n]}`));
  assert.ok(texts[0].includes(REFUSAL), "the first card shows the error text verbatim");

  await s.type(await s.waitFor(tid("search")), "unusual");
  const hit = await s.waitFor(tid("search-hit"));
  const hits = await s.findAll(tid("search-hit"));
  assert.equal(hits.length, 1, "exactly one contact mentions 'unusual'");
  const hitText = await s.text(hit);
  assert.ok(hitText.includes(TITLE), hitText);
  assert.match(hitText, /unusual/i);
  await s.click(hit);
  await waitForCards(s, 3);

  mkdirSync(SCREENSHOTS, { recursive: true });
  const png = await s.screenshot();
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "a PNG");
  writeFileSync(join(SCREENSHOTS, "journey.png"), png);

  // Preferences (prefs.json, through the shell's prefs_set): the window size is saved when the
  // window is resized, the theme when one is chosen.
  await s.cmd("POST", "/window/rect", { width: 1000, height: 680 });
  await s.click(await s.find(".theme-select select option[value=dark]"));
  const prefsFile = join(h.xdgDataHome, "app.steward.desktop", "prefs.json");
  const prefs = await waitFor(
    () => {
      const p = JSON.parse(readFileSync(prefsFile, "utf8"));
      return p.window?.width === 1000 && p.last_case_id && p.theme === "dark" ? p : null;
    },
    { what: `the window size, last case and theme in ${prefsFile}` },
  );

  // Close the app and start it again on the same data: still unlocked by the keyring, case kept,
  // the same case open and the window as big as it was.
  await s.quit();
  s = await h.launch();
  assert.equal(await firstScreen(s), "main", "the keyring unlocks the existing profile");
  const item = await s.waitFor(tid("case-item"));
  assert.match(await s.text(item), new RegExp(`${TITLE}[\\s\\S]*3 contacts`));
  assert.equal(await s.cmd("GET", `/element/${item}/attribute/data-case-id`), prefs.last_case_id);
  assert.equal(await s.text(await s.waitFor("#case-heading")), TITLE, "the last open case is open again");
  const again = await waitForCards(s, 3);
  assert.ok((await s.text(again[0])).includes(REFUSAL));
  const rect = await waitFor(
    async () => {
      const r = await s.cmd("GET", "/window/rect");
      return r.width === 1000 && r.height === 680 ? r : null;
    },
    { what: "the window to get its saved size back" },
  );
  assert.deepEqual([rect.width, rect.height], [1000, 680]);
  await waitFor(async () => (await s.execute("return document.documentElement.dataset.theme")) === "dark", {
    what: "the dark theme back after the restart",
  });
  await s.quit();
});
