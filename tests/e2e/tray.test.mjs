// The tray icon's menu ("Show Steward", "Lock now"; src-tauri/src/lock.rs `tray`), driven the
// way a desktop drives it, through real trays on the test display and the test's D-Bus session
// (Xvfb alone has none). No stand-in: Debian's own tray programs, with openbox as the window
// manager (minimising needs one). Clicks are real pointer events and keys real key presses on the
// X display (xdotool, through XTEST): the menus are outside the webview, where WebDriver cannot
// reach. Whole-screen shots go to tests/e2e/screenshots/tray-*.png.
//
// Tauri's tray on Linux is libayatana-appindicator, which has two ways to a tray:
// 1. StatusNotifierItem, what current desktops use: it exports the item and its menu
//    (com.canonical.dbusmenu) on the session bus and registers it with the
//    org.kde.StatusNotifierWatcher there. The host here is Xfce's panel (xfce4-panel with only its
//    "Status Tray" plugin, which is both the watcher and a host, as on an Xfce desktop), with its
//    settings daemon xfconfd reading a panel layout the test writes. A right click on the icon
//    makes the panel read the menu over dbusmenu and pop it up; the arrow keys and Enter pick the
//    entry. dbus-monitor on the test bus shows the panel opening the menu (AboutToShow) and sending
//    "clicked" for the chosen entry (Event), so the test knows the click came from the panel. The
//    labels are read with the call every host makes (dbusmenu GetLayout).
// 2. With no watcher on the bus, the fallback: a GtkStatusIcon in an XEmbed system tray (older
//    panels, i3bar-style bars, trayer). The host here is trayer; the menu is the app's own GTK menu,
//    clicked with the pointer. Its labels are not on any bus: the shots show them.

import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "node:test";
import { addAccountByLink, chooseLanguage, createCase, firstScreen, installed, ROOT, SCREENSHOTS, startHarness, tid } from "./app.mjs";
import { signalGroup, waitFor } from "./webdriver.mjs";

const TITLE = "Card blocked after travel";
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const WATCHER = "org.kde.StatusNotifierWatcher";
// The menu's entries, in the order lock.rs builds them.
const SHOW = 0;
const LOCK = 1;
const LABELS = { en: ["Show Steward", "Lock now"], vi: ["Hiện Steward", "Khóa ngay"] };

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

const COMMON = ["openbox", "xdotool", "xwininfo", "gdbus", "import"];
const missingFor = (tools) => [...COMMON, ...tools].filter((tool) => !installed(tool));

const run = (cmd, args) => execFileSync(cmd, args, { encoding: "utf8", timeout: 10000 }).trim();
const gdbus = (dest, path, method, ...args) =>
  run("gdbus", ["call", "--session", "--dest", dest, "--object-path", path, "--method", method, ...args]);
const busCall = (method, ...args) => gdbus("org.freedesktop.DBus", "/org/freedesktop/DBus", `org.freedesktop.DBus.${method}`, ...args);
const hasOwner = (name) => busCall("NameHasOwner", name) === "(true,)";

/** The programs of a test desktop (window manager, tray), with their own home; `stop` ends them. */
class Desktop {
  constructor(name) {
    this.children = [];
    this.dir = mkdtempSync(join(tmpdir(), `steward-e2e-${name}-`));
    this.env = { ...process.env };
    for (const [key, dir] of [
      ["HOME", "home"],
      ["XDG_CONFIG_HOME", "config"],
      ["XDG_CACHE_HOME", "cache"],
      ["XDG_DATA_HOME", "data"],
    ]) {
      this.env[key] = join(this.dir, dir);
      mkdirSync(this.env[key]);
    }
    this.start("openbox", ["--sm-disable"]);
  }

  /**
   * Starts `cmd` in its own process group (what it starts, e.g. the panel's plugin processes, is
   * ended with it), its stderr to <dir>/<name>.log (`log(name)` reads it back for error messages).
   */
  start(cmd, args, stdout = "ignore") {
    const stderr = openSync(join(this.dir, `${basename(cmd)}.log`), "a");
    const child = spawn(cmd, args, { env: this.env, stdio: ["ignore", stdout, stderr], detached: true });
    closeSync(stderr);
    this.children.push(child);
    return child;
  }

  /** What `name` has written to stderr so far ("" if nothing). */
  log(name) {
    try {
      return readFileSync(join(this.dir, `${name}.log`), "utf8").trim();
    } catch {
      return "";
    }
  }

