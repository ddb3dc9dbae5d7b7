import { useState } from "preact/hooks";
import { api, toErrorInfo, type ErrorInfo } from "../../api";
import type { Alert } from "../../bindings/Alert";
import type { AlertKind } from "../../bindings/AlertKind";
import type { AlertStep } from "../../bindings/AlertStep";
import type { Attachment } from "../../bindings/Attachment";
import type { Interaction } from "../../bindings/Interaction";
import { CHANNEL_LABELS, formatDateTime, orNull } from "../../format";
import "../../evidence.css";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { t, type MessageKey } from "../../i18n";
import { useLoad } from "../../useLoad";
import { lazyView } from "../../lazy";

// "What did they get?" (issue 22) loads with its dialog on first use.
const AlertDisclosures = lazyView(() => import("../exposure/AlertDisclosures").then((m) => m.AlertDisclosures));

/** What the raise-alert dialog starts with (e.g. from an e-mail that describes a chat never had). */
export interface AlertPreset {
  kind: AlertKind;
  summary: string;
  attachmentId: string | null;
  interactionId: string | null;
}

const KIND_CHOICES: { kind: AlertKind; label: MessageKey; help: MessageKey }[] = [
  { kind: "contact_not_made", label: "alerts-notMade", help: "alerts-notMadeHelp" },
  { kind: "data_exposed", label: "alerts-exposed", help: "alerts-exposedHelp" },
];

function AlertChecklist({ alert, onChanged }: { alert: Alert; onChanged: (a: Alert) => void }) {
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [resolving, setResolving] = useState(false);
  const [note, setNote] = useState("");
  const done = alert.steps.filter((s) => s.done_at).length;

  const toggle = async (step: AlertStep, checked: boolean) => {
    setBusy(step.id);
    setError(null);
    try {
      onChanged(await api.alertStep(alert.id, step.id, checked));
    } catch (err) {
      setError(toErrorInfo(err));
    } finally {
      setBusy(null);
    }
  };

  const resolve = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      onChanged(await api.alertResolve(alert.id, orNull(note)));
    } catch (err) {
      setError(toErrorInfo(err));
    }
  };

  const headingId = `alert-${alert.id}-title`;
  return (
    <section class="alert-banner" aria-labelledby={headingId} data-testid="alert-banner" data-kind={alert.kind}>
      <h2 id={headingId}>
        <span aria-hidden="true">⚠ </span>
        {alert.title}
      </h2>
      <p class="alert-meta">
        {t("alerts-alertNo", { n: String(alert.number) })}
        {alert.service && <> · {alert.service}</>} · {t("alerts-raised", { date: formatDateTime(alert.created_at) })}
      </p>
      <p class="alert-summary">{alert.summary}</p>
      <p>{alert.explanation}</p>
      <AlertDisclosures alert={alert} />
      <h3 class="visually-hidden" id={`${headingId}-steps`}>
        {t("alerts-whatNow")}
      </h3>
      <ol class="checklist" aria-labelledby={`${headingId}-steps`} data-testid="alert-checklist">
        {alert.steps.map((s) => {
          const id = `alert-${alert.id}-step-${s.id}`;
          return (
            <li key={s.id} class={s.done_at ? "done" : undefined}>
              <label for={id}>
                <input
                  type="checkbox"
                  id={id}
                  data-testid={`alert-step-${s.id}`}
                  checked={s.done_at !== null}
                  disabled={busy === s.id}
                  aria-describedby={`${id}-why`}
                  onChange={(e) => void toggle(s, e.currentTarget.checked)}
                />
                <span>{s.text}</span>
              </label>
              <p class="why" id={`${id}-why`}>
                {s.why}
              </p>
            </li>
          );
        })}
      </ol>
      {error && <ErrorNotice error={error} />}
      {resolving ? (
        <form class="alert-actions" onSubmit={(e) => void resolve(e)}>
          <div class="field grow">
            <label for={`${headingId}-note`}>{t("alerts-howDealt")}</label>
            <input
              id={`${headingId}-note`}
              data-testid="alert-resolution"
              type="text"
              autoFocus
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </div>
          <button type="button" onClick={() => setResolving(false)}>
            {t("common-cancel")}
          </button>
          <button type="submit" class="primary" data-testid="alert-resolve-confirm">
            {t("alerts-markResolved")}
          </button>
        </form>
      ) : (
        <div class="alert-actions">
          <span class="progress" role="status">
            {t("alerts-stepsDone", { done, n: alert.steps.length })}
          </span>
          <button type="button" data-testid="alert-resolve" onClick={() => setResolving(true)}>
            {t("alerts-dealt")}
          </button>
        </div>
      )}
    </section>
  );
}

