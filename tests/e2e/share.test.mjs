// Sharing in the real window: the Share dialog previews what will be masked (highlighted), copies
// the chat brief (≤ 1,000 characters, nothing secret), exports a signed PDF where the customer
// says in the system's Save dialog, and verifies it through the Open dialog. The page never sends a
// path: the app opens those GTK dialogs itself, and nativeDialog.mjs drives them with xdotool (a
// cancelled Save dialog is checked too). The profile is keyring-protected here, so the signing key
// comes from the keyring.
// Before any brief, the dialog asks what only the customer knows ("Before you share"): Copy and
// Export stay closed, with the reason shown, until the request for the agent is saved on the case.
// Then what only looks private (a long account number) is listed under the preview, left in the
// clear, until "Mask it" marks it private: the preview and the brief then show [private].
// Proof of when (timestamps) is off by default; the switch takes a time-stamping authority's
// address: one that is not a web address is refused with the reason, a real one turns it on, and
// Turn off turns it off again.
// Screenshots: tests/e2e/screenshots/share.png, share-ask.png, share-flags.png (the last two also
// in docs/), share-when.png.

import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import {
  answerBriefAsk,
  audit,
  createCase,
  firstScreen,
  logContact,
  press,
  ROOT,
  SCREENSHOTS,
  startHarness,
  tid,
} from "./app.mjs";
import { cancel, openFile, saveAs } from "./nativeDialog.mjs";
import { waitFor } from "./webdriver.mjs";

const CARD = "4111 1111 1111 1111";
// 15 digits that fail the Luhn check: not a card, so flagged as a long number, not masked.
const ACCOUNT = "123456789012345";
// A second one (also fails Luhn), left flagged for the screenshot; not asserted on.
const MEMBER = "987654321098765";
const REQUEST = "Refund the second charge of 49.99";
// The titles the app gives its native dialogs (src-tauri/src/commands/share.rs), as xdotool finds them.
const SAVE_TITLE = "^Save the export of case 1$";
const OPEN_TITLE = "^Choose a file to check$";

let h;
before(async () => {
  h = await startHarness({ name: "share" });
});
after(async () => {
  await h?.stop();
});

