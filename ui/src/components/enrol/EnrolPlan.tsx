// The choice of method as a plan (`EnrolmentView.plan`, made by the core): where the service's
// rules come from, what blocked the way in (when something did), the paths that can still work,
// best first, each with a button for its first step, and the methods ruled out for now, greyed
// with why. The window decides nothing: it shows the plan and sends the step the customer picks.
import type { EnrolAction } from "../../bindings/EnrolAction";
import type { EnrolPlan } from "../../bindings/EnrolPlan";
import type { EnrolPlanOption } from "../../bindings/EnrolPlanOption";
import type { Enrolment } from "../../bindings/Enrolment";
import type { Method } from "../../bindings/Method";
import type { EnrolmentView } from "../../enrolApi";
import { formatDate } from "../../format";
import { getLang, t } from "../../i18n";
import { methodName, pathTitle, useRefusedNumbers, when } from "./enrolText";

interface Props {
  view: EnrolmentView;
  busy: boolean;
  act: (action: EnrolAction, clear?: "phone"[]) => void;
  /** "I'm stuck": the case with everything tried, and its brief for support. */
  onStuck: () => void;
}

/** The way in is blocked: the plan explains why and its best path is not simply a method to set
 * up (another number, support, a wait). An explanation next to a plain method path is history
 * (a number refused earlier, since replaced) and is shown quietly. */
export function isBlocked(plan: EnrolPlan): boolean {
  const best = plan.options.find((o) => o.recommended);
  return plan.explanation !== null && best?.step.kind !== "method";
}

/** The method a path's first step sets up, if it is one. */
function stepMethod(o: EnrolPlanOption): Method | null {
  return o.step.kind === "method" || o.step.kind === "another_number" ? o.step.method : null;
}

