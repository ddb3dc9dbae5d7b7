// The exposure chain in the real window (issue 22). The seed impostor story: a chat the customer
// never had at Example Shop, known from the transcript they were e-mailed, in which the agent
// read out the delivery address and the card's last four digits. Three other accounts: a bank
// whose support checks callers by the card's last four, an e-mail provider that checks the phone
// number (and only holds the address), a retailer that checks the address. The disclosures are
// confirmed from the transcript's suggestions on the alert ("What did they get?"); the retailer's
// answers are given through the questionnaire in the Accounts view. The At risk screen then lists
// the bank and the retailer, in that order (money first), each with its reasons; the e-mail
// provider under "Not at risk"; a lock-down step is ticked and stays ticked; the letter to the
// bank names what leaked and never the digits; the screen's title in Vietnamese.
// Seeding goes through the window's own commands (the same IPC the UI uses).
// Screenshots: docs/exposure-at-risk.png, docs/exposure-questionnaire.png,
// docs/exposure-alert.png, tests/e2e/screenshots/exposure-*.png.

import assert from "node:assert/strict";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { audit, chooseLanguage, firstScreen, invoke, ROOT, scrollTo, shot, startHarness, tid } from "./app.mjs";
import { saveAs } from "./nativeDialog.mjs";
import { waitFor } from "./webdriver.mjs";

const TRANSCRIPT = `[14:02] You are now chatting with Hoa.
[14:03] Customer: Hi, I need to check which address my last order went to, and which card was used?
[14:05] Hoa: Sure. The order was shipped to 12 Hang Bong Street, Hoan Kiem, Ha Noi.
[14:06] Hoa: It was paid with the Visa card ending in 4821.
[14:07] Customer: Thanks!
`;

let h;
before(async () => {
  h = await startHarness({ name: "exposure" });
});
after(async () => {
  await h?.stop();
});

/** Pastes a transcript onto a case as the Attachments panel does (raw bytes, headers). */
async function attachTranscript(s, caseId, text) {
  const answer = await s.executeAsync(
    `const done = arguments[arguments.length - 1];
     const bytes = new TextEncoder().encode(arguments[1]);
     window.__TAURI_INTERNALS__.invoke("attachment_add", bytes, {
       headers: { "x-case-id": arguments[0], "x-file-name": "chat-transcript.txt", "x-transcript": "1" },
     }).then((value) => done({ ok: value }), (refused) => done({ refused }));`,
    [caseId, text],
  );
  if ("refused" in answer) throw new Error(`attachment_add: ${JSON.stringify(answer.refused)}`);
  return answer.ok;
}

async function checked(s, id) {
  return s.property(await s.waitFor(tid(id)), "checked");
}

/** The services of the cards with this test id, in the order shown. */
async function servicesOf(s, id) {
  return s.execute(
    `return [...document.querySelectorAll('[data-testid="' + arguments[0] + '"]')].map((e) => e.dataset.service);`,
    [id],
  );
}

