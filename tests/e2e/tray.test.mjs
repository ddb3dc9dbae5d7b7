// The tray icon's menu ("Show Steward", "Lock now"; src-tauri/src/lock.rs `tray`), driven the
// way a desktop drives it. Tauri's tray on Linux is libayatana-appindicator: it exports a
// StatusNotifierItem with its menu (com.canonical.dbusmenu) on the session bus and registers it
// with the org.kde.StatusNotifierWatcher there. Xvfb alone has no tray, so this test runs a real
// one on the test display and the test's D-Bus session: Xfce's panel (Debian's xfce4-panel, with
// only its "Status Tray" plugin, which is the watcher and a StatusNotifierItem host, as on an Xfce
// desktop) with its settings daemon xfconfd reading a panel layout the test writes, and openbox as
// the window manager (minimising needs one). No stand-in: the panel draws the icon, a right click
// on it (xdotool, through XTEST: a real pointer event) makes the panel read the menu over dbusmenu
// and pop it up, and keys pick the entry, as a keyboard would (the popup is the panel's GTK menu,
// outside the webview, where WebDriver cannot reach). dbus-monitor on the test bus shows the panel
// opening the menu (AboutToShow) and sending "clicked" for the chosen entry (Event), so the test
// knows the click came from the panel. The labels are read with the call the panel makes (dbusmenu
// GetLayout) and seen in the whole-screen shots tests/e2e/screenshots/tray-*.png.

import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, test } from "node:test";
import { addAccountByLink, chooseLanguage, createCase, firstScreen, installed, ROOT, SCREENSHOTS, startHarness, tid } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

const TITLE = "Card blocked after travel";
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const WATCHER = "org.kde.StatusNotifierWatcher";

// One panel along the top of the screen holding only the tray ("systray" is the Status Tray).
const PANEL_LAYOUT = `<?xml version="1.0" encoding="UTF-8"?>
<channel name="xfce4-panel" version="1.0">
  <property name="configver" type="int" value="2"/>
  <property name="panels" type="array">
    <value type="int" value="1"/>
    <property name="panel-1" type="empty">
      <property name="position" type="string" value="p=6;x=0;y=0"/>
      <property name="length" type="uint" value="100"/>
      <property name="position-locked" type="bool" value="true"/>
      <property name="icon-size" type="uint" value="16"/>
      <property name="size" type="uint" value="26"/>
      <property name="plugin-ids" type="array">
        <value type="int" value="1"/>
      </property>
    </property>
  </property>
  <property name="plugins" type="empty">
    <property name="plugin-1" type="string" value="systray"/>
  </property>
</channel>
`;

const NEEDS = ["xfce4-panel", "openbox", "xdotool", "gdbus", "import", "dpkg-query"];
const missing = NEEDS.filter((tool) => !installed(tool));

const run = (cmd, args) => execFileSync(cmd, args, { encoding: "utf8", timeout: 10000 }).trim();
const gdbus = (dest, path, method, ...args) =>
  run("gdbus", ["call", "--session", "--dest", dest, "--object-path", path, "--method", method, ...args]);
const hasOwner = (name) =>
  gdbus("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", name) === "(true,)";

let h;
let desktopDir;
const desktop = [];

/** Starts a program of the test desktop; it is ended in `after`. */
function start(cmd, args, env, stdout = "ignore") {
  const child = spawn(cmd, args, { env, stdio: ["ignore", stdout, "ignore"] });
  desktop.push(child);
  return child;
}

before(async () => {
  if (missing.length > 0) return;
  h = await startHarness({ name: "tray" });
  // The panel's own home: xfconfd reads the layout from XDG_CONFIG_HOME.
  desktopDir = mkdtempSync(join(tmpdir(), "steward-e2e-tray-panel-"));
  const env = { ...process.env };
  for (const dir of ["home", "config", "cache", "data"]) mkdirSync(join(desktopDir, dir));
  Object.assign(env, {
    HOME: join(desktopDir, "home"),
    XDG_CONFIG_HOME: join(desktopDir, "config"),
    XDG_CACHE_HOME: join(desktopDir, "cache"),
    XDG_DATA_HOME: join(desktopDir, "data"),
  });
  const channels = join(desktopDir, "config/xfce4/xfconf/xfce-perchannel-xml");
  mkdirSync(channels, { recursive: true });
  writeFileSync(join(channels, "xfce4-panel.xml"), PANEL_LAYOUT);

  start("openbox", ["--sm-disable"], process.env);
  // xfconfd is started here, not by D-Bus activation, so that it gets this environment (the bus
  // would start it with its own, where this layout is not, and the panel would ask on first run).
  const xfconfd = run("dpkg-query", ["-L", "xfconf"])
    .split("\n")
    .find((p) => p.endsWith("/xfconfd"));
  assert.ok(xfconfd, "xfconfd (Debian package xfconf, a dependency of xfce4-panel)");
  assert.ok(!hasOwner("org.xfce.Xfconf"), "no other xfconfd on the test bus");
  start(xfconfd, [], env);
  await waitFor(() => hasOwner("org.xfce.Xfconf"), { what: "xfconfd on the test bus" });
  start("xfce4-panel", ["--disable-wm-check"], env);
  await waitFor(() => hasOwner(WATCHER), { what: "the panel's StatusNotifierWatcher on the test bus" });
  calls = new MenuCalls();
});

