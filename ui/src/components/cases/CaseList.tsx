import { useLayoutEffect } from "preact/hooks";
import { invoke, isTauri } from "@tauri-apps/api/core";
import type { CaseFilter } from "../../bindings/CaseFilter";
import type { CaseSummary } from "../../bindings/CaseSummary";
import { formatRelativeDay, formatDateTime, num, STATUS_LABELS } from "../../format";
import { t, type MessageKey } from "../../i18n";
import { benchMark, benchMarks } from "../../benchMarks";

interface Props {
  cases: CaseSummary[];
  filter: CaseFilter;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

let benchNotified = false;

const EMPTY: Record<CaseFilter, MessageKey> = {
  active: "caseList-emptyActive",
  all: "caseList-emptyAll",
  resolved: "caseList-emptyResolved",
};

export function CaseList({ cases, filter, selectedId, onSelect }: Props) {
  // scripts/bench-desktop.sh: the shell notes the first paint of the list and may name a case to
  // open (inert unless its STEWARD_BENCH_* variables are set). A layout effect runs as soon as
  // the list is in the document, so the animation frame asked for here is the first one that
  // paints it — the bare app's page asks for its frame right after adding its list, the same
  // event. (A plain effect runs only after a frame was painted, one frame late.)
  useLayoutEffect(() => {
    if (benchNotified || !isTauri()) return;
    benchNotified = true;
    benchMark("list-rendered");
    requestAnimationFrame(() => {
      benchMark("list-frame");
      void invoke<number | null>("bench_first_paint", { marks: benchMarks() })
        .then((n) => {
          const c = n == null ? undefined : cases.find((x) => Number(x.number) === n);
          if (c) onSelect(c.id);
        })
        .catch(() => undefined);
    });
  }, []);
  if (cases.length === 0) {
    return <p class="empty">{t(EMPTY[filter])}</p>;
  }
  return (
    <ul class="case-list" aria-label={t("caseList-cases")}>
      {cases.map((c) => {
        const count = num(c.interaction_count);
        const selected = c.id === selectedId;
        return (
          <li key={c.id}>
            <button
              type="button"
              class={`case-item${selected ? " selected" : ""}`}
              data-testid="case-item"
              data-case-id={c.id}
              aria-current={selected ? "page" : undefined}
              onClick={() => onSelect(c.id)}
            >
              <span class="case-item-top">
                <span class="case-number">#{String(c.number)}</span>
                <span class="case-item-badges">
                  {num(c.overdue_promises) > 0 && (
                    <span class="badge overdue" data-testid="case-overdue" title={t("caseList-overdueTitle")}>
                      {t("caseList-overdue")}
                    </span>
                  )}
                  <span class={`badge status-${c.status}`}>{STATUS_LABELS[c.status]}</span>
                </span>
              </span>
              <span class="case-item-title">{c.title}</span>
              <span class="case-item-meta">
                {c.account?.service && <span>{c.account.service}</span>}
                <span>{t("common-contacts", { n: count })}</span>
                {c.last_contact_at && (
                  <span title={formatDateTime(c.last_contact_at)}>
                    {t("caseList-last", { when: formatRelativeDay(c.last_contact_at) })}
                  </span>
                )}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
