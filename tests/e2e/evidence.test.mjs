// Taking ownership in the real window: a transcript pasted into the log form fills the agent,
// reference and promise for the customer to accept; an unsolicited call raises the impostor
// alert with its checklist, whose ticks are stored; insights, the kept transcript and the
// accounts view follow.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createCase, firstScreen, startHarness, tid, waitForCards } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

const TRANSCRIPT = [
  "[10:02] You are now chatting with Minh Tran.",
  "[10:07] Minh Tran: I have opened ticket #48213-A for you.",
  "[10:08] Minh Tran: Our security team will call you back within 48 hours.",
].join("\n");

let h;
before(async () => {
  h = await startHarness({ name: "evidence" });
});
after(async () => {
  await h?.stop();
});

test("evidence: transcript suggestions, impostor checklist, insights, accounts", async () => {
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  await createCase(s, "A call from 'the bank'");

  // Log an unsolicited call, filling it from a pasted transcript.
  await s.click(await s.waitFor(tid("log-contact")));
  const summary = await s.waitFor(tid("summary"));
  await s.click(await s.find(`${tid("log-direction")} option[value="unsolicited"]`));
  await s.click(await s.find(`${tid("paste-transcript")} summary`));
  await s.type(await s.waitFor(tid("transcript-text")), TRANSCRIPT);
  await s.click(await s.find(tid("transcript-suggest")));
  await s.waitFor(tid("suggestions"));
  await s.click(await s.find(tid("suggestions-apply")));
  assert.equal(await s.property(await s.find(tid("log-agent")), "value"), "Minh Tran");
  assert.match(await s.property(await s.find(tid("log-references")), "value"), /48213-A/);
  assert.match(await s.property(await s.find(tid("promise-text")), "value"), /call you back/);
  await s.type(summary, "Caller said my account was locked and asked for the SMS code.");
  await s.click(await s.find(tid("log-submit")));
  await waitForCards(s, 1);

  // The impostor alert, with its five steps; ticking one is stored.
  const banner = await s.waitFor(tid("alert-banner"));
  assert.match(await s.text(banner), /Unsolicited contact/);
  const boxes = await s.findAll(`${tid("alert-checklist")} input[type="checkbox"]`);
  assert.equal(boxes.length, 5);
  await s.click(await s.find(tid("alert-step-change_password")));
  await waitFor(async () => (/1 of 5 steps done/.test(await s.text(banner)) ? true : null), {
    what: "the step to be saved",
  });

  // Insights and the transcript kept as an attachment.
  const insights = await s.waitFor(tid("insights"));
  assert.match(await s.text(insights), /unsolicited contact/);
  const rows = await waitFor(async () => {
    const r = await s.findAll(tid("attachment-row"));
    return r.length === 1 ? r : null;
  }, { what: "the kept transcript" });
  assert.match(await s.text(rows[0]), /Transcript[\s\S]*sha256 [0-9a-f]{12}/);

  // The accounts view lists the open alert (this case names no service, so no account row).
  await s.click(await s.find(tid("open-accounts")));
  await s.waitFor(tid("accounts-view"));
  assert.match(await s.text(await s.waitFor(tid("open-alerts"))), /Alert 1: Unsolicited contact/);
});
