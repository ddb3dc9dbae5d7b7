//! The export document: one case (or a collection of several), already redacted, in the shape the JSON export and its
//! published schema (`schemas/case-export.schema.json`) describe. Every other format is rendered
//! from this, so no format can show something the JSON would not. The signature block is part
//! of the document (and of its schema); `sign.rs` makes and checks it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::redact::RedactKind;

/// Bumped when the document's shape changes incompatibly.
pub const EXPORT_VERSION: u32 = 1;

/// A signed case export (`steward case export --format json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SignedExport {
    pub export: CaseExport,
    /// Ed25519 over the canonical bytes of `export` (see `sign.rs`); absent when unsigned.
    pub signature: Option<SignatureBlock>,
}

/// Several cases in one signed file (`steward case export 1 2 3 --format json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SignedCaseCollection {
    pub collection: CaseCollection,
    /// Ed25519 over the canonical bytes of `collection`; its `case_id` and `chain_head` list
    /// every case's id and event-chain head, comma-separated, in the order of `cases`.
    pub signature: Option<SignatureBlock>,
}

/// The signature and what it vouches for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SignatureBlock {
    /// Always 1 for now.
    pub v: u32,
    /// Always `Ed25519`.
    pub alg: String,
    /// The raw 32-byte public key, hex.
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub public_key: String,
    /// First 16 hex digits of SHA-256(public key): short enough to read out on the phone.
    pub key_id: String,
    pub case_id: String,
    /// The case's event-chain head when the export was made.
    pub chain_head: String,
    #[schemars(extend("format" = "date-time"))]
    pub signed_at: String,
    /// The export format (`json`, `md`, `pdf`, …).
    pub format: String,
    /// Ed25519 signature, standard base64.
    pub signature: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseCollection {
    #[schemars(range(min = 1))]
    pub version: u32,
    /// "Steward <version>".
    pub generator: String,
    #[schemars(extend("format" = "date-time"))]
    pub generated_at: String,
    /// Each case exactly as a one-case export holds it, redacted the same way.
    #[schemars(length(min = 1))]
    pub cases: Vec<CaseExport>,
}

/// The published schema's root: a document with `export` is one case, any other a collection.
/// (`if`/`then`/`else` rather than `anyOf`, so a validator reports the real errors of a
/// one-case document instead of "matches none of the alternatives".)
pub struct ExportDocument;

