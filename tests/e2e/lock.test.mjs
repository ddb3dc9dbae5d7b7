// The app lock in the real window (keyring profile in the throw-away keyring of scripts/e2e.sh):
// with no input for the idle time the app locks itself, the page then holds no code, secret or
// case text, a command called straight from the page gets `locked`, and unlocking brings it all
// back. Then the other triggers: the session's screen saver (a real D-Bus signal on the test
// session bus), Ctrl+Shift+L and Lock now. A passphrase profile asks its passphrase again and
// counts wrong tries.
//
// STEWARD_LOCK_IDLE_SECONDS (a test hook of src-tauri/src/lock.rs) makes the idle time seconds:
// Settings only offers 1 to 30 minutes.

import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { addAccountByLink, audit, createCase, firstScreen, installed, invokeAnswer, logContact, ROOT, SCREENSHOTS, startHarness, tid } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

const IDLE_SECONDS = 12;
const SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const TITLE = "Locked out of the bank app";
const SUMMARY = "Agent Minh promised a call back about the frozen card";

let h;
before(async () => {
  h = await startHarness({ name: "lock", extraEnv: { STEWARD_LOCK_IDLE_SECONDS: String(IDLE_SECONDS) } });
});
after(async () => {
  await h?.stop();
});

/** The whole page as the WebView holds it (markup, attributes, values of fields). */
async function pageSource(s) {
  return s.execute(
    "return document.documentElement.outerHTML + [...document.querySelectorAll('input,textarea')].map(e => e.value).join(' ')",
  );
}

/** Calls a command straight from the page, bypassing the UI: the answer or the error. */
async function waitForLockScreen(s, timeout) {
  return s.waitFor(tid("lock-screen"), { timeout });
}

async function unlockWithKeyring(s) {
  await s.click(await s.waitFor(tid("lock-unlock")));
  await s.waitFor(tid("new-case"), { timeout: 30000 });
}

async function showCode(s) {
  await s.click(await s.waitFor(tid("open-authenticator")));
  const el = await s.waitFor(`${tid("otp-code")}[data-code]`, { timeout: 20000 });
  return (await s.property(el, "dataset")).code;
}

test("lock: idle locks, nothing stays in the page, commands refuse, unlock brings it back", async () => {
  const s = await h.launch();
  try {
    await idleAndTriggers(s);
  } finally {
    await s.quit().catch(() => {});
  }
});

