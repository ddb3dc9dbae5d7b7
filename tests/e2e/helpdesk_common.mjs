// What the three helpdesk e2e files (RT, Redmine, django-helpdesk) share: reading the settings a
// server's up-script wrote, skipping (and saying why) when no server is configured, and opening
// the Share dialog at its "Send to helpdesk" section.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, scrollTo, tid } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

/**
 * The server's settings: `KEY=value` lines of `<state folder>/<file>` (the folder from the
 * environment variable `stateVar`, else `defaultDir` under the repository), the environment
 * winning. `null` unless every key in `keys` has a value (`optional` ones are read when there).
 */
export function serverSettings({ stateVar, defaultDir, file, keys, optional = [] }) {
  const path = join(process.env[stateVar] ?? join(ROOT, defaultDir), file);
  const vars = existsSync(path)
    ? Object.fromEntries(
        readFileSync(path, "utf8")
          .split("\n")
          .filter((l) => l.includes("="))
          .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
      )
    : {};
  const get = (k) => process.env[k] ?? vars[k];
  return keys.every((k) => get(k)) ? Object.fromEntries([...keys, ...optional].map((k) => [k, get(k)])) : null;
}

/**
 * The `skip` value for node:test: `false` with settings, else the reason, printed. Throws when
 * the environment variable `requiredVar` is "required" (scripts/test.sh sets it with the server up).
 */
export function skipUnless(settings, { testFile, requiredVar, reason }) {
  if (settings) return false;
  if (process.env[requiredVar] === "required") throw new Error(`${requiredVar}=required but no server settings`);
  console.log(`SKIPPED ${testFile}: ${reason}`);
  return reason;
}

/** The helpdesk section's error, once shown: its code and words (`code`: wait for that one). */
export async function helpdeskError(s, code) {
  const css = code ? `${tid("helpdesk")} .notice-error[data-code="${code}"]` : `${tid("helpdesk")} .notice-error`;
  const el = await s.waitFor(css, { timeout: 30000 });
  return { code: code ?? (await s.cmd("GET", `/element/${el}/attribute/data-code`)), text: await s.text(el) };
}

export async function openShare(s) {
  await s.click(await s.waitFor(tid("share-case")));
  await s.waitFor(tid("share-dialog"));
  await scrollTo(s, "helpdesk", "start");
}

export async function closeShare(s) {
  await s.click(await s.find(tid("share-close")));
  await waitFor(async () => (await s.findAll(tid("share-dialog"))).length === 0, { what: "the dialog to close" });
}

export const contactCount = async (s) => (await s.findAll(tid("interaction-card"))).length;
