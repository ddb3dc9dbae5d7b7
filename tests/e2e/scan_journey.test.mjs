// The core journey in the real window, on X11 and on Wayland: first run, log a contact on a new
// case, "Scan the screen" while another app's window shows the Google Authenticator transfer
// screenshot from the corpus (three accounts are added), then copy a code — the desktop's
// clipboard, read outside Steward, holds a code.
//
// - X11 (scripts/e2e.sh, Xvfb): ImageMagick's `display` shows the picture; the screen is read
//   through the Screenshot portal if one answers, else the X11 root window (the e2e session has
//   no working portal: it falls back); the clipboard is read with xclip.
// - Wayland (scripts/wayland/session.sh: headless sway, GDK_BACKEND=wayland, no XWayland): swayimg
//   shows the picture; only the Screenshot portal (xdg-desktop-portal-wlr) can see the screen;
//   sway's tree must show Steward as a native `xdg_shell` window; the clipboard is read with
//   wl-paste; screenshots come from the compositor (grim).
//
//   STEWARD_WAYLAND_KEYRING=1 scripts/wayland/session.sh sh -c \
//     'cd tests/e2e && STEWARD_APP=/path/to/steward-desktop node --test scan_journey.test.mjs'

import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { createCase, firstScreen, logContact, ROOT, SCREENSHOTS, startHarness, tid } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

const ON_WAYLAND = Boolean(process.env.WAYLAND_DISPLAY) && !process.env.DISPLAY;
const ON_X11 = Boolean(process.env.DISPLAY);
const WHERE = ON_WAYLAND ? "wayland" : "x11";
const PICTURE = join(ROOT, "tests", "fixtures", "corpus", "google-migration", "test_googleauth_export.png");

async function shot(s, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const png = ON_WAYLAND ? execFileSync("grim", ["-"], { maxBuffer: 64 * 1024 * 1024 }) : await s.screenshot();
  writeFileSync(join(SCREENSHOTS, `scan-journey-${WHERE}-${name}.png`), png);
}

/** sway's windows: app_id and shell ("xdg_shell" is a native Wayland window, "xwayland" not). */
function swayWindows() {
  const tree = JSON.parse(execFileSync("swaymsg", ["-t", "get_tree", "-r"], { encoding: "utf8" }));
  const out = [];
  const walk = (n) => {
    if (n.app_id !== undefined || n.shell) out.push({ app_id: n.app_id, shell: n.shell, name: n.name });
    for (const c of [...(n.nodes ?? []), ...(n.floating_nodes ?? [])]) walk(c);
  };
  walk(tree);
  return out;
}

function viewerShown() {
  if (ON_WAYLAND) return swayWindows().some((w) => w.shell && w.name !== "Steward");
  try {
    return execFileSync("xdotool", ["search", "--onlyvisible", "--class", "display"], { stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim().length > 0;
  } catch {
    return false;
  }
}

function clipboardText() {
  const [cmd, args] = ON_WAYLAND ? ["wl-paste", ["--no-newline"]] : ["xclip", ["-o", "-selection", "clipboard"]];
  try {
    return execFileSync(cmd, args, { encoding: "utf8", timeout: 5000, stdio: ["ignore", "pipe", "ignore"] }).replace(/\s/g, "");
  } catch {
    return "";
  }
}

let h;
let viewer;
before(async () => {
  if (!ON_WAYLAND && !ON_X11) return;
  h = await startHarness({ name: `scan-${WHERE}`, extraEnv: ON_WAYLAND ? { GDK_BACKEND: "wayland" } : {} });
});
after(async () => {
  viewer?.kill();
  await h?.stop();
});

test(`${WHERE}: first run, log a contact, scan a QR shown by another window, copy a code`, { skip: !ON_WAYLAND && !ON_X11 && "no display" }, async () => {
  const started = Date.now();
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  console.log(`e2e ${WHERE}: window ready in ${Date.now() - started} ms`);
  if (ON_WAYLAND) {
    const steward = swayWindows().find((w) => w.name === "Steward");
    assert.ok(steward, `no Steward window in sway's tree: ${JSON.stringify(swayWindows())}`);
    assert.equal(steward.shell, "xdg_shell", "Steward must be a native Wayland window, not XWayland");
  }
  // The quick-capture shortcut says what it can do here: from anywhere on X11, only Ctrl+L in
  // the window on Wayland.
  const note = await s.waitFor(tid("quick-capture-status"));
  assert.equal(await s.cmd("GET", `/element/${note}/attribute/data-status`), ON_WAYLAND ? "wayland" : "on");
  assert.match(await s.text(note), ON_WAYLAND ? /Ctrl\+L in the window/ : /from anywhere/);
  await shot(s, "first-run");

  assert.equal(await createCase(s, "Bank locked me out"), "Bank locked me out");
  await logContact(s, { channel: "chat", summary: "Agent said the 2FA reset takes 3 days" }, 1);

  await s.click(await s.waitFor(tid("open-authenticator")));
  await s.waitFor(tid("otp-view"));

  // Another app's window shows the QR.
  viewer = ON_WAYLAND
    ? spawn("swayimg", [PICTURE], { stdio: "ignore" })
    : spawn("display", ["-geometry", "+0+0", PICTURE], { stdio: "ignore" });
  await waitFor(viewerShown, { what: "the picture viewer's window" });
  await new Promise((r) => setTimeout(r, 500));

  await s.click(await s.waitFor(tid("otp-add")));
  await s.waitFor(tid("otp-add-dialog"));
  await s.click(await s.find(tid("otp-add-way-screen")));
  const scan = Date.now();
  await s.click(await s.find(tid("otp-add-submit")));
  const summary = await s.waitFor(tid("otp-report-summary"), { timeout: 30000 });
  console.log(`e2e ${WHERE}: screen scanned in ${Date.now() - scan} ms`);
  assert.match(await s.text(summary), /3/);
  await s.click(await s.find(tid("otp-add-done")));
  const items = await waitFor(
    async () => {
      const all = await s.findAll(tid("otp-item"));
      return all.length === 3 ? all : null;
    },
    { what: "the three scanned accounts" },
  );
  const texts = await Promise.all(items.map((i) => s.text(i)));
  for (const n of ["Test1", "Test2", "Test3"]) assert.ok(texts.some((t) => t.includes(n)), `${n} in ${texts}`);
  // The viewer may cover Steward's window (sway floats it at the picture's size): close it first.
  viewer.kill();
  await waitFor(() => !viewerShown(), { what: "the viewer to close" });
  await new Promise((r) => setTimeout(r, 300));
  await shot(s, "accounts");

  // Copy a code: the clipboard holds a code (the one shown, unless it rolled over meanwhile).
  const first = items[0];
  const shown = await waitFor(
    async () => {
      const el = (await s.findAll(tid("otp-code"), first))[0];
      return el ? (await s.property(el, "dataset")).code : null;
    },
    { what: "the first account's code" },
  );
  await s.click((await s.findAll(tid("otp-copy"), first))[0]);
  const pasted = await waitFor(() => clipboardText() || null, { what: "a code on the clipboard" });
  assert.match(pasted, /^\d{6}$/);
  if (pasted !== String(shown).replace(/\s/g, "")) console.log(`e2e ${WHERE}: the code rolled over while copying`);
});
