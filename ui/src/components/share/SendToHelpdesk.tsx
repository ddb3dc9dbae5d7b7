// "Send to helpdesk" in a case's Share dialog: the helpdesk is set up once (kind, address, what
// that kind needs — RT's queue and the customer's e-mail there, Redmine's project — and a token
// or key in a password field; see KINDS) with "Test connection";
// it is saved in the profile, the same settings `steward share helpdesk` uses, the token kept by
// the core in the system keyring (or the encrypted profile database). Then: a new ticket or an
// update on the case's ticket, the ticket's language, a preview of exactly what goes out (the
// redacted text and the files), Send, and the ticket number. Every refusal keeps the form as it
// was typed.
import { useEffect, useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import { getLang, t, type Lang, type MessageKey } from "../../i18n";
import {
  helpdeskApi,
  type HelpdeskCheck,
  type HelpdeskInput,
  type HelpdeskKind,
  type HelpdeskOutgoing,
  type HelpdeskSent,
  type HelpdeskSettings,
  type TicketChoice,
} from "../../helpdeskApi";
import type { RedactOptions } from "../../shareApi";
import { ShareLanguage } from "./pieces";
import { useLoad } from "../../useLoad";
import { ErrorNotice } from "../frame/ErrorNotice";

interface Props {
  caseId: string;
  /** The Share dialog's redaction choices: the ticket is masked exactly like the preview. */
  options: RedactOptions;
  /** Nothing may leave before the customer said what they want (the brief's request). */
  gated: boolean;
  /** Told after a hand-off was logged on the case (the case page shows the ticket). */
  onSent?: () => void;
}

/** How the form shows each helpdesk (what the core's `Spec::fields` asks for beyond the address
 * and the token). A new helpdesk is one entry here. */
interface KindForm {
  /** Its product name (the same in every language). */
  name: string;
  /** An example address. */
  placeholder: string;
  /** The saved `queue` field, when it has one: its label and first value. */
  queue?: { label: MessageKey; initial: string };
  /** It asks for the customer's e-mail there. */
  requestor?: boolean;
  /** The token field's label. */
  token: MessageKey;
  /** What a connection test found. */
  ok: (c: HelpdeskCheck) => string;
  /** The saved settings beyond the address, if any. */
  saved?: (s: HelpdeskSettings) => string;
}

const KINDS: Record<HelpdeskKind, KindForm> = {
  rt: {
    name: "Request Tracker",
    placeholder: "https://rt.example.com",
    queue: { label: "helpdeskSend-queue", initial: "General" },
    requestor: true,
    token: "helpdeskSend-token",
    ok: (c) => t("helpdeskSend-ok-rt", { version: c.version ?? "", queue: c.queue ?? "" }),
    saved: (s) => t("helpdeskSend-savedQueue", { queue: s.queue, requestor: s.requestor }),
  },
  zendesk: {
    name: "Zendesk",
    placeholder: "https://example.zendesk.com",
    token: "helpdeskSend-token",
    ok: (c) => t("helpdeskSend-ok-zendesk", { account: c.account ?? "" }),
  },
  redmine: {
    name: "Redmine",
    placeholder: "https://redmine.example.com",
    queue: { label: "helpdeskSend-project", initial: "" },
    token: "helpdeskSend-apiKey",
    ok: (c) => t("helpdeskSend-ok-redmine", { account: c.account ?? "", project: c.queue ?? "" }),
    saved: (s) => t("helpdeskSend-savedProject", { project: s.queue }),
  },
  // Its API takes the queue by number, and the customer's e-mail as the ticket's submitter.
  django_helpdesk: {
    name: "django-helpdesk",
    placeholder: "https://help.example.com",
    queue: { label: "helpdeskSend-queueNumber", initial: "" },
    requestor: true,
    token: "helpdeskSend-djangoToken",
    ok: (c) => t("helpdeskSend-ok-django", { queue: c.queue ?? "", requestor: c.account ?? "" }),
    saved: (s) => t("helpdeskSend-savedQueue", { queue: s.queue, requestor: s.requestor }),
  },
};
const KIND_IDS = Object.keys(KINDS) as HelpdeskKind[];
const isKind = (v: string): v is HelpdeskKind => v in KINDS;

interface Form {
  kind: HelpdeskKind;
  address: string;
  queue: string;
  requestor: string;
  token: string;
}

const emptyForm: Form = { kind: "rt", address: "", queue: "General", requestor: "", token: "" };

const formOf = (s: HelpdeskSettings): Form => ({
  kind: s.kind,
  address: s.address,
  queue: s.queue || (KINDS[s.kind].queue?.initial ?? ""),
  requestor: s.requestor,
  token: "",
});

const inputOf = (f: Form): HelpdeskInput => ({
  kind: f.kind,
  address: f.address,
  queue: KINDS[f.kind].queue ? f.queue : "",
  requestor: KINDS[f.kind].requestor ? f.requestor : "",
  token: f.token.trim() === "" ? null : f.token,
});

export function SendToHelpdesk({ caseId, options, gated, onSent }: Props) {
  const [form, setForm] = useState<Form>(emptyForm);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState<"test" | "save" | "send" | "forget" | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [check, setCheck] = useState<HelpdeskCheck | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [ticket, setTicket] = useState<TicketChoice>("auto");
  const [lang, setLang] = useState<Lang>(getLang());
  const [sent, setSent] = useState<HelpdeskSent | null>(null);
  /** The case's own ticket there, learnt from the "auto" preview (null: none yet). */
  const [caseTicket, setCaseTicket] = useState<string | null>(null);
  const [previewVersion, setPreviewVersion] = useState(0);

  const loaded = useLoad(() => helpdeskApi.settings(), [], {
    onData: (s) => {
      if (s) setForm(formOf(s));
    },
    onError: setError,
  });
  const settings = loaded.data;
  const ready = settings !== null && !editing;
  const optionsKey = JSON.stringify(options);

  const preview = useLoad<HelpdeskOutgoing | null>(
    () => (ready ? helpdeskApi.preview(caseId, ticket, options, lang) : Promise.resolve(null)),
    [ready, caseId, ticket, optionsKey, lang, previewVersion],
    { onError: setError, delayMs: 150 },
  );
  const out = preview.data;
  useEffect(() => {
    if (out && ticket === "auto") setCaseTicket(out.action === "appended" ? out.reference : null);
  }, [out, ticket]);

  const set = (patch: Partial<Form>) => {
    setForm((f) => ({ ...f, ...patch }));
    setCheck(null);
  };

  const run = async <T,>(what: "test" | "save" | "send" | "forget", f: () => Promise<T>): Promise<T | null> => {
    setBusy(what);
    setError(null);
    setNote(null);
    try {
      return await f();
    } catch (e) {
      setError(toErrorInfo(e));
      return null;
    } finally {
      setBusy(null);
    }
  };

  const test = async () => {
    setCheck(null);
    const c = await run("test", () => helpdeskApi.test(settings && !editing ? null : inputOf(form)));
    if (c) setCheck(c);
  };

  const save = async () => {
    const s = await run("save", () => helpdeskApi.save(inputOf(form)));
    if (s) {
      loaded.setData(s);
      setForm(formOf(s));
      setEditing(false);
      setPreviewVersion((v) => v + 1);
    }
  };

  const forget = async () => {
    const removed = await run("forget", () => helpdeskApi.forget());
    if (removed !== null) {
      loaded.setData(null);
      setForm(emptyForm);
      setCheck(null);
      setCaseTicket(null);
      setNote(t("helpdeskSend-forgotten"));
    }
  };

  const send = async () => {
    if (gated) return;
    setSent(null);
    const s = await run("send", () => helpdeskApi.send(caseId, ticket, options, lang));
    if (s) {
      setSent(s);
      setTicket("auto");
      setPreviewVersion((v) => v + 1);
      onSent?.();
    }
  };

  const kind = KINDS[form.kind];
  const checkText = (c: HelpdeskCheck) => KINDS[c.kind].ok(c);

  return (
    <section class="share-section share-helpdesk" data-testid="helpdesk">
      <h3>{t("helpdeskSend-title")}</h3>
      {loaded.loading && settings === null ? (
        <p class="muted">{t("share-checking")}</p>
      ) : !ready ? (
        <form
          class="helpdesk-form"
          data-testid="helpdesk-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p class="muted">{t("helpdeskSend-intro")}</p>
          <label>
            {t("helpdeskSend-kind")}{" "}
            <select
              data-testid="helpdesk-kind"
              value={form.kind}
              onChange={(e) => {
                const next = e.currentTarget.value;
                if (!isKind(next)) return;
                // What was typed in the queue/project field stays; an untouched default follows the kind.
                const untouched = form.queue.trim() === "" || form.queue === (kind.queue?.initial ?? "");
                set({ kind: next, queue: untouched ? (KINDS[next].queue?.initial ?? "") : form.queue });
              }}
            >
              {KIND_IDS.map((k) => (
                <option key={k} value={k}>
                  {KINDS[k].name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("helpdeskSend-address")}
            <input
              type="text"
              inputMode="url"
              spellcheck={false}
              data-testid="helpdesk-address"
              placeholder={kind.placeholder}
              aria-invalid={error?.code === "helpdesk_address_invalid"}
              value={form.address}
              onInput={(e) => set({ address: e.currentTarget.value })}
            />
          </label>
          {kind.queue && (
            <label>
              {t(kind.queue.label)}
              <input
                type="text"
                spellcheck={false}
                data-testid="helpdesk-queue"
                aria-invalid={
                  error?.code === "helpdesk_queue_unavailable" || error?.code === "helpdesk_project_unavailable"
                }
                value={form.queue}
                onInput={(e) => set({ queue: e.currentTarget.value })}
              />
            </label>
          )}
          {kind.requestor && (
            <label>
                {t("helpdeskSend-requestor")}
                <input
                  type="text"
                  inputMode="email"
                  autocomplete="email"
                  spellcheck={false}
                  data-testid="helpdesk-requestor"
                  value={form.requestor}
                  onInput={(e) => set({ requestor: e.currentTarget.value })}
                />
            </label>
          )}
          <label>
            {t(kind.token)}
            <input
              type="password"
              autocomplete="off"
              spellcheck={false}
              data-testid="helpdesk-token"
              aria-describedby="helpdesk-token-help"
              aria-invalid={error?.code === "helpdesk_token_refused"}
              placeholder={settings?.token ? t("helpdeskSend-tokenKeep", { token: settings.token }) : ""}
              value={form.token}
              onInput={(e) => set({ token: e.currentTarget.value })}
            />
          </label>
          <p class="help" id="helpdesk-token-help">
            {t("helpdeskSend-tokenHelp")}
          </p>
          <div class="share-row">
            <button type="button" data-testid="helpdesk-test" disabled={busy !== null} onClick={() => void test()}>
              {busy === "test" ? t("helpdeskSend-testing") : t("helpdeskSend-test")}
            </button>
            <button type="submit" class="primary" data-testid="helpdesk-save" disabled={busy !== null}>
              {t("helpdeskSend-save")}
            </button>
            {settings && (
              <button
                type="button"
                data-testid="helpdesk-cancel"
                disabled={busy !== null}
                onClick={() => {
                  setEditing(false);
                  setForm(formOf(settings));
                  setError(null);
                }}
              >
                {t("helpdeskSend-cancel")}
              </button>
            )}
          </div>
        </form>
      ) : (
        <>
          <p data-testid="helpdesk-saved">
            <strong>
              {t("helpdeskSend-savedSummary", { system: KINDS[settings.kind].name, address: settings.address })}
            </strong>
            {KINDS[settings.kind].saved && <> · {KINDS[settings.kind].saved?.(settings)}</>}
            <br />
            <span class="muted" data-testid="helpdesk-token-saved">
              {settings.token
                ? t("helpdeskSend-tokenSaved", { token: settings.token, home: settings.token_home })
                : t("helpdeskSend-noToken")}
            </span>
          </p>
          <div class="share-row">
            <button type="button" data-testid="helpdesk-test" disabled={busy !== null} onClick={() => void test()}>
              {busy === "test" ? t("helpdeskSend-testing") : t("helpdeskSend-test")}
            </button>
            <button
              type="button"
              data-testid="helpdesk-change"
              disabled={busy !== null}
              onClick={() => {
                setEditing(true);
                setCheck(null);
                setError(null);
              }}
            >
              {t("helpdeskSend-change")}
            </button>
            <button type="button" data-testid="helpdesk-forget" disabled={busy !== null} onClick={() => void forget()}>
              {t("helpdeskSend-forget")}
            </button>
          </div>
        </>
      )}
      {check && (
        <p role="status" class="helpdesk-ok" data-testid="helpdesk-check">
          {checkText(check)}
        </p>
      )}
      {note && (
        <p role="status" class="muted" data-testid="helpdesk-note">
          {note}
        </p>
      )}

      {ready && (
        <div class="helpdesk-send" data-testid="helpdesk-send-box">
          <fieldset class="share-formats" data-testid="helpdesk-ticket">
            <legend>{t("helpdeskSend-ticket")}</legend>
            {caseTicket && (
              <label>
                <input
                  type="radio"
                  name="helpdesk-ticket"
                  data-testid="helpdesk-ticket-update"
                  checked={ticket === "auto"}
                  onChange={() => setTicket("auto")}
                />{" "}
                {t("helpdeskSend-ticketUpdate", { reference: caseTicket })}
              </label>
            )}
            <label>
              <input
                type="radio"
                name="helpdesk-ticket"
                data-testid="helpdesk-ticket-new"
                checked={!caseTicket || ticket === "new"}
                onChange={() => setTicket("new")}
              />{" "}
              {t("helpdeskSend-ticketNew")}
            </label>
          </fieldset>
          <ShareLanguage
            value={lang}
            onChange={setLang}
            label={t("helpdeskSend-language")}
            testId="helpdesk-language"
            help={false}
          />
          <details class="helpdesk-preview" data-testid="helpdesk-preview">
            <summary>{t("helpdeskSend-preview")}</summary>
            <p class="muted">{t("helpdeskSend-previewHelp")}</p>
            {out ? (
              <>
                <p data-testid="helpdesk-preview-subject">{t("helpdeskSend-subject", { subject: out.subject })}</p>
                <pre
                  class="helpdesk-preview-text"
                  data-testid="helpdesk-preview-text"
                  lang={lang}
                  tabIndex={0}
                  role="region"
                  aria-label={t("helpdeskSend-preview")}
                >
                  {out.text}
                </pre>
                <p class="muted" data-testid="helpdesk-preview-files">
                  {t("helpdeskSend-files", { files: out.files.join(", ") })}
                </p>
              </>
            ) : (
              <p class="muted">{t("share-checking")}</p>
            )}
          </details>
          <div class="share-row">
            <button
              type="button"
              class="primary"
              data-testid="helpdesk-send"
              disabled={busy !== null || gated || !out}
              onClick={() => void send()}
            >
              {busy === "send" ? t("helpdeskSend-sending") : t("helpdeskSend-send")}
            </button>
          </div>
          {gated && (
            <p class="share-needs" data-testid="helpdesk-needs-request">
              {t("helpdeskSend-needsRequest")}
            </p>
          )}
        </div>
      )}
      {sent && (
        <p role="status" class="helpdesk-sent" data-testid="helpdesk-sent" data-reference={sent.reference}>
          {sent.action === "appended"
            ? t("helpdeskSend-appended", { reference: sent.reference, status: sent.status })
            : t("helpdeskSend-opened", { reference: sent.reference, status: sent.status })}
        </p>
      )}
      {error && <ErrorNotice error={error} variant="inline" />}
    </section>
  );
}
