// otpauth:// links opened from the browser. The desktop runs `steward-desktop <link>`; with
// Steward already running, that second launch hands the link to the running window over D-Bus
// (tauri-plugin-single-instance, on the private session bus of scripts/e2e.sh) and exits. The
// window asks before adding anything, and shows what the link holds but never its secret.

import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { after, before, test } from "node:test";
import { APP, firstScreen, ROOT, startHarness, tid } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

const SECRET = "JBSWY3DPEHPK3PXP";
const LINK = `otpauth://totp/Example:alice%40example.com?secret=${SECRET}&issuer=Example`;
const BROKEN = "otpauth://totp/Broken:bob?secret=not*base32!&issuer=Broken";

let h;
before(async () => {
  h = await startHarness({ name: "deeplink" });
});
after(async () => {
  await h?.stop();
});

/** The environment the harness gives the app (see startHarness in app.mjs). */
function appEnv() {
  const root = dirname(h.dataDir);
  return {
    ...process.env,
    HOME: join(root, "home"),
    XDG_DATA_HOME: join(root, "data"),
    XDG_CONFIG_HOME: join(root, "config"),
    XDG_CACHE_HOME: join(root, "cache"),
    STEWARD_DATA_DIR: h.dataDir,
  };
}

/** The window as X shows it (WebDriver's own screenshot leaves out a modal <dialog>, which is
 * drawn in the top layer): xwininfo finds the Steward window, ImageMagick's import crops to it. */
function screenshotWindow(file) {
  const tree = execFileSync("xwininfo", ["-root", "-tree"], { encoding: "utf8" });
  const id = tree.split("\n").find((l) => l.includes('"Steward"'))?.trim().split(/\s+/)[0];
  assert.ok(id, "the Steward window is on the X display");
  const geo = execFileSync("xwininfo", ["-id", id], { encoding: "utf8" });
  const num = (re) => Number(geo.match(re)?.[1]);
  const [x, y, w, hgt] = [/Absolute upper-left X:\s+(-?\d+)/, /Absolute upper-left Y:\s+(-?\d+)/, /Width:\s+(\d+)/, /Height:\s+(\d+)/].map(num);
  execFileSync("import", ["-window", "root", "-crop", `${w}x${hgt}+${x}+${y}`, "+repage", file]);
}

/** Opens `link` as the desktop would: a second `steward-desktop <link>`. Resolves with its exit
 * code and how long it ran; fails if it is still running after `timeout` ms. */
function openLink(link, timeout = 20000) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(APP, [link], { env: appEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the second steward-desktop was still running after ${timeout} ms:\n${output}`));
    }, timeout);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ms: Date.now() - started, output });
    });
  });
}

test("a link opened while Steward runs: asked first, never shows the secret, then added", async () => {
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");

  const second = await openLink(LINK);
  assert.equal(second.code, 0, `the second launch exits cleanly (output: ${second.output})`);
  console.log(`# second launch handed the link over and exited in ${second.ms} ms`);

  const dialog = await s.waitFor(tid("link-opened-dialog"), { timeout: 20000 });
  const text = await s.text(dialog);
  assert.match(text, /Add this account to Steward\?/);
  assert.equal(await s.text(await s.find(tid("link-issuer"))), "Example");
  assert.equal(await s.text(await s.find(tid("link-name"))), "alice@example.com");
  assert.match(await s.text(await s.find(tid("link-type"))), /Time-based, 6 digits every 30 s/);
  const html = await s.execute("return document.documentElement.outerHTML");
  assert.ok(!html.includes(SECRET), "the secret is nowhere in the page");
  assert.ok(!text.includes(SECRET));
  // The window was just raised and repaints for a moment (a capture then is blank).
  await new Promise((resolve) => setTimeout(resolve, 2500));
  screenshotWindow(join(ROOT, "docs/deeplink-dialog.png"));

  // Nothing was added before the customer said so.
  await s.click(await s.find(tid("link-add")));
  await s.waitFor(tid("otp-view"));
  const item = await waitFor(
    async () => {
      for (const el of await s.findAll(tid("otp-item"))) if ((await s.text(el)).includes("Example")) return el;
      return null;
    },
    { what: "the Example account in the Authenticator" },
  );
  assert.match(await s.text(item), /alice@example\.com/);
  assert.equal((await s.findAll(tid("link-opened-dialog"))).length, 0, "the question is gone");

  // A malformed link: a clear message, nothing added.
  const broken = await openLink(BROKEN);
  assert.equal(broken.code, 0);
  const invalid = await s.waitFor(tid("link-invalid-dialog"), { timeout: 20000 });
  const message = await s.text(invalid);
  console.log(`# malformed link says: ${message.replace(/\s+/g, " ")}`);
  assert.match(message, /Nothing was added/);
  assert.match(message, /secret|key|Base32/i);
  await s.click(await s.find(tid("link-close")));
  await waitFor(async () => ((await s.findAll(tid("link-invalid-dialog"))).length === 0 ? true : null), {
    what: "the message to close",
  });
  const items = await s.findAll(tid("otp-item"));
  assert.equal(items.length, 1, "only the Example account is there");

  // A dev build registers itself as the links' handler (a .deb's menu entry does it when installed).
  const handler = join(h.xdgDataHome, "applications", "steward-desktop-handler.desktop");
  // It is written one scheme at a time, in the background: wait for the second one.
  const entry = await waitFor(
    () => {
      const text = existsSync(handler) ? readFileSync(handler, "utf8") : "";
      return text.includes("otpauth-migration") ? text : null;
    },
    { what: `${handler} naming both schemes` },
  );
  assert.match(entry, /^MimeType=.*x-scheme-handler\/otpauth(?!-)/m);
  assert.match(entry, /^MimeType=.*x-scheme-handler\/otpauth-migration/m);
});
