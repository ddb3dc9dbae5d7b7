//! Hand-off to a helpdesk: Request Tracker's REST2 API (RT 5), as an unprivileged customer with
//! an auth token. A ticket is created with the brief as its text and the signed PDF and JSON
//! exports attached (base64 in the JSON body, which RT 5.0.3 accepts on `POST /ticket`), then read
//! back so the caller knows the ticket really exists and is visible to the customer.
//!
//! Pitfalls of RT 5.0.3 this code relies on knowing (see scripts/rt/): the Requestor must be
//! sent (else the creator cannot see their own ticket: 403), a browser-like User-Agent turns a
//! bad login into a 302 (so we send our own), and errors come back as `{"message": …}`.

use std::time::Duration;

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::error::ShareError;

/// Where and as whom to open the ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RtConfig {
    /// The REST2 base, e.g. `http://127.0.0.1:8080/REST/2.0`.
    pub rest2: String,
    /// An RT auth token (`1-27-…`); never logged or exported.
    #[serde(skip_serializing)]
    pub token: String,
    pub queue: String,
    /// The customer's e-mail address in RT.
    pub requestor: String,
}

/// A file to attach.
pub struct Upload<'a> {
    pub name: &'a str,
    pub media_type: &'a str,
    pub bytes: &'a [u8],
}

/// The ticket as RT reports it after creation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HelpdeskTicket")]
pub struct Ticket {
    /// `rt`.
    pub system: String,
    pub id: String,
    pub subject: String,
    pub status: String,
    pub queue: String,
    /// The ticket's REST2 URL.
    pub url: String,
    /// The reference as it is written into the case ("RT#12").
    pub reference: String,
}

fn client() -> Result<reqwest::blocking::Client, ShareError> {
    crate::net::client_builder(Duration::from_secs(60))
        .build()
        .map_err(|e| ShareError::Helpdesk(format!("could not start an HTTP client: {e}")))
}

/// The helpdesks' names as the customer knows them (product names, the same in every language).
pub(super) const RT: &str = "Request Tracker";
pub(super) const ZENDESK: &str = "Zendesk";

/// No answer from a helpdesk: where (scheme, host and port only) and why, in plain words.
pub(super) fn unreachable(system: &str, e: &reqwest::Error) -> ShareError {
    ShareError::HelpdeskUnreachable {
        system: system.into(),
        address: e
            .url()
            .map(|u| u.origin().ascii_serialization())
            .unwrap_or_default(),
        detail: crate::net::describe_failure(e),
    }
}

fn rt_error(status: reqwest::StatusCode, body: &str) -> ShareError {
    let message = serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| {
            v.get("message")
                .and_then(|m| m.as_str())
                .map(str::to_string)
        })
        .unwrap_or_else(|| body.chars().take(200).collect());
    let why = match status.as_u16() {
        401 | 302 => return ShareError::HelpdeskTokenRefused { system: RT.into() },
        403 => format!("RT refused: {message}"),
        _ => format!("RT answered {status}: {message}"),
    };
    ShareError::Helpdesk(why)
}

fn send(req: reqwest::blocking::RequestBuilder) -> Result<serde_json::Value, ShareError> {
    let resp = req.send().map_err(|e| unreachable(RT, &e))?;
    let status = resp.status();
    let body = capped(resp)?;
    if !status.is_success() {
        return Err(rt_error(status, &body));
    }
    serde_json::from_str(&body)
        .map_err(|e| ShareError::Helpdesk(format!("RT's answer is not JSON: {e}")))
}

/// An answer's body, refused past [`crate::net::MAX_ANSWER_BYTES`].
pub(super) fn capped(resp: reqwest::blocking::Response) -> Result<String, ShareError> {
    crate::net::read_capped(resp)
        .map_err(|e| ShareError::Helpdesk(format!("the answer could not be read: {e}")))?
        .ok_or_else(|| ShareError::Helpdesk("the answer was too large to be a helpdesk's".into()))
}

/// A helpdesk's base address: https only (except on this computer), no login inside.
fn secure_base(address: &str) -> Result<String, ShareError> {
    crate::net::secure_url(address)
        .map(|u| u.as_str().trim_end_matches('/').to_string())
        .map_err(|r| ShareError::Helpdesk(format!("{address}: {}", r.says())))
}

fn base(cfg: &RtConfig) -> Result<String, ShareError> {
    secure_base(&cfg.rest2)
}

