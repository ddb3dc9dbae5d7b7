import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { api } from "../../api";
import type { CaseFilter } from "../../bindings/CaseFilter";
import type { ProfileStatus } from "../../bindings/ProfileStatus";
import { loadAuthenticatorOpen, loadLastCaseId, saveAuthenticatorOpen, saveLastCaseId } from "../../prefs";
import { protectionText } from "../../profileText";
import { CaseList } from "../cases/CaseList";
import { CaseView } from "../cases/CaseView";
import { ErrorNotice } from "./ErrorNotice";
import { onQuickCapture } from "../../quickCapture";
import { NewCaseDialog } from "../cases/NewCase";
import { LinkOpenedDialog } from "../otp/LinkOpenedDialog";
import { SearchBox, SearchResults } from "../cases/Search";
import { LanguageSelect, ThemeSelect } from "./ThemeSelect";
import { LockSettings } from "./LockSettings";
import { UnlockSettings } from "./UnlockSettings";
import { QuickCaptureNote } from "./QuickCaptureNote";
import { t } from "../../i18n";
import { useLoad } from "../../useLoad";
import { lazyView } from "../../lazy";
import { takeFirstCases } from "../../startup";
import { exposureApi } from "../../exposureApi";
import { onExposureChanged, onOpenAtRisk } from "../exposure/nav";

// Views a launch may never open load on first use (ui/src/lazy.ts): a smaller script at start.
const AccountsView = lazyView(() => import("../accounts/AccountsView").then((m) => m.AccountsView));
const EnrolWizard = lazyView(() => import("../enrol/EnrolWizard").then((m) => m.EnrolWizard));
const PhoneCheckPanel = lazyView(() => import("../phone/PhoneCheckPanel").then((m) => m.PhoneCheckPanel));
const Authenticator = lazyView(() => import("../otp/Authenticator").then((m) => m.Authenticator));
const ShareDialog = lazyView(() => import("../share/ShareDialog").then((m) => m.ShareDialog));
const ExportSeveralDialog = lazyView(() => import("../share/ExportSeveral").then((m) => m.ExportSeveralDialog));
const AtRiskView = lazyView(() => import("../exposure/AtRiskView").then((m) => m.AtRiskView));

const FILTERS: { value: CaseFilter; readonly label: string }[] = [
  { value: "active", get label() { return t("main-filterActive"); } },
  { value: "all", get label() { return t("main-filterAll"); } },
  { value: "resolved", get label() { return t("main-filterResolved"); } },
];

interface Props {
  status: ProfileStatus;
}

