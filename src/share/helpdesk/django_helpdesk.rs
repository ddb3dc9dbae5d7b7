//! django-helpdesk (2.x, PyPI) through its Django REST framework API, with an API account the
//! helpdesk's owner gives the customer. Tested against a real django-helpdesk 2.6.1 started by
//! `scripts/django-helpdesk/dh-up.sh` (`tests/share_django_helpdesk.rs`); what the API does is
//! written down at the top of that script. What this code relies on:
//!
//! - Only **staff** accounts may use `/api/tickets/` and `/api/followups/` (403 for a customer's
//!   own account); with per-queue permissions the account sees only the queues it was given,
//!   and any other ticket answers 404 like one that does not exist.
//! - Sign-in is whatever the site configured in Django REST framework: a token
//!   (`Authorization: Token <40 hex>`, `rest_framework.authtoken`) or a user name and password
//!   (HTTP Basic, django-helpdesk's own example settings). The saved secret is the token, or
//!   `user:password` for Basic (a token never contains `:`).
//! - A ticket names its queue by **number** (there is no queue listing); it carries the
//!   customer's e-mail as `submitter_email`, and at most **one** file (`attachment`). The other
//!   files go on a follow-up (`POST /api/followups/`, any number of `attachments` parts).
//! - Files are checked against the site's `HELPDESK_VALID_EXTENSIONS` (by default .txt .asc
//!   .pdf .doc .docx .odt .jpg .png .eml: no .json, no .sig). The ticket's file is refused with a
//!   400 before anything is created; a follow-up's file is a **500 with the follow-up kept
//!   without it**. So every write is read back and each file looked for (name and size): a
//!   file the helpdesk did not keep is an error that names it, never a silent loss.
//! - The product writes a ticket as "[<queue slug>-<number>]" ("[customers-12]", in its
//!   e-mails); its number is the ticket's id, so the case keeps "django-helpdesk #12" and
//!   "[customers-12]" is understood too.

use zeroize::Zeroizing;

use super::{
    answer, check_client, client, id_text, not_this, secure_base, ticket_number,
    ticket_unavailable, token_refused, unreachable, Field, Helpdesk, HelpdeskCheck, HelpdeskKind,
    Settings, Spec, Ticket, Upload,
};
use crate::i18n;
use crate::share::error::{HelpdeskProblem, ShareError, TicketRefusal};

const DH: HelpdeskKind = HelpdeskKind::DjangoHelpdesk;

/// django-helpdesk in the registry: the queue's number and the customer's e-mail (the ticket's
/// submitter).
pub(super) const SPEC: Spec = Spec {
    id: "django_helpdesk",
    name: "django-helpdesk",
    reference: "django-helpdesk #",
    fields: &[Field::Queue, Field::Requestor],
    api_suffix: Some("/api"),
    open: |s: &Settings| Box::new(DjangoHelpdesk::new(s)),
};

/// A django-helpdesk site, e.g. `https://help.example.com` (where its URLs are mounted; the
/// API is under `/api/`).
#[derive(Clone)]
pub struct DjangoHelpdesk {
    address: String,
    /// The queue's number.
    queue: String,
    /// The customer's e-mail address: the ticket's submitter, who gets the helpdesk's e-mails.
    requestor: String,
    /// The API token, or `user:password`. Never logged or shown.
    secret: Zeroizing<String>,
}

impl std::fmt::Debug for DjangoHelpdesk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DjangoHelpdesk")
            .field("address", &self.address)
            .field("queue", &self.queue)
            .field("requestor", &self.requestor)
            .finish_non_exhaustive()
    }
}

/// A file on a ticket as django-helpdesk lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// The follow-up it is on.
    pub followup: u64,
    pub name: String,
    pub size: u64,
    pub media_type: String,
    /// Where to download it (the site's media address).
    pub url: String,
}

/// A ticket read back: what the trait returns, and its follow-ups' files.
struct Read {
    ticket: Ticket,
    /// (follow-up id, its files)
    followups: Vec<(u64, Vec<Attachment>)>,
}

