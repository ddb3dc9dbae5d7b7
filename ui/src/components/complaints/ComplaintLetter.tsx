import { useRef, useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import { letterApi, type LetterKind } from "../../complaintsApi";
import { getLang, t, type Lang } from "../../i18n";
import { useLoad } from "../../useLoad";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { copyText, ShareLanguage } from "../share/pieces";
import "../share/share.css";
import { LETTER_LABELS } from "./complaintText";
import "./complaints.css";

interface Props {
  caseId: string;
  kind: LetterKind;
  onClose: () => void;
}

/** A complaint letter drafted by the core from the redacted timeline, in the language chosen
 * for sharing, with the references and the deadline arithmetic in its text; Copy and Save make it
 * again in the app through the outbound gate (the page's copy is only shown). */
export function ComplaintLetterDialog({ caseId, kind, onClose }: Props) {
  const [lang, setLang] = useState<Lang>(getLang());
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const { data: letter, error: loadError } = useLoad(() => letterApi.draft(caseId, kind, lang), [caseId, kind, lang], {
    onData: () => setSaid(null),
  });

  const copy = async () => {
    setError(null);
    try {
      // The app copies (WebKitGTK refuses the page's clipboard); the page's own way is the
      // fallback when the app's clipboard is unavailable.
      const byApp = await letterApi.copy(caseId, kind, lang).catch(() => null);
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
      // The app opens the Save dialog; null: the customer cancelled it.
      const saved = await letterApi.save(caseId, kind, lang);
      setSaid(saved ? t("complaintLetter-saved", { path: saved.path }) : t("complaintLetter-notSaved"));
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={LETTER_LABELS[kind]} onClose={onClose} testId="complaint-letter">
      <div class="complaint-letter">
        <ShareLanguage value={lang} onChange={setLang} testId="complaint-letter-language" />
        {loadError && <ErrorNotice error={loadError} />}
        {!letter && !loadError && <p class="muted">{t("complaintLetter-drafting")}</p>}
        {letter && (
          <>
            <p data-testid="complaint-letter-to">
              <strong>{t("complaintLetter-to")}</strong> {letter.to}
              {letter.to_url && (
                <>
                  {" "}
                  <span class="mono">{letter.to_url}</span>
                </>
              )}
            </p>
            <div class="field">
              <label for="complaint-letter-subject">{t("complaintLetter-subject")}</label>
              <input id="complaint-letter-subject" data-testid="complaint-letter-subject" type="text" readOnly value={letter.subject} />
            </div>
            <div class="field">
              <label for="complaint-letter-body">{t("complaintLetter-body")}</label>
              <textarea
                id="complaint-letter-body"
                class="complaint-letter-body"
                data-testid="complaint-letter-body"
                readOnly
                rows={16}
                lang={letter.lang}
                value={letter.body}
              />
            </div>
            <p class="muted">{t("complaintLetter-masked")}</p>
          </>
        )}
        <textarea ref={fallbackRef} class="share-brief-text" hidden aria-label={t("complaintLetter-body")} />
        <p role="status" aria-live="polite" data-testid="complaint-letter-said">
          {said}
        </p>
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" data-testid="complaint-letter-close" onClick={onClose}>
            {t("common-close")}
          </button>
          <button type="button" data-testid="complaint-letter-copy" disabled={!letter} onClick={() => void copy()}>
            {t("complaintLetter-copy")}
          </button>
          <button type="button" class="primary" data-testid="complaint-letter-save" disabled={!letter || busy} onClick={() => void save()}>
            {busy ? t("complaintLetter-saving") : t("complaintLetter-save")}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