  /**
   * Ends every program of this desktop and waits until none is left (its process groups: the
   * panel runs its tray plugin as a process of its own, panel-1-systray, which holds the X tray
   * selection). A tray still holding that selection makes the next one refuse: trayer then says
   * "another systray already running" and never shows a window (tried with two trayers) — what a
   * CI run saw as "timed out waiting for trayer on the display" after the Xfce test.
   */
  async stop() {
    const groups = this.children.reverse().map((child) => child.pid);
    for (const sig of ["SIGTERM", "SIGKILL"]) {
      for (const group of groups) signalGroup(group, sig);
      const ended = await waitFor(() => groups.every((group) => !groupAlive(group)), { timeout: 5000, what: "the desktop's programs to end" })
        .then(() => true)
        .catch(() => false);
      if (ended) break;
    }
    // The next test files share this bus: the tray leaves with this test.
    await waitFor(() => !hasOwner(WATCHER) && !hasOwner("org.xfce.Xfconf"), { what: "the tray to leave the bus" }).catch(() => {});
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Whether process group `group` still has a live (not zombie) process, read from /proc. */
function groupAlive(group) {
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let stat;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // ended while we looked
    }
    // "pid (comm) state ppid pgrp …": comm may hold spaces and parentheses, so split after the last ")".
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(pgrp) === group && state !== "Z") return true;
  }
  return false;
}

/** The whole X screen (tray, menu and window) to tests/e2e/screenshots/<name>. */
function screen(name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  run("import", ["-window", "root", join(SCREENSHOTS, name)]);
}

/** Geometry of an X window: {X, Y, WIDTH, HEIGHT} as numbers. */
function geometry(id) {
  const shell = run("xdotool", ["getwindowgeometry", "--shell", id]);
  return Object.fromEntries(shell.split("\n").map((l) => l.split("=")).map(([k, v]) => [k, Number(v)]));
}

/** Visible X windows matching xdotool search `args` (none: xdotool exits 1). */
function windows(...args) {
  try {
    return run("xdotool", ["search", "--onlyvisible", ...args]).split("\n");
  } catch {
    return [];
  }
}

/** Right-clicks the centre of the first icon in the tray window `trayWindow` (square icons, left first). */
function rightClickIcon(trayWindow) {
  const g = geometry(trayWindow);
  const half = Math.floor(g.HEIGHT / 2);
  run("xdotool", ["mousemove", String(g.X + half), String(g.Y + half), "click", "3"]);
}

/**
 * The StatusNotifierItem tray: Xfce's panel. `labels()` reads the menu as the panel does;
 * `pick(index)` opens the menu from the panel and chooses the entry with the keys. Its programs
 * run in the desktop `d`.
 */
