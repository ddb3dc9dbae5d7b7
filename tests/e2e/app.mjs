// Launching the built Steward binary under tauri-driver, each test with its own home and data
// directory, so nothing leaks between runs or into the developer's own records.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Session, startTauriDriver, waitFor } from "./webdriver.mjs";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const APP = resolve(process.env.STEWARD_APP ?? join(ROOT, "target/debug/steward-desktop"));
export const SCREENSHOTS = join(ROOT, "tests/e2e/screenshots");
export const tid = (id, extra = "") => Session.tid(id, extra);

/**
 * Steward processes on this test D-Bus session (zombies have no exe link and don't count). A
 * second Steward on the same bus hands its arguments to the first and exits (single-instance
 * plugin), so a window must be gone before the next is launched.
 */
function stewardsOnThisBus() {
  const exe = realpathSync(APP);
  const bus = `DBUS_SESSION_BUS_ADDRESS=${process.env.DBUS_SESSION_BUS_ADDRESS ?? ""}`;
  const pids = [];
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      // A binary rebuilt while the app ran reads "<path> (deleted)": still the app.
      const running = readlinkSync(`/proc/${pid}/exe`).replace(/ \(deleted\)$/, "");
      if (running !== exe) continue;
      if (readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(bus)) pids.push(pid);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return pids;
}

/**
 * A fresh HOME/XDG_* and STEWARD_DATA_DIR and a tauri-driver whose environment the app inherits.
 * DISPLAY and DBUS_SESSION_BUS_ADDRESS pass through (Xvfb and the test keyring, see scripts/e2e.sh).
 */
