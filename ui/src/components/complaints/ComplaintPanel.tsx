import { useState } from "preact/hooks";
import type { Interaction } from "../../bindings/Interaction";
import type { StepMissing } from "../../bindings/StepMissing";
import { complaintsApi, type ComplaintStatus, type LetterKind, type NextAction, type StepStatus } from "../../complaintsApi";
import { getLang, t } from "../../i18n";
import { useLoad } from "../../useLoad";
import { toErrorInfo, type ErrorInfo } from "../../api";
import { ErrorNotice } from "../frame/ErrorNotice";
import { lazyView } from "../../lazy";
import { formatDay, LETTER_LABELS, placeName } from "./complaintText";
import "./complaints.css";

// The dialog is fetched the first time it opens (ui/src/lazy.ts): most case pages never mark one.
const MarkComplaintDialog = lazyView(() => import("./MarkComplaint").then((m) => m.MarkComplaintDialog));
const FinalResponseDialog = lazyView(() => import("./MarkComplaint").then((m) => m.FinalResponseDialog));

interface Props {
  caseId: string;
  /** The company, as the case names it (its service): "Example Bank has 12 days left". */
  firm: string | null;
  interactions: Interaction[];
  /** Bumped by the case view after every change (a final response logged moves the dates). */
  version: number;
  onChanged: () => void;
  /** Opens a letter's preview (the case view owns the dialog). */
  onLetter: (kind: LetterKind) => void;
}

/** "Check this" beside a date Steward read in secondary sources or counted its own way. */
export function CheckThis() {
  return (
    <span class="badge complaint-check" title={t("complaintPanel-checkTitle")} data-testid="complaint-check">
      {t("complaintPanel-check")}
    </span>
  );
}

/** Why a step has no date (or why its date may move), in the window's language. */
function missingText(m: StepMissing): string {
  switch (m.reason) {
    case "unconfirmed":
      return t("complaintPanel-missingUnconfirmed");
    case "no_number":
      return t("complaintPanel-missingNoNumber");
    case "event_not_recorded":
      switch (m.event) {
        case "final_response_sent":
        case "final_response_received":
        case "deadlock_letter_sent":
        case "deadlock_letter_received":
        case "summary_resolution_sent":
        case "summary_resolution_received":
          return t("complaintPanel-missingFinalResponse");
        case "event_complained_of":
        case "became_aware":
        case "transaction_date":
          return t("complaintPanel-missingProblemDate");
        default:
          return t("complaintPanel-missingEvent");
      }
    case "holidays_unknown":
      return t("complaintPanel-missingHolidays");
  }
}

/** The firm's main answer deadline, as the core chose it for the phase and the headline, when
 * it has a date. */
function mainStep(s: ComplaintStatus): StepStatus | null {
  return s.steps.find((x) => x.id === s.main_step && x.date !== null) ?? null;
}

function StepRow({ step }: { step: StepStatus }) {
  const done = step.state === "done" || step.state === "closed";
  return (
    <li class={done ? "done" : undefined} data-testid="complaint-step" data-step={step.id} data-state={step.state}>
      {step.date ? (
        <span class="complaint-step-date">
          <time dateTime={step.date}>{formatDay(step.date)}</time>
          {step.check && <CheckThis />}
        </span>
      ) : (
        <span class="complaint-step-date unknown">{t("complaintPanel-unknown")}</span>
      )}
      <span class="complaint-step-text">
        {step.kind === "earliest" && step.date ? t("complaintPanel-stepFrom", { what: step.label }) : step.label}
        {step.state === "done" && <> · {t("complaintPanel-stepDone")}</>}
        {step.missing && (
          <span class="complaint-missing" data-testid="complaint-missing" title={step.missing.reason === "unconfirmed" ? step.missing.detail : undefined}>
            {missingText(step.missing)}
          </span>
        )}
        {step.arithmetic && <span class="complaint-missing">{step.arithmetic.text}</span>}
      </span>
    </li>
  );
}

