// Accessibility of the main screens in the real window: axe-core (from ui/node_modules, installed
// by scripts/install-deps.sh) runs inside the WebKit page; no serious or critical violation is
// allowed. Screens: first-run passphrase, the main view with a case, the log form, the phone check,
// the 2FA wizard's start screen.

import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { createCase, firstScreen, logContact, ROOT, SCREENSHOTS, startHarness, tid } from "./app.mjs";

const AXE = readFileSync(join(ROOT, "ui/node_modules/axe-core/axe.min.js"), "utf8");
// One app at a time: a second instance of Steward hands its arguments to the first over D-Bus
// and exits (the single-instance plugin), so each test stops its app before the next starts.
const harnesses = [];
after(async () => {
  for (const h of harnesses) await h.stop();
});

async function audit(s, screen) {
  await s.execute(`${AXE}\nreturn true;`);
  const json = await s.executeAsync(`
    const done = arguments[arguments.length - 1];
    axe.run(document, { resultTypes: ["violations"] })
      .then((r) => done(JSON.stringify(r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
      })))))
      .catch((e) => done(JSON.stringify([{ id: "axe-error", impact: "critical", help: String(e), targets: [] }])));
  `);
  const violations = JSON.parse(json);
  for (const v of violations) console.log(`# ${screen}: ${v.impact} ${v.id} — ${v.help} ${JSON.stringify(v.targets)}`);
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(serious, [], `${screen}: serious or critical accessibility violations`);
}

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