export function Main({ status: opened }: Props) {
  // How the profile is unlocked can change in Settings (UnlockSettings): the lines saying so follow.
  const [status, setStatus] = useState(opened);
  const [filter, setFilter] = useState<CaseFilter>("active");
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focusInteraction, setFocusInteraction] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const [newCaseOpen, setNewCaseOpen] = useState(false);
  const [phoneOpen, setPhoneOpen] = useState(false);
  const [accountsOpen, setAccountsOpen] = useState(false);
  const [enrolOpen, setEnrolOpen] = useState(false);
  // The At risk screen (issue 22), and the service its 2-step step hands to the wizard.
  const [atRiskOpen, setAtRiskOpen] = useState(false);
  const [enrolService, setEnrolService] = useState<string | undefined>(undefined);
  const [exposureVersion, setExposureVersion] = useState(0);
  // Quick capture (Ctrl+Alt+L anywhere): bumped to open the current case's log form.
  const [logRequest, setLogRequest] = useState(0);
  // "I'm stuck" in the wizard: the case opens with its Share dialog, the brief ready to send.
  const [shareFor, setShareFor] = useState<{ id: string; number: number } | null>(null);
  // Several cases in one file, from the case list.
  const [severalOpen, setSeveralOpen] = useState(false);
  const [otpOpen, setOtpOpenState] = useState(false);
  // Bumped when accounts are added from an opened link: the Authenticator reloads to show them.
  const [otpVersion, setOtpVersion] = useState(0);
  // The Authenticator reopens at start if it was open last time.
  const setOtpOpen = useCallback((open: boolean | ((was: boolean) => boolean)) => {
    setOtpOpenState((was) => {
      const next = typeof open === "function" ? open(was) : open;
      if (next !== was) void saveAuthenticatorOpen(next);
      return next;
    });
  }, []);
  useLoad(loadAuthenticatorOpen, [], {
    onData: (open) => {
      if (open) setOtpOpenState(true);
    },
  });
  const searchRef = useRef<HTMLInputElement>(null);

  // The first answer was fetched before this view rendered (startup.ts).
  const { data: cases, error: listError, reload: refreshList } = useLoad(() => api.caseList(filter), [filter], {
    initial: takeFirstCases(),
  });

  // Reopen the case that was open last time.
  useLoad(loadLastCaseId, [], {
    onData: (id) => {
      if (id) setSelectedId((current) => current ?? id);
    },
  });

  const openCase = useCallback((id: string, interactionId: string | null = null) => {
    setPhoneOpen(false);
    setAccountsOpen(false);
    setAtRiskOpen(false);
    setOtpOpen(false);
    setEnrolOpen(false);
    setLogRequest(0);
    setSelectedId(id);
    setFocusInteraction(interactionId);
    void saveLastCaseId(id);
  }, []);

  const forgetCase = useCallback(() => {
    setSelectedId(null);
    void saveLastCaseId(null);
  }, []);

  // Quick capture from anywhere on the desktop: the open case's log form, or a new case.
  const selectedRef = useRef<string | null>(null);
  selectedRef.current = selectedId;
  useEffect(
    () =>
      onQuickCapture(() => {
        if (document.querySelector("dialog[open]")) return;
        if (selectedRef.current) {
          setPhoneOpen(false);
          setAccountsOpen(false);
          setAtRiskOpen(false);
          setEnrolOpen(false);
          setOtpOpen(false);
          setLogRequest((n) => n + 1);
        } else {
          setNewCaseOpen(true);
        }
      }),
    [setOtpOpen],
  );

  // Ctrl+N: new case. Ctrl+K or Ctrl+F: search.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const key = e.key.toLowerCase();
      if (key === "n") {
        e.preventDefault();
        setNewCaseOpen(true);
      } else if (key === "k" || key === "f") {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // How many accounts are at risk (the sidebar's badge): read a moment after the first paint,
  // and again whenever what leaked, what an account checks or a lock-down step changes.
  const { data: atRiskCount } = useLoad(() => exposureApi.report().then((r) => r.at_risk.length), [exposureVersion], {
    delayMs: 400,
  });
  useEffect(() => onExposureChanged(() => setExposureVersion((v) => v + 1)), []);
  useEffect(
    () =>
      onOpenAtRisk(() => {
        setOtpOpen(false);
        setPhoneOpen(false);
        setAccountsOpen(false);
        setEnrolOpen(false);
        setAtRiskOpen(true);
      }),
    [setOtpOpen],
  );

  const searching = query.trim().length > 0;

  return (
    <div class="layout">
      <aside class="sidebar" aria-label={t("main-sidebar")}>
        <SearchBox value={query} onChange={setQuery} inputRef={searchRef} />
        {searching ? (
          <div class="sidebar-scroll">
            <SearchResults query={query} onOpen={(caseId, interactionId) => openCase(caseId, interactionId)} />
          </div>
        ) : (
          <>
            <div class="list-tools">
              <fieldset class="segmented">
                <legend class="visually-hidden">{t("main-showCases")}</legend>
                {FILTERS.map((f) => (
                  <label key={f.value} class={filter === f.value ? "on" : undefined}>
                    <input
                      type="radio"
                      name="case-filter"
                      value={f.value}
                      checked={filter === f.value}
                      data-testid={`filter-${f.value}`}
                      onChange={() => setFilter(f.value)}
                    />
                    <span>{f.label}</span>
                  </label>
                ))}
              </fieldset>
              <button
                type="button"
                class="primary"
                data-testid="new-case"
                id="new-case"
                aria-keyshortcuts="Control+N"
                title={t("main-newCaseTitle")}
                onClick={() => setNewCaseOpen(true)}
              >
                {t("main-newCase")}
              </button>
            </div>
            <div class="sidebar-scroll">
              {listError ? (
                <ErrorNotice error={listError} />
              ) : cases === null ? (
                <p class="muted pad" role="status">
                  {t("main-loading")}
                </p>
              ) : (
                <CaseList cases={cases} filter={filter} selectedId={selectedId} onSelect={(id) => openCase(id)} />
              )}
            </div>
            {cases !== null && cases.length > 0 && (
              <div class="list-more">
                <button
                  type="button"
                  class="quiet"
                  data-testid="export-several"
                  onClick={() => setSeveralOpen(true)}
                >
                  {t("main-exportSeveral")}
                </button>
              </div>
            )}
          </>
        )}
        <footer class="sidebar-footer">
          <div class="tool-buttons">
            <button
              type="button"
              class={atRiskOpen ? "tool-button on" : "tool-button"}
              data-testid="open-at-risk"
              aria-pressed={atRiskOpen}
              onClick={() => {
                setOtpOpen(false);
                setPhoneOpen(false);
                setAccountsOpen(false);
                setEnrolOpen(false);
                setAtRiskOpen((open) => !open);
              }}
            >
              {t("main-atRisk")}
              {atRiskCount !== null && atRiskCount > 0 && (
                <>
                  {" "}
                  <span class="badge badge-warn" data-testid="at-risk-count" aria-hidden="true">
                    {atRiskCount}
                  </span>
                  <span class="visually-hidden">{t("main-atRiskCount", { n: atRiskCount })}</span>
                </>
              )}
            </button>
            <button
              type="button"
              class={otpOpen ? "tool-button on" : "tool-button"}
              data-testid="open-authenticator"
              aria-pressed={otpOpen}
              onClick={() => {
                setPhoneOpen(false);
                setAccountsOpen(false);
                setAtRiskOpen(false);
                setEnrolOpen(false);
                setOtpOpen((open) => !open);
              }}
            >
              {t("main-authenticator")}
            </button>
            <button
              type="button"
              class={phoneOpen ? "tool-button on" : "tool-button"}
              data-testid="open-phone-check"
              aria-pressed={phoneOpen}
              onClick={() => {
                setOtpOpen(false);
                setAccountsOpen(false);
                setAtRiskOpen(false);
                setEnrolOpen(false);
                setPhoneOpen((open) => !open);
              }}
            >
              {t("main-phoneCheck")}
            </button>
            <button
              type="button"
              class={accountsOpen ? "tool-button on" : "tool-button"}
              data-testid="open-accounts"
              aria-pressed={accountsOpen}
              onClick={() => {
                setOtpOpen(false);
                setPhoneOpen(false);
                setEnrolOpen(false);
                setAtRiskOpen(false);
                setAccountsOpen((open) => !open);
              }}
            >
              {t("main-accounts")}
            </button>
            <button
              type="button"
              class={enrolOpen ? "tool-button on" : "tool-button"}
              data-testid="open-enrol"
              aria-pressed={enrolOpen}
              onClick={() => {
                setOtpOpen(false);
                setPhoneOpen(false);
                setAccountsOpen(false);
                setAtRiskOpen(false);
                setEnrolService(undefined);
                setEnrolOpen((open) => !open);
              }}
            >
              {t("main-turnOn2fa")}
            </button>
          </div>
          <p class="storage" title={status.data_dir}>
            <span class="muted">{t("main-recordsKeptIn")}</span> <code class="path">{status.data_dir}</code>
            <br />
            <span class="muted">{protectionText(status)}</span>
          </p>
          <ThemeSelect />
          <LanguageSelect />
          <LockSettings />
          <UnlockSettings status={status} onChanged={setStatus} />
          <QuickCaptureNote />
        </footer>
      </aside>

      <main class="content" id="content">
        {enrolOpen ? (
          <EnrolWizard
            onClose={() => setEnrolOpen(false)}
            service={enrolService}
            onCasesChanged={refreshList}
            onOpenCase={(id) => openCase(id)}
            onStuck={(id, number) => {
              refreshList();
              openCase(id);
              setShareFor({ id, number });
            }}
          />
        ) : otpOpen ? (
          <Authenticator key={otpVersion} onClose={() => setOtpOpen(false)} />
        ) : atRiskOpen ? (
          <AtRiskView
            onClose={() => setAtRiskOpen(false)}
            onOpenCase={(id) => openCase(id)}
            onEnrol={(service) => {
              setAtRiskOpen(false);
              setEnrolService(service);
              setEnrolOpen(true);
            }}
          />
        ) : accountsOpen ? (
          <AccountsView onOpenCase={(id) => openCase(id)} onClose={() => setAccountsOpen(false)} />
        ) : phoneOpen ? (
          <PhoneCheckPanel onClose={() => setPhoneOpen(false)} />
        ) : selectedId ? (
          <CaseView
            key={selectedId}
            caseId={selectedId}
            focusInteractionId={focusInteraction}
            logRequest={logRequest}
            onChanged={refreshList}
            onMissing={forgetCase}
          />
        ) : (
          <div class="welcome" data-testid="welcome">
            {cases && cases.length > 0 ? (
              <>
                <h1>{t("main-yourCases")}</h1>
                <p>{t("main-chooseCase")}</p>
              </>
            ) : (
              <>
                <h1>{t("main-welcome")}</h1>
                <p>{t("main-intro")}</p>
                <ol class="three-jobs">
                  <li>
                    <strong>{t("main-job1Title")}</strong>
                    {t("main-job1")}
                  </li>
                  <li>
                    <strong>{t("main-job2Title")}</strong>
                    {t("main-job2a")}
                    <em>{t("main-phoneCheck")}</em>
                    {t("main-job2b")}
                    <em>{t("main-authenticator")}</em>).
                  </li>
                  <li>
                    <strong>{t("main-job3Title")}</strong>
                    {t("main-job3")}
                  </li>
                </ol>
                <p class="muted">
                  {t("main-stayHere")} <code class="path">{status.data_dir}</code>.{" "}
                  {protectionText(status)} {t("main-nothingSent")}
                </p>
                <p>{t("main-startCase")}</p>
              </>
            )}
            <button type="button" class="primary" onClick={() => setNewCaseOpen(true)}>
              {t("main-startNew")}
            </button>
          </div>
        )}
      </main>

      {severalOpen && (
        <ExportSeveralDialog
          preselected={selectedId}
          onShareOne={(id, number) => {
            setSeveralOpen(false);
            openCase(id);
            setShareFor({ id, number });
          }}
          onClose={() => setSeveralOpen(false)}
        />
      )}

      {shareFor && (
        <ShareDialog caseId={shareFor.id} caseNumber={shareFor.number} onClose={() => setShareFor(null)} />
      )}

      <LinkOpenedDialog
        onAdded={() => {
          setPhoneOpen(false);
          setAccountsOpen(false);
          setAtRiskOpen(false);
          setEnrolOpen(false);
          setOtpOpen(true);
          setOtpVersion((v) => v + 1);
        }}
      />

      {newCaseOpen && (
        <NewCaseDialog
          onClose={() => setNewCaseOpen(false)}
          onCreated={(c) => {
            setNewCaseOpen(false);
            setQuery("");
            if (filter === "resolved") setFilter("active");
            refreshList();
            openCase(c.id);
          }}
        />
      )}
    </div>
  );
}
