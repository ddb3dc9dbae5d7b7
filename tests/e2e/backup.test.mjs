// Automatic authenticator backups in the real window: choose the backup folder in GTK's own
// folder dialog, set a password and how many to keep, add an account → an encrypted backup file
// appears there; a vault Aegis itself wrote (the corpus's aegis_encrypted.json, password "test")
// synced into the folder → "A newer backup was found" → Import it → our backup password does
// not open it, so its password is asked → the report lists every entry with a sample code, the
// one the window shows for that account. Screenshots docs/backup-settings.png and
// docs/import-report.png.

import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { audit, firstScreen, ROOT, SCREENSHOTS, startHarness, tid } from "./app.mjs";
import { chooseFolder } from "./nativeDialog.mjs";
import { waitFor } from "./webdriver.mjs";

const CORPUS = join(ROOT, "tests", "fixtures", "corpus", "authenticator-exports");
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

let h;
let folder;
before(async () => {
  h = await startHarness({ name: "backup" });
  folder = join(h.dataDir, "..", "home", "Sync", "authenticator");
  mkdirSync(folder, { recursive: true });
});
after(async () => {
  await h?.stop();
});

const ours = () => readdirSync(folder).filter((n) => /^steward-backup-\d{8}-\d{6}(-\d+)?\.json$/.test(n));

