// Typed wrappers over the Tauri commands in the IPC contract. Every command resolves with its
// value or rejects with an ErrorInfo {code, message, hint, kind}; the UI branches on `code` only.
import { invoke, isTauri } from "@tauri-apps/api/core";
import { benchMark } from "./benchMarks";
import type { AccountPatch } from "./bindings/AccountPatch";
import type { AccountSummary } from "./bindings/AccountSummary";
import type { Alert } from "./bindings/Alert";
import type { AlertStepId } from "./bindings/AlertStepId";
import type { Attachment } from "./bindings/Attachment";
import type { AttachmentAdded } from "./bindings/AttachmentAdded";
import type { SavedAttachment } from "./bindings/SavedAttachment";
import type { BriefFacts } from "./bindings/BriefFacts";
import type { BriefFactsPatch } from "./bindings/BriefFactsPatch";
import type { CaptureSuggestions } from "./bindings/CaptureSuggestions";
import type { EscalationLetter } from "./bindings/EscalationLetter";
import type { CaseInsights } from "./bindings/CaseInsights";
import type { NewAlert } from "./bindings/NewAlert";
import type { PromiseStatus } from "./bindings/PromiseStatus";
import type { SupportPromise } from "./bindings/SupportPromise";
import type { Case } from "./bindings/Case";
import type { CaseDetail } from "./bindings/CaseDetail";
import type { CaseFilter } from "./bindings/CaseFilter";
import type { CasePatch } from "./bindings/CasePatch";
import type { CaseSummary } from "./bindings/CaseSummary";
import type { ErrorInfo } from "./bindings/ErrorInfo";
import type { Interaction } from "./bindings/Interaction";
import type { InteractionDefaults } from "./bindings/InteractionDefaults";
import type { MissingFact } from "./bindings/MissingFact";
import type { NewCase } from "./bindings/NewCase";
import type { NewInteraction } from "./bindings/NewInteraction";
import type { PhoneCheck } from "./bindings/PhoneCheck";
import type { PhoneRegion } from "./bindings/PhoneRegion";
import type { ProfileStatus } from "./bindings/ProfileStatus";
import type { SearchHit } from "./bindings/SearchHit";
import { t } from "./i18n";

export type { ErrorInfo };

/** Error codes the UI treats specially. Everything else is shown as message + hint. */
export const Codes = {
  passphraseRequired: "passphrase_required",
  wrongPassphrase: "wrong_passphrase",
  passphraseTooShort: "passphrase_too_short",
  caseNotFound: "case_not_found",
  emptySearch: "empty_search",
  locked: "locked",
  /** UI-side only: the page is not running inside the Steward window. */
  noBackend: "no_backend",
  /** UI-side only: the shell rejected with something that is not an ErrorInfo. */
  unexpected: "unexpected",
} as const;

export function isErrorInfo(value: unknown): value is ErrorInfo {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === "string" &&
    typeof v.message === "string" &&
    (v.hint === null || v.hint === undefined || typeof v.hint === "string") &&
    (v.kind === "input" || v.kind === "system")
  );
}

/** Turns anything a rejected invoke() can give (ErrorInfo, a plain string from Tauri itself when a
 * permission or command is missing, an Error) into an ErrorInfo. Keeps the code of anything that
 * has one, even if another field is missing. */
export function toErrorInfo(err: unknown): ErrorInfo {
  if (isErrorInfo(err)) return { ...err, hint: err.hint ?? null };
  if (typeof err === "object" && err !== null) {
    const v = err as Record<string, unknown>;
    if (typeof v.code === "string" && typeof v.message === "string") {
      return {
        code: v.code,
        args: typeof v.args === "object" && v.args !== null ? v.args : {},
        message: v.message,
        hint: typeof v.hint === "string" ? v.hint : null,
        kind: v.kind === "input" ? "input" : "system",
      };
    }
  }
  const text = typeof err === "string" ? err : err instanceof Error ? err.message : String(err);
  return {
    code: Codes.unexpected,
    args: {},
    message: text || t("api-unexpected"),
    hint: t("api-unexpectedHint"),
    kind: "system",
  };
}

type LockedListener = () => void;
let lockedListener: LockedListener | null = null;
/** Called whenever a command fails with code "locked" (the profile needs unlocking again). */
export function onLocked(listener: LockedListener | null): void {
  lockedListener = listener;
}

/** Invokes a command; used by the wrappers below and by the per-area wrappers (otpApi.ts). */
export async function call<T>(
  command: string,
  args?: Record<string, unknown> | Uint8Array,
  headers?: Record<string, string>,
): Promise<T> {
  if (!isTauri()) {
    const info: ErrorInfo = {
      code: Codes.noBackend,
      args: {},
      message: t("api-noBackend"),
      hint: t("api-noBackendHint"),
      kind: "system",
    };
    throw info;
  }
  try {
    benchMark(`ipc>${command}`);
    const answer = await invoke<T>(command, args, headers ? { headers } : undefined);
    benchMark(`ipc<${command}`);
    return answer;
  } catch (err) {
    const info = toErrorInfo(err);
    if (info.code === Codes.locked && lockedListener) lockedListener();
    throw info;
  }
}

