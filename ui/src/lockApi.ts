// The app lock (src-tauri/src/lock.rs): its status, "Lock now", the page's input reports that
// keep it from locking while the user works, and the `app-locked` event. The shell decides when
// to lock; the page only reports input and shows the lock screen when told.
import { listen } from "@tauri-apps/api/event";
import { call } from "./api";
import type { LockStatus } from "./bindings/LockStatus";

export type { LockStatus };

/** Preference keys (prefs_get/prefs_set) of the lock's settings. */
export const LockPrefs = {
  idleMinutes: "lock_idle_minutes",
  onSessionLock: "lock_on_session_lock",
  onMinimise: "lock_on_minimise",
} as const;

export const lockApi = {
  status: () => call<LockStatus>("lock_status"),
  lockNow: () => call<null>("lock_now"),
  activity: () => call<null>("lock_activity"),
};

/** Calls `handler` when the shell locks the app. Returns a function that stops listening. */
export function onAppLocked(handler: (status: LockStatus) => void): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  listen<LockStatus>("app-locked", (e) => handler(e.payload))
    .then((unlisten) => {
      if (stopped) unlisten();
      else stop = unlisten;
    })
    .catch(() => {
      // Outside the desktop shell (UI development in a browser) there is no event bus.
    });
  return () => {
    stopped = true;
    stop?.();
  };
}

/** At most one report per this many ms: the shell's timer counts in minutes. */
const REPORT_EVERY_MS = 5000;
const INPUT_EVENTS = ["keydown", "pointerdown", "pointermove", "wheel", "touchstart"] as const;

/** Reports input in the window to the shell (throttled) while the app is open; Ctrl+Shift+L
 * locks. Returns a function that stops both. */
export function watchInput(): () => void {
  let last = 0;
  const onInput = () => {
    const now = Date.now();
    if (now - last < REPORT_EVERY_MS) return;
    last = now;
    lockApi.activity().catch(() => {
      // Locked meanwhile: the app-locked event shows the lock screen.
    });
  };
  const onKey = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === "l") {
      e.preventDefault();
      void lockApi.lockNow().catch(() => {});
    }
  };
  for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, { capture: true, passive: true });
  window.addEventListener("keydown", onKey);
  onInput();
  return () => {
    for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true });
    window.removeEventListener("keydown", onKey);
  };
}

const clearers = new Set<() => void>();
/** Registers what a module keeps at module level that must go when the app locks (numbers shown,
 * anything read from the profile); `forgetOnLock` runs them all. */
export function onLockForget(clear: () => void): void {
  clearers.add(clear);
}
export function forgetOnLock(): void {
  for (const clear of clearers) clear();
}
