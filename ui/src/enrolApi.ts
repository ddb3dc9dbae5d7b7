// Typed wrappers over the enrolment wizard commands (src-tauri/src/commands/enrol.rs). Same
// contract as api.ts: resolve with the value or reject with an ErrorInfo; branch on `code` only.
// The wizard is driven entirely by the EnrolmentView the core returns: the window never decides
// which step comes next.
import { call } from "./api";
import type { EnrolAction } from "./bindings/EnrolAction";
import type { EnrolmentSummary } from "./bindings/EnrolmentSummary";
import type { EnrolmentView } from "./bindings/EnrolmentView";
import type { PrivacyIdeaLogin } from "./bindings/PrivacyIdeaLogin";

export type { EnrolAction, EnrolmentSummary, EnrolmentView, PrivacyIdeaLogin };

/** What `enrol_kit_save` answers when the kit was written. A shell-only shape (the command builds
 * it in src-tauri/src/commands/enrol.rs), so it has no generated binding. */
export interface KitSaved {
  path: string;
  /** Accounts in the kit. */
  accounts: number;
  with_backup_codes: boolean;
}

export const enrolApi = {
  /** Starts an enrolment for a service (name, domain or web address); with `privacyidea`,
   *  Steward enrols directly on that server, else it guides the customer on the website. */
  start: (service: string, privacyidea: PrivacyIdeaLogin | null = null) =>
    call<EnrolmentView>("enrol_start", { service, privacyidea }),
  /** Every enrolment, newest first, for resuming. */
  list: () => call<EnrolmentSummary[]>("enrol_list"),
  /** Where an enrolment is now (also refreshes the authenticator's current code). */
  show: (id: string) => call<EnrolmentView>("enrol_show", { id }),
  /** One step: what the customer did. `password` only for a privacyIDEA sign-in again. */
  act: (id: string, action: EnrolAction, password: string | null = null) =>
    call<EnrolmentView>("enrol_act", { id, action, password }),
  /** "I'm stuck": the enrolment's case (opened if needed) holds everything tried. */
  stuck: (id: string) => call<EnrolmentView>("enrol_stuck", { id }),
  /** The recovery kit as a PDF, saved where the customer says in the system's Save dialog
   * (opened by the app); the unused backup codes are printed only `withBackupCodes`. null when
   * the customer cancelled. The page never names a file. */
  kitSave: (withBackupCodes: boolean) => call<KitSaved | null>("enrol_kit_save", { withBackupCodes }),
};