test("backups: folder from the native dialog, a backup after a change, a newer Aegis backup imported with its report", async () => {
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  await s.click(await s.waitFor(tid("open-authenticator")));
  await s.waitFor(tid("otp-view"));

  // The Backups panel: the folder comes from GTK's folder chooser.
  await s.click(await s.waitFor(tid("otp-backups")));
  await s.waitFor(tid("otp-backup-panel"));
  await s.click(await s.waitFor(tid("otp-backup-choose")));
  await chooseFolder("Choose the folder for authenticator backups", folder);
  await waitFor(async () => ((await s.text(await s.find(tid("otp-backup-folder")))).includes("authenticator") ? true : null), {
    what: "the chosen folder shown",
  });
  await s.replaceText(await s.find(tid("otp-backup-keep")), "5");
  await s.replaceText(await s.find(tid("otp-backup-remind-days")), "3");
  await s.type(await s.find(tid("otp-backup-password")), "sync backup pw");
  await s.type(await s.waitFor(tid("otp-backup-repeat")), "sync backup pw");
  await s.click(await s.find(tid("otp-backup-save")));
  const saved = await s.waitFor(tid("otp-backup-saved"));
  assert.match(await s.text(saved), /Backups are on/);
  // Where the password is kept is said; the password itself is never shown back.
  assert.match(await s.text(await s.find(tid("otp-backup-password-home"))), /system keyring/);
  assert.equal(await s.property(await s.find(tid("otp-backup-password")), "value"), "");
  await s.click(await s.find(`${tid("otp-backup-panel")} .actions button.quiet`));

  // Adding an account is a change: a backup file appears in the folder.
  assert.equal(ours().length, 0);
  await s.click(await s.waitFor(tid("otp-add")));
  await s.waitFor(tid("otp-add-dialog"));
  await s.click(await s.find(tid("otp-add-way-manual")));
  await s.type(await s.waitFor(tid("otp-add-issuer")), "Deno");
  await s.type(await s.find(tid("otp-add-name")), "Mason");
  await s.type(await s.find(tid("otp-add-secret")), "4SJHB4GSD43FZBAI7C2HLRJGPQ");
  await s.click(await s.find(tid("otp-add-submit")));
  await s.waitFor(tid("otp-report-summary"));
  await s.click(await s.find(tid("otp-add-done")));
  await waitFor(() => (ours().length === 1 ? true : null), { what: "a backup file in the folder" });
  const vault = JSON.parse(readFileSync(join(folder, ours()[0]), "utf8"));
  assert.equal(vault.header.slots[0].type, 1, "an encrypted Aegis vault (password slot)");
  assert.equal(typeof vault.db, "string");

  // The panel shows the last backup.
  await s.click(await s.waitFor(tid("otp-backups")));
  const last = await s.waitFor(tid("otp-backup-last"));
  // What was saved comes back: how many to keep, and after how many days to remind.
  await waitFor(async () => ((await s.property(await s.find(tid("otp-backup-remind-days")), "value")) === "3" ? true : null), {
    what: "the reminder days saved",
  });
  assert.equal(await s.property(await s.find(tid("otp-backup-keep")), "value"), "5");
  await waitFor(async () => ((await s.text(last)).includes(ours()[0]) ? true : null), { what: "the last backup named" });
  await audit(s, "backup settings");
  await settle();
  writeFileSync(join(SCREENSHOTS, "backup-settings.png"), await s.screenshot());
  copyFileSync(join(SCREENSHOTS, "backup-settings.png"), join(ROOT, "docs", "backup-settings.png"));
  await s.click(await s.find(`${tid("otp-backup-panel")} .actions button.quiet`));

  // A phone's Aegis backup syncs into the folder, newer than ours.
  const dropped = join(folder, "aegis-backup-20261206-231500.json");
  copyFileSync(join(CORPUS, "aegis_encrypted.json"), dropped);
  const later = new Date(Date.now() + 60_000);
  utimesSync(dropped, later, later);
  // The view looks again when it opens.
  await s.click(await s.find(tid("otp-close")));
  await s.click(await s.waitFor(tid("open-authenticator")));
  const banner = await s.waitFor(tid("otp-backup-found"));
  assert.match(await s.text(banner), /A newer backup was found: aegis-backup-20261206-231500\.json/);
  assert.match(await s.text(banner), /another app, such as Aegis/);

  // Our backup password does not open it: its own password is asked.
  await s.click(await s.find(tid("otp-backup-import")));
  await s.type(await s.waitFor(tid("otp-backup-found-password-input")), "test");
  await s.click(await s.find(tid("otp-backup-found-import")));
  const dialog = await s.waitFor(tid("otp-import-report-dialog"));
  const rows = await waitFor(async () => {
    const r = await s.findAll(tid("otp-report-entry"), dialog);
    return r.length === 7 ? r : null;
  }, { what: "seven entries in the report" });
  let here = 0;
  for (const row of rows) {
    const outcome = await s.cmd("GET", `/element/${row}/attribute/data-outcome`);
    if (outcome === "already_here") here++;
    const sample = await s.text(await s.find(tid("otp-report-sample"), row));
    assert.match(sample, /^[\dA-Z]{3,5}( ?[\dA-Z]{3,4})?$/, `a sample code, not "${sample}"`);
  }
  assert.equal(here, 1, "Deno (Mason) was already here");
  assert.match(await s.text(dialog), /not advanced/, "the HOTP entry says its counter did not move");
  await audit(s, "import report");
  await settle();
  writeFileSync(join(SCREENSHOTS, "import-report.png"), await s.screenshot());
  copyFileSync(join(SCREENSHOTS, "import-report.png"), join(ROOT, "docs", "import-report.png"));
  await s.click(await s.find(`${tid("otp-import-report-dialog")} .actions button.primary`));

  // Imported: the banner is gone, the accounts are in the list, and a new backup holds them.
  await waitFor(async () => ((await s.findAll(tid("otp-backup-found"))).length === 0 ? true : null), {
    what: "the banner gone",
  });
  await waitFor(async () => ((await s.findAll(tid("otp-item"))).length === 7 ? true : null), { what: "seven accounts" });
  await waitFor(() => (ours().length === 2 ? true : null), { what: "a second backup after the import" });

  // The folder goes away (a sync app unmounted it): the next change cannot be backed up. The
  // change itself is kept, and the authenticator says the backups are failing until one works.
  const away = `${folder}.away`;
  renameSync(folder, away);
  writeFileSync(folder, "not a folder");
  await s.click(await s.waitFor(tid("otp-add")));
  await s.waitFor(tid("otp-add-dialog"));
  await s.click(await s.find(tid("otp-add-way-manual")));
  await s.type(await s.waitFor(tid("otp-add-issuer")), "Codeberg");
  await s.type(await s.find(tid("otp-add-name")), "Mason");
  await s.type(await s.find(tid("otp-add-secret")), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  await s.click(await s.find(tid("otp-add-submit")));
  await s.waitFor(tid("otp-report-summary"));
  await s.click(await s.find(tid("otp-add-done")));
  await waitFor(async () => ((await s.findAll(tid("otp-item"))).length === 8 ? true : null), { what: "the new account kept" });
  await s.click(await s.find(tid("otp-close")));
  await s.click(await s.waitFor(tid("open-authenticator")));
  const reminder = await s.waitFor(tid("otp-backup-reminder"));
  assert.match(await s.text(reminder), /automatic backup is failing/);
  await audit(s, "backup reminder");
  await settle();
  writeFileSync(join(SCREENSHOTS, "backup-reminder.png"), await s.screenshot());
  // Its button opens the settings, which say what went wrong; the folder is back, Back up now.
  await s.click(await s.find(`${tid("otp-backup-reminder")} button`));
  await s.waitFor(tid("otp-backup-panel"));
  await s.waitFor(`${tid("otp-backup-panel")} [role="alert"], ${tid("otp-backup-panel")} .error`);
  rmSync(folder);
  renameSync(away, folder);
  await s.click(await s.find(tid("otp-backup-now")));
  await waitFor(() => (ours().length === 3 ? true : null), { what: "a backup once the folder is back" });
  await s.click(await s.find(`${tid("otp-backup-panel")} .actions button.quiet`));
  await waitFor(async () => ((await s.findAll(tid("otp-backup-reminder"))).length === 0 ? true : null), {
    what: "the reminder gone once a backup holds every change",
  });
});
