//! Redaction of free text before anything leaves the machine. On by default: every export,
//! brief, letter, ticket and notification is built from redacted text (see `gate.rs`), and
//! the customer can unmask a kind deliberately (`--no-redact phone`). Backup codes and one-time
//! codes can never be unmasked: each unlocks an account on its own ([`RedactKind::always_masked`]
//! is that rule; [`Redactor::from_choices`] is the one way to build a redactor from choices).
//!
//! Detection scans, it does not guess: every detector finds candidates anywhere in the text and
//! checks each candidate window (a card number is any 13–19 digit window that passes Luhn, not
//! the leftmost greedy run; an IBAN is whatever prefix passes the registry's length and mod-97).
//! One file per detector: [`numbers`] (cards, IBANs), [`phone`], [`email`], [`cues`] (codes,
//! passwords, backup codes from cue words in English and Vietnamese), [`ids`] (identity numbers
//! and card security codes), [`links`] (URLs). What only *looks* sensitive and was left is reported as a [`Flag`], so the preview can warn.
//!
//! Detectors err on the side of masking: a false positive costs a digit string in a brief, a
//! false negative leaks a card number.
//!
//! The vocabulary is in `kind` (what was masked or flagged), the [`Redactor`] in `redactor`,
//! made from the customer's choices in `choices`; detectors write into `found`, and read
//! digits with `digits`.

mod choices;
mod cues;
mod digits;
mod email;
mod found;
mod ids;
mod kind;
mod links;
mod numbers;
mod phone;
mod redactor;

pub use choices::{RedactChoices, RefusedChoice};
pub use digits::{iban_ok, luhn_ok};
pub use kind::{Flag, FlagReason, RedactKind};
pub use redactor::{KnownSecret, Redacted, Redactor, Segment};
