// What the window asks for before its first useful paint, started as early as the page can:
// the profile (profile_unlock, as soon as this module runs instead of after the first render's
// effects, which Preact runs only after the browser has painted a frame), then the case list the
// main view opens with, fetched before that view renders so it paints once, with its cases,
// instead of painting "Loading…" and asking from its own effect one frame later (BENCHMARKS.md,
// "A lighter window").
import { api } from "./api";
import type { CaseSummary } from "./bindings/CaseSummary";
import type { ProfileStatus } from "./bindings/ProfileStatus";
import { benchMark } from "./benchMarks";

let unlocking: Promise<ProfileStatus> | null = null;

/** Starts unlocking the profile (no passphrase: keyring or unprotected profiles), once. */
export function startUnlock(): void {
  unlocking ??= api.profileUnlock(null);
  // The App takes it and handles the failure; this only keeps an unhandled rejection quiet
  // should the App never take it.
  unlocking.catch(() => undefined);
}

/** The unlock started by startUnlock, handed over once; later calls ask again. */
export function takeUnlock(): Promise<ProfileStatus> {
  const p = unlocking ?? api.profileUnlock(null);
  unlocking = null;
  return p;
}

let firstCases: CaseSummary[] | null = null;

/** Fetches the active cases the main view shows first; a failure is left to the view's own
 * load, which asks again and shows the error. */
export async function prefetchFirstCases(): Promise<void> {
  try {
    firstCases = await api.caseList("active");
    benchMark("first-cases");
  } catch {
    firstCases = null;
  }
}

/** The prefetched active cases, handed over once (null if there are none to hand over). */
export function takeFirstCases(): CaseSummary[] | null {
  const cases = firstCases;
  firstCases = null;
  return cases;
}
