import { render } from "preact";
import { benchMark } from "./benchMarks";
import { App } from "./components/frame/App";
import { getLang, loadLang } from "./i18n";
import { applyLangPref, applyTheme, loadLangPref, loadTheme, trackWindowState } from "./prefs";
import { startUnlock } from "./startup";
import "./styles.css";

benchMark("main-start");
// The profile first: the case list waits for it (startup.ts).
startUnlock();

// The saved theme is applied as soon as it is known; until then the system theme is used.
void loadTheme().then(applyTheme);
void trackWindowState();
// The language follows the system locale until the saved choice (if any) is known.
document.documentElement.lang = getLang();
void loadLangPref().then(applyLangPref);

function mount() {
  const root = document.getElementById("app");
  if (root) render(<App />, root);
  benchMark("first-render-done");
  requestAnimationFrame(() => benchMark("first-frame"));
}
// English is in this script; another system language is fetched first, so the first frame is
// already in it.
if (getLang() === "en") mount();
else void loadLang(getLang()).then(mount, mount);
