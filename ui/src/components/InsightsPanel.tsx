import { useEffect, useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../api";
import type { CaseInsights } from "../bindings/CaseInsights";
import { formatDate, plural } from "../format";
import "../evidence.css";
import type { EscalationLetter } from "../bindings/EscalationLetter";
import { Dialog } from "./Dialog";
import { ErrorNotice } from "./ErrorNotice";

interface Props {
  caseId: string;
  /** Bumped by the case view after every change, so the numbers follow the timeline. */
  version: number;
}

function holdText(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** What the timeline shows that is hard to see from inside a support loop. */
export function InsightsPanel({ caseId, version }: Props) {
  const [x, setX] = useState<CaseInsights | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [letter, setLetter] = useState<EscalationLetter | null>(null);
  const draftLetter = () => {
    api
      .caseEscalation(caseId)
      .then(setLetter)
      .catch((err: unknown) => setError(toErrorInfo(err)));
  };

  useEffect(() => {
    let live = true;
    api
      .caseInsights(caseId)
      .then((result) => {
        if (!live) return;
        setX(result);
        setError(null);
      })
      .catch((err: unknown) => {
        if (live) setError(toErrorInfo(err));
      });
    return () => {
      live = false;
    };
  }, [caseId, version]);

  if (error) return <ErrorNotice error={error} />;
  if (!x || x.contacts === 0) return null;
  const missed = x.promises_broken + x.promises_overdue;

  return (
    <section class="insights" aria-labelledby="insights-title" data-testid="insights">
      <h2 id="insights-title" class="section-title">
        Insights
      </h2>
      {x.escalation_reasons.length > 0 && (
        <div class="callout callout-escalate" role="note" data-testid="escalate-callout">
          <p class="callout-title">Time to escalate</p>
          <ul>
            {x.escalation_reasons.map((r) => (
              <li key={r}>{r.charAt(0).toUpperCase() + r.slice(1)}</li>
            ))}
          </ul>
          <p>
            Ask for a supervisor or a formal complaint reference. Quote your reference numbers and
            the promises they missed, and say what you want by when.
          </p>
          <button type="button" data-testid="draft-escalation" onClick={draftLetter}>
            Draft an escalation letter
          </button>
        </div>
      )}
      {letter && (
        <Dialog title="Escalation letter" onClose={() => setLetter(null)} testId="escalation-letter">
          <p class="muted">
            Drafted from your timeline. Read it, change what you like, then copy it into an e-mail or
            the company&apos;s complaint form.
          </p>
          <div class="field">
            <label for="escalation-subject">Subject</label>
            <input
              id="escalation-subject"
              type="text"
              readOnly
              value={letter.subject}
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
          <div class="field">
            <label for="escalation-body">Letter</label>
            <textarea
              id="escalation-body"
              rows={16}
              defaultValue={letter.body}
              data-testid="escalation-body"
            />
          </div>
          <div class="actions">
            <button type="button" class="primary" onClick={() => setLetter(null)}>
              Close
            </button>
          </div>
        </Dialog>
      )}
      <dl class="stat-grid">
        <div>
          <dt>Contacts</dt>
          <dd data-testid="insight-contacts">{x.contacts}</dd>
        </div>
        <div>
          <dt>Teams</dt>
          <dd title={x.teams.join(", ")}>{x.teams.length}</dd>
        </div>
        <div>
          <dt>Hand-offs</dt>
          <dd>{x.handoffs}</dd>
        </div>
        <div>
          <dt>Days open</dt>
          <dd>{x.days_open}</dd>
        </div>
        <div>
          <dt>Time on hold</dt>
          <dd>{holdText(x.hold_minutes)}</dd>
        </div>
        <div>
          <dt>Promises kept</dt>
          <dd>
            {x.promises_kept} of {x.promises_made}
          </dd>
        </div>
        <div>
          <dt>Promises missed</dt>
          <dd class={missed > 0 ? "warn" : undefined} data-testid="insight-missed">
            {missed}
            {x.promises_overdue > 0 && <span class="badge badge-warn"> {x.promises_overdue} overdue</span>}
          </dd>
        </div>
      </dl>
      <ul class="insight-list">
        {x.teams.length > 0 && <li>Teams involved: {x.teams.join(", ")}</li>}
        {x.bounces.map((b, n) => (
          <li key={n} data-testid="insight-bounce">
            Bounced: <span class="bounce-path">{[b.team, ...b.via, b.team].join(" → ")}</span>{" "}
            <span class="muted">on {formatDate(b.at)}</span>
          </li>
        ))}
        {x.repeated_advice.map((a) => (
          <li key={a.text}>
            Told {a.times} times: “{a.text}”
          </li>
        ))}
        {x.unverified_contacts > 0 && (
          <li>
            Nobody checked who you were on {plural(x.unverified_contacts, "contact", "contacts")}: anyone
            giving your details could have had the same answers.
          </li>
        )}
        {x.unsolicited_contacts > 0 && (
          <li>
            {plural(x.unsolicited_contacts, "unsolicited contact", "unsolicited contacts")}: check they were
            really the company.
          </li>
        )}
      </ul>
    </section>
  );
}