export const api = {
  profileStatus: () => call<ProfileStatus>("profile_status"),
  profileUnlock: (passphrase: string | null) =>
    call<ProfileStatus>("profile_unlock", { passphrase }),
  /** The start's unlock and its first case list in one round trip (`cases` null: not read). */
  profileUnlockListing: (passphrase: string | null, filter: CaseFilter) =>
    call<{ status: ProfileStatus; cases: CaseSummary[] | null }>("profile_unlock_listing", { passphrase, filter }),
  caseList: (filter: CaseFilter) => call<CaseSummary[]>("case_list", { filter }),
  caseCreate: (input: NewCase) => call<Case>("case_create", { input }),
  caseGet: (id: string) => call<CaseDetail>("case_get", { id }),
  caseUpdate: (id: string, patch: CasePatch) => call<Case>("case_update", { id, patch }),
  caseClose: (id: string, resolution: string | null) =>
    call<Case>("case_close", { id, resolution }),
  interactionLog: (caseId: string, input: NewInteraction) =>
    call<Interaction>("interaction_log", { caseId, input }),
  interactionDefaults: (caseId: string | null) =>
    call<InteractionDefaults>("interaction_defaults", { caseId }),
  caseSearch: (query: string) => call<SearchHit[]>("case_search", { query }),
  caseInsights: (id: string) => call<CaseInsights>("case_insights", { id }),
  caseEscalation: (id: string) => call<EscalationLetter>("case_escalation", { id }),
  /** What the share flow must ask the customer before a brief of the case is made. */
  caseBriefMissing: (id: string) => call<MissingFact[]>("case_brief_missing", { id }),
  /** What the customer said the brief needs: the request (by when), still happening?, where… */
  caseBriefFacts: (id: string) => call<BriefFacts>("case_brief_facts", { id }),
  /** Changes only the fields given (a missing or null field stays; an empty request or team
   * clears it); resolves with all the facts. */
  caseSetBriefFacts: (id: string, patch: Partial<BriefFactsPatch>) =>
    call<BriefFacts>("case_set_brief_facts", { id, patch }),
  promiseSet: (promiseId: string, status: PromiseStatus) =>
    call<SupportPromise>("promise_set", { promiseId, status }),
  /** A case's alerts (open and resolved), or every open alert when `caseId` is null. */
  alertList: (caseId: string | null) => call<Alert[]>("alert_list", { caseId }),
  alertRaise: (caseId: string, input: NewAlert) => call<Alert>("alert_raise", { caseId, input }),
  alertStep: (alertId: string, step: AlertStepId, done: boolean) =>
    call<Alert>("alert_step", { alertId, step, done }),
  alertResolve: (alertId: string, resolution: string | null) =>
    call<Alert>("alert_resolve", { alertId, resolution }),
  attachmentList: (caseId: string) => call<Attachment[]>("attachment_list", { caseId }),
  /** Sends the bytes as the raw IPC body (no JSON number arrays); the rest goes in headers. */
  attachmentAdd: (
    caseId: string,
    fileName: string,
    bytes: Uint8Array,
    opts: { interactionId?: string | null; transcript?: boolean } = {},
  ) => {
    const headers: Record<string, string> = {
      "x-case-id": caseId,
      "x-file-name": encodeURIComponent(fileName),
    };
    if (opts.interactionId) headers["x-interaction-id"] = opts.interactionId;
    if (opts.transcript) headers["x-transcript"] = "1";
    return call<AttachmentAdded>("attachment_add", bytes, headers);
  },
  /** Asks where in a native Save dialog, then writes a copy; `null`: cancelled. */
  attachmentSave: (attachmentId: string) =>
    call<SavedAttachment | null>("attachment_save", { attachmentId }),
  attachmentRemove: (attachmentId: string) =>
    call<Attachment>("attachment_remove", { attachmentId }),
  captureSuggest: (text: string) => call<CaptureSuggestions>("capture_suggest", { text }),
  accountList: () => call<AccountSummary[]>("account_list"),
  /** Adds an account by service name (an existing one comes back as it is). */
  accountAdd: (service: string) => call<AccountSummary>("account_add", { service }),
  /** Sets an account's domain or identifier; an empty text clears it. */
  accountUpdate: (service: string, patch: AccountPatch) =>
    call<AccountSummary>("account_update", { service, patch }),
  /** Reads a phone number as typed; `region` is the country for numbers without +CC, `refusal`
   * the error text a service showed for it. Malformed numbers resolve with findings. */
  phoneCheck: (number: string, region: string | null, refusal: string | null = null) =>
    call<PhoneCheck>("phone_check", { number, region, refusal }),
  phoneRegions: () => call<PhoneRegion[]>("phone_regions"),
};