async function idleAndTriggers(s) {
  assert.equal(await firstScreen(s), "main");
  assert.equal(await createCase(s, TITLE), TITLE);
  await logContact(s, { channel: "email", summary: SUMMARY }, 1);
  await s.click(await s.waitFor(tid("open-authenticator")));
  await s.waitFor(tid("otp-view"));
  await s.waitFor(tid("otp-empty"));
  await addAccountByLink(s, `otpauth://totp/GitHub:alice?secret=${SECRET}&issuer=GitHub`);
  const code = (await s.property(await s.waitFor(`${tid("otp-code")}[data-code]`), "dataset")).code;
  const before = await pageSource(s);
  assert.ok(before.includes(code) && before.includes(TITLE), "the code and the case are shown before");

  // No input now: the app locks itself after IDLE_SECONDS (not before half of it).
  const quietFrom = Date.now();
  await waitForLockScreen(s, (IDLE_SECONDS + 15) * 1000);
  const waited = (Date.now() - quietFrom) / 1000;
  assert.ok(waited >= IDLE_SECONDS / 2, `locked after ${waited} s of quiet (idle time ${IDLE_SECONDS} s)`);
  console.log(`# idle lock shown ${waited.toFixed(1)} s after the test stopped giving input (idle time ${IDLE_SECONDS} s)`);
  await waitFor(async () => (await pageSource(s)).includes("Steward is locked"), { what: "the lock screen" });
  const locked = await pageSource(s);
  for (const [what, text] of [
    ["the code", code],
    ["the case title", TITLE],
    ["the logged contact", SUMMARY],
    ["the secret", SECRET],
    ["the account", "alice"],
  ]) {
    assert.ok(!locked.includes(text), `${what} is still in the page while locked`);
  }
  assert.match(locked, /locked itself after a while without use/);

  // The page itself is refused: the gate is in the shell, not in the UI.
  for (const [cmd, args] of [
    ["case_list", { filter: "active" }],
    ["otp_codes", {}],
    ["case_search", { query: "bank" }],
    ["prefs_get", { key: "last_case_id" }],
  ]) {
    const answer = await invokeAnswer(s, cmd, args);
    assert.equal(answer.refused?.code, "locked", `${cmd} from the page while locked: ${JSON.stringify(answer)}`);
  }
  const status = await invokeAnswer(s, "lock_status", {});
  assert.deepEqual(
    { locked: status.ok.locked, reason: status.ok.reason, failed_attempts: status.ok.failed_attempts },
    { locked: true, reason: "idle", failed_attempts: 0 },
  );

  const png = await s.screenshot();
  writeFileSync(join(SCREENSHOTS, "lock-screen.png"), png);
  copyFileSync(join(SCREENSHOTS, "lock-screen.png"), join(ROOT, "docs", "lock-screen.png"));
  await audit(s, "lock screen");

  // Unlock (keyring profile: no polkit here, so reopened through the Secret Service).
  await unlockWithKeyring(s);
  await audit(s, "main screen with the lock settings");
  await s.click(await s.waitFor(tid("case-item")));
  await s.waitFor(`${tid("interaction-card")}`);
  assert.ok((await pageSource(s)).includes(SUMMARY), "the case is back");
  const again = await showCode(s);
  assert.match(again, /^\d{6}$/);
  assert.equal((await invokeAnswer(s, "case_list", { filter: "active" })).ok.length, 1);

  // The desktop's screen saver starts: a real signal on this test's session bus.
  execFileSync("dbus-send", [
    "--session",
    "--type=signal",
    "/org/freedesktop/ScreenSaver",
    "org.freedesktop.ScreenSaver.ActiveChanged",
    "boolean:true",
  ]);
  const signalled = Date.now();
  await waitForLockScreen(s, 10000);
  console.log(`# screen-saver signal to lock screen: ${Date.now() - signalled} ms (WebDriver polling included)`);
  assert.match(await pageSource(s), /locked with your computer/);
  await unlockWithKeyring(s);

  // Ctrl+Shift+L in the window.
  await s.cmd("POST", "/actions", {
    actions: [
      {
        type: "key",
        id: "keyboard",
        actions: [
          { type: "keyDown", value: "\uE009" },
          { type: "keyDown", value: "\uE008" },
          { type: "keyDown", value: "L" },
          { type: "keyUp", value: "L" },
          { type: "keyUp", value: "\uE008" },
          { type: "keyUp", value: "\uE009" },
        ],
      },
    ],
  });
  await s.cmd("DELETE", "/actions");
  await waitForLockScreen(s, 10000);
  await unlockWithKeyring(s);

  // Lock now, in Settings.
  await s.click(await s.waitFor(tid("lock-now")));
  await waitForLockScreen(s, 10000);
  await unlockWithKeyring(s);
}

