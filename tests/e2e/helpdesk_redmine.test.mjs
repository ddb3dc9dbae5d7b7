// Sending a case to a real Redmine 5 from the window (scripts/redmine/redmine-up.sh starts Debian's
// redmine on 127.0.0.1:3300 and writes its address, the customer's API key and the project to
// scripts/redmine/.redmine-state/redmine.env). Skipped, saying why, when none is configured, unless
// STEWARD_TEST_REDMINE=required (scripts/test.sh runs this file from its Redmine block, with the
// server up, and sets it).
// The Share dialog's "Send to helpdesk" with Redmine chosen: its own fields (the project's
// identifier, the API key); an unknown project and a wrong key are said plainly and the form keeps
// what was typed; the right ones connect and Save shows the key masked; Send opens an issue and
// shows "Redmine #N", the case header names it, and Redmine (read with its API, not through
// Steward) has the brief and the four signed files. Sent again, it is a note on that issue.
// Screenshots: tests/e2e/screenshots/helpdesk-redmine-form.png, helpdesk-redmine-sent.png (also
// docs/helpdesk-redmine.png).

import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { answerBriefAsk, audit, choose, createCase, firstScreen, logContact, ROOT, scrollTo, shot, startHarness, tid } from "./app.mjs";
import { closeShare, contactCount, helpdeskError, openShare, serverSettings, skipUnless } from "./helpdesk_common.mjs";
import { waitFor } from "./webdriver.mjs";

const CARD = "4111 1111 1111 1111";

const rm = ((c) => c && { url: c.REDMINE_URL, key: c.REDMINE_KEY, project: c.REDMINE_PROJECT, user: c.REDMINE_USER })(
  serverSettings({
    stateVar: "REDMINE_STATE_DIR",
    defaultDir: "scripts/redmine/.redmine-state",
    file: "redmine.env",
    keys: ["REDMINE_URL", "REDMINE_KEY", "REDMINE_PROJECT"],
    optional: ["REDMINE_USER"],
  }),
);
const skip = skipUnless(rm, {
  testFile: "helpdesk_redmine.test.mjs",
  requiredVar: "STEWARD_TEST_REDMINE",
  reason: "no Redmine configured (scripts/redmine/redmine-up.sh starts one; scripts/test.sh runs this file with it up)",
});

let h;
before(async () => {
  if (rm) h = await startHarness({ name: "helpdesk-redmine" });
});
after(async () => {
  await h?.stop();
});