async function xfceTray(d) {
  const channels = join(d.env.XDG_CONFIG_HOME, "xfce4/xfconf/xfce-perchannel-xml");
  mkdirSync(channels, { recursive: true });
  writeFileSync(join(channels, "xfce4-panel.xml"), PANEL_LAYOUT);
  // xfconfd is started here, not by D-Bus activation, so that it gets this environment (the bus
  // would start it with its own, where this layout is not, and the panel would ask on first run).
  const xfconfd = run("dpkg-query", ["-L", "xfconf"])
    .split("\n")
    .find((p) => p.endsWith("/xfconfd"));
  assert.ok(xfconfd, "xfconfd (Debian package xfconf, a dependency of xfce4-panel)");
  assert.ok(!hasOwner("org.xfce.Xfconf"), "no other xfconfd on the test bus");
  d.start(xfconfd, []);
  await waitFor(() => hasOwner("org.xfce.Xfconf"), { what: "xfconfd on the test bus" });
  d.start("xfce4-panel", ["--disable-wm-check"]);
  await waitFor(() => hasOwner(WATCHER), { what: "the panel's StatusNotifierWatcher on the test bus" });
  const calls = new MenuCalls(d);
  let item;

  /** The menu's entries ({id, label}), in order, read as every StatusNotifierItem host reads them. */
  const entries = () => {
    const menu = gdbus(item.bus, item.path, "org.freedesktop.DBus.Properties.Get", "org.kde.StatusNotifierItem", "Menu").match(
      /objectpath '([^']+)'/,
    )[1];
    // "--": gdbus would take -1 for an option.
    const layout = gdbus(item.bus, menu, "com.canonical.dbusmenu.GetLayout", "--", "0", "-1", "@as []");
    return [...layout.matchAll(/<\((\d+), \{([^}]*)\}/g)]
      .map(([, id, props]) => ({ id: Number(id), label: props.match(/'label': <'([^']*)'>/)?.[1] }))
      .filter((e) => e.label !== undefined);
  };

  return {
    prefix: "tray",
    /** Waits until Steward's item is registered with the panel's watcher. */
    async ready() {
      item = await waitFor(
        () => {
          const listed = gdbus(WATCHER, "/StatusNotifierWatcher", "org.freedesktop.DBus.Properties.Get", WATCHER, "RegisteredStatusNotifierItems");
          // "<bus name><object path>"; libayatana names the item after the tray id ("steward").
          const m = listed.match(/'(:[0-9.]+)(\/[^']*steward[^']*)'/);
          return m && { bus: m[1], path: m[2] };
        },
        { timeout: 20000, what: "Steward's item registered with the panel's watcher" },
      );
    },
    labels: () => entries().map((e) => e.label),
    /**
     * Right-clicks the icon, waits until the panel has opened the menu, optionally photographs the
     * screen, picks entry `index` with the arrow keys and Enter, and checks that the panel told the
     * app "clicked" on it. Tries again (Escape first) if the keys came before the popup took them.
     */
    async pick(index, screenshot) {
      const entry = entries()[index];
      const panel = busCall("GetNameOwner", WATCHER).match(/'([^']+)'/)[1];
      const [panelWindow] = windows("--class", "xfce4-panel")
        .map((id) => [id, geometry(id).WIDTH])
        .sort((a, b) => b[1] - a[1])[0];
      for (let attempt = 1; ; attempt++) {
        const from = calls.mark();
        rightClickIcon(panelWindow);
        await waitFor(() => calls.since(from).find((c) => c.member.startsWith("AboutToShow") && c.sender === panel), {
          what: "the panel opening Steward's menu (dbusmenu AboutToShow from the panel)",
        });
        // AboutToShow comes as the popup is built; give it a moment to be mapped and take keys.
        await sleep(500 * attempt);
        if (screenshot && attempt === 1) screen(screenshot);
        for (let k = 0; k <= index; k++) run("xdotool", ["key", "Down"]);
        run("xdotool", ["key", "Return"]);
        const clickedOn = new RegExp(`int32 ${entry.id}\\n\\s*string "clicked"`);
        const clicked = await waitFor(() => calls.since(from).find((c) => c.member.startsWith("Event") && clickedOn.test(c.body)), {
          timeout: 3000,
          what: `the panel's "clicked" on "${entry.label}"`,
        }).catch((err) => {
          if (attempt >= 3) throw err;
          return null;
        });
        if (clicked) {
          if (attempt > 1) console.log(`# tray: "${entry.label}" took ${attempt} tries (the popup missed the keys)`);
          assert.deepEqual([clicked.sender, clicked.destination], [panel, item.bus], "the click comes from the panel to Steward");
          return;
        }
        run("xdotool", ["key", "Escape"]);
        await sleep(300);
      }
    },
  };
}

/**
 * What the panel says to the app's menu, as dbus-monitor sees it on the test bus: the calls of
 * com.canonical.dbusmenu (AboutToShow when the panel opens the menu, Event "clicked" when an entry
 * is chosen), each {sender, destination, member, body}.
 */
class MenuCalls {
  constructor(desktop) {
    this.text = "";
    const child = desktop.start("dbus-monitor", ["--session", "type='method_call',interface='com.canonical.dbusmenu'"], "pipe");
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk) => (this.text += chunk));
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

/**
 * The XEmbed tray: trayer, with no StatusNotifierWatcher on the bus (libayatana then falls back to
 * a GtkStatusIcon). `labels` is null (the menu is the app's own GTK menu, on no bus); `pick(index)`
 * opens it from trayer and clicks the entry with the pointer. trayer runs in the desktop `d`.
 */