after(async () => {
  await h?.stop();
  for (const child of desktop.reverse()) child.kill();
  if (desktopDir) {
    // The next test files share this bus: the tray leaves with this one.
    await waitFor(() => !hasOwner(WATCHER), { what: "the panel to leave the bus" }).catch(() => {});
    rmSync(desktopDir, { recursive: true, force: true });
  }
});

/** Steward's item as the watcher lists it: its bus name and object path. */
function stewardItem() {
  const listed = gdbus(WATCHER, "/StatusNotifierWatcher", "org.freedesktop.DBus.Properties.Get", WATCHER, "RegisteredStatusNotifierItems");
  // "<bus name><object path>"; libayatana names the item after the tray id ("steward").
  const m = listed.match(/'(:[0-9.]+)(\/[^']*steward[^']*)'/);
  return m ? { bus: m[1], path: m[2] } : null;
}

/** The menu's entries ({id, label}), in order, read as every StatusNotifierItem host reads them. */
function menuEntries(item) {
  const menu = gdbus(item.bus, item.path, "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem", "Menu").match(
    /objectpath '([^']+)'/,
  )[1];
  // "--": gdbus would take -1 for an option.
  const layout = gdbus(item.bus, menu, "com.canonical.dbusmenu.GetLayout", "--", "0", "-1", "@as []");
  return [...layout.matchAll(/<\((\d+), \{([^}]*)\}/g)]
    .map(([, id, props]) => ({ id: Number(id), label: props.match(/'label': <'([^']*)'>/)?.[1] }))
    .filter((e) => e.label !== undefined);
}

const menuLabels = (item) => menuEntries(item).map((e) => e.label);

/**
 * What the panel says to the app's menu, as dbus-monitor sees it on the test bus: the calls of
 * com.canonical.dbusmenu (AboutToShow when the panel opens the menu, Event "clicked" when an entry
 * is chosen), each {sender, destination, member, body}.
 */
class MenuCalls {
  constructor() {
    this.text = "";
    this.child = start("dbus-monitor", ["--session", "type='method_call',interface='com.canonical.dbusmenu'"], process.env, "pipe");
    this.child.stdout.setEncoding("utf8");
    this.child.stdout.on("data", (chunk) => (this.text += chunk));
  }

  /** Where the calls from now on begin. */
  mark() {
    return this.text.length;
  }

  since(mark) {
    return this.text
      .slice(mark)
      .split(/\n(?=\S)/)
      .map((block) => {
        const head = block.match(/^method call .* sender=(\S+) -> destination=(\S+) .*member=(\w+)/);
        return head && { sender: head[1], destination: head[2], member: head[3], body: block };
      })
      .filter(Boolean);
  }
}
let calls;

/** The centre of the first icon on the panel (the tray is the panel's only plugin). */
function trayIcon() {
  const panels = run("xdotool", ["search", "--onlyvisible", "--class", "xfce4-panel"]).split("\n");
  const geometry = panels
    .map((id) => Object.fromEntries(run("xdotool", ["getwindowgeometry", "--shell", id]).split("\n").map((l) => l.split("="))))
    .sort((a, b) => Number(b.WIDTH) - Number(a.WIDTH))[0];
  const half = Math.floor(Number(geometry.HEIGHT) / 2);
  return [Number(geometry.X) + half, Number(geometry.Y) + half];
}

/** The whole X screen (panel, popup and window) to tests/e2e/screenshots/<name>. */
function screen(name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, name);
  run("import", ["-window", "root", file]);
  return file;
}

/**
 * Right-clicks Steward's icon on the panel, waits until the panel has opened its menu, optionally
 * photographs the screen, then picks the entry labelled `label` with the arrow keys and Enter, and
 * checks that the panel told the app "clicked" on that entry. Tries again (Escape first) if the
 * keys came before the popup took them.
 */