/** The issue as Redmine's API gives it, read with the key (not through Steward). */
async function apiIssue(id) {
  const res = await fetch(`${rm.url}/issues/${id}.json?include=attachments,journals`, {
    headers: { "X-Redmine-API-Key": rm.key },
  });
  assert.equal(res.status, 200);
  return (await res.json()).issue;
}

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("Redmine: set up, test, send a case to a real Redmine, then add a note", { skip }, async () => {
  const s = await h.launch();
  try {
    assert.equal(await firstScreen(s), "main");
    await createCase(s, "Card blocked abroad");
    await logContact(s, { channel: "phone", summary: `Gave card ${CARD}; they said wait 24 hours` }, 1);
    await openShare(s);
    await answerBriefAsk(s, { request: "Unblock my card", still: "yes" });

    // The form: Redmine asks for the project's identifier and the API key, no e-mail.
    await s.waitFor(tid("helpdesk-form"));
    await choose(s, "helpdesk-kind", "redmine");
    const form = await s.find(tid("helpdesk-form"));
    await waitFor(async () => /Project \(its identifier/.test(await s.text(form)), { what: "the project field" });
    assert.match(await s.text(form), /API key \(in Redmine: My account/);
    assert.equal((await s.findAll(tid("helpdesk-requestor"))).length, 0, "no e-mail field for Redmine");
    assert.equal(await s.property(await s.find(tid("helpdesk-address")), "placeholder"), "https://redmine.example.com");
    assert.equal(await s.property(await s.find(tid("helpdesk-queue")), "value"), "", "RT's General is not a project");
    await s.replaceText(await s.find(tid("helpdesk-address")), `${rm.url}/`);
    await s.replaceText(await s.find(tid("helpdesk-queue")), "no-such-project");
    const key = await s.find(tid("helpdesk-token"));
    assert.equal(await s.property(key, "type"), "password");
    await s.replaceText(key, rm.key);

    // An unknown project: said plainly, the form as typed.
    await s.click(await s.find(tid("helpdesk-test")));
    let err = await helpdeskError(s, "helpdesk_project_unavailable");
    assert.match(err.text, /Redmine has no project "no-such-project"/);
    assert.equal(await s.property(await s.find(tid("helpdesk-queue")), "value"), "no-such-project");

    // A wrong key: the same.
    await s.replaceText(await s.find(tid("helpdesk-queue")), rm.project);
    await s.replaceText(await s.find(tid("helpdesk-token")), "0000000000000000000000000000000000000000");
    await s.click(await s.find(tid("helpdesk-test")));
    err = await helpdeskError(s, "helpdesk_token_refused");
    assert.match(err.text, /Redmine refused the sign-in/);

    // The right key: connected, signed in as the customer, the project open to them.
    await s.replaceText(await s.find(tid("helpdesk-token")), rm.key);
    await s.click(await s.find(tid("helpdesk-test")));
    const check = await s.waitFor(tid("helpdesk-check"));
    assert.match(
      await s.text(check),
      new RegExp(`Connected: Redmine accepts your key \\(signed in as ${esc(rm.user ?? "")}\\), and project ${esc(rm.project)} is open to you`),
    );
    await waitFor(async () => (await s.text(await s.find(tid("helpdesk-test")))) === "Test connection", {
      what: "the test to end",
    });
    await scrollTo(s, "helpdesk-token");
    await shot(s, "helpdesk-redmine-form.png");
    await audit(s, "helpdesk-redmine-form");

    // Saved: the address, the project, the key masked.
    await s.click(await s.find(tid("helpdesk-save")));
    const saved = await s.waitFor(tid("helpdesk-saved"));
    assert.match(await s.text(saved), new RegExp(`Redmine at ${esc(rm.url)} · project ${esc(rm.project)}`));
    assert.match(await s.text(await s.find(tid("helpdesk-token-saved"))), /Token ••••\S{4}, saved in the system keyring/);
    assert.ok(!(await s.execute("return document.body.innerText")).includes(rm.key), "the key is not on the page");

    // Send: a new issue, its number shown.
    await waitFor(async () => (await s.property(await s.find(tid("helpdesk-send")), "disabled")) === false, {
      what: "Send to open",
    });
    await s.click(await s.find(tid("helpdesk-send")));
    const sent = await s.waitFor(tid("helpdesk-sent"), { timeout: 60000 });
    const said = await s.text(sent);
    const m = said.match(/Ticket (Redmine #(\d+)) was opened \(New\)/);
    assert.ok(m, said);
    const [, reference, id] = m;
    await scrollTo(s, "helpdesk-ticket", "start");
    copyFileSync(await shot(s, "helpdesk-redmine-sent.png"), join(ROOT, "docs/helpdesk-redmine.png"));
    await audit(s, "helpdesk-redmine-sent");

    // What Redmine has: the brief (card masked) as the description, the four signed files.
    const issue = await apiIssue(id);
    assert.match(issue.subject, /Card blocked abroad/);
    assert.ok(!issue.description.includes(CARD), "the card is masked in the issue");
    assert.match(issue.description, /Unblock my card/);
    assert.deepEqual(
      issue.attachments.map((a) => a.filename),
      ["case-1.pdf", "case-1.pdf.sig", "case-1.json", "case-1.json.sig"],
    );

    // The case page names the issue.
    await closeShare(s);
    await waitFor(async () => (await contactCount(s)) === 2, { what: "the hand-off on the timeline" });
    assert.equal(await s.text(await s.waitFor(tid("case-ticket"))), `Ticket ${reference}`);

    // Again after a new contact: a note on the same issue, with the files.
    await logContact(s, { channel: "phone", summary: "Called again, card still blocked" }, 3);
    await openShare(s);
    const update = await s.waitFor(tid("helpdesk-ticket-update"));
    assert.equal(await s.property(update, "checked"), true, "the case's issue is the default");
    assert.match(await s.text(await s.find(tid("helpdesk-ticket"))), new RegExp(`Add an update to ${esc(reference)}`));
    await waitFor(async () => (await s.property(await s.find(tid("helpdesk-send")), "disabled")) === false, {
      what: "Send to open",
    });
    await s.click(await s.find(tid("helpdesk-send")));
    const again = await s.waitFor(tid("helpdesk-sent"), { timeout: 60000 });
    assert.match(await s.text(again), new RegExp(`Your update was added to ticket ${esc(reference)}`));
    const back = await apiIssue(id);
    const notes = back.journals.filter((j) => j.notes);
    assert.equal(notes.length, 1);
    assert.match(notes[0].notes, /Called again, card still blocked/);
    assert.equal(back.attachments.length, 8);
    await closeShare(s);
    await waitFor(async () => (await contactCount(s)) === 4, { what: "the update on the timeline" });
  } finally {
    await s.quit().catch(() => {});
  }
});
