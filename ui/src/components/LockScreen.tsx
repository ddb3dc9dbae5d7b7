import { useEffect, useRef, useState } from "preact/hooks";
import { api, Codes, toErrorInfo, type ErrorInfo } from "../api";
import type { ProfileStatus } from "../bindings/ProfileStatus";
import type { LockReason } from "../bindings/LockReason";
import { lockApi, type LockStatus } from "../lockApi";
import { ErrorNotice } from "./frame/ErrorNotice";
import { PassphraseField } from "./frame/PassphraseField";
import { t, type MessageKey } from "../i18n";

interface Props {
  lock: LockStatus;
  /** How the profile is protected (asked of the shell while locked); null until known. */
  profile: ProfileStatus | null;
  onUnlocked: (status: ProfileStatus) => void;
}

const REASON: Record<LockReason, MessageKey> = {
  start: "lock-reason-manual",
  idle: "lock-reason-idle",
  session: "lock-reason-session",
  minimised: "lock-reason-minimised",
  manual: "lock-reason-manual",
};

/** All the window shows while the app is locked: nothing of the records is in the page. A
 * passphrase profile asks its passphrase; a keyring profile asks the computer (polkit where it
 * can, else it reopens through the system keyring). */
export function LockScreen({ lock, profile, onUnlocked }: Props) {
  const byPassphrase = profile?.state === "passphrase";
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(lock.failed_attempts);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const passRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (byPassphrase) passRef.current?.focus();
    else buttonRef.current?.focus();
  }, [byPassphrase]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setFieldError(null);
    // Asked as the screen opened; a click can come first.
    const known = profile ?? (await api.profileStatus().catch(() => null));
    if (known?.state === "passphrase" && !byPassphrase) return;
    if (byPassphrase && passphrase.length === 0) {
      setFieldError(t("unlock-enter"));
      passRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const status = await api.profileUnlock(byPassphrase ? passphrase : null);
      setPassphrase("");
      onUnlocked(status);
      return;
    } catch (err) {
      const info = toErrorInfo(err);
      setPassphrase("");
      const now = await lockApi.status().catch(() => null);
      if (now) setFailed(now.failed_attempts);
      if (info.code === Codes.wrongPassphrase) setFieldError(t("unlock-wrong"));
      else setError(info);
    }
    setBusy(false);
    setTimeout(() => (byPassphrase ? passRef.current : buttonRef.current)?.focus(), 0);
  };

  return (
    <main class="center-screen" data-testid="lock-screen">
      <form class="panel unlock" onSubmit={(e) => void submit(e)} aria-labelledby="lock-title" noValidate>
        <h1 id="lock-title">{t("lock-title")}</h1>
        <p>{t(REASON[lock.reason])}</p>
        {byPassphrase ? (
          <PassphraseField
            id="lock-passphrase"
            label={t("unlock-passphrase")}
            inputRef={passRef}
            autocomplete="current-password"
            value={passphrase}
            disabled={busy}
            error={fieldError}
            onInput={setPassphrase}
          />
        ) : (
          <p class="muted">{t("lock-keyringNote")}</p>
        )}
        {failed > 0 && (
          <p class="muted" data-testid="lock-failed" role="status">
            {t("lock-failedCount", { n: failed })}
          </p>
        )}
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button
            type="submit"
            class="primary"
            data-testid="lock-unlock"
            ref={buttonRef}
            disabled={busy}
          >
            {busy ? t("unlock-unlocking") : t("unlock-unlock")}
          </button>
        </div>
      </form>
    </main>
  );
}
