import { useEffect, useRef, useState } from "preact/hooks";
import { api, Codes, toErrorInfo, type ErrorInfo } from "../../api";
import type { ProfileStatus } from "../../bindings/ProfileStatus";
import { MIN_PASSPHRASE_CHARS, newPassphraseProblem, protectionText } from "../../profileText";
import { ErrorNotice } from "./ErrorNotice";
import { PassphraseField } from "./PassphraseField";
import { t } from "../../i18n";

interface Props {
  status: ProfileStatus | null;
  onUnlocked: (status: ProfileStatus) => void;
}

/** Asks for the passphrase (twice when a new profile is being created). */
export function Unlock({ status, onUnlocked }: Props) {
  const isNew = status?.state === "new";
  const [passphrase, setPassphrase] = useState("");
  const [confirm, setConfirm] = useState("");
  const [show, setShow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const passRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  useEffect(() => passRef.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setFieldError(null);
    setConfirmError(null);
    if (passphrase.trim().length === 0) {
      setFieldError(isNew ? t("unlock-choose") : t("unlock-enter"));
      passRef.current?.focus();
      return;
    }
    const problem = isNew ? newPassphraseProblem(passphrase, confirm) : null;
    if (problem?.field === "new") {
      setFieldError(problem.message);
      passRef.current?.focus();
      return;
    }
    if (problem) {
      setConfirmError(problem.message);
      setConfirm("");
      confirmRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const unlocked = await api.profileUnlock(passphrase);
      setPassphrase("");
      setConfirm("");
      onUnlocked(unlocked);
    } catch (err) {
      const info = toErrorInfo(err);
      setPassphrase("");
      setConfirm("");
      if (info.code === Codes.wrongPassphrase) {
        setFieldError(t("unlock-wrong"));
      } else if (info.code === Codes.passphraseRequired || info.code === Codes.passphraseTooShort) {
        setFieldError(info.hint ?? info.message);
      } else {
        setError(info);
      }
      setBusy(false);
      // Focus after the re-render that re-enables the field.
      setTimeout(() => passRef.current?.focus(), 0);
      return;
    }
    setBusy(false);
  };

  return (
    <main class="center-screen">
      <form class="panel unlock" onSubmit={(e) => void submit(e)} aria-labelledby="unlock-title" noValidate>
        <h1 id="unlock-title">{isNew ? t("unlock-setUp") : t("unlock-unlockTitle")}</h1>
        {isNew ? (
          <p>
            {t("unlock-willCreate")}{" "}
            {status?.keyring_available
              ? t("unlock-protects")
              : t("unlock-noKeyring")}{" "}
            {t("unlock-remember")}
          </p>
        ) : (
          <p>{t("unlock-enterToOpen")}</p>
        )}
        {status && (
          <dl class="facts">
            <dt>{t("unlock-where")}</dt>
            <dd>
              <code class="path">{status.data_dir}</code>
            </dd>
            <dt>{t("unlock-how")}</dt>
            <dd>{protectionText(status)}</dd>
          </dl>
        )}

        <PassphraseField
          id="passphrase"
          label={isNew ? t("unlock-newPassphrase") : t("unlock-passphrase")}
          inputRef={passRef}
          shown={show}
          autocomplete={isNew ? "new-password" : "current-password"}
          autoFocus
          value={passphrase}
          disabled={busy}
          error={fieldError}
          help={isNew ? t("unlock-help", { n: MIN_PASSPHRASE_CHARS }) : undefined}
          onInput={setPassphrase}
        />

        {isNew && (
          <PassphraseField
            id="passphrase-confirm"
            label={t("unlock-again")}
            inputRef={confirmRef}
            shown={show}
            autocomplete="new-password"
            value={confirm}
            disabled={busy}
            error={confirmError}
            onInput={setConfirm}
          />
        )}

        <label class="check">
          <input type="checkbox" checked={show} onChange={(e) => setShow(e.currentTarget.checked)} />
          {t("unlock-show")}
        </label>

        {error && <ErrorNotice error={error} />}

        <div class="actions">
          <button type="submit" class="primary" data-testid="unlock" id="unlock" disabled={busy}>
            {busy ? (isNew ? t("unlock-creating") : t("unlock-unlocking")) : isNew ? t("unlock-createProfile") : t("unlock-unlock")}
          </button>
        </div>
      </form>
    </main>
  );
}
