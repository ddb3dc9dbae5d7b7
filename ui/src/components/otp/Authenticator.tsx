import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { toErrorInfo, type ErrorInfo } from "../../api";
import type { ClockCheck } from "../../bindings/ClockCheck";
import type { OtpCode } from "../../bindings/OtpCode";
import type { OtpEntry } from "../../bindings/OtpEntry";
import { otpApi } from "../../otpApi";
import { ErrorNotice } from "../frame/ErrorNotice";
import { AddAccountDialog } from "./AddAccountDialog";
import { BackupBanners } from "./BackupBanners";
import { BackupPanel } from "./BackupPanel";
import type { OtpBackupStatus } from "../../bindings/OtpBackupStatus";
import { BackupCodesDialog, QrDialog, RemoveDialog, RenameDialog, TagsDialog } from "./AccountDialogs";
import { ExportDialog } from "./ExportDialog";
import { ImportDialog } from "./ImportDialog";
import { OtpItem, type OtpAction } from "./OtpItem";
import { matches, period } from "./otpText";
import "./otp.css";
import { onLangChange, t } from "../../i18n";
import { useLoad } from "../../useLoad";

interface Props {
  onClose: () => void;
}

/** A code as fetched, and the moment (unix seconds) it was fetched for. */
interface Fetched {
  code: OtpCode | null;
  error: ErrorInfo | null;
  at: number;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** What to show for a time-based code `now`: the fetched one, its successor just after the period
 * turned (until the refresh arrives), or nothing when it is older than that. */
function current(entry: OtpEntry, f: Fetched | undefined, now: number): { code: OtpCode | null; stale: boolean } {
  if (!f?.code) return { code: null, stale: false };
  const p = period(entry);
  if (p === null) return { code: f.code, stale: false };
  const step = Math.floor(now / p) - Math.floor(f.at / p);
  if (step <= 0) return { code: f.code, stale: false };
  if (step === 1) return { code: { ...f.code, code: f.code.next_code, next_code: "" }, stale: true };
  return { code: null, stale: true };
}

/** The authenticator: every account with its code, big and grouped, a countdown, copy; add,
 * import, export; a warning when the computer's clock would make codes wrong. */
export function Authenticator({ onClose }: Props) {
  const [codes, setCodes] = useState<Map<string, Fetched>>(new Map());
  const [listError, setListError] = useState<ErrorInfo | null>(null);
  const [now, setNow] = useState(nowSeconds);
  const [query, setQuery] = useState("");
  /** The filter chip: every account, the favourites, or one tag (by its name without case). */
  const [filter, setFilter] = useState<{ kind: "all" } | { kind: "fav" } | { kind: "tag"; tag: string }>({ kind: "all" });
  const [version, setVersion] = useState(0);
  const [dialog, setDialog] = useState<"add" | "import" | "export" | "backups" | null>(null);
  const [backupStatus, setBackupStatus] = useState<OtpBackupStatus | null>(null);
  const [action, setAction] = useState<{ kind: OtpAction; entry: OtpEntry } | null>(null);
  const [clock, setClock] = useState<ClockCheck | null>(null);
  const [clockBusy, setClockBusy] = useState(false);
  const loadingCodes = useRef(false);
  const lastFailure = useRef(0);
  const againAfter = useRef(false);

  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  const loadCodes = useCallback(async (): Promise<void> => {
    // One request at a time (one more right after if asked meanwhile, e.g. an account was
    // added), and after a failure a few seconds' pause before asking again.
    if (loadingCodes.current) {
      againAfter.current = true;
      return;
    }
    if (Date.now() - lastFailure.current < 5000) return;
    loadingCodes.current = true;
    try {
      const at = nowSeconds();
      const list = await otpApi.codes();
      setCodes(new Map(list.map((c) => [c.id, { code: c.code, error: c.error, at }])));
      setListError(null);
    } catch (err) {
      lastFailure.current = Date.now();
      setListError(toErrorInfo(err));
    } finally {
      loadingCodes.current = false;
    }
    if (againAfter.current) {
      againAfter.current = false;
      await loadCodesRef.current();
    }
  }, []);
  const loadCodesRef = useRef(loadCodes);
  loadCodesRef.current = loadCodes;

  // The list and the codes share one error line: whichever answered last.
  const { data: entries, setData: setEntries } = useLoad(() => otpApi.list(), [version, loadCodes], {
    onData: () => {
      setListError(null);
      void loadCodes();
    },
    onError: setListError,
  });

  const { data: tagCounts } = useLoad(() => otpApi.tags(), [version]);

  // One tick a second drives the countdowns.
  useEffect(() => {
    const timer = window.setInterval(() => setNow(nowSeconds()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  // A period turned for some account: fetch fresh codes (the next code is shown meanwhile).
  useEffect(() => {
    if (!entries) return;
    const due = entries.some((e) => current(e, codes.get(e.id), now).stale);
    if (due) void loadCodes();
  }, [now, entries, codes, loadCodes]);

  const checkClock = useCallback(async () => {
    setClockBusy(true);
    try {
      setClock(await otpApi.clockCheck());
    } catch (err) {
      const info = toErrorInfo(err);
      setClock({
        status: "unchecked",
        server: "",
        offset_seconds: null,
        tolerance_seconds: 15,
        checked_at: new Date().toISOString(),
        message: info.message,
        hint: info.hint,
      });
    } finally {
      setClockBusy(false);
    }
  }, []);

  useEffect(() => {
    void checkClock();
  }, [checkClock]);
  // The finding is the core's words: ask again in the language just chosen.
  useEffect(() => onLangChange(() => void checkClock()), [checkClock]);

  const hotpAdvanced = (entry: OtpEntry, code: OtpCode) => {
    setEntries((list) => list?.map((e) => (e.id === entry.id ? entry : e)) ?? null);
    setCodes((m) => new Map(m).set(entry.id, { code, error: null, at: nowSeconds() }));
  };

  const inFilter = (e: OtpEntry) =>
    filter.kind === "all" ||
    (filter.kind === "fav" && e.favourite) ||
    (filter.kind === "tag" && e.tags.some((x) => x.toLowerCase() === filter.tag.toLowerCase()));
  const shown = entries?.filter((e) => inFilter(e) && matches(e, query)) ?? [];
  const favourites = entries?.filter((e) => e.favourite).length ?? 0;
  const chip = (key: string, label: string, active: boolean, onClick: () => void) => (
    <button
      key={key}
      type="button"
      class={active ? "otp-chip active" : "otp-chip"}
      data-testid="otp-chip"
      data-chip={key}
      aria-pressed={active}
      onClick={onClick}
    >
      {label}
    </button>
  );

  return (
    <section class="otp-view" data-testid="otp-view" aria-labelledby="otp-title">
      <header class="otp-head">
        <h1 id="otp-title">{t("main-authenticator")}</h1>
        <div class="otp-head-actions">
          <button type="button" class="primary" data-testid="otp-add" onClick={() => setDialog("add")}>
            {t("otp-add")}
          </button>
          <button type="button" data-testid="otp-import" onClick={() => setDialog("import")}>
            {t("otp-import")}
          </button>
          <button type="button" data-testid="otp-export" disabled={!entries?.length} onClick={() => setDialog("export")}>
            {t("otp-backUp")}
          </button>
          <button type="button" data-testid="otp-backups" onClick={() => setDialog("backups")}>
            {t("otpBackup-button")}
          </button>
          <button type="button" class="quiet" data-testid="otp-close" onClick={onClose}>
            {t("common-close")}
          </button>
        </div>
      </header>

      {clock?.status === "drift" ? (
        <div class="notice otp-clock-warn" role="alert" data-testid="otp-clock-banner" data-status="drift">
          <p class="notice-message">{clock.message}</p>
          {clock.hint && <p class="notice-hint">{clock.hint}</p>}
          <button type="button" disabled={clockBusy} onClick={() => void checkClock()}>
            {t("otp-checkAgain")}
          </button>
        </div>
      ) : (
        clock && (
          <p class="otp-clock muted" data-testid="otp-clock-banner" data-status={clock.status}>
            {clock.status === "ok" ? "✓ " : ""}
            {clock.message}{" "}
            <button type="button" class="quiet" disabled={clockBusy} onClick={() => void checkClock()}>
              {clock.status === "ok" ? t("otp-checkAgain") : t("common-tryAgain")}
            </button>
          </p>
        )
      )}

      <BackupBanners
        version={version}
        status={backupStatus}
        onStatus={setBackupStatus}
        onOpenSettings={() => setDialog("backups")}
        onImported={refresh}
      />

      {entries && entries.length > 0 && (
        <div class="otp-search">
          <label for="otp-search" class="visually-hidden">
            {t("otp-find")}
          </label>
          <input
            id="otp-search"
            type="search"
            data-testid="otp-search"
            placeholder={t("otp-findPh")}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
        </div>
      )}

      {entries && entries.length > 0 && (favourites > 0 || (tagCounts?.length ?? 0) > 0) && (
        <div class="otp-chips" role="group" aria-label={t("otp-tags-filter")} data-testid="otp-chips">
          {chip("all", t("otp-tags-all"), filter.kind === "all", () => setFilter({ kind: "all" }))}
          {chip("fav", t("otp-tags-favourites", { n: favourites }), filter.kind === "fav", () => setFilter({ kind: "fav" }))}
          {(tagCounts ?? []).map((c) =>
            chip(
              `tag:${c.tag}`,
              t("otp-tags-chip", { tag: c.tag, n: c.accounts }),
              filter.kind === "tag" && filter.tag.toLowerCase() === c.tag.toLowerCase(),
              () => setFilter({ kind: "tag", tag: c.tag }),
            ),
          )}
        </div>
      )}

      {listError && <ErrorNotice error={listError} />}
      {entries === null && !listError && (
        <p class="muted" role="status">
          {t("common-loading")}
        </p>
      )}
      {entries?.length === 0 && (
        <div class="otp-empty" data-testid="otp-empty">
          <h2>{t("otp-noAccounts")}</h2>
          <p>
            {t("otp-emptyHelp")}
          </p>
          <p>
            <button type="button" class="primary" onClick={() => setDialog("add")}>
              {t("otp-addAn")}
            </button>{" "}
            <button type="button" onClick={() => setDialog("import")}>
              {t("otp-importOther")}
            </button>
          </p>
        </div>
      )}
      {entries && entries.length > 0 && shown.length === 0 && (
        <p class="empty">{query ? t("otp-noMatch", { query }) : t("otp-tags-noneInFilter")}</p>
      )}
      {shown.length > 0 && (
        <ul class="otp-list" aria-label={t("otp-list")}>
          {shown.map((e) => {
            const f = codes.get(e.id);
            const { code } = current(e, f, now);
            const p = period(e);
            return (
              <OtpItem
                key={e.id}
                entry={e}
                code={code}
                remaining={p === null ? null : p - (now % p)}
                error={f?.error ?? null}
                onHotpAdvanced={hotpAdvanced}
                onChanged={refresh}
                onAction={(kind, entry) => setAction({ kind, entry })}
              />
            );
          })}
        </ul>
      )}

      {dialog === "add" && <AddAccountDialog onClose={() => setDialog(null)} onAdded={refresh} />}
      {dialog === "import" && <ImportDialog onClose={() => setDialog(null)} onImported={refresh} />}
      {dialog === "export" && <ExportDialog count={entries?.length ?? 0} onClose={() => setDialog(null)} />}
      {dialog === "backups" && <BackupPanel onClose={() => setDialog(null)} onChanged={setBackupStatus} />}
      {action?.kind === "remove" && <RemoveDialog entry={action.entry} onClose={() => setAction(null)} onChanged={refresh} />}
      {action?.kind === "rename" && <RenameDialog entry={action.entry} onClose={() => setAction(null)} onChanged={refresh} />}
      {action?.kind === "tags" && <TagsDialog entry={action.entry} onClose={() => setAction(null)} onChanged={refresh} />}
      {action?.kind === "qr" && <QrDialog entry={action.entry} onClose={() => setAction(null)} />}
      {action?.kind === "backup" && (
        <BackupCodesDialog entry={action.entry} onClose={() => setAction(null)} onChanged={refresh} />
      )}
    </section>
  );
}
