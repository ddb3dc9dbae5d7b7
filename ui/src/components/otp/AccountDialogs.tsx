// The per-account dialogs: remove (with confirmation), rename, tags, QR for a phone, backup codes.
import { useEffect, useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { OtpEntry } from "../../bindings/OtpEntry";
import { otpApi, type BackupCodes } from "../../otpApi";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { t } from "../../i18n";
import { useLoad } from "../../useLoad";

interface Props {
  entry: OtpEntry;
  onClose: () => void;
  onChanged: () => void;
}

export function RemoveDialog({ entry, onClose, onChanged }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await otpApi.remove(entry.id, true);
      onChanged();
      onClose();
    } catch (err) {
      setError(toErrorInfo(err));
      setBusy(false);
    }
  };
  return (
    <Dialog title={t("otpDialogs-removeTitle", { label: entry.label })} onClose={onClose} testId="otp-remove-dialog">
      <p>
        {t("otpDialogs-removeText", { service: entry.issuer ?? t("otpDialogs-theService") })}
      </p>
      {error && <ErrorNotice error={error} />}
      <div class="actions">
        <button type="button" data-testid="otp-remove-cancel" onClick={onClose}>
          {t("otpDialogs-keepIt")}
        </button>
        <button type="button" class="danger-button" data-testid="otp-remove-confirm" disabled={busy} onClick={() => void remove()}>
          {t("otpItem-remove")}
        </button>
      </div>
    </Dialog>
  );
}

