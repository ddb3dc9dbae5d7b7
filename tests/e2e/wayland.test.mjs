// Steward's window on Wayland, natively (GDK_BACKEND=wayland, no XWayland in the session), driven
// by tauri-driver/WebKitWebDriver, the core journey: first run, log a contact on a new case, then
// "Scan the screen" while another Wayland window (swayimg) shows the Google Authenticator transfer
// screenshot from the corpus — the picture comes through the Screenshot portal
// (xdg-desktop-portal-wlr) and the three accounts are added — then copy a code: the Wayland
// clipboard (read with wl-paste, outside Steward) holds the code the window shows.
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
import { createCase, firstScreen, logContact, ROOT, SCREENSHOTS, startHarness, tid } from "./app.mjs";
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

test("Wayland: first run, log a contact, scan a QR shown by another window, copy a code", { skip: !ON_WAYLAND && "not in a Wayland session (scripts/wayland/session.sh)" }, async () => {
  const started = Date.now();
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  console.log(`e2e wayland: window ready in ${Date.now() - started} ms`);
  const steward = windows().find((w) => w.name === "Steward");
  assert.ok(steward, `no Steward window in sway's tree: ${JSON.stringify(windows())}`);
  assert.equal(steward.shell, "xdg_shell", "Steward must be a native Wayland window, not XWayland");
  shot("first-run");

  assert.equal(await createCase(s, "Bank locked me out"), "Bank locked me out");
  await logContact(s, { channel: "chat", summary: "Agent said the 2FA reset takes 3 days" }, 1);

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

  // Copy a code: the Wayland clipboard holds what the window shows.
  const first = items[0];
  const shown = await waitFor(async () => {
    const el = (await s.findAll(tid("otp-code"), first))[0];
    return el ? (await s.property(el, "dataset")).code : null;
  }, { what: "the first account's code" });
  await s.click((await s.findAll(tid("otp-copy"), first))[0]);
  const pasted = await waitFor(() => {
    try {
      const text = execFileSync("wl-paste", ["--no-newline"], {
        encoding: "utf8",
        timeout: 5000,
        stdio: ["ignore", "pipe", "ignore"],
      });
      return text.replace(/\s/g, "") ? text.replace(/\s/g, "") : null;
    } catch {
      return null;
    }
  }, { what: "a code on the Wayland clipboard" });
  // The code may have rolled over between reading it and copying it.
  assert.match(pasted, /^\d{6}$/);
  if (pasted !== shown.replace(/\s/g, "")) console.log(`e2e wayland: code rolled over (${shown} -> copied a newer one)`);
});
