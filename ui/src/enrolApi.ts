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
};