/// A plain-text message with `files` attached (base64), as RT's ticket create and correspond
/// both take it.
fn rt_message(text: &str, files: &[Upload<'_>]) -> serde_json::Value {
    let b64 = base64::engine::general_purpose::STANDARD;
    serde_json::json!({
        "Content": text,
        "ContentType": "text/plain",
        "Attachments": files.iter().map(|f| serde_json::json!({
            "FileName": f.name,
            "FileType": f.media_type,
            "FileContent": b64.encode(f.bytes),
        })).collect::<Vec<_>>(),
    })
}

/// POSTs `body` as JSON to `path` under REST2, with the customer's token.
fn rt_post(
    cfg: &RtConfig,
    path: &str,
    body: &serde_json::Value,
) -> Result<serde_json::Value, ShareError> {
    send(
        client()?
            .post(format!("{}/{path}", base(cfg)?))
            .header("Authorization", format!("token {}", cfg.token))
            .header("Content-Type", "application/json")
            .body(body.to_string()),
    )
}

/// Opens a ticket with `text` as its first message and `files` attached, then reads it back.
pub fn rt_create(
    cfg: &RtConfig,
    subject: &str,
    text: &str,
    files: &[Upload<'_>],
) -> Result<Ticket, ShareError> {
    let mut body = rt_message(text, files);
    body["Queue"] = cfg.queue.clone().into();
    body["Subject"] = subject.into();
    body["Requestor"] = cfg.requestor.clone().into();
    let created = rt_post(cfg, "ticket", &body)?;
    let id = match created.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => {
            return Err(ShareError::Helpdesk(
                "RT did not say which ticket it opened".into(),
            ))
        }
    };
    rt_ticket(cfg, &id)
}

/// Reads a ticket back (as the customer: only their own tickets are visible).
pub fn rt_ticket(cfg: &RtConfig, id: &str) -> Result<Ticket, ShareError> {
    let c = client()?;
    let url = format!("{}/ticket/{id}", base(cfg)?);
    let t = send(
        c.get(&url)
            .header("Authorization", format!("token {}", cfg.token)),
    )?;
    let s = |k: &str| t.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
    let queue = t
        .get("Queue")
        .and_then(|q| q.get("id"))
        .map(|v| {
            v.as_str()
                .map(str::to_string)
                .unwrap_or_else(|| v.to_string())
        })
        .unwrap_or_default();
    Ok(Ticket {
        system: "rt".into(),
        id: id.to_string(),
        subject: s("Subject"),
        status: s("Status"),
        queue,
        url,
        reference: format!("RT#{id}"),
    })
}

/// Which ticket an error is about, for a message that says what to do.
fn rt_ticket_error(id: &str, e: ShareError) -> ShareError {
    match e {
        ShareError::Helpdesk(why)
            if why.contains("Not Found") || why.contains("Forbidden") || why.contains("404") =>
        {
            ShareError::TicketUnavailable {
                reference: format!("RT#{id}"),
                detail: "Request Tracker has no such ticket that you can see (it does not exist, or it is not yours)".into(),
            }
        }
        other => other,
    }
}

/// Appends a message to an existing ticket (`POST /ticket/{id}/correspond`, the customer's
/// reply) with `text` as its body and `files` attached (base64 in the JSON body, as for
/// create), then reads the ticket back. The ticket is read first, so a ticket that does not
/// exist or is not the customer's is a clear error before anything is sent.
pub fn rt_append(
    cfg: &RtConfig,
    id: &str,
    text: &str,
    files: &[Upload<'_>],
) -> Result<Ticket, ShareError> {
    let id = ticket_number(id)?;
    rt_ticket(cfg, &id).map_err(|e| rt_ticket_error(&id, e))?;
    if text.trim().is_empty() {
        // RT accepts an empty correspondence (and adds an empty message): refuse it here.
        return Err(ShareError::Helpdesk(
            "the message to append is empty".into(),
        ));
    }
    let answer = rt_post(
        cfg,
        &format!("ticket/{id}/correspond"),
        &rt_message(text, files),
    )
    .map_err(|e| match e {
        // RT answers 400 "Permission Denied" for a correspond it refuses.
        ShareError::Helpdesk(why) if why.contains("Permission Denied") => {
            ShareError::TicketUnavailable {
                reference: format!("RT#{id}"),
                detail: "Request Tracker does not let you reply on this ticket".into(),
            }
        }
        other => other,
    })?;
    // A 201 can still carry a failure in its list of messages ("Permission Denied").
    let messages: Vec<String> = answer
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|m| m.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    if !messages.iter().any(|m| m == "Correspondence added") {
        return Err(ShareError::Helpdesk(format!(
            "RT did not add the message to RT#{id}: {}",
            if messages.is_empty() {
                answer.to_string()
            } else {
                messages.join("; ")
            }
        )));
    }
    rt_ticket(cfg, &id)
}

/// The ticket number in "12", "#12", "RT#12", "RT #12", "Zendesk #12".
pub fn ticket_number(s: &str) -> Result<String, ShareError> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("zendesk")
        .or_else(|| lower.strip_prefix("rt"))
        .unwrap_or(&lower)
        .trim_start();
    let rest = rest.strip_prefix('#').unwrap_or(rest).trim();
    match rest.parse::<u64>() {
        Ok(n) if n > 0 && rest.bytes().all(|b| b.is_ascii_digit()) => Ok(n.to_string()),
        _ => Err(ShareError::BadTicket(s.to_string())),
    }
}

/// One transaction of a ticket's history as the customer sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RtTransaction {
    pub id: String,
    /// `Create`, `Correspond`, `Status`, …
    pub kind: String,
}

