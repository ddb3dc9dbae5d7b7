// What the Share dialog and the several-cases export both ask and say: which kinds to send in
// the clear, addresses to mask, the reader's language, and where the signed file went.
import { isLang, LANGS, languageName, t, type Lang, type MessageKey } from "../../i18n";
import type { RedactKind, ShareExported, ShareFormat } from "../../shareApi";

/** The export formats, as the Share dialog offers them. */
export const FORMATS: { value: ShareFormat; label: MessageKey }[] = [
  { value: "pdf", label: "share-fmt-pdf" },
  { value: "html", label: "share-fmt-html" },
  { value: "md", label: "share-fmt-md" },
  { value: "json", label: "share-fmt-json" },
  { value: "eml", label: "share-fmt-eml" },
  { value: "ics", label: "share-fmt-ics" },
  { value: "brief", label: "share-fmt-brief" },
];

/** Kinds the customer may send in the clear on purpose. Backup codes, one-time codes and text
 * marked private are never offered (the core masks them whatever it is asked). */
export const UNMASKABLE: { value: RedactKind; label: MessageKey }[] = [
  { value: "card", label: "share-unmask-card" },
  { value: "iban", label: "share-unmask-iban" },
  { value: "phone", label: "share-unmask-phone" },
  { value: "email", label: "share-unmask-email" },
  { value: "password", label: "share-unmask-password" },
  { value: "reset_link", label: "share-unmask-reset_link" },
  { value: "address", label: "share-unmask-address" },
  { value: "id_number", label: "share-unmask-id_number" },
];

/** The addresses typed one a line, blank lines dropped. */
export const addressLines = (text: string) =>
  text
    .split("\n")
    .map((a) => a.trim())
    .filter((a) => a.length > 0);

/** "Send in the clear" (closed by default): a checkbox per kind the customer may unmask. */
export function UnmaskChoices({
  unmask,
  onChange,
}: {
  unmask: RedactKind[];
  onChange: (next: RedactKind[]) => void;
}) {
  return (
    <details>
      <summary>{t("share-clear")}</summary>
      <fieldset class="share-unmask" data-testid="share-unmask">
        <legend class="visually-hidden">{t("share-unmaskLegend")}</legend>
        {UNMASKABLE.map((k) => (
          <label key={k.value}>
            <input
              type="checkbox"
              data-testid={`share-unmask-${k.value}`}
              checked={unmask.includes(k.value)}
              onChange={(e) =>
                onChange(
                  e.currentTarget.checked ? [...unmask, k.value] : unmask.filter((x) => x !== k.value),
                )
              }
            />{" "}
            {t(k.label)}
          </label>
        ))}
      </fieldset>
      <p class="muted" data-testid="share-never">
        {t("share-never")}
      </p>
    </details>
  );
}

/** Postal addresses of the customer's to mask wherever they appear, one a line. */
export function AddressesField({ value, onInput }: { value: string; onInput: (text: string) => void }) {
  return (
    <label>
      {t("share-addresses")}
      <textarea data-testid="share-addresses" value={value} onInput={(e) => onInput(e.currentTarget.value)} rows={2} />
    </label>
  );
}

/** The language support reads the export (or the ticket) in. `label`/`testId` name the picker
 * where it chooses something else than the file's language; `help` adds the line that quotes and
 * error texts stay as written. */
export function ShareLanguage({
  value,
  onChange,
  label = t("share-language"),
  testId = "share-language",
  help = true,
}: {
  value: Lang;
  onChange: (lang: Lang) => void;
  label?: string;
  testId?: string;
  help?: boolean;
}) {
  return (
    <>
      <label class="share-language">
        {label}{" "}
        <select
          data-testid={testId}
          value={value}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isLang(v)) onChange(v);
          }}
        >
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {languageName(l)}
            </option>
          ))}
        </select>
      </label>
      {help && <p class="muted">{t("share-languageHelp")}</p>}
    </>
  );
}

/** Where the signed export went and its signature beside it; the Save dialog cancelled; notes
 * about the file. */
export function ExportOutcome({ exported, notSaved }: { exported: ShareExported | null; notSaved: boolean }) {
  return (
    <>
      {exported && (
        <p role="status" data-testid="share-exported">
          {t("share-saved")} <code>{exported.path}</code>
          {t("share-signedWith", { key: exported.key_id })}
          {exported.signature_path && (
            <>
              {" "}
              {t("share-sigIn")} <code>{exported.signature_path}</code> {t("share-keepNext")}
            </>
          )}
          .
        </p>
      )}
      {notSaved && (
        <p role="status" class="muted" data-testid="share-not-saved">
          {t("share-notSaved")}
        </p>
      )}
      {exported?.notes.map((n) => (
        <p class="share-warning" key={n} data-testid="share-export-note">
          {n}
        </p>
      ))}
    </>
  );
}

/** Copies text: the async clipboard API where the webview allows it, else the page's field
 * (a hidden textarea, or the read-only field that shows the text) selected and copied the old
 * way; when even that fails the field stays selected for Ctrl+C. */
export async function copyText(
  text: string,
  fallback: HTMLTextAreaElement | HTMLInputElement | null,
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallback) return false;
    // A textarea may still be hidden (state not rendered yet): show it before selecting.
    fallback.hidden = false;
    fallback.value = text;
    fallback.focus();
    fallback.select();
    // execCommand is deprecated but is the only synchronous path left in older WebKitGTK.
    return document.execCommand("copy");
  }
}