async function pick(item, label, screenshot) {
  const entries = menuEntries(item);
  const index = entries.findIndex((e) => e.label === label);
  assert.ok(index >= 0, `"${label}" in the tray menu ${JSON.stringify(entries)}`);
  const panel = gdbus("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.GetNameOwner", WATCHER).match(/'([^']+)'/)[1];
  for (let attempt = 1; ; attempt++) {
    const from = calls.mark();
    const [x, y] = trayIcon();
    run("xdotool", ["mousemove", String(x), String(y), "click", "3"]);
    await waitFor(() => calls.since(from).find((c) => c.member.startsWith("AboutToShow") && c.sender === panel), {
      what: "the panel opening Steward's menu (dbusmenu AboutToShow from the panel)",
    });
    // AboutToShow comes as the popup is built; give it a moment to be mapped and take the keys.
    await sleep(500 * attempt);
    if (screenshot && attempt === 1) screen(screenshot);
    for (let k = 0; k <= index; k++) run("xdotool", ["key", "Down"]);
    run("xdotool", ["key", "Return"]);
    const clicked = await waitFor(
      () =>
        calls
          .since(from)
          .find((c) => c.member.startsWith("Event") && /string "clicked"/.test(c.body) && new RegExp(`int32 ${entries[index].id}\\n`).test(c.body)),
      { timeout: 3000, what: `the panel's "clicked" on "${label}"` },
    ).catch((err) => {
      if (attempt >= 3) throw err;
      return null;
    });
    if (clicked) {
      if (attempt > 1) console.log(`# tray: "${label}" took ${attempt} tries (the popup missed the keys)`);
      assert.deepEqual([clicked.sender, clicked.destination], [panel, item.bus], "the click comes from the panel to Steward");
      return;
    }
    run("xdotool", ["key", "Escape"]);
    await sleep(300);
  }
}

/** The whole page as the WebView holds it (markup, attributes, values of fields). */
const pageSource = (s) =>
  s.execute(
    "return document.documentElement.outerHTML + [...document.querySelectorAll('input,textarea')].map(e => e.value).join(' ')",
  );

const lockStatus = (s) =>
  s.executeAsync(
    `const done = arguments[arguments.length - 1];
     window.__TAURI_INTERNALS__.invoke("lock_status", {}).then(done, (e) => done({ error: e }));`,
  );

/** The visible X windows titled "Steward" (the app's main window). */
function stewardWindows() {
  try {
    return run("xdotool", ["search", "--onlyvisible", "--name", "^Steward$"]).split("\n");
  } catch {
    return []; // xdotool exits 1 when no window matches
  }
}

test("tray: the panel shows Steward's menu; Lock now locks, Show Steward brings the window back, the menu follows the language", async (t) => {
  if (missing.length > 0) {
    t.skip(`${missing.join(", ")} missing: run scripts/install-deps.sh`);
    return;
  }
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  assert.equal(await createCase(s, TITLE), TITLE);
  await s.click(await s.waitFor(tid("open-authenticator")));
  await s.waitFor(tid("otp-view"));
  await addAccountByLink(s, `otpauth://totp/Bank:minh?secret=${SECRET}&issuer=Bank`);
  const code = (await s.property(await s.waitFor(`${tid("otp-code")}[data-code]`), "dataset")).code;
  assert.match(code, /^\d{6}$/);

  // The item reaches the panel, and its menu is in English.
  const item = await waitFor(stewardItem, { timeout: 20000, what: "Steward's item registered with the panel's watcher" });
  assert.deepEqual(menuLabels(item), ["Show Steward", "Lock now"]);

  // Lock now, from the panel's menu: the lock screen, and no code or case text in the page.
  await pick(item, "Lock now", "tray-menu-en.png");
  await s.waitFor(tid("lock-screen"), { timeout: 10000 });
  const locked = await pageSource(s);
  for (const [what, text] of [
    ["the code", code],
    ["the case title", TITLE],
    ["the secret", SECRET],
    ["the account", "minh"],
  ]) {
    assert.ok(!locked.includes(text), `${what} is still in the page after Lock now in the tray`);
  }
  const status = await lockStatus(s);
  assert.deepEqual({ locked: status.locked, reason: status.reason }, { locked: true, reason: "manual" });
  await sleep(300);
  screen("tray-locked.png");
  copyFileSync(join(SCREENSHOTS, "tray-menu-en.png"), join(ROOT, "docs", "tray-menu.png"));

  await s.click(await s.waitFor(tid("lock-unlock")));
  await s.waitFor(tid("new-case"), { timeout: 30000 });

  // Minimised (openbox iconifies it), then Show Steward from the panel: the window is back.
  const [window] = stewardWindows();
  assert.ok(window, "the Steward window on the display");
  run("xdotool", ["windowminimize", window]);
  await waitFor(() => !stewardWindows().includes(window), { what: "the window minimised" });
  await pick(item, "Show Steward");
  await waitFor(() => stewardWindows().includes(window), { timeout: 10000, what: "the window shown again by Show Steward" });
  await s.waitFor(tid("new-case"));
  await sleep(300);
  screen("tray-shown.png");

  // The menu follows the window's language.
  await chooseLanguage(s, "vi");
  await waitFor(() => JSON.stringify(menuLabels(item)) === JSON.stringify(["Hiện Steward", "Khóa ngay"]), {
    timeout: 10000,
    what: "the tray menu in Vietnamese",
  });
  await pick(item, "Khóa ngay", "tray-menu-vi.png");
  await s.waitFor(tid("lock-screen"), { timeout: 10000 });
  assert.ok(!(await pageSource(s)).includes(TITLE), "the case title is still in the page after Khóa ngay");
  await s.quit();
});
