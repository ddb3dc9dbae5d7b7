// Several cases in one file, from the window: under the case list, "Export several cases in one
// file…" lists every case with a checkbox. Like the Share dialog, nothing leaves while a ticked
// case does not say what the agent should do: the dialog names the case and opens its Share
// dialog to say it. Then two cases go into one Markdown file, saved where the customer says in the
// system's Save dialog (driven with xdotool, nativeDialog.mjs), redacted, signed (FILE.sig beside
// it). Screenshots: tests/e2e/screenshots/multiexport.png (the cases ticked), multiexport-saved.png.

import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { answerBriefAsk, audit, createCase, firstScreen, logContact, SCREENSHOTS, startHarness, tid } from "./app.mjs";
import { saveAs } from "./nativeDialog.mjs";
import { waitFor } from "./webdriver.mjs";

const CARD = "4111 1111 1111 1111";
const SAVE_TITLE = "^Save the export of cases 1, 2$";

let h;
before(async () => {
  h = await startHarness({ name: "multiexport" });
});
after(async () => {
  await h?.stop();
});

/** Ticks case `n` in the several-cases dialog. */
async function tick(s, n) {
  const box = await s.waitFor(tid("export-several-case", `[data-case-number="${n}"]`));
  if (!(await s.property(box, "checked"))) await s.click(box);
}

test("several cases in one signed Markdown file", async () => {
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");

  // Case 1 says what the agent should do (in its Share dialog); case 2 not yet.
  await createCase(s, "Card charged twice");
  await logContact(s, { channel: "phone", summary: `Gave card ${CARD}; they promised a refund` }, 1);
  await s.click(await s.waitFor(tid("share-case")));
  await s.waitFor(tid("share-dialog"));
  await answerBriefAsk(s, { request: "Refund the second charge" });
  await s.execute(`document.querySelector('[data-testid="share-close"]').scrollIntoView({ block: "center" }); return true;`);
  await s.click(await s.find(tid("share-close")));
  await createCase(s, "Locked out of my mail");

  // The dialog opens with the open case ticked; one is not enough.
  await s.click(await s.waitFor(tid("export-several")));
  await s.waitFor(tid("export-several-dialog"));
  const save = await s.waitFor(tid("export-several-save"));
  const count = await s.find(tid("export-several-count"));
  await waitFor(async () => /1 case ticked/.test(await s.text(count)), { what: "one case ticked" });
  assert.equal(await s.property(save, "disabled"), true, "one case: nothing to gather");
  await tick(s, 1);
  await waitFor(async () => /2 cases ticked/.test(await s.text(count)), { what: "two cases ticked" });

  // Case 2 does not say what the agent should do: Save stays closed, and the way there is named.
  // (Ticking reloads what each ticked case still lacks: the note is found afresh each time.)
  await waitFor(
    async () => {
      const notes = await s.findAll(tid("export-several-needs"));
      if (notes.length !== 1) return null;
      const text = await s.text(notes[0]).catch(() => "");
      return /Case 2 does not say yet what the agent should do/.test(text) ? true : null;
    },
    { what: "the note that case 2 lacks its request" },
  );
  assert.equal(await s.property(save, "disabled"), true, "closed while a request is missing");
  await s.click(await s.waitFor(tid("export-several-needs-open")));
  await s.waitFor(tid("share-dialog"));
  await answerBriefAsk(s, { request: "Let me back into my mailbox" });
  await s.execute(`document.querySelector('[data-testid="share-close"]').scrollIntoView({ block: "center" }); return true;`);
  await s.click(await s.find(tid("share-close")));

  // Back to the several-cases dialog: tick both, Markdown, in English.
  await s.click(await s.waitFor(tid("export-several")));
  await s.waitFor(tid("export-several-dialog"));
  await tick(s, 1);
  await tick(s, 2);
  const save2 = await s.waitFor(tid("export-several-save"));
  await waitFor(async () => (await s.property(save2, "disabled")) === false, { what: "Save… to open" });
  assert.equal((await s.findAll(tid("export-several-needs"))).length, 0);
  assert.equal(await s.property(await s.find(tid("export-several-format-md")), "checked"), true);
  assert.equal((await s.findAll(tid("export-several-format-pdf"))).length, 0, "no PDF for several cases");
  await audit(s, "several cases in one file");

  const out = join(h.dataDir, "..", "cases.md");
  await s.click(save2);
  await saveAs(SAVE_TITLE, out);
  const saved = await s.waitFor(tid("share-exported"), { timeout: 30000 });
  assert.match(await s.text(saved), /signed with key [0-9a-f]{16}/);
  assert.ok((await s.text(saved)).includes(out), "the page says where it was saved");

  assert.ok(existsSync(out), "the file is there");
  assert.ok(existsSync(`${out}.sig`), "its signature is beside it");
  const text = readFileSync(out, "utf8");
  assert.match(text, /Card charged twice/);
  assert.match(text, /Locked out of my mail/);
  assert.match(text, /Refund the second charge/);
  assert.match(text, /Let me back into my mailbox/);
  assert.ok(!text.includes(CARD), "the card is masked");
  assert.match(readFileSync(`${out}.sig`, "utf8"), /BEGIN SSH SIGNATURE/);

  mkdirSync(SCREENSHOTS, { recursive: true });
  await s.execute(`document.querySelector('[data-testid="export-several-dialog"]').scrollTop = 0; return true;`);
  writeFileSync(join(SCREENSHOTS, "multiexport.png"), await s.screenshot());
  await s.execute(
    `const d = document.querySelector('[data-testid="export-several-dialog"]'); d.scrollTop = d.scrollHeight; return true;`,
  );
  await new Promise((r) => setTimeout(r, 300));
  writeFileSync(join(SCREENSHOTS, "multiexport-saved.png"), await s.screenshot());
});
