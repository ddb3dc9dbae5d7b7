// Where no keyring can be used (STEWARD_KEYRING=off stands in for a headless machine), the app
// asks for a passphrase to create the profile, and for it again after a restart.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createCase, firstScreen, logContact, startHarness, tid, waitForCards } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

const PASSPHRASE = "plum anchor violet kettle";
const TITLE = "Stranger's account visible";

let h;
before(async () => {
  h = await startHarness({ name: "passphrase", extraEnv: { STEWARD_KEYRING: "off" } });
});
after(async () => {
  await h?.stop();
});

async function unlock(s, passphrase, { confirm }) {
  await s.replaceText(await s.waitFor(tid("passphrase")), passphrase);
  if (confirm) await s.replaceText(await s.find(tid("passphrase-confirm")), passphrase);
  await s.click(await s.find(tid("unlock")));
}

/** Argon2id runs on every unlock; give a busy machine time. */
const afterUnlock = (s) => s.waitFor(tid("new-case"), { timeout: 60000 });

test("passphrase: set up, wrong passphrase refused, right one opens the same records", async () => {
  let s = await h.launch();
  assert.equal(await firstScreen(s), "passphrase");
  await unlock(s, PASSPHRASE, { confirm: true });
  await afterUnlock(s);
  assert.equal(await createCase(s, TITLE), TITLE);
  await logContact(s, { channel: "email", summary: "Reported that I can see another customer's orders." }, 1);
  await s.quit();

  s = await h.launch();
  assert.equal(await firstScreen(s), "passphrase");
  assert.equal((await s.findAll(tid("passphrase-confirm"))).length, 0, "an existing profile asks once");
  await unlock(s, "not the passphrase", { confirm: false });
  const error = await s.waitFor("#passphrase-error", { timeout: 60000 });
  assert.match(await s.text(error), /not right/);
  await waitFor(async () => !(await s.property(await s.find(tid("passphrase")), "disabled")), {
    what: "the passphrase field to be enabled again",
  });
  await unlock(s, PASSPHRASE, { confirm: false });
  await afterUnlock(s);
  await s.click(await s.waitFor(tid("case-item")));
  await waitForCards(s, 1);
  await s.quit();
});
