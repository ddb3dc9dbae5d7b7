// Sharing in the real window: the Share dialog previews what will be masked (highlighted), copies
// the chat brief (≤ 1,000 characters, nothing secret), exports a signed PDF to a typed path, and
// verifies it. The profile is keyring-protected here, so the signing key comes from the keyring.

import assert from "node:assert/strict";
import { writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { createCase, firstScreen, logContact, SCREENSHOTS, startHarness, tid } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

const CARD = "4111 1111 1111 1111";

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

  // One click: the chat brief.
  await s.click(await s.find(tid("share-copy-chat")));
  const copied = await s.waitFor(`${tid("share-copied")}`);
  await waitFor(async () => ((await s.text(copied)).trim() ? true : null), { what: "the copy result" });
  assert.match(await s.text(copied), /Chat brief copied \(\d+ characters\)/);
  const brief = await s.property(await s.find(tid("share-brief-text")), "value");
  assert.ok([...brief].length <= 1000, `${[...brief].length} characters`);
  assert.match(brief, /Card charged twice/);
  assert.ok(!brief.includes(CARD) && !brief.includes("493817"));

  writeFileSync(join(SCREENSHOTS, "share.png"), await s.screenshot());

  // Export a PDF to a typed path, then verify it.
  const out = join(h.dataDir, "..", "case-1.pdf");
  await s.type(await s.find(tid("share-path")), out);
  await s.click(await s.find(tid("share-export")));
  const saved = await s.waitFor(tid("share-exported"), { timeout: 30000 });
  assert.match(await s.text(saved), /signed with key [0-9a-f]{16}/);
  assert.ok(existsSync(out) && existsSync(`${out}.sig`));
  await s.type(await s.find(tid("share-verify-path")), out);
  await s.click(await s.find(tid("share-verify")));
  const verdict = await s.waitFor(tid("share-verdict"));
  assert.equal(await s.cmd("GET", `/element/${verdict}/attribute/data-verdict`), "intact");
  assert.match(await s.text(verdict), /this profile's key/);
});
