// Typed wrappers over the exposure commands (src-tauri/src/commands/exposure.rs, issue 22): the
// At risk report, what each account holds and checks (the questionnaire), what an impostor got
// in an alert (confirmed from the transcript's suggestions), the lock-down steps, the letters.
// Same contract as api.ts: resolve with the value or reject with an ErrorInfo.
import type { LetterSaved } from "./components/share/LetterDialog";
import { call } from "./api";
import type { AccountKnowledge } from "./bindings/AccountKnowledge";
import type { Disclosure } from "./bindings/Disclosure";
import type { DisclosureAnswer } from "./bindings/DisclosureAnswer";
import type { ExposureLetter } from "./bindings/ExposureLetter";
import type { ExposureLetterKind } from "./bindings/ExposureLetterKind";
import type { ExposureReport } from "./bindings/ExposureReport";
import type { KnowledgeAnswers } from "./bindings/KnowledgeAnswers";
import type { LockdownStepId } from "./bindings/LockdownStepId";
import type { PersonalDetail } from "./bindings/PersonalDetail";
import type { SuggestedDisclosure } from "./bindings/SuggestedDisclosure";

export type {
  AccountKnowledge,
  Disclosure,
  DisclosureAnswer,
  ExposureLetter,
  ExposureLetterKind,
  ExposureReport,
  KnowledgeAnswers,
  LockdownStepId,
  PersonalDetail,
  SuggestedDisclosure,
};

export const exposureApi = {
  /** The one screen: what leaked, the accounts at risk (ranked), not at risk, unknown, first. */
  report: () => call<ExposureReport>("exposure_report"),
  /** What Steward knows about an account (the customer's answers over the curated rules). */
  knowledge: (account: string) => call<AccountKnowledge>("account_knowledge", { account }),
  /** Saves the questionnaire's answers (or `skipped`). */
  setKnowledge: (account: string, answers: KnowledgeAnswers) =>
    call<AccountKnowledge>("set_account_knowledge", { account, answers }),
  /** Forgets the customer's answer about one detail. */
  forgetDetail: (account: string, detail: PersonalDetail) =>
    call<AccountKnowledge>("forget_account_detail", { account, detail }),
  /** What the customer confirmed an impostor asked for and got, in an alert. */
  disclosures: (alert: string) => call<Disclosure[]>("alert_disclosures", { alert }),
  /** Replaces the alert's disclosures with the confirmed list. */
  setDisclosures: (alert: string, disclosures: DisclosureAnswer[]) =>
    call<Disclosure[]>("set_alert_disclosures", { alert, disclosures }),
  /** What the alert's transcript suggests was asked and given (values masked in the quotes). */
  suggest: (alert: string) => call<SuggestedDisclosure[]>("suggest_alert_disclosures", { alert }),
  /** Ticks (or unticks) a lock-down step; the report again. */
  setStep: (account: string, step: LockdownStepId, done: boolean) =>
    call<ExposureReport>("set_lockdown_step", { account, step, done }),
};


export const exposureLetterApi = {
  /** The letter to an account's company, drafted through the outbound gate in `lang`. */
  draft: (account: string, kind: ExposureLetterKind, lang: string | null) =>
    call<ExposureLetter>("exposure_letter", { account, kind, lang }),
  /** Copies the letter (made again by the app) to the clipboard; its text. */
  copy: (account: string, kind: ExposureLetterKind, lang: string | null) =>
    call<string>("exposure_letter_copy", { account, kind, lang }),
  /** Asks where in the system's Save dialog, then writes the letter as text; null: cancelled. */
  save: (account: string, kind: ExposureLetterKind, lang: string | null) =>
    call<LetterSaved | null>("exposure_letter_save", { account, kind, lang }),
};
