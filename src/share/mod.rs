//! Sharing a case: the brief support reads first, exports in the formats people attach
//! (Markdown, JSON with a published schema, HTML, PDF/A-3u, `.eml` draft, `.ics` to-dos),
//! redacted by default and signed with the profile's Ed25519 key.
//!
//! Every format is rendered from one [`RedactedCase`], which only the outbound gate
//! ([`gate`]) can make; nothing reads the case store after redaction, so no format can leak
//! what the JSON does not show.

pub mod brief;
mod error;
pub mod escalation;
mod format;
mod gate;
pub mod helpdesk;
mod key;
mod mail;
pub mod model;
mod notify;
mod pdf;
pub mod pdf_sign;
pub mod redact;
mod markup;
pub mod settings;
pub mod sign;
pub mod sshsig;
pub mod timestamp;

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::cases::CaseStore;
pub use brief::{Brief, CHAT_MAX_CHARS};
pub use error::ShareError;
pub use escalation::{escalation_letter, EscalationLetter, ANSWER_WITHIN_DAYS};
pub use format::Format;
pub use gate::{
    build_export, build_exports, Preview, PreviewFlag, PreviewItem, RedactedBounce, RedactedCase,
};
pub use model::{CaseCollection, CaseExport, SignedCaseCollection, SignedExport};
pub use notify::{promise_notices, PromiseNotice};
pub use pdf::document as pdf_document;
pub use redact::{Flag, FlagReason, RedactKind, Redactor, Segment};
pub use settings::ShareSettings;
pub use sign::{verify_bytes, verify_file, ShareKey, SignatureBlock, Verdict, Verification};

/// The heading of the section that says how to check a file ([`check_section`]); other places
/// in a file point to it by this name.
pub const CHECK_HEADING: &str = "How to check this file";

/// What a page footer or a file's last lines say instead of repeating the commands: where the
/// check section is (`place`, e.g. "in the brief", "on page 1"), and that OpenSSH is enough.
pub fn check_pointer(place: &str) -> String {
    format!("Check it with ssh-keygen, no Steward needed: see “{CHECK_HEADING}” {place}.")
}

/// "How to check this file": the signing key's fingerprint, its `allowed_signers` line and the
/// one `ssh-keygen` command, then `steward share verify` as the second way, so whoever receives
/// a file can check it without Steward and pin the key on first contact. The one text of it:
/// briefs, PDFs, `.eml` drafts and helpdesk tickets all take it from here.
pub fn check_section(key: &ShareKey, file: Option<&str>) -> Result<brief::Section, ShareError> {
    let file = file.unwrap_or("FILE");
    Ok(brief::Section {
        heading: CHECK_HEADING.into(),
        lines: vec![
            format!(
                "Signed with the customer's Steward key {} (principal {}). Keep this fingerprint: later files from this customer must show the same one.",
                key.fingerprint(),
                key.principal()
            ),
            format!(
                "allowed_signers line: {}",
                key.allowed_signers_line()?
            ),
            format!(
                "Check with OpenSSH (Linux, macOS, Windows 10+): {}",
                key.check_command(file)
            ),
            format!("Or, where Steward is installed: steward share verify {file} --signer allowed_signers"),
            "A PDF also carries a PDF signature (PAdES) that PDF viewers and poppler's pdfsig check: its certificate is self-signed, names the same fingerprint and is the same in every file from this customer, so a viewer shows the signature as valid and the certificate's issuer as unknown or not trusted — trust comes from the fingerprint.".into(),
        ],
    })
}

/// A rendered, signed export.
pub struct Rendered {
    pub bytes: Vec<u8>,
    /// Things the customer should know about the file (e.g. a plain PDF instead of PDF/A).
    pub notes: Vec<String>,
}

const NOT_ARCHIVAL: &str = "The PDF is a plain PDF, not archival PDF/A-3u: the case has characters the bundled Noto Sans font does not have (for example Chinese, Japanese, Korean or emoji), which may show as boxes.";

fn json_err(e: serde_json::Error) -> ShareError {
    ShareError::Internal(e.to_string())
}

