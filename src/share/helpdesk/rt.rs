//! Request Tracker's REST2 API (RT 5), as an unprivileged customer with an auth token. A ticket
//! is created with the brief as its text and the signed PDF and JSON exports attached (base64 in
//! the JSON body, which RT 5.0.3 accepts on `POST /ticket`), then read back so the caller knows
//! the ticket really exists and is visible to the customer.
//!
//! Pitfalls of RT 5.0.3 this code relies on knowing (see scripts/rt/): the Requestor must be
//! sent (else the creator cannot see their own ticket: 403), a browser-like User-Agent turns a
//! bad login into a 302 (so we send our own), and errors come back as `{"message": …}`.

use base64::Engine as _;
use serde::{Deserialize, Serialize};

use super::{
    answer, capped, check_client, client, id_text, json, not_this, secure_base, ticket_number,
    ticket_unavailable, token_refused, unreachable, url_segment, Field, Helpdesk, HelpdeskCheck,
    HelpdeskKind, Settings, Spec, Ticket, Upload,
};
use crate::i18n;
use crate::share::error::{HelpdeskProblem, ShareError, TicketRefusal};

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

fn rt_error(status: reqwest::StatusCode, body: &str) -> ShareError {
    let message = serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| {
            v.get("message")
                .and_then(|m| m.as_str())
                .map(str::to_string)
        })
        .unwrap_or_else(|| body.chars().take(200).collect());
    match status.as_u16() {
        401 | 302 => token_refused(HelpdeskKind::Rt),
        status => HelpdeskProblem::Answered {
            system: HelpdeskKind::Rt.name(),
            status,
            said: message,
        }
        .into(),
    }
}

fn send(req: reqwest::blocking::RequestBuilder) -> Result<serde_json::Value, ShareError> {
    let resp = req
        .send()
        .map_err(|e| unreachable(HelpdeskKind::Rt.name(), &e))?;
    let status = resp.status();
    let body = capped(resp)?;
    if !status.is_success() {
        return Err(rt_error(status, &body));
    }
    serde_json::from_str(&body).map_err(|_| {
        HelpdeskProblem::NotJson {
            system: HelpdeskKind::Rt.name(),
        }
        .into()
    })
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
            return Err(HelpdeskProblem::NoTicketId {
                system: HelpdeskKind::Rt.name(),
            }
            .into())
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
        .map(id_text)
        .unwrap_or_default();
    Ok(Ticket {
        system: HelpdeskKind::Rt.as_str().into(),
        id: id.to_string(),
        subject: s("Subject"),
        status: s("Status"),
        queue,
        url,
        reference: HelpdeskKind::Rt.reference(id),
    })
}

