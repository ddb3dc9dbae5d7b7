import { useId } from "preact/hooks";
import { call } from "../../api";
import { t } from "../../i18n";
import { lockApi, LockPrefs } from "../../lockApi";
import { useLoad } from "../../useLoad";

interface Saved {
  idle: number;
  onSessionLock: boolean;
  onMinimise: boolean;
  /** The idle choices (minutes, 0: never), from the core. */
  choices: number[];
}

async function loadSaved(): Promise<Saved> {
  const get = (key: string) => call<unknown>("prefs_get", { key }).catch(() => null);
  const [status, idle, session, minimise] = await Promise.all([
    lockApi.status(),
    get(LockPrefs.idleMinutes),
    get(LockPrefs.onSessionLock),
    get(LockPrefs.onMinimise),
  ]);
  const choices = status.idle_choices_minutes;
  return {
    idle: typeof idle === "number" && choices.includes(idle) ? idle : status.default_idle_minutes,
    onSessionLock: typeof session === "boolean" ? session : true,
    onMinimise: typeof minimise === "boolean" ? minimise : false,
    choices,
  };
}

function save(key: string, value: unknown) {
  call<null>("prefs_set", { key, value }).catch((err: unknown) => {
    console.warn(`Could not save preference ${key}:`, err);
  });
}

/** When the app locks itself (Settings in the sidebar), and Lock now. */
export function LockSettings() {
  const id = useId();
  const { data: saved, setData } = useLoad(loadSaved, []);
  if (!saved) return null;
  const change = (patch: Partial<Saved>) => setData({ ...saved, ...patch });

  return (
    <div class="lock-settings">
      <div class="theme-select">
        <label for={id}>{t("lock-settings-idle")}</label>
        <select
          id={id}
          data-testid="lock-idle"
          value={String(saved.idle)}
          onChange={(e) => {
            const idle = Number(e.currentTarget.value);
            change({ idle });
            save(LockPrefs.idleMinutes, idle);
          }}
        >
          {saved.choices.map((m) => (
            <option key={m} value={String(m)}>
              {m === 0 ? t("lock-settings-never") : t("lock-settings-minutes", { n: m })}
            </option>
          ))}
        </select>
      </div>
      <label class="check">
        <input
          type="checkbox"
          data-testid="lock-on-session"
          checked={saved.onSessionLock}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            change({ onSessionLock: on });
            save(LockPrefs.onSessionLock, on);
          }}
        />
        {t("lock-settings-session")}
      </label>
      <label class="check">
        <input
          type="checkbox"
          data-testid="lock-on-minimise"
          checked={saved.onMinimise}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            change({ onMinimise: on });
            save(LockPrefs.onMinimise, on);
          }}
        />
        {t("lock-settings-minimise")}
      </label>
      <button
        type="button"
        class="quiet"
        data-testid="lock-now"
        aria-keyshortcuts="Control+Shift+L"
        title={t("lock-now-title")}
        onClick={() => void lockApi.lockNow().catch(() => {})}
      >
        {t("lock-now")}
      </button>
    </div>
  );
}
