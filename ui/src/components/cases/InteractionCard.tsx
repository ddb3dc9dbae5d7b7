import type { Interaction } from "../../bindings/Interaction";
import type { PromiseStatus } from "../../bindings/PromiseStatus";
import { CHANNEL_LABELS, DIRECTION_LABELS, formatDateTime, formatLongDateTime } from "../../format";
import { t } from "../../i18n";

function identityText(i: Interaction): string {
  const how = i.identity_method ? ` (${i.identity_method})` : "";
  if (i.identity_verified === true) return t("card-yes") + how;
  if (i.identity_verified === false) return t("card-no") + how;
  return t("card-dontKnow") + how;
}

interface Props {
  interaction: Interaction;
  highlight: boolean;
  /** Marks a promise kept, broken, or pending again. */
  onPromise?: (promiseId: string, status: PromiseStatus) => void;
}

export function InteractionCard({ interaction: i, highlight, onPromise }: Props) {
  return (
    <article
      class={`card interaction direction-${i.direction}${highlight ? " highlight" : ""}`}
      data-testid="interaction-card"
      id={`interaction-${i.id}`}
      tabIndex={-1}
      aria-labelledby={`interaction-${i.id}-when`}
    >
      <header class="card-head">
        <h3 class="card-when" id={`interaction-${i.id}-when`}>
          <time dateTime={i.started_at}>{formatLongDateTime(i.started_at)}</time>
        </h3>
        <span class="badge">{CHANNEL_LABELS[i.channel]}</span>
        <span class={`badge direction direction-${i.direction}`}>{DIRECTION_LABELS[i.direction]}</span>
        {i.kind !== "ordinary" && (
          <span class="badge badge-complaint" data-testid="contact-kind" data-kind={i.kind}>
            {i.kind === "complaint_made" ? t("logKind-badgeComplaint") : t("logKind-badgeFinal")}
          </span>
        )}
      </header>

      <dl class="card-facts">
        {i.team && (
          <>
            <dt>{t("card-team")}</dt>
            <dd>{i.team}</dd>
          </>
        )}
        {i.agent && (
          <>
            <dt>{t("card-agent")}</dt>
            <dd>{i.agent}</dd>
          </>
        )}
        {i.references.length > 0 && (
          <>
            <dt>{t("card-references", { n: i.references.length })}</dt>
            <dd>
              <ul class="refs">
                {i.references.map((r, n) => (
                  <li key={n}>
                    <code>{r}</code>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {i.wait_minutes !== null && (
          <>
            <dt>{t("card-waited")}</dt>
            <dd>{t("card-minutes", { n: i.wait_minutes })}</dd>
          </>
        )}
        {i.ended_at && (
          <>
            <dt>{t("card-ended")}</dt>
            <dd>
              <time dateTime={i.ended_at}>{formatDateTime(i.ended_at)}</time>
            </dd>
          </>
        )}
        <dt>{t("card-identity")}</dt>
        <dd class={`identity identity-${String(i.identity_verified)}`}>{identityText(i)}</dd>
      </dl>

      <p class="summary">{i.summary}</p>

      {i.error_texts.length > 0 && (
        <section class="card-section" aria-label={t("card-errors")}>
          <h4>{t("card-errors")}</h4>
          {i.error_texts.map((text, n) => (
            <blockquote key={n} class="verbatim">
              <pre>{text}</pre>
            </blockquote>
          ))}
        </section>
      )}

      {i.quotes.length > 0 && (
        <section class="card-section" aria-label={t("card-said")}>
          <h4>{t("card-said")}</h4>
          {i.quotes.map((q, n) => (
            <blockquote key={n} class="quote">
              <p>{q}</p>
            </blockquote>
          ))}
        </section>
      )}

      {i.promises.length > 0 && (
        <section class="card-section" aria-label={t("card-promised")}>
          <h4>{t("card-promised")}</h4>
          <ul class="promises">
            {i.promises.map((p) => {
              const overdue = p.overdue;
              return (
                <li key={p.id} class={overdue ? "overdue" : undefined}>
                  <span class="promise-text">{p.text}</span>
                  {p.due_at && (
                    <span class="promise-due">
                      {t("card-by")} <time dateTime={p.due_at}>{formatDateTime(p.due_at)}</time>
                    </span>
                  )}
                  {overdue && <span class="badge badge-warn">{t("common-overdue")}</span>}
                  {p.status === "kept" && <span class="badge badge-ok">{t("card-kept")}</span>}
                  {p.status === "broken" && <span class="badge badge-warn">{t("card-broken")}</span>}
                  {onPromise && (
                    <span class="promise-actions">
                      {p.status === "pending" ? (
                        <>
                          <button
                            type="button"
                            data-testid="promise-kept"
                            aria-label={t("card-markKept", { text: p.text })}
                            onClick={() => onPromise(p.id, "kept")}
                          >
                            {t("card-kept")}
                          </button>
                          <button
                            type="button"
                            data-testid="promise-broken"
                            aria-label={t("card-markBroken", { text: p.text })}
                            onClick={() => onPromise(p.id, "broken")}
                          >
                            {t("card-broken")}
                          </button>
                        </>
                      ) : (
                        <button
                          type="button"
                          class="quiet"
                          data-testid="promise-undo"
                          aria-label={t("card-markPending", { text: p.text })}
                          onClick={() => onPromise(p.id, "pending")}
                        >
                          {t("card-undo")}
                        </button>
                      )}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {i.outcome && (
        <p class="outcome">
          <strong>{t("card-outcome")}</strong> {i.outcome}
        </p>
      )}
    </article>
  );
}