/// The ticket's history (`GET /ticket/{id}/history`), oldest first, all pages.
pub fn rt_history(cfg: &RtConfig, id: &str) -> Result<Vec<RtTransaction>, ShareError> {
    let c = client()?;
    let mut out = Vec::new();
    for page in 1..=50 {
        let v = send(
            c.get(format!(
                "{}/ticket/{id}/history?fields=Type&per_page=100&page={page}",
                base(cfg)?
            ))
            .header("Authorization", format!("token {}", cfg.token)),
        )?;
        let items = v
            .get("items")
            .and_then(|i| i.as_array())
            .cloned()
            .unwrap_or_default();
        for i in &items {
            let id = match i.get("id") {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
                None => String::new(),
            };
            let kind = i
                .get("Type")
                .and_then(|t| t.as_str())
                .unwrap_or("")
                .to_string();
            out.push(RtTransaction { id, kind });
        }
        if items.len() < 100 {
            break;
        }
    }
    Ok(out)
}

/// File names attached to a ticket (all transactions).
pub fn rt_attachment_names(cfg: &RtConfig, id: &str) -> Result<Vec<String>, ShareError> {
    let c = client()?;
    let v = send(
        c.get(format!(
            "{}/ticket/{id}/attachments?fields=Filename",
            base(cfg)?
        ))
        .header("Authorization", format!("token {}", cfg.token)),
    )?;
    Ok(v.get("items")
        .and_then(|i| i.as_array())
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i.get("Filename").and_then(|f| f.as_str()))
                .filter(|f| !f.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default())
}

/// How to sign in to a Zendesk help center as an end user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZendeskAuth {
    /// An OAuth access token.
    Bearer(String),
    /// The end user's e-mail and password (help centers with password sign-in).
    Password { email: String, password: String },
}

/// A Zendesk help center, e.g. `https://example.zendesk.com`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ZendeskConfig {
    pub base: String,
    pub auth: ZendeskAuth,
}

pub(super) fn zendesk_auth(
    req: reqwest::blocking::RequestBuilder,
    cfg: &ZendeskConfig,
) -> reqwest::blocking::RequestBuilder {
    match &cfg.auth {
        ZendeskAuth::Bearer(token) => req.header("Authorization", format!("Bearer {token}")),
        ZendeskAuth::Password { email, password } => {
            let b64 = base64::engine::general_purpose::STANDARD;
            req.header(
                "Authorization",
                format!("Basic {}", b64.encode(format!("{email}:{password}"))),
            )
        }
    }
}

fn zendesk_send(req: reqwest::blocking::RequestBuilder) -> Result<serde_json::Value, ShareError> {
    let resp = req.send().map_err(|e| unreachable(ZENDESK, &e))?;
    let status = resp.status();
    let body = capped(resp)?;
    if !status.is_success() {
        // Zendesk errors: {"error": "...", "description": "..."} or {"error": {"title", "message"}}.
        let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
        let what = v
            .get("description")
            .and_then(|d| d.as_str())
            .or_else(|| v.get("error").and_then(|e| e.as_str()))
            .or_else(|| v.pointer("/error/message").and_then(|m| m.as_str()))
            .unwrap_or("no details");
        return Err(match status.as_u16() {
            401 => ShareError::HelpdeskTokenRefused {
                system: ZENDESK.into(),
            },
            _ => ShareError::Helpdesk(format!("Zendesk answered {status}: {what}")),
        });
    }
    serde_json::from_str(&body)
        .map_err(|e| ShareError::Helpdesk(format!("Zendesk's answer is not JSON: {e}")))
}

