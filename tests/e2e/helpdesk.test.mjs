// Sending a case to a real Request Tracker 5 from the window (scripts/rt/rt-up.sh starts it on
// 127.0.0.1:8080 and writes its URL, token and customer to scripts/rt/.rt-state/rt.env). Skipped,
// saying why, when no RT is configured, unless STEWARD_TEST_RT=required (scripts/test.sh runs this
// file from its RT block, with RT up, and sets it).
// The Share dialog's "Send to helpdesk": the form first (Request Tracker, address, queue, e-mail,
// token in a password field); Test connection with a wrong token and with an address where nothing
// listens says so in plain words and keeps the form as typed; then the right token connects, Save
// shows the token only masked; the preview shows the redacted text that goes out; Send opens a
// ticket and shows its number, the case header shows "Ticket RT#N"; sent again, it is an update on
// that ticket. A ticket the case names that does not exist is a clear error and the case is
// unchanged.
// Screenshots: tests/e2e/screenshots/helpdesk-form.png, helpdesk-send.png (also docs/),
// helpdesk-case.png (the case header with the ticket).

import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { answerBriefAsk, audit, createCase, firstScreen, logContact, ROOT, scrollTo, shot, startHarness, tid } from "./app.mjs";
import { closeShare, contactCount, helpdeskError, openShare, serverSettings, skipUnless } from "./helpdesk_common.mjs";
import { waitFor } from "./webdriver.mjs";

const CARD = "4111 1111 1111 1111";
const REQUEST = "Let me add my Vietnamese phone number";

const rt = ((c) => c && { url: c.RT_URL, token: c.RT_TOKEN, email: c.RT_USER_EMAIL })(
  serverSettings({ stateVar: "RT_STATE_DIR", defaultDir: "scripts/rt/.rt-state", file: "rt.env", keys: ["RT_URL", "RT_TOKEN", "RT_USER_EMAIL"] }),
);
const skip = skipUnless(rt, {
  testFile: "helpdesk.test.mjs",
  requiredVar: "STEWARD_TEST_RT",
  reason: "no Request Tracker configured (scripts/rt/rt-up.sh starts one; scripts/test.sh runs this file with RT up)",
});

let h;
before(async () => {
  if (rt) h = await startHarness({ name: "helpdesk" });
});
after(async () => {
  await h?.stop();
});

async function noError(s) {
  await waitFor(async () => (await s.findAll(`${tid("helpdesk")} .notice-error`)).length === 0, {
    what: "the helpdesk error to clear",
  });
}

