import { useCallback, useEffect, useState } from "preact/hooks";
import { api, Codes, toErrorInfo, type ErrorInfo } from "../../api";
import type { CaseStatus } from "../../bindings/CaseStatus";
import type { Interaction } from "../../bindings/Interaction";
import type { PromiseStatus } from "../../bindings/PromiseStatus";
import { formatDate, formatDateTime, STATUS_LABELS, STATUSES } from "../../format";
import { AlertsPanel, RaiseAlertDialog, type AlertPreset } from "./Alerts";
import { Attachments } from "./Attachments";
import { CloseCaseDialog } from "./CloseCase";
import { EditCaseDialog } from "./EditCase";
import { ErrorNotice } from "../frame/ErrorNotice";
import { InsightsPanel } from "./InsightsPanel";
import { InteractionCard } from "./InteractionCard";
import { LogForm } from "./LogForm";
import { t } from "../../i18n";
import { helpdeskApi } from "../../helpdeskApi";
import { useLoad } from "../../useLoad";
import { lazyView } from "../../lazy";
import { ComplaintPanel } from "../complaints/ComplaintPanel";
import type { LetterKind } from "../../bindings/LetterKind";

// Loaded when first opened (ui/src/lazy.ts).
const ShareDialog = lazyView(() => import("../share/ShareDialog").then((m) => m.ShareDialog));
const ComplaintLetterDialog = lazyView(() =>
  import("../complaints/ComplaintLetter").then((m) => m.ComplaintLetterDialog),
);

interface Props {
  caseId: string;
  focusInteractionId: string | null;
  /** Bumped to open the log form (quick capture). */
  logRequest?: number;
  onChanged: () => void;
  onMissing: () => void;
}

function byStart(a: Interaction, b: Interaction): number {
  return Date.parse(a.started_at) - Date.parse(b.started_at);
}

/** Contacts rendered at first, and added per "show earlier": a case with 10,000 contacts must
 * open as fast as one with 100 (every card costs the web process memory and layout time). */
const TIMELINE_PAGE = 100;

function reducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

function revealCard(id: string) {
  // After the render that adds the card.
  setTimeout(() => {
    const el = document.getElementById(`interaction-${id}`);
    if (!el) return;
    el.scrollIntoView({ behavior: reducedMotion() ? "auto" : "smooth", block: "nearest" });
    el.focus({ preventScroll: true });
  }, 0);
}