/// The signed JSON document (also embedded in the PDF and attached to the .eml).
pub fn signed_json(export: &RedactedCase, key: &ShareKey) -> Result<Vec<u8>, ShareError> {
    let content = serde_json::to_vec(export.export()).map_err(json_err)?;
    let block = sign_block(export, key, &content, Format::Json)?;
    let doc = SignedExport {
        export: export.export().clone(),
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

/// The brief as files carry it: ending with "How to check this file".
fn file_brief(export: &RedactedCase, key: &ShareKey) -> Result<Brief, ShareError> {
    let mut b = brief::build(export);
    b.sections.push(check_section(key, None)?);
    Ok(b)
}

/// The signed PDF (the signed JSON embedded, then its PDF signature) and that signed JSON.
fn pdf_and_json(
    export: &RedactedCase,
    brief: &Brief,
    key: &ShareKey,
    notes: &mut Vec<String>,
) -> Result<(Vec<u8>, Vec<u8>), ShareError> {
    let json = signed_json(export, key)?;
    let (bytes, archival) = pdf::render(export, brief, &json)?;
    // A real PDF signature too, for viewers and pdfsig (incremental: PDF/A stays intact).
    let bytes = pdf_sign::sign_pdf(&bytes, key, &export.generated_at)?;
    if !archival {
        notes.push(NOT_ARCHIVAL.to_string());
    }
    Ok((bytes, json))
}

/// Renders `export` as `format` and signs it.
pub fn render(
    export: &RedactedCase,
    format: Format,
    key: &ShareKey,
) -> Result<Rendered, ShareError> {
    let brief = file_brief(export, key)?;
    let mut notes = Vec::new();
    let mut bytes = match format {
        Format::Json => {
            return Ok(Rendered {
                bytes: signed_json(export, key)?,
                notes,
            })
        }
        Format::Brief => brief.to_text().into_bytes(),
        Format::BriefChat => {
            let mut s = brief::chat(export);
            s.push('\n');
            s.into_bytes()
        }
        Format::Md => markup::markdown(export, &brief).into_bytes(),
        Format::Html => markup::html(export, &brief).into_bytes(),
        Format::Pdf => pdf_and_json(export, &brief, key, &mut notes)?.0,
        Format::Eml => {
            let (pdf, json) = pdf_and_json(export, &brief, key, &mut notes)?;
            let sigs = [key.ssh_sign(&pdf)?, key.ssh_sign(&json)?];
            let mut brief = brief.clone();
            if let Some(check) = brief.sections.last_mut() {
                // In the draft the files have their real names.
                *check = check_section(key, Some(&format!("case-{}.pdf", export.case.number)))?;
            }
            mail::eml(export, &brief, &pdf, &json, [&sigs[0], &sigs[1]])?
        }
        Format::Ics => mail::ics(export)?.into_bytes(),
    };
    // Markdown and HTML carry their signature inside too; every format gets its OpenSSH
    // signature beside it when written (`export_cases_to_file`).
    if format.embeds_signature() {
        let block = sign_block(export, key, &bytes, format)?;
        sign::append_trailer(&mut bytes, &block)?;
    }
    Ok(Rendered { bytes, notes })
}

/// What the signature of several cases vouches for: their ids and chain heads, comma-joined in
/// the order of the file (the block's `case_id` and `chain_head`).
fn several_ids(exports: &[RedactedCase]) -> (String, String) {
    let ids: Vec<&str> = exports.iter().map(|x| x.case.id.as_str()).collect();
    let heads: Vec<&str> = exports
        .iter()
        .map(|x| x.integrity.chain_head.as_str())
        .collect();
    (ids.join(","), heads.join(","))
}

/// Renders several cases as one `format` file (md, html or json) and signs the whole file; the
/// signature names every case and its chain head. One case renders exactly as [`render`].
pub fn render_several(
    exports: &[RedactedCase],
    format: Format,
    key: &ShareKey,
) -> Result<Rendered, ShareError> {
    let first = match exports {
        [] => return Err(ShareError::Internal("no case to export".into())),
        [one] => return render(one, format, key),
        [first, ..] => first,
    };
    if !format.takes_several() {
        return Err(ShareError::SeveralCases(format.as_str()));
    }
    let (ids, heads) = several_ids(exports);
    let generated_at = first.generated_at.clone();
    if format == Format::Json {
        let collection = CaseCollection {
            version: model::EXPORT_VERSION,
            generator: first.generator.clone(),
            generated_at: generated_at.clone(),
            cases: exports.iter().map(|x| x.export().clone()).collect(),
        };
        let content = serde_json::to_vec(&collection).map_err(json_err)?;
        let block = key.sign(&content, &ids, &heads, &generated_at, format.as_str())?;
        let doc = SignedCaseCollection {
            collection,
            signature: Some(block),
        };
        let mut bytes = serde_json::to_vec_pretty(&doc).map_err(json_err)?;
        bytes.push(b'\n');
        return Ok(Rendered {
            bytes,
            notes: Vec::new(),
        });
    }
    let mut briefs: Vec<Brief> = exports.iter().map(brief::build).collect();
    if let Some(last) = briefs.last_mut() {
        last.sections.push(check_section(key, None)?);
    }
    let mut bytes = match format {
        Format::Md => markup::markdown_several(exports, &briefs),
        _ => markup::html_several(exports, &briefs),
    }
    .into_bytes();
    let block = key.sign(&bytes, &ids, &heads, &generated_at, format.as_str())?;
    sign::append_trailer(&mut bytes, &block)?;
    Ok(Rendered {
        bytes,
        notes: Vec::new(),
    })
}

/// Writes `bytes` to a temporary file next to `path`, then renames it over `path`: a reader
/// never sees half an export.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ShareError> {
    crate::fs::write_atomic(path, bytes).map_err(|e| write_err(path, e))
}

fn write_err(path: &Path, e: std::io::Error) -> ShareError {
    ShareError::Write {
        path: path.display().to_string(),
        detail: e.to_string(),
    }
}

/// Writes `bytes` beside `path` (private, synced); see [`crate::fs`].
fn write_temp(path: &Path, bytes: &[u8]) -> Result<std::path::PathBuf, ShareError> {
    crate::fs::write_temp_beside(path, bytes).map_err(|e| write_err(path, e))
}

fn rename_into_place(tmp: &Path, path: &Path) -> Result<(), ShareError> {
    crate::fs::rename_into_place(tmp, path).map_err(|e| write_err(path, e))
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
    /// The signing key as `ssh-keygen -l` prints it (`SHA256:…`): what support pins.
    pub fingerprint: String,
    /// The one command line that checks the file with OpenSSH.
    pub check_command: String,
    pub chain_head: String,
    pub masks_applied: u32,
    pub warnings: Vec<String>,
    /// About the file itself (e.g. a plain PDF instead of PDF/A-3u).
    pub notes: Vec<String>,
}

/// Renders, signs and writes an export, with its OpenSSH signature `FILE.sig` (and, with a
/// time-stamping authority, `FILE.tsr`) beside it.
pub fn export_to_file(
    export: &RedactedCase,
    format: Format,
    key: &ShareKey,
    path: &Path,
) -> Result<Exported, ShareError> {
    export_cases_to_file(std::slice::from_ref(export), format, key, path)
}

/// Renders, signs and writes one file holding every case of `exports` (see
/// [`render_several`]); for one case the same as [`export_to_file`].
pub fn export_cases_to_file(
    exports: &[RedactedCase],
    format: Format,
    key: &ShareKey,
    path: &Path,
) -> Result<Exported, ShareError> {
    let r = render_several(exports, format, key)?;
    let sig = sign::sig_path(path);
    // Two files cannot be replaced at once. So that an interrupted export never leaves a file
    // next to a signature that does not match it (verify would say "tampered"): the new file is
    // written aside first; then the old file goes, the new signature goes in, and the new file
    // is renamed in last. At every moment FILE is absent or matches FILE.sig.
    // Every file gets an OpenSSH signature next to it (`FILE.sig`), which support checks with
    // `ssh-keygen -Y verify`; Markdown, HTML and JSON also keep their signature inside.
    let ssh = key.ssh_sign(&r.bytes)?;
    // With a time-stamping authority chosen: proof of when, beside the signature.
    let stamp = match key.tsa_url() {
        Some(url) => Some(timestamp::stamp(url, &r.bytes)?),
        None => None,
    };
    let tmp = write_temp(path, &r.bytes)?;
    let placed = (|| {
        match std::fs::remove_file(path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(write_err(path, e)),
        }
        write_atomic(&sig, ssh.as_bytes())
    })();
    if let Err(e) = placed {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    rename_into_place(&tmp, path)?;
    let tsr = sign::beside(path, ".tsr");
    match &stamp {
        Some(token) => write_atomic(&tsr, token)?,
        // A stale timestamp from an earlier export would not match the new file.
        None if tsr.exists() => std::fs::remove_file(&tsr).map_err(|e| write_err(&tsr, e))?,
        None => {}
    }
    let signature_path = Some(sig.display().to_string());
    Ok(Exported {
        path: path.display().to_string(),
        signature_path,
        format,
        bytes: r.bytes.len() as u64,
        key_id: key.key_id(),
        fingerprint: key.fingerprint(),
        check_command: key.check_command(
            &path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
        chain_head: several_ids(exports).1,
        masks_applied: exports.iter().map(|x| x.redaction.masks_applied).sum(),
        warnings: match exports {
            [one] => one.redaction.warnings.clone(),
            _ => exports
                .iter()
                .flat_map(|x| {
                    x.redaction
                        .warnings
                        .iter()
                        .map(move |w| format!("Case {}: {w}", x.case.number))
                })
                .collect(),
        },
        notes: r.notes,
    })
}

/// The JSON Schema of the JSON export (published as `schemas/case-export.schema.json`): a
/// document with `export` is one case ([`SignedExport`]), else it is several
/// ([`SignedCaseCollection`]).
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(model::ExportDocument);
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

/// Which ticket a hand-off goes to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum TicketChoice {
    /// Append to the newest ticket of that helpdesk already recorded on the case (a reference
    /// such as `RT#12` or `Zendesk #12`); open a new one when there is none.
    #[default]
    Auto,
    /// Always open a new ticket.
    New,
    /// Append to this ticket ("12", "RT#12", …).
    Existing(String),
}

/// What a hand-off did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sent {
    #[serde(flatten)]
    pub ticket: helpdesk::Ticket,
    /// `opened` (a new ticket) or `appended` (a reply on an existing one).
    pub action: String,
    /// Contacts logged since the last hand-off to this ticket (appends only).
    pub new_contacts: u32,
}

impl Helpdesk<'_> {
    /// The ticket number in one of the case's references, if it names a ticket of this helpdesk.
    fn ticket_in(&self, reference: &str) -> Option<String> {
        let lower = reference.trim().to_ascii_lowercase();
        let prefix = match self {
            Helpdesk::Rt(_) => "rt",
            Helpdesk::Zendesk(_) => "zendesk",
        };
        let rest = lower.strip_prefix(prefix)?.trim_start();
        if !rest.starts_with('#') {
            return None;
        }
        helpdesk::ticket_number(rest).ok()
    }

    fn reference(&self, id: &str) -> String {
        match self {
            Helpdesk::Rt(_) => format!("RT#{id}"),
            Helpdesk::Zendesk(_) => format!("Zendesk #{id}"),
        }
    }
}