test("share: redaction preview, chat brief, signed export, verify", async () => {
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  await createCase(s, "Card charged twice");
  await logContact(
    s,
    { channel: "phone", summary: `Gave card ${CARD} and phone +84 912 345 678; your code is 493817` },
    1,
  );

  await s.click(await s.waitFor(tid("share-case")));
  await s.waitFor(tid("share-dialog"));
  const preview = await s.waitFor(tid("share-preview"));
  const shown = await s.text(preview);
  assert.match(shown, /\[card ending 1111\]/);
  assert.match(shown, /\[code\]/);
  assert.ok(!shown.includes(CARD), "the preview shows masks, not the card");
  const marks = await s.findAll("mark.share-mask", preview);
  assert.equal(marks.length, 3, "card, phone and code are highlighted");

  // Asked first: what the agent should do. Until it is said, nothing can be copied or exported.
  const ask = await s.waitFor(tid("brief-ask"));
  assert.equal(await s.property(await s.find("details", ask), "open"), true, "open while something is missing");
  const needs = await s.waitFor(tid("brief-needs-request"));
  assert.match(await s.text(needs), /fill in .What should the agent do\?./);
  assert.equal(await s.property(await s.find(tid("share-copy-chat")), "disabled"), true, "Copy is closed");
  assert.equal(await s.property(await s.find(tid("share-export")), "disabled"), true, "Export is closed");
  assert.ok(await s.find(tid("brief-needs-request-export")), "the reason is next to Export too");
  assert.match(
    await s.property(await s.find(tid("brief-request")), "placeholder"),
    /Remove the block on my number so I can turn on 2-step verification/,
  );
  await answerBriefAsk(s, { request: REQUEST, by: "2030-06-30", still: "yes", access: "web", team: "Billing disputes" });
  assert.equal(await s.property(await s.find(tid("share-export")), "disabled"), false, "Export is open");
  assert.equal((await s.findAll(tid("brief-needs-request"))).length, 0, "the reason is gone");
  assert.equal(await s.property(await s.find(tid("brief-still-yes")), "checked"), true);

  // The form, filled and saved, for the screenshot.
  await s.execute(`document.querySelector('[data-testid="share-dialog"]').scrollTop = 0; return true;`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const askShot = join(SCREENSHOTS, "share-ask.png");
  writeFileSync(askShot, await s.screenshot());
  mkdirSync(join(ROOT, "docs"), { recursive: true });
  copyFileSync(askShot, join(ROOT, "docs/share-ask.png"));
  await audit(s, "share dialog with the brief form");

  // One click: the chat brief.
  await s.click(await s.find(tid("share-copy-chat")));
  const copied = await s.waitFor(`${tid("share-copied")}`);
  await waitFor(async () => ((await s.text(copied)).trim() ? true : null), { what: "the copy result" });
  assert.match(await s.text(copied), /Chat brief copied \(\d+ characters\)/);
  const brief = await s.property(await s.find(tid("share-brief-text")), "value");
  assert.ok([...brief].length <= 1000, `${[...brief].length} characters`);
  assert.match(brief, /Card charged twice/);
  // What the customer said is in it, never a placeholder.
  assert.match(brief, /Request: Refund the second charge of 49\.99 — by 30 Jun 2030\./);
  assert.match(brief, /still happening as of/);
  assert.match(brief, /on the website/);
  assert.match(brief, /Please route to: Billing disputes/);
  assert.ok(!brief.includes(CARD) && !brief.includes("493817"));

  writeFileSync(join(SCREENSHOTS, "share.png"), await s.screenshot());

  // Export a PDF: "Save…" makes the app open the system's Save dialog. Changing one's mind first:
  // Escape saves nothing, and the dialog says so calmly.
  const out = join(h.dataDir, "..", "case-1.pdf");
  const exportButton = await s.find(tid("share-export"));
  assert.equal(await s.text(exportButton), "Save…");
  await s.click(exportButton);
  await cancel(SAVE_TITLE);
  const notSaved = await s.waitFor(tid("share-not-saved"));
  assert.equal(await s.text(notSaved), "Nothing was saved.");
  assert.equal((await s.findAll(tid("share-exported"))).length, 0);
  assert.equal((await s.findAll(`${tid("share-dialog")} .notice-error`)).length, 0, "not an error");
  await waitFor(async () => (await s.property(exportButton, "disabled")) === false, { what: "Save… to open again" });

  // Then for real: the customer types where, in the dialog.
  await s.click(exportButton);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await saveAs(SAVE_TITLE, out, { screenshot: join(SCREENSHOTS, "share-save-dialog.png") });
  const saved = await s.waitFor(tid("share-exported"), { timeout: 30000 });
  assert.match(await s.text(saved), /signed with key [0-9a-f]{16}/);
  assert.ok((await s.text(saved)).includes(out), "the page says where it was saved");
  assert.ok(existsSync(out) && existsSync(`${out}.sig`));
  assert.equal((await s.findAll(tid("share-not-saved"))).length, 0, "the cancelled line is gone");

  // Check it: "Check a file…" opens the system's Open dialog; its .sig beside it is found.
  const check = await s.find(tid("share-verify"));
  assert.equal(await s.text(check), "Check a file…");
  await s.click(check);
  await openFile(OPEN_TITLE, out);
  const verdict = await s.waitFor(tid("share-verdict"), { timeout: 30000 });
  assert.equal(await s.cmd("GET", `/element/${verdict}/attribute/data-verdict`), "intact");
  assert.match(await s.text(verdict), /this profile's (own )?key/);
  // Cancelling the check says so, and leaves nothing checked.
  await waitFor(async () => (await s.property(check, "disabled")) === false, { what: "Check a file… to open again" });
  await s.click(check);
  await cancel(OPEN_TITLE);
  const notChecked = await s.waitFor(tid("share-not-checked"));
  assert.equal(await s.text(notChecked), "No file was checked.");
  assert.equal((await s.findAll(tid("share-verdict"))).length, 0);
  await s.execute(`document.querySelector('[data-testid="share-verify"]').scrollIntoView({ block: "center" }); return true;`);
  writeFileSync(join(SCREENSHOTS, "share-export.png"), await s.screenshot());

  // Something that only looks private: listed under the preview, sent as written until masked.
  // Close is at the foot of the (scrolled) dialog.
  await s.execute(`document.querySelector('[data-testid="share-close"]').scrollIntoView({ block: "center" }); return true;`);
  await s.click(await s.find(tid("share-close")));
  await logContact(s, { channel: "chat", summary: `Asked for the refund to account ${ACCOUNT}; member ID ${MEMBER}` }, 2);
  await s.click(await s.waitFor(tid("share-case")));
  await s.waitFor(tid("share-dialog"));
  // All said today: the form is collapsed (to edit), Copy and Export are open at once.
  const askAgain = await s.waitFor(tid("brief-ask"));
  await waitFor(async () => (await s.property(await s.find(tid("share-copy-chat")), "disabled")) === false, {
    what: "Copy chat brief open on the second visit",
  });
  assert.equal(await s.property(await s.find("details", askAgain), "open"), false, "collapsed when nothing is missing");
  assert.equal(
    await s.property(await s.find(".share-ask-recap", askAgain), "textContent"),
    REQUEST,
    "the request is recalled in the summary",
  );
  assert.equal((await s.findAll(tid("brief-needs-request"))).length, 0);
  const flagList = await s.waitFor(tid("share-flags"));
  const flagged = await waitFor(
    async () => {
      for (const item of await s.findAll(tid("share-flag"), flagList)) {
        if ((await s.text(item)).includes(ACCOUNT)) return item;
      }
      return null;
    },
    { what: `a flag for ${ACCOUNT}` },
  );
  assert.equal(await s.cmd("GET", `/element/${flagged}/attribute/data-reason`), "long_number");
  const flagMark = await s.find("mark.share-flag", flagged);
  assert.equal(await s.text(flagMark), ACCOUNT);
  assert.match(await s.text(flagged), /long number/);
  assert.ok(!(await s.text(await s.find(tid("share-preview")))).includes("[private]"), "nothing marked yet");

  await s.click(await s.find(tid("share-flag-mask"), flagged));
  // The preview refreshes with the text masked; the flag is gone; the mark can be undone.
  const maskedPreview = await waitFor(
    async () => {
      const text = await s.text(await s.find(tid("share-preview")));
      return text.includes("[private]") && !text.includes(ACCOUNT) ? text : null;
    },
    { what: "the account number masked as [private] in the preview" },
  );
  assert.match(maskedPreview, /account \[private\]/);
  await waitFor(
    async () => {
      const items = await s.findAll(tid("share-flag"));
      for (const item of items) if ((await s.text(item)).includes(ACCOUNT)) return null;
      return true;
    },
    { what: `the flag for ${ACCOUNT} to go` },
  );
  const marked = await s.waitFor(tid("share-private-item"));
  assert.ok((await s.text(marked)).includes(ACCOUNT));
  assert.ok(await s.find(tid("share-private-undo"), marked));
  // Announced to screen readers (a visually hidden status).
  const note = await s.property(await s.find(tid("share-private-note")), "textContent");
  assert.match(note, /will be masked as \[private\]/);

  // The brief is built with the same choice: the number is not in it.
  await s.click(await s.find(tid("share-copy-chat")));
  const masked = await waitFor(
    async () => {
      const v = await s.property(await s.find(tid("share-brief-text")), "value");
      return v.includes("[private]") ? v : null;
    },
    { what: "the chat brief with [private]" },
  );
  assert.ok(!masked.includes(ACCOUNT));

  // The flags and the marked text in view for the screenshot.
  await s.execute(
    "const el = document.querySelector('[data-testid=share-private]'); el && el.scrollIntoView({ block: 'center' }); return true;",
  );
  mkdirSync(SCREENSHOTS, { recursive: true });
  const shot = join(SCREENSHOTS, "share-flags.png");
  writeFileSync(shot, await s.screenshot());
  mkdirSync(join(ROOT, "docs"), { recursive: true });
  copyFileSync(shot, join(ROOT, "docs/share-flags.png"));
  // The flag list and the marked list pass axe (no serious or critical violation).
  await audit(s, "share dialog with flags");
  await s.quit();
});

test("share: proof of when — off by default, a bad address refused clearly, on, then off", async () => {
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  await s.click(await s.waitFor(tid("case-item")));
  await s.click(await s.waitFor(tid("share-case")));
  await s.waitFor(tid("share-dialog"));
  const status = async () => {
    const el = await s.find(tid("share-when-status"));
    return { on: await s.cmd("GET", `/element/${el}/attribute/data-on`), text: await s.property(el, "textContent") };
  };
  // Off until the customer chooses an authority: said in the collapsed summary too.
  await waitFor(async () => (await status()).on === "false", { what: "proof of when off" });
  assert.equal(await s.property(await s.find(tid("share-when-badge")), "textContent"), "Off");
  await press(s, "share-when-toggle");
  const explained = await s.text(await s.waitFor(tid("share-when")));
  assert.match(explained, /Only a fingerprint \(hash\) of the file is sent, never its content/);
  assert.match((await status()).text, /^Off/);

  // The switch shows the address; one that is not a web address is refused, saying why.
  await press(s, "share-when-switch");
  const field = await s.waitFor(tid("share-when-url"));
  await s.replaceText(field, "timestamp.example");
  await press(s, "share-when-save");
  const error = await s.waitFor(`${tid("share-when")} [data-code="timestamp_url_invalid"]`);
  const said = await s.text(error);
  assert.match(said, /"timestamp\.example" can't be used for timestamps: that is not a web address/);
  assert.match(said, /http:\/\/timestamp\.example\/tsr/, "the hint shows what an address looks like");
  assert.equal((await status()).on, "false", "a refused address changes nothing");
  mkdirSync(SCREENSHOTS, { recursive: true });
  await s.execute(`document.querySelector('[data-testid="share-when"]').scrollIntoView({ block: "start" }); return true;`);
  writeFileSync(join(SCREENSHOTS, "share-when-invalid.png"), await s.screenshot());

  // A real address: on, and shown.
  await s.replaceText(field, "http://timestamp.example/tsa");
  await press(s, "share-when-save");
  await waitFor(async () => (await status()).on === "true", { what: "proof of when on" });
  assert.match((await status()).text, /http:\/\/timestamp\.example\/tsa/);
  assert.equal((await s.findAll(`${tid("share-when")} [data-code]`)).length, 0, "the error is gone");
  assert.equal(await s.property(await s.find(tid("share-when-badge")), "textContent"), "On");
  await s.execute(`document.querySelector('[data-testid="share-when"]').scrollIntoView({ block: "start" }); return true;`);
  writeFileSync(join(SCREENSHOTS, "share-when.png"), await s.screenshot());
  await audit(s, "share dialog: proof of when on");

  // Turned off again (exports then carry the signature only).
  await press(s, "share-when-off");
  await waitFor(async () => (await status()).on === "false", { what: "proof of when off again" });
  assert.equal((await s.findAll(tid("share-when-url"))).length, 0);
  await s.quit();
});
