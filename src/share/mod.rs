//! Sharing a case: the brief support reads first, exports in the formats people attach
//! (Markdown, JSON with a published schema, HTML, PDF/A-3u, `.eml` draft, `.ics` to-dos),
//! redacted by default and signed with the profile's Ed25519 key.
//!
//! Every format is rendered from one redacted [`CaseExport`]; nothing reads the case store
//! after redaction, so no format can leak what the JSON does not show.

pub mod brief;
pub mod helpdesk;
mod mail;
pub mod model;
mod pdf;
pub mod redact;
mod render;
pub mod sign;

use std::path::Path;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use thiserror::Error;
use ts_rs::TS;
use uuid::Uuid;

use crate::cases::{CaseError, CaseStore, PromiseStatus};
use crate::error::{ErrorKind, UserFacing};
pub use brief::{Brief, CHAT_MAX_CHARS};
pub use model::{CaseExport, SignedExport};
pub use redact::{RedactKind, Redactor, Segment};
pub use sign::{verify_bytes, verify_file, ShareKey, SignatureBlock, Verdict, Verification};

#[derive(Debug, Error)]
pub enum ShareError {
    #[error(transparent)]
    Case(#[from] CaseError),
    #[error("Could not write {path}: {detail}")]
    Write { path: String, detail: String },
    #[error("Could not read {path}: {detail}")]
    Read { path: String, detail: String },
    #[error("The signing key is not available: {0}")]
    Key(String),
    #[error("The PDF could not be made: {0}")]
    Pdf(String),
    #[error("Unknown format \"{0}\".")]
    UnknownFormat(String),
    #[error("Unknown redaction field \"{0}\".")]
    UnknownField(String),
    #[error("Internal error while exporting: {0}")]
    Internal(String),
    #[error("The hand-off to the helpdesk failed: {0}.")]
    Helpdesk(String),
}

impl UserFacing for ShareError {
    fn code(&self) -> &'static str {
        match self {
            ShareError::Case(e) => e.code(),
            ShareError::Write { .. } => "export_write_failed",
            ShareError::Read { .. } => "file_unreadable",
            ShareError::Key(_) => "signing_key_unavailable",
            ShareError::Pdf(_) => "pdf_failed",
            ShareError::UnknownFormat(_) => "unknown_format",
            ShareError::UnknownField(_) => "unknown_redaction_field",
            ShareError::Internal(_) => "export_internal",
            ShareError::Helpdesk(_) => "helpdesk_failed",
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            ShareError::Case(e) => e.kind(),
            ShareError::Read { .. }
            | ShareError::UnknownFormat(_)
            | ShareError::UnknownField(_) => ErrorKind::Input,
            _ => ErrorKind::System,
        }
    }

    fn hint(&self) -> Option<String> {
        match self {
            ShareError::UnknownFormat(_) => {
                Some("Formats: brief, brief-chat, md, html, pdf, json, eml, ics.".into())
            }
            ShareError::UnknownField(_) => Some(
                "Fields: card, iban, phone, email, otp, password, reset_link, address (backup codes are never sent)."
                    .into(),
            ),
            _ => None,
        }
    }
}

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "ShareFormat")]
pub enum Format {
    /// The full-page brief as plain text.
    Brief,
    /// The chat-box brief (≤ 1,000 characters).
    BriefChat,
    Md,
    Html,
    Pdf,
    Json,
    Eml,
    Ics,
}

impl Format {
    pub const ALL: [Format; 8] = [
        Format::Brief,
        Format::BriefChat,
        Format::Md,
        Format::Html,
        Format::Pdf,
        Format::Json,
        Format::Eml,
        Format::Ics,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Brief => "brief",
            Format::BriefChat => "brief-chat",
            Format::Md => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Json => "json",
            Format::Eml => "eml",
            Format::Ics => "ics",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ShareError> {
        let norm = s.trim().to_ascii_lowercase().replace('_', "-");
        let norm = match norm.as_str() {
            "markdown" => "md",
            "htm" => "html",
            "email" | "mail" => "eml",
            "txt" | "text" => "brief",
            "chat" => "brief-chat",
            other => other,
        }
        .to_string();
        Self::ALL
            .into_iter()
            .find(|f| f.as_str() == norm)
            .ok_or_else(|| ShareError::UnknownFormat(s.to_string()))
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Brief | Format::BriefChat => "txt",
            Format::Md => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Json => "json",
            Format::Eml => "eml",
            Format::Ics => "ics",
        }
    }

