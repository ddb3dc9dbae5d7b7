// What the window asks for before its first useful paint, started as early as the page can:
// the profile and the case list the main view opens with, in one call (profile_unlock_listing),
// sent as soon as this module runs instead of after the first render's effects (which Preact
// runs only after the browser has painted a frame), so the main view renders once, with its
// cases, instead of painting "Loading…" and asking from its own effect one frame later. Every
// answer costs the page a trip through the shell's main thread, hence one call, not two
// (BENCHMARKS.md, "A lighter window").
import { api } from "./api";
import type { CaseSummary } from "./bindings/CaseSummary";
import type { ProfileStatus } from "./bindings/ProfileStatus";
import { benchMark } from "./benchMarks";

let opening: Promise<ProfileStatus> | null = null;
let firstCases: CaseSummary[] | null = null;

/** Starts unlocking the profile (no passphrase: keyring or unprotected profiles) with its
 * active cases, once. */
export function startUnlock(): void {
  opening ??= api.profileUnlockListing(null, "active").then(({ status, cases }) => {
    firstCases = cases;
    benchMark("first-cases");
    return status;
  });
  // The App takes it and handles the failure; this only keeps an unhandled rejection quiet
  // should the App never take it.
  opening.catch(() => undefined);
}

/** The unlock started by startUnlock, handed over once; later calls ask again. */
export function takeUnlock(): Promise<ProfileStatus> {
  const p = opening ?? api.profileUnlock(null);
  opening = null;
  return p;
}

/** The active cases the main view shows first, fetched with the unlock, or now if they were not
 * (an unlock with a passphrase); a failure is left to the view's own load, which asks again and
 * shows the error. */
export async function prefetchFirstCases(): Promise<void> {
  if (firstCases) return;
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
