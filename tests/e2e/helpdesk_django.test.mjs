// Sending a case to a real django-helpdesk 2.6.1 from the window (scripts/django-helpdesk/dh-up.sh
// starts it on 127.0.0.1:8095 and writes its URL, token, queue and accounts to
// scripts/django-helpdesk/.dh-state/dh.env). Skipped, saying why, when none is configured, unless
// STEWARD_TEST_DH=required (scripts/test.sh runs this file from its django-helpdesk block, with the
// server up, and sets it).
// The Share dialog's "Send to helpdesk" with django-helpdesk chosen: its own fields (the queue by
// number, the e-mail the ticket is opened for, the token or user:password); a wrong token is said
// plainly and the form keeps what was typed; the right token connects and Save shows it masked;
// Send opens a ticket and shows "django-helpdesk #N", the case header names it, and the helpdesk
// (read with its API, not through Steward) has the brief and the four signed files. Sent again,
// it is a follow-up on that ticket.
// Screenshots: tests/e2e/screenshots/helpdesk-django-form.png, helpdesk-django-sent.png (also
// docs/helpdesk-django.png).

import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { answerBriefAsk, audit, choose, createCase, firstScreen, logContact, ROOT, scrollTo, shot, startHarness, tid } from "./app.mjs";
import { closeShare, contactCount, helpdeskError, openShare, serverSettings, skipUnless } from "./helpdesk_common.mjs";
import { waitFor } from "./webdriver.mjs";

const CARD = "4111 1111 1111 1111";

const dh = ((c) => c && { url: c.DH_URL, token: c.DH_TOKEN, queue: c.DH_QUEUE, email: c.DH_CUSTOMER_EMAIL })(
  serverSettings({
    stateVar: "DH_STATE_DIR",
    defaultDir: "scripts/django-helpdesk/.dh-state",
    file: "dh.env",
    keys: ["DH_URL", "DH_TOKEN", "DH_QUEUE", "DH_CUSTOMER_EMAIL"],
  }),
);
const skip = skipUnless(dh, {
  testFile: "helpdesk_django.test.mjs",
  requiredVar: "STEWARD_TEST_DH",
  reason: "no django-helpdesk configured (scripts/django-helpdesk/dh-up.sh starts one; scripts/test.sh runs this file with it up)",
});

let h;
before(async () => {
  if (dh) h = await startHarness({ name: "helpdesk-django" });
});
after(async () => {
  await h?.stop();
});

/** The ticket as django-helpdesk's API gives it, read with its token (not through Steward). */
async function apiTicket(id) {
  const res = await fetch(`${dh.url}/api/tickets/${id}/`, { headers: { Authorization: `Token ${dh.token}` } });
  assert.equal(res.status, 200);
  return res.json();
}

