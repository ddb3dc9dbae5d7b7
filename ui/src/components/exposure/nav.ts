// Two page-wide signals between the exposure pieces and the frame, so the alert on a case page
// can open the At risk screen and every change can refresh the sidebar's count without threading
// callbacks through the case view.

const OPEN = "steward:open-at-risk";
const CHANGED = "steward:exposure-changed";

/** Asks the frame to show the At risk screen. */
export function openAtRisk(): void {
  window.dispatchEvent(new Event(OPEN));
}

/** Says what leaked or what an account checks changed: the sidebar's count is read again. */
export function exposureChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

export function onOpenAtRisk(f: () => void): () => void {
  window.addEventListener(OPEN, f);
  return () => window.removeEventListener(OPEN, f);
}

export function onExposureChanged(f: () => void): () => void {
  window.addEventListener(CHANGED, f);
  return () => window.removeEventListener(CHANGED, f);
}
