import type { ComponentChildren } from "preact";
import { useRef, useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import { getLang, t, type Lang } from "../../i18n";
import { useLoad } from "../../useLoad";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { copyText, ShareLanguage } from "./pieces";
import "./share.css";
import "../complaints/complaints.css";

/** What every drafted letter has (the complaint letters, the exposure chain's letters). */
export interface DraftedLetter {
  to: string;
  subject: string;
  body: string;
  /** The language it is written in. */
  lang: string;
}

/** Where a letter was saved. */
export interface LetterSaved {
  path: string;
}

interface Props<L extends DraftedLetter> {
  title: string;
  /** Prefix of the test ids and element ids ("complaint-letter"). */
  idPrefix: string;
  /** The core drafts it in `lang`, through the outbound gate. */
  draft: (lang: Lang) => Promise<L>;
  /** The app copies it again from the core (WebKitGTK refuses the page's clipboard). */
  copyByApp: (lang: Lang) => Promise<unknown>;
  /** The app opens the Save dialog; null: the customer cancelled it. */
  save: (lang: Lang) => Promise<LetterSaved | null>;
  /** What the draft depends on besides the language. */
  deps: unknown[];
  /** Said under the letter: what was masked. */
  maskedNote: string;
  rows: number;
  /** Shown after the addressee (a referral's web address). */
  toExtra?: (letter: L) => ComponentChildren;
  onClose: () => void;
}

/** A drafted letter to read, copy or save, in the language chosen for sharing. The page only
 * shows it: Copy and Save make it again in the app from the core, so what leaves went through
 * the outbound gate there. */
export function LetterDialog<L extends DraftedLetter>({
  title,
  idPrefix,
  draft,
  copyByApp,
  save,
  deps,
  maskedNote,
  rows,
  toExtra,
  onClose,
}: Props<L>) {
  const [lang, setLang] = useState<Lang>(getLang());
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const { data: letter, error: loadError } = useLoad(() => draft(lang), [...deps, lang], {
    onData: () => setSaid(null),
  });

  const copy = async () => {
    setError(null);
    try {
      // The page's own way is the fallback when the app's clipboard is unavailable.
      const byApp = await copyByApp(lang).catch(() => null);
      const ok = byApp !== null || (letter !== null && (await copyText(`${letter.subject}\n\n${letter.body}`, fallbackRef.current)));
      setSaid(ok ? t("complaintLetter-copied") : t("complaintLetter-copyRefused"));
    } catch (err) {
      setError(toErrorInfo(err));
    }
  };

  const saveIt = async () => {
    setError(null);
    setSaid(null);
    setBusy(true);
    try {
      const saved = await save(lang);
      setSaid(saved ? t("complaintLetter-saved", { path: saved.path }) : t("complaintLetter-notSaved"));
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onClose={onClose} testId={idPrefix}>
      <div class="complaint-letter">
        <ShareLanguage value={lang} onChange={setLang} testId={`${idPrefix}-language`} />
        {loadError && <ErrorNotice error={loadError} />}
        {!letter && !loadError && <p class="muted">{t("complaintLetter-drafting")}</p>}
        {letter && (
          <>
            <p data-testid={`${idPrefix}-to`}>
              <strong>{t("complaintLetter-to")}</strong> {letter.to}
              {toExtra?.(letter)}
            </p>
            <div class="field">
              <label for={`${idPrefix}-subject`}>{t("complaintLetter-subject")}</label>
              <input id={`${idPrefix}-subject`} data-testid={`${idPrefix}-subject`} type="text" readOnly value={letter.subject} />
            </div>
            <div class="field">
              <label for={`${idPrefix}-body`}>{t("complaintLetter-body")}</label>
              <textarea
                id={`${idPrefix}-body`}
                class="complaint-letter-body"
                data-testid={`${idPrefix}-body`}
                readOnly
                rows={rows}
                lang={letter.lang}
                value={letter.body}
              />
            </div>
            <p class="muted">{maskedNote}</p>
          </>
        )}
        <textarea ref={fallbackRef} class="share-brief-text" hidden aria-label={t("complaintLetter-body")} />
        <p role="status" aria-live="polite" data-testid={`${idPrefix}-said`}>
          {said}
        </p>
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" data-testid={`${idPrefix}-close`} onClick={onClose}>
            {t("common-close")}
          </button>
          <button type="button" data-testid={`${idPrefix}-copy`} disabled={!letter} onClick={() => void copy()}>
            {t("complaintLetter-copy")}
          </button>
          <button type="button" class="primary" data-testid={`${idPrefix}-save`} disabled={!letter || busy} onClick={() => void saveIt()}>
            {busy ? t("complaintLetter-saving") : t("complaintLetter-save")}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
