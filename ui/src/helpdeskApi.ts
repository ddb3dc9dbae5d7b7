// Typed wrappers over the helpdesk commands (src-tauri/src/commands/helpdesk.rs): the helpdesk
// saved in the profile (shared with `steward share helpdesk`), its connection test, what a
// hand-off sends, and the hand-off. Same contract as api.ts: resolve with the value or reject
// with an ErrorInfo; branch on `code` only.
import { call } from "./api";
import type { CaseTicket } from "./bindings/CaseTicket";
import type { HelpdeskCheck } from "./bindings/HelpdeskCheck";
import type { HelpdeskInput } from "./bindings/HelpdeskInput";
import type { HelpdeskKind } from "./bindings/HelpdeskKind";
import type { HelpdeskOutgoing } from "./bindings/HelpdeskOutgoing";
import type { HelpdeskSent } from "./bindings/HelpdeskSent";
import type { HelpdeskSettings } from "./bindings/HelpdeskSettings";
import type { RedactOptions } from "./bindings/RedactOptions";

export type { HelpdeskCheck, HelpdeskInput, HelpdeskKind, HelpdeskOutgoing, HelpdeskSent, HelpdeskSettings };

/** Which ticket: the case's own there (else a new one), or always a new one. */
export type TicketChoice = "auto" | "new";

export const helpdeskApi = {
  /** The saved helpdesk, its token masked; null when none is saved. */
  settings: () => call<HelpdeskSettings | null>("helpdesk_settings"),
  /** Saves the helpdesk; an empty token keeps the saved one. Checked first: nothing is saved
   * when a field is wrong (`helpdesk_address_invalid`, `helpdesk_setting_missing`). */
  save: (input: HelpdeskInput) => call<HelpdeskSettings>("helpdesk_save", { input }),
  /** One harmless signed-in request: to the form as typed (an empty token: the saved one), or
   * to the saved helpdesk with null. */
  test: (input: HelpdeskInput | null) => call<HelpdeskCheck>("helpdesk_test", { input }),
  /** Removes the saved helpdesk and its token. */
  forget: () => call<boolean>("helpdesk_forget"),
  /** What sending would send (ticket, subject, redacted text, files), in `lang`; nothing leaves. */
  preview: (caseId: string, ticket: TicketChoice, options: RedactOptions, lang: string | null) =>
    call<HelpdeskOutgoing>("helpdesk_preview", { case: caseId, ticket, options, lang }),
  /** The helpdesk ticket among a case's contacts' references (oldest first; its newest), or null. */
  caseTicket: (references: string[]) => call<CaseTicket | null>("helpdesk_case_ticket", { references }),
  /** Sends the case to the saved helpdesk; the ticket's reference is logged on the case. */
  send: (caseId: string, ticket: TicketChoice, options: RedactOptions, lang: string | null) =>
    call<HelpdeskSent>("helpdesk_send", { case: caseId, ticket, options, lang }),
};
