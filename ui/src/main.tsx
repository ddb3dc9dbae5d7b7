import { render } from "preact";
import { App } from "./components/App";
import { applyTheme, loadTheme, trackWindowState } from "./prefs";
import "./styles.css";

// The saved theme is applied as soon as it is known; until then the system theme is used.
void loadTheme().then(applyTheme);
void trackWindowState();

const root = document.getElementById("app");
if (root) render(<App />, root);
