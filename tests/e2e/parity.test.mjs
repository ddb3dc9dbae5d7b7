// What used to be CLI only, in the real window (docs/parity.md): edit a case's title, service and
// desired outcome; save a copy of an attachment where the customer says in the system's Save
// dialog (driven with xdotool, nativeDialog.mjs) — the same bytes; edit an account's domain and
// identifier (shown masked); show the signing key; stop an enrolment for good.
// Screenshots: tests/e2e/screenshots/parity-*.png.

import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { audit, createCase, firstScreen, SCREENSHOTS, startHarness, tid, waitForCards } from "./app.mjs";
import { saveAs } from "./nativeDialog.mjs";
import { waitFor } from "./webdriver.mjs";

// A chat transcript the customer pastes and keeps as evidence (its bytes are compared after the
// round trip through the database and the Save dialog).
const TRANSCRIPT = [
  "[09:12] You are now chatting with Lan Pham.",
  "[09:14] Lan Pham: I have opened ticket #77120 for the double charge.",
  "[09:15] Lan Pham: The refund will reach your card within 5 working days.",
].join("\n");

let h;
before(async () => {
  h = await startHarness({ name: "parity" });
});
after(async () => {
  await h?.stop();
});

async function shoot(s, name, show = null) {
  if (show) {
    await s.execute(`document.querySelector('[data-testid="${show}"]').scrollIntoView({ block: "center" }); return true;`);
    await new Promise((r) => setTimeout(r, 300));
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, `parity-${name}.png`), await s.screenshot());
}

test("the window does what the CLI does: edit, save a copy, account, key, stop", async () => {
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  await createCase(s, "Charged twice");

  // Edit the case: title, service, desired outcome.
  await s.click(await s.waitFor(tid("edit-case")));
  await s.waitFor(tid("edit-case-dialog"));
  await s.replaceText(await s.waitFor(tid("edit-case-title")), "Card charged twice in March");
  await s.replaceText(await s.find(tid("edit-case-service")), "Example Bank");
  await s.replaceText(await s.find(tid("edit-case-outcome")), "Refund of the second charge");
  await audit(s, "edit a case");
  await s.click(await s.find(tid("edit-case-save")));
  await waitFor(async () => ((await s.text(await s.find("#case-heading"))) === "Card charged twice in March" ? true : null), {
    what: "the new title",
  });
  const header = await s.text(await s.find(".case-header"));
  assert.match(header, /Example Bank/);
  assert.match(header, /Refund of the second charge/);
  // An emptied title is refused in place; nothing changes.
  await s.click(await s.waitFor(tid("edit-case")));
  await s.replaceText(await s.waitFor(tid("edit-case-title")), " ");
  await s.click(await s.find(tid("edit-case-save")));
  await s.waitFor("#edit-case-title-error");
  await s.press("\uE00C"); // Escape closes the dialog
  assert.equal(await s.text(await s.find("#case-heading")), "Card charged twice in March");

  // A transcript kept as evidence, then a copy saved through the Save dialog.
  await s.click(await s.waitFor(tid("log-contact")));
  const summary = await s.waitFor(tid("summary"));
  await s.click(await s.find(`${tid("paste-transcript")} summary`));
  await s.type(await s.waitFor(tid("transcript-text")), TRANSCRIPT);
  await s.type(summary, "Chat about the double charge");
  await s.click(await s.find(tid("log-submit")));
  await waitForCards(s, 1);
  const row = await waitFor(async () => (await s.findAll(tid("attachment-row")))[0] ?? null, {
    what: "the kept transcript",
  });
  const name = (await s.text(row)).match(/^\d+\. (.+?\.txt)/m)?.[1];
  assert.ok(name, `an attachment name in: ${await s.text(row)}`);
  const out = join(h.dataDir, "..", "transcript-copy.txt");
  await s.click(await s.find(tid("attachment-save"), row));
  await saveAs(`^Save a copy of ${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, out);
  const saved = await s.waitFor(tid("attachment-saved"), { timeout: 30000 });
  assert.ok((await s.text(saved)).includes(out), "the page says where");
  assert.ok(existsSync(out), "the copy is there");
  assert.match(readFileSync(out, "utf8"), /ticket #77120/);
  await shoot(s, "attachment-saved", "attachment-saved");

  // The signing key, in the Share dialog.
  await s.click(await s.waitFor(tid("share-case")));
  await s.waitFor(tid("share-dialog"));
  const keyToggle = await s.waitFor(tid("share-key-toggle"));
  await s.execute(`document.querySelector('[data-testid="share-key-toggle"]').scrollIntoView({ block: "center" }); return true;`);
  await s.click(keyToggle);
  const fingerprint = await s.waitFor(tid("share-key-fingerprint"));
  assert.match(await s.text(fingerprint), /^SHA256:[A-Za-z0-9+/]{43}$/);
  assert.match(await s.property(await s.find(tid("share-key-openssh")), "value"), /^ssh-ed25519 AAAA/);
  assert.match(
    await s.property(await s.find(tid("share-key-allowed")), "value"),
    /^steward-[0-9a-f]{16} namespaces="steward-case@steward" ssh-ed25519 /,
  );
  await shoot(s, "signing-key", "share-key-allowed");
  await s.execute(`document.querySelector('[data-testid="share-close"]').scrollIntoView({ block: "center" }); return true;`);
  await s.click(await s.find(tid("share-close")));

  // The account: its web address and the customer's identifier there, shown masked.
  await s.click(await s.waitFor(tid("open-accounts")));
  await s.waitFor(tid("accounts-view"));
  await s.click(await s.waitFor(tid("account-edit")));
  await s.waitFor(tid("account-edit-dialog"));
  await s.replaceText(await s.waitFor(tid("account-domain")), "bank.example");
  await s.type(await s.find(tid("account-identifier")), "lan.nguyen@example.com");
  await audit(s, "edit an account");
  await s.click(await s.find(tid("account-edit-save")));
  await waitFor(async () => {
    const text = await s.text(await s.find(tid("account-row")));
    return /bank\.example/.test(text) && /l•••@example\.com/.test(text) ? true : null;
  }, { what: "the edited account row" });
  const html = await s.execute("return document.documentElement.outerHTML");
  assert.ok(!html.includes("lan.nguyen@"), "the identifier is never on the page in full");
  await shoot(s, "account-edited");
  await s.click(await s.find(tid("accounts-close")));

  // An enrolment stopped for good: no longer offered to resume.
  await s.click(await s.waitFor(tid("open-enrol")));
  await s.waitFor(tid("enrol-start-screen"));
  await s.type(await s.waitFor(tid("enrol-service")), "Example Bank");
  await s.click(await s.waitFor(tid("enrol-start")));
  await s.waitFor(`${tid("enrol-wizard")}[data-step]`);
  await s.click(await s.waitFor(tid("enrol-stop")));
  await s.waitFor(tid("enrol-stop-confirm"));
  await audit(s, "stop an enrolment");
  await shoot(s, "enrol-stop");
  await s.click(await s.find(tid("enrol-stop-yes")));
  await s.waitFor(tid("enrol-start-screen"));
  assert.equal((await s.findAll(tid("enrol-resume"))).length, 0, "a stopped enrolment is not offered to resume");
});
