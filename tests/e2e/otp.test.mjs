// The authenticator in the real window (secrets in the throw-away keyring of scripts/e2e.sh):
// add an account from a pasted link and see its code, which this test computes independently
// (RFC 6238 with node:crypto); add a counter-based account by typing its key and get the next
// code; import another app's export file with its password; remove with confirmation; the clock
// banner, fed by a LOCAL STAND-IN time server (127.0.0.1, Date header 60 s ahead).

import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { audit, firstScreen, ROOT, startHarness, tid } from "./app.mjs";
import { waitFor } from "./webdriver.mjs";

const SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // "12345678901234567890"
const HOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const CORPUS = join(ROOT, "tests", "fixtures", "corpus", "authenticator-exports");

function base32(text) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of text.replace(/[\s=]/g, "").toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

function hotp(secret, counter, digits = 6) {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac("sha1", base32(secret)).update(msg).digest();
  const o = mac[mac.length - 1] & 15;
  const v = mac.readUInt32BE(o) & 0x7fffffff;
  return String(v % 10 ** digits).padStart(digits, "0");
}

let h;
let server;
before(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { Date: new Date(Date.now() + 60_000).toUTCString(), "Content-Length": "0" });
    res.end();
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = server.address().port;
  h = await startHarness({ name: "otp", extraEnv: { STEWARD_TIME_SERVER: `http://127.0.0.1:${port}/` } });
});
after(async () => {
  await h?.stop();
  server?.close();
});

/** The code an account shows, once it has loaded. */
async function codeOf(s, item) {
  const el = await waitFor(async () => (await s.findAll(tid("otp-code"), item))[0] ?? null, {
    what: "the account's code",
  });
  return s.property(el, "dataset").then((d) => d.code);
}

async function itemFor(s, issuer) {
  return waitFor(
    async () => {
      for (const item of await s.findAll(tid("otp-item"))) {
        if ((await s.text(item)).includes(issuer)) return item;
      }
      return null;
    },
    { what: `the ${issuer} account` },
  );
}

async function addVia(s, way) {
  await s.click(await s.waitFor(tid("otp-add")));
  await s.waitFor(tid("otp-add-dialog"));
  await s.click(await s.find(tid(`otp-add-way-${way}`)));
}

async function finishAdd(s, expect) {
  await s.click(await s.find(tid("otp-add-submit")));
  const summary = await s.waitFor(tid("otp-report-summary"));
  assert.match(await s.text(summary), expect);
  await s.click(await s.find(tid("otp-add-done")));
}

test("authenticator: link, typed key, import, next code, remove, clock warning", async () => {
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  await s.click(await s.waitFor(tid("open-authenticator")));
  await s.waitFor(tid("otp-view"));
  await s.waitFor(tid("otp-empty"));

  // The clock is 60 s behind the stand-in server: the warning says so.
  const banner = await s.waitFor(`${tid("otp-clock-banner")}[data-status="drift"]`, { timeout: 20000 });
  assert.match(await s.text(banner), /60 seconds behind/);

  // A pasted setup link.
  await addVia(s, "link");
  await s.type(
    await s.waitFor(tid("otp-add-link")),
    `otpauth://totp/GitHub:alice@example.com?secret=${SECRET}&issuer=GitHub`,
  );
  await finishAdd(s, /Added 1 account/);
  const gh = await itemFor(s, "GitHub");
  const shown = await codeOf(s, gh);
  const t = Math.floor(Date.now() / 1000 / 30);
  assert.ok(
    [t - 1, t, t + 1].map((c) => hotp(SECRET, c)).includes(shown),
    `the window shows ${shown}, RFC 6238 says ${hotp(SECRET, t)}`,
  );
  // Big and grouped 3+3.
  assert.match(await s.text((await s.findAll(tid("otp-code"), gh))[0]), /^\d{3} \d{3}$/);

  // A counter-based account typed in: the next code only when asked.
  await addVia(s, "manual");
  await s.type(await s.waitFor(tid("otp-add-issuer")), "Work VPN");
  await s.type(await s.find(tid("otp-add-name")), "mtran");
  await s.type(await s.find(tid("otp-add-secret")), HOTP_SECRET.toLowerCase());
  await s.click(await s.find('#otp-add-kind option[value="hotp"]'));
  await finishAdd(s, /Added 1 account/);
  const vpn = await itemFor(s, "Work VPN");
  assert.equal(await codeOf(s, vpn), hotp(HOTP_SECRET, 0));
  await s.click(await s.find(tid("otp-next-hotp"), vpn));
  await waitFor(async () => ((await codeOf(s, await itemFor(s, "Work VPN"))) === hotp(HOTP_SECRET, 1) ? true : null), {
    what: "the next HOTP code",
  });

  // Import an encrypted Aegis export: the password is asked for, then the summary.
  await s.click(await s.waitFor(tid("otp-import")));
  await s.type(await s.waitFor(tid("otp-import-file")), join(CORPUS, "aegis_encrypted.json"));
  const detected = await s.waitFor(tid("otp-import-detected"));
  assert.match(await s.text(detected), /Aegis/);
  await s.click(await s.find(tid("otp-import-submit")));
  await s.type(await s.waitFor(tid("otp-import-password")), "test");
  await s.click(await s.find(tid("otp-import-submit")));
  assert.match(await s.text(await s.waitFor(tid("otp-report-summary"))), /Added 7 accounts/);
  await s.click(await s.find(tid("otp-import-done")));
  await waitFor(async () => ((await s.findAll(tid("otp-item"))).length === 9 ? true : null), { what: "9 accounts" });

  await audit(s, "authenticator list");
  await s.click(await s.find(tid("otp-add")));
  await s.waitFor(tid("otp-add-dialog"));
  await s.click(await s.find(tid("otp-add-way-manual")));
  await s.waitFor(tid("otp-add-secret"));
  await audit(s, "add account (typed key)");
  await s.click(await s.find(`${tid("otp-add-dialog")} .actions button[type="button"]`));

  // Search narrows the list.
  await s.type(await s.find(tid("otp-search")), "airbnb");
  await waitFor(async () => ((await s.findAll(tid("otp-item"))).length === 1 ? true : null), { what: "1 match" });
  // Emptied as a person would (WebDriver's clear fires no input event).
  await s.execute(
    "const el = document.querySelector('[data-testid=\"otp-search\"]'); el.value = ''; el.dispatchEvent(new Event('input', { bubbles: true }));",
  );

  // Remove, with confirmation.
  const github = await itemFor(s, "GitHub");
  await s.click(await s.find(".otp-more summary", github));
  await s.click(await s.waitFor(tid("otp-remove")));
  await s.waitFor(tid("otp-remove-dialog"));
  await s.click(await s.find(tid("otp-remove-confirm")));
  await waitFor(async () => ((await s.findAll(tid("otp-item"))).length === 8 ? true : null), { what: "8 accounts" });
});
