//! Attachments and evidence: files (screenshots, PDFs), e-mails (`.eml`, read for sender, date,
//! subject and DKIM-Signature, the raw bytes kept intact) and pasted chat transcripts. The bytes
//! live inside the encrypted database, once per SHA-256; each attachment row points at them.
//! File names are never trusted: only the last path component is kept, without control or
//! direction-override characters.

use std::sync::LazyLock;

use chrono::{DateTime, Duration, TimeZone, Utc};
use mail_parser::{HeaderName, MessageParser};
use regex::Regex;
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;
use uuid::Uuid;

use super::capture::{suggest_from_transcript, CaptureSuggestions};
use super::events;
use super::model::Channel;
use super::store::{parse_ts, parse_uuid, ts, CaseStore};
use super::CaseError;

/// A copy of an attachment saved to a file, and where.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct SavedAttachment {
    #[serde(flatten)]
    pub attachment: Attachment,
    pub path: String,
}

/// What saving an attachment does with a file already at the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Refuse: the file there stays as it is.
    Keep,
    /// Replace it (the person confirmed).
    Replace,
}

/// The largest file Steward keeps: 25 MiB.
pub const MAX_ATTACHMENT_BYTES: usize = 25 * 1024 * 1024;
/// File names are cut to this many characters (the extension is kept).
const MAX_NAME_CHARS: usize = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum AttachmentKind {
    /// An e-mail (`.eml`), kept byte for byte.
    Email,
    /// A chat transcript pasted as text.
    Transcript,
    /// A screenshot or photo (PNG, JPEG, GIF, WebP).
    Image,
    Pdf,
    /// Anything else.
    File,
}

impl AttachmentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AttachmentKind::Email => "email",
            AttachmentKind::Transcript => "transcript",
            AttachmentKind::Image => "image",
            AttachmentKind::Pdf => "pdf",
            AttachmentKind::File => "file",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            AttachmentKind::Email,
            AttachmentKind::Transcript,
            AttachmentKind::Image,
            AttachmentKind::Pdf,
            AttachmentKind::File,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            AttachmentKind::Email => "E-mail",
            AttachmentKind::Transcript => "Transcript",
            AttachmentKind::Image => "Image",
            AttachmentKind::Pdf => "PDF",
            AttachmentKind::File => "File",
        }
    }
}

/// What Steward read from an e-mail's headers. The e-mail itself is kept unchanged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct EmailMeta {
    /// The sender's address, as the From header gives it (it can be forged; see DKIM).
    pub from: Option<String>,
    pub from_name: Option<String>,
    pub to: Vec<String>,
    pub subject: Option<String>,
    pub date: Option<DateTime<Utc>>,
    pub message_id: Option<String>,
    /// Whether a DKIM-Signature header is present. Steward does not verify it (that needs the
    /// sender's DNS); the header is kept intact so anyone can.
    pub dkim_signature: bool,
    /// The signing domain (`d=`) of the first DKIM-Signature, if any.
    pub dkim_domain: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Attachment {
    pub id: Uuid,
    pub case_id: Uuid,
    /// Numbered per case from 1 ("attachment 2 of case 3").
    #[ts(type = "number")]
    pub number: i64,
    /// The contact it belongs to, if any.
    pub interaction_id: Option<Uuid>,
    /// A bare file name (never a path).
    pub file_name: String,
    pub media_type: String,
    #[ts(type = "number")]
    pub size: u64,
    /// Lowercase hex SHA-256 of the bytes.
    pub sha256: String,
    pub kind: AttachmentKind,
    pub email: Option<EmailMeta>,
    pub added_at: DateTime<Utc>,
}

/// How to add an attachment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AttachOptions {
    /// The contact of the same case it belongs to.
    #[serde(default)]
    pub interaction_id: Option<Uuid>,
    /// The bytes are a pasted chat transcript (UTF-8 text).
    #[serde(default)]
    pub transcript: bool,
}

/// A chat the evidence describes that has no matching contact in the record: maybe an impostor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct UnloggedContact {
    pub channel: Channel,
    /// When it happened, as far as the evidence says (the e-mail's date).
    pub around: Option<DateTime<Utc>>,
    pub reason: String,
}

