// "Proof of when": the optional time-stamping authority (RFC 3161) every signed file is stamped
// by. Off by default — a stamp sends the file's fingerprint to a server the customer picks — so it
// is an explained switch with the address, Save and Turn off. The core checks the address
// (`timestamp_url_invalid`) and keeps the setting in the profile, shared with the CLI.
import { useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import { t } from "../../i18n";
import { shareApi } from "../../shareApi";
import { useLoad } from "../../useLoad";
import { ErrorNotice } from "../frame/ErrorNotice";

export function ProofOfWhen() {
  /** The switch was turned on: the address field shows until it is saved or turned off. */
  const [editing, setEditing] = useState(false);
  const [address, setAddress] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const { data: settings, setData: setSettings } = useLoad(() => shareApi.settings(), [], {
    onData: (s) => setAddress(s.timestamp_url ?? ""),
    onError: setError,
  });

  const url = settings?.timestamp_url ?? null;
  const on = url !== null;

  const set = async (next: string | null) => {
    setBusy(true);
    setError(null);
    try {
      const s = await shareApi.setTimestampUrl(next);
      setSettings(s);
      setAddress(s.timestamp_url ?? "");
      setEditing(false);
    } catch (e) {
      setError(toErrorInfo(e));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (checked: boolean) => {
    setError(null);
    if (checked) setEditing(true);
    else if (on) void set(null);
    else setEditing(false);
  };

  return (
    <details class="share-section share-when" data-testid="share-when">
      <summary data-testid="share-when-toggle">
        {t("share-when-title")}{" "}
        <span class={on ? "badge badge-ok" : "badge"} data-testid="share-when-badge">
          {on ? t("share-when-on") : t("share-when-off")}
        </span>
      </summary>
      <p id="share-when-explain">{t("share-when-explain")}</p>
      <label class="share-when-switch">
        <input
          type="checkbox"
          role="switch"
          data-testid="share-when-switch"
          aria-describedby="share-when-explain"
          checked={on || editing}
          disabled={busy || settings === null}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />{" "}
        {t("share-when-switch")}
      </label>
      {(on || editing) && (
        <form
          class="share-when-form"
          onSubmit={(e) => {
            e.preventDefault();
            void set(address);
          }}
        >
          <label for="share-when-url">{t("share-when-address")}</label>
          <input
            id="share-when-url"
            type="text"
            inputMode="url"
            spellcheck={false}
            data-testid="share-when-url"
            placeholder="https://tsa.example.org/tsr"
            aria-describedby="share-when-help"
            aria-invalid={error?.code === "timestamp_url_invalid"}
            value={address}
            onInput={(e) => setAddress(e.currentTarget.value)}
          />
          <p class="help" id="share-when-help">
            {t("share-when-help")}
          </p>
          <div class="share-row">
            <button type="submit" class="primary" data-testid="share-when-save" disabled={busy || address.trim() === ""}>
              {t("share-when-save")}
            </button>
            {on && (
              <button type="button" data-testid="share-when-off" disabled={busy} onClick={() => void set(null)}>
                {t("share-when-turnOff")}
              </button>
            )}
          </div>
        </form>
      )}
      {error && <ErrorNotice error={error} variant="inline" />}
      <p role="status" class={on ? undefined : "muted"} data-testid="share-when-status" data-on={String(on)}>
        {on ? (
          <>
            {t("share-when-isOn")} <code>{url}</code>
          </>
        ) : (
          t("share-when-isOff")
        )}
      </p>
    </details>
  );
}
