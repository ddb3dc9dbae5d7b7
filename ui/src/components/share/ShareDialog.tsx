import { useEffect, useRef, useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import {
  shareApi,
  type RedactFlagReason,
  type RedactKind,
  type RedactOptions,
  type ShareExported,
  type ShareFormat,
  type ShareVerification,
} from "../../shareApi";
import { BriefAsk } from "./BriefAsk";
import { ProofOfWhen } from "./ProofOfWhen";
import { SendToHelpdesk } from "./SendToHelpdesk";
import { SigningKey } from "./SigningKey";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import "./share.css";
import { getLang, labelMap, t, type Lang } from "../../i18n";
import { AddressesField, addressLines, copyText, ExportOutcome, FORMATS, ShareLanguage, UnmaskChoices } from "./pieces";
import { useLoad } from "../../useLoad";

interface Props {
  caseId: string;
  caseNumber: number;
  onClose: () => void;
  /** Told after the case was sent to a helpdesk (a contact with the ticket was logged). */
  onSent?: () => void;
}


const KIND_LABELS: Record<RedactKind, string> = labelMap({
  card: "share-kind-card",
  iban: "share-kind-iban",
  phone: "share-kind-phone",
  email: "share-kind-email",
  otp: "share-kind-otp",
  backup_code: "share-kind-backup_code",
  password: "share-kind-password",
  reset_link: "share-kind-reset_link",
  address: "share-kind-address",
  private: "share-kind-private",
  id_number: "share-kind-id_number",
});

/** Why the core thinks a piece of text left in the clear looks private. */
const FLAG_REASONS: Record<RedactFlagReason, string> = labelMap({
  long_number: "share-flag-long_number",
  card_like: "share-flag-card_like",
  after_password_word: "share-flag-after_password_word",
  link_token: "share-flag-link_token",
  token_like: "share-flag-token_like",
  code_like: "share-flag-code_like",
});

/** Texts compare the way the core matches them: case-insensitively, any run of white space. */
const sameText = (a: string, b: string) =>
  a.trim().split(/\s+/).join(" ").toLowerCase() === b.trim().split(/\s+/).join(" ").toLowerCase();


/** Share a case: say what the agent should do (asked first when missing), choose a format, see
 * what will be masked, copy the chat brief, export, verify. */
export function ShareDialog({ caseId, caseNumber, onClose, onSent }: Props) {
  const [format, setFormat] = useState<ShareFormat>("pdf");
  // The language support reads: the window's unless the customer picks another.
  const [shareLang, setShareLang] = useState<Lang>(getLang());
  const [unmask, setUnmask] = useState<RedactKind[]>([]);
  const [addressText, setAddressText] = useState("");
  /** Texts the customer marked private from the flags below the preview: always masked. */
  const [privateTexts, setPrivateTexts] = useState<string[]>([]);
  const [privateNote, setPrivateNote] = useState<string | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [exported, setExported] = useState<ShareExported | null>(null);
  /** The Save dialog was cancelled: said calmly, nothing else happens. */
  const [notSaved, setNotSaved] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  const [briefText, setBriefText] = useState<string | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [verification, setVerification] = useState<ShareVerification | null>(null);
  const [notChecked, setNotChecked] = useState(false);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  /** What the customer told the brief (request, still happening…) and what the core still asks;
   * null until loaded. */
  const brief = useLoad(() => Promise.all([api.caseBriefFacts(caseId), api.caseBriefMissing(caseId)]), [caseId], {
    onError: setError,
  });
  const facts = brief.data?.[0] ?? null;
  const missing = brief.data?.[1] ?? null;
  /** Bumped when the facts are saved: the preview covers the request and team too. */
  const [factsVersion, setFactsVersion] = useState(0);
  const askRef = useRef<HTMLDetailsElement>(null);
  const requestRef = useRef<HTMLInputElement>(null);
  const copyRef = useRef<HTMLButtonElement>(null);
  const focusedOnLoad = useRef(false);

  // The dialog opens before the facts are known (Copy closed), so the browser puts the focus
  // further down; once they are, the focus goes where the customer starts: the question, or Copy.
  useEffect(() => {
    if (missing === null || focusedOnLoad.current) return;
    focusedOnLoad.current = true;
    if (missing.includes("request")) requestRef.current?.focus();
    else copyRef.current?.focus();
  }, [missing]);

  // Nothing leaves without the request: no placeholder may reach a brief. Closed until known.
  const needsRequest = missing?.includes("request") ?? false;
  const gated = missing === null || needsRequest;
  const fillRequest = () => {
    if (askRef.current) askRef.current.open = true;
    requestRef.current?.scrollIntoView({ block: "center" });
    requestRef.current?.focus();
  };

  const addresses = addressLines(addressText);
  const addressKey = addresses.join("\n");
  const options: RedactOptions = { unmask, addresses, private: privateTexts };

  const { data: preview } = useLoad(
    () => shareApi.preview(caseId, { unmask, addresses: addressKey ? addressKey.split("\n") : [], private: privateTexts }),
    [caseId, unmask, addressKey, privateTexts, factsVersion],
    { onError: setError },
  );

  const markPrivate = (text: string) => {
    setPrivateTexts((p) => (p.some((x) => sameText(x, text)) ? p : [...p, text]));
    setPrivateNote(t("share-private-added", { text }));
  };
  const unmarkPrivate = (text: string) => {
    setPrivateTexts((p) => p.filter((x) => x !== text));
    setPrivateNote(t("share-private-removed", { text }));
  };
  const flags = preview?.flags ?? [];
  // Marked but still flagged: the preview has not caught up yet (or the core could not use it).
  const isMarked = (text: string) => privateTexts.some((x) => sameText(x, text));

  const copyChat = async () => {
    if (gated) return;
    setError(null);
    try {
      // The app copies (WebKitGTK refuses the page's clipboard); the page's own APIs are the
      // fallback when the app's clipboard is unavailable.
      const copiedByApp = await shareApi.copyBrief(caseId, true, options, shareLang).catch(() => null);
      const text = copiedByApp ?? (await shareApi.brief(caseId, true, options, shareLang));
      setBriefText(text);
      const ok = copiedByApp !== null || (await copyText(text, fallbackRef.current));
      setCopied(
        ok
          ? t("share-copied", { n: [...text].length })
          : t("share-refused"),
      );
    } catch (e) {
      setError(toErrorInfo(e));
    }
  };

  const doExport = async () => {
    if (gated) return;
    setError(null);
    setExported(null);
    setNotSaved(false);
    setBusy(true);
    try {
      // The app opens the Save dialog; null: the customer cancelled it.
      const done = await shareApi.export(caseId, format, options, shareLang);
      setExported(done);
      setNotSaved(done === null);
    } catch (e) {
      setError(toErrorInfo(e));
    } finally {
      setBusy(false);
    }
  };

  const doVerify = async () => {
    setError(null);
    setVerification(null);
    setNotChecked(false);
    setVerifying(true);
    try {
      // The app opens the Open dialog; null: the customer cancelled it.
      const v = await shareApi.verify();
      setVerification(v);
      setNotChecked(v === null);
    } catch (e) {
      setError(toErrorInfo(e));
    } finally {
      setVerifying(false);
    }
  };

  return (
    <Dialog title={t("share-title", { n: caseNumber })} onClose={onClose} testId="share-dialog">
      <div class="share-dialog">
        {facts && missing ? (
          <BriefAsk
            caseId={caseId}
            facts={facts}
            missing={missing}
            requestRef={requestRef}
            detailsRef={askRef}
            onSaved={(f, m) => {
              brief.setData([f, m]);
              setFactsVersion((v) => v + 1);
            }}
          />
        ) : (
          !error && <p class="muted share-section">{t("share-checking")}</p>
        )}

        <section class="share-section">
          <h3>{t("share-quick")}</h3>
          <button
            type="button"
            class="primary"
            data-testid="share-copy-chat"
            ref={copyRef}
            disabled={gated}
            aria-describedby={needsRequest ? "share-needs-request-copy" : undefined}
            onClick={() => void copyChat()}
          >
            {t("share-copy")}
          </button>
          <span role="status" aria-live="polite" data-testid="share-copied">
            {" "}
            {copied}
          </span>
          {needsRequest && (
            <p class="share-needs" id="share-needs-request-copy" data-testid="brief-needs-request">
              {t("share-ask-needsRequest")}{" "}
              <button type="button" class="quiet" data-testid="brief-needs-request-fill" onClick={fillRequest}>
                {t("share-ask-fill")}
              </button>
            </p>
          )}
          <textarea
            ref={fallbackRef}
            class="share-brief-text"
            data-testid="share-brief-text"
            readOnly
            hidden={briefText === null}
            value={briefText ?? ""}
            aria-label={t("share-brief")}
          />
        </section>

        <section class="share-section">
          <h3>{t("share-whatMasked")}</h3>
          {preview === null ? (
            <p class="muted">{t("share-checking")}</p>
          ) : preview.items.length === 0 ? (
            <p data-testid="share-preview-empty">{t("share-nothing")}</p>
          ) : (
            <ul class="share-preview" data-testid="share-preview">
              {preview.items.map((item, i) => (
                <li key={`${item.field}-${i}`}>
                  <span class="share-field">{item.field}:</span>
                  {item.segments.map((s, j) =>
                    s.kind ? (
                      <mark key={j} class="share-mask" title={t("share-masked", { what: KIND_LABELS[s.kind] })}>
                        {s.text}
                      </mark>
                    ) : (
                      <span key={j}>{s.text}</span>
                    ),
                  )}
                </li>
              ))}
            </ul>
          )}
          {flags.length > 0 && (
            <div class="share-flags-box">
              <h4 id="share-flags-heading">{t("share-flags-title")}</h4>
              <p class="muted">{t("share-flags-hint")}</p>
              <ul class="share-flags" data-testid="share-flags" aria-labelledby="share-flags-heading">
                {flags.map((f, i) => (
                  <li key={`${f.field}-${f.flag.start}-${i}`} data-testid="share-flag" data-reason={f.flag.why}>
                    <span class="share-field">{f.field}:</span>
                    <mark class="share-flag">{f.flag.text}</mark>{" "}
                    <span class="share-flag-why">({FLAG_REASONS[f.flag.why]})</span>{" "}
                    <button
                      type="button"
                      class="share-flag-mask"
                      data-testid="share-flag-mask"
                      aria-label={t("share-flags-maskLabel", { text: f.flag.text })}
                      disabled={isMarked(f.flag.text)}
                      onClick={() => markPrivate(f.flag.text)}
                    >
                      {t("share-flags-mask")}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {privateTexts.length > 0 && (
            <div class="share-private-box">
              <h4 id="share-private-heading">{t("share-private-title")}</h4>
              <ul class="share-private" data-testid="share-private" aria-labelledby="share-private-heading">
                {privateTexts.map((text) => (
                  <li key={text} data-testid="share-private-item">
                    <span class="share-private-text">{text}</span>{" "}
                    <button
                      type="button"
                      data-testid="share-private-undo"
                      aria-label={t("share-private-undoLabel", { text })}
                      onClick={() => unmarkPrivate(text)}
                    >
                      {t("share-private-undo")}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p role="status" aria-live="polite" class="visually-hidden" data-testid="share-private-note">
            {privateNote}
          </p>
          {preview?.warnings.map((w) => (
            <p class="share-warning" role="alert" key={w} data-testid="share-warning">
              {w}
            </p>
          ))}
          <UnmaskChoices unmask={unmask} onChange={setUnmask} />
          <AddressesField value={addressText} onInput={setAddressText} />
        </section>

        <section class="share-section">
          <h3>{t("share-export")}</h3>
          <fieldset class="share-formats" data-testid="share-formats">
            <legend class="visually-hidden">{t("otpImport-format")}</legend>
            {FORMATS.map((f) => (
              <label key={f.value}>
                <input
                  type="radio"
                  name="share-format"
                  value={f.value}
                  data-testid={`share-format-${f.value}`}
                  checked={format === f.value}
                  onChange={() => setFormat(f.value)}
                />{" "}
                {t(f.label)}
              </label>
            ))}
          </fieldset>
          <ShareLanguage value={shareLang} onChange={setShareLang} />
          <div class="share-row">
            <button
              type="button"
              class="primary"
              data-testid="share-export"
              disabled={busy || gated}
              aria-describedby={needsRequest ? "share-needs-request-export" : undefined}
              onClick={() => void doExport()}
            >
              {busy ? t("share-exporting") : t("share-saveBtn")}
            </button>
          </div>
          {needsRequest && (
            <p class="share-needs" id="share-needs-request-export" data-testid="brief-needs-request-export">
              {t("share-ask-needsRequest")}{" "}
              <button type="button" class="quiet" onClick={fillRequest}>
                {t("share-ask-fill")}
              </button>
            </p>
          )}
          <ExportOutcome exported={exported} notSaved={notSaved} />
        </section>

        <SendToHelpdesk caseId={caseId} options={options} gated={gated} onSent={onSent} />

        <ProofOfWhen />
        <SigningKey />

        <section class="share-section">
          <h3>{t("share-check")}</h3>
          <p class="muted">{t("share-checkHint")}</p>
          <div class="share-row">
            <button type="button" data-testid="share-verify" disabled={verifying} onClick={() => void doVerify()}>
              {t("share-checkBtn")}
            </button>
          </div>
          {notChecked && (
            <p role="status" class="muted" data-testid="share-not-checked">
              {t("share-notChecked")}
            </p>
          )}
          {verification && (
            <p
              role="status"
              data-testid="share-verdict"
              data-verdict={verification.verdict}
              class={verification.verdict === "intact" ? "share-verdict-intact" : "share-verdict-bad"}
            >
              {verification.message}
            </p>
          )}
        </section>

        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" data-testid="share-close" onClick={onClose}>
            {t("common-close")}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