test("django-helpdesk: set up, test, send a case to a real django-helpdesk, then add an update", { skip }, async () => {
  const s = await h.launch();
  try {
    assert.equal(await firstScreen(s), "main");
    await createCase(s, "Bank refund refused");
    await logContact(s, { channel: "phone", summary: `Gave card ${CARD}; they said wait 8 weeks` }, 1);
    await openShare(s);
    await answerBriefAsk(s, { request: "Refund the charge", still: "yes" });

    // The form: django-helpdesk asks for the queue's number and the e-mail, like RT's requestor.
    await s.waitFor(tid("helpdesk-form"));
    await choose(s, "helpdesk-kind", "django_helpdesk");
    const form = await s.find(tid("helpdesk-form"));
    await waitFor(async () => /Queue number/.test(await s.text(form)), { what: "the queue-number field" });
    assert.match(await s.text(form), /API token \(or user name:password/);
    assert.equal(await s.property(await s.find(tid("helpdesk-address")), "placeholder"), "https://help.example.com");
    await s.replaceText(await s.find(tid("helpdesk-address")), `${dh.url}/api/`);
    await s.replaceText(await s.find(tid("helpdesk-queue")), dh.queue);
    await s.replaceText(await s.find(tid("helpdesk-requestor")), dh.email);
    const token = await s.find(tid("helpdesk-token"));
    assert.equal(await s.property(token, "type"), "password");

    // A wrong token: said plainly, the form as typed.
    await s.replaceText(token, "0000000000000000000000000000000000000000");
    await s.click(await s.find(tid("helpdesk-test")));
    const err = await helpdeskError(s);
    assert.equal(err.code, "helpdesk_token_refused");
    assert.match(err.text, /django-helpdesk refused the sign-in/);
    assert.equal(await s.property(await s.find(tid("helpdesk-queue")), "value"), dh.queue);

    // The right token: connected, the queue open to it.
    await s.replaceText(await s.find(tid("helpdesk-token")), dh.token);
    await s.click(await s.find(tid("helpdesk-test")));
    const check = await s.waitFor(tid("helpdesk-check"));
    assert.match(
      await s.text(check),
      new RegExp(`Connected: django-helpdesk accepts your token, and queue ${dh.queue} is open to it; tickets are opened for ${dh.email.replace(/[.]/g, "\\.")}`),
    );
    await waitFor(async () => (await s.text(await s.find(tid("helpdesk-test")))) === "Test connection", {
      what: "the test to end",
    });
    await scrollTo(s, "helpdesk-token");
    await shot(s, "helpdesk-django-form.png");
    await audit(s, "helpdesk-django-form");

    // Saved: the address without /api, the token masked.
    await s.click(await s.find(tid("helpdesk-save")));
    const saved = await s.waitFor(tid("helpdesk-saved"));
    assert.match(await s.text(saved), new RegExp(`django-helpdesk at ${dh.url.replace(/[.]/g, "\\.")} · queue ${dh.queue}`));
    assert.match(await s.text(await s.find(tid("helpdesk-token-saved"))), /Token ••••\S{4}, saved in the system keyring/);
    assert.ok(!(await s.execute("return document.body.innerText")).includes(dh.token), "the token is not on the page");

    // Send: a new ticket, its number shown.
    await waitFor(async () => (await s.property(await s.find(tid("helpdesk-send")), "disabled")) === false, {
      what: "Send to open",
    });
    await s.click(await s.find(tid("helpdesk-send")));
    const sent = await s.waitFor(tid("helpdesk-sent"), { timeout: 60000 });
    const said = await s.text(sent);
    const m = said.match(/Ticket (django-helpdesk #(\d+)) was opened \(open\)/);
    assert.ok(m, said);
    const [, reference, id] = m;
    await scrollTo(s, "helpdesk-ticket", "start");
    copyFileSync(await shot(s, "helpdesk-django-sent.png"), join(ROOT, "docs/helpdesk-django.png"));
    await audit(s, "helpdesk-django-sent");

    // What django-helpdesk has: the brief (card masked) for the customer, the four signed files.
    const t = await apiTicket(id);
    assert.equal(t.submitter_email, dh.email);
    assert.match(t.title, /Bank refund refused/);
    assert.ok(!t.description.includes(CARD), "the card is masked in the ticket");
    assert.match(t.description, /Refund the charge/);
    const files = t.followup_set.flatMap((f) => f.followupattachment_set.map((a) => a.filename)).sort();
    assert.deepEqual(files, ["case-1.json", "case-1.json.sig", "case-1.pdf", "case-1.pdf.sig"]);

    // The case page names the ticket.
    await closeShare(s);
    await waitFor(async () => (await contactCount(s)) === 2, { what: "the hand-off on the timeline" });
    assert.equal(await s.text(await s.waitFor(tid("case-ticket"))), `Ticket ${reference}`);

    // Again after a new contact: a follow-up on the same ticket, with the files.
    await logContact(s, { channel: "phone", summary: "Called again, still no refund" }, 3);
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
    const back = await apiTicket(id);
    const last = back.followup_set.reduce((a, b) => (a.id > b.id ? a : b));
    assert.match(last.comment, /Called again, still no refund/);
    assert.equal(last.followupattachment_set.length, 4);
    await closeShare(s);
    await waitFor(async () => (await contactCount(s)) === 4, { what: "the update on the timeline" });
  } finally {
    await s.quit().catch(() => {});
  }
});