    /// Whether the signature goes inside the file (else a detached `FILE.sig`).
    pub fn embeds_signature(self) -> bool {
        matches!(self, Format::Md | Format::Html | Format::Json)
    }
}

/// One field whose text changes with redaction, for the preview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "RedactPreviewItem")]
pub struct PreviewItem {
    /// Where it is ("title", "contact 2 summary", …).
    pub field: String,
    pub segments: Vec<Segment>,
}

/// What would be masked, before anything leaves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "RedactPreview")]
pub struct Preview {
    pub items: Vec<PreviewItem>,
    /// Masks per kind.
    pub counts: Vec<(RedactKind, u32)>,
    pub unmasked: Vec<RedactKind>,
    pub warnings: Vec<String>,
}

/// Redacts every field while collecting the preview.
struct Collector<'r> {
    r: &'r Redactor,
    items: Vec<PreviewItem>,
    counts: std::collections::BTreeMap<RedactKind, u32>,
    raw_has_last_four: bool,
    raw_has_address: bool,
}

impl Collector<'_> {
    fn text(&mut self, field: impl Into<String>, s: &str) -> String {
        let red = self.r.redact(s);
        if self.r.contains(s, RedactKind::Card) || self.r.contains(s, RedactKind::Iban) {
            self.raw_has_last_four = true;
        }
        if self.r.contains(s, RedactKind::Address) {
            self.raw_has_address = true;
        }
        let mut any = false;
        for k in red.kinds() {
            *self.counts.entry(k).or_default() += 1;
            any = true;
        }
        let out = red.text();
        if any {
            self.items.push(PreviewItem {
                field: field.into(),
                segments: red.segments,
            });
        }
        out
    }

    fn opt(&mut self, field: impl Into<String>, s: &Option<String>) -> Option<String> {
        s.as_ref().map(|s| self.text(field, s))
    }

    fn list(&mut self, field: &str, list: &[String]) -> Vec<String> {
        list.iter()
            .enumerate()
            .map(|(i, s)| self.text(format!("{field} {}", i + 1), s))
            .collect()
    }
}

fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The newest event hash of the case's chain and how many events it has.
fn chain_head(conn: &rusqlite::Connection, case_id: Uuid) -> Result<(String, u32), ShareError> {
    let id = case_id.to_string();
    let head: Option<String> = conn
        .query_row(
            "SELECT hash FROM events WHERE case_id = ?1 ORDER BY seq DESC LIMIT 1",
            [&id],
            |r| r.get(0),
        )
        .optional()
        .map_err(|e| ShareError::Case(e.into()))?;
    let count: u32 = conn
        .query_row(
            "SELECT COUNT(*) FROM events WHERE case_id = ?1",
            [&id],
            |r| r.get(0),
        )
        .map_err(|e| ShareError::Case(e.into()))?;
    Ok((head.unwrap_or_else(|| "0".repeat(64)), count))
}