impl JsonSchema for ExportDocument {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ExportDocument".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let one = generator.subschema_for::<SignedExport>();
        let several = generator.subschema_for::<SignedCaseCollection>();
        schemars::json_schema!({
            "title": "Steward case export",
            "description": "One case (`export`, see SignedExport) or several cases in one file (`collection`, see SignedCaseCollection), signed.",
            "type": "object",
            "if": { "required": ["export"] },
            "then": one,
            "else": several,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CaseExport {
    #[schemars(range(min = 1))]
    pub version: u32,
    /// "Steward <version>".
    pub generator: String,
    #[schemars(extend("format" = "date-time"))]
    pub generated_at: String,
    /// The language the export's own words are in (masks, warnings, the brief and the letter
    /// made from it): a language code of Steward's catalogue (`en`, `vi`). Field names and
    /// codes are the same in every language; what the customer recorded is never translated.
    /// Absent in exports of earlier versions, which are English.
    #[serde(default)]
    pub lang: Option<String>,
    pub case: ExportCase,
    /// Oldest first.
    pub contacts: Vec<ExportContact>,
    pub attachments: Vec<ExportAttachment>,
    pub summary: ExportSummary,
    pub redaction: ExportRedaction,
    pub integrity: ExportIntegrity,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportCase {
    #[schemars(extend("format" = "uuid"))]
    pub id: String,
    #[schemars(range(min = 1))]
    pub number: i64,
    pub title: String,
    pub service: Option<String>,
    /// The customer's identifier at the service, masked.
    pub account: Option<String>,
    /// snake_case status (`open`, `waiting_on_them`, …).
    pub status: String,
    pub desired_outcome: Option<String>,
    #[schemars(extend("format" = "date-time"))]
    pub opened_at: String,
    pub closed_at: Option<String>,
    pub resolution: Option<String>,
    /// The concrete action the customer asks of the agent.
    #[serde(default)]
    pub request: Option<String>,
    /// When it is needed by (RFC 3339).
    #[serde(default)]
    pub request_by: Option<String>,
    /// Whether the problem was still happening when the customer last said, and when that was.
    #[serde(default)]
    pub still_happening: Option<bool>,
    #[serde(default)]
    pub still_happening_at: Option<String>,
    /// `app`, `web` or `both`.
    #[serde(default)]
    pub access: Option<String>,
    /// The team the customer asks to own the case.
    #[serde(default)]
    pub owner_team: Option<String>,
    /// Security and privacy alerts raised on the case (possible impostor, another customer's
    /// data shown, unsolicited contact).
    #[serde(default)]
    pub alerts: Vec<ExportAlert>,
    /// Every time someone posed as the customer or as the company about this account (alerts
    /// of kind `unsolicited_contact` or `contact_not_made` on the case's account, in this case
    /// or another; alerts about the same contact or evidence count once), oldest first: two or
    /// more say it is happening again. Absent when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub account_impostor_alerts: Vec<ExportAccountAlert>,
    /// The formal complaint marked on the case (`steward case complaint mark`), where it
    /// stands on the day of the export. Absent when none is marked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub complaint: Option<ExportComplaint>,
}

/// A formal complaint: when the firm received it, the rule its deadlines come from, and those
/// deadlines, counted for the day of the export (words in the export's language).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportComplaint {
    /// The contact (numbered from 1, as in `contacts`) that was the complaint.
    pub contact: Option<u32>,
    /// When the firm received it: a date where it is (`YYYY-MM-DD`).
    #[schemars(extend("format" = "date"))]
    pub received_on: String,
    /// The firm's complaint reference, after masking.
    pub firm_reference: Option<String>,
    /// The rule its deadlines come from; absent when no rule is known.
    pub rule: Option<String>,
    /// The law or scheme behind the rule, as written.
    pub law: Option<String>,
    /// `no_rule_known`, `firm_has_time`, `firm_late` or `final_response`.
    pub phase: String,
    /// The contact that was the final response, when one was logged.
    pub final_response_contact: Option<u32>,
    #[schemars(extend("format" = "date"))]
    pub final_response_on: Option<String>,
    /// The rule's steps that have a date, in its order.
    pub deadlines: Vec<ExportComplaintDeadline>,
}

/// One dated step of a complaint's rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportComplaintDeadline {
    /// What it is ("The firm sends its final response").
    pub label: String,
    /// The last day, or for a step that opens later the day it opens (`YYYY-MM-DD`).
    #[schemars(extend("format" = "date"))]
    pub date: String,
    /// `upcoming`, `due_today`, `passed`, `done`, `not_yet_open` or `open`.
    pub state: String,
    /// The date is Steward's reading of the rule, to be checked (not confirmed, or counted
    /// over days whose holidays it doesn't know).
    pub check: bool,
    /// The firm's main answer deadline (the countdown the case page shows).
    pub main: bool,
}

/// An impostor alert on the case's account (see [`ExportCase::account_impostor_alerts`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportAccountAlert {
    /// `contact_not_made` (someone posed as the customer; also when an unsolicited contact
    /// was then said to be one) or `unsolicited_contact` (someone posed as the company).
    pub kind: String,
    /// When it happened: the contact's time, else the date of the e-mail given as evidence,
    /// else when the alert was raised.
    #[schemars(extend("format" = "date-time"))]
    pub happened_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportAlert {
    /// `contact_not_made`, `unsolicited_contact` or `data_exposed`.
    pub kind: String,
    /// What happened, in the customer's words (redacted).
    pub summary: String,
    /// The contact it is about (its number in `contacts`), if any.
    pub contact: Option<u32>,
    #[schemars(extend("format" = "date-time"))]
    pub raised_at: String,
    pub resolved: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportContact {
    /// 1-based position in the timeline.
    #[schemars(range(min = 1))]
    pub number: u32,
    #[schemars(extend("format" = "date-time"))]
    pub started_at: String,
    pub ended_at: Option<String>,
    pub wait_minutes: Option<u32>,
    /// `phone`, `chat`, `email`, `portal`, `social`, `in_person`, `letter`.
    pub channel: String,
    /// `outbound`, `inbound`, `unsolicited`.
    pub direction: String,
    pub team: Option<String>,
    pub agent: Option<String>,
    pub references: Vec<String>,
    pub summary: String,
    pub error_texts: Vec<String>,
    pub quotes: Vec<String>,
    pub promises: Vec<ExportPromise>,
    pub outcome: Option<String>,
    /// `null` when the customer does not know.
    pub identity_verified: Option<bool>,
    pub identity_method: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportPromise {
    pub text: String,
    pub due_at: Option<String>,
    /// `pending`, `kept`, `broken`.
    pub status: String,
    /// Pending and past its due time when the export was made.
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportAttachment {
    #[schemars(range(min = 1))]
    pub number: i64,
    pub file_name: String,
    pub media_type: String,
    pub size: u64,
    /// Lowercase hex SHA-256 of the file as the customer keeps it.
    #[schemars(regex(pattern = r"^[0-9a-f]{64}$"))]
    pub sha256: String,
    /// `email`, `transcript`, `image`, `pdf` or `file`.
    #[serde(default)]
    pub kind: Option<String>,
    /// What it is, for a reader without the file: sender, date, subject or chat; for chats,
    /// what was asked and what was disclosed (kinds of detail, never the values).
    #[serde(default)]
    pub about: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportSummary {
    pub contacts: u32,
    pub teams: Vec<String>,
    pub handoffs: u32,
    pub days_open: i64,
    pub hold_minutes: u32,
    pub promises_made: u32,
    pub promises_kept: u32,
    pub promises_broken: u32,
    pub promises_overdue: u32,
    pub verified_contacts: u32,
    pub unverified_contacts: u32,
    pub unsolicited_contacts: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportRedaction {
    /// Kinds that were masked wherever found.
    pub masked: Vec<RedactKind>,
    /// Kinds the customer chose to send in the clear.
    pub unmasked: Vec<RedactKind>,
    /// How many masks were applied, all fields together.
    pub masks_applied: u32,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExportIntegrity {
    /// SHA-256 hash (hex) of the newest event in the case's hash-chained event log.
    pub chain_head: String,
    pub chain_events: u32,
    /// Whether the whole event log verified when the export was made.
    pub chain_intact: bool,
}

/// The JSON Schema of the JSON export (published as `schemas/case-export.schema.json`): a
/// document with `export` is one case ([`SignedExport`]), else it is several
/// ([`SignedCaseCollection`]).
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(ExportDocument);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}
