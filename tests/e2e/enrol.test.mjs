// The 2FA enrolment wizard in the real window, the seed story: a customer in Hanoi turns on
// two-step verification at Amazon; SMS to 0912 345 678 (Vietnam) is refused ("unusual activity");
// Steward explains it, rules out text and call for this number, records the refusal verbatim in
// case 1 and recommends the authenticator; the customer adds Amazon's key, the code shown works,
// 10 backup codes are saved; the case's timeline holds the refusal word for word.
//
// The 2fa.directory data comes from tests/fixtures/corpus, saved as a fresh copy in the test's own
// data directory (the download address points at a closed local port): nothing goes online.

import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { answerBriefAsk, audit, firstScreen, ROOT, SCREENSHOTS, startHarness, tid } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

const REFUSAL = "We detected unusual activity and are unable to verify your mobile number at this time";
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const LINK = `otpauth://totp/Amazon:customer%40example.com?secret=${SECRET}&issuer=Amazon`;
const DIRECTORY_URL = "http://127.0.0.1:9/all.v3.json";
const BACKUP_CODES = Array.from({ length: 10 }, (_, i) => `${String(i + 1).padStart(4, "0")}-${String((i + 1) * 7).padStart(4, "0")}`);

function base32(text) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of text) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238, computed here so the test does not only trust Steward's own code. */
function totp(secret, unixSeconds) {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / 30)));
  const mac = createHmac("sha1", base32(secret)).update(msg).digest();
  const o = mac[mac.length - 1] & 15;
  return String((mac.readUInt32BE(o) & 0x7fffffff) % 1e6).padStart(6, "0");
}

let h;
before(async () => {
  h = await startHarness({ name: "enrol", extraEnv: { STEWARD_DIRECTORY_URL: DIRECTORY_URL } });
  // A fresh saved copy of the directory, so the app uses it without downloading.
  const dir = join(h.dataDir, "directory");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "all.v3.json"), readFileSync(join(ROOT, "tests", "fixtures", "corpus", "2fa-directory", "all.v3.json")));
  writeFileSync(join(dir, "meta.json"), JSON.stringify({ url: DIRECTORY_URL, fetched_at: new Date().toISOString(), etag: null }));
});
after(async () => {
  await h?.stop();
});

async function textOf(s, id) {
  return s.text(await s.waitFor(tid(id)));
}

/** Waits until the wizard shows `step`. */
async function atStep(s, step) {
  return s.waitFor(`${tid("enrol-wizard")}[data-step="${step}"]`);
}

async function shoot(s, name, docsName) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, name);
  // The top of the screen: the wizard's heading, banner and first inputs.
  await s.execute("document.getElementById('content')?.scrollTo(0, 0); window.scrollTo(0, 0); return true;");
  writeFileSync(file, await s.screenshot());
  if (docsName) copyFileSync(file, join(ROOT, "docs", docsName));
}

