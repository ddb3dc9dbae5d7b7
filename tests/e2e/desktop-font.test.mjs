// The window's text is in the desktop's own interface font: the font named in GTK's settings
// (gtk-font-name, which GNOME, Xfce and KDE's GTK integration keep in step with the desktop).
// WebKitGTK gives that font to a page as `-webkit-system-font`; `system-ui` there is only
// fontconfig's alias (Cantarell, Noto Sans UI, … whichever is installed), whatever the desktop
// says — so ui/src/styles.css names -webkit-system-font first. The test sets GTK's font to a serif
// face (the desktop's choice a person could make) and compares the widths of the same text in the
// page's font and in the two candidate faces. Screenshot: tests/e2e/screenshots/desktop-font.png.

import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { firstScreen, shot, startHarness, tid } from "./app.mjs";

let h;
after(async () => {
  await h?.stop();
});

test("desktop font: the window's text follows GTK's font setting", async () => {
  h = await startHarness({ name: "desktop-font" });
  mkdirSync(join(h.xdgConfigHome, "gtk-3.0"), { recursive: true });
  writeFileSync(join(h.xdgConfigHome, "gtk-3.0", "settings.ini"), "[Settings]\ngtk-font-name = DejaVu Serif 10\n");
  const s = await h.launch();
  assert.equal(await firstScreen(s), "main");
  await s.waitFor(tid("welcome"));
  // The same line in the body's font and in each face: a face's glyph widths are its fingerprint.
  const widths = await s.execute(`
    const width = (font) => {
      const probe = document.createElement("span");
      probe.textContent = "Steward keeps your own record of every support call, 0123456789";
      probe.style.font = "16px " + font;
      probe.style.whiteSpace = "nowrap";
      document.body.append(probe);
      const w = probe.getBoundingClientRect().width;
      probe.remove();
      return w;
    };
    return {
      body: width(getComputedStyle(document.body).fontFamily),
      serif: width('"DejaVu Serif"'),
      sans: width('"DejaVu Sans"'),
    };`);
  assert.notEqual(widths.serif, widths.sans, `the two faces must differ for this test to mean anything: ${JSON.stringify(widths)}`);
  assert.equal(widths.body, widths.serif, `the page's text is in GTK's font (DejaVu Serif): ${JSON.stringify(widths)}`);
  await shot(s, "desktop-font.png");
});