/// Builds the redacted export of one case and the preview of what was masked.
pub fn build_export(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    redactor: &Redactor,
    now: DateTime<Utc>,
) -> Result<(CaseExport, Preview), ShareError> {
    let store = CaseStore::new(conn);
    let detail = store.case_detail(case_id)?;
    let insights = crate::cases::compute_insights(&detail, now);
    let attachments = store.attachments(case_id)?;
    let (head, events) = chain_head(conn, case_id)?;
    let chain_intact = crate::cases::verify_chain(conn)?
        .iter()
        .all(|b| b.case_id.as_deref() != Some(id_str(case_id).as_str()));

    let mut c = Collector {
        r: redactor,
        items: Vec::new(),
        counts: Default::default(),
        raw_has_last_four: false,
        raw_has_address: false,
    };
    let case = &detail.case;
    let export_case = model::ExportCase {
        id: case.id.to_string(),
        number: case.number,
        title: c.text("title", &case.title),
        service: case.account.as_ref().map(|a| a.service.clone()),
        account: case
            .account
            .as_ref()
            .and_then(|a| a.identifier.as_deref())
            .map(crate::cases::mask_identifier),
        status: case.status.as_str().into(),
        desired_outcome: c.opt("desired outcome", &case.desired_outcome),
        opened_at: ts(case.opened_at),
        closed_at: case.closed_at.map(ts),
        resolution: c.opt("resolution", &case.resolution),
    };
    let mut contacts = Vec::new();
    for (i, it) in detail.interactions.iter().enumerate() {
        let n = i + 1;
        let f = |what: &str| format!("contact {n} {what}");
        contacts.push(model::ExportContact {
            number: u32::try_from(n).unwrap_or(u32::MAX),
            started_at: ts(it.started_at),
            ended_at: it.ended_at.map(ts),
            wait_minutes: it.wait_minutes,
            channel: it.channel.as_str().into(),
            direction: it.direction.as_str().into(),
            team: c.opt(f("team"), &it.team),
            agent: c.opt(f("agent"), &it.agent),
            references: c.list(&f("reference"), &it.references),
            summary: c.text(f("summary"), &it.summary),
            error_texts: c.list(&f("error"), &it.error_texts),
            quotes: c.list(&f("quote"), &it.quotes),
            promises: it
                .promises
                .iter()
                .enumerate()
                .map(|(j, p)| model::ExportPromise {
                    text: c.text(f(&format!("promise {}", j + 1)), &p.text),
                    due_at: p.due_at.map(ts),
                    status: p.status.as_str().into(),
                    overdue: p.status == PromiseStatus::Pending
                        && p.due_at.is_some_and(|d| d < now),
                })
                .collect(),
            outcome: c.opt(f("outcome"), &it.outcome),
            identity_verified: it.identity_verified,
            identity_method: c.opt(f("identity method"), &it.identity_method),
        });
    }
    let attachments = attachments
        .iter()
        .map(|a| model::ExportAttachment {
            number: a.number,
            file_name: c.text(format!("attachment {} name", a.number), &a.file_name),
            media_type: a.media_type.clone(),
            size: a.size,
            sha256: a.sha256.clone(),
        })
        .collect();

    let mut warnings = Vec::new();
    let address_out = c.raw_has_address && !redactor.masks(RedactKind::Address);
    let last_four_out = c.raw_has_last_four;
    if address_out && last_four_out {
        warnings.push(
            "The last four digits of a card or account and your postal address would go out together: together they are often enough to pass a phone-support identity check. Consider keeping the address masked."
                .into(),
        );
    }
    let unmasked: Vec<RedactKind> = RedactKind::ALL
        .into_iter()
        .filter(|k| !redactor.masks(*k))
        .collect();
    let masked: Vec<RedactKind> = RedactKind::ALL
        .into_iter()
        .filter(|k| redactor.masks(*k))
        .collect();
    let counts: Vec<(RedactKind, u32)> = c.counts.iter().map(|(k, v)| (*k, *v)).collect();
    let export = CaseExport {
        version: model::EXPORT_VERSION,
        generator: format!("Steward {}", env!("CARGO_PKG_VERSION")),
        generated_at: ts(now),
        case: export_case,
        contacts,
        attachments,
        summary: model::ExportSummary {
            contacts: insights.contacts,
            teams: c.list("team", &insights.teams),
            handoffs: insights.handoffs,
            days_open: insights.days_open,
            hold_minutes: insights.hold_minutes,
            promises_made: insights.promises_made,
            promises_kept: insights.promises_kept,
            promises_broken: insights.promises_broken,
            promises_overdue: insights.promises_overdue,
            verified_contacts: insights.verified_contacts,
            unverified_contacts: insights.unverified_contacts,
            unsolicited_contacts: insights.unsolicited_contacts,
        },
        redaction: model::ExportRedaction {
            masked,
            unmasked: unmasked.clone(),
            masks_applied: c.counts.values().sum(),
            warnings: warnings.clone(),
        },
        integrity: model::ExportIntegrity {
            chain_head: head,
            chain_events: events,
            chain_intact,
        },
    };
    let preview = Preview {
        items: c.items,
        counts,
        unmasked,
        warnings,
    };
    Ok((export, preview))
}

fn id_str(id: Uuid) -> String {
    id.to_string()
}

/// A rendered, signed export.
pub struct Rendered {
    pub bytes: Vec<u8>,
    /// The detached signature (formats that cannot hold one inside).
    pub detached: Option<SignatureBlock>,
    /// Things the customer should know about the file (e.g. a plain PDF instead of PDF/A).
    pub notes: Vec<String>,
}

const NOT_ARCHIVAL: &str = "The PDF is a plain PDF, not archival PDF/A-3u: the case has characters the bundled Noto Sans font does not have (for example Chinese, Japanese, Korean or emoji), which may show as boxes.";

fn json_err(e: serde_json::Error) -> ShareError {
    ShareError::Internal(e.to_string())
}