export function RenameDialog({ entry, onClose, onChanged }: Props) {
  const [issuer, setIssuer] = useState(entry.issuer ?? "");
  const [name, setName] = useState(entry.name);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await otpApi.rename(entry.id, issuer.trim() || null, name.trim());
      onChanged();
      onClose();
    } catch (err) {
      setError(toErrorInfo(err));
    }
  };
  return (
    <Dialog title={t("otpDialogs-renameTitle")} onClose={onClose} testId="otp-rename-dialog">
      <form onSubmit={(e) => void save(e)}>
        <div class="field">
          <label for="otp-rename-issuer">{t("accounts-service")}</label>
          <input id="otp-rename-issuer" type="text" value={issuer} onInput={(e) => setIssuer(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="otp-rename-name">{t("otpDialogs-yourAccount")}</label>
          <input id="otp-rename-name" type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </div>
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" onClick={onClose}>
            {t("common-cancel")}
          </button>
          <button type="submit" class="primary" data-testid="otp-rename-save">
            {t("otpDialogs-save")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The account's tags (groups such as "Work"): remove one, or add one; the list filters by them. */
export function TagsDialog({ entry, onClose, onChanged }: Props) {
  const [tags, setTags] = useState<string[]>(entry.tags);
  const [tag, setTag] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const run = async (change: () => Promise<OtpEntry>) => {
    setBusy(true);
    setError(null);
    try {
      const updated = await change();
      setTags(updated.tags);
      onChanged();
      return true;
    } catch (err) {
      setError(toErrorInfo(err));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const add = async (e: Event) => {
    e.preventDefault();
    if (await run(() => otpApi.addTags(entry.id, [tag]))) setTag("");
  };
  return (
    <Dialog title={t("otp-tags-title", { label: entry.label })} onClose={onClose} testId="otp-tags-dialog">
      {tags.length === 0 ? (
        <p class="muted">{t("otp-tags-none")}</p>
      ) : (
        <ul class="otp-tag-edit" aria-label={t("otp-tags-list")}>
          {tags.map((name) => (
            <li key={name} class="otp-tag">
              <span>{name}</span>
              <button
                type="button"
                class="quiet"
                data-testid="otp-tag-remove"
                disabled={busy}
                aria-label={t("otp-tags-remove", { tag: name })}
                onClick={() => void run(() => otpApi.removeTags(entry.id, [name]))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)}>
        <div class="field">
          <label for="otp-tag-new">{t("otp-tags-new")}</label>
          <input
            id="otp-tag-new"
            type="text"
            data-testid="otp-tag-input"
            maxLength={64}
            placeholder={t("otp-tags-newPh")}
            value={tag}
            onInput={(e) => setTag(e.currentTarget.value)}
          />
          <p class="help">{t("otp-tags-help")}</p>
        </div>
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" data-testid="otp-tags-done" onClick={onClose}>
            {t("common-close")}
          </button>
          <button type="submit" class="primary" data-testid="otp-tag-add" disabled={busy || !tag.trim()}>
            {t("otp-tags-add")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The account as a QR code, to scan with a phone's authenticator app. */
export function QrDialog({ entry, onClose }: Omit<Props, "onChanged">) {
  const { data: svg, error } = useLoad(() => otpApi.qrSvg(entry.id), [entry.id], { reset: true });
  return (
    <Dialog title={t("otpDialogs-moveTitle", { label: entry.label })} onClose={onClose} testId="otp-qr-dialog">
      <p>{t("otpDialogs-scan")}</p>
      {svg && (
        <img
          class="otp-qr"
          data-testid="otp-qr-image"
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
          alt={t("otpDialogs-qrAlt", { label: entry.label })}
          width={260}
          height={260}
        />
      )}
      {error && <ErrorNotice error={error} />}
      <p class="help">{t("otpDialogs-anyone")}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={onClose}>
          {t("common-close")}
        </button>
      </div>
    </Dialog>
  );
}

/** Backup codes: how many are left, show them on request, mark one used, add new ones. */
export function BackupCodesDialog({ entry, onClose, onChanged }: Props) {
  const [view, setView] = useState<BackupCodes | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [newCodes, setNewCodes] = useState("");
  const [used, setUsed] = useState("");
  const [error, setError] = useState<ErrorInfo | null>(null);

  const load = async (reveal: boolean) => {
    setError(null);
    try {
      setView(await otpApi.backupCodes(entry.id, reveal));
      setRevealed(reveal);
    } catch (err) {
      setError(toErrorInfo(err));
    }
  };

  useEffect(() => {
    void load(false);
  }, [entry.id]);

  /** Runs a change, reloads the list; true when it worked. */
  const act = async (action: () => Promise<BackupCodes>): Promise<boolean> => {
    setError(null);
    try {
      await action();
      onChanged();
      await load(revealed);
      return true;
    } catch (err) {
      setError(toErrorInfo(err));
      return false;
    }
  };

  return (
    <Dialog title={t("otpDialogs-backupTitle", { label: entry.label })} onClose={onClose} testId="otp-backup-dialog">
      {view && (
        <>
          <p data-testid="otp-backup-count">
            {view.total === 0
              ? t("otpDialogs-noneKept")
              : t("otpDialogs-left", { unused: view.unused, total: view.total })}
          </p>
          {view.warning && (
            <div class="notice otp-warn-notice" data-testid="otp-backup-warning" role="alert">
              <p class="notice-message">{view.warning}</p>
            </div>
          )}
          {view.total > 0 &&
            (revealed ? (
              <ol class="otp-backup-list" data-testid="otp-backup-list">
                {view.codes.map((c) => (
                  <li key={c.position} class={c.used_at ? "used" : undefined}>
                    <span class="mono">{c.code ?? "—"}</span>
                    {c.used_at ? (
                      <span class="muted"> {t("otpDialogs-used")}</span>
                    ) : (
                      c.code && (
                        <button type="button" class="quiet" onClick={() => void act(() => otpApi.backupCodeUse(entry.id, c.code ?? ""))}>
                          {t("otpDialogs-markUsed")}
                        </button>
                      )
                    )}
                  </li>
                ))}
              </ol>
            ) : (
              <button type="button" data-testid="otp-backup-show" onClick={() => void load(true)}>
                {t("otpDialogs-show")}
              </button>
            ))}
        </>
      )}
      {view && view.total > 0 && (
        <form
          class="otp-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => otpApi.backupCodeUse(entry.id, used)).then((ok) => ok && setUsed(""));
          }}
        >
          <div class="field grow">
            <label for="otp-backup-used">{t("otpDialogs-iUsed")}</label>
            <input id="otp-backup-used" type="text" autocomplete="off" value={used} onInput={(e) => setUsed(e.currentTarget.value)} />
          </div>
          <button type="submit" disabled={!used.trim()}>
            {t("otpDialogs-markUsed")}
          </button>
        </form>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void act(() => otpApi.backupCodesAdd(entry.id, [newCodes])).then((ok) => ok && setNewCodes(""));
        }}
      >
        <div class="field">
          <label for="otp-backup-add">{t("otpDialogs-addLabel")}</label>
          <textarea id="otp-backup-add" data-testid="otp-backup-add" rows={3} spellcheck={false} autocomplete="off" value={newCodes} onInput={(e) => setNewCodes(e.currentTarget.value)} />
        </div>
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="submit" data-testid="otp-backup-add-submit" disabled={!newCodes.trim()}>
            {t("otpDialogs-add")}
          </button>
          <button type="button" class="primary" onClick={onClose}>
            {t("common-close")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
