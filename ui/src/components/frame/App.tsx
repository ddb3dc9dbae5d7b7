import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { api, Codes, onLocked, toErrorInfo, type ErrorInfo } from "../../api";
import type { ProfileStatus } from "../../bindings/ProfileStatus";
import { ErrorNotice } from "./ErrorNotice";
import { Main } from "./Main";
import { Unlock } from "./Unlock";
import { getLang, onLangChange, t } from "../../i18n";
import { LockScreen } from "../LockScreen";
import { forgetOnLock, lockApi, onAppLocked, watchInput, type LockStatus } from "../../lockApi";
import { prefetchFirstCases, takeUnlock } from "../../startup";

type Phase =
  | { kind: "starting" }
  | { kind: "locked"; status: ProfileStatus | null }
  | { kind: "failed"; error: ErrorInfo; status: ProfileStatus | null }
  | { kind: "ready"; status: ProfileStatus }
  // Locked after having been open (src-tauri/src/lock.rs): only the lock screen is rendered, so
  // codes, secrets and case text leave the page.
  | { kind: "relocked"; lock: LockStatus; status: ProfileStatus | null };

export function App() {
  // A language change re-renders the whole tree (t() reads the active language). The state is
  // synced once subscribed: the saved language may have been applied before this effect ran.
  const [, setLang] = useState(getLang());
  useEffect(() => {
    const off = onLangChange(setLang);
    setLang(getLang());
    return () => {
      off();
    };
  }, []);
  const [phase, setPhase] = useState<Phase>({ kind: "starting" });

  const start = useCallback(async () => {
    setPhase({ kind: "starting" });
    try {
      const status = await takeUnlock();
      // The main view then paints once, with its cases (startup.ts).
      await prefetchFirstCases();
      setPhase({ kind: "ready", status });
    } catch (err) {
      const error = toErrorInfo(err);
      const status = await api.profileStatus().catch(() => null);
      if (error.code === Codes.passphraseRequired) setPhase({ kind: "locked", status });
      else setPhase({ kind: "failed", error, status });
    }
  }, []);

  const phaseRef = useRef(phase);
  phaseRef.current = phase;
  const relock = useCallback((lock: LockStatus) => {
    forgetOnLock();
    setPhase({ kind: "relocked", lock, status: null });
    void api.profileStatus().then(
      (status) => setPhase((p) => (p.kind === "relocked" ? { ...p, status } : p)),
      () => {},
    );
  }, []);

  useEffect(() => {
    void start();
    // A command answered `locked` while the records were shown (the app-locked event missed).
    onLocked(() => {
      if (phaseRef.current.kind !== "ready") return;
      void lockApi.status().then((lock) => {
        if (lock.reason === "start") void start();
        else relock(lock);
      });
    });
    const stopLocked = onAppLocked(relock);
    return () => {
      onLocked(null);
      stopLocked();
    };
  }, [start, relock]);

  // While the records are shown: input keeps the app from locking; Ctrl+Shift+L locks.
  const ready = phase.kind === "ready";
  useEffect(() => (ready ? watchInput() : undefined), [ready]);

  switch (phase.kind) {
    case "starting":
      return (
        <div class="center-screen" aria-busy="true">
          <p class="muted" role="status">
            {t("app-opening")}
          </p>
        </div>
      );
    case "locked":
      return (
        <Unlock status={phase.status} onUnlocked={(status) => setPhase({ kind: "ready", status })} />
      );
    case "failed":
      return (
        <div class="center-screen">
          <section class="panel unlock" aria-labelledby="failed-title">
            <h1 id="failed-title">{t("app-failedTitle")}</h1>
            <ErrorNotice error={phase.error} />
            {phase.status && (
              <p class="muted">
                {t("app-keptIn")} <code class="path">{phase.status.data_dir}</code>
                {t("app-nothingDeleted")}
              </p>
            )}
            <div class="actions">
              <button type="button" class="primary" onClick={() => void start()}>
                {t("common-tryAgain")}
              </button>
            </div>
          </section>
        </div>
      );
    case "ready":
      return <Main status={phase.status} />;
    case "relocked":
      return (
        <LockScreen
          lock={phase.lock}
          profile={phase.status}
          onUnlocked={(status) => setPhase({ kind: "ready", status })}
        />
      );
  }
}
