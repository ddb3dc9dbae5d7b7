// Drives the native file dialogs the app opens from Rust (tauri-plugin-dialog → rfd → a GTK 3
// file chooser). Why xdotool: the chooser is its own X window, outside the webview, so WebDriver
// can neither see nor type into it; xdotool finds it by its title on the test's Xvfb display and
// types into it through the XTEST extension, as a keyboard would. (No window manager runs under
// Xvfb: the dialog is focused by hand before typing.)

import { execFile } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";

const run = promisify(execFile);

async function xdotool(...args) {
  const { stdout } = await run("xdotool", args, { env: process.env, timeout: 10000 });
  return stdout.trim();
}

/** Visible windows whose title matches `title` (a regular expression, as xdotool takes it). */
async function windows(title) {
  try {
    const out = await xdotool("search", "--onlyvisible", "--name", title);
    return out ? out.split("\n") : [];
  } catch {
    return []; // xdotool exits 1 when nothing matches
  }
}

/** The titles of every visible window, for a failure message. */
async function visibleTitles() {
  const names = [];
  for (const id of await windows(".")) {
    names.push(await xdotool("getwindowname", id).catch(() => "?"));
  }
  return names.filter((n) => n).join(" | ") || "(none)";
}

/** Waits for a visible window titled `title` and returns its id. */
async function waitForWindow(title, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await windows(title);
    if (found.length > 0) return found[found.length - 1];
    if (Date.now() > deadline) {
      throw new Error(
        `no native dialog titled /${title}/ appeared within ${timeout} ms; visible windows: ${await visibleTitles()}`,
      );
    }
    await sleep(200);
  }
}

/** Waits until the window `id` titled `title` is no longer shown; false if it still is. */
async function waitGone(title, id, timeout) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (!(await windows(title)).includes(id)) return true;
    await sleep(150);
  }
  return false;
}

/**
 * Finds the dialog, focuses it and presses `keys` (a list of ["key", …] / ["type", text] steps);
 * tries again (up to `attempts` times) while the dialog stays open. A freshly mapped GTK chooser
 * can drop the first keys while it is still loading its folder. `screenshot`: a PNG path for the
 * screen with the dialog on it, before any key.
 */
async function drive(title, steps, { timeout = 20000, attempts = 4, what, screenshot }) {
  const id = await waitForWindow(title, timeout);
  for (let attempt = 1; attempt <= attempts; attempt++) {
    // Let GTK finish showing the dialog (and, on a retry, whatever the last keys started).
    await sleep(attempt === 1 ? 600 : 1500);
    // The whole X screen (the dialog is not in the webview's screenshots): ImageMagick's import.
    if (screenshot && attempt === 1) await run("import", ["-window", "root", screenshot], { env: process.env });
    await xdotool("windowfocus", "--sync", id).catch(() => xdotool("windowfocus", id));
    for (const [kind, arg] of steps) {
      if (kind === "key") await xdotool("key", "--clearmodifiers", arg);
      else await xdotool("type", "--clearmodifiers", "--delay", "15", arg);
      await sleep(120);
    }
    if (await waitGone(title, id, 5000)) return;
    console.log(`# the ${what} dialog /${title}/ is still open after attempt ${attempt}; typing again`);
    // Still open: a key was lost while GTK was busy. The steps start by selecting all, so typing
    // them again replaces what a lost key left behind.
  }
  throw new Error(
    `the ${what} dialog /${title}/ was still open after ${attempts} attempts; visible windows: ${await visibleTitles()}`,
  );
}

/** Saves under `path` (absolute) in the Save dialog titled `title`: the full path replaces the
 * suggested name, as a person may type it, then Return. */
export function saveAs(title, path, opts = {}) {
  return drive(
    title,
    [
      ["key", "ctrl+a"],
      ["type", path],
      ["key", "Return"],
    ],
    { what: "Save", ...opts },
  );
}

/** Opens `path` (absolute) in the Open dialog titled `title`: Ctrl+L for the location field, the
 * path, Delete (drops any completion GTK offered after it), Return. */
export function openFile(title, path, opts = {}) {
  return drive(
    title,
    [
      ["key", "ctrl+l"],
      ["key", "ctrl+a"],
      ["type", path],
      ["key", "Delete"],
      ["key", "Return"],
    ],
    { what: "Open", ...opts },
  );
}

/** Cancels the dialog titled `title` (Escape), as a person who changed their mind. */
export function cancel(title, opts = {}) {
  return drive(title, [["key", "Escape"]], { what: "dialog", ...opts });
}

/** Chooses the folder `path` (absolute) in the folder dialog titled `title`: Ctrl+L for the
 * location field, the path with a final slash, Return. (The dialog must start in a folder, not
 * in GTK's "Recent" list, where Return does nothing.) */
export function chooseFolder(title, path, opts = {}) {
  return drive(
    title,
    [
      ["key", "ctrl+l"],
      ["key", "ctrl+a"],
      ["type", path.endsWith("/") ? path : `${path}/`],
      ["key", "Return"],
    ],
    { what: "folder", ...opts },
  );
}
