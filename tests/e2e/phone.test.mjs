// Phone numbers in the real window: pick Vietnam in the country picker, type the number the way
// a customer in Hanoi does, see it understood (+84 912 345 678, mobile); type it with the extra
// trunk 0 after +84 and get the correction; paste the service's refusal and get advice.

import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { firstScreen, SCREENSHOTS, startHarness, tid } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

const REFUSAL = "We detected unusual activity and are unable to verify your mobile number at this time";

let h;
before(async () => {
  h = await startHarness({ name: "phone" });
});
after(async () => {
  await h?.stop();
});

async function textOf(s, id) {
  const el = await s.waitFor(tid(id));
  return s.text(el);
}

test("phone: Vietnamese number understood, trunk zero corrected, refusal explained", async () => {
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  await s.click(await s.waitFor(tid("open-phone-check")));
  await s.waitFor(tid("phone-check-panel"));

  await s.click(await s.waitFor(tid("phone-country")));
  await s.type(await s.waitFor(tid("phone-country-search")), "Vietnam");
  await s.click(await s.waitFor(tid("phone-country-option-VN")));
  const picker = await s.waitFor(tid("phone-country"));
  assert.equal(await s.property(picker, "dataset").then((d) => d.region), "VN");

  const input = await s.waitFor(tid("phone-number"));
  await s.type(input, "0912345678");
  const e164 = await waitFor(
    async () => {
      const t = await textOf(s, "phone-e164");
      return t.includes("+84912345678") ? t : null;
    },
    { what: "the E.164 form of the number" },
  );
  assert.match(e164, /\+84912345678/);
  assert.match(await textOf(s, "phone-summary"), /mobile/i);
  // As-you-type formatting for Vietnam.
  const typed = await s.property(input, "value");
  assert.equal(typed.replace(/\D/g, ""), "0912345678", "formatting keeps every typed digit");
  assert.match(typed, /\s/, "the number is grouped as it is typed");

  await s.replaceText(input, "+84 0912 345 678");
  const fix = await s.waitFor(tid("phone-use-corrected"));
  assert.match(await textOf(s, "phone-findings"), /extra 0 after the country code/);
  await s.click(fix);
  await waitFor(async () => ((await s.property(input, "value")).replace(/\D/g, "") === "84912345678" ? true : null), {
    what: "the corrected number in the field",
  });

  await s.type(await s.waitFor(tid("phone-refusal")), REFUSAL);
  const advice = await waitFor(
    async () => {
      const t = await textOf(s, "phone-refusal-advice");
      return t.trim() ? t : null;
    },
    { what: "advice for the refusal" },
  );
  assert.match(advice, /not your|risk|unusual|retry|authenticator/i);

  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, "phone.png"), await s.screenshot());
});
