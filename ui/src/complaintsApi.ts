// Typed wrappers over the complaint commands (src-tauri/src/commands/complaints.rs): the rules
// Steward knows (country + sector), the formal complaint on a case and its status for today,
// contacts by kind (the final response), and the letters. Same contract as api.ts: resolve with
// the value or reject with an ErrorInfo; branch on `code` only.
import type { LetterSaved } from "./components/share/LetterDialog";
import { call } from "./api";
import type { ComplaintInput } from "./bindings/ComplaintInput";
import type { ComplaintLetter } from "./bindings/ComplaintLetter";
import type { ComplaintStatus } from "./bindings/ComplaintStatus";
import type { ContactKind } from "./bindings/ContactKind";
import type { Interaction } from "./bindings/Interaction";
import type { LetterKind } from "./bindings/LetterKind";
import type { NewInteraction } from "./bindings/NewInteraction";
import type { NextAction } from "./bindings/NextAction";
import type { RuleListing } from "./bindings/RuleListing";
import type { StepStatus } from "./bindings/StepStatus";

export type { ComplaintInput, ComplaintLetter, ComplaintStatus, ContactKind, LetterKind, NextAction, RuleListing, StepStatus };

export const complaintsApi = {
  /** Every rule Steward knows, in the window's language. */
  rules: () => call<RuleListing[]>("complaint_rules"),
  /** The case's complaint today (phase `not_marked` when there is none). */
  status: (caseId: string) => call<ComplaintStatus>("complaint_status", { case: caseId }),
  /** Marks a contact as the formal complaint (again: changes it). */
  mark: (caseId: string, input: Partial<ComplaintInput>) => call<ComplaintStatus>("complaint_mark", { case: caseId, input }),
  /** Removes the mark; the contacts stay. */
  clear: (caseId: string) => call<ComplaintStatus>("complaint_clear", { case: caseId }),
  /** Logs a contact of a kind (`final_response`: the firm's final response). */
  logContact: (caseId: string, input: NewInteraction, kind: ContactKind) =>
    call<Interaction>("contact_log", { caseId, input, kind }),
  /** Says what a logged contact was (ordinary or the final response). */
  setKind: (interactionId: string, kind: ContactKind) => call<Interaction>("contact_kind_set", { interactionId, kind }),
};


export const letterApi = {
  /** The letter of `kind`, drafted from the redacted case in `lang` (null: the window's). */
  draft: (caseId: string, kind: LetterKind, lang: string | null) =>
    call<ComplaintLetter>("complaint_letter", { case: caseId, kind, lang }),
  /** Copies the letter (made again by the app through the gate) to the clipboard; its text. */
  copy: (caseId: string, kind: LetterKind, lang: string | null) =>
    call<string>("complaint_letter_copy", { case: caseId, kind, lang }),
  /** Asks where in the system's Save dialog, then writes the letter as text; null: cancelled. */
  save: (caseId: string, kind: LetterKind, lang: string | null) =>
    call<LetterSaved | null>("complaint_letter_save", { case: caseId, kind, lang }),
};
