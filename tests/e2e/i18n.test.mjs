// Languages in the real window: switch to Vietnamese in the sidebar settings, check that visible
// strings (and <html lang>) follow, that the choice survives a restart, and switch back.
// Screenshots: tests/e2e/screenshots/i18n-vi.png and docs/ui-vietnamese.png.

import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { createCase, firstScreen, ROOT, SCREENSHOTS, startHarness, tid } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

let h;
before(async () => {
  h = await startHarness({ name: "i18n" });
});
after(async () => {
  await h?.stop();
});

/** Chooses a language in the sidebar's selector, as a change of the <select> (WebDriver clicks on
 * an <option> of a native select are not reliable in WebKitGTK). */
async function chooseLanguage(s, value) {
  await s.waitFor(`${tid("language-select")} option[value="${value}"]`);
  await s.execute(
    `const sel = document.querySelector('[data-testid="language-select"]');
     sel.value = arguments[0];
     sel.dispatchEvent(new Event("change", { bubbles: true }));`,
    [value],
  );
}

async function textOf(s, css) {
  return s.text(await s.waitFor(css));
}

async function waitForText(s, css, expected) {
  try {
    return await waitFor(
      async () => {
        const text = await textOf(s, css).catch(() => "");
        return text === expected ? text : null;
      },
      { what: `${css} to read "${expected}"` },
    );
  } catch (err) {
    const state = await s
      .execute(
        `const sel = document.querySelector('[data-testid="language-select"]');
         return JSON.stringify({ lang: document.documentElement.lang, select: sel && sel.value,
           button: (document.querySelector('[data-testid="new-case"]') || {}).textContent });`,
      )
      .catch((e) => String(e));
    throw new Error(`${err.message}; page state: ${state}`);
  }
}

test("i18n: switch to Vietnamese and back", async () => {
  let s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  assert.equal(await s.execute("return document.documentElement.lang"), "en");
  assert.equal(await textOf(s, tid("new-case")), "New case");

  await createCase(s, "Không nhận được mã SMS");

  await chooseLanguage(s, "vi");
  await waitForText(s, tid("new-case"), "Vụ việc mới");
  assert.equal(await s.execute("return document.documentElement.lang"), "vi");
  assert.equal(await textOf(s, tid("log-contact")), "Ghi lại lần liên hệ");
  assert.equal(await textOf(s, tid("open-authenticator")), "Trình xác thực");
  assert.equal(await textOf(s, tid("open-enrol")), "Bật xác minh hai bước");
  const status = await s.execute(
    "const sel = document.querySelector('[data-testid=case-status]'); return sel.options[sel.selectedIndex].text",
  );
  assert.equal(status, "Đang mở");
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, "i18n-vi-case.png"), await s.screenshot());
  // The log form, the longest Vietnamese labels, open for the screenshot.
  await s.click(await s.find(tid("log-contact")));
  await s.waitFor(tid("summary"));
  await s.execute("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");

  const png = await s.screenshot();
  writeFileSync(join(SCREENSHOTS, "i18n-vi.png"), png);
  mkdirSync(join(ROOT, "docs"), { recursive: true });
  writeFileSync(join(ROOT, "docs/ui-vietnamese.png"), png);

  // The choice is saved: a restart comes back in Vietnamese.
  // (prefs.json is saved 300 ms after a change.)
  await new Promise((r) => setTimeout(r, 800));
  await s.quit();
  s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  await waitForText(s, tid("new-case"), "Vụ việc mới");
  // The 2FA wizard's start screen, in Vietnamese too.
  await s.click(await s.waitFor(tid("open-enrol")));
  await s.waitFor(tid("enrol-start-screen"));
  writeFileSync(join(SCREENSHOTS, "i18n-vi-enrol.png"), await s.screenshot());
  await s.click(await s.waitFor(tid("open-enrol")));

  await chooseLanguage(s, "en");
  await waitForText(s, tid("new-case"), "New case");
  assert.equal(await s.execute("return document.documentElement.lang"), "en");
  assert.equal(await textOf(s, tid("open-enrol")), "Turn on 2FA");
});