impl DjangoHelpdesk {
    /// From settings already checked (the address without `/api`).
    pub fn new(s: &Settings) -> Self {
        DjangoHelpdesk {
            address: s.address.trim_end_matches('/').to_string(),
            queue: s.queue.trim().to_string(),
            requestor: s.requestor.trim().to_string(),
            secret: s.token.clone(),
        }
    }

    fn api(&self, path: &str) -> Result<String, ShareError> {
        Ok(format!("{}/api/{path}", secure_base(&self.address)?))
    }

    fn auth(&self, req: reqwest::blocking::RequestBuilder) -> reqwest::blocking::RequestBuilder {
        match self.secret.split_once(':') {
            Some((user, password)) => req.basic_auth(user, Some(password)),
            None => req.header("Authorization", format!("Token {}", self.secret.as_str())),
        }
    }

    fn send(&self, req: reqwest::blocking::RequestBuilder) -> Result<(u16, String), ShareError> {
        answer(
            self.auth(req)
                .send()
                .map_err(|e| unreachable(DH.name(), &e))?,
        )
    }

    /// The queue as a number (django-helpdesk has no queue names in its API).
    fn queue_number(&self) -> Result<u64, ShareError> {
        match self.queue.parse::<u64>() {
            Ok(n) if n > 0 && self.queue.bytes().all(|b| b.is_ascii_digit()) => Ok(n),
            _ => Err(ShareError::HelpdeskQueue {
                system: DH.name().into(),
                queue: self.queue.clone(),
            }),
        }
    }

