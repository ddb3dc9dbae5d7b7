// Languages in the real window: switch to Vietnamese in the sidebar settings, check that visible
// strings (and <html lang>) follow, that the choice survives a restart, and switch back.
// Screenshots: tests/e2e/screenshots/i18n-vi.png and docs/ui-vietnamese.png.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { chooseLanguage, createCase, firstScreen, press, ROOT, SCREENSHOTS, startHarness, tid } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

let h;
before(async () => {
  h = await startHarness({ name: "i18n" });
});
after(async () => {
  await h?.stop();
});

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
  await s.quit();
});

/** Text with letters only Vietnamese has (a translation, not English left over). */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

test("i18n: what the core writes is Vietnamese too — a phone finding, an error with its hint, an alert checklist", async () => {
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  await chooseLanguage(s, "vi");
  await waitForText(s, tid("new-case"), "Vụ việc mới");
  mkdirSync(SCREENSHOTS, { recursive: true });

  // An alert: an unsolicited call logged on a case raises the impostor checklist, in Vietnamese.
  await createCase(s, "Cuộc gọi từ 'ngân hàng'");
  await s.click(await s.waitFor(tid("log-contact")));
  const summary = await s.waitFor(tid("summary"));
  await s.click(await s.find(`${tid("log-direction")} option[value="unsolicited"]`));
  await s.type(summary, "Caller asked for the SMS code.");
  await s.click(await s.find(tid("log-submit")));
  const banner = await s.waitFor(tid("alert-banner"));
  const alertText = await waitFor(
    async () => {
      const t = await s.text(banner);
      return VIETNAMESE.test(t) ? t : null;
    },
    { what: "the alert in Vietnamese" },
  );
  assert.match(alertText, /Liên hệ bất ngờ/, alertText);
  assert.doesNotMatch(alertText, /Unsolicited contact|steps done|Change your password/, alertText);
  const steps = await s.findAll(`${tid("alert-checklist")} li`);
  assert.equal(steps.length, 5);
  for (const step of steps) assert.match(await s.text(step), VIETNAMESE, "every step is Vietnamese");
  assert.ok(alertText.includes("Caller asked for the SMS code."), "the customer's own words stay as written");
  await s.execute(`document.querySelector('[data-testid="alert-banner"]').scrollIntoView({ block: "start" }); return true;`);
  const alertPng = await s.screenshot();
  writeFileSync(join(SCREENSHOTS, "i18n-vi-alert.png"), alertPng);
  writeFileSync(join(ROOT, "docs/alert-vietnamese.png"), alertPng);

  // An error with its hint: a time-stamping address that is not one, in the Share dialog.
  await s.click(await s.waitFor(tid("share-case")));
  await s.waitFor(tid("share-dialog"));
  await press(s, "share-when-toggle");
  await press(s, "share-when-switch");
  await s.replaceText(await s.waitFor(tid("share-when-url")), "timestamp.example");
  await press(s, "share-when-save");
  const error = await s.waitFor(`${tid("share-when")} [data-code="timestamp_url_invalid"]`);
  const said = await s.text(error);
  assert.match(said, /Không dùng được "timestamp\.example" để lấy dấu thời gian: đó không phải là địa chỉ web/, said);
  assert.match(said, /Hãy nhập địa chỉ[\s\S]*http:\/\/timestamp\.example\/tsr/, "the hint, in Vietnamese");
  assert.doesNotMatch(said, /can't be used|not a web address/, said);
  await s.execute(`document.querySelector('[data-testid="share-when"]').scrollIntoView({ block: "start" }); return true;`);
  writeFileSync(join(SCREENSHOTS, "i18n-vi-error.png"), await s.screenshot());
  await press(s, "share-close");

  // A phone finding: an extra 0 after +84, explained in Vietnamese; country names from CLDR.
  await s.click(await s.waitFor(tid("open-phone-check")));
  await s.waitFor(tid("phone-check-panel"));
  await s.click(await s.waitFor(tid("phone-country")));
  await s.type(await s.waitFor(tid("phone-country-search")), "Việt");
  const option = await s.waitFor(tid("phone-country-option-VN"));
  assert.match(await s.text(option), /Việt Nam/);
  await s.click(option);
  await s.replaceText(await s.waitFor(tid("phone-number")), "+84 0912 345 678");
  await s.waitFor(tid("phone-use-corrected"));
  const findings = await waitFor(
    async () => {
      const t = await s.text(await s.find(tid("phone-findings")));
      return /Có thêm số 0 sau mã nước \+84/.test(t) ? t : null;
    },
    { what: "the extra-zero finding in Vietnamese" },
  );
  assert.doesNotMatch(findings, /extra 0 after the country code/, findings);
  await s.type(await s.waitFor(tid("phone-refusal")), "We detected unusual activity and are unable to verify your mobile number at this time");
  const advice = await waitFor(
    async () => {
      const t = await s.text(await s.find(tid("phone-refusal-advice")));
      return VIETNAMESE.test(t) ? t : null;
    },
    { what: "the refusal explained in Vietnamese" },
  );
  assert.doesNotMatch(advice, /not your fault|try again later/i, advice);
  writeFileSync(join(SCREENSHOTS, "i18n-vi-phone.png"), await s.screenshot());

  await chooseLanguage(s, "en");
  await waitForText(s, tid("new-case"), "New case");
  await s.quit();
});

test("i18n: a system in Vietnamese opens in Vietnamese (its catalogue fetched before the first frame)", async () => {
  // The machine has only the C locales: a Vietnamese one is built into a temporary folder for this
  // window alone (LOCPATH), from the system's own locale sources.
  const locales = mkdtempSync(join(tmpdir(), "steward-e2e-locale-"));
  execFileSync("localedef", ["-i", "vi_VN", "-c", "-f", "UTF-8", join(locales, "vi_VN.UTF-8")]);
  const vh = await startHarness({
    name: "i18n-system-vi",
    extraEnv: { LOCPATH: locales, LANG: "vi_VN.UTF-8", LANGUAGE: "vi", LC_ALL: "" },
  });
  try {
    const s = await vh.launch();
    try {
      assert.equal(await firstScreen(s), "main");
      assert.equal(await s.execute("return navigator.language.split('-')[0]"), "vi", "the window's system language");
      assert.equal(await s.execute("return document.documentElement.lang"), "vi");
      assert.equal(await textOf(s, tid("new-case")), "Vụ việc mới");
    } finally {
      await s.quit().catch(() => {});
    }
  } finally {
    await vh.stop();
    rmSync(locales, { recursive: true, force: true });
  }
});