/// Which ticket an error is about, for a message that says what to do.
fn rt_ticket_error(id: &str, e: ShareError) -> ShareError {
    match e {
        // RT's own words for a ticket it will not show ("Not Found", "Forbidden").
        ShareError::Helpdesk(why)
            if matches!(why.status(), Some(403 | 404))
                || why.said().contains("Not Found")
                || why.said().contains("Forbidden") =>
        {
            ticket_unavailable(HelpdeskKind::Rt, id, TicketRefusal::NotVisible)
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
        return Err(HelpdeskProblem::EmptyText {
            system: HelpdeskKind::Rt.name(),
        }
        .into());
    }
    let answer = rt_post(
        cfg,
        &format!("ticket/{id}/correspond"),
        &rt_message(text, files),
    )
    .map_err(|e| match e {
        // RT answers 400 "Permission Denied" for a correspond it refuses.
        ShareError::Helpdesk(why) if why.said().contains("Permission Denied") => {
            ticket_unavailable(HelpdeskKind::Rt, &id, TicketRefusal::MayNotAdd)
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
        return Err(HelpdeskProblem::NotAdded {
            system: HelpdeskKind::Rt.name(),
            reference: HelpdeskKind::Rt.reference(&id),
            said: if messages.is_empty() {
                answer.to_string()
            } else {
                messages.join("; ")
            },
        }
        .into());
    }
    rt_ticket(cfg, &id)
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

/// Request Tracker in the registry: a queue and the customer's e-mail there (the requestor).
pub(super) const SPEC: Spec = Spec {
    id: "rt",
    name: "Request Tracker",
    reference: "RT#",
    fields: &[Field::Queue, Field::Requestor],
    api_suffix: Some("/REST/2.0"),
    open: |s: &Settings| {
        Box::new(RtConfig {
            rest2: format!("{}/REST/2.0", s.address),
            token: s.token.to_string(),
            queue: s.queue.clone(),
            requestor: s.requestor.clone(),
        })
    },
};

impl Helpdesk for RtConfig {
    fn kind(&self) -> HelpdeskKind {
        HelpdeskKind::Rt
    }

    fn label(&self) -> i18n::Message {
        i18n::Message::new("share-helpdesk-rt").arg("queue", self.queue.as_str())
    }

    fn create(
        &self,
        subject: &str,
        text: &str,
        files: &[Upload<'_>],
    ) -> Result<Ticket, ShareError> {
        rt_create(self, subject, text, files)
    }

    fn append(&self, id: &str, text: &str, files: &[Upload<'_>]) -> Result<Ticket, ShareError> {
        rt_append(self, id, text, files)
    }

    fn ticket(&self, id: &str) -> Result<Ticket, ShareError> {
        rt_ticket(self, &ticket_number(id)?)
    }

    /// `GET /REST/2.0/rt` (its version; only RT answers it, and only to a valid token) then
    /// `GET /REST/2.0/queue/{queue}` (the queue exists and the customer may see it).
    fn check(&self) -> Result<HelpdeskCheck, ShareError> {
        let rest2 = self.rest2.trim_end_matches('/');
        let address = rest2.strip_suffix("/REST/2.0").unwrap_or(rest2);
        let c = check_client()?;
        let get = |path: &str| {
            c.get(format!("{rest2}/{path}"))
                .header("Authorization", format!("token {}", self.token))
                .send()
                .map_err(|e| unreachable(HelpdeskKind::Rt.name(), &e))
        };
        let (status, body) = answer(get("rt")?)?;
        // Steward's user agent gets a 401 for a bad token; a redirect means the address is RT's
        // web pages (or something else), not its REST2 API.
        if status == 401 {
            return Err(token_refused(HelpdeskKind::Rt));
        }
        let version = json(status, &body)
            .and_then(|v| {
                v.get("Version")
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
            })
            .ok_or_else(|| not_this(HelpdeskKind::Rt, address))?;
        let queue = url_segment(&self.queue);
        let (status, body) = answer(get(&format!("queue/{queue}"))?)?;
        match status {
            200..=299 => {}
            401 | 302 => return Err(token_refused(HelpdeskKind::Rt)),
            403 | 404 => {
                return Err(ShareError::HelpdeskQueue {
                    system: HelpdeskKind::Rt.name().into(),
                    queue: self.queue.clone(),
                })
            }
            _ => {
                return Err(HelpdeskProblem::Answered {
                    system: HelpdeskKind::Rt.name(),
                    status,
                    said: body.chars().take(200).collect(),
                }
                .into())
            }
        }
        Ok(HelpdeskCheck {
            kind: HelpdeskKind::Rt,
            address: address.to_string(),
            version: Some(version),
            account: Some(self.requestor.clone()),
            queue: Some(self.queue.clone()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::UserFacing;
    use reqwest::StatusCode;

    /// RT's refusals as RT 5.0.3 words them (scripts/rt/): matched by status and RT's own words,
    /// never by our English.
    #[test]
    fn rt_refusals_are_matched_by_status_and_rts_words() {
        let gone = rt_error(StatusCode::NOT_FOUND, r#"{"message":"Not Found"}"#);
        assert_eq!(gone.code(), "helpdesk_failed");
        assert_eq!(
            rt_ticket_error("12", gone).code(),
            "helpdesk_ticket_unavailable"
        );
        let hidden = rt_error(StatusCode::FORBIDDEN, r#"{"message":"Forbidden"}"#);
        assert_eq!(
            rt_ticket_error("12", hidden).code(),
            "helpdesk_ticket_unavailable"
        );
        let broken = rt_error(StatusCode::INTERNAL_SERVER_ERROR, "<html>oops</html>");
        let broken = rt_ticket_error("12", broken);
        assert_eq!(broken.code(), "helpdesk_failed");
        let ShareError::Helpdesk(problem) = &broken else {
            panic!("{broken:?}")
        };
        assert_eq!(problem.status(), Some(500));
        let denied = rt_error(
            StatusCode::BAD_REQUEST,
            r#"{"message":"Permission Denied"}"#,
        );
        let ShareError::Helpdesk(problem) = &denied else {
            panic!("{denied:?}")
        };
        assert_eq!(problem.said(), "Permission Denied");
        assert_eq!(
            rt_error(StatusCode::UNAUTHORIZED, "").code(),
            "helpdesk_token_refused"
        );
    }
}