    /// Reads ticket `id` (a number) with its follow-ups' files.
    fn read(&self, id: &str) -> Result<Read, ShareError> {
        let url = self.api(&format!("tickets/{id}/"))?;
        let (status, body) = self.send(client()?.get(&url))?;
        if status == 404 {
            return Err(ticket_unavailable(DH, id, TicketRefusal::NotVisible));
        }
        let t = ok_json(status, &body)?;
        let followups = t
            .get("followup_set")
            .and_then(|f| f.as_array())
            .map(|list| {
                list.iter()
                    .map(|f| {
                        let id = f.get("id").and_then(|v| v.as_u64()).unwrap_or(0);
                        (id, attachments_of(f))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let s = |k: &str| t.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
        Ok(Read {
            ticket: Ticket {
                system: DH.as_str().into(),
                id: id.to_string(),
                subject: s("title"),
                status: status_word(t.get("status")),
                queue: t.get("queue").map(id_text).unwrap_or_default(),
                url,
                reference: DH.reference(id),
            },
            followups,
        })
    }

    /// Every file on ticket `id` (a number, or a reference), oldest first.
    pub fn attachments(&self, id: &str) -> Result<Vec<Attachment>, ShareError> {
        let id = number(id)?;
        Ok(self
            .read(&id)?
            .followups
            .into_iter()
            .flat_map(|(_, files)| files)
            .collect())
    }

    /// Downloads a file listed by [`Self::attachments`] (signed in, as the site may require).
    pub fn download(&self, file: &Attachment) -> Result<Vec<u8>, ShareError> {
        let resp = self
            .auth(client()?.get(&file.url))
            .send()
            .map_err(|e| unreachable(DH.name(), &e))?;
        if !resp.status().is_success() {
            return Err(HelpdeskProblem::FileAnswered {
                system: DH.name(),
                file: file.name.clone(),
                status: resp.status().as_u16(),
            }
            .into());
        }
        crate::net::read_capped_bytes(resp, crate::net::MAX_ANSWER_BYTES)
            .map_err(|_| HelpdeskProblem::FileUnreadable {
                system: DH.name(),
                file: file.name.clone(),
            })?
            .ok_or_else(|| {
                HelpdeskProblem::FileTooLarge {
                    system: DH.name(),
                    file: file.name.clone(),
                }
                .into()
            })
    }

    /// `POST /api/followups/`: `text` (public: the customer sees it and is e-mailed) with
    /// `files`. The answer is not trusted alone: see [`Self::kept`].
    fn post_followup(
        &self,
        id: &str,
        text: &str,
        files: &[Upload<'_>],
    ) -> Result<(u16, String), ShareError> {
        let mut form = Multipart::default();
        form.text("ticket", id);
        form.text("comment", text);
        form.text("public", "true");
        for f in files {
            form.file("attachments", f);
        }
        let (content_type, body) = form.finish();
        self.send(
            client()?
                .post(self.api("followups/")?)
                .header("Content-Type", content_type)
                .body(body),
        )
    }

    /// After a write: reads ticket `id` back and checks that every file in `files` is on a
    /// follow-up newer than `after` (name and size). `refused` is the write's own failure, if
    /// any (a 500 may still have kept the follow-up).
    fn kept(
        &self,
        id: &str,
        after: u64,
        files: &[Upload<'_>],
        refused: Option<ShareError>,
    ) -> Result<Ticket, ShareError> {
        let back = self.read(id)?;
        let new: Vec<&Attachment> = back
            .followups
            .iter()
            .filter(|(f, _)| *f > after)
            .flat_map(|(_, a)| a)
            .collect();
        let added = back.followups.iter().any(|(f, _)| *f > after);
        if let (Some(e), false) = (refused, added) {
            return Err(e);
        }
        let missing: Vec<&str> = files
            .iter()
            .filter(|f| {
                !new.iter()
                    .any(|a| a.name == f.name && a.size == f.bytes.len() as u64)
            })
            .map(|f| f.name)
            .collect();
        if !missing.is_empty() {
            return Err(HelpdeskProblem::NotKept {
                system: DH.name(),
                reference: back.ticket.reference,
                files: missing.join(", "),
            }
            .into());
        }
        Ok(back.ticket)
    }
}

/// The files listed on one follow-up.
fn attachments_of(followup: &serde_json::Value) -> Vec<Attachment> {
    let id = followup.get("id").and_then(|v| v.as_u64()).unwrap_or(0);
    followup
        .get("followupattachment_set")
        .and_then(|a| a.as_array())
        .map(|list| {
            list.iter()
                .map(|a| {
                    let s = |k: &str| a.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
                    Attachment {
                        followup: id,
                        name: s("filename"),
                        size: a.get("size").and_then(|v| v.as_u64()).unwrap_or(0),
                        media_type: s("mime_type"),
                        url: s("file"),
                    }
                })
                .collect()
        })
        .unwrap_or_default()
}

/// django-helpdesk's default statuses (HELPDESK_TICKET_STATUS_CHOICES), as words.
fn status_word(v: Option<&serde_json::Value>) -> String {
    match v.and_then(|v| v.as_u64()) {
        Some(1) => "open".into(),
        Some(2) => "reopened".into(),
        Some(3) => "resolved".into(),
        Some(4) => "closed".into(),
        Some(5) => "duplicate".into(),
        Some(n) => n.to_string(),
        None => String::new(),
    }
}

/// The ticket number in what people type: "12", "#12", "django-helpdesk #12", or the product's
/// own "[customers-12]" / "customers-12".
pub fn number(s: &str) -> Result<String, ShareError> {
    let t = s.trim();
    let inner = t
        .strip_prefix('[')
        .and_then(|r| r.strip_suffix(']'))
        .unwrap_or(t);
    if let Some((slug, n)) = inner.rsplit_once('-') {
        let slug_ok = !slug.is_empty()
            && slug
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if slug_ok && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) {
            return ticket_number(n).map_err(|_| ShareError::BadTicket(s.to_string()));
        }
    }
    ticket_number(t)
}

/// A successful answer's JSON object, or the failure in plain words.
fn ok_json(status: u16, body: &str) -> Result<serde_json::Value, ShareError> {
    if (200..300).contains(&status) {
        return serde_json::from_str::<serde_json::Value>(body)
            .ok()
            .filter(|v| v.is_object())
            .ok_or_else(|| HelpdeskProblem::NotJson { system: DH.name() }.into());
    }
    Err(failure(status, body))
}

/// A refusal: 401 (the token or password), 403 (an account that is not staff), else what the
/// answer says: `{"detail": …}` or `{"field": ["message", …], …}`.
fn failure(status: u16, body: &str) -> ShareError {
    if status == 401 {
        return token_refused(DH);
    }
    let v: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    let said = match v.get("detail").and_then(|d| d.as_str()) {
        Some(d) => d.to_string(),
        None => field_errors(&v),
    };
    if status == 403 {
        return HelpdeskProblem::NotStaff {
            system: DH.name(),
            said,
        }
        .into();
    }
    HelpdeskProblem::Answered {
        system: DH.name(),
        status,
        said,
    }
    .into()
}

/// `{"queue": ["Invalid pk…"], "attachments": {"0": ["Unsupported…"]}}` as one line.
fn field_errors(v: &serde_json::Value) -> String {
    fn texts(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| texts(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| texts(x, out)),
            _ => {}
        }
    }
    let Some(map) = v.as_object() else {
        return String::new();
    };
    let mut parts = Vec::new();
    for (field, messages) in map {
        let mut said = Vec::new();
        texts(messages, &mut said);
        parts.push(format!("{field}: {}", said.join(" ")));
    }
    let line = parts.join("; ");
    line.chars().take(300).collect()
}

/// Whether a 400's field errors are about `field`.
fn names_field(body: &str, field: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .is_some_and(|v| v.get(field).is_some())
}

impl Helpdesk for DjangoHelpdesk {
    fn kind(&self) -> HelpdeskKind {
        DH
    }

    fn label(&self) -> i18n::Message {
        i18n::Message::new("share-helpdesk-django").arg("queue", self.queue.as_str())
    }

    /// `POST /api/tickets/` with the first file attached (a refused file type is a 400 before
    /// anything is created), then one follow-up with the others (their names as its text), then
    /// the ticket read back and every file looked for.
    fn create(
        &self,
        subject: &str,
        text: &str,
        files: &[Upload<'_>],
    ) -> Result<Ticket, ShareError> {
        let queue = self.queue_number()?;
        let mut form = Multipart::default();
        form.text("queue", &queue.to_string());
        // Ticket.title is at most 200 characters.
        form.text("title", &subject.chars().take(200).collect::<String>());
        form.text("description", text);
        form.text("submitter_email", &self.requestor);
        form.text("priority", "3");
        if let Some(first) = files.first() {
            form.file("attachment", first);
        }
        let (content_type, body) = form.finish();
        let (status, answer) = self.send(
            client()?
                .post(self.api("tickets/")?)
                .header("Content-Type", content_type)
                .body(body),
        )?;
        if status == 400 && names_field(&answer, "queue") {
            return Err(ShareError::HelpdeskQueue {
                system: DH.name().into(),
                queue: self.queue.clone(),
            });
        }
        let created = ok_json(status, &answer)?;
        let id = created
            .get("id")
            .map(id_text)
            .filter(|id| ticket_number(id).is_ok())
            .ok_or(HelpdeskProblem::NoTicketId { system: DH.name() })?;
        // The ticket exists from here on: a failure says which, so the customer can add to it
        // rather than open another.
        let opened = |e: ShareError| match e {
            ShareError::Helpdesk(why) if why.reference() == Some(DH.reference(&id).as_str()) => {
                ShareError::Helpdesk(why)
            }
            other => HelpdeskProblem::FilesNotAdded {
                system: DH.name(),
                reference: DH.reference(&id),
                cause: Box::new(other),
            }
            .into(),
        };
        let refused = match files.get(1..).filter(|rest| !rest.is_empty()) {
            None => None,
            Some(rest) => {
                let names: Vec<&str> = rest.iter().map(|f| f.name).collect();
                let (status, body) = self
                    .post_followup(&id, &names.join("\n"), rest)
                    .map_err(opened)?;
                (!(200..300).contains(&status)).then(|| failure(status, &body))
            }
        };
        self.kept(&id, 0, files, refused).map_err(opened)
    }

    /// Reads the ticket first (one this account cannot see is refused before anything is
    /// sent), then `POST /api/followups/` with `text` and every file, then reads it back and
    /// looks for every file on the new follow-up.
    fn append(&self, id: &str, text: &str, files: &[Upload<'_>]) -> Result<Ticket, ShareError> {
        let id = number(id)?;
        let before = self.read(&id)?;
        if text.trim().is_empty() {
            // django-helpdesk accepts an empty follow-up: refuse it here.
            return Err(HelpdeskProblem::EmptyText { system: DH.name() }.into());
        }
        let after = before.followups.iter().map(|(f, _)| *f).max().unwrap_or(0);
        let (status, body) = self.post_followup(&id, text, files)?;
        let refused = match status {
            200..=299 => None,
            // 401/403/400 (e.g. a ticket moved to another queue meanwhile): nothing was added.
            400..=499 => {
                return Err(if names_field(&body, "ticket") {
                    ticket_unavailable(DH, &id, TicketRefusal::MayNotAdd)
                } else {
                    failure(status, &body)
                });
            }
            _ => Some(failure(status, &body)),
        };
        self.kept(&id, after, files, refused)
    }

    fn ticket(&self, id: &str) -> Result<Ticket, ShareError> {
        Ok(self.read(&number(id)?)?.ticket)
    }

    /// `GET /api/` (only django-helpdesk answers with its `tickets` and `followups` routes; a
    /// bad token is a 401 there), then a ticket that cannot be created — the queue with an
    /// empty title — to learn whether the queue exists for this account: django-helpdesk checks
    /// every field before it creates anything, so the answer is a 400 that names the title,
    /// and the queue too when it is not this account's. Nothing is created.
    fn check(&self) -> Result<HelpdeskCheck, ShareError> {
        let c = check_client()?;
        let (status, body) = self.send(c.get(self.api("")?))?;
        if status == 401 {
            return Err(token_refused(DH));
        }
        let routes = (200..300)
            .contains(&status)
            .then(|| serde_json::from_str::<serde_json::Value>(&body).ok())
            .flatten()
            .filter(|v| v.get("tickets").is_some() && v.get("followups").is_some());
        if routes.is_none() {
            return Err(not_this(DH, &self.address));
        }
        let queue = self.queue_number()?;
        let mut form = Multipart::default();
        form.text("queue", &queue.to_string());
        form.text("title", "");
        let (content_type, body) = form.finish();
        let (status, answer) = self.send(
            c.post(self.api("tickets/")?)
                .header("Content-Type", content_type)
                .body(body),
        )?;
        match status {
            400 if names_field(&answer, "queue") => {
                return Err(ShareError::HelpdeskQueue {
                    system: DH.name().into(),
                    queue: self.queue.clone(),
                });
            }
            400 if names_field(&answer, "title") => {}
            _ => return Err(failure(status, &answer)),
        }
        Ok(HelpdeskCheck {
            kind: DH,
            address: self.address.clone(),
            version: None,
            account: Some(self.requestor.clone()),
            queue: Some(self.queue.clone()),
        })
    }

    /// "[customers-12]" and "customers-12" too (the product's e-mails write it so).
    fn number(&self, typed: &str) -> Result<String, ShareError> {
        number(typed)
    }

    fn ticket_in(&self, reference: &str) -> Option<String> {
        let lower = reference.trim().to_ascii_lowercase();
        let rest = lower.strip_prefix("django-helpdesk")?.trim_start();
        if !rest.starts_with('#') {
            return None;
        }
        ticket_number(rest).ok()
    }
}

/// A `multipart/form-data` body (RFC 7578), written here because django-helpdesk takes files
/// only that way. Names are escaped as browsers do (`"` → `%22`, CR and LF → `%0D` `%0A`); the
/// boundary is chosen so that it occurs in no part.
#[derive(Default)]
struct Multipart {
    parts: Vec<(Vec<u8>, Vec<u8>)>,
}

fn quoted(s: &str) -> String {
    s.replace('"', "%22")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

impl Multipart {
    fn text(&mut self, name: &str, value: &str) {
        let head = format!(
            "Content-Disposition: form-data; name=\"{}\"\r\n\r\n",
            quoted(name)
        );
        self.parts
            .push((head.into_bytes(), value.as_bytes().to_vec()));
    }

    fn file(&mut self, name: &str, f: &Upload<'_>) {
        let media_type: String = f.media_type.chars().filter(|c| !c.is_control()).collect();
        let head = format!(
            "Content-Disposition: form-data; name=\"{}\"; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n",
            quoted(name),
            quoted(f.name),
            if media_type.is_empty() {
                "application/octet-stream"
            } else {
                &media_type
            }
        );
        self.parts.push((head.into_bytes(), f.bytes.to_vec()));
    }

    /// The content type (with its boundary) and the body.
    fn finish(self) -> (String, Vec<u8>) {
        let mut n = 0u32;
        let boundary = loop {
            let b = format!("steward-{}-{n}", uuid::Uuid::new_v4().simple());
            let clash = self
                .parts
                .iter()
                .any(|(h, v)| contains(h, b.as_bytes()) || contains(v, b.as_bytes()));
            if !clash {
                break b;
            }
            n += 1;
        };
        let mut body = Vec::new();
        for (head, value) in &self.parts {
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            body.extend_from_slice(head);
            body.extend_from_slice(value);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        (format!("multipart/form-data; boundary={boundary}"), body)
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits a body made by [`Multipart`] back into (head, value) parts at its boundary.
    fn parts_of(content_type: &str, body: &[u8]) -> Vec<(Vec<u8>, Vec<u8>)> {
        let boundary = content_type
            .strip_prefix("multipart/form-data; boundary=")
            .unwrap();
        let open = format!("--{boundary}\r\n");
        let close = format!("\r\n--{boundary}--\r\n");
        assert!(body.starts_with(open.as_bytes()) && body.ends_with(close.as_bytes()));
        let inner = &body[open.len()..body.len() - close.len()];
        let delimiter = format!("\r\n--{boundary}\r\n");
        let mut out = Vec::new();
        let mut rest = inner;
        loop {
            let (part, next) = match rest
                .windows(delimiter.len())
                .position(|w| w == delimiter.as_bytes())
            {
                Some(i) => (&rest[..i], Some(&rest[i + delimiter.len()..])),
                None => (rest, None),
            };
            let split = part.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
            out.push((part[..split + 4].to_vec(), part[split + 4..].to_vec()));
            match next {
                Some(n) => rest = n,
                None => break,
            }
        }
        out
    }

    proptest::proptest! {
        /// Whatever the text and the file hold (the boundary's own prefix, CR LF, any byte), the
        /// body splits back into exactly the parts given, each value byte for byte.
        #[test]
        fn any_text_and_file_come_back_whole(
            text in ".{0,200}",
            name in "[^\\x00]{1,40}",
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2000),
            sprinkle in proptest::prelude::any::<bool>(),
        ) {
            let mut bytes = bytes;
            if sprinkle {
                bytes.extend_from_slice(b"\r\n--steward-");
            }
            let mut form = Multipart::default();
            form.text("description", &text);
            form.file("attachment", &Upload { name: &name, media_type: "application/pdf", bytes: &bytes });
            let (content_type, body) = form.finish();
            let parts = parts_of(&content_type, &body);
            proptest::prop_assert_eq!(parts.len(), 2);
            proptest::prop_assert_eq!(&parts[0].1, &text.as_bytes().to_vec());
            proptest::prop_assert_eq!(&parts[1].1, &bytes);
            // The file name stays on one header line.
            let head = String::from_utf8_lossy(&parts[1].0).to_string();
            proptest::prop_assert_eq!(head.matches("\r\n").count(), 3, "{}", head);
        }

        /// Any typed ticket is a number or a clear refusal, never a panic; the product's own
        /// "[queue-N]" gives N.
        #[test]
        fn typed_tickets_never_panic(s in ".{0,40}", slug in "[a-z0-9_-]{1,20}", n in 1u64..1_000_000) {
            let _ = number(&s);
            proptest::prop_assert_eq!(number(&format!("[{slug}-{n}]")).unwrap(), n.to_string());
        }
    }

    #[test]
    fn ticket_numbers_in_the_products_own_form_are_understood() {
        for (s, n) in [
            ("12", "12"),
            ("#12", "12"),
            ("django-helpdesk #12", "12"),
            ("[customers-12]", "12"),
            ("customers-12", "12"),
            (" [my_queue-2-7] ", "7"),
        ] {
            assert_eq!(number(s).unwrap(), n, "{s}");
        }
        for bad in [
            "",
            "customers-",
            "[customers-0]",
            "-12",
            "custo mers-12",
            "[a-1",
            "12a",
        ] {
            assert!(number(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_secret_is_never_in_debug_output() {
        let d = DjangoHelpdesk::new(&Settings {
            address: "http://127.0.0.1:8095".into(),
            queue: "1".into(),
            requestor: "carol@example.test".into(),
            token: Zeroizing::new("0123456789abcdef0123456789abcdef01234567".into()),
        });
        let shown = format!("{d:?}");
        assert!(!shown.contains("0123456789abcdef"), "{shown}");
        assert!(shown.contains("127.0.0.1:8095"));
    }

    #[test]
    fn refusals_say_what_django_rest_framework_said() {
        let e = failure(401, r#"{"detail":"Invalid token."}"#);
        assert_eq!(crate::error::UserFacing::code(&e), "helpdesk_token_refused");
        let e = failure(
            403,
            r#"{"detail":"You do not have permission to perform this action."}"#,
        );
        assert!(e.to_string().contains("staff"), "{e}");
        let e = failure(
            400,
            r#"{"queue":["Invalid pk \"2\" - object does not exist."],"attachments":{"0":["Unsupported file extension: .sig"]}}"#,
        );
        let said = e.to_string();
        assert!(said.contains("queue: Invalid pk"), "{said}");
        assert!(
            said.contains("attachments: Unsupported file extension: .sig"),
            "{said}"
        );
        // An HTML error page is not repeated to the customer.
        let e = failure(500, "<!doctype html><h1>Server Error (500)</h1>");
        assert!(!e.to_string().contains('<'), "{e}");
    }

    #[test]
    fn the_form_body_keeps_every_byte_and_its_boundary_is_in_no_part() {
        let pdf: Vec<u8> = (0..=255u8).cycle().take(5000).collect();
        let mut form = Multipart::default();
        form.text("description", "Xin chào\r\n--steward-");
        form.file(
            "attachment",
            &Upload {
                name: "case \"3\".pdf",
                media_type: "application/pdf",
                bytes: &pdf,
            },
        );
        let (content_type, body) = form.finish();
        let boundary = content_type
            .strip_prefix("multipart/form-data; boundary=")
            .unwrap();
        let delimiter = format!("\r\n--{boundary}");
        // Exactly: opening line, one delimiter between the parts, the closing one.
        assert!(body.starts_with(format!("--{boundary}\r\n").as_bytes()));
        assert!(body.ends_with(format!("--{boundary}--\r\n").as_bytes()));
        let count = body
            .windows(delimiter.len())
            .filter(|w| *w == delimiter.as_bytes())
            .count();
        assert_eq!(count, 2);
        assert!(contains(&body, "Xin chào\r\n--steward-\r\n".as_bytes()));
        assert!(contains(&body, &pdf));
        assert!(contains(&body, b"filename=\"case %223%22.pdf\""));
    }
}