/// Opens a helpdesk ticket with the brief as its text and the signed PDF and JSON attached,
/// or appends to the case's ticket there (see [`send_case_to`]); returns the ticket.
pub fn send_case(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    redactor: &Redactor,
    key: &ShareKey,
    to: Helpdesk<'_>,
    now: DateTime<Utc>,
) -> Result<helpdesk::Ticket, ShareError> {
    send_case_to(conn, case_id, redactor, key, to, &TicketChoice::Auto, now).map(|s| s.ticket)
}

/// Hands the case to a helpdesk, with the signed PDF and JSON attached:
/// - a new ticket (`TicketChoice::New`, or `Auto` when the case has no ticket there yet) whose
///   first message is the brief;
/// - or a reply on an existing ticket (`Existing`, or `Auto` with the newest `RT#…` /
///   `Zendesk #…` reference of the case) that says what changed since the last hand-off to
///   that ticket, then gives the current brief.
///
/// Then records it in the case as a new contact (channel: portal) whose reference is the
/// ticket's, so the next brief lists it and the next send finds it. Nothing is recorded when
/// the helpdesk refuses: the case is unchanged.
pub fn send_case_to(
    conn: &rusqlite::Connection,
    case_id: Uuid,
    redactor: &Redactor,
    key: &ShareKey,
    to: Helpdesk<'_>,
    choice: &TicketChoice,
    now: DateTime<Utc>,
) -> Result<Sent, ShareError> {
    let store = CaseStore::new(conn);
    let detail = store.case_detail(case_id)?;
    let target = match choice {
        TicketChoice::New => None,
        TicketChoice::Existing(t) => Some(helpdesk::ticket_number(t)?),
        TicketChoice::Auto => detail
            .interactions
            .iter()
            .rev()
            .find_map(|i| i.references.iter().find_map(|r| to.ticket_in(r))),
    };
    let (export, _) = build_export(conn, case_id, redactor, now)?;
    let mut b = brief::build(&export);
    let (pdf, json) = pdf_and_json(&export, &file_brief(&export, key)?, key, &mut Vec::new())?;
    let file = format!("case-{}", export.case.number);
    let (pdf_name, json_name) = (format!("{file}.pdf"), format!("{file}.json"));
    // Every file carries its proof: the OpenSSH signatures travel with it, and the text says
    // how to check them (and which key to pin on first contact).
    let (pdf_sig, json_sig) = (key.ssh_sign(&pdf)?, key.ssh_sign(&json)?);
    let (pdf_sig_name, json_sig_name) = (format!("{pdf_name}.sig"), format!("{json_name}.sig"));
    b.sections.push(check_section(key, Some(&pdf_name))?);
    let subject = format!("Case {}: {}", export.case.number, export.case.title);
    let files = [
        helpdesk::Upload {
            name: &pdf_name,
            media_type: "application/pdf",
            bytes: &pdf,
        },
        helpdesk::Upload {
            name: &pdf_sig_name,
            media_type: sshsig::SIG_MEDIA_TYPE,
            bytes: pdf_sig.as_bytes(),
        },
        helpdesk::Upload {
            name: &json_name,
            media_type: "application/json",
            bytes: &json,
        },
        helpdesk::Upload {
            name: &json_sig_name,
            media_type: sshsig::SIG_MEDIA_TYPE,
            bytes: json_sig.as_bytes(),
        },
    ];
    let system = match &to {
        Helpdesk::Rt(cfg) => format!("Request Tracker (queue {})", cfg.queue),
        Helpdesk::Zendesk(_) => "Zendesk".to_string(),
    };
    let (ticket, new_contacts) = match &target {
        None => {
            let t = match &to {
                Helpdesk::Rt(cfg) => helpdesk::rt_create(cfg, &subject, &b.to_text(), &files)?,
                Helpdesk::Zendesk(cfg) => {
                    helpdesk::zendesk_create(cfg, &subject, &b.to_text(), &files)?
                }
            };
            (t, 0)
        }
        Some(id) => {
            let reference = to.reference(id);
            // The last contact that carries this ticket's reference is the last hand-off (or
            // the customer's own note of it); what came after it is new for the agent.
            let last = detail.interactions.iter().rposition(|i| {
                i.references
                    .iter()
                    .any(|r| to.ticket_in(r).as_deref() == Some(id))
            });
            let since = last.map_or(0, |p| p + 1);
            let fresh = export.contacts.get(since..).unwrap_or_default();
            let mut text = match last.and_then(|p| export.contacts.get(p)) {
                Some(prev) => {
                    let day = prev.started_at.get(..10).unwrap_or(&prev.started_at);
                    if fresh.is_empty() {
                        format!("Update on case {} ({reference}): no new contacts since the last update on {day}. The current brief follows.\n", export.case.number)
                    } else {
                        format!(
                            "Update on case {} ({reference}): {} new contact{} since the last update on {day}:\n",
                            export.case.number,
                            fresh.len(),
                            if fresh.len() == 1 { "" } else { "s" }
                        )
                    }
                }
                None => format!(
                    "Update on case {} ({reference}). The current brief follows.\n",
                    export.case.number
                ),
            };
            for c in fresh {
                text.push_str(&format!("- {}\n", brief::contact_line(c, false)));
            }
            text.push('\n');
            text.push_str(&b.to_text());
            let t = match &to {
                Helpdesk::Rt(cfg) => helpdesk::rt_append(cfg, id, &text, &files)?,
                Helpdesk::Zendesk(cfg) => helpdesk::zendesk_append(cfg, id, &text, &files)?,
            };
            (t, u32::try_from(fresh.len()).unwrap_or(u32::MAX))
        }
    };
    let summary = if target.is_some() {
        format!(
            "Sent an update with the case brief to {system}: added to ticket {}.",
            ticket.reference
        )
    } else {
        format!(
            "Shared the case brief with {system}; ticket {} opened.",
            ticket.reference
        )
    };
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
            summary,
            error_texts: vec![],
            quotes: vec![],
            promises: vec![],
            outcome: None,
            identity_verified: None,
            identity_method: None,
        },
    )?;
    Ok(Sent {
        action: if target.is_some() {
            "appended"
        } else {
            "opened"
        }
        .into(),
        ticket,
        new_contacts,
    })
}
