// An authenticator import report in Vietnamese, in the real window: a link list with a web
// address, a bad period, a key with digits Base32 does not use, and an HOTP link without counter
// that names two services and has a short key (tests/fixtures/otp-import-report/problems.txt).
// What was skipped and why, the unnamed lines' labels, the warnings and the summary all read in
// Vietnamese, with no English sentence left. Screenshots: tests/e2e/screenshots/otp-import-vi.png
// (what was skipped; also docs/otp-import-vietnamese.png) and otp-import-vi-warnings.png (the
// warnings).

import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { chooseLanguage, firstScreen, ROOT, SCREENSHOTS, startHarness, tid } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

const FILE = join(ROOT, "tests", "fixtures", "otp-import-report", "problems.txt");

// English words the report's sentences use; none may be left in the Vietnamese report once the
// data (accounts' names, product names, the links' own text) is taken out.
const ENGLISH =
  /\b(the|it|its|is|are|has|not|of|and|which|this|line|link|secret|counter|period|valid|supported|uses|used|codes?|refused|services?|names|short|bits|recommended|ask|new|key|added|skipped|already)\b/i;
// "(period)" is the link's own parameter, named beside its Vietnamese name.
const DATA = [/Shopee|Shop|Deno|Mason|SPDX|James|Bank|ana|bo/g, /otpauth:\/\/|https:\/\/|Base32|HOTP|Steward|\(period\)/g];

let h;
before(async () => {
  h = await startHarness({ name: "otp-vi" });
});
after(async () => {
  await h?.stop();
});

function englishLeft(text) {
  let t = text;
  for (const d of DATA) t = t.replace(d, " ");
  return t.match(ENGLISH);
}

test("authenticator: an import report in Vietnamese", async () => {
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  await chooseLanguage(s, "vi");
  await waitFor(async () => ((await s.execute("return document.documentElement.lang")) === "vi" ? true : null), {
    what: "the window in Vietnamese",
  });
  await s.click(await s.waitFor(tid("open-authenticator")));
  await s.waitFor(tid("otp-view"));

  await s.click(await s.waitFor(tid("otp-import")));
  await s.type(await s.waitFor(tid("otp-import-file")), FILE);
  await s.waitFor(tid("otp-import-detected"));
  await s.click(await s.find(tid("otp-import-submit")));
  const report = await s.waitFor(tid("otp-add-report"));

  const summary = await s.text(await s.waitFor(tid("otp-report-summary")));
  const skipped = await s.text(await s.waitFor(tid("otp-report-skipped")));
  const notice = await s.text(await s.waitFor(".otp-report .otp-warn-notice"));
  const whole = await s.text(report);
  console.log(`summary: ${summary}\nskipped:\n${skipped}\nwarnings:\n${notice}`);

  // Three lines skipped, each with its line number in Vietnamese ("dòng 8") and why.
  assert.match(skipped, /dòng 8/);
  assert.match(skipped, /dòng này không phải là liên kết/);
  assert.match(skipped, /Giá trị chu kỳ \(period\) không hợp lệ: phải là số giây nguyên lớn hơn 0/);
  assert.match(skipped, /có chữ số 0, 1, 8 hoặc 9, mà Base32 không dùng/);
  // The warnings on the HOTP account: two services named, no counter, a short key.
  assert.match(notice, /Liên kết ghi hai tên dịch vụ khác nhau/);
  assert.match(notice, /Lấy mã tiếp theo/);
  assert.match(notice, /Khóa bí mật hơi ngắn \(80 bit/);
  for (const line of whole.split("\n")) {
    const left = englishLeft(line);
    assert.equal(left, null, `English "${left?.[0]}" left in: ${line}`);
  }

  await s.execute("document.activeElement && document.activeElement.blur()");
  mkdirSync(SCREENSHOTS, { recursive: true });
  const png = await s.screenshot();
  writeFileSync(join(SCREENSHOTS, "otp-import-vi.png"), png);
  writeFileSync(join(ROOT, "docs", "otp-import-vietnamese.png"), png);
  // The warnings at the end of the report.
  await s.execute("document.querySelector('.otp-report .otp-warn-notice').scrollIntoView({ block: 'end' })");
  writeFileSync(join(SCREENSHOTS, "otp-import-vi-warnings.png"), await s.screenshot());

  await s.click(await s.find(tid("otp-import-done")));
  await waitFor(async () => ((await s.findAll(tid("otp-item"))).length === 3 ? true : null), { what: "3 accounts" });
});
