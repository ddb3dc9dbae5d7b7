import { listen } from "@tauri-apps/api/event";
import { useCallback, useEffect, useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { OtpAccountInfo } from "../../bindings/OtpAccountInfo";
import type { OtpAddReport } from "../../bindings/OtpAddReport";
import type { OtpImportSummary } from "../../bindings/OtpImportSummary";
import { otpApi } from "../../otpApi";
import { Dialog } from "../frame/Dialog";
import { ErrorNotice } from "../frame/ErrorNotice";
import { AddReportView } from "./AddReportView";
import "./otp.css";
import { t } from "../../i18n";

/** The shell's event when an otpauth:// or otpauth-migration:// link is opened (src-tauri/src/deep_link.rs). */
const LINK_OPENED = "link-opened";

interface Props {
  /** Accounts were added: show them. */
  onAdded: (report: OtpAddReport) => void;
}

function typeText(a: OtpAccountInfo): string {
  switch (a.kind.type) {
    case "totp":
      return t("otpLink-totp", { digits: a.digits, period: a.kind.period });
    case "hotp":
      return t("otpLink-hotp", { digits: a.digits });
    case "steam":
      return "Steam Guard";
  }
}

let nextId = 1;

type Step =
  | { kind: "loading" }
  | { kind: "preview"; summary: OtpImportSummary }
  | { kind: "invalid"; error: ErrorInfo }
  | { kind: "done"; report: OtpAddReport };

/**
 * A link opened in the browser (or another app) asks first: what it holds — service, account,
 * type, never the secret — and Add / Don't add. Links wait in the shell until this component
 * takes them, so one opened before the window was ready is not lost; several are asked one by one.
 */
export function LinkOpenedDialog({ onAdded }: Props) {
  // Each link with a number of its own: the same link opened twice is asked about twice.
  const [queue, setQueue] = useState<{ id: number; link: string }[]>([]);
  const [step, setStep] = useState<Step>({ kind: "loading" });
  const [busy, setBusy] = useState(false);
  const [addError, setAddError] = useState<ErrorInfo | null>(null);

  const take = useCallback(() => {
    otpApi
      .pendingLinks()
      .then((links) => {
        if (links.length > 0) setQueue((q) => [...q, ...links.map((link) => ({ id: nextId++, link }))]);
      })
      .catch(() => {
        // Nothing waiting can be read: there is nothing to ask about.
      });
  }, []);

  useEffect(() => {
    let unlisten: (() => void) | null = null;
    let live = true;
    void listen(LINK_OPENED, () => take())
      .then((off) => {
        if (live) unlisten = off;
        else off();
      })
      .catch(() => {});
    take();
    return () => {
      live = false;
      unlisten?.();
    };
  }, [take]);

  const link = queue[0]?.link ?? null;
  const linkId = queue[0]?.id ?? null;

  useEffect(() => {
    if (link === null) return undefined;
    let live = true;
    setStep({ kind: "loading" });
    setAddError(null);
    otpApi
      .previewLink(link)
      .then((summary) => {
        if (live) setStep({ kind: "preview", summary });
      })
      .catch((err: unknown) => {
        if (live) setStep({ kind: "invalid", error: toErrorInfo(err) });
      });
    return () => {
      live = false;
    };
    // One preview per queued link (the id changes even when the same link comes again).
  }, [linkId, link]);

  const next = () => setQueue((q) => q.slice(1));

  const add = async () => {
    if (link === null) return;
    setBusy(true);
    setAddError(null);
    try {
      const report = await otpApi.addUri(link);
      if (report.added.length > 0) onAdded(report);
      if (report.added.length > 0 && report.duplicates.length === 0 && report.skipped.length === 0) next();
      else setStep({ kind: "done", report });
    } catch (err) {
      setAddError(toErrorInfo(err));
    } finally {
      setBusy(false);
    }
  };

  if (link === null || step.kind === "loading") return null;

  if (step.kind === "invalid") {
    return (
      <Dialog title={t("otpLink-invalidTitle")} onClose={next} testId="link-invalid-dialog">
        <p>{t("otpLink-invalid")}</p>
        <ErrorNotice error={step.error} />
        <div class="actions">
          <button type="button" class="primary" data-testid="link-close" onClick={next}>
            {t("common-close")}
          </button>
        </div>
      </Dialog>
    );
  }

  if (step.kind === "done") {
    return (
      <Dialog title={t("otpLink-doneTitle")} onClose={next} testId="link-done-dialog">
        <AddReportView report={step.report} />
        <div class="actions">
          <button type="button" class="primary" data-testid="link-close" onClick={next}>
            {t("common-close")}
          </button>
        </div>
      </Dialog>
    );
  }

  const { summary } = step;
  const many = summary.imported.length !== 1;
  return (
    <Dialog
      title={many ? t("otpLink-addMany", { n: summary.imported.length }) : t("otpLink-addOne")}
      onClose={next}
      testId="link-opened-dialog"
    >
      <p>
        {summary.format === "google_migration" ? t("otpLink-introGoogle") : t("otpLink-intro")}
      </p>
      <ul class="link-accounts" data-testid="link-accounts">
        {summary.imported.map((a, i) => (
          <li key={i} data-testid="link-account">
            <dl>
              <dt>{t("accounts-service")}</dt>
              <dd data-testid="link-issuer">{a.issuer ?? t("otpLink-notNamed")}</dd>
              <dt>{t("otpLink-account")}</dt>
              <dd data-testid="link-name">{a.name || t("otpLink-notNamed")}</dd>
              <dt>{t("otpAdd-type")}</dt>
              <dd data-testid="link-type">{typeText(a)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      {summary.warnings.length > 0 && (
        <ul class="otp-report-list" data-testid="link-warnings">
          {summary.warnings.map((w, i) => (
            <li key={i}>
              {w.label}: {w.message}
            </li>
          ))}
        </ul>
      )}
      {summary.skipped.length > 0 && (
        <>
          <p>{t("otpLink-cannot")}</p>
          <ul class="otp-report-list" data-testid="link-skipped">
            {summary.skipped.map((s, i) => (
              <li key={i}>
                {s.label}: {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.notes.map((n, i) => (
        <p key={i} class="muted">
          {n}
        </p>
      ))}
      {addError && <ErrorNotice error={addError} />}
      <div class="actions">
        <button type="button" data-testid="link-dont-add" onClick={next}>
          {t("otpLink-dontAdd")}
        </button>
        <button
          type="button"
          class="primary"
          data-testid="link-add"
          disabled={busy || summary.imported.length === 0}
          onClick={() => void add()}
        >
          {many ? t("otpLink-addThem") : t("otpAdd-add")}
        </button>
      </div>
    </Dialog>
  );
}
