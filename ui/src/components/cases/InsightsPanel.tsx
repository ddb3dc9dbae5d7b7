import { useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import { formatDate } from "../../format";
import "../../evidence.css";
import type { EscalationLetter } from "../../bindings/EscalationLetter";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { t } from "../../i18n";
import { useLoad } from "../../useLoad";

interface Props {
  caseId: string;
  /** Bumped by the case view after every change, so the numbers follow the timeline. */
  version: number;
}

function holdText(minutes: number): string {
  if (minutes < 60) return t("insights-min", { m: minutes });
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? t("insights-h", { h }) : t("insights-hMin", { h, m });
}

/** What the timeline shows that is hard to see from inside a support loop. */
export function InsightsPanel({ caseId, version }: Props) {
  const [letterError, setLetterError] = useState<ErrorInfo | null>(null);
  const [letter, setLetter] = useState<EscalationLetter | null>(null);
  const draftLetter = () => {
    api
      .caseEscalation(caseId)
      .then(setLetter)
      .catch((err: unknown) => setLetterError(toErrorInfo(err)));
  };

  // A new answer replaces the letter's error too, as a failed load does.
  const { data: x, error: loadError } = useLoad(() => api.caseInsights(caseId), [caseId, version], {
    onData: () => setLetterError(null),
  });
  const error = loadError ?? letterError;

  if (error) return <ErrorNotice error={error} />;
  if (!x || x.contacts === 0) return null;
  const missed = x.promises_broken + x.promises_overdue;

  return (
    <section class="insights" aria-labelledby="insights-title" data-testid="insights">
      <h2 id="insights-title" class="section-title">
        {t("insights-title")}
      </h2>
      {x.escalation_reasons.length > 0 && (
        <div class="callout callout-escalate" role="note" data-testid="escalate-callout">
          <p class="callout-title">{t("insights-escalate")}</p>
          <ul>
            {x.escalation_reasons.map((r) => (
              <li key={r}>{r.charAt(0).toUpperCase() + r.slice(1)}</li>
            ))}
          </ul>
          <p>
            {t("insights-askSupervisor")}
          </p>
          <button type="button" data-testid="draft-escalation" onClick={draftLetter}>
            {t("insights-draft")}
          </button>
        </div>
      )}
      {letter && (
        <Dialog title={t("insights-letterTitle")} onClose={() => setLetter(null)} testId="escalation-letter">
          <p class="muted">
            {t("insights-drafted")}
          </p>
          <div class="field">
            <label for="escalation-subject">{t("insights-subject")}</label>
            <input
              id="escalation-subject"
              type="text"
              readOnly
              value={letter.subject}
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
          <div class="field">
            <label for="escalation-body">{t("insights-letter")}</label>
            <textarea
              id="escalation-body"
              rows={16}
              defaultValue={letter.body}
              data-testid="escalation-body"
            />
          </div>
          <div class="actions">
            <button type="button" class="primary" onClick={() => setLetter(null)}>
              {t("common-close")}
            </button>
          </div>
        </Dialog>
      )}
      <dl class="stat-grid">
        <div>
          <dt>{t("insights-contacts")}</dt>
          <dd data-testid="insight-contacts">{x.contacts}</dd>
        </div>
        <div>
          <dt>{t("insights-teams")}</dt>
          <dd title={x.teams.join(", ")}>{x.teams.length}</dd>
        </div>
        <div>
          <dt>{t("insights-handoffs")}</dt>
          <dd>{x.handoffs}</dd>
        </div>
        <div>
          <dt>{t("insights-daysOpen")}</dt>
          <dd>{x.days_open}</dd>
        </div>
        <div>
          <dt>{t("insights-hold")}</dt>
          <dd>{holdText(x.hold_minutes)}</dd>
        </div>
        <div>
          <dt>{t("insights-kept")}</dt>
          <dd>
            {t("insights-keptOf", { kept: x.promises_kept, made: x.promises_made })}
          </dd>
        </div>
        <div>
          <dt>{t("insights-missed")}</dt>
          <dd class={missed > 0 ? "warn" : undefined} data-testid="insight-missed">
            {missed}
            {x.promises_overdue > 0 && <span class="badge badge-warn"> {t("insights-overdue", { n: x.promises_overdue })}</span>}
          </dd>
        </div>
      </dl>
      <ul class="insight-list">
        {x.teams.length > 0 && <li>{t("insights-teamsInvolved", { teams: x.teams.join(", ") })}</li>}
        {x.bounces.map((b, n) => (
          <li key={n} data-testid="insight-bounce">
            {t("insights-bounced")} <span class="bounce-path">{[b.team, ...b.via, b.team].join(" → ")}</span>{" "}
            <span class="muted">{t("insights-on", { date: formatDate(b.at) })}</span>
          </li>
        ))}
        {x.repeated_advice.map((a) => (
          <li key={a.text}>
            {t("insights-told", { n: a.times, text: a.text })}
          </li>
        ))}
        {x.unverified_contacts > 0 && (
          <li>
            {t("insights-unverified", { n: x.unverified_contacts })}
          </li>
        )}
        {x.unsolicited_contacts > 0 && (
          <li>
            {t("insights-unsolicited", { n: x.unsolicited_contacts })}
          </li>
        )}
      </ul>
    </section>
  );
}
