import { useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { AccountDetail } from "../../bindings/AccountDetail";
import type { DetailAnswer } from "../../bindings/DetailAnswer";
import type { Stake } from "../../bindings/Stake";
import { exposureApi, type AccountKnowledge, type PersonalDetail } from "../../exposureApi";
import { formatDate } from "../../format";
import { t } from "../../i18n";
import { useLoad } from "../../useLoad";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { DETAILS, STAKES, detailName, isFourDigits, maskFour, stakeName } from "./exposureText";
import { exposureChanged } from "./nav";
import { RuleNote } from "./RuleNote";
import "./exposure.css";

interface Props {
  /** The account's id (or its service name). */
  account: string;
  service: string;
  onClose: () => void;
  onSaved: (k: AccountKnowledge) => void;
}

interface Row {
  holds: boolean;
  checks: boolean;
}

function rowsOf(k: AccountKnowledge): Record<PersonalDetail, Row> {
  const rows = Object.fromEntries(DETAILS.map((d) => [d, { holds: false, checks: false }])) as Record<PersonalDetail, Row>;
  for (const d of k.details) rows[d.detail] = { holds: d.holds, checks: d.checks };
  return rows;
}

/** "What does <service> know about you?": what's at stake there, and for each personal detail
 * whether they have it and whether their support asks for it. Short and skippable; the card is
 * its last four digits only, masked once typed. Answers the customer gave win over Steward's
 * notes (the curated rules), which are shown with their sources. */
export function KnowledgeDialog({ account, service, onClose, onSaved }: Props) {
  const [stake, setStake] = useState<Stake | null>(null);
  const [rows, setRows] = useState<Record<PersonalDetail, Row> | null>(null);
  // Details the customer answered here or before: sent as their answers (the rest stay the rules').
  const [touched, setTouched] = useState<Set<PersonalDetail>>(new Set());
  const [card, setCard] = useState("");
  const [cardMasked, setCardMasked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const { data: k, error: loadError, setData } = useLoad(() => exposureApi.knowledge(account), [account], {
    onData: (loaded) => {
      setStake(loaded.stake_basis === "customer" ? loaded.stake : null);
      setRows(rowsOf(loaded));
      setTouched(new Set(loaded.details.filter((d) => d.basis === "customer").map((d) => d.detail)));
    },
  });
  const byDetail = new Map<PersonalDetail, AccountDetail>((k?.details ?? []).map((d) => [d.detail, d]));

  const set = (d: PersonalDetail, patch: Partial<Row>) => {
    setRows((r) => (r ? { ...r, [d]: { ...r[d], ...patch } } : r));
    setTouched((s) => new Set(s).add(d));
  };

  const save = async (answers: { skipped: boolean }) => {
    if (busy || !rows) return;
    setBusy(true);
    setError(null);
    try {
      const details: DetailAnswer[] = answers.skipped
        ? []
        : DETAILS.filter((d) => touched.has(d)).map((d) => ({
            detail: d,
            holds: rows[d].holds,
            checks: rows[d].checks,
            value: d === "card_last_four" && card.trim() !== "" ? card.trim() : null,
          }));
      const saved = await exposureApi.setKnowledge(account, {
        stake: answers.skipped ? null : stake,
        details,
        skipped: answers.skipped,
      });
      exposureChanged();
      onSaved(saved);
    } catch (err) {
      setError(toErrorInfo(err));
      setBusy(false);
    }
  };

  const forget = async (d: PersonalDetail) => {
    setError(null);
    try {
      const next = await exposureApi.forgetDetail(account, d);
      setData(next);
      setRows(rowsOf(next));
      setTouched((s) => {
        const n = new Set(s);
        n.delete(d);
        return n;
      });
      exposureChanged();
    } catch (err) {
      setError(toErrorInfo(err));
    }
  };

  const cardRow = byDetail.get("card_last_four");
  const cardHint = cardRow?.hint ?? null;
  const cardBad = card.trim() !== "" && !isFourDigits(card.trim());

  return (
    <Dialog title={t("knowledge-title", { service })} onClose={onClose} testId="knowledge-dialog">
      <form
        class="knowledge"
        onSubmit={(e) => {
          e.preventDefault();
          void save({ skipped: false });
        }}
      >
        <p class="muted">{t("knowledge-intro")}</p>
        {loadError && <ErrorNotice error={loadError} />}
        {!k || !rows ? (
          !loadError && <p class="muted" role="status">{t("knowledge-loading")}</p>
        ) : (
          <>
            <fieldset class="group knowledge-stake">
              <legend>{t("knowledge-stake")}</legend>
              {STAKES.map((s) => (
                <label class="check" key={s}>
                  <input
                    type="radio"
                    name="knowledge-stake"
                    value={s}
                    data-testid={`knowledge-stake-${s}`}
                    checked={stake === s}
                    onChange={() => setStake(s)}
                  />
                  <span>{stakeName(s)}</span>
                </label>
              ))}
              <label class="check">
                <input
                  type="radio"
                  name="knowledge-stake"
                  value=""
                  data-testid="knowledge-stake-unsure"
                  checked={stake === null}
                  onChange={() => setStake(null)}
                />
                <span>{t("knowledge-stakeUnsure")}</span>
              </label>
            </fieldset>
            <table class="knowledge-table" aria-describedby="knowledge-checks-help">
              <caption>{t("knowledge-details", { service })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("knowledge-detail")}</th>
                  <th scope="col">{t("knowledge-holds")}</th>
                  <th scope="col">{t("knowledge-checks")}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t("knowledge-forget")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {DETAILS.map((d) => {
                  const known = byDetail.get(d);
                  const rule = known?.basis === "rule" && !touched.has(d);
                  const name = detailName(d);
                  return (
                    <tr key={d} data-testid={`knowledge-row-${d}`}>
                      <th scope="row" class="knowledge-name">
                        {name}
                        {rule && known.checks && <span class="knowledge-rule">{t("knowledge-fromRules", { service })}</span>}
                      </th>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`${name}: ${t("knowledge-holds")}`}
                          data-testid={`knowledge-holds-${d}`}
                          checked={rows[d].holds}
                          onChange={(e) => set(d, { holds: e.currentTarget.checked })}
                        />
                      </td>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`${name}: ${t("knowledge-checks")}`}
                          data-testid={`knowledge-checks-${d}`}
                          checked={rows[d].checks}
                          onChange={(e) => set(d, { checks: e.currentTarget.checked })}
                        />
                      </td>
                      <td>
                        {known?.basis === "customer" && (
                          <button
                            type="button"
                            class="quiet"
                            data-testid={`knowledge-forget-${d}`}
                            aria-label={t("knowledge-forgetLabel", { detail: name })}
                            onClick={() => void forget(d)}
                          >
                            {t("knowledge-forget")}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p class="help" id="knowledge-checks-help">
              {t("knowledge-checksHelp")}
            </p>
            {rows.card_last_four.holds && (
              <div class="field knowledge-card">
                <label for="knowledge-card">{t("knowledge-cardLastFour")}</label>
                <input
                  id="knowledge-card"
                  data-testid="knowledge-card"
                  type={cardMasked ? "password" : "text"}
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={4}
                  size={6}
                  placeholder={cardHint ?? "1234"}
                  aria-invalid={cardBad}
                  value={card}
                  onFocus={() => setCardMasked(false)}
                  onBlur={() => setCardMasked(isFourDigits(card.trim()))}
                  onInput={(e) => {
                    setCard(e.currentTarget.value.replace(/\D/g, "").slice(0, 4));
                    setTouched((s) => new Set(s).add("card_last_four"));
                  }}
                />
                <p class="help">
                  {cardMasked && isFourDigits(card.trim())
                    ? maskFour(card.trim())
                    : cardHint
                      ? t("knowledge-cardKept", { hint: cardHint })
                      : t("knowledge-cardHint")}
                </p>
              </div>
            )}
            {k.note && <RuleNote service={k.service} note={k.note} testId="knowledge-note" />}
            {k.sources.length > 0 && (
              <div class="knowledge-sources" data-testid="knowledge-sources">
                <p class="muted">{t("knowledge-sources")}</p>
                <ul>
                  {k.sources.map((s) => (
                    <li key={s.url}>
                      <cite lang="en">{s.title}</cite>
                      {s.checked && <> ({formatDate(`${s.checked}T12:00:00`)})</>} <span class="mono source-url">{s.url}</span>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" data-testid="knowledge-skip" disabled={busy || !rows} onClick={() => void save({ skipped: true })}>
            {t("knowledge-skip")}
          </button>
          <button type="button" onClick={onClose}>
            {t("common-cancel")}
          </button>
          <button type="submit" class="primary" data-testid="knowledge-save" disabled={busy || !rows || cardBad}>
            {busy ? t("knowledge-saving") : t("knowledge-save")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
