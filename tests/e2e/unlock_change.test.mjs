// Changing how the profile is unlocked, in the real window (issue 18): a keyring profile (the
// throw-away keyring of scripts/e2e.sh) moves to a passphrase from Settings, locks, and opens
// again with that passphrase only — the case and the authenticator code (checked against
// oathtool) still there; a wrong current passphrase is refused with nothing changed; then back to
// the keyring, which unlocks without asking. Screenshot: docs/unlock-change.png (the dialog).

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { addAccountByLink, chooseLanguage, createCase, firstScreen, ROOT, scrollTo, shot, startHarness, tid } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

const SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
const TITLE = "Parcel never arrived";
const PASSPHRASE = "quiet harbour lantern seven";
const NEXT = "a second passphrase, longer";

let h;
before(async () => {
  h = await startHarness({ name: "unlock-change" });
});
after(async () => {
  await h?.stop();
});

/** oathtool's TOTP code for SECRET now (the window shows the current code). */
function oathtool() {
  return execFileSync("oathtool", ["--totp", "-b", SECRET], { encoding: "utf8" }).trim();
}

async function showCode(s) {
  await s.click(await s.waitFor(tid("open-authenticator")));
  const el = await s.waitFor(`${tid("otp-code")}[data-code]`, { timeout: 20000 });
  const code = (await s.property(el, "dataset")).code;
  await s.click(await s.waitFor(tid("open-authenticator")));
  return code;
}

/** The code the window shows equals oathtool's, allowing for a period boundary between the two. */
async function assertCode(s) {
  const before = oathtool();
  const shown = await showCode(s);
  const after = oathtool();
  assert.ok(shown === before || shown === after, `window ${shown}, oathtool ${before}/${after}`);
}

async function openChange(s) {
  await scrollTo(s, "unlock-change");
  await s.click(await s.waitFor(tid("unlock-change")));
  return s.waitFor(tid("unlock-change-dialog"));
}

async function lockAndWait(s) {
  await scrollTo(s, "lock-now");
  await s.click(await s.waitFor(tid("lock-now")));
  await s.waitFor(tid("lock-screen"), { timeout: 10000 });
}

test("unlock change: keyring → passphrase, lock, unlock with it; wrong current refused; back to keyring", async () => {
  const s = await h.launch();
  try {
    assert.equal(await firstScreen(s), "main");
    assert.equal(await createCase(s, TITLE), TITLE);
    await s.click(await s.waitFor(tid("open-authenticator")));
    await s.waitFor(tid("otp-view"));
    await addAccountByLink(s, `otpauth://totp/Shop:me?secret=${SECRET}&issuer=Shop`);
    await s.click(await s.waitFor(tid("open-authenticator")));
    await assertCode(s);
    assert.match(await s.text(await s.waitFor(tid("unlock-method"))), /system keyring/);

    // Keyring → passphrase: a too short one is refused first, in the dialog.
    await openChange(s);
    assert.equal((await s.findAll(tid("unlock-current"))).length, 0, "no current passphrase for a keyring profile");
    await s.replaceText(await s.waitFor(tid("unlock-new")), "short");
    await s.replaceText(await s.find(tid("unlock-confirm")), "short");
    await s.click(await s.find(tid("unlock-change-confirm")));
    await s.waitFor("#unlock-new-error");
    await s.replaceText(await s.find(tid("unlock-new")), PASSPHRASE);
    await s.replaceText(await s.find(tid("unlock-confirm")), PASSPHRASE);
    const png = await shot(s, "unlock-change.png");
    copyFileSync(png, join(ROOT, "docs", "unlock-change.png"));
    await s.click(await s.find(tid("unlock-change-confirm")));
    const done = await s.waitFor(tid("unlock-done"), { timeout: 60000 });
    assert.match(await s.text(done), /now unlocked with your passphrase\. 1 authenticator account moved/);
    assert.match(await s.text(await s.find(tid("unlock-method"))), /your passphrase/);
    await shot(s, "unlock-change-done.png");

    // Locked, it asks for the passphrase; it opens with it, everything there.
    await lockAndWait(s);
    await s.replaceText(await s.waitFor(tid("lock-passphrase")), PASSPHRASE);
    await s.click(await s.find(tid("lock-unlock")));
    await s.waitFor(tid("new-case"), { timeout: 60000 });
    await s.waitFor(tid("case-item"));
    assert.match(await s.text(await s.find(tid("case-item"))), new RegExp(TITLE));
    await assertCode(s);

    // A wrong current passphrase: refused, nothing changed.
    await openChange(s);
    await s.replaceText(await s.waitFor(tid("unlock-current")), "not the passphrase");
    await s.replaceText(await s.find(tid("unlock-new")), NEXT);
    await s.replaceText(await s.find(tid("unlock-confirm")), NEXT);
    await s.click(await s.find(tid("unlock-change-confirm")));
    const err = await s.waitFor("#unlock-current-error", { timeout: 60000 });
    assert.match(await s.text(err), /Nothing was changed/);

    // Back to the keyring with the right passphrase.
    await s.click(await s.find(tid("unlock-to-keyring")));
    await s.replaceText(await s.find(tid("unlock-current")), PASSPHRASE);
    await s.click(await s.find(tid("unlock-change-confirm")));
    await waitFor(async () => /system keyring/.test(await s.text(await s.find(tid("unlock-method")))), {
      timeout: 60000,
      what: "the sidebar to say the keyring unlocks it",
    });
    await lockAndWait(s);
    assert.equal((await s.findAll(tid("lock-passphrase"))).length, 0, "no passphrase asked for a keyring profile");
    await s.click(await s.waitFor(tid("lock-unlock")));
    await s.waitFor(tid("new-case"), { timeout: 30000 });
    await assertCode(s);

    // The same setting in Vietnamese.
    await chooseLanguage(s, "vi");
    assert.match(await s.text(await s.waitFor(tid("unlock-method"))), /kho khóa của hệ thống/);
    const dialog = await openChange(s);
    assert.match(await s.text(dialog), /Cách mở hồ sơ này/);
    await shot(s, "unlock-change-vi.png");
  } finally {
    await s.quit().catch(() => {});
  }
});
