import { useRef, useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import { exposureLetterApi, type ExposureLetterKind } from "../../exposureApi";
import { getLang, t, type Lang } from "../../i18n";
import { useLoad } from "../../useLoad";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { copyText, ShareLanguage } from "../share/pieces";
import "../share/share.css";
import "../complaints/complaints.css";

interface Props {
  account: string;
  service: string;
  kind: ExposureLetterKind;
  onClose: () => void;
}

/** The letter to a company whose account is at risk (or "this is the second time" to the one
 * where it happened), drafted by the core through the outbound gate: what leaked by name, never
 * the values. Copy and Save make it again in the app; the page's copy is only shown. */
export function ExposureLetterDialog({ account, service, kind, onClose }: Props) {
  const [lang, setLang] = useState<Lang>(getLang());
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const { data: letter, error: loadError } = useLoad(() => exposureLetterApi.draft(account, kind, lang), [account, kind, lang], {
    onData: () => setSaid(null),
  });

  const copy = async () => {
    setError(null);
    try {
      const byApp = await exposureLetterApi.copy(account, kind, lang).catch(() => null);
      const ok = byApp !== null || (letter !== null && (await copyText(`${letter.subject}\n\n${letter.body}`, fallbackRef.current)));
      setSaid(ok ? t("complaintLetter-copied") : t("complaintLetter-copyRefused"));
    } catch (err) {
      setError(toErrorInfo(err));
    }
  };

  const save = async () => {
    setError(null);
    setSaid(null);
    setBusy(true);
    try {
      const saved = await exposureLetterApi.save(account, kind, lang);
      setSaid(saved ? t("complaintLetter-saved", { path: saved.path }) : t("complaintLetter-notSaved"));
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t("exposureLetter-title", { service })} onClose={onClose} testId="exposure-letter">
      <div class="complaint-letter">
        <ShareLanguage value={lang} onChange={setLang} testId="exposure-letter-language" />
        {loadError && <ErrorNotice error={loadError} />}
        {!letter && !loadError && <p class="muted">{t("complaintLetter-drafting")}</p>}
        {letter && (
          <>
            <p data-testid="exposure-letter-to">
              <strong>{t("complaintLetter-to")}</strong> {letter.to}
            </p>
            <div class="field">
              <label for="exposure-letter-subject">{t("complaintLetter-subject")}</label>
              <input id="exposure-letter-subject" data-testid="exposure-letter-subject" type="text" readOnly value={letter.subject} />
            </div>
            <div class="field">
              <label for="exposure-letter-body">{t("complaintLetter-body")}</label>
              <textarea
                id="exposure-letter-body"
                class="complaint-letter-body"
                data-testid="exposure-letter-body"
                readOnly
                rows={14}
                lang={letter.lang}
                value={letter.body}
              />
            </div>
            <p class="muted">{t("exposureLetter-masked")}</p>
          </>
        )}
        <textarea ref={fallbackRef} class="share-brief-text" hidden aria-label={t("complaintLetter-body")} />
        <p role="status" aria-live="polite" data-testid="exposure-letter-said">
          {said}
        </p>
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" data-testid="exposure-letter-close" onClick={onClose}>
            {t("common-close")}
          </button>
          <button type="button" data-testid="exposure-letter-copy" disabled={!letter} onClick={() => void copy()}>
            {t("complaintLetter-copy")}
          </button>
          <button type="button" class="primary" data-testid="exposure-letter-save" disabled={!letter || busy} onClick={() => void save()}>
            {busy ? t("complaintLetter-saving") : t("complaintLetter-save")}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
