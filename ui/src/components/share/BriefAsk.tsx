import type { RefObject } from "preact";
import { useId, useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import type { Access } from "../../bindings/Access";
import type { BriefFacts } from "../../bindings/BriefFacts";
import type { BriefFactsPatch } from "../../bindings/BriefFactsPatch";
import type { MissingFact } from "../../bindings/MissingFact";
import { formatDate } from "../../format";
import { t, type MessageKey } from "../../i18n";
import { ErrorNotice } from "../frame/ErrorNotice";

interface Props {
  caseId: string;
  facts: BriefFacts;
  missing: MissingFact[];
  /** The facts as saved on the case and what the core still asks for after the save. */
  onSaved: (facts: BriefFacts, missing: MissingFact[]) => void;
  /** Set by the dialog: opens the form and puts the cursor in the request ("Fill it in"). */
  requestRef?: RefObject<HTMLInputElement>;
  detailsRef?: RefObject<HTMLDetailsElement>;
}

const ACCESS: { value: Access; label: MessageKey }[] = [
  { value: "app", label: "share-ask-accessApp" },
  { value: "web", label: "share-ask-accessWeb" },
  { value: "both", label: "share-ask-accessBoth" },
];

/** The day of an RFC 3339 time as an <input type="date"> value. The core keeps "by 31 Dec" as
 * 23:59 UTC that day (as the CLI does) and prints the UTC date, so the UTC day is the one shown. */
function dayOf(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : d.toISOString().slice(0, 10);
}

/** An <input type="date"> value as the RFC 3339 time the core keeps (23:59 UTC that day). */
function dayToRfc3339(day: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T23:59:00Z` : null;
}

type Still = "" | "yes" | "no";

/** "Still happening?" as the form shows it: blank when the answer is missing or over a day old
 * (the core asks again), so an old answer is never confirmed by a click on Save. */
function stillOf(facts: BriefFacts, missing: MissingFact[]): Still {
  if (missing.includes("still_happening") || facts.still_happening === null) return "";
  return facts.still_happening ? "yes" : "no";
}

/** "Before you share": what only the customer knows and every brief needs — the concrete
 * request for the agent (by when), whether it still happens, app or web, which team. Open when
 * something is missing; collapsed otherwise, to edit. Saves only what changed. */
export function BriefAsk({ caseId, facts, missing, onSaved, requestRef, detailsRef }: Props) {
  const ids = useId();
  const [openAtStart] = useState(missing.length > 0);
  const [request, setRequest] = useState(facts.request ?? "");
  const [requestBy, setRequestBy] = useState(dayOf(facts.request_by));
  const [still, setStill] = useState<Still>(stillOf(facts, missing));
  const [access, setAccess] = useState<Access | "">(facts.access ?? "");
  const [team, setTeam] = useState(facts.owner_team ?? "");
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);

  const needsRequest = missing.includes("request");
  const staleStill = missing.includes("still_happening");

  const changes = (): Partial<BriefFactsPatch> => {
    const patch: Partial<BriefFactsPatch> = {};
    const req = request.trim();
    if (req !== (facts.request ?? "")) patch.request = req;
    const by = dayToRfc3339(requestBy);
    if (by && requestBy !== dayOf(facts.request_by)) patch.request_by = by;
    // A fresh answer is sent even when it is the same as before: it confirms it as of now.
    if (still !== "" && (staleStill || (still === "yes") !== facts.still_happening)) {
      patch.still_happening = still === "yes";
    }
    if (access !== "" && access !== facts.access) patch.access = access;
    if (team.trim() !== (facts.owner_team ?? "")) patch.owner_team = team.trim();
    return patch;
  };

  const save = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setStatus(null);
    const patch = changes();
    if (Object.keys(patch).length === 0) {
      setStatus(t("share-ask-nothing"));
      return;
    }
    setSaving(true);
    try {
      const saved = await api.caseSetBriefFacts(caseId, patch);
      const nowMissing = await api.caseBriefMissing(caseId);
      setRequest(saved.request ?? "");
      setRequestBy(dayOf(saved.request_by));
      setStill(stillOf(saved, nowMissing));
      setAccess(saved.access ?? "");
      setTeam(saved.owner_team ?? "");
      setStatus(t("share-ask-saved"));
      onSaved(saved, nowMissing);
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setSaving(false);
    }
  };

  const recap = facts.request && !needsRequest ? facts.request : null;

  return (
    <section class="share-section share-ask" data-testid="brief-ask" aria-labelledby={`${ids}-title`}>
      <details open={openAtStart} ref={detailsRef}>
        <summary>
          <h3 id={`${ids}-title`} class="share-ask-title">
            {t("share-ask-title")}
          </h3>
          {recap && <span class="share-ask-recap muted">{recap}</span>}
        </summary>
        <form class="share-ask-form" onSubmit={(e) => void save(e)} noValidate>
          <p class="help">{t("share-ask-intro")}</p>
          <div class="field">
            <label for={`${ids}-request`}>{t("share-ask-request")}</label>
            <input
              id={`${ids}-request`}
              ref={requestRef}
              type="text"
              data-testid="brief-request"
              placeholder={t("share-ask-requestPh")}
              aria-describedby={`${ids}-request-hint`}
              aria-required="true"
              maxLength={500}
              value={request}
              onInput={(e) => setRequest(e.currentTarget.value)}
            />
            <p class="help" id={`${ids}-request-hint`}>
              {t("share-ask-requestHint")}
            </p>
          </div>
          <div class="grid-2">
            <div class="field">
              <label for={`${ids}-by`}>{t("share-ask-by")}</label>
              <input
                id={`${ids}-by`}
                type="date"
                data-testid="brief-request-by"
                aria-describedby={`${ids}-by-hint`}
                value={requestBy}
                onInput={(e) => setRequestBy(e.currentTarget.value)}
              />
              <p class="help" id={`${ids}-by-hint`}>
                {t("share-ask-optional")}
              </p>
            </div>
            <fieldset class="share-ask-choice" aria-describedby={staleStill ? `${ids}-still-hint` : undefined}>
              <legend>{t("share-ask-still")}</legend>
              <div class="radio-row">
                <label class="check">
                  <input
                    type="radio"
                    name={`${ids}-still`}
                    value="yes"
                    data-testid="brief-still-yes"
                    checked={still === "yes"}
                    onChange={() => setStill("yes")}
                  />
                  {t("share-ask-yes")}
                </label>
                <label class="check">
                  <input
                    type="radio"
                    name={`${ids}-still`}
                    value="no"
                    data-testid="brief-still-no"
                    checked={still === "no"}
                    onChange={() => setStill("no")}
                  />
                  {t("share-ask-no")}
                </label>
              </div>
              {staleStill && (
                <p class="help" id={`${ids}-still-hint`} data-testid="brief-still-hint">
                  {facts.still_happening !== null && facts.still_happening_at
                    ? t(facts.still_happening ? "share-ask-stillWasYes" : "share-ask-stillWasNo", {
                        date: formatDate(facts.still_happening_at),
                      })
                    : t("share-ask-stillHint")}
                </p>
              )}
            </fieldset>
          </div>
          <div class="grid-2">
            <div class="field">
              <label for={`${ids}-access`}>{t("share-ask-access")}</label>
              <select
                id={`${ids}-access`}
                data-testid="brief-access"
                value={access}
                onChange={(e) => setAccess(e.currentTarget.value as Access | "")}
              >
                <option value="">{t("share-ask-accessUnsaid")}</option>
                {ACCESS.map((a) => (
                  <option key={a.value} value={a.value}>
                    {t(a.label)}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for={`${ids}-team`}>{t("share-ask-team")}</label>
              <input
                id={`${ids}-team`}
                type="text"
                data-testid="brief-owner-team"
                placeholder={t("share-ask-teamPh")}
                aria-describedby={`${ids}-team-hint`}
                maxLength={200}
                value={team}
                onInput={(e) => setTeam(e.currentTarget.value)}
              />
              <p class="help" id={`${ids}-team-hint`}>
                {t("share-ask-optional")}
              </p>
            </div>
          </div>
          <div class="share-ask-actions">
            <button type="submit" class="primary" data-testid="brief-save" disabled={saving}>
              {saving ? t("share-ask-saving") : t("share-ask-save")}
            </button>
            <span role="status" aria-live="polite" data-testid="brief-status" class="share-ask-status">
              {status}
            </span>
          </div>
          {error && <ErrorNotice error={error} variant="inline" />}
        </form>
      </details>
    </section>
  );
}
