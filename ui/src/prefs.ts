// Preferences (theme, language, window state, last opened case) in Steward's own "prefs.json",
// through the shell's prefs_get/prefs_set (src-tauri/src/commands/prefs.rs): the page names a
// preference, never a file. Preferences are a convenience: any failure here is logged and
// ignored, never shown as an error.
import { isTauri } from "@tauri-apps/api/core";
import { call } from "./api";
import { isLang, loadLang, setLang, systemLang, type Lang } from "./i18n";

export type Theme = "system" | "light" | "dark";

/** The keys the shell accepts (it refuses any other, and values over 4 KB). */
type PrefKey = "theme" | "window" | "last_case_id" | "language" | "authenticator_open";

const KEY_THEME = "theme";
const KEY_WINDOW = "window";
const KEY_LAST_CASE = "last_case_id";
const KEY_LANG = "language";

/** The saved value (unchecked: each reader below checks its shape), or undefined. */
async function get<T>(key: PrefKey): Promise<T | undefined> {
  if (!isTauri()) return undefined;
  try {
    return ((await call<unknown>("prefs_get", { key })) ?? undefined) as T | undefined;
  } catch (err) {
    console.warn(`Could not read preference ${key}:`, err);
    return undefined;
  }
}

async function set(key: PrefKey, value: unknown): Promise<void> {
  if (!isTauri()) return;
  try {
    await call<null>("prefs_set", { key, value: value ?? null });
  } catch (err) {
    console.warn(`Could not save preference ${key}:`, err);
  }
}

// ---- theme ----

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === "system") delete root.dataset.theme;
  else root.dataset.theme = theme;
}

export async function loadTheme(): Promise<Theme> {
  const t = await get<string>(KEY_THEME);
  return t === "light" || t === "dark" ? t : "system";
}

export function saveTheme(theme: Theme): Promise<void> {
  return set(KEY_THEME, theme);
}

// ---- language ----

/** A language, or "system": follow the system locale (navigator.languages). */
export type LangPref = Lang | "system";

export async function loadLangPref(): Promise<LangPref> {
  const l = await get<string>(KEY_LANG);
  return isLang(l) ? l : "system";
}

export function saveLangPref(pref: LangPref): Promise<void> {
  return set(KEY_LANG, pref);
}

/** Makes `pref` the active language: first for the core (so what it writes for the window —
 * errors, findings, guides — comes in that language), then the page, which re-renders and
 * loads again what the core wrote (useLoad asks again when the language changes). */
export async function applyLangPref(pref: LangPref): Promise<void> {
  const lang = pref === "system" ? systemLang() : pref;
  const catalogue = loadLang(lang);
  try {
    await call("language_set", { lang });
  } catch {
    // No backend (the page opened on its own) or an older core: the page still switches.
  }
  await catalogue;
  setLang(lang);
}

// ---- last opened case ----

export async function loadLastCaseId(): Promise<string | null> {
  const id = await get<string>(KEY_LAST_CASE);
  return typeof id === "string" && id.length > 0 ? id : null;
}

export function saveLastCaseId(id: string | null): Promise<void> {
  return set(KEY_LAST_CASE, id);
}

// ---- authenticator open at start ----

const KEY_AUTHENTICATOR_OPEN = "authenticator_open";

/** Whether the Authenticator view was open when Steward was last used (it reopens there). */
export async function loadAuthenticatorOpen(): Promise<boolean> {
  return (await get<boolean>(KEY_AUTHENTICATOR_OPEN)) === true;
}

export function saveAuthenticatorOpen(open: boolean): Promise<void> {
  return set(KEY_AUTHENTICATOR_OPEN, open);
}

// ---- window size and position ----

interface WindowState {
  width: number;
  height: number;
  x: number;
  y: number;
  maximized: boolean;
}

function isWindowState(v: unknown): v is WindowState {
  if (typeof v !== "object" || v === null) return false;
  const w = v as Record<string, unknown>;
  return (
    [w.width, w.height, w.x, w.y].every((n) => typeof n === "number" && Number.isFinite(n)) &&
    typeof w.maximized === "boolean"
  );
}

const MIN_WIDTH = 480;
const MIN_HEIGHT = 360;

/** Restores the saved window size and position, then keeps saving them (debounced) as the
 * window is resized or moved. Safe to call outside Tauri (does nothing). */
export async function trackWindowState(): Promise<void> {
  if (!isTauri()) return;
  try {
    const { getCurrentWindow, LogicalSize, LogicalPosition, availableMonitors } = await import(
      "@tauri-apps/api/window"
    );
    const win = getCurrentWindow();
    const saved = await get<unknown>(KEY_WINDOW);
    let last: WindowState | null = isWindowState(saved) ? saved : null;

    if (last) {
      const width = Math.max(MIN_WIDTH, Math.round(last.width));
      const height = Math.max(MIN_HEIGHT, Math.round(last.height));
      await win.setSize(new LogicalSize(width, height));
      // Only move the window back if its top-left corner lands on a monitor that is still there.
      const monitors = await availableMonitors().catch(() => []);
      const { x, y } = last;
      const onScreen = monitors.some((m) => {
        const pos = m.position.toLogical(m.scaleFactor);
        const size = m.size.toLogical(m.scaleFactor);
        return x >= pos.x - 16 && y >= pos.y - 16 && x < pos.x + size.width - 64 && y < pos.y + size.height - 64;
      });
      if (onScreen) await win.setPosition(new LogicalPosition(Math.round(x), Math.round(y)));
      if (last.maximized) await win.maximize();
    }

    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = async () => {
      try {
        const maximized = await win.isMaximized();
        const minimized = await win.isMinimized();
        if (minimized) return;
        if (maximized && last) {
          // Keep the normal size and position to come back to; only remember "maximized".
          last = { ...last, maximized: true };
        } else {
          const factor = await win.scaleFactor();
          const size = (await win.innerSize()).toLogical(factor);
          const pos = (await win.outerPosition()).toLogical(factor);
          last = { width: size.width, height: size.height, x: pos.x, y: pos.y, maximized };
        }
        await set(KEY_WINDOW, last);
      } catch (err) {
        console.warn("Could not save the window state:", err);
      }
    };
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void save(), 500);
    };
    await win.onResized(schedule);
    await win.onMoved(schedule);
  } catch (err) {
    console.warn("Window state is not available:", err);
  }
}
