import { useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import type { CaseSummary } from "../../bindings/CaseSummary";
import { exportSeveral, type RedactKind, type ShareExported, type ShareFormat } from "../../shareApi";
import { num, STATUS_LABELS } from "../../format";
import { getLang, t, type Lang } from "../../i18n";
import { useLoad } from "../../useLoad";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { AddressesField, addressLines, ExportOutcome, FORMATS, ShareLanguage, UnmaskChoices } from "./pieces";
import "./share.css";

/** The formats one file of several cases can be written in (the core's `Format::SEVERAL`). */
const SEVERAL: ShareFormat[] = ["md", "html", "json"];

interface Props {
  /** Ticked when the dialog opens: the case open in the window, if any. */
  preselected: string | null;
  /** Opens one case's Share dialog, where what the agent should do is said. */
  onShareOne: (id: string, number: number) => void;
  onClose: () => void;
}

/** Several cases in one signed file: tick the cases, choose what is masked, the format and the
 * reader's language, then save where the system's Save dialog says. Like the Share dialog,
 * nothing leaves while a ticked case has no request for the agent. */
export function ExportSeveralDialog({ preselected, onShareOne, onClose }: Props) {
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [chosen, setChosen] = useState<string[]>(preselected ? [preselected] : []);
  const [format, setFormat] = useState<ShareFormat>("md");
  const [lang, setLang] = useState<Lang>(getLang());
  const [unmask, setUnmask] = useState<RedactKind[]>([]);
  const [addressText, setAddressText] = useState("");
  const [busy, setBusy] = useState(false);
  const [exported, setExported] = useState<ShareExported | null>(null);
  const [notSaved, setNotSaved] = useState(false);

  const { data: cases } = useLoad(() => api.caseList("all"), [], { onError: setError });
  /** The ticked cases (in the list's order) that still lack what the agent should do. */
  const key = chosen.join(",");
  const { data: needing } = useLoad(
    async () => {
      const ticked = (cases ?? []).filter((c) => chosen.includes(c.id));
      const missing = await Promise.all(ticked.map((c) => api.caseBriefMissing(c.id)));
      return ticked.filter((_, i) => missing[i].includes("request"));
    },
    [key, cases],
    { onError: setError, reset: true },
  );

  // Oldest case first, so the file tells the story in order.
  const ordered = (cases ?? []).filter((c) => chosen.includes(c.id)).sort((a, b) => num(a.number) - num(b.number));
  const gated = ordered.length < 2 || needing === null || needing.length > 0;

  const tick = (c: CaseSummary, on: boolean) => {
    setExported(null);
    setNotSaved(false);
    setChosen((ids) => (on ? [...ids, c.id] : ids.filter((x) => x !== c.id)));
  };

  const save = async () => {
    if (gated) return;
    setError(null);
    setExported(null);
    setNotSaved(false);
    setBusy(true);
    try {
      const options = { unmask, addresses: addressLines(addressText), private: [] };
      const done = await exportSeveral(
        ordered.map((c) => c.id),
        format,
        options,
        lang,
      );
      setExported(done);
      setNotSaved(done === null);
    } catch (e) {
      setError(toErrorInfo(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t("shareSeveral-title")} onClose={onClose} testId="export-several-dialog">
      <div class="share-dialog">
        <p class="muted">{t("shareSeveral-intro")}</p>
        <section class="share-section">
          <h3 id="share-several-cases">{t("shareSeveral-cases")}</h3>
          {cases === null ? (
            <p class="muted">{t("share-checking")}</p>
          ) : (
            <ul class="share-several-list" aria-labelledby="share-several-cases" data-testid="export-several-cases">
              {cases.map((c) => (
                <li key={c.id}>
                  <label>
                    <input
                      type="checkbox"
                      data-testid="export-several-case"
                      data-case-number={String(num(c.number))}
                      checked={chosen.includes(c.id)}
                      onChange={(e) => tick(c, e.currentTarget.checked)}
                    />{" "}
                    <span class="case-number">#{String(c.number)}</span> {c.title}{" "}
                    <span class="muted">({STATUS_LABELS[c.status]})</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          <p role="status" aria-live="polite" data-testid="export-several-count">
            {t("shareSeveral-count", { n: ordered.length })}
          </p>
          {needing?.map((c) => (
            <p class="share-needs" key={c.id} data-testid="export-several-needs">
              {t("shareSeveral-needsRequest", { n: num(c.number) })}{" "}
              <button
                type="button"
                class="quiet"
                data-testid="export-several-needs-open"
                onClick={() => onShareOne(c.id, num(c.number))}
              >
                {t("shareSeveral-openShare", { n: num(c.number) })}
              </button>
            </p>
          ))}
        </section>

        <section class="share-section">
          <h3>{t("share-whatMasked")}</h3>
          <p class="muted">{t("shareSeveral-masked")}</p>
          <UnmaskChoices unmask={unmask} onChange={setUnmask} />
          <AddressesField value={addressText} onInput={setAddressText} />
        </section>

        <section class="share-section">
          <h3>{t("share-export")}</h3>
          <fieldset class="share-formats" data-testid="export-several-formats">
            <legend class="visually-hidden">{t("otpImport-format")}</legend>
            {FORMATS.filter((f) => SEVERAL.includes(f.value)).map((f) => (
              <label key={f.value}>
                <input
                  type="radio"
                  name="export-several-format"
                  value={f.value}
                  data-testid={`export-several-format-${f.value}`}
                  checked={format === f.value}
                  onChange={() => setFormat(f.value)}
                />{" "}
                {t(f.label)}
              </label>
            ))}
          </fieldset>
          <p class="muted">{t("shareSeveral-formatsHint")}</p>
          <ShareLanguage value={lang} onChange={setLang} />
          <div class="share-row">
            <button
              type="button"
              class="primary"
              data-testid="export-several-save"
              disabled={busy || gated}
              onClick={() => void save()}
            >
              {busy ? t("share-exporting") : t("share-saveBtn")}
            </button>
          </div>
          <ExportOutcome exported={exported} notSaved={notSaved} />
        </section>

        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" data-testid="export-several-close" onClick={onClose}>
            {t("common-close")}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
