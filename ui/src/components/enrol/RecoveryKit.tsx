// "Print a recovery kit…": per account with two-step verification on, how to get back in, as a
// PDF the app saves where the customer says (the system's Save dialog, opened by the app). The
// unused backup codes go in only when the box is ticked, with the risk said next to it.
import { useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import { enrolApi, type KitSaved } from "../../enrolApi";
import { t } from "../../i18n";
import { ErrorNotice } from "../frame/ErrorNotice";

export function RecoveryKit({ idPrefix }: { idPrefix: string }) {
  const [withCodes, setWithCodes] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<KitSaved | null>(null);
  const [notSaved, setNotSaved] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);

  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    setNotSaved(false);
    try {
      // The app opens the Save dialog; null: the customer cancelled it.
      const done = await enrolApi.kitSave(withCodes);
      setSaved(done);
      setNotSaved(done === null);
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="recovery-kit" data-testid="recovery-kit" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>{t("kit-title")}</h2>
      <p>{t("kit-intro")}</p>
      <label class="recovery-kit-codes">
        <input
          type="checkbox"
          data-testid="kit-with-codes"
          checked={withCodes}
          aria-describedby={`${idPrefix}-warning`}
          onChange={(e) => setWithCodes(e.currentTarget.checked)}
        />{" "}
        {t("kit-withCodes")}
      </label>
      <p id={`${idPrefix}-warning`} class={withCodes ? "recovery-kit-warning on" : "recovery-kit-warning"} data-testid="kit-warning">
        {t("kit-codesWarning")}
      </p>
      <div class="enrol-actions start">
        <button type="button" data-testid="kit-save" disabled={busy} onClick={() => void save()}>
          {busy ? t("kit-saving") : t("kit-save")}
        </button>
      </div>
      {saved && (
        <p role="status" data-testid="kit-saved">
          {t("kit-saved", { n: saved.accounts })} <code>{saved.path}</code>
          {". "}
          {t("kit-printIt")}
        </p>
      )}
      {notSaved && (
        <p role="status" class="muted" data-testid="kit-not-saved">
          {t("share-notSaved")}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