test("lock: a passphrase profile asks the passphrase again; wrong tries are counted, nothing lost", async () => {
  const p = await startHarness({ name: "lock-pass", extraEnv: { STEWARD_KEYRING: "off" } });
  try {
    const s = await p.launch();
    assert.equal(await firstScreen(s), "passphrase");
    // The setup screen focuses its first field just after it appears; typing before that can
    // land keys in the wrong field on a busy machine.
    await waitFor(async () => (await s.execute("return document.activeElement?.id")) === "passphrase", {
      what: "the passphrase field to have the focus",
    });
    const passphrase = "plum anchor violet kettle";
    await s.replaceText(await s.waitFor(tid("passphrase")), passphrase);
    await s.replaceText(await s.find(tid("passphrase-confirm")), passphrase);
    await s.click(await s.find(tid("unlock")));
    await s.waitFor(tid("new-case"), { timeout: 60000 });
    assert.equal(await createCase(s, TITLE), TITLE);

    await s.click(await s.waitFor(tid("lock-now")));
    await waitForLockScreen(s, 10000);
    assert.ok(!(await pageSource(s)).includes(TITLE));
    for (const n of [1, 2]) {
      await s.replaceText(await s.waitFor(tid("lock-passphrase")), "not the passphrase");
      await s.click(await s.find(tid("lock-unlock")));
      const count = await s.waitFor(tid("lock-failed"), { timeout: 60000 });
      await waitFor(async () => (await s.text(count)).startsWith(`${n} wrong tr`), {
        timeout: 60000,
        what: `${n} wrong tries counted`,
      });
      await waitFor(async () => !(await s.property(await s.find(tid("lock-passphrase")), "disabled")), {
        timeout: 60000,
        what: "the field enabled again",
      });
    }
    assert.match(await s.text(await s.find("#lock-passphrase-error")), /not right/);
    await s.replaceText(await s.find(tid("lock-passphrase")), passphrase);
    await s.click(await s.find(tid("lock-unlock")));
    await s.waitFor(tid("new-case"), { timeout: 60000 });
    await s.click(await s.waitFor(tid("case-item")));
    assert.ok((await pageSource(s)).includes(TITLE), "the same records");
    await s.quit();
  } finally {
    await p.stop();
  }
});

// Minimising needs a window manager: Xvfb alone has none, so an iconify request goes nowhere.
// Openbox (Debian's, from scripts/install-deps.sh) runs on the test display for this test only.
test("lock: minimising the window locks the app when chosen, and only then (a real window manager)", async (t) => {
  if (!installed("openbox")) {
    t.skip("openbox is not installed: run scripts/install-deps.sh");
    return;
  }
  const m = await startHarness({ name: "lock-minimise" });
  const wm = spawn("openbox", ["--sm-disable"], { stdio: "ignore" });
  try {
    const s = await m.launch();
    assert.equal(await firstScreen(s), "main");
    assert.equal(await createCase(s, TITLE), TITLE);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const window = execFileSync("xdotool", ["search", "--onlyvisible", "--name", "^Steward$"], { encoding: "utf8" })
      .trim()
      .split("\n")[0];
    assert.ok(window, "the Steward window on the display");
    // xdotool search exits 1 when no visible window has the name: then it is minimised.
    const isMinimised = () => {
      try {
        return !execFileSync("xdotool", ["search", "--onlyvisible", "--name", "^Steward$"], { encoding: "utf8" }).includes(window);
      } catch {
        return true;
      }
    };
    const minimise = async () => {
      execFileSync("xdotool", ["windowminimize", window]);
      await waitFor(() => (isMinimised() ? true : null), { what: "the window minimised by openbox" });
    };
    const restore = async () => {
      execFileSync("xdotool", ["windowactivate", window]);
      await waitFor(() => (isMinimised() ? null : true), { what: "the window shown again" });
    };

    // Off (the default): minimising does not lock.
    assert.equal(await s.property(await s.waitFor(tid("lock-on-minimise")), "checked"), false);
    await minimise();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    assert.equal((await s.findAll(tid("lock-screen"))).length, 0, "no lock while the setting is off");
    await restore();

    // On: minimising locks, and the page holds no case text.
    await s.click(await s.find(tid("lock-on-minimise")));
    await waitFor(async () => ((await s.property(await s.find(tid("lock-on-minimise")), "checked")) ? true : null), {
      what: "the setting on",
    });
    const minimisedAt = Date.now();
    await minimise();
    await waitForLockScreen(s, 15000);
    console.log(`# minimise to lock screen: ${Date.now() - minimisedAt} ms (WebDriver polling included)`);
    assert.ok(!(await pageSource(s)).includes(TITLE), "the case title is still in the page while locked");
    await restore();
    await unlockWithKeyring(s);
    await s.click(await s.waitFor(tid("case-item")));
    assert.ok((await pageSource(s)).includes(TITLE), "the same records after unlocking");
    await s.quit();
  } finally {
    wm.kill();
    await m.stop();
  }
});
