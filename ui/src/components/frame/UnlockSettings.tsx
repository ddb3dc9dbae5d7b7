import { useRef, useState } from "preact/hooks";
import { Codes, toErrorInfo, type ErrorInfo } from "../../api";
import type { ProfileStatus } from "../../bindings/ProfileStatus";
import { t } from "../../i18n";
import { MIN_PASSPHRASE_CHARS, newPassphraseProblem } from "../../profileText";
import { unlockApi, type UnlockMethod } from "../../unlockApi";
import { Dialog } from "./Dialog";
import { ErrorNotice } from "./ErrorNotice";
import { PassphraseField } from "./PassphraseField";

interface Props {
  status: ProfileStatus;
  onChanged: (status: ProfileStatus) => void;
}

/** "How this profile is unlocked" (Settings in the sidebar): what it is, and a button to change
 * it — to a passphrase, a new passphrase, or the system keyring. */
export function UnlockSettings({ status, onChanged }: Props) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (status.state === "new") return null;
  const now = status.state === "keyring" ? t("unlockSettings-nowKeyring") : t("unlockSettings-nowPassphrase");
  return (
    <div class="unlock-settings" data-testid="unlock-settings">
      <p>
        <span class="muted">{t("unlockSettings-title")}</span> <span data-testid="unlock-method">{now}</span>
      </p>
      <button
        type="button"
        class="quiet"
        data-testid="unlock-change"
        onClick={() => {
          setDone(null);
          setOpen(true);
        }}
      >
        {t("unlockSettings-change")}
      </button>
      {done && (
        <p class="muted" role="status" data-testid="unlock-done">
          {done}
        </p>
      )}
      {open && (
        <ChangeDialog
          status={status}
          onClose={() => setOpen(false)}
          onChanged={(next, accounts) => {
            setOpen(false);
            setDone(
              next.state === "keyring"
                ? t("unlockSettings-doneKeyring", { n: accounts })
                : t("unlockSettings-donePassphrase", { n: accounts }),
            );
            onChanged(next);
          }}
        />
      )}
    </div>
  );
}

function ChangeDialog({
  status,
  onClose,
  onChanged,
}: {
  status: ProfileStatus;
  onClose: () => void;
  onChanged: (status: ProfileStatus, accounts: number) => void;
}) {
  const fromPassphrase = status.state === "passphrase";
  // A keyring profile can only go to a passphrase; a passphrase profile to a new one or the keyring.
  const [method, setMethod] = useState<UnlockMethod>("passphrase");
  const [current, setCurrent] = useState("");
  const [passphrase, setPassphrase] = useState("");
  const [confirm, setConfirm] = useState("");
  const [show, setShow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [newError, setNewError] = useState<string | null>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const toPassphrase = method === "passphrase";

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setCurrentError(null);
    setNewError(null);
    setConfirmError(null);
    if (fromPassphrase && current.length === 0) {
      setCurrentError(t("unlock-enter"));
      currentRef.current?.focus();
      return;
    }
    const problem = toPassphrase ? newPassphraseProblem(passphrase, confirm) : null;
    if (problem?.field === "new") {
      setNewError(problem.message);
      newRef.current?.focus();
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
      const changed = await unlockApi.change(
        method,
        fromPassphrase ? current : null,
        toPassphrase ? passphrase : null,
      );
      setCurrent("");
      setPassphrase("");
      setConfirm("");
      onChanged(changed.status, changed.otp_accounts);
    } catch (err) {
      const info = toErrorInfo(err);
      setBusy(false);
      if (info.code === Codes.wrongPassphrase) {
        setCurrent("");
        setCurrentError(t("unlockSettings-wrongCurrent"));
        setTimeout(() => currentRef.current?.focus(), 0);
      } else if (info.code === Codes.passphraseTooShort) {
        setNewError(info.hint ?? info.message);
        setTimeout(() => newRef.current?.focus(), 0);
      } else {
        setError(info);
      }
    }
  };

  return (
    <Dialog title={t("unlockSettings-dialogTitle")} onClose={onClose} testId="unlock-change-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p class="muted">{t("unlockSettings-intro")}</p>
        {fromPassphrase && (
          <fieldset class="unlock-choice">
            <legend>{t("unlockSettings-choose")}</legend>
            <label class="check">
              <input
                type="radio"
                name="unlock-method"
                data-testid="unlock-to-passphrase"
                checked={toPassphrase}
                disabled={busy}
                onChange={() => setMethod("passphrase")}
              />
              {t("unlockSettings-toNewPassphrase")}
            </label>
            <label class="check">
              <input
                type="radio"
                name="unlock-method"
                data-testid="unlock-to-keyring"
                checked={!toPassphrase}
                disabled={busy || !status.keyring_available}
                onChange={() => setMethod("keyring")}
              />
              {t("unlockSettings-toKeyring")}
            </label>
            {!status.keyring_available && <p class="help">{t("unlockSettings-noKeyring")}</p>}
          </fieldset>
        )}
        {fromPassphrase && (
          <PassphraseField
            id="unlock-current"
            label={t("unlockSettings-current")}
            inputRef={currentRef}
            shown={show}
            autocomplete="current-password"
            autoFocus
            value={current}
            disabled={busy}
            error={currentError}
            onInput={(v) => {
              setCurrent(v);
              setCurrentError(null);
            }}
          />
        )}
        {toPassphrase && (
          <>
            <PassphraseField
              id="unlock-new"
              label={t("unlock-newPassphrase")}
              inputRef={newRef}
              shown={show}
              autocomplete="new-password"
              autoFocus={!fromPassphrase}
              value={passphrase}
              disabled={busy}
              error={newError}
              help={t("unlock-help", { n: MIN_PASSPHRASE_CHARS })}
              onInput={(v) => {
                setPassphrase(v);
                setNewError(null);
              }}
            />
            <PassphraseField
              id="unlock-confirm"
              label={t("unlock-again")}
              inputRef={confirmRef}
              shown={show}
              autocomplete="new-password"
              value={confirm}
              disabled={busy}
              error={confirmError}
              onInput={(v) => {
                setConfirm(v);
                setConfirmError(null);
              }}
            />
          </>
        )}
        <label class="check">
          <input type="checkbox" checked={show} onChange={(e) => setShow(e.currentTarget.checked)} />
          {t("unlock-show")}
        </label>
        <p class="help">{toPassphrase ? t("unlockSettings-rememberNew") : t("unlockSettings-keyringNote")}</p>
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" onClick={onClose} disabled={busy}>
            {t("common-cancel")}
          </button>
          <button type="submit" class="primary" data-testid="unlock-change-confirm" disabled={busy}>
            {busy ? t("unlockSettings-changing") : t("unlockSettings-confirm")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