/// The signed JSON document (also embedded in the PDF and attached to the .eml).
pub fn signed_json(export: &CaseExport, key: &ShareKey) -> Result<Vec<u8>, ShareError> {
    let content = serde_json::to_vec(export).map_err(json_err)?;
    let block = sign_block(export, key, &content, Format::Json)?;
    let doc = SignedExport {
        export: export.clone(),
        signature: Some(block),
    };
    let mut out = serde_json::to_vec_pretty(&doc).map_err(json_err)?;
    out.push(b'\n');
    Ok(out)
}

fn sign_block(
    export: &CaseExport,
    key: &ShareKey,
    content: &[u8],
    format: Format,
) -> Result<SignatureBlock, ShareError> {
    key.sign(
        content,
        &export.case.id,
        &export.integrity.chain_head,
        &export.generated_at,
        format.as_str(),
    )
}

/// Renders `export` as `format` and signs it.
pub fn render(export: &CaseExport, format: Format, key: &ShareKey) -> Result<Rendered, ShareError> {
    let brief = brief::build(export);
    let mut notes = Vec::new();
    let pdf = |notes: &mut Vec<String>| -> Result<Vec<u8>, ShareError> {
        let (bytes, archival) = pdf::render(export, &brief, &signed_json(export, key)?)?;
        if !archival {
            notes.push(NOT_ARCHIVAL.to_string());
        }
        Ok(bytes)
    };
    let mut bytes = match format {
        Format::Json => {
            return Ok(Rendered {
                bytes: signed_json(export, key)?,
                detached: None,
                notes,
            })
        }
        Format::Brief => brief.to_text().into_bytes(),
        Format::BriefChat => {
            let mut s = brief::chat(export);
            s.push('\n');
            s.into_bytes()
        }
        Format::Md => render::markdown(export, &brief).into_bytes(),
        Format::Html => render::html(export, &brief).into_bytes(),
        Format::Pdf => pdf(&mut notes)?,
        Format::Eml => {
            let pdf = pdf(&mut notes)?;
            mail::eml(export, &brief, &pdf, &signed_json(export, key)?)?
        }
        Format::Ics => mail::ics(export)?.into_bytes(),
    };
    let block = sign_block(export, key, &bytes, format)?;
    if format.embeds_signature() {
        sign::append_trailer(&mut bytes, &block)?;
        Ok(Rendered {
            bytes,
            detached: None,
            notes,
        })
    } else {
        Ok(Rendered {
            bytes,
            detached: Some(block),
            notes,
        })
    }
}

/// Writes `bytes` to a temporary file next to `path`, then renames it over `path`: a reader
/// never sees half an export.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ShareError> {
    let tmp = write_temp(path, bytes)?;
    rename_into_place(&tmp, path)
}

fn write_err(path: &Path, e: std::io::Error) -> ShareError {
    ShareError::Write {
        path: path.display().to_string(),
        detail: e.to_string(),
    }
}

/// Writes and syncs `bytes` to `.NAME.<uuid>.tmp` next to `path`; returns the temporary path.
/// An interrupted export leaves at most such a hidden file, never half a file under `path`.
fn write_temp(path: &Path, bytes: &[u8]) -> Result<std::path::PathBuf, ShareError> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "export".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", Uuid::now_v7()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        // On disk before the rename, so a power cut cannot leave an empty file under the name.
        f.sync_all()
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(write_err(path, e));
    }
    Ok(tmp)
}

fn rename_into_place(tmp: &Path, path: &Path) -> Result<(), ShareError> {
    std::fs::rename(tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(tmp);
        write_err(path, e)
    })
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "ShareExported")]
pub struct Exported {
    pub path: String,
    pub signature_path: Option<String>,
    pub format: Format,
    #[ts(type = "number")]
    pub bytes: u64,
    pub key_id: String,
    pub chain_head: String,
    pub masks_applied: u32,
    pub warnings: Vec<String>,
    /// About the file itself (e.g. a plain PDF instead of PDF/A-3u).
    pub notes: Vec<String>,
}

