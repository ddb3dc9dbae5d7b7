// One way to load what a component shows: ask the core when the inputs change (or on reload()),
// keep the answer and the error as ErrorInfo (what ErrorNotice shows), and drop answers that
// arrive after the inputs changed again or the component went away.
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { Dispatch, Inputs, StateUpdater } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "./api";
import { getLang } from "./i18n";

export interface LoadOptions<T> {
  /** Wait this long after the inputs change before asking (a field being typed in); a newer
   * change restarts the wait. */
  delayMs?: number;
  /** Forget the previous answer as soon as the inputs change (else it stays until the new one). */
  reset?: boolean;
  /** Told of every answer still current, after it is stored. */
  onData?: (data: T) => void;
  /** An answer already at hand when the component mounts (fetched before it rendered, as the
   * start-up does for the case list): shown at once, and the first ask is skipped. Read on the
   * first render only; null or undefined: ask as usual. */
  initial?: T | null;
  /** Told of every failure still current, after it is stored (e.g. to use the component's own
   * error slot, or to treat one code specially). */
  onError?: (error: ErrorInfo) => void;
}

export interface Load<T> {
  /** The last answer; null until the first one. Kept while reloading and after a failure. */
  data: T | null;
  /** The last failure; cleared by the next answer (not when a reload starts). */
  error: ErrorInfo | null;
  /** True from each ask until its answer or failure. */
  loading: boolean;
  /** Asks again with the same inputs. */
  reload: () => void;
  /** Changes the answer in place (after a save that returned the new value). */
  setData: Dispatch<StateUpdater<T | null>>;
}

/** Calls `fn` when `deps` change and whenever `reload()` is called; see Load. */
export function useLoad<T>(fn: () => Promise<T>, deps: Inputs, options: LoadOptions<T> = {}): Load<T> {
  const [data, setData] = useState<T | null>(options.initial ?? null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [loading, setLoading] = useState(options.initial == null);
  // With an initial answer, the first run of the effect below has nothing to ask.
  const haveInitial = useRef(options.initial != null);
  const [version, setVersion] = useState(0);
  // The latest callbacks, so that a new closure every render does not ask again.
  const latest = useRef({ fn, options });
  latest.current = { fn, options };
  const { delayMs = 0, reset = false } = options;

  useEffect(() => {
    if (haveInitial.current) {
      haveInitial.current = false;
      return undefined;
    }
    let live = true;
    setLoading(true);
    const ask = () => {
      latest.current.fn().then(
        (result) => {
          if (!live) return;
          setData(() => result);
          setError(null);
          setLoading(false);
          latest.current.options.onData?.(result);
        },
        (err: unknown) => {
          if (!live) return;
          const info = toErrorInfo(err);
          setError(info);
          setLoading(false);
          latest.current.options.onError?.(info);
        },
      );
    };
    const timer = delayMs > 0 ? window.setTimeout(ask, delayMs) : null;
    if (timer === null) ask();
    return () => {
      live = false;
      if (timer !== null) window.clearTimeout(timer);
      if (reset) setData(null);
    };
    // The language is a dependency: the core writes its texts in the window's language.
  }, [...deps, version, delayMs, reset, getLang()]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload, setData };
}
