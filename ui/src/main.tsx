import { render } from "preact";
import { App } from "./components/frame/App";
import { getLang } from "./i18n";
import { applyLangPref, applyTheme, loadLangPref, loadTheme, trackWindowState } from "./prefs";
import "./styles.css";

// The saved theme is applied as soon as it is known; until then the system theme is used.
void loadTheme().then(applyTheme);
void trackWindowState();
// The language follows the system locale until the saved choice (if any) is known.
document.documentElement.lang = getLang();
void loadLangPref().then(applyLangPref);

const root = document.getElementById("app");
if (root) render(<App />, root);