test("helpdesk: set up, test, send a case to a real RT, then add an update", { skip }, async () => {
  const s = await h.launch();
  try {
    assert.equal(await firstScreen(s), "main");
    await createCase(s, "Vietnamese number refused");
    await logContact(s, { channel: "phone", summary: `Gave card ${CARD}; they said wait 24 hours` }, 1);
    await openShare(s);
    await answerBriefAsk(s, { request: REQUEST, still: "yes" });

    // The form, first time: Request Tracker, its address, the queue, the e-mail, the token.
    await s.waitFor(tid("helpdesk-form"));
    const address = await s.find(tid("helpdesk-address"));
    await s.replaceText(address, rt.url);
    await s.replaceText(await s.find(tid("helpdesk-requestor")), rt.email);
    const token = await s.find(tid("helpdesk-token"));
    assert.equal(await s.property(token, "type"), "password", "the token is typed into a password field");

    // A wrong token: said in plain words, the form keeps what was typed.
    await s.replaceText(token, "1-99-00000000000000000000000000000000");
    await s.click(await s.find(tid("helpdesk-test")));
    let err = await helpdeskError(s);
    assert.equal(err.code, "helpdesk_token_refused");
    assert.match(err.text, /refused the sign-in/);
    assert.equal(await s.property(await s.find(tid("helpdesk-address")), "value"), rt.url);
    assert.equal(await s.property(await s.find(tid("helpdesk-requestor")), "value"), rt.email);

    // An address where nothing listens.
    await s.replaceText(await s.find(tid("helpdesk-address")), "http://127.0.0.1:9");
    await s.replaceText(await s.find(tid("helpdesk-token")), rt.token);
    await s.click(await s.find(tid("helpdesk-test")));
    err = await helpdeskError(s);
    assert.equal(err.code, "helpdesk_unreachable");
    assert.match(err.text, /could not be reached/);
    assert.ok(!err.text.includes(rt.token), "the token is never in an error");

    // Right address and token: connected.
    await s.replaceText(await s.find(tid("helpdesk-address")), rt.url);
    await s.click(await s.find(tid("helpdesk-test")));
    const check = await s.waitFor(tid("helpdesk-check"));
    assert.match(await s.text(check), /Connected: Request Tracker 5\.\S+ accepts your token, and queue General is open/);
    await waitFor(async () => (await s.text(await s.find(tid("helpdesk-test")))) === "Test connection", {
      what: "the test to end",
    });
    await scrollTo(s, "helpdesk-token");
    await shot(s, "helpdesk-form.png");
    await audit(s, "helpdesk-form");

    // Saved: the token is only shown masked, kept in the system keyring (a keyring profile here).
    await s.click(await s.find(tid("helpdesk-save")));
    const saved = await s.waitFor(tid("helpdesk-saved"));
    assert.match(await s.text(saved), new RegExp(`Request Tracker at ${rt.url.replace(/[.]/g, "\\.")}`));
    const masked = await s.text(await s.find(tid("helpdesk-token-saved")));
    assert.match(masked, /Token ••••\S{4}, saved in the system keyring/);
    const page = await s.execute("return document.body.innerText");
    assert.ok(!page.includes(rt.token), "the token is not on the page");

    // What goes out: the redacted text, a new ticket (the case has none yet).
    assert.equal((await s.findAll(tid("helpdesk-ticket-update"))).length, 0);
    const preview = await s.find(tid("helpdesk-preview"));
    await s.click(await s.find("summary", preview));
    const text = await s.waitFor(tid("helpdesk-preview-text"));
    await waitFor(async () => /card ending 1111/.test(await s.text(text)), { what: "the preview text" });
    const out = await s.text(text);
    assert.ok(!out.includes(CARD), "the card is masked in what is sent");
    assert.match(out, new RegExp(REQUEST));
    assert.match(await s.text(await s.find(tid("helpdesk-preview-files"))), /case-1\.pdf, case-1\.pdf\.sig, case-1\.json/);

    // Send: the ticket number is shown.
    await s.click(await s.find(tid("helpdesk-send")));
    const sent = await s.waitFor(tid("helpdesk-sent"), { timeout: 60000 });
    const said = await s.text(sent);
    const m = said.match(/Ticket (RT#\d+) was opened/);
    assert.ok(m, said);
    const reference = m[1];
    // In view: the ticket choice (now "Add an update to RT#N"), the language, what goes out, Send
    // and the ticket number.
    await scrollTo(s, "helpdesk-ticket", "start");
    copyFileSync(await shot(s, "helpdesk-send.png"), join(ROOT, "docs/helpdesk-send.png"));
    await audit(s, "helpdesk-send");

    // The case page: the hand-off is a contact, and the header names the ticket.
    await closeShare(s);
    await waitFor(async () => (await contactCount(s)) === 2, { what: "the hand-off on the timeline" });
    assert.equal(await s.text(await s.waitFor(tid("case-ticket"))), `Ticket ${reference}`);
    await shot(s, "helpdesk-case.png");

    // Again, after a new contact: an update on that ticket.
    await logContact(s, { channel: "phone", summary: "Called again, still refused" }, 3);
    await openShare(s);
    const update = await s.waitFor(tid("helpdesk-ticket-update"));
    assert.equal(await s.property(update, "checked"), true, "the case's ticket is the default");
    assert.match(await s.text(await s.find(tid("helpdesk-ticket"))), new RegExp(`Add an update to ${reference}`));
    await waitFor(async () => (await s.property(await s.find(tid("helpdesk-send")), "disabled")) === false, {
      what: "Send to open",
    });
    await s.click(await s.find(tid("helpdesk-send")));
    const again = await s.waitFor(tid("helpdesk-sent"), { timeout: 60000 });
    assert.match(await s.text(again), new RegExp(`Your update was added to ticket ${reference}`));
    await closeShare(s);
    await waitFor(async () => (await contactCount(s)) === 4, { what: "the update on the timeline" });
  } finally {
    await s.quit().catch(() => {});
  }
});

test("helpdesk: a ticket that does not exist is a clear error and the case is unchanged", { skip }, async () => {
  const s = await h.launch();
  try {
    assert.equal(await firstScreen(s), "main");
    await createCase(s, "Refund refused");
    // The customer noted a ticket number that RT does not have.
    await s.click(await s.waitFor(tid("log-contact")));
    await s.type(await s.waitFor(tid("summary")), "Portal gave me a ticket");
    await s.type(await s.find(tid("log-references")), "RT#999999");
    await s.click(await s.find(tid("log-submit")));
    await waitFor(async () => (await contactCount(s)) === 1, { what: "the contact" });
    await openShare(s);
    await answerBriefAsk(s, { request: "Refund the charge", still: "yes" });
    // The helpdesk saved in the first test is the profile's: no form this time.
    await s.waitFor(tid("helpdesk-saved"));
    await noError(s);
    const update = await s.waitFor(tid("helpdesk-ticket-update"));
    assert.match(await s.text(await s.find(tid("helpdesk-ticket"))), /Add an update to RT#999999/);
    assert.equal(await s.property(update, "checked"), true);
    await waitFor(async () => (await s.property(await s.find(tid("helpdesk-send")), "disabled")) === false, {
      what: "Send to open",
    });
    await s.click(await s.find(tid("helpdesk-send")));
    const err = await helpdeskError(s);
    assert.equal(err.code, "helpdesk_ticket_unavailable");
    assert.match(err.text, /RT#999999/);
    assert.match(err.text, /Nothing was sent and the case is unchanged/);
    assert.equal((await s.findAll(tid("helpdesk-sent"))).length, 0);
    // A new ticket is still one click away.
    assert.ok(await s.find(tid("helpdesk-ticket-new")));
    await closeShare(s);
    assert.equal(await contactCount(s), 1, "nothing was logged on the case");
  } finally {
    await s.quit().catch(() => {});
  }
});

test("helpdesk: the section in Vietnamese, the ticket still in English when chosen", { skip }, async () => {
  const s = await h.launch();
  try {
    assert.equal(await firstScreen(s), "main");
    await s.waitFor(`${tid("language-select")} option[value="vi"]`);
    await s.execute(
      `const sel = document.querySelector('[data-testid="language-select"]');
       sel.value = "vi";
       sel.dispatchEvent(new Event("change", { bubbles: true }));`,
    );
    await waitFor(async () => (await s.execute("return document.documentElement.lang")) === "vi", {
      what: "the window in Vietnamese",
    });
    // The first case of the first test: it has a ticket already.
    await s.waitFor(tid("case-item"));
    let first = null;
    for (const el of await s.findAll(tid("case-item"))) {
      if (/Vietnamese number refused/.test(await s.text(el))) first = el;
    }
    assert.ok(first, "the first test's case is listed");
    await s.click(first);
    await s.waitFor(tid("case-ticket"));
    await openShare(s);
    const section = await s.waitFor(tid("helpdesk"));
    assert.match(await s.text(section), /Gửi cho bộ phận hỗ trợ/);
    assert.match(await s.text(await s.waitFor(tid("helpdesk-token-saved"))), /đã lưu trong kho khóa của hệ thống/);
    await waitFor(async () => /Thêm cập nhật vào RT#\d+/.test(await s.text(await s.find(tid("helpdesk-ticket")))), {
      what: '"Thêm cập nhật vào RT#N"',
    });
    // The ticket in English for an English-speaking helpdesk: the preview follows.
    await s.execute(
      `const sel = document.querySelector('[data-testid="helpdesk-language"]');
       sel.value = "en";
       sel.dispatchEvent(new Event("change", { bubbles: true }));`,
    );
    await s.click(await s.find(`${tid("helpdesk-preview")} summary`));
    const text = await s.waitFor(tid("helpdesk-preview-text"));
    await waitFor(async () => /Update on case 1 \(RT#\d+\)/.test(await s.text(text)), {
      what: "the English update text",
    });
    await scrollTo(s, "helpdesk-ticket", "start");
    assert.match(await s.text(text), /Update on case 1/);
    await shot(s, "helpdesk-vi.png");
    await closeShare(s);
    await s.execute(
      `const sel = document.querySelector('[data-testid="language-select"]');
       sel.value = "system";
       sel.dispatchEvent(new Event("change", { bubbles: true }));`,
    );
  } finally {
    await s.quit().catch(() => {});
  }
});
