//! A Zendesk help center through its end-user Requests API: files go to `POST
//! /api/v2/uploads.json` first, then the request (or the comment on one) names their tokens.
//! Tested against a stand-in server (`tests/share_zendesk_contract.rs`): no Zendesk runs here.

use base64::Engine as _;

use super::{
    answer, capped, check_client, client, id_text, json, not_this, secure_base, ticket_number,
    ticket_unavailable, token_refused, unreachable, Helpdesk, HelpdeskCheck, HelpdeskKind,
    Settings, Spec, Ticket, Upload,
};
use crate::i18n;
use crate::share::error::{HelpdeskProblem, ShareError, TicketRefusal};

const ZENDESK: HelpdeskKind = HelpdeskKind::Zendesk;

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

fn zendesk_auth(
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
    let resp = req.send().map_err(|e| unreachable(ZENDESK.name(), &e))?;
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
            .unwrap_or_default();
        return Err(match status.as_u16() {
            401 => token_refused(ZENDESK),
            status => HelpdeskProblem::Answered {
                system: ZENDESK.name(),
                status,
                said: what.to_string(),
            }
            .into(),
        });
    }
    serde_json::from_str(&body).map_err(|_| {
        HelpdeskProblem::NotJson {
            system: ZENDESK.name(),
        }
        .into()
    })
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
        let mut url =
            reqwest::Url::parse(&format!("{base}/api/v2/uploads.json")).map_err(|_| {
                HelpdeskProblem::BadAddress {
                    address: base.to_string(),
                    detail: crate::t!("net-not-an-address"),
                }
            })?;
        url.query_pairs_mut().append_pair("filename", f.name);
        let v = zendesk_send(zendesk_auth(
            c.post(url)
                .header("Content-Type", f.media_type)
                .body(f.bytes.to_vec()),
            cfg,
        ))?;
        let token = v.pointer("/upload/token").and_then(|t| t.as_str()).ok_or(
            HelpdeskProblem::NoUploadToken {
                system: ZENDESK.name(),
            },
        )?;
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
        system: ZENDESK.as_str().into(),
        id: id.to_string(),
        subject: s("subject"),
        status: s("status"),
        queue: String::new(),
        url,
        reference: ZENDESK.reference(id),
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
        ShareError::Helpdesk(why) if matches!(why.status(), Some(403 | 404)) => {
            ticket_unavailable(ZENDESK, &id, TicketRefusal::NotVisible)
        }
        other => other,
    })?;
    if text.trim().is_empty() {
        return Err(HelpdeskProblem::EmptyText {
            system: ZENDESK.name(),
        }
        .into());
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
        .map(id_text)
        .ok_or(HelpdeskProblem::NoTicketId {
            system: ZENDESK.name(),
        })?;
    zendesk_read_back(&c, cfg, &id)
}

/// Zendesk in the registry: the help center's address and an OAuth access token.
pub(super) const SPEC: Spec = Spec {
    id: "zendesk",
    name: "Zendesk",
    reference: "Zendesk #",
    fields: &[],
    api_suffix: None,
    open: |s: &Settings| {
        Box::new(ZendeskConfig {
            base: s.address.clone(),
            auth: ZendeskAuth::Bearer(s.token.to_string()),
        })
    },
};

impl Helpdesk for ZendeskConfig {
    fn kind(&self) -> HelpdeskKind {
        ZENDESK
    }

    fn label(&self) -> i18n::Message {
        i18n::Message::new("share-helpdesk-zendesk")
    }

    fn create(
        &self,
        subject: &str,
        text: &str,
        files: &[Upload<'_>],
    ) -> Result<Ticket, ShareError> {
        zendesk_create(self, subject, text, files)
    }

    fn append(&self, id: &str, text: &str, files: &[Upload<'_>]) -> Result<Ticket, ShareError> {
        zendesk_append(self, id, text, files)
    }

    fn ticket(&self, id: &str) -> Result<Ticket, ShareError> {
        zendesk_read_back(&client()?, self, &ticket_number(id)?)
    }

    /// `GET /api/v2/users/me.json`: who the token signs in as.
    fn check(&self) -> Result<HelpdeskCheck, ShareError> {
        let address = self.base.trim_end_matches('/');
        let resp = zendesk_auth(
            check_client()?.get(format!("{address}/api/v2/users/me.json")),
            self,
        )
        .send()
        .map_err(|e| unreachable(ZENDESK.name(), &e))?;
        let (status, body) = answer(resp)?;
        if status == 401 {
            return Err(token_refused(ZENDESK));
        }
        let user = json(status, &body)
            .and_then(|v| v.get("user").cloned())
            .ok_or_else(|| not_this(ZENDESK, address))?;
        // Zendesk answers an unknown visitor as an anonymous user without an id.
        if user.get("id").is_none_or(|id| id.is_null()) {
            return Err(token_refused(ZENDESK));
        }
        let account = ["email", "name"]
            .iter()
            .find_map(|k| user.get(*k).and_then(|v| v.as_str()))
            .map(str::to_string);
        Ok(HelpdeskCheck {
            kind: ZENDESK,
            address: address.to_string(),
            version: None,
            account,
            queue: None,
        })
    }
}
