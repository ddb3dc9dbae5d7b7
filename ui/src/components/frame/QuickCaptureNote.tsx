import { call } from "../../api";
import { t, type MessageKey } from "../../i18n";
import { useLoad } from "../../useLoad";

/** What the shell's quick-capture shortcut can do on this desktop (src-tauri/src/quick_capture.rs). */
type Availability = "on" | "wayland" | "no_display" | "taken";

const WORDS: Record<Availability, MessageKey> = {
  on: "quickCapture-on",
  wayland: "quickCapture-wayland",
  no_display: "quickCapture-noDisplay",
  taken: "quickCapture-taken",
};

/** One line beside the settings: whether Ctrl+Alt+L logs a contact from anywhere here, and
 * what to press instead where the desktop does not allow it. */
export function QuickCaptureNote() {
  const status = useLoad(() => call<Availability>("quick_capture_status"), []).data;
  if (!status || !(status in WORDS)) return null;
  return (
    <p class="muted quick-capture-note" data-testid="quick-capture-status" data-status={status}>
      {t(WORDS[status])}
    </p>
  );
}
