import { useCallback, useEffect, useState } from "preact/hooks";
import { api, Codes, onLocked, toErrorInfo, type ErrorInfo } from "../../api";
import type { ProfileStatus } from "../../bindings/ProfileStatus";
import { ErrorNotice } from "./ErrorNotice";
import { Main } from "./Main";
import { Unlock } from "./Unlock";
import { getLang, onLangChange, t } from "../../i18n";

type Phase =
  | { kind: "starting" }
  | { kind: "locked"; status: ProfileStatus | null }
  | { kind: "failed"; error: ErrorInfo; status: ProfileStatus | null }
  | { kind: "ready"; status: ProfileStatus };

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
      const status = await api.profileUnlock(null);
      setPhase({ kind: "ready", status });
    } catch (err) {
      const error = toErrorInfo(err);
      const status = await api.profileStatus().catch(() => null);
      if (error.code === Codes.passphraseRequired) setPhase({ kind: "locked", status });
      else setPhase({ kind: "failed", error, status });
    }
  }, []);

  useEffect(() => {
    void start();
    onLocked(() => void start());
    return () => onLocked(null);
  }, [start]);

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
  }
}