interface RaiseProps {
  caseId: string;
  interactions: Interaction[];
  attachments: Attachment[];
  preset: AlertPreset | null;
  onClose: () => void;
  onRaised: (a: Alert) => void;
}

export function RaiseAlertDialog({ caseId, interactions, attachments, preset, onClose, onRaised }: RaiseProps) {
  const [kind, setKind] = useState<AlertKind>(preset?.kind ?? "contact_not_made");
  const [summary, setSummary] = useState(preset?.summary ?? "");
  const [interactionId, setInteractionId] = useState(preset?.interactionId ?? "");
  const [attachmentId, setAttachmentId] = useState(preset?.attachmentId ?? "");
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onRaised(
        await api.alertRaise(caseId, {
          kind,
          summary: summary.trim(),
          interaction_id: interactionId || null,
          attachment_id: attachmentId || null,
        }),
      );
    } catch (err) {
      setError(toErrorInfo(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t("alerts-dialogTitle")} onClose={onClose} testId="raise-alert-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <fieldset class="group">
          <legend>{t("alerts-what")}</legend>
          {KIND_CHOICES.map((c) => (
            <label class="check" key={c.kind}>
              <input
                type="radio"
                name="alert-kind"
                value={c.kind}
                data-testid={`alert-kind-${c.kind}`}
                checked={kind === c.kind}
                onChange={() => setKind(c.kind)}
              />
              <span>
                <strong>{t(c.label)}</strong>
                <br />
                <span class="muted">{t(c.help)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="alert-summary">{t("alerts-words")}</label>
          <textarea
            id="alert-summary"
            data-testid="alert-summary"
            rows={3}
            autoFocus
            aria-required="true"
            value={summary}
            onInput={(e) => setSummary(e.currentTarget.value)}
          />
        </div>
        <div class="grid-2">
          <div class="field">
            <label for="alert-contact">{t("alerts-which")}</label>
            <select id="alert-contact" data-testid="alert-contact" value={interactionId} onChange={(e) => setInteractionId(e.currentTarget.value)}>
              <option value="">{t("alerts-none")}</option>
              {interactions.map((i, n) => (
                <option key={i.id} value={i.id}>
                  {n + 1}. {formatDateTime(i.started_at)} · {CHANNEL_LABELS[i.channel]}
                  {i.team ? ` · ${i.team}` : ""}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="alert-evidence">{t("alerts-evidence")}</label>
            <select id="alert-evidence" data-testid="alert-evidence" value={attachmentId} onChange={(e) => setAttachmentId(e.currentTarget.value)}>
              <option value="">{t("alerts-none")}</option>
              {attachments.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.number}. {a.file_name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {error && <ErrorNotice error={error} />}
        <div class="actions">
          <button type="button" onClick={onClose}>
            {t("common-cancel")}
          </button>
          <button type="submit" class="primary" data-testid="alert-raise-submit" disabled={busy || summary.trim() === ""}>
            {busy ? t("alerts-saving") : t("alerts-raise")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

interface Props {
  caseId: string;
  version: number;
  onChanged: () => void;
}

/** The case's security alerts: open ones as a banner with their checklist, resolved ones folded. */
export function AlertsPanel({ caseId, version, onChanged }: Props) {
  const { data, error, setData } = useLoad(() => api.alertList(caseId), [caseId, version]);
  const alerts = data ?? [];

  const replace = (a: Alert) => {
    setData((list) => list?.map((x) => (x.id === a.id ? a : x)) ?? null);
    if (a.resolved_at) onChanged();
  };

  if (error) return <ErrorNotice error={error} />;
  const open = alerts.filter((a) => !a.resolved_at);
  const resolved = alerts.filter((a) => a.resolved_at);
  if (alerts.length === 0) return null;
  return (
    <div class="alerts" data-testid="alerts">
      {open.map((a) => (
        <AlertChecklist key={a.id} alert={a} onChanged={replace} />
      ))}
      {resolved.length > 0 && (
        <details class="resolved-alerts">
          <summary>{t("alerts-resolvedAlerts", { n: resolved.length })}</summary>
          <ul>
            {resolved.map((a) => (
              <li key={a.id}>
                {t("alerts-alertNo", { n: String(a.number) })}: {a.title} — {t("alerts-resolvedAt", { date: formatDateTime(a.resolved_at) })}
                {a.resolution ? `: ${a.resolution}` : ""} ({t("alerts-stepsDone", { done: a.steps.filter((s) => s.done_at).length, n: a.steps.length })})
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
