// Views most launches never open (the enrolment wizard, the authenticator, the Share dialog, …)
// live in their own chunks, fetched from the app's own files the first time one is shown, so the
// script WebKit parses and compiles at start stays small (BENCHMARKS.md, "A lighter window").
// preact/compat's lazy + Suspense would do the same with more code; this is all that is needed.
import { h, type ComponentType, type FunctionComponent } from "preact";
import { useEffect, useState } from "preact/hooks";

/** A component that renders nothing until `load` has brought the real one, then renders it with
 * the same props. The chunk is fetched once, on the first render; a failure to load it is thrown
 * from the render like any other error in that view. */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let failed: Error | null = null;
  let pending: Promise<void> | null = null;
  const start = () =>
    (pending ??= load().then(
      (c) => {
        loaded = c;
      },
      (err: unknown) => {
        failed = err instanceof Error ? err : new Error(`a view could not be loaded: ${String(err)}`);
      },
    ));
  function Lazy(props: P) {
    const [, setReady] = useState(loaded !== null);
    useEffect(() => {
      if (loaded || failed) return;
      let live = true;
      void start().then(() => {
        if (live) setReady(true);
      });
      return () => {
        live = false;
      };
    }, []);
    if (failed) throw failed;
    return loaded ? h(loaded, props) : null;
  }
  return Lazy;
}