test("enrol: Amazon, SMS refused for a Vietnamese number, authenticator on, refusal kept verbatim in the case", async () => {
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");

  // Start: the service with suggestions from the directory.
  await s.click(await s.waitFor(tid("open-enrol")));
  await s.waitFor(tid("enrol-start-screen"));
  await s.type(await s.waitFor(tid("enrol-service")), "amazon");
  const suggestion = await s.waitFor(tid("enrol-suggestion"));
  assert.match(await s.text(suggestion), /Amazon/);
  await shoot(s, "enrol-start.png");
  await s.click(suggestion);
  assert.equal(await s.property(await s.find(tid("enrol-service")), "value"), "Amazon");
  await s.click(await s.waitFor(tid("enrol-start")));

  // Step 1: methods, strongest first, the authenticator recommended.
  await atStep(s, "choose_method");
  assert.match(await textOf(s, "enrol-progress"), /Step 1 of \d+/);
  assert.match(await textOf(s, "enrol-title"), /Amazon/);
  const first = await s.find(`${tid("enrol-methods")} li:first-child button`);
  assert.equal(await s.cmd("GET", `/element/${first}/attribute/data-testid`), "enrol-method-totp");
  assert.match(await s.text(first), /Recommended/);

  // The customer tries SMS anyway, with the number as they know it.
  await s.click(await s.waitFor(tid("enrol-method-sms")));
  await atStep(s, "enter_phone");
  await s.click(await s.waitFor(tid("phone-country")));
  await s.type(await s.waitFor(tid("phone-country-search")), "Vietnam");
  await s.click(await s.waitFor(tid("phone-country-option-VN")));
  const phone = await s.waitFor(tid("phone-number"));
  await s.replaceText(phone, "0912 345 678");
  await waitFor(async () => ((await textOf(s, "phone-e164")).includes("+84912345678") ? true : null), {
    what: "the number read as +84912345678",
  });
  await s.click(await s.waitFor(tid("enrol-phone-submit")));

  // Amazon refuses: the exact message is pasted.
  await atStep(s, "enter_phone_code");
  assert.match(await textOf(s, "enrol-message"), /\+84912345678/);
  await s.type(await s.waitFor(tid("enrol-refusal")), REFUSAL);
  await s.click(await s.waitFor(tid("enrol-refusal-submit")));

  // Back at the methods: explained, phone methods ruled out, recorded in case 1.
  await atStep(s, "choose_method");
  const banner = await textOf(s, "enrol-message");
  assert.match(banner, /Next best: Authenticator/, banner);
  assert.match(banner, /Don't keep retrying/, banner);
  for (const m of ["sms", "call"]) {
    const card = await s.waitFor(tid(`enrol-method-${m}`));
    assert.equal(await s.property(card, "disabled"), true, `${m} is ruled out:\n${await textOf(s, "enrol-wizard")}`);
    assert.ok((await textOf(s, `enrol-method-${m}-blocked`)).trim().length > 0, `${m} says why`);
  }
  const totpCard = await s.waitFor(tid("enrol-method-totp"));
  assert.equal(await s.property(totpCard, "disabled"), false);
  assert.match(await s.text(totpCard), /Recommended/);
  assert.equal(await textOf(s, "enrol-case"), "Recorded in case 1");
  const attempts = await textOf(s, "enrol-attempts");
  assert.ok(attempts.includes(REFUSAL), "the refusal is shown verbatim");
  await shoot(s, "enrol-refused.png", "enrol-refused.png");
  await audit(s, "enrol: refused, choose another method");

  // The authenticator: Amazon's link, the code Steward shows, "It worked".
  await s.click(totpCard);
  await atStep(s, "add_authenticator");
  await s.type(await s.waitFor(tid("enrol-link")), LINK);
  await s.click(await s.waitFor(tid("enrol-link-submit")));
  await atStep(s, "confirm_authenticator");
  const codeEl = await s.waitFor(tid("enrol-current-code"));
  const code = await s.cmd("GET", `/element/${codeEl}/attribute/data-code`);
  assert.match(code, /^\d{6}$/);
  const now = Date.now() / 1000;
  assert.ok(
    [now - 30, now, now + 30].map((t) => totp(SECRET, t)).includes(code),
    `the code shown (${code}) is Amazon's TOTP for now`,
  );
  await s.click(await s.waitFor(tid("enrol-confirm")));

  // Backup codes, then the summary.
  await atStep(s, "backup_codes");
  await s.type(await s.waitFor(tid("enrol-backup-codes")), BACKUP_CODES.join("\uE007"));
  await s.click(await s.waitFor(tid("enrol-backup-save")));
  await atStep(s, "summary");
  const enrolled = await textOf(s, "enrol-enrolled");
  assert.match(enrolled, /Authenticator app/, enrolled);
  assert.match(await textOf(s, "enrol-do-now"), /10 backup codes/);
  await shoot(s, "enrol-done.png", "enrol-done.png");
  await audit(s, "enrol: summary");

  // The case, from the case list (it is resolved now): the refusal word for word.
  // The filter's radio is visually hidden inside its label: click the label, as a person does.
  await s.click(await s.waitFor(`.segmented label:has(${tid("filter-all")})`));
  const item = await waitFor(
    async () => {
      for (const el of await s.findAll(tid("case-item"))) if (/Amazon/.test(await s.text(el))) return el;
      return null;
    },
    { what: "the Amazon case in the list" },
  );
  await s.click(item);
  const cards = await waitFor(
    async () => {
      const list = await s.findAll(tid("interaction-card"));
      return list.length >= 1 ? list : null;
    },
    { what: "the case timeline" },
  );
  const timeline = (await Promise.all(cards.map((c) => s.text(c)))).join("\n");
  assert.ok(timeline.includes(REFUSAL), `the timeline holds the refusal verbatim:\n${timeline}`);
  await s.quit();
});

test("enrol: \"I'm stuck\" opens the case with its Share dialog, the brief ready to send", async () => {
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  await s.click(await s.waitFor(tid("open-enrol")));
  await s.type(await s.waitFor(tid("enrol-service")), "amazon.com");
  await s.click(await s.waitFor(tid("enrol-start")));
  await atStep(s, "choose_method");
  await s.click(await s.waitFor(tid("enrol-stuck")));
  // The case opens behind its Share dialog; "Copy for chat" gives the brief.
  await s.waitFor(tid("share-dialog"));
  await s.waitFor("#case-heading");
  // The brief waits for what the agent should do (asked at the top of the dialog).
  await s.waitFor(tid("brief-needs-request"));
  assert.equal(await s.property(await s.find(tid("share-copy-chat")), "disabled"), true);
  await answerBriefAsk(s, { request: "Let me add my phone number for 2-step verification", still: "yes" });
  await s.click(await s.waitFor(tid("share-copy-chat")));
  await s.waitFor(tid("share-copied"));
  const brief = await waitFor(
    async () => {
      const v = await s.property(await s.find(tid("share-brief-text")), "value");
      return v.trim() ? v : null;
    },
    { what: "the brief in the Share dialog" },
  );
  assert.match(brief, /Amazon/);
  assert.match(brief, /Request: Let me add my phone number for 2-step verification/);
  await s.quit();
});
