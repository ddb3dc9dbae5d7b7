// Steward's window on Wayland, natively (GDK_BACKEND=wayland, no XWayland in the session), driven
// by tauri-driver/WebKitWebDriver: first run, then "Scan the screen" while another Wayland window
// (swayimg) shows the Google Authenticator transfer screenshot from the corpus; the picture comes
// through the Screenshot portal (xdg-desktop-portal-wlr), and the three accounts are added.
// Screenshots come from the compositor (grim), as the person sees the whole screen.
//
// Runs only inside scripts/wayland/session.sh (WAYLAND_DISPLAY set); elsewhere it is skipped:
//   STEWARD_WAYLAND_KEYRING=1 scripts/wayland/session.sh sh -c \
//     'cd tests/e2e && STEWARD_APP=/path/to/steward-desktop node --test wayland.test.mjs'

import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { firstScreen, ROOT, SCREENSHOTS, startHarness, tid } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

const ON_WAYLAND = Boolean(process.env.WAYLAND_DISPLAY) && !process.env.DISPLAY;
const PICTURE = join(ROOT, "tests", "fixtures", "corpus", "google-migration", "test_googleauth_export.png");

/** The whole Wayland screen as PNG bytes, from the compositor. */
function screen() {
  return execFileSync("grim", ["-"], { maxBuffer: 64 * 1024 * 1024 });
}

function shot(name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, `wayland-${name}.png`), screen());
}

/** sway's windows: app_id and shell ("xdg_shell" is a native Wayland window, "xwayland" not). */
function windows() {
  const tree = JSON.parse(execFileSync("swaymsg", ["-t", "get_tree", "-r"], { encoding: "utf8" }));
  const out = [];
  const walk = (n) => {
    if (n.app_id !== undefined || n.shell) out.push({ app_id: n.app_id, shell: n.shell, name: n.name });
    for (const c of [...(n.nodes ?? []), ...(n.floating_nodes ?? [])]) walk(c);
  };
  walk(tree);
  return out;
}

let h;
let viewer;
before(async () => {
  if (!ON_WAYLAND) return;
  h = await startHarness({ name: "wayland", extraEnv: { GDK_BACKEND: "wayland" } });
});
after(async () => {
  viewer?.kill();
  await h?.stop();
});

test("Wayland: the window starts natively and scans a QR shown by another window", { skip: !ON_WAYLAND && "not in a Wayland session (scripts/wayland/session.sh)" }, async () => {
  const started = Date.now();
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  console.log(`e2e wayland: window ready in ${Date.now() - started} ms`);
  const steward = windows().find((w) => w.name === "Steward");
  assert.ok(steward, `no Steward window in sway's tree: ${JSON.stringify(windows())}`);
  assert.equal(steward.shell, "xdg_shell", "Steward must be a native Wayland window, not XWayland");
  shot("first-run");

  await s.click(await s.waitFor(tid("open-authenticator")));
  await s.waitFor(tid("otp-view"));

  // Another app's window shows the QR; sway tiles it beside Steward's.
  viewer = spawn("swayimg", [PICTURE], { stdio: "ignore" });
  await waitFor(() => windows().some((w) => w.shell && w.name !== "Steward"), {
    what: "the picture viewer's window",
  });
  await new Promise((r) => setTimeout(r, 500));

  await s.click(await s.waitFor(tid("otp-add")));
  await s.waitFor(tid("otp-add-dialog"));
  await s.click(await s.find(tid("otp-add-way-screen")));
  const scan = Date.now();
  await s.click(await s.find(tid("otp-add-submit")));
  const summary = await s.waitFor(tid("otp-report-summary"), { timeout: 30000 });
  console.log(`e2e wayland: scan through the portal in ${Date.now() - scan} ms`);
  assert.match(await s.text(summary), /3/);
  shot("scanned");
  await s.click(await s.find(tid("otp-add-done")));
  const items = await waitFor(async () => {
    const all = await s.findAll(tid("otp-item"));
    return all.length === 3 ? all : null;
  }, { what: "the three scanned accounts" });
  const texts = await Promise.all(items.map((i) => s.text(i)));
  for (const n of ["Test1", "Test2", "Test3"]) assert.ok(texts.some((t) => t.includes(n)), `${n} in ${texts}`);
  // The viewer floats over Steward's window (sway opens it at the picture's size): close it first.
  viewer.kill();
  await waitFor(() => !windows().some((w) => w.shell && w.name !== "Steward"), { what: "the viewer to close" });
  await new Promise((r) => setTimeout(r, 300));
  shot("accounts");
});