export async function startHarness({ name, extraEnv = {} }) {
  if (!existsSync(APP)) {
    throw new Error(`${APP} does not exist. Build it first: see scripts/e2e.sh`);
  }
  const root = mkdtempSync(join(tmpdir(), `steward-e2e-${name}-`));
  const dirs = {
    HOME: join(root, "home"),
    XDG_DATA_HOME: join(root, "data"),
    XDG_CONFIG_HOME: join(root, "config"),
    XDG_CACHE_HOME: join(root, "cache"),
    STEWARD_DATA_DIR: join(root, "steward"),
  };
  for (const [k, d] of Object.entries(dirs)) if (k !== "STEWARD_DATA_DIR") mkdirSync(d, { recursive: true });
  const env = { ...process.env, ...dirs, ...extraEnv };
  const log = [];
  const driver = await startTauriDriver({ env, log: (line) => log.push(line) });
  const sessions = [];
  return {
    dataDir: dirs.STEWARD_DATA_DIR,
    xdgDataHome: dirs.XDG_DATA_HOME,
    xdgConfigHome: dirs.XDG_CONFIG_HOME,
    driverLog: () => log.join(""),
    /** Launches the app window; the returned session is ended by `stop` if the test fails. */
    async launch() {
      await waitFor(() => stewardsOnThisBus().length === 0, {
        timeout: 20000,
        what: "the previous Steward window to close (a second instance would hand over to it and exit)",
      });
      let s;
      try {
        s = await Session.start(driver.base, APP);
      } catch (err) {
        // Seen in CI, not understood yet: the app did not open its window for WebDriver within
        // 60 s. Say so loudly with what is running, end any leftover instance, try once more.
        if (!/got no answer/.test(err.message)) throw err;
        const left = stewardsOnThisBus();
        console.error(`e2e: ${err.message}; Steward processes on this bus: ${left.join(", ") || "none"}`);
        console.error(`e2e: tauri-driver said:\n${log.join("").slice(-2000)}`);
        for (const pid of left) {
          try {
            process.kill(Number(pid), "SIGKILL");
          } catch {
            // gone meanwhile
          }
        }
        await waitFor(() => stewardsOnThisBus().length === 0, { timeout: 20000, what: "the stuck instance to end" });
        s = await Session.start(driver.base, APP);
      }
      sessions.push(s);
      return s;
    },
    /** Ends the sessions and the driver; STEWARD_E2E_KEEP=1 keeps the temporary folders. */
    async stop({ keep = process.env.STEWARD_E2E_KEEP === "1" } = {}) {
      for (const s of sessions) await s.quit().catch(() => {});
      await driver.stop();
      if (!keep) rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Waits for the first screen the app settles on: the main view, or the passphrase screen. */
export async function firstScreen(s) {
  const el = await s.waitFor(`${tid("new-case")}, ${tid("passphrase")}`, { timeout: 30000 });
  const testid = await s.cmd("GET", `/element/${el}/attribute/data-testid`);
  return testid === "new-case" ? "main" : "passphrase";
}

/** Creates a case through the New case dialog and waits until it is open. */
export async function createCase(s, title) {
  await s.click(await s.waitFor(tid("new-case")));
  await s.type(await s.waitFor(tid("case-title")), title);
  await s.click(await s.waitFor(tid("case-create")));
  await s.waitFor(tid("log-contact"));
  // The case shown before may still be on screen for a moment (its heading then goes stale):
  // wait for the new case's heading, and give back the last one read if it never comes.
  let shown = "";
  const until = Date.now() + 15000;
  while (Date.now() < until) {
    try {
      shown = await s.text(await s.waitFor("#case-heading"));
      if (shown === title) break;
    } catch (err) {
      if (err?.code !== "stale element reference") throw err;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return shown;
}

/** Logs one contact through the form and waits until the timeline shows `expectCount` cards. */
export async function logContact(s, { channel, summary, errorTexts = [] }, expectCount) {
  await s.click(await s.waitFor(tid("log-contact")));
  const summaryEl = await s.waitFor(tid("summary"));
  if (channel) await s.click(await s.find(`${tid("log-channel")} option[value="${channel}"]`));
  await s.type(summaryEl, summary);
  if (errorTexts.length > 0) await s.type(await s.find(tid("error-texts")), errorTexts.join("\n"));
  await s.click(await s.find(tid("log-submit")));
  return waitForCards(s, expectCount);
}

export async function waitForCards(s, count) {
  return waitFor(
    async () => {
      const cards = await s.findAll(tid("interaction-card"));
      return cards.length === count ? cards : null;
    },
    { what: `${count} interaction cards` },
  );
}

/** axe-core (from ui/node_modules), injected lazily: read once, the first time a test audits. */
let axeSource;

/** Runs axe-core in the page: no serious or critical violation on `screen`; others are printed. */
export async function audit(s, screen) {
  axeSource ??= readFileSync(join(ROOT, "ui/node_modules/axe-core/axe.min.js"), "utf8");
  await s.execute(`${axeSource}\nreturn true;`);
  // Colours are checked as they end up: a button that was just clicked may still be fading
  // between states (120 ms transitions), and its colour halfway fails contrast.
  const json = await s.executeAsync(`
    const done = arguments[arguments.length - 1];
    const settled = () => document.getAnimations().every((a) => a.playState !== "running");
    const until = Date.now() + 2000;
    const quiet = () => new Promise((resolve) => {
      const check = () => (settled() || Date.now() > until ? resolve() : setTimeout(check, 50));
      check();
    });
    quiet().then(() => axe.run(document, { resultTypes: ["violations"] })
      .then((r) => done(JSON.stringify(r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
      })))))
      .catch((e) => done(JSON.stringify([{ id: "axe-error", impact: "critical", help: String(e), targets: [] }]))));
  `);
  const violations = JSON.parse(json);
  for (const v of violations) console.log(`# ${screen}: ${v.impact} ${v.id} — ${v.help} ${JSON.stringify(v.targets)}`);
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(serious, [], `${screen}: serious or critical accessibility violations`);
}

/**
 * Answers the Share dialog's "Before you share" form (what only the customer knows) and saves it:
 * `request` (what the agent should do), `still` ("yes"/"no"), `access` ("app"/"web"/"both"),
 * `team`, `by` (YYYY-MM-DD). Waits for "Saved on the case" and for Copy to open.
 */
export async function answerBriefAsk(s, { request, still, access, team, by } = {}) {
  const field = await s.waitFor(tid("brief-request"));
  if (request !== undefined) await s.replaceText(field, request);
  if (by !== undefined) {
    // The date control differs per engine; set it as the page would and announce the input.
    await s.execute(
      `const el = document.querySelector('[data-testid="brief-request-by"]');
       Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(el, arguments[0]);
       el.dispatchEvent(new Event("input", { bubbles: true }));
       return true;`,
      [by],
    );
  }
  if (still) await s.click(await s.find(tid(still === "yes" ? "brief-still-yes" : "brief-still-no")));
  if (access) await s.click(await s.find(`${tid("brief-access")} option[value="${access}"]`));
  if (team !== undefined) await s.replaceText(await s.find(tid("brief-owner-team")), team);
  await s.click(await s.find(tid("brief-save")));
  const status = await s.waitFor(tid("brief-status"));
  // English or Vietnamese (share-ask-saved).
  await waitFor(async () => /Saved on the case|Đã lưu vào vụ việc/.test(await s.text(status)), {
    what: '"Saved on the case"',
  });
  await waitFor(async () => (await s.property(await s.find(tid("share-copy-chat")), "disabled")) === false, {
    what: "Copy chat brief to open",
  });
}

/**
 * A screenshot once the page has painted what the DOM holds (WebKit's screenshot can show the
 * frame before the last change), written to tests/e2e/screenshots/<name>; returns its path.
 */
export async function shot(s, name, settleMs = 150) {
  await s.executeAsync(
    "const done = arguments[arguments.length - 1]; const ms = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(true), ms)));",
    [settleMs],
  );
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, name);
  writeFileSync(file, await s.screenshot());
  return file;
}

/** Scrolls the element with this test id into view. */
export async function scrollTo(s, id, block = "center") {
  await s.waitFor(tid(id));
  await s.execute(
    `document.querySelector('[data-testid="' + arguments[0] + '"]').scrollIntoView({ block: arguments[1] }); return true;`,
    [id, block],
  );
}

/**
 * Clicks the control with this test id as a person would: once it is shown and enabled (a switch
 * stays disabled while what it changes is loading: a click then does nothing), brought into view
 * first (dialogs scroll).
 */
export async function press(s, id) {
  const el = await s.waitFor(`${tid(id)}:not(:disabled)`);
  await scrollTo(s, id);
  await s.click(el);
}

/** Sets a <select> by value as a choice would (option clicks are unreliable in WebKitGTK). */
export async function choose(s, id, value) {
  await s.waitFor(`${tid(id)} option[value="${value}"]`);
  await s.execute(
    `const sel = document.querySelector('[data-testid="' + arguments[0] + '"]');
     sel.value = arguments[1];
     sel.dispatchEvent(new Event("change", { bubbles: true }));
     return true;`,
    [id, value],
  );
}

/** Switches the window's language (Settings' select) and waits until the page says it is in it. */
export async function chooseLanguage(s, value) {
  await choose(s, "language-select", value);
  await waitFor(async () => (await s.execute("return document.documentElement.lang")) === value, {
    what: `the window in ${value}`,
  });
}

/** Is `tool` on PATH? (Tests that need a program from scripts/install-deps.sh skip without it.) */
export function installed(tool) {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Adds an authenticator account by pasting its otpauth:// link; the Authenticator view is open. */
export async function addAccountByLink(s, link) {
  await s.click(await s.waitFor(tid("otp-add")));
  await s.waitFor(tid("otp-add-dialog"));
  await s.click(await s.find(tid("otp-add-way-link")));
  await s.type(await s.waitFor(tid("otp-add-link")), link);
  await s.click(await s.find(tid("otp-add-submit")));
  await s.click(await s.waitFor(tid("otp-add-done")));
}

/** Calls a window command from the page (the same IPC the UI uses): `{ ok: value }` or
 * `{ refused: error }`. */
export async function invokeAnswer(s, cmd, args) {
  return s.executeAsync(
    `const done = arguments[arguments.length - 1];
     window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
       .then((value) => done({ ok: value }), (refused) => done({ refused }));`,
    [cmd, args],
  );
}

/** [`invokeAnswer`]'s value, or throws with the refusal. */
export async function invoke(s, cmd, args) {
  const answer = await invokeAnswer(s, cmd, args);
  if ("refused" in answer) throw new Error(`${cmd}: ${JSON.stringify(answer.refused)}`);
  return answer.ok;
}