fn zendesk_uploads(
    c: &reqwest::blocking::Client,
    cfg: &ZendeskConfig,
    files: &[Upload<'_>],
) -> Result<Vec<String>, ShareError> {
    let base = secure_base(&cfg.base)?;
    let base = base.as_str();
    let mut tokens = Vec::new();
    for f in files {
        let mut url = reqwest::Url::parse(&format!("{base}/api/v2/uploads.json"))
            .map_err(|e| ShareError::Helpdesk(format!("bad Zendesk address: {e}")))?;
        url.query_pairs_mut().append_pair("filename", f.name);
        let v = zendesk_send(zendesk_auth(
            c.post(url)
                .header("Content-Type", f.media_type)
                .body(f.bytes.to_vec()),
            cfg,
        ))?;
        let token = v
            .pointer("/upload/token")
            .and_then(|t| t.as_str())
            .ok_or_else(|| ShareError::Helpdesk("Zendesk gave no upload token".into()))?;
        tokens.push(token.to_string());
    }
    Ok(tokens)
}

fn zendesk_read_back(
    c: &reqwest::blocking::Client,
    cfg: &ZendeskConfig,
    id: &str,
) -> Result<Ticket, ShareError> {
    let base = secure_base(&cfg.base)?;
    let base = base.as_str();
    let url = format!("{base}/api/v2/requests/{id}.json");
    let back = zendesk_send(zendesk_auth(c.get(&url), cfg))?;
    let s = |k: &str| {
        back.pointer(&format!("/request/{k}"))
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string()
    };
    Ok(Ticket {
        system: "zendesk".into(),
        id: id.to_string(),
        subject: s("subject"),
        status: s("status"),
        queue: String::new(),
        url,
        reference: format!("Zendesk #{id}"),
    })
}

/// Adds a comment to an existing request through the end-user Requests API: the request is read
/// first (`GET /api/v2/requests/{id}.json`: a request that does not exist or is not the
/// customer's is a clear error before anything is uploaded), each file goes to `POST
/// /api/v2/uploads.json`, then `PUT /api/v2/requests/{id}.json` carries the comment with the
/// upload tokens. The request is read back afterwards.
pub fn zendesk_append(
    cfg: &ZendeskConfig,
    id: &str,
    text: &str,
    files: &[Upload<'_>],
) -> Result<Ticket, ShareError> {
    let id = ticket_number(id)?;
    let c = client()?;
    let base = secure_base(&cfg.base)?;
    let base = base.as_str();
    zendesk_read_back(&c, cfg, &id).map_err(|e| match e {
        ShareError::Helpdesk(why) if why.contains("404") || why.contains("403") => {
            ShareError::TicketUnavailable {
                reference: format!("Zendesk #{id}"),
                detail: "Zendesk has no such request that you can see (it does not exist, or it is not yours)".into(),
            }
        }
        other => other,
    })?;
    if text.trim().is_empty() {
        return Err(ShareError::Helpdesk("the comment to add is empty".into()));
    }
    let tokens = zendesk_uploads(&c, cfg, files)?;
    let body = serde_json::json!({
        "request": { "comment": { "body": text, "uploads": tokens } }
    });
    zendesk_send(zendesk_auth(
        c.put(format!("{base}/api/v2/requests/{id}.json"))
            .header("Content-Type", "application/json")
            .body(body.to_string()),
        cfg,
    ))?;
    zendesk_read_back(&c, cfg, &id)
}

/// Opens a request through the end-user Requests API: each file goes to `POST
/// /api/v2/uploads.json` first, then `POST /api/v2/requests.json` names the upload tokens in
/// the first comment. The request is read back with `GET /api/v2/requests/{id}.json`.
pub fn zendesk_create(
    cfg: &ZendeskConfig,
    subject: &str,
    text: &str,
    files: &[Upload<'_>],
) -> Result<Ticket, ShareError> {
    let c = client()?;
    let base = secure_base(&cfg.base)?;
    let base = base.as_str();
    let tokens = zendesk_uploads(&c, cfg, files)?;
    let body = serde_json::json!({
        "request": {
            "subject": subject,
            "comment": { "body": text, "uploads": tokens },
        }
    });
    let created = zendesk_send(zendesk_auth(
        c.post(format!("{base}/api/v2/requests.json"))
            .header("Content-Type", "application/json")
            .body(body.to_string()),
        cfg,
    ))?;
    let id = created
        .pointer("/request/id")
        .map(|v| {
            v.as_str()
                .map(str::to_string)
                .unwrap_or_else(|| v.to_string())
        })
        .ok_or_else(|| {
            ShareError::Helpdesk("Zendesk did not say which request it opened".into())
        })?;
    zendesk_read_back(&c, cfg, &id)
}
