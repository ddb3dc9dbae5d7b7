// Favourites and tags in the real window: import an Aegis export, star one account (it moves to
// the top), tag two "Work" (one typed in another case: one chip), filter by the chips (All,
// ★ Favourites, Work), a too-long tag refused with its words, and a screenshot of the list.

import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { audit, firstScreen, ROOT, SCREENSHOTS, startHarness, tid } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

const CORPUS = join(ROOT, "tests", "fixtures", "corpus", "authenticator-exports");

let h;
before(async () => {
  h = await startHarness({ name: "otptags" });
});
after(async () => {
  await h?.stop();
});

/** The issuers shown, in order. */
async function issuers(s) {
  const out = [];
  for (const el of await s.findAll(`${tid("otp-item")} .otp-issuer`)) out.push((await s.text(el)).replace(/^[★☆]\s*/, ""));
  return out;
}

async function itemFor(s, issuer) {
  return waitFor(
    async () => {
      for (const item of await s.findAll(tid("otp-item"))) {
        const name = (await s.text(await s.find(".otp-issuer", item))).replace(/^[★☆]\s*/, "");
        if (name === issuer) return item;
      }
      return null;
    },
    { what: `the ${issuer} account` },
  );
}

async function shownCount(s, n) {
  await waitFor(async () => ((await s.findAll(tid("otp-item"))).length === n ? true : null), { what: `${n} accounts shown` });
}

async function tag(s, issuer, name) {
  const item = await itemFor(s, issuer);
  await s.click(await s.find(".otp-more summary", item));
  await s.click(await s.find(tid("otp-edit-tags"), item));
  await s.waitFor(tid("otp-tags-dialog"));
  await s.type(await s.waitFor(tid("otp-tag-input")), name);
  await s.click(await s.find(tid("otp-tag-add")));
  await waitFor(async () => ((await s.findAll(`${tid("otp-tags-dialog")} ${tid("otp-tag-remove")}`)).length > 0 ? true : null), {
    what: `the tag ${name} on ${issuer}`,
  });
}

/** Lets the chips' colour transition finish before a screenshot. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

async function chip(s, key) {
  await s.click(await s.waitFor(`${tid("otp-chip")}[data-chip="${key}"]`));
}

test("authenticator: star one, tag two, filter by the chips", async () => {
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  await s.click(await s.waitFor(tid("open-authenticator")));
  await s.waitFor(tid("otp-view"));

  await s.click(await s.waitFor(tid("otp-import")));
  await s.type(await s.waitFor(tid("otp-import-file")), join(CORPUS, "aegis_plain.json"));
  await s.waitFor(tid("otp-import-detected"));
  await s.click(await s.find(tid("otp-import-submit")));
  assert.match(await s.text(await s.waitFor(tid("otp-report-summary"))), /Added 7 accounts/);
  await s.click(await s.find(tid("otp-import-done")));
  await shownCount(s, 7);
  assert.equal((await issuers(s))[0], "Deno");
  assert.equal((await s.findAll(tid("otp-chips"))).length, 0, "no chips before a star or a tag");

  // Star Airbnb: it comes first, its star is pressed.
  await s.click(await s.find(tid("otp-fav"), await itemFor(s, "Airbnb")));
  await waitFor(async () => ((await issuers(s))[0] === "Airbnb" ? true : null), { what: "Airbnb first" });
  const starred = await itemFor(s, "Airbnb");
  assert.equal(await s.cmd("GET", `/element/${starred}/attribute/data-favourite`), "true");

  // Tag two accounts "Work", the second typed in lower case: one chip, two accounts.
  await tag(s, "Deno", "Work");
  // A tag that is too long is refused with its words, and nothing is added.
  await s.type(await s.waitFor(tid("otp-tag-input")), "x".repeat(40));
  await s.click(await s.find(tid("otp-tag-add")));
  const refusal = await s.waitFor(`${tid("otp-tags-dialog")} [role="alert"], ${tid("otp-tags-dialog")} .notice`);
  assert.match(await s.text(refusal), /too long/);
  await s.click(await s.find(tid("otp-tags-done")));
  await tag(s, "Airbnb", "work");
  await audit(s, "tags dialog");
  await s.click(await s.find(tid("otp-tags-done")));

  const work = await s.waitFor(`${tid("otp-chip")}[data-chip="tag:Work"]`);
  assert.match(await s.text(work), /Work \(2\)/);
  assert.match(await s.text(await itemFor(s, "Airbnb")), /Work/);

  await chip(s, "tag:Work");
  await shownCount(s, 2);
  assert.deepEqual(await issuers(s), ["Airbnb", "Deno"]);
  await chip(s, "fav");
  await shownCount(s, 1);
  await chip(s, "all");
  await shownCount(s, 7);
  await audit(s, "authenticator with favourites and tags");
  await settle();
  writeFileSync(join(SCREENSHOTS, "otp-tags.png"), await s.screenshot());
  await chip(s, "tag:Work");
  await shownCount(s, 2);
  await settle();
  writeFileSync(join(SCREENSHOTS, "otp-tags-work.png"), await s.screenshot());
});
