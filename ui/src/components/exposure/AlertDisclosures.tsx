import { useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { Alert } from "../../bindings/Alert";
import { exposureApi, type Disclosure, type DisclosureAnswer, type PersonalDetail, type SuggestedDisclosure } from "../../exposureApi";
import { t } from "../../i18n";
import { useLoad } from "../../useLoad";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { DETAILS, detailName, isFourDigits, maskFour } from "./exposureText";
import { ExposureLetterDialog } from "./ExposureLetter";
import { exposureChanged, openAtRisk } from "./nav";
import "./exposure.css";

function names(list: Disclosure[]): string {
  return list.map((d) => (d.hint ? `${detailName(d.detail)} (${d.hint})` : detailName(d.detail))).join(", ");
}

/** On an alert: what the impostor got, as the customer confirmed it — or the question "What did
 * they get?" — and the way to the At risk screen once something is known. */
export function AlertDisclosures({ alert }: { alert: Alert }) {
  const { data, error, setData } = useLoad(() => exposureApi.disclosures(alert.id), [alert.id]);
  const [open, setOpen] = useState(false);
  const [letterOpen, setLetterOpen] = useState(false);
  // Not the first time at this company: the "this is the second time" letter.
  const repeat = alert.earlier.length > 0 && alert.account_id !== null;
  if (error) return <ErrorNotice error={error} />;
  if (data === null) return null;
  const got = data.filter((d) => d.given);
  const askedOnly = data.filter((d) => d.asked && !d.given);
  return (
    <div class="disclosed" data-testid="disclosed">
      {data.length === 0 ? (
        <p class="muted">{t("disclosed-askHelp")}</p>
      ) : (
        <>
          {got.length > 0 && <p data-testid="disclosed-got">{t("disclosed-got", { details: names(got) })}</p>}
          {askedOnly.length > 0 && <p class="muted">{t("disclosed-askedOnly", { details: names(askedOnly) })}</p>}
        </>
      )}
      <div class="disclosed-actions">
        <button type="button" class={data.length === 0 ? "primary" : undefined} data-testid="disclosed-open" onClick={() => setOpen(true)}>
          {data.length === 0 ? t("disclosed-ask") : t("disclosed-change")}
        </button>
        {got.length > 0 && (
          <button type="button" class="primary" data-testid="disclosed-see-at-risk" onClick={openAtRisk}>
            {t("disclosed-seeAtRisk")}
          </button>
        )}
        {repeat && (
          <button type="button" data-testid="second-time-letter" onClick={() => setLetterOpen(true)}>
            {t("disclosed-secondTimeLetter", { service: alert.service ?? alert.case_title })}
          </button>
        )}
      </div>
      {letterOpen && alert.account_id && (
        <ExposureLetterDialog
          account={alert.account_id}
          service={alert.service ?? alert.case_title}
          kind="second_time"
          onClose={() => setLetterOpen(false)}
        />
      )}
      {open && (
        <DisclosuresDialog
          alert={alert}
          current={data}
          onClose={() => setOpen(false)}
          onSaved={(list) => {
            setData(list);
            setOpen(false);
            exposureChanged();
          }}
        />
      )}
    </div>
  );
}

interface Row {
  asked: boolean;
  given: boolean;
  fromTranscript: boolean;
}

interface DialogProps {
  alert: Alert;
  current: Disclosure[];
  onClose: () => void;
  onSaved: (list: Disclosure[]) => void;
}

/** The confirmation list: every personal detail with "They asked for it" / "They got it",
 * ticked from what is already confirmed, else from what the reader found in the alert's
 * transcript (with the line it came from, values masked). The customer confirms. */
function DisclosuresDialog({ alert, current, onClose, onSaved }: DialogProps) {
  const [rows, setRows] = useState<Record<PersonalDetail, Row> | null>(null);
  const [suggested, setSuggested] = useState<Map<PersonalDetail, SuggestedDisclosure>>(new Map());
  const [card, setCard] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const { error: loadError } = useLoad(() => exposureApi.suggest(alert.id), [alert.id], {
    onData: (list) => {
      const byDetail = new Map<PersonalDetail, SuggestedDisclosure>();
      for (const s of list) if (!byDetail.has(s.detail)) byDetail.set(s.detail, s);
      setSuggested(byDetail);
      const next = Object.fromEntries(DETAILS.map((d) => [d, { asked: false, given: false, fromTranscript: false }])) as Record<PersonalDetail, Row>;
      if (current.length > 0) {
        for (const d of current) next[d.detail] = { asked: d.asked, given: d.given, fromTranscript: d.from_transcript };
      } else {
        for (const s of byDetail.values()) next[s.detail] = { asked: s.asked, given: s.given, fromTranscript: true };
      }
      setRows(next);
    },
    // No suggestions (no transcript, or it could not be read): the customer ticks what they know.
    onError: () => setRows(Object.fromEntries(DETAILS.map((d) => [d, { asked: false, given: false, fromTranscript: false }])) as Record<PersonalDetail, Row>),
  });
  const cardFound = suggested.get("card_last_four")?.value ?? null;
  const cardBad = card !== "" && !isFourDigits(card);

  const set = (d: PersonalDetail, patch: Partial<Row>) => setRows((r) => (r ? { ...r, [d]: { ...r[d], ...patch } } : r));

  const confirm = async (e: Event) => {
    e.preventDefault();
    if (!rows || busy) return;
    setBusy(true);
    setError(null);
    try {
      const answers: DisclosureAnswer[] = DETAILS.filter((d) => rows[d].asked || rows[d].given).map((d) => ({
        detail: d,
        asked: rows[d].asked,
        given: rows[d].given,
        value: d === "card_last_four" && rows[d].given ? (card !== "" ? card : cardFound) : null,
        from_transcript: rows[d].fromTranscript,
      }));
      onSaved(await exposureApi.setDisclosures(alert.id, answers));
    } catch (err) {
      setError(toErrorInfo(err));
      setBusy(false);
    }
  };

  const noTranscript = alert.attachment_id === null && alert.interaction_id === null;
  return (
    <Dialog title={t("disclosed-title", { n: String(alert.number) })} onClose={onClose} testId="disclosed-dialog">
      <form class="knowledge" onSubmit={(e) => void confirm(e)}>
        <p class="muted">{t("disclosed-intro")}</p>
        {(noTranscript || loadError) && <p data-testid="disclosed-no-evidence">{t("disclosed-noEvidence")}</p>}
        {!noTranscript && !loadError && rows && suggested.size === 0 && <p data-testid="disclosed-none-found">{t("disclosed-noneFound")}</p>}
        {!rows ? (
          <p class="muted" role="status">
            {t("knowledge-loading")}
          </p>
        ) : (
          <table class="knowledge-table">
            <thead>
              <tr>
                <th scope="col">{t("knowledge-detail")}</th>
                <th scope="col">{t("disclosed-askedFor")}</th>
                <th scope="col">{t("disclosed-gotIt")}</th>
              </tr>
            </thead>
            <tbody>
              {DETAILS.map((d) => {
                const name = detailName(d);
                const s = suggested.get(d);
                return (
                  <tr key={d} data-testid={`disclosed-row-${d}`} data-suggested={s ? "yes" : "no"}>
                    <th scope="row" class="knowledge-name">
                      {name}
                      {s && (
                        <span class="disclosed-quote" data-testid={`disclosed-quote-${d}`}>
                          {t("disclosed-inTranscript")} “{s.quote}”
                        </span>
                      )}
                    </th>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${name}: ${t("disclosed-askedFor")}`}
                        data-testid={`disclosed-asked-${d}`}
                        checked={rows[d].asked}
                        onChange={(e) => set(d, { asked: e.currentTarget.checked })}
                      />
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${name}: ${t("disclosed-gotIt")}`}
                        data-testid={`disclosed-given-${d}`}
                        checked={rows[d].given}
                        onChange={(e) => set(d, { given: e.currentTarget.checked })}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {rows?.card_last_four.given && (
          <div class="field knowledge-card">
            <label for="disclosed-card">{t("disclosed-cardValue")}</label>
            <input
              id="disclosed-card"
              data-testid="disclosed-card"
              type="password"
              inputMode="numeric"
              autoComplete="off"
              maxLength={4}
              size={6}
              aria-invalid={cardBad}
              value={card}
              onInput={(e) => setCard(e.currentTarget.value.replace(/\D/g, "").slice(0, 4))}
            />
            {cardFound && <p class="help">{t("disclosed-cardFound", { hint: maskFour(cardFound) })}</p>}
          </div>
        )}
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" onClick={onClose}>
            {t("common-cancel")}
          </button>
          <button type="submit" class="primary" data-testid="disclosed-confirm" disabled={busy || !rows || cardBad}>
            {busy ? t("disclosed-saving") : t("disclosed-confirm")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