/// The result of adding an attachment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct AttachmentAdded {
    pub attachment: Attachment,
    /// The same bytes were already attached to this case: nothing new was stored.
    pub already_attached: bool,
    /// Set when an e-mailed transcript describes a chat the customer never logged: the UI and
    /// the CLI offer to raise a `contact_not_made` alert.
    pub unlogged_contact: Option<UnloggedContact>,
    /// References, agents, errors and promises read from a transcript or an e-mail's text.
    pub suggestions: Option<CaptureSuggestions>,
}

static CHAT_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(chat|transcript|conversation)\b")
        .unwrap_or_else(|e| panic!("built-in pattern: {e}"))
});

/// Keeps only a safe, bare file name: no directories, no control or direction-override
/// characters, no leading/trailing spaces or dots, at most [`MAX_NAME_CHARS`] characters.
pub fn clean_file_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .chars()
        .filter(|c| {
            !c.is_control()
                && !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
        })
        .collect();
    let trimmed = cleaned.trim().trim_matches('.').trim();
    if trimmed.is_empty() {
        return "attachment".into();
    }
    if trimmed.chars().count() <= MAX_NAME_CHARS {
        return trimmed.to_string();
    }
    // Keep the extension, cut the stem.
    let (stem, ext) = match trimmed.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() && e.chars().count() <= 10 => (s, Some(e)),
        _ => (trimmed, None),
    };
    let room = MAX_NAME_CHARS - ext.map(|e| e.chars().count() + 1).unwrap_or(0);
    let stem: String = stem.chars().take(room).collect();
    match ext {
        Some(e) => format!("{}.{e}", stem.trim_end()),
        None => stem.trim_end().to_string(),
    }
}

fn has_extension(name: &str, ext: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, e)| e.eq_ignore_ascii_case(ext))
}

/// What the bytes are, from their content (the name only tells e-mail from plain text).
fn sniff(bytes: &[u8], name: &str) -> (AttachmentKind, &'static str) {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        (AttachmentKind::Image, "image/png")
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        (AttachmentKind::Image, "image/jpeg")
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        (AttachmentKind::Image, "image/gif")
    } else if bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        (AttachmentKind::Image, "image/webp")
    } else if bytes.starts_with(b"%PDF-") {
        (AttachmentKind::Pdf, "application/pdf")
    } else if has_extension(name, "eml") {
        (AttachmentKind::Email, "message/rfc822")
    } else if std::str::from_utf8(bytes).is_ok() {
        (AttachmentKind::File, "text/plain; charset=utf-8")
    } else {
        (AttachmentKind::File, "application/octet-stream")
    }
}

