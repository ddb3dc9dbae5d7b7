// A minimal W3C WebDriver client over fetch: just what the Steward journey needs.
// Spec: https://www.w3.org/TR/webdriver2/ . Errors carry the remote end's `error` code.

import { execFile, spawn } from "node:child_process";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class WebDriverError extends Error {
  constructor(method, path, status, value) {
    super(`${method} ${path} -> ${status} ${value?.error ?? ""}: ${value?.message ?? JSON.stringify(value)}`);
    this.code = value?.error;
  }
}

async function request(base, method, path, body) {
  let res;
  try {
    res = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json; charset=utf-8" },
      body: body === undefined ? undefined : JSON.stringify(body),
      // A wedged driver fails the test with a message instead of hanging the whole run.
      signal: AbortSignal.timeout(60000),
    });
  } catch (err) {
    // Say which request hung (a click, a script, ending the session), not only that one did.
    if (err?.name === "TimeoutError" || err?.name === "AbortError") {
      const what = body === undefined ? "" : ` ${JSON.stringify(body).slice(0, 200)}`;
      throw new Error(`WebDriver ${method} ${path}${what} got no answer in 60 s`);
    }
    throw err;
  }
  const text = await res.text();
  let json;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    throw new WebDriverError(method, path, res.status, { message: text });
  }
  if (!res.ok || json?.value?.error) throw new WebDriverError(method, path, res.status, json.value);
  return json.value;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Sends `sig` to every process of the group `group` (a child spawned `detached`); none left is fine. */
export function signalGroup(group, sig) {
  try {
    process.kill(-group, sig);
  } catch {
    // the group is already gone
  }
}

