// A case with a long history (130 contacts, logged with the CLI on the same profile) opens with
// the newest 100 on screen and says how many earlier ones are not shown; "show earlier" brings
// them in; a search hit in the oldest contact opens the case with that contact shown, even though
// it is outside the newest 100.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { firstScreen, ROOT, SCREENSHOTS, startHarness, tid, waitForCards } from "./app.mjs";

const CLI = join(ROOT, "target/debug/steward");
const CONTACTS = 130;
let h;

before(async () => {
  h = await startHarness({ name: "longcase" });
  const env = { ...process.env, STEWARD_DATA_DIR: h.dataDir };
  const cli = (...args) => execFileSync(CLI, args, { env, encoding: "utf8" });
  cli("case", "new", "Refund loop with the retailer");
  // Oldest first: contact 1 is 130 hours ago and the only one that mentions a zebra.
  for (let n = 1; n <= CONTACTS; n++) {
    const summary = n === 1 ? "First call: agent mentioned the zebra-striped parcel" : `Contact ${n}: still waiting`;
    cli("case", "log", "1", "--summary", summary, "--channel", "chat", "--at", `-${CONTACTS + 1 - n}h`);
  }
});
after(async () => {
  await h?.stop();
});

test("a long case shows the newest 100 contacts first, earlier ones on request", async (t) => {
  const s = await h.launch();
  t.after(() => s.quit().catch(() => {}));
  assert.equal(await firstScreen(s), "main");
  await s.click(await s.waitFor(tid("case-item")));
  const cards = await waitForCards(s, 100);
  assert.match(await s.text(cards[99]), /Contact 130/, "the newest contact is the last card");
  assert.match(await s.text(cards[0]), /Contact 31\b/, "the oldest card shown is the 31st contact");
  const earlier = await s.waitFor(tid("show-earlier"));
  assert.match(await s.text(earlier), /Show 30 earlier contacts/);
  await s.execute(`document.querySelector('[data-testid="show-earlier"]').scrollIntoView({ block: "start" }); return true;`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(join(SCREENSHOTS, "long-case.png"), await s.screenshot());
  await s.click(earlier);
  const all = await waitForCards(s, CONTACTS);
  assert.match(await s.text(all[0]), /zebra/, "the first contact is there now");
  assert.equal((await s.findAll(tid("show-earlier"))).length, 0, "nothing more to show");
});

test("a search hit in an old contact of a long case shows that contact", async (t) => {
  const s = await h.launch();
  t.after(() => s.quit().catch(() => {}));
  assert.equal(await firstScreen(s), "main");
  await s.type(await s.waitFor(tid("search")), "zebra");
  await s.click(await s.waitFor(tid("search-hit")));
  const card = await s.waitFor(`${tid("interaction-card")}.highlight`);
  assert.match(await s.text(card), /zebra/);
  const cards = await s.findAll(tid("interaction-card"));
  assert.equal(cards.length, CONTACTS, "from the hit to the newest contact");
});
