// Quick capture: Ctrl+Alt+L pressed anywhere on the desktop (a real X key event through the
// XTEST extension, as a keyboard would send it) brings Steward forward with the log form of the
// open case, or the New case dialog when no case is open.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { firstScreen, SCREENSHOTS, startHarness, tid, waitForCards } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

let h;
before(async () => {
  h = await startHarness({ name: "quickcapture" });
});
after(async () => {
  await h?.stop();
});

/** Presses the keys on the X display, not in the page: only a global shortcut can catch it. */
function pressOnDesktop(keys) {
  execFileSync("xdotool", ["key", "--clearmodifiers", keys], { env: process.env });
}

/**
 * The global shortcut is registered once the app has started: press the key, give the app a few
 * seconds to answer, and only then press again. (Pressing every second made a slow answer to the
 * first press arrive after the test had moved on, and reopen the form it had just closed.)
 */
async function pressUntil(s, keys, css) {
  const deadline = Date.now() + 30000;
  for (;;) {
    pressOnDesktop(keys);
    try {
      return await s.waitFor(css, { timeout: 4000 });
    } catch (e) {
      if (Date.now() > deadline) throw new Error(`${css} did not appear after ${keys}: ${e.message}`);
    }
  }
}

test("quick capture: Ctrl+Alt+L opens a new case with none open, the log form with one", async (t) => {
  const s = await h.launch();
  t.after(() => s.quit().catch(() => {}));
  assert.equal(await firstScreen(s), "main");

  // No case yet: the shortcut starts one.
  // (The dialog is always in the page; it counts once it is open.)
  const title = await pressUntil(s, "ctrl+alt+l", `dialog[open] ${tid("case-title")}`);
  await s.type(title, "Refund not received");
  await s.click(await s.find(tid("case-create")));
  await s.waitFor(tid("log-contact"));

  // Somewhere else in the app (the phone checker), the shortcut comes back to the case's form.
  await s.click(await s.waitFor(tid("open-phone-check")));
  await s.waitFor(tid("phone-check-panel"));
  const summary = await pressUntil(s, "ctrl+alt+l", tid("summary"));
  await s.type(summary, "Called about the refund; they said 5 more days.");
  // Ctrl+Enter saves, keyboard only.
  await s.type(summary, "\uE009\uE007\uE000");
  await waitForCards(s, 1);

  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, "quick-capture.png"), await s.screenshot());
});

test("quick capture: the shortcut's form closes with Escape and loses nothing", async (t) => {
  const s = await h.launch();
  t.after(() => s.quit().catch(() => {}));
  await s.waitFor(tid("case-item"));
  await s.click(await s.waitFor(tid("case-item")));
  await waitForCards(s, 1);
  // The form opened by the shortcut is the same one Ctrl+L opens: Escape closes it, nothing lost.
  await pressUntil(s, "ctrl+alt+l", tid("summary"));
  await s.type(await s.find(tid("summary")), "\uE00C");
  await waitFor(async () => ((await s.findAll(tid("summary"))).length === 0 ? true : null), {
    what: "the form to close",
  });
  await waitForCards(s, 1);
});