/** Polls `fn` until it returns a truthy value (or stops throwing); returns that value. */
export async function waitFor(fn, { timeout = 15000, interval = 150, what = "condition" } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? `: ${last.message}` : ""}`);
    }
    await sleep(interval);
  }
}

/**
 * Starts `tauri-driver` (which starts WebKitWebDriver) on free ports. `env` is what the app sees:
 * WebKitWebDriver launches the application with tauri-driver's environment.
 */
export async function startTauriDriver({ env = process.env, bin = "tauri-driver", log = () => {} } = {}) {
  const port = await freePort();
  const nativePort = await freePort();
  // Its own process group, so `stop` can end WebKitWebDriver and the app with it: a grandchild
  // left holding the output pipes would keep this test file's process (and the run) alive.
  const child = spawn(bin, ["--port", String(port), "--native-port", String(nativePort)], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout.on("data", (d) => log(String(d)));
  child.stderr.on("data", (d) => log(String(d)));
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const base = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`tauri-driver exited with ${child.exitCode}`);
      const status = await request(base, "GET", "/status");
      return status?.ready !== false;
    },
    { timeout: 20000, what: "tauri-driver to listen" },
  );
  return {
    base,
    async stop() {
      signalGroup(child.pid, "SIGTERM");
      const ended = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      // Whatever ignored SIGTERM (or outlived tauri-driver) goes now.
      signalGroup(child.pid, "SIGKILL");
      if (!ended) await Promise.race([exited, sleep(2000)]);
      child.stdout.destroy();
      child.stderr.destroy();
    },
  };
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /** Launches `application` (absolute path) in a new session. */
  static async start(base, application, args = []) {
    const value = await request(base, "POST", "/session", {
      capabilities: { alwaysMatch: { "tauri:options": { application, args } } },
    });
    return new Session(base, value.sessionId);
  }

  cmd(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** Ends the session; WebKitWebDriver closes the app. */
  async quit() {
    if (!this.id) return;
    const id = this.id;
    this.id = null;
    await request(this.base, "DELETE", `/session/${id}`);
  }

  async find(css, from) {
    const path = from ? `/element/${from}/element` : "/element";
    const v = await this.cmd("POST", path, { using: "css selector", value: css });
    return v[ELEMENT];
  }

  async findAll(css, from) {
    const path = from ? `/element/${from}/elements` : "/elements";
    const v = await this.cmd("POST", path, { using: "css selector", value: css });
    return v.map((e) => e[ELEMENT]);
  }

  /** Waits until `css` matches a displayed element and returns it. */
  async waitFor(css, opts = {}) {
    try {
      return await waitFor(
        async () => {
          for (const el of await this.findAll(css)) {
            if (await this.displayed(el)) return el;
          }
          return null;
        },
        { what: `"${css}"`, ...opts },
      );
    } catch (e) {
      const shown = await this.execute("return document.body ? document.body.innerText : '(no body)'").catch(
        (x) => `(could not read the page: ${x.message})`,
      );
      throw new Error(`${e.message}\n--- the window shows ---\n${shown}\n---`);
    }
  }

  /** `[data-testid="…"]` selector. */
  static tid(id, extra = "") {
    return `[data-testid="${id}"]${extra}`;
  }

  displayed(el) {
    return this.cmd("GET", `/element/${el}/displayed`);
  }

  /** Clicks `el`. A page still settling (a dialog whose content loads and grows after it
   * opens) can move the element out of view between finding and clicking it: then it is scrolled
   * into view again and clicked once more, for up to 5 s, as a person would look for it. */
  async click(el) {
    const until = Date.now() + 5000;
    for (;;) {
      try {
        return await this.cmd("POST", `/element/${el}/click`, {});
      } catch (err) {
        const moved = err instanceof WebDriverError && /not interactable|click intercepted/.test(err.code ?? "");
        if (!moved || Date.now() > until) throw err;
        await new Promise((r) => setTimeout(r, 150));
        await this.cmd("POST", "/execute/sync", {
          script: "arguments[0].scrollIntoView({ block: 'center' }); return true;",
          args: [{ [ELEMENT]: el }],
        }).catch(() => {});
      }
    }
  }

  clear(el) {
    return this.cmd("POST", `/element/${el}/clear`, {});
  }

  /**
   * Replaces what a field holds. WebDriver's clear sets the value without the input events a
   * controlled (Preact) field listens to, so it can be put back on the next render; selecting all
   * and deleting with keys is what a user does, and the app sees it.
   */
  async replaceText(el, text) {
    const CTRL = "\uE009", RELEASE = "\uE000", BACKSPACE = "\uE003";
    // On a loaded machine a re-render can land between keystrokes; check the field ends up
    // holding exactly `text`, and type it again if not.
    await waitFor(
      async () => {
        await this.type(el, `${CTRL}a${RELEASE}${BACKSPACE}`);
        if ((await this.property(el, "value")) !== "") return false;
        await this.type(el, text);
        // Fields that format as you type (phone numbers) may regroup: compare without separators.
        const bare = (v) => String(v).replace(/[\s()-]/g, "");
        return bare(await this.property(el, "value")) === bare(text);
      },
      { what: `the field to hold ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}` },
    );
  }

  type(el, text) {
    return this.cmd("POST", `/element/${el}/value`, { text });
  }

  text(el) {
    return this.cmd("GET", `/element/${el}/text`);
  }

  property(el, name) {
    return this.cmd("GET", `/element/${el}/property/${encodeURIComponent(name)}`);
  }

  title() {
    return this.cmd("GET", "/title");
  }

  url() {
    return this.cmd("GET", "/url");
  }

  execute(script, args = []) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  executeAsync(script, args = []) {
    return this.cmd("POST", "/execute/async", { script, args });
  }

  /** Presses a key (e.g. "\uE007" Enter) on the focused element via the Actions API. */
  async press(key) {
    await this.cmd("POST", "/actions", {
      actions: [{ type: "key", id: "keyboard", actions: [{ type: "keyDown", value: key }, { type: "keyUp", value: key }] }],
    });
    await this.cmd("DELETE", "/actions");
  }

  /** The window as PNG bytes, as the person sees it. WebKitWebDriver's own screenshot asks
   * WebKit's compositor for a snapshot, and with compositing off — the app's default
   * (src-tauri/src/lib.rs, lighter_webkit) — it never answers; the X server holds what the
   * window shows, so the picture is read there (ImageMagick's `import`, found by the window's
   * title with xdotool). WebDriver's is the fallback where there is no X display. */
  async screenshot() {
    if (process.env.DISPLAY) return xWindowPicture("^Steward$");
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }
}

/** The visible X window titled `title` (a regular expression) as PNG bytes, once the page has
 * had two frames to paint what the last command changed. */
async function xWindowPicture(title) {
  await sleep(150);
  const run = (cmd, args, encoding) =>
    new Promise((resolve, reject) => {
      execFile(cmd, args, { encoding, maxBuffer: 64 * 1024 * 1024, timeout: 20000 }, (err, out) =>
        err ? reject(new Error(`${cmd} ${args.join(" ")}: ${err.message}`)) : resolve(out),
      );
    });
  const ids = String(await run("xdotool", ["search", "--onlyvisible", "--name", title], "utf8"))
    .split("\n")
    .filter(Boolean);
  if (ids.length === 0) throw new Error(`no visible window titled ${title} to take a picture of`);
  // The newest window of that title (a second instance exits at once; the app's is the last).
  return run("import", ["-silent", "-window", ids[ids.length - 1], "png:-"], "buffer");
}

export const Keys = { ENTER: "\uE007", TAB: "\uE004", ESCAPE: "\uE00C" };