function NextRow({ n, onLetter }: { n: NextAction; onLetter: (kind: LetterKind) => void }) {
  return (
    <div class="complaint-next" data-testid="complaint-next" data-open={n.open_now ? "yes" : "no"}>
      <h3>{n.open_now ? t("complaintPanel-nextNow") : n.from ? t("complaintPanel-nextFrom", { date: formatDay(n.from) }) : t("complaintPanel-nextLater")}</h3>
      <p>
        {n.text}
        {n.check && <CheckThis />}
      </p>
      {n.body?.url && (
        <p>
          {t("complaintPanel-where", { body: n.body.name })} <span class="mono" data-testid="complaint-next-url">{n.body.url}</span>
        </p>
      )}
      <p class="complaint-when" data-testid="complaint-next-until">
        {n.by
          ? t("complaintPanel-lastDay", { date: formatDay(n.by), n: n.days_left ?? 0 })
          : n.what === "refer-to-body"
            ? t("complaintPanel-noLastDayYet")
            : t("complaintPanel-noLastDay")}
      </p>
      {n.letter && (
        <button type="button" class={n.open_now ? "primary" : undefined} data-testid={`complaint-next-letter-${n.letter}`} onClick={() => onLetter(n.letter!)}>
          {LETTER_LABELS[n.letter]}
        </button>
      )}
    </div>
  );
}

/** The case's formal complaint: how long the company has, what to do when that passes and by
 * when, and the letters — or, before one is marked, a way to mark or draft it. */