/// Reads an e-mail's headers. Fails when the bytes are not an e-mail at all.
pub fn parse_email(bytes: &[u8]) -> Result<(EmailMeta, Option<String>), String> {
    let message = MessageParser::default()
        .parse(bytes)
        .ok_or_else(|| crate::t!("cases-email-no-headers"))?;
    // mail-parser is lenient: insist on the headers every real e-mail has.
    let from = message.from().and_then(|a| a.first());
    let date = message.date().filter(|d| d.is_valid());
    if from.is_none() && date.is_none() {
        return Err(crate::t!("cases-email-no-from-date"));
    }
    let dkim = message
        .headers()
        .iter()
        .find(|h| h.name == HeaderName::DkimSignature);
    let dkim_domain = dkim.and_then(|h| {
        let raw = bytes.get(h.offset_start() as usize..h.offset_end() as usize)?;
        let raw = String::from_utf8_lossy(raw);
        raw.split(';').find_map(|tag| {
            let (k, v) = tag.split_once('=')?;
            (k.trim() == "d").then(|| v.split_whitespace().collect::<String>())
        })
    });
    let meta = EmailMeta {
        from: from.and_then(|a| a.address()).map(str::to_string),
        from_name: from.and_then(|a| a.name()).map(str::to_string),
        to: message
            .to()
            .map(|to| {
                to.iter()
                    .filter_map(|a| a.address().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default(),
        subject: message.subject().map(str::to_string),
        date: date.and_then(|d| Utc.timestamp_opt(d.to_timestamp(), 0).single()),
        message_id: message.message_id().map(str::to_string),
        dkim_signature: dkim.is_some(),
        dkim_domain,
    };
    let body = message.body_text(0).map(|b| b.into_owned());
    Ok((meta, body))
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

const ATTACHMENT_SELECT: &str = "SELECT id, case_id, number, interaction_id, file_name,
        media_type, size, sha256, kind, meta, added_at FROM attachments";

fn attachment_from_row(r: &Row<'_>) -> rusqlite::Result<Attachment> {
    let kind: String = r.get(8)?;
    let meta: Option<String> = r.get(9)?;
    let email = match meta {
        Some(json) => serde_json::from_str::<EmailMeta>(&json).ok(),
        None => None,
    };
    Ok(Attachment {
        id: parse_uuid(&r.get::<_, String>(0)?)?,
        case_id: parse_uuid(&r.get::<_, String>(1)?)?,
        number: r.get(2)?,
        interaction_id: r
            .get::<_, Option<String>>(3)?
            .as_deref()
            .map(parse_uuid)
            .transpose()?,
        file_name: r.get(4)?,
        media_type: r.get(5)?,
        size: r.get::<_, i64>(6)?.max(0) as u64,
        sha256: r.get(7)?,
        kind: AttachmentKind::parse(&kind)
            .ok_or_else(|| super::store::bad_value("attachment kind", &kind))?,
        email,
        added_at: parse_ts(&r.get::<_, String>(10)?)?,
    })
}

impl CaseStore<'_> {
    /// Adds a file, an e-mail or a pasted transcript to a case. The bytes are stored once per
    /// SHA-256; the same bytes on the same case are not attached twice.
    pub fn add_attachment(
        &self,
        case_id: Uuid,
        file_name: &str,
        bytes: &[u8],
        options: &AttachOptions,
    ) -> Result<AttachmentAdded, CaseError> {
        let case = self.case(case_id)?;
        let mut name = clean_file_name(file_name);
        if bytes.is_empty() {
            return Err(CaseError::EmptyFile(name));
        }
        if bytes.len() > MAX_ATTACHMENT_BYTES {
            return Err(CaseError::FileTooLarge {
                name,
                size: bytes.len() as u64,
                max: MAX_ATTACHMENT_BYTES as u64,
            });
        }
        if let Some(i) = options.interaction_id {
            self.check_interaction(case_id, case.number, i)?;
        }
        let (kind, media_type, email, text) = if options.transcript {
            let text = std::str::from_utf8(bytes)
                .map_err(|_| CaseError::TranscriptNotText(name.clone()))?;
            if name == "attachment" {
                name = format!("transcript-{}.txt", Utc::now().format("%Y-%m-%d-%H%M"));
            }
            (
                AttachmentKind::Transcript,
                "text/plain; charset=utf-8",
                None,
                Some(text.to_string()),
            )
        } else {
            match sniff(bytes, &name) {
                (AttachmentKind::Email, media) => {
                    let (meta, body) =
                        parse_email(bytes).map_err(|detail| CaseError::MalformedEmail {
                            name: name.clone(),
                            detail,
                        })?;
                    (AttachmentKind::Email, media, Some(meta), body)
                }
                (kind, media) => (kind, media, None, None),
            }
        };
        let sha256 = sha256_hex(bytes);

        let existing = self
            .conn
            .query_row(
                &format!("{ATTACHMENT_SELECT} WHERE case_id = ?1 AND sha256 = ?2 LIMIT 1"),
                params![case_id.to_string(), sha256],
                attachment_from_row,
            )
            .optional()?;
        let (attachment, already_attached) = match existing {
            Some(a) => (a, true),
            None => {
                let now = Utc::now();
                let tx = self.conn.unchecked_transaction()?;
                tx.execute(
                    "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?1, ?2, ?3)",
                    params![sha256, bytes.len() as i64, bytes],
                )?;
                let number: i64 = tx.query_row(
                    "SELECT COALESCE(MAX(number), 0) + 1 FROM attachments WHERE case_id = ?1",
                    [case_id.to_string()],
                    |r| r.get(0),
                )?;
                let attachment = Attachment {
                    id: Uuid::now_v7(),
                    case_id,
                    number,
                    interaction_id: options.interaction_id,
                    file_name: name,
                    media_type: media_type.to_string(),
                    size: bytes.len() as u64,
                    sha256: sha256.clone(),
                    kind,
                    email,
                    added_at: now,
                };
                let meta = attachment
                    .email
                    .as_ref()
                    .map(serde_json::to_string)
                    .transpose()
                    .map_err(|e| CaseError::Corrupt(e.to_string()))?;
                tx.execute(
                    "INSERT INTO attachments (id, case_id, number, interaction_id, file_name,
                        media_type, size, sha256, kind, meta, added_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                    params![
                        attachment.id.to_string(),
                        case_id.to_string(),
                        number,
                        attachment.interaction_id.map(|i| i.to_string()),
                        attachment.file_name,
                        attachment.media_type,
                        bytes.len() as i64,
                        sha256,
                        kind.as_str(),
                        meta,
                        ts(now)
                    ],
                )?;
                tx.execute(
                    "UPDATE cases SET updated_at = ?2 WHERE id = ?1",
                    params![case_id.to_string(), ts(now)],
                )?;
                // The event records what was added, not the bytes (those are in `blobs`).
                events::append(
                    &tx,
                    now,
                    Some(case_id),
                    "attachment_added",
                    attachment.id,
                    &attachment,
                )?;
                tx.commit()?;
                // Read back, so the caller sees what is stored (times at stored precision).
                (self.attachment(attachment.id)?, false)
            }
        };
        let suggestions = text
            .as_deref()
            .map(suggest_from_transcript)
            .filter(|s| *s != CaptureSuggestions::default());
        let unlogged_contact = match (&attachment.email, &text) {
            (Some(meta), body) => self.unlogged_chat(case_id, meta, body.as_deref())?,
            _ => None,
        };
        Ok(AttachmentAdded {
            attachment,
            already_attached,
            unlogged_contact,
            suggestions,
        })
    }

    /// An e-mail about a chat (a transcript, a chat confirmation) with no chat logged near its
    /// date, on this case or any case of the same account.
    fn unlogged_chat(
        &self,
        case_id: Uuid,
        meta: &EmailMeta,
        body: Option<&str>,
    ) -> Result<Option<UnloggedContact>, CaseError> {
        let about_chat = meta
            .subject
            .as_deref()
            .is_some_and(|s| CHAT_WORDS.is_match(s))
            || body
                .is_some_and(|b| CHAT_WORDS.is_match(&b.chars().take(5_000).collect::<String>()));
        if !about_chat {
            return Ok(None);
        }
        // A transcript is mailed right after the chat: look two days back, two hours forward.
        let (from, to) = match meta.date {
            Some(d) => (ts(d - Duration::hours(48)), ts(d + Duration::hours(2))),
            None => (String::new(), "9999".to_string()),
        };
        let logged: i64 = self.conn.query_row(
            "SELECT count(*) FROM interactions i JOIN cases c ON c.id = i.case_id
             WHERE i.channel = 'chat' AND i.direction != 'unsolicited'
               AND i.started_at >= ?2 AND i.started_at <= ?3
               AND (c.id = ?1 OR c.account_id = (SELECT account_id FROM cases WHERE id = ?1))",
            params![case_id.to_string(), from, to],
            |r| r.get(0),
        )?;
        if logged > 0 {
            return Ok(None);
        }
        let when = match meta.date {
            Some(d) => format!(" around {}", d.format("%Y-%m-%d %H:%M UTC")),
            None => String::new(),
        };
        Ok(Some(UnloggedContact {
            channel: Channel::Chat,
            around: meta.date,
            reason: format!(
                "This e-mail is about a support chat{when}, and no chat is logged then. If you did \
                 not have that chat, someone may have posed as you."
            ),
        }))
    }

    fn check_interaction(
        &self,
        case_id: Uuid,
        case_number: i64,
        interaction_id: Uuid,
    ) -> Result<(), CaseError> {
        let found: Option<String> = self
            .conn
            .query_row(
                "SELECT id FROM interactions WHERE id = ?1 AND case_id = ?2",
                params![interaction_id.to_string(), case_id.to_string()],
                |r| r.get(0),
            )
            .optional()?;
        match found {
            Some(_) => Ok(()),
            None => Err(CaseError::ContactNotFound {
                case: case_number,
                contact: interaction_id.to_string(),
            }),
        }
    }

    /// A case's attachments, in the order they were added.
    pub fn attachments(&self, case_id: Uuid) -> Result<Vec<Attachment>, CaseError> {
        self.case(case_id)?;
        let mut stmt = self.conn.prepare(&format!(
            "{ATTACHMENT_SELECT} WHERE case_id = ?1 ORDER BY number"
        ))?;
        let rows = stmt.query_map([case_id.to_string()], attachment_from_row)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    pub fn attachment(&self, id: Uuid) -> Result<Attachment, CaseError> {
        self.conn
            .query_row(
                &format!("{ATTACHMENT_SELECT} WHERE id = ?1"),
                [id.to_string()],
                attachment_from_row,
            )
            .optional()?
            .ok_or_else(|| CaseError::AttachmentNotFound {
                case: 0,
                attachment: id.to_string(),
            })
    }

    /// Attachment `number` (from 1, as `steward case attachments` lists them) of a case.
    pub fn attachment_by_number(
        &self,
        case_id: Uuid,
        number: i64,
    ) -> Result<Attachment, CaseError> {
        let case = self.case(case_id)?;
        self.conn
            .query_row(
                &format!("{ATTACHMENT_SELECT} WHERE case_id = ?1 AND number = ?2"),
                params![case_id.to_string(), number],
                attachment_from_row,
            )
            .optional()?
            .ok_or_else(|| CaseError::AttachmentNotFound {
                case: case.number,
                attachment: number.to_string(),
            })
    }

    /// The bytes of an attachment, exactly as added; their SHA-256 is checked on the way out.
    pub fn attachment_bytes(&self, id: Uuid) -> Result<(Attachment, Vec<u8>), CaseError> {
        let attachment = self.attachment(id)?;
        let bytes: Vec<u8> = self
            .conn
            .query_row(
                "SELECT data FROM blobs WHERE sha256 = ?1",
                [&attachment.sha256],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| {
                CaseError::Corrupt(crate::t!(
                    "cases-attachment-bytes-missing",
                    name = &attachment.file_name
                ))
            })?;
        if sha256_hex(&bytes) != attachment.sha256 {
            return Err(CaseError::Corrupt(crate::t!(
                "cases-attachment-bytes-changed",
                name = &attachment.file_name
            )));
        }
        Ok((attachment, bytes))
    }

    /// Writes a copy of an attachment's bytes (checked against their SHA-256) to `target`.
    /// `Existing::Keep` never touches a file already there (the CLI: the customer's evidence
    /// elsewhere is not overwritten); `Existing::Replace` swaps it atomically (the window: the
    /// system's Save dialog has already asked whether to replace it).
    pub fn save_attachment(
        &self,
        id: Uuid,
        target: &std::path::Path,
        existing: Existing,
    ) -> Result<SavedAttachment, CaseError> {
        let (attachment, bytes) = self.attachment_bytes(id)?;
        let failed = |create: bool, e: std::io::Error| CaseError::CannotSave {
            path: target.display().to_string(),
            detail: e.to_string(),
            create,
        };
        match existing {
            Existing::Replace => {
                crate::fs::write_atomic(target, &bytes).map_err(|e| failed(false, e))?
            }
            Existing::Keep => {
                use std::io::Write;
                let mut file = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(target)
                    .map_err(|e| failed(true, e))?;
                file.write_all(&bytes)
                    .and_then(|_| file.sync_all())
                    .map_err(|e| failed(false, e))?;
            }
        }
        Ok(SavedAttachment {
            attachment,
            path: target.display().to_string(),
        })
    }

    /// Removes an attachment; its bytes go too when no other attachment uses them. Evidence of
    /// an open alert is kept until the alert is resolved.
    pub fn remove_attachment(&self, id: Uuid) -> Result<Attachment, CaseError> {
        let attachment = self.attachment(id)?;
        if let Some(alert) = self
            .conn
            .query_row(
                "SELECT number FROM alerts WHERE attachment_id = ?1 AND resolved_at IS NULL",
                [id.to_string()],
                |r| r.get::<_, i64>(0),
            )
            .optional()?
        {
            return Err(CaseError::AttachmentIsEvidence {
                name: attachment.file_name,
                alert,
            });
        }
        let now = Utc::now();
        let tx = self.conn.unchecked_transaction()?;
        tx.execute("DELETE FROM attachments WHERE id = ?1", [id.to_string()])?;
        tx.execute(
            "DELETE FROM blobs WHERE sha256 = ?1
             AND NOT EXISTS (SELECT 1 FROM attachments WHERE sha256 = ?1)",
            [&attachment.sha256],
        )?;
        tx.execute(
            "UPDATE alerts SET attachment_id = NULL WHERE attachment_id = ?1",
            [id.to_string()],
        )?;
        events::append(
            &tx,
            now,
            Some(attachment.case_id),
            "attachment_removed",
            id,
            &serde_json::json!({
                "number": attachment.number,
                "file_name": attachment.file_name,
                "sha256": attachment.sha256,
            }),
        )?;
        tx.commit()?;
        Ok(attachment)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_lose_paths_controls_and_direction_tricks() {
        assert_eq!(clean_file_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_file_name("C:\\Users\\me\\shot.png"), "shot.png");
        assert_eq!(clean_file_name(".."), "attachment");
        assert_eq!(clean_file_name(""), "attachment");
        assert_eq!(clean_file_name("/"), "attachment");
        assert_eq!(clean_file_name("invoice\u{202e}fdp.exe"), "invoicefdp.exe");
        assert_eq!(clean_file_name("a\nb\u{0}c.txt"), "abc.txt");
        assert_eq!(clean_file_name("  .hidden  "), "hidden");
        let long = format!("{}.pdf", "x".repeat(500));
        let cut = clean_file_name(&long);
        assert_eq!(cut.chars().count(), MAX_NAME_CHARS);
        assert!(cut.ends_with(".pdf"));
        assert_eq!(clean_file_name("Thư hỗ trợ.eml"), "Thư hỗ trợ.eml");
    }

    #[test]
    fn content_decides_the_kind_not_the_name() {
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n....", "x.pdf").0,
            AttachmentKind::Image
        );
        assert_eq!(sniff(b"%PDF-1.7", "x.png").1, "application/pdf");
        assert_eq!(sniff(b"hello", "notes.txt").0, AttachmentKind::File);
        assert_eq!(
            sniff(&[0, 159, 146, 150], "x.bin").1,
            "application/octet-stream"
        );
        assert_eq!(sniff(b"From: a@b.c", "mail.EML").0, AttachmentKind::Email);
    }

    #[test]
    fn an_email_gives_sender_subject_date_and_dkim() {
        let eml = b"DKIM-Signature: v=1; a=rsa-sha256; d=shop.example; s=s1;\r\n bh=abc=; b=def=\r\nFrom: Example Shop <support@shop.example>\r\nTo: me@example.org\r\nSubject: Your chat transcript\r\nDate: Tue, 3 Mar 2026 10:15:00 +0700\r\nMessage-ID: <t1@shop.example>\r\n\r\nHello\r\n";
        let (meta, body) = parse_email(eml).unwrap();
        assert_eq!(meta.from.as_deref(), Some("support@shop.example"));
        assert_eq!(meta.from_name.as_deref(), Some("Example Shop"));
        assert_eq!(meta.subject.as_deref(), Some("Your chat transcript"));
        assert_eq!(
            meta.date.map(|d| d.to_rfc3339()).as_deref(),
            Some("2026-03-03T03:15:00+00:00")
        );
        assert!(meta.dkim_signature);
        assert_eq!(meta.dkim_domain.as_deref(), Some("shop.example"));
        assert_eq!(meta.to, vec!["me@example.org"]);
        assert!(body.unwrap().contains("Hello"));
        assert!(parse_email(b"just some words, no headers at all").is_err());
        assert!(parse_email(b"").is_err());
        assert!(parse_email(&[0xff, 0xfe, 0, 1, 2]).is_err());
    }
}