export function PlanView({ view, busy, act, onStuck }: Props) {
  const e = view.enrolment;
  const plan = view.plan;
  const blocked = isBlocked(plan);
  const refused = useRefusedNumbers(e);
  const on = e.enrolled.map((x) => x.method);
  const firstSteps = plan.options.map(stepMethod).filter((m): m is Method => m !== null);

  // Ruled out for now: by the service's rules (with the rule), or by a failure (with why).
  const ruledOut: { method: Method; why: string; until: string | null }[] = plan.ruled_out.map((r) => ({
    method: r.method,
    why: r.why,
    until: null,
  }));
  for (const o of view.options) {
    if (!o.available && !ruledOut.some((r) => r.method === o.method)) {
      ruledOut.push({ method: o.method, why: o.blocked_reason ?? "", until: o.not_before });
    }
  }
  // Methods that can be chosen but start no path of their own (a phone call, when the path says
  // "text message or phone call"): offered quietly, after the paths.
  const others = view.options.filter(
    (o) => o.available && !firstSteps.includes(o.method) && !on.includes(o.method) && !ruledOut.some((r) => r.method === o.method),
  );
  // When nothing blocks the way, the paths that are not a method to set up (another number,
  // support, a wait: left from a number refused earlier) wait behind "More options".
  const indexed = plan.options.map((o, i) => ({ o, i }));
  const main = blocked ? indexed : indexed.filter(({ o }) => o.step.kind === "method");
  const more = blocked ? [] : indexed.filter(({ o }) => o.step.kind !== "method");
  // A refusal's meaning at this service (Amazon: "its risk check refused this number…").
  const reason = e.blocked.find((b) => b.number !== null)?.reason ?? e.blocked.find((b) => b.until === null)?.reason ?? null;

  return (
    <div class="enrol-plan-view">
      <RulesSource e={e} plan={plan} />

      {plan.explanation !== null &&
        (blocked ? (
          <section class="enrol-blocked" data-testid="enrol-blocked" aria-labelledby="enrol-blocked-title">
            <h2 id="enrol-blocked-title">
              {refused.length > 0
                ? t("plan-refusedTitle", { service: e.service, numbers: refused.join(", ") })
                : t("plan-blockedTitle")}
            </h2>
            {getLang() !== "en" &&
              needsFirst(e, plan).map((line) => (
                <p key={line} class="enrol-blocked-local">
                  {line}
                </p>
              ))}
            {reason && (
              <p lang="en" data-testid="enrol-blocked-reason">
                {reason}
              </p>
            )}
            <p lang="en" class="enrol-explanation" data-testid="enrol-explanation">
              {plan.explanation}
            </p>
          </section>
        ) : (
          <p class="enrol-earlier muted" data-testid="enrol-explanation">
            {t("plan-earlier")} <span lang="en">{plan.explanation}</span>
          </p>
        ))}

      {plan.options.length > 0 && (
        <section class="enrol-plan" aria-labelledby="enrol-plan-title" data-testid="enrol-plan">
          <h2 id="enrol-plan-title">{blocked ? t("plan-stillWorks") : t("plan-paths")}</h2>
          <ol class="enrol-paths">
            {main.map(({ o, i }) => (
              <PathCard key={i} index={i} o={o} refused={refused} busy={busy} act={act} onStuck={onStuck} />
            ))}
          </ol>
          {more.length > 0 && (
            <details class="enrol-more" data-testid="enrol-more">
              <summary>{t("plan-more", { n: more.length })}</summary>
              <ol class="enrol-paths">
                {more.map(({ o, i }) => (
                  <PathCard key={i} index={i} o={o} refused={refused} busy={busy} act={act} onStuck={onStuck} />
                ))}
              </ol>
            </details>
          )}
        </section>
      )}

      {others.length > 0 && (
        <section class="enrol-others" aria-labelledby="enrol-others-title">
          <h2 id="enrol-others-title">{t("plan-others")}</h2>
          <ul>
            {others.map((o) => (
              <li key={o.method}>
                <button
                  type="button"
                  data-testid={`enrol-method-${o.method}`}
                  data-available="true"
                  disabled={busy}
                  onClick={() => act({ action: "choose_method", method: o.method }, ["phone"])}
                >
                  {methodName(o.method)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {on.length > 0 && (
        <div class="enrol-finish">
          <p>{t("plan-finishHint", { methods: on.map(methodName).join(", ") })}</p>
          <button type="button" data-testid="enrol-finish" disabled={busy} onClick={() => act({ action: "finish" })}>
            {t("plan-finish")}
          </button>
        </div>
      )}

      {ruledOut.length > 0 && (
        <section class="enrol-ruled-out" aria-labelledby="enrol-ruled-out-title" data-testid="enrol-ruled-out">
          <h2 id="enrol-ruled-out-title">{t("plan-ruledOut")}</h2>
          <ul>
            {ruledOut.map((r) => (
              <li key={r.method} class="enrol-ruled" data-testid={`enrol-method-${r.method}`} data-available="false">
                <span class="enrol-ruled-top">
                  <span class="enrol-ruled-name">{methodName(r.method)}</span>
                  <span class="badge">{t("enrolSteps-notNow")}</span>
                </span>
                <span class="enrol-ruled-why" data-testid={`enrol-method-${r.method}-blocked`}>
                  <span lang="en">{r.why}</span>
                  {r.until ? ` ${t("enrolSteps-until", { when: when(r.until) })}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The service's rule behind each method ruled out for now, in the window's language (the core's
 * own sentence is English): "Amazon only lets you add … once … is on". */
function needsFirst(e: Enrolment, plan: EnrolPlan): string[] {
  if (plan.rules.known !== "rules") return [];
  const out: string[] = [];
  for (const p of plan.rules.rules.prerequisites) {
    if (!plan.ruled_out.some((r) => r.method === p.method)) continue;
    out.push(
      t("plan-needsFirst", {
        service: e.service,
        method: methodName(p.method),
        needs: p.needs_one_of.map(methodName).join(t("plan-or")),
      }),
    );
  }
  return out;
}

/** Where what Steward knows of the service's rules comes from, in one line. */
function RulesSource({ e, plan }: { e: Enrolment; plan: EnrolPlan }) {
  if (plan.rules.known === "unknown") {
    // A privacyIDEA server's own policies answer each step: nothing to say about rules.
    if (e.provider.kind === "privacy_idea") return null;
    return (
      <p class="enrol-rules" data-testid="enrol-rules-source" data-origin="unknown">
        {t("plan-rules-unknown", { service: e.service })}
      </p>
    );
  }
  const rules = plan.rules.rules;
  if (rules.origin.kind === "inferred_from_note") {
    return (
      <p class="enrol-rules" data-testid="enrol-rules-source" data-origin="inferred">
        {t("plan-rules-inferred", { service: e.service })}{" "}
        <q lang="en">{rules.origin.note}</q>
      </p>
    );
  }
  const source = rules.sources[0];
  return (
    <p class="enrol-rules" data-testid="enrol-rules-source" data-origin="curated">
      {t("plan-rules-curated", { service: e.service })}
      {source && (
        <>
          {" "}
          <cite lang="en">{source.title}</cite>
          {source.checked && <> {t("plan-rules-checked", { date: formatDate(`${source.checked}T12:00:00`) })}</>}
          <span class="enrol-url" title={source.url}>
            {source.url}
          </span>
        </>
      )}
    </p>
  );
}

interface CardProps {
  index: number;
  o: EnrolPlanOption;
  refused: string[];
  busy: boolean;
  act: Props["act"];
  onStuck: () => void;
}

/** One path: what it is, why, what comes after, and a button for its first step. */
function PathCard({ index, o, refused, busy, act, onStuck }: CardProps) {
  const titleId = `enrol-path-${index}-title`;
  const method = stepMethod(o);
  const step = o.step;
  let go = null;
  switch (step.kind) {
    case "method":
      go = (
        <button
          type="button"
          class={o.recommended ? "primary" : undefined}
          data-testid="enrol-path-go"
          disabled={busy}
          aria-describedby={titleId}
          onClick={() => act({ action: "choose_method", method: step.method }, ["phone"])}
        >
          {t("plan-go-method", { method: methodName(step.method) })}
        </button>
      );
      break;
    case "another_number":
      go = (
        <button
          type="button"
          class={o.recommended ? "primary" : undefined}
          data-testid="enrol-path-go"
          disabled={busy}
          aria-describedby={titleId}
          // The refused number is not typed in again for the customer.
          onClick={() => act({ action: "choose_method", method: step.method }, ["phone"])}
        >
          {t("plan-go-anotherNumber")}
        </button>
      );
      break;
    case "ask_support":
      go = (
        <button
          type="button"
          class={o.recommended ? "primary" : undefined}
          data-testid="enrol-path-go"
          disabled={busy}
          aria-describedby={titleId}
          onClick={onStuck}
        >
          {t("plan-go-support")}
        </button>
      );
      break;
    case "wait_until":
      go = (
        <p class="enrol-wait" data-testid="enrol-path-wait">
          {t("plan-waitUntil", { when: when(step.until) })}
        </p>
      );
      break;
  }
  return (
    <li
      class={`enrol-path${o.recommended ? " recommended" : ""}`}
      data-testid="enrol-path"
      data-kind={step.kind}
      data-method={method ?? ""}
      data-recommended={String(o.recommended)}
    >
      <div class="enrol-path-top">
        <h3 class="enrol-path-title" id={titleId}>
          {pathTitle(o)}
        </h3>
        {o.recommended && <span class="badge badge-ok">{t("enrolSteps-recommended")}</span>}
      </div>
      {step.kind === "another_number" && (
        <p class="enrol-path-refused" data-testid="enrol-path-refused">
          {t("plan-notAgain", { numbers: refused.join(", ") })}
        </p>
      )}
      <p class="enrol-path-detail" lang="en">
        {o.detail}
      </p>
      {o.then.length > 0 && (
        <ul class="enrol-then" lang="en">
          {o.then.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <div class="enrol-path-go">{go}</div>
    </li>
  );
}