export function ComplaintPanel({ caseId, firm, interactions, version, onChanged, onLetter }: Props) {
  const [marking, setMarking] = useState(false);
  const [choosingFinal, setChoosingFinal] = useState(false);
  const [undoError, setUndoError] = useState<ErrorInfo | null>(null);
  const { data: status, error, setData } = useLoad(() => complaintsApi.status(caseId), [caseId, version]);
  const company = firm ?? t("complaintPanel-theCompany");
  // At the start of a sentence: "The company has until …" (a name stays as written).
  const Company = company.charAt(0).toLocaleUpperCase(getLang()) + company.slice(1);

  if (error) return <ErrorNotice error={error} />;
  if (!status) return null;

  const mark = marking && (
    <MarkComplaintDialog
      caseId={caseId}
      interactions={interactions}
      current={status.complaint}
      onClose={() => setMarking(false)}
      onSaved={(s) => {
        setMarking(false);
        setData(s);
        onChanged();
      }}
    />
  );

  if (status.phase === "not_marked" || !status.complaint) {
    // Nothing to mark on a case with no contact yet: the panel waits for the first one.
    if (interactions.length === 0) return null;
    return (
      <section class="complaint complaint-compact" aria-labelledby="complaint-title" data-testid="complaint-panel" data-state="not_marked">
        <h2 id="complaint-title" class="section-title">
          {t("complaintPanel-title")}
        </h2>
        <p class="complaint-sub">{t("complaintPanel-noneYet")}</p>
        <div class="complaint-actions">
          <button type="button" data-testid="complaint-mark" onClick={() => setMarking(true)}>
            {t("complaintPanel-mark")}
          </button>
          <button type="button" data-testid="complaint-letter-complaint" onClick={() => onLetter("complaint")}>
            {LETTER_LABELS.complaint}
          </button>
        </div>
        {mark}
      </section>
    );
  }

  const c = status.complaint;
  const finals = interactions.filter((i) => i.kind === "final_response");
  // "It wasn't their final response": the contacts logged as one become ordinary again.
  const undoFinal = async () => {
    setUndoError(null);
    try {
      for (const i of finals) await complaintsApi.setKind(i.id, "ordinary");
      onChanged();
    } catch (err) {
      setUndoError(toErrorInfo(err));
    }
  };
  const main = mainStep(status);
  const next = [...status.next].sort((a, b) => Number(b.open_now) - Number(a.open_now));
  const letters = status.letters.filter((k) => !next.some((n) => n.letter === k));

  return (
    <section class={`complaint complaint-${status.phase}`} aria-labelledby="complaint-title" data-testid="complaint-panel" data-state={status.phase}>
      <h2 id="complaint-title" class="section-title">
        {t("complaintPanel-titleTo", { firm: company })}
      </h2>
      <p class="complaint-sub" data-testid="complaint-received">
        {t("complaintPanel-received", { date: formatDay(c.received_on) })}
        {c.firm_reference && <> · {t("complaintPanel-theirRef", { reference: c.firm_reference })}</>}
        {status.rule && <> · {status.rule.title}</>}
      </p>

      {status.phase === "no_rule_known" && (
        <p class="complaint-norule" data-testid="complaint-no-rule">
          <strong>{t("complaintPanel-noRuleTitle", { where: placeName(c.jurisdiction, c.sector) })}</strong> {t("complaintPanel-noRule", { firm: company })}
        </p>
      )}

      {status.phase === "final_response" && status.final_response_on && (
        <p class="complaint-days-label" data-testid="complaint-answered">
          {t("complaintPanel-answered", { firm: Company, date: formatDay(status.final_response_on) })}
        </p>
      )}

      {(status.phase === "firm_has_time" || status.phase === "firm_late") &&
        (main?.date && main.days_left !== null ? (
          <div class="complaint-countdown" data-testid="complaint-countdown" data-days={main.days_left}>
            <span class="complaint-days">
              {main.days_left > 0
                ? t("complaintPanel-daysLeft", { n: main.days_left })
                : main.days_left === 0
                  ? t("complaintPanel-lastDayToday")
                  : t("complaintPanel-daysOver", { n: -main.days_left })}
            </span>
            <span class="complaint-days-label">
              {main.days_left >= 0
                ? t("complaintPanel-firmHasUntil", { firm: Company, date: formatDay(main.date) })
                : t("complaintPanel-firmRanOut", { firm: Company, date: formatDay(main.date) })}
              {main.check && <CheckThis />}
            </span>
          </div>
        ) : (
          <p class="complaint-days-label" data-testid="complaint-deadline-unknown">
            {t("complaintPanel-deadlineUnknown", { firm: Company })}
          </p>
        ))}

      {next.map((n) => (
        <NextRow key={n.step_id} n={n} onLetter={onLetter} />
      ))}

      {status.steps.length > 0 && (
        <details data-testid="complaint-steps-box">
          <summary>{t("complaintPanel-steps")}</summary>
          <ol class="complaint-steps" data-testid="complaint-steps">
            {status.steps.map((s) => (
              <StepRow key={s.id} step={s} />
            ))}
          </ol>
          {status.rule && <p class="help">{t("complaintPanel-source", { law: status.rule.law, date: formatDay(status.rule.checked) })}</p>}
        </details>
      )}

      <div class="complaint-actions">
        {letters.map((k) => (
          <button type="button" key={k} data-testid={`complaint-letter-${k}`} onClick={() => onLetter(k)}>
            {LETTER_LABELS[k]}
          </button>
        ))}
        {status.phase === "final_response" ? (
          finals.length > 0 && (
            <button type="button" class="quiet" data-testid="complaint-final-undo" onClick={() => void undoFinal()}>
              {t("complaintPanel-finalUndo")}
            </button>
          )
        ) : (
          status.phase !== "no_rule_known" && (
            <button type="button" data-testid="complaint-final" onClick={() => setChoosingFinal(true)}>
              {t("complaintPanel-finalArrived")}
            </button>
          )
        )}
        <button type="button" class="quiet" data-testid="complaint-edit" onClick={() => setMarking(true)}>
          {t("complaintPanel-edit")}
        </button>
      </div>
      {undoError && <ErrorNotice error={undoError} />}
      {mark}
      {choosingFinal && (
        <FinalResponseDialog
          interactions={interactions}
          complaintContact={c.contact_id}
          onClose={() => setChoosingFinal(false)}
          onSaved={() => {
            setChoosingFinal(false);
            onChanged();
          }}
        />
      )}
    </section>
  );
}
