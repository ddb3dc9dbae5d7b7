// Accessibility of the main screens in the real window: axe-core (from ui/node_modules, installed
// by scripts/install-deps.sh) runs inside the WebKit page; no serious or critical violation is
// allowed. Screens: first-run passphrase, the main view with a case, the log form, the phone check,
// the 2FA wizard's start screen.

import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { audit, createCase, firstScreen, logContact, SCREENSHOTS, startHarness, tid } from "./app.mjs";

// One app at a time: a second instance of Steward hands its arguments to the first over D-Bus
// and exits (the single-instance plugin), so each test stops its app before the next starts.
const harnesses = [];
after(async () => {
  for (const h of harnesses) await h.stop();
});

test("a11y: first-run passphrase screen", async () => {
  const h = await startHarness({ name: "a11y-pass", extraEnv: { STEWARD_KEYRING: "off" } });
  harnesses.push(h);
  const s = await h.launch();
  assert.equal(await firstScreen(s), "passphrase");
  await audit(s, "passphrase");
  await h.stop();
});

test("a11y: main view, case timeline, log form, phone check, 2FA wizard start", async () => {
  const h = await startHarness({ name: "a11y-main" });
  harnesses.push(h);
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  await audit(s, "empty main view");
  const welcome = await s.text(await s.waitFor(tid("welcome")));
  assert.match(welcome, /three jobs/);
  assert.ok(welcome.includes(h.dataDir), "the welcome says where the records are kept");
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, "welcome.png"), await s.screenshot());
  await createCase(s, "Parcel never arrived");
  await logContact(s, { channel: "chat", summary: "Chat agent promised a refund", errorTexts: ["Order not found"] }, 1);
  await audit(s, "case timeline");
  await s.click(await s.waitFor(tid("log-contact")));
  await s.waitFor(tid("summary"));
  await audit(s, "log form");
  await s.click(await s.waitFor(tid("open-phone-check")));
  await s.waitFor(tid("phone-check-panel"));
  await audit(s, "phone check");
  await s.click(await s.waitFor(tid("open-enrol")));
  await s.waitFor(tid("enrol-start-screen"));
  await audit(s, "2FA wizard start");
});