export function CaseView({ caseId, focusInteractionId, logRequest = 0, onChanged, onMissing }: Props) {
  const [version, setVersion] = useState(0);
  const [logOpen, setLogOpen] = useState(false);
  const [closeOpen, setCloseOpen] = useState(false);
  const [editOpen, setEditOpen] = useState(false);
  const [shareOpen, setShareOpen] = useState(false);
  const [statusError, setStatusError] = useState<ErrorInfo | null>(null);
  const [statusBusy, setStatusBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<string | null>(focusInteractionId);
  const [raise, setRaise] = useState<AlertPreset | null>(null);
  const [promiseError, setPromiseError] = useState<ErrorInfo | null>(null);
  const [shown, setShown] = useState(TIMELINE_PAGE);
  const [letter, setLetter] = useState<LetterKind | null>(null);

  useEffect(() => setShown(TIMELINE_PAGE), [caseId]);

  const attachments =
    useLoad(() => api.attachmentList(caseId), [caseId, version], {
      // The case itself still shows; the attachments section says nothing is there.
      onError: (err) => console.warn("Could not load the attachments:", err),
    }).data ?? [];

  const refresh = useCallback(() => {
    setVersion((v) => v + 1);
    onChanged();
  }, [onChanged]);

  const setPromise = useCallback(
    (promiseId: string, status: PromiseStatus) => {
      setPromiseError(null);
      api
        .promiseSet(promiseId, status)
        .then(refresh)
        .catch((err: unknown) => setPromiseError(toErrorInfo(err)));
    },
    [refresh],
  );

  const {
    data: detail,
    error,
    setData: setDetail,
  } = useLoad(() => api.caseGet(caseId), [caseId, version, onMissing], {
    onError: (info) => {
      if (info.code === Codes.caseNotFound) onMissing();
    },
  });
  // A case that is gone is not an error here: the list forgets it (onMissing).
  const loadError = error?.code === Codes.caseNotFound ? null : error;

  // The helpdesk ticket the case was handed to, from the references of the case already loaded:
  // the core knows how each helpdesk's references are written ("RT#12", "Redmine #7").
  const references = detail ? [...detail.interactions].sort(byStart).flatMap((i) => i.references) : [];
  const referencesKey = references.join("\n");
  const ticket =
    useLoad(() => (references.length > 0 ? helpdeskApi.caseTicket(references) : Promise.resolve(null)), [referencesKey], {
      onError: (err) => console.warn("Could not read the case's helpdesk ticket:", err),
    }).data ?? null;

  // Jump to the interaction a search result pointed at, once the case has loaded.
  const loaded = detail !== null;
  useEffect(() => {
    setHighlight(focusInteractionId);
    if (focusInteractionId && loaded) revealCard(focusInteractionId);
  }, [focusInteractionId, loaded]);

  const openLog = useCallback(() => {
    setNotice(null);
    setLogOpen(true);
  }, []);

  // Ctrl+L: log a contact.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "l") {
        e.preventDefault();
        if (!document.querySelector("dialog[open]")) openLog();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [openLog]);

  // Quick capture (Ctrl+Alt+L from anywhere on the desktop): Main bumps `logRequest`.
  useEffect(() => {
    if (logRequest > 0) openLog();
  }, [logRequest, openLog]);

  if (loadError) {
    return (
      <div class="case-view">
        <ErrorNotice error={loadError} />
        <button type="button" onClick={() => setVersion((v) => v + 1)}>
          {t("common-tryAgain")}
        </button>
      </div>
    );
  }
  if (!detail) {
    return (
      <p class="muted pad" role="status">
        {t("caseView-loading")}
      </p>
    );
  }

  const c = detail.case;
  const interactions = [...detail.interactions].sort(byStart);
  // The newest `shown` contacts, and always the one a search result points at.
  const highlightIndex = highlight ? interactions.findIndex((i) => i.id === highlight) : -1;
  let firstShown = Math.max(0, interactions.length - shown);
  if (highlightIndex >= 0 && highlightIndex < firstShown) firstShown = highlightIndex;
  const visible = interactions.slice(firstShown);
  const resolved = c.status === "resolved";


  const changeStatus = async (status: CaseStatus) => {
    setStatusBusy(true);
    setStatusError(null);
    try {
      const updated = await api.caseUpdate(c.id, { title: null, status, desired_outcome: null, service: null });
      setDetail({ ...detail, case: updated });
      onChanged();
    } catch (err) {
      setStatusError(toErrorInfo(err));
    } finally {
      setStatusBusy(false);
    }
  };

  return (
    <div class="case-view">
      <header class="case-header">
        <p class="case-kicker">
          <span class="case-number">{t("caseView-caseNo", { n: String(c.number) })}</span>
          {c.account?.service && <span> · {c.account.service}</span>}
          <span> {t("caseView-opened", { date: formatDate(c.opened_at) })}</span>
        </p>
        <h1 id="case-heading">{c.title}</h1>
        {ticket && (
          <p class="case-ticket" data-testid="case-ticket">
            <span class="badge">{t("caseView-ticket", { reference: ticket.reference })}</span>
          </p>
        )}
        {c.desired_outcome && (
          <p class="desired">
            <strong>{t("caseView-whatIWant")}</strong> {c.desired_outcome}
          </p>
        )}
        {resolved && (
          <p class="resolution">
            <strong>{c.closed_at ? t("caseView-resolvedOn", { date: formatDateTime(c.closed_at) }) : t("caseView-resolved")}</strong>
            {c.resolution && <> {c.resolution}</>}
          </p>
        )}
        <div class="case-actions">
          <div class="inline-field">
            <label for="case-status">{t("caseView-status")}</label>
            <select
              id="case-status"
              data-testid="case-status"
              value={c.status}
              disabled={statusBusy}
              onChange={(e) => void changeStatus(e.currentTarget.value as CaseStatus)}
            >
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            class="primary"
            data-testid="log-contact"
            id="log-contact"
            aria-keyshortcuts="Control+L"
            title={t("caseView-logTitle")}
            aria-expanded={logOpen}
            onClick={openLog}
          >
            {t("caseView-log")}
          </button>
          <button
            type="button"
            data-testid="report-security"
            title={t("caseView-securityTitle")}
            onClick={() =>
              setRaise({ kind: "contact_not_made", summary: "", attachmentId: null, interactionId: null })
            }
          >
            {t("caseView-security")}
          </button>
          <button
            type="button"
            data-testid="share-case"
            title={t("caseView-shareTitle")}
            onClick={() => setShareOpen(true)}
          >
            {t("caseView-share")}
          </button>
          <button type="button" data-testid="edit-case" onClick={() => setEditOpen(true)}>
            {t("editCase-open")}
          </button>
          {!resolved && (
            <button type="button" data-testid="close-case" onClick={() => setCloseOpen(true)}>
              {t("common-closeCase")}
            </button>
          )}
        </div>
        {statusError && <ErrorNotice error={statusError} />}
      </header>

      <div role="status" class="saved-notice" aria-live="polite">
        {notice}
      </div>

      <AlertsPanel caseId={c.id} version={version} onChanged={refresh} />

      <ComplaintPanel
        caseId={c.id}
        firm={c.account?.service ?? null}
        interactions={interactions}
        version={version}
        onChanged={refresh}
        onLetter={setLetter}
      />

      {logOpen && (
        <LogForm
          caseId={c.id}
          onCancel={() => {
            setLogOpen(false);
            document.getElementById("log-contact")?.focus();
          }}
          onSaved={(saved, note) => {
            setLogOpen(false);
            setNotice(note ? t("caseView-saved", { note }) : t("caseView-savedPlain"));
            setDetail({ ...detail, interactions: [...detail.interactions, saved] });
            setHighlight(saved.id);
            revealCard(saved.id);
            setVersion((v) => v + 1);
            onChanged();
          }}
        />
      )}

      <InsightsPanel caseId={c.id} version={version} />
      {promiseError && <ErrorNotice error={promiseError} />}

      <section class="timeline" aria-labelledby="timeline-title">
        <h2 id="timeline-title" class="section-title">
          {t("caseView-timeline")} <span class="muted">· {t("caseView-timelineCount", { n: interactions.length })}</span>
        </h2>
        {interactions.length === 0 ? (
          <p class="empty">
            {t("caseView-empty")}
          </p>
        ) : (
          <>
          {firstShown > 0 && (
            <div class="timeline-earlier">
              <span class="muted">{t("caseView-earlierHidden", { n: firstShown })}</span>
              <button
                type="button"
                data-testid="show-earlier"
                onClick={() => setShown(interactions.length - firstShown + TIMELINE_PAGE)}
              >
                {t("caseView-showEarlier", { n: Math.min(TIMELINE_PAGE, firstShown) })}
              </button>
            </div>
          )}
          <ol class="timeline-list">
            {visible.map((i) => (
              <li key={i.id}>
                <InteractionCard interaction={i} highlight={i.id === highlight} onPromise={setPromise} />
              </li>
            ))}
          </ol>
          </>
        )}
      </section>

      <Attachments
        caseId={c.id}
        attachments={attachments}
        onChanged={refresh}
        onRaiseAlert={(preset) => setRaise(preset)}
      />

      {raise && (
        <RaiseAlertDialog
          caseId={c.id}
          interactions={interactions}
          attachments={attachments}
          preset={raise}
          onClose={() => setRaise(null)}
          onRaised={() => {
            setRaise(null);
            setNotice(t("caseView-alertRaised"));
            refresh();
          }}
        />
      )}

      {shareOpen && (
        <ShareDialog caseId={c.id} caseNumber={c.number} onClose={() => setShareOpen(false)} onSent={refresh} />
      )}

      {letter && <ComplaintLetterDialog caseId={c.id} kind={letter} onClose={() => setLetter(null)} />}

      {editOpen && (
        <EditCaseDialog
          current={c}
          onClose={() => setEditOpen(false)}
          onSaved={() => {
            setEditOpen(false);
            // The service may have moved the case to another account: read it back whole.
            refresh();
          }}
        />
      )}

      {closeOpen && (
        <CloseCaseDialog
          caseId={c.id}
          onClose={() => setCloseOpen(false)}
          onClosed={(updated) => {
            setCloseOpen(false);
            setDetail({ ...detail, case: updated });
            onChanged();
          }}
        />
      )}
    </div>
  );
}