test("exposure: what leaked at Example Shop, the bank and the retailer at risk, the e-mail provider not", async (t) => {
  const s = await h.launch();
  t.after(() => s.quit().catch(() => {}));
  assert.equal(await firstScreen(s), "main");

  // Nothing leaked yet: the At risk screen says what to do.
  await s.click(await s.waitFor(tid("open-at-risk")));
  await s.waitFor(tid("at-risk-empty"));

  // The story.
  const shop = await invoke(s, "case_create", {
    input: { title: "A chat I never had: my address and card were read out", service: "Example Shop" },
  });
  const added = await attachTranscript(s, shop.id, TRANSCRIPT);
  const alert = await invoke(s, "alert_raise", {
    caseId: shop.id,
    input: {
      kind: "contact_not_made",
      summary: "Someone posing as me got my delivery address and card details in a chat",
      interaction_id: null,
      attachment_id: added.attachment.id,
    },
  });
  for (const [title, service] of [
    ["Card statement question", "Example Bank"],
    ["Mailbox storage", "Example Mail"],
  ]) {
    await invoke(s, "case_create", { input: { title, service } });
  }
  await invoke(s, "set_account_knowledge", {
    account: "Example Bank",
    answers: { stake: "money", details: [{ detail: "card_last_four", holds: true, checks: true, value: "4821" }] },
  });
  await invoke(s, "set_account_knowledge", {
    account: "Example Mail",
    answers: {
      stake: "email",
      details: [
        { detail: "phone", holds: true, checks: true },
        { detail: "address", holds: true, checks: false },
      ],
    },
  });

  // The retailer has no case: added by name in the Accounts view, whose questionnaire then opens.
  await s.click(await s.find(tid("open-accounts")));
  await s.waitFor(tid("accounts-table"));
  await audit(s, "accounts with 'What they check…'");
  await s.type(await s.find(tid("account-add-service")), "Example Store");
  await s.click(await s.find(tid("account-add-submit")));
  await s.waitFor(tid("knowledge-holds-address"));
  await waitFor(
    async () => {
      for (const row of await s.findAll(tid("account-row"))) if ((await s.text(row)).includes("Example Store")) return true;
      return false;
    },
    { what: "Example Store in the accounts" },
  );
  await s.click(await s.find(tid("knowledge-stake-shopping")));
  await s.click(await s.find(tid("knowledge-holds-address")));
  await s.click(await s.find(tid("knowledge-checks-address")));
  await s.click(await s.find(tid("knowledge-holds-card_last_four")));
  await s.type(await s.waitFor(tid("knowledge-card")), "9934");
  await s.click(await s.find(tid("knowledge-holds-email")));
  // Typed digits are masked once the field is left.
  await s.click(await s.find(tid("knowledge-holds-phone")));
  assert.equal(await s.property(await s.find(tid("knowledge-card")), "type"), "password");
  await s.execute(`document.querySelector('[data-testid="knowledge-dialog"]').scrollTop = 0; return true;`);
  copyFileSync(await shot(s, "exposure-questionnaire.png"), join(ROOT, "docs/exposure-questionnaire.png"));
  await audit(s, "questionnaire");
  await s.click(await s.find(tid("knowledge-save")));
  await waitFor(async () => (await s.findAll(tid("knowledge-dialog"))).length === 0, { what: "the questionnaire to close" });
  const known = await invoke(s, "account_knowledge", { account: "Example Store" });
  assert.equal(known.stake, "shopping");
  const address = known.details.find((d) => d.detail === "address");
  assert.ok(address && address.holds && address.checks, JSON.stringify(known.details));
  const card = known.details.find((d) => d.detail === "card_last_four");
  assert.ok(card && card.holds && /•/.test(card.hint ?? ""), `the card's last four kept masked: ${JSON.stringify(card)}`);

  // The alert: "What did they get?", pre-filled from the transcript; the customer confirms.
  await s.click(await s.find(tid("accounts-close")));
  // The cases were made through the commands: the list is read again (All cases).
  await s.click(await s.find(tid("filter-all")));
  const shopItem = await waitFor(
    async () => {
      for (const item of await s.findAll(tid("case-item"))) if ((await s.text(item)).includes("A chat I never had")) return item;
      return null;
    },
    { what: "the Example Shop case in the list" },
  );
  await s.click(shopItem);
  await s.click(await s.waitFor(tid("disclosed-open")));
  await s.waitFor(tid("disclosed-row-address"));
  await waitFor(async () => (await checked(s, "disclosed-given-address")) === true, { what: "the address ticked from the transcript" });
  assert.equal(await checked(s, "disclosed-given-card_last_four"), true);
  assert.equal(await checked(s, "disclosed-asked-card_last_four"), true);
  assert.equal(await checked(s, "disclosed-given-phone"), false);
  const quote = await s.text(await s.find(tid("disclosed-quote-card_last_four")));
  assert.ok(!quote.includes("4821"), `the quote is masked: ${quote}`);
  const dialogText = await s.text(await s.find(tid("disclosed-dialog")));
  assert.ok(!dialogText.replaceAll("•••• 4821", "").includes("4821"), "the card's last four only masked");
  assert.ok(!dialogText.includes("Hang Bong"), "the address is never shown");
  copyFileSync(await shot(s, "exposure-alert.png"), join(ROOT, "docs/exposure-alert.png"));
  await audit(s, "what did they get");
  await s.click(await s.find(tid("disclosed-confirm")));
  const got = await s.waitFor(tid("disclosed-got"));
  assert.match(await s.text(got), /postal address/);
  await scrollTo(s, "disclosed");
  await shot(s, "exposure-alert-confirmed.png");
  const confirmed = await invoke(s, "alert_disclosures", { alert: String(alert.number) });
  assert.deepEqual(confirmed.filter((d) => d.given).map((d) => d.detail).sort(), ["address", "card_last_four"]);

  // "See which accounts are at risk": the one screen.
  await s.click(await s.find(tid("disclosed-see-at-risk")));
  await s.waitFor(tid("at-risk-account"));
  assert.deepEqual(await servicesOf(s, "at-risk-account"), ["Example Bank", "Example Store"]);
  assert.deepEqual(await servicesOf(s, "cleared-account"), ["Example Mail"]);
  const leaks = await s.execute(`return [...document.querySelectorAll('[data-testid="leak"]')].map((e) => e.dataset.detail).sort();`);
  assert.deepEqual(leaks, ["address", "card_last_four"]);
  const cards = await s.findAll(tid("at-risk-account"));
  const bankText = await s.text(cards[0]);
  assert.match(bankText, /Example Shop/, "the bank's reason says where it leaked");
  assert.ok((await s.findAll(tid("at-risk-reason"), cards[0])).length >= 1);
  assert.ok((await s.findAll(tid("at-risk-reason"), cards[1])).length >= 1);
  const first = await s.text(await s.find(tid("at-risk-first")));
  assert.match(first, /Example Bank/, "what to do first is at the bank (money)");
  await waitFor(async () => (await s.text(await s.find(tid("at-risk-count")))) === "2", { what: "the sidebar's count" });
  const screen = await s.text(await s.find(tid("at-risk-view")));
  assert.ok(!screen.replaceAll("•••• 4821", "").includes("4821"), "the card's last four only masked");
  assert.ok(!screen.includes("Hang Bong"), "the address is never shown");
  copyFileSync(await shot(s, "exposure-at-risk.png"), join(ROOT, "docs/exposure-at-risk.png"));
  await audit(s, "at risk");
  await scrollTo(s, "not-at-risk");
  await shot(s, "exposure-at-risk-below.png");
  assert.deepEqual(await servicesOf(s, "unknown-account"), ["Example Shop"], "the company where it leaked: nothing known yet");

  // A step ticked stays ticked (read again from the store).
  const step = await s.find(`${tid("lockdown-plan")} input[type=checkbox]`, cards[0]);
  const stepId = await s.cmd("GET", `/element/${step}/attribute/data-testid`);
  await s.click(step);
  await waitFor(async () => (await s.property(await s.find(`${tid("at-risk-account")} ${tid(stepId)}`), "checked")) === true, {
    what: "the step ticked",
  });
  const again = await invoke(s, "exposure_report", {});
  const bank = again.at_risk.find((r) => r.account.service === "Example Bank");
  assert.ok(bank.plan.find((p) => `lockdown-step-${p.id}` === stepId).done_at, "the tick is stored");

  // The letter to the bank: what leaked by name, never the digits or the address.
  await s.click(await s.find(tid("lockdown-letter"), (await s.findAll(tid("at-risk-account")))[0]));
  const body = await s.waitFor(tid("exposure-letter-body"));
  const letter = await waitFor(async () => {
    const v = await s.property(body, "value");
    return v && v.length > 0 ? v : null;
  }, { what: "the letter" });
  assert.match(letter, /Example Shop/);
  for (const secret of ["4821", "9934", "Hang Bong"]) assert.ok(!letter.includes(secret), `no ${secret} in the letter`);
  copyFileSync(await shot(s, "exposure-letter.png"), join(ROOT, "docs/exposure-letter.png"));
  await audit(s, "exposure letter");
  // Saved where the customer says in the system's Save dialog, made again through the gate.
  const out = join(h.dataDir, "..", "bank-letter.txt");
  await s.click(await s.find(tid("exposure-letter-save")));
  await saveAs("Save the letter to", out);
  const said = await s.waitFor(tid("exposure-letter-said"));
  await waitFor(async () => /Saved in/.test(await s.text(said)), { what: "Saved in …" });
  assert.ok(existsSync(out), "the letter was written where the Save dialog said");
  const saved = readFileSync(out, "utf8");
  for (const secret of ["4821", "9934", "Hang Bong"]) assert.ok(!saved.includes(secret), `no ${secret} in the saved letter`);
  await s.click(await s.find(tid("exposure-letter-close")));

  // The 2-step step hands the service to the enrolment wizard.
  const wizard = await s.findAll(tid("lockdown-wizard"));
  if (wizard.length > 0) {
    await s.click(wizard[0]);
    const service = await s.waitFor("#enrol-service, [data-testid=enrol-service]");
    assert.equal(await s.property(service, "value"), "Example Bank");
    await s.click(await s.find(tid("open-at-risk")));
  }

  // A second impostor transcript at Example Shop: "this is the second time", and its letter.
  const added2 = await attachTranscript(
    s,
    shop.id,
    TRANSCRIPT.replace("[14:02]", "[09:12]").replaceAll("Hoa", "Minh"),
  );
  await invoke(s, "alert_raise", {
    caseId: shop.id,
    input: {
      kind: "contact_not_made",
      summary: "Another chat I never had, again asking for my address",
      interaction_id: null,
      attachment_id: added2.attachment.id,
    },
  });
  // The leak's alert link on the At risk screen opens the case where it happened.
  await s.click(await s.waitFor(tid("leak-alert")));
  await s.click(await s.waitFor(tid("second-time-letter")));
  const body2 = await s.waitFor(tid("exposure-letter-body"));
  const second = await waitFor(async () => {
    const v = await s.property(body2, "value");
    return v && v.length > 0 ? v : null;
  }, { what: "the second-time letter" });
  assert.match(second, /second time/i);
  for (const secret of ["4821", "Hang Bong"]) assert.ok(!second.includes(secret), `no ${secret} in the second-time letter`);
  await shot(s, "exposure-second-time.png");
  await s.click(await s.find(tid("exposure-letter-close")));
  await s.click(await s.find(tid("open-at-risk")));
  await s.waitFor(tid("at-risk-account"));

  // A company Steward has notes on (T-Mobile takes the address, says its customer): its card
  // says what the notes say about its support, closed until asked for.
  await invoke(s, "set_account_knowledge", {
    account: "T-Mobile",
    answers: { details: [{ detail: "address", holds: true, checks: true }] },
  });
  await s.click(await s.find(tid("open-accounts")));
  await s.waitFor(tid("accounts-table"));
  await s.click(await s.find(tid("open-at-risk")));
  const carrier = await s.waitFor(`${tid("at-risk-account")}[data-service="T-Mobile"]`);
  const note = await s.find(tid("at-risk-note"), carrier);
  assert.equal(await s.property(note, "open"), false, "closed at first");
  assert.match(await s.text(await s.find("summary", note)), /What Steward's notes say about T-Mobile's support/);
  await s.click(await s.find("summary", note));
  await waitFor(async () => /account PIN/.test(await s.text(note)), { what: "the note's text" });
  assert.equal((await s.findAll(tid("at-risk-note"))).length, 1, "only the company with notes has one");
  await s.execute(
    `document.querySelector('[data-service="T-Mobile"] [data-testid="at-risk-note"]').scrollIntoView({ block: "center" }); return true;`,
  );
  await shot(s, "exposure-note.png");
  // The same notes in the questions about the company, with their sources.
  await s.click(await s.find(tid("at-risk-edit"), carrier));
  const dialog = await s.waitFor(tid("knowledge-dialog"));
  // The dialog opens at once and reads the company's answers after ("Loading…" until then).
  const inDialog = await s.waitFor(`${tid("knowledge-dialog")} ${tid("knowledge-note")}`);
  await s.click(await s.find("summary", inDialog));
  await waitFor(async () => /account PIN/.test(await s.text(inDialog)), { what: "the note in the questions" });
  assert.ok(await s.find(tid("knowledge-sources"), dialog), "with its sources");
  await s.press("\uE00C"); // Escape closes the dialog
  await waitFor(async () => (await s.findAll(tid("knowledge-dialog"))).length === 0, { what: "the questions closed" });

  // In Vietnamese.
  await scrollTo(s, "language-select");
  await chooseLanguage(s, "vi");
  await waitFor(async () => (await s.text(await s.waitFor(tid("at-risk-title")))) === "Tài khoản có nguy cơ", {
    what: "the At risk title in Vietnamese",
  });
  await shot(s, "exposure-at-risk-vi.png");
  await chooseLanguage(s, "en");
});