async function xembedTray(d) {
  assert.ok(!hasOwner(WATCHER), "no StatusNotifierWatcher on the test bus (the fallback needs none)");
  d.start("trayer", ["--edge", "top", "--align", "left", "--widthtype", "pixel", "--width", "200", "--height", "26"]);
  const trayWindow = await waitFor(() => windows("--class", "trayer")[0], { what: "trayer on the display" }).catch((e) => {
    // trayer's own words say why (e.g. "another systray already running": a tray still on the display).
    throw new Error(`${e.message}; trayer said: ${d.log("trayer") || "nothing"}`);
  });
  /** Visible top-level windows, for telling the menu's popup from what was there before. */
  const topLevel = () => new Set(windows("--maxdepth", "1", "--name", ""));
  return {
    prefix: "tray-xembed",
    /** Waits until trayer holds an embedded icon (the GtkStatusIcon's window, Steward's). */
    async ready() {
      await waitFor(() => /steward/i.test(run("xwininfo", ["-tree", "-id", trayWindow])), {
        timeout: 30000,
        what: "Steward's icon embedded in trayer",
      });
    },
    labels: () => null,
    /** Right-clicks the icon, waits for the popup, optionally photographs it, clicks entry `index`. */
    async pick(index, screenshot) {
      const before = topLevel();
      rightClickIcon(trayWindow);
      const popup = await waitFor(
        () =>
          [...topLevel()]
            .filter((id) => !before.has(id))
            .map((id) => ({ id, ...geometry(id) }))
            .find((g) => g.WIDTH > 40 && g.HEIGHT > 20),
        { what: "Steward's tray menu popping up" },
      );
      await sleep(300);
      if (screenshot) screen(screenshot);
      // Two entries of equal height stacked in the popup: the middle of the one wanted.
      const count = LABELS.en.length;
      const y = popup.Y + Math.round((popup.HEIGHT * (2 * index + 1)) / (2 * count));
      run("xdotool", ["mousemove", String(popup.X + Math.round(popup.WIDTH / 2)), String(y), "click", "1"]);
      await waitFor(() => !topLevel().has(popup.id), { what: "the menu closed by the click" });
    },
  };
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

/**
 * The same visit for every tray: Lock now empties the page, Show Steward brings a minimised window
 * back, and the menu follows the window's language.
 */
async function visit(s, tray) {
  assert.equal(await firstScreen(s), "main");
  assert.equal(await createCase(s, TITLE), TITLE);
  await s.click(await s.waitFor(tid("open-authenticator")));
  await s.waitFor(tid("otp-view"));
  await addAccountByLink(s, `otpauth://totp/Bank:minh?secret=${SECRET}&issuer=Bank`);
  const code = (await s.property(await s.waitFor(`${tid("otp-code")}[data-code]`), "dataset")).code;
  assert.match(code, /^\d{6}$/);

  await tray.ready();
  const en = tray.labels();
  if (en) assert.deepEqual(en, LABELS.en);

  // Lock now: the lock screen, and no code or case text in the page.
  await tray.pick(LOCK, `${tray.prefix}-menu-en.png`);
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
  screen(`${tray.prefix}-locked.png`);

  await s.click(await s.waitFor(tid("lock-unlock")));
  await s.waitFor(tid("new-case"), { timeout: 30000 });

  // Minimised (openbox iconifies it), then Show Steward: the window is back.
  const stewardWindows = () => windows("--name", "^Steward$");
  const [window] = stewardWindows();
  assert.ok(window, "the Steward window on the display");
  run("xdotool", ["windowminimize", window]);
  await waitFor(() => !stewardWindows().includes(window), { what: "the window minimised" });
  await tray.pick(SHOW);
  await waitFor(() => stewardWindows().includes(window), { timeout: 10000, what: "the window shown again by Show Steward" });
  await s.waitFor(tid("new-case"));
  await sleep(300);
  screen(`${tray.prefix}-shown.png`);

  // The menu follows the window's language (lock.rs looks every second).
  await chooseLanguage(s, "vi");
  if (en) {
    await waitFor(() => JSON.stringify(tray.labels()) === JSON.stringify(LABELS.vi), {
      timeout: 10000,
      what: "the tray menu in Vietnamese",
    });
  } else {
    await sleep(2500);
  }
  await tray.pick(LOCK, `${tray.prefix}-menu-vi.png`);
  await s.waitFor(tid("lock-screen"), { timeout: 10000 });
  assert.ok(!(await pageSource(s)).includes(TITLE), "the case title is still in the page after Khóa ngay");
}

test("tray (StatusNotifierItem, Xfce's panel): Lock now locks, Show Steward brings the window back, the menu follows the language", async (t) => {
  const missing = missingFor(["xfce4-panel", "dbus-monitor", "dpkg-query"]);
  if (missing.length > 0) {
    t.skip(`${missing.join(", ")} missing: run scripts/install-deps.sh`);
    return;
  }
  // Everything started is stopped, whatever fails: a tray left running would break the next test.
  const desktop = new Desktop("tray-xfce");
  const h = await startHarness({ name: "tray" });
  try {
    const tray = await xfceTray(desktop);
    const s = await h.launch();
    await visit(s, tray);
    copyFileSync(join(SCREENSHOTS, "tray-menu-en.png"), join(ROOT, "docs", "tray-menu.png"));
    await s.quit();
  } finally {
    await h.stop();
    await desktop.stop();
  }
});

test("tray (XEmbed fallback, trayer): with no StatusNotifierWatcher the icon and its menu work the same", async (t) => {
  const missing = missingFor(["trayer"]);
  if (missing.length > 0) {
    t.skip(`${missing.join(", ")} missing: run scripts/install-deps.sh`);
    return;
  }
  const desktop = new Desktop("tray-xembed");
  const h = await startHarness({ name: "tray-xembed" });
  try {
    const tray = await xembedTray(desktop);
    const s = await h.launch();
    await visit(s, tray);
    await s.quit();
  } finally {
    await h.stop();
    await desktop.stop();
  }
});