/// Renders, signs and writes an export (and `FILE.sig` for formats that need one).
pub fn export_to_file(
    export: &CaseExport,
    format: Format,
    key: &ShareKey,
    path: &Path,
) -> Result<Exported, ShareError> {
    let r = render(export, format, key)?;
    let sig = sign::sig_path(path);
    // Two files cannot be replaced at once. So that an interrupted export never leaves a file
    // next to a signature that does not match it (verify would say "tampered"): the new file is
    // written aside first; then the old file goes, the new signature goes in, and the new file
    // is renamed in last. At every moment FILE is absent or matches FILE.sig.
    let tmp = write_temp(path, &r.bytes)?;
    let signature_path = match &r.detached {
        Some(block) => {
            let placed = (|| {
                let mut text = serde_json::to_vec_pretty(block).map_err(json_err)?;
                text.push(b'\n');
                match std::fs::remove_file(path) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => return Err(write_err(path, e)),
                }
                write_atomic(&sig, &text)
            })();
            if let Err(e) = placed {
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
            rename_into_place(&tmp, path)?;
            Some(sig.display().to_string())
        }
        None => {
            // A stale .sig from an earlier export would take precedence over the embedded one.
            if sig.exists() {
                if let Err(e) = std::fs::remove_file(&sig) {
                    let _ = std::fs::remove_file(&tmp);
                    return Err(write_err(&sig, e));
                }
            }
            rename_into_place(&tmp, path)?;
            None
        }
    };
    Ok(Exported {
        path: path.display().to_string(),
        signature_path,
        format,
        bytes: r.bytes.len() as u64,
        key_id: key.key_id(),
        chain_head: export.integrity.chain_head.clone(),
        masks_applied: export.redaction.masks_applied,
        warnings: export.redaction.warnings.clone(),
        notes: r.notes,
    })
}

/// The JSON Schema of the JSON export (published as `schemas/case-export.schema.json`).
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(SignedExport);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}

/// Where the desktop app saves exports when the customer gives no path: Downloads, else home.
pub fn default_export_dir() -> Option<std::path::PathBuf> {
    dirs::download_dir().or_else(dirs::home_dir)
}

/// Where a case is handed off.
pub enum Helpdesk<'a> {
    Rt(&'a helpdesk::RtConfig),
    Zendesk(&'a helpdesk::ZendeskConfig),
}

/// Opens a Request Tracker ticket (see [`send_case`]).
pub fn send_to_rt(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    redactor: &Redactor,
    key: &ShareKey,
    cfg: &helpdesk::RtConfig,
    now: DateTime<Utc>,
) -> Result<helpdesk::Ticket, ShareError> {
    send_case(conn, case_id, redactor, key, Helpdesk::Rt(cfg), now)
}

/// Opens a helpdesk ticket with the brief as its text and the signed PDF and JSON attached,
/// then records the ticket number in the case as a new contact (channel: portal) whose
/// reference is `RT#<id>` / `Zendesk #<id>`, so the next brief lists it with the others.
pub fn send_case(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    redactor: &Redactor,
    key: &ShareKey,
    to: Helpdesk<'_>,
    now: DateTime<Utc>,
) -> Result<helpdesk::Ticket, ShareError> {
    let (export, _) = build_export(conn, case_id, redactor, now)?;
    let b = brief::build(&export);
    let pdf = render(&export, Format::Pdf, key)?.bytes;
    let json = signed_json(&export, key)?;
    let file = format!("case-{}", export.case.number);
    let (pdf_name, json_name) = (format!("{file}.pdf"), format!("{file}.json"));
    let subject = format!("Case {}: {}", export.case.number, export.case.title);
    let files = [
        helpdesk::Upload {
            name: &pdf_name,
            media_type: "application/pdf",
            bytes: &pdf,
        },
        helpdesk::Upload {
            name: &json_name,
            media_type: "application/json",
            bytes: &json,
        },
    ];
    let (ticket, system) = match to {
        Helpdesk::Rt(cfg) => (
            helpdesk::rt_create(cfg, &subject, &b.to_text(), &files)?,
            format!("Request Tracker (queue {})", cfg.queue),
        ),
        Helpdesk::Zendesk(cfg) => (
            helpdesk::zendesk_create(cfg, &subject, &b.to_text(), &files)?,
            "Zendesk".to_string(),
        ),
    };
    let store = CaseStore::new(conn);
    store.log_interaction(
        case_id,
        &crate::cases::NewInteraction {
            started_at: Some(now),
            ended_at: None,
            wait_minutes: None,
            channel: crate::cases::Channel::Portal,
            direction: crate::cases::Direction::Outbound,
            team: None,
            agent: None,
            references: vec![ticket.reference.clone()],
            summary: format!(
                "Shared the case brief with {system}; ticket {} opened.",
                ticket.reference
            ),
            error_texts: vec![],
            quotes: vec![],
            promises: vec![],
            outcome: None,
            identity_verified: None,
            identity_method: None,
        },
    )?;
    Ok(ticket)
}
