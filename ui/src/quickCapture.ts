import { listen } from "@tauri-apps/api/event";

/**
 * Ctrl+Alt+L anywhere on the desktop (the shell's global shortcut, src-tauri/src/quick_capture.rs)
 * brings Steward forward and sends `quick-capture`. Returns a function that stops listening.
 */
export function onQuickCapture(handler: () => void): () => void {
  let stop: (() => void) | null = null;
  let stopped = false;
  listen("quick-capture", () => handler())
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
