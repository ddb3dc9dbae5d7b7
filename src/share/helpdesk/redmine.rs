//! Redmine's REST API (Redmine 5), as a non-admin member of a project with an API key
//! (`X-Redmine-API-Key`). A case becomes an issue in the project: each file goes to `POST
//! /uploads.json` (the bytes as `application/octet-stream`, answered with a token), then `POST
//! /issues.json` opens the issue with the brief as its description and the tokens as its
//! uploads. An update is a note on the issue (`PUT /issues/{id}.json` with `notes` and
//! `uploads`, answered 204), checked by reading the issue's journals back. Tested against a real
//! Redmine from Debian's packages (`scripts/redmine/`, `tests/share_redmine.rs`).
//!
//! What Redmine answers: 401 for a key it does not know; 403 for an issue or a project the key
//! may not see (and for every call when the REST API is turned off); 404 for an issue that does
//! not exist; 422 with `{"errors": [...]}` for an issue it refuses (a file too large, a project
//! it does not know).

use super::{
    answer, check_client, client, id_text, json, not_this, secure_base, ticket_number,
    ticket_unavailable, token_refused, unreachable, url_segment, Field, Helpdesk, HelpdeskCheck,
    HelpdeskKind, Settings, Spec, Ticket, Upload,
};
use crate::i18n;
use crate::share::error::{HelpdeskProblem, ShareError, TicketRefusal};

const REDMINE: HelpdeskKind = HelpdeskKind::Redmine;

/// Redmine in the registry: its address, the customer's API key and the project's identifier.
pub(super) const SPEC: Spec = Spec {
    id: "redmine",
    name: "Redmine",
    reference: "Redmine #",
    fields: &[Field::Project],
    api_suffix: None,
    open: |s: &Settings| {
        Box::new(RedmineConfig {
            base: s.address.clone(),
            key: s.token.to_string(),
            project: s.queue.clone(), // Field::Project is saved as `queue`
        })
    },
};

/// A Redmine project, and who opens issues in it.
#[derive(Clone, PartialEq, Eq)]
pub struct RedmineConfig {
    /// Redmine's address, e.g. `https://redmine.example.com`.
    pub base: String,
    /// The customer's API key (My account → API access key); never logged or shown.
    pub key: String,
    /// The project's identifier (the short name in its address: `/projects/support`).
    pub project: String,
}

impl std::fmt::Debug for RedmineConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedmineConfig")
            .field("base", &self.base)
            .field("project", &self.project)
            .finish_non_exhaustive()
    }
}

/// What Redmine said, in a sentence: its `errors` list, else the start of the body.
fn said(body: &str) -> String {
    let errors = serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v.get("errors").and_then(|e| e.as_array()).cloned())
        .map(|e| {
            e.iter()
                .filter_map(|m| m.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        })
        .filter(|e| !e.is_empty());
    errors.unwrap_or_else(|| {
        // An HTML error page is not repeated to the customer.
        let text: String = body.chars().take(200).collect();
        if text.trim_start().starts_with('<') {
            String::new()
        } else {
            text
        }
    })
}

/// A failure Redmine answered with that the caller did not name more precisely.
fn failure(status: u16, body: &str) -> ShareError {
    match status {
        401 => token_refused(REDMINE),
        403 => HelpdeskProblem::ApiForbidden {
            system: REDMINE.name(),
            said: said(body),
        }
        .into(),
        _ => HelpdeskProblem::Answered {
            system: REDMINE.name(),
            status,
            said: said(body),
        }
        .into(),
    }
}

impl RedmineConfig {
    fn base(&self) -> Result<String, ShareError> {
        secure_base(&self.base)
    }

    /// Sends `req` with the key; the status and the body (a refused key is an error here).
    fn call(&self, req: reqwest::blocking::RequestBuilder) -> Result<(u16, String), ShareError> {
        let resp = req
            .header("X-Redmine-API-Key", &self.key)
            .send()
            .map_err(|e| unreachable(REDMINE.name(), &e))?;
        let (status, body) = answer(resp)?;
        if status == 401 {
            return Err(token_refused(REDMINE));
        }
        Ok((status, body))
    }

    fn unknown_project(&self) -> ShareError {
        ShareError::HelpdeskProject {
            system: REDMINE.name().into(),
            project: self.project.clone(),
        }
    }

    /// Each file to `POST /uploads.json`; what the issue names them by.
    fn uploads(
        &self,
        c: &reqwest::blocking::Client,
        files: &[Upload<'_>],
    ) -> Result<Vec<serde_json::Value>, ShareError> {
        let base = self.base()?;
        let mut out = Vec::new();
        for f in files {
            let mut url = reqwest::Url::parse(&format!("{base}/uploads.json")).map_err(|_| {
                HelpdeskProblem::BadAddress {
                    address: base.to_string(),
                    detail: crate::t!("net-not-an-address"),
                }
            })?;
            url.query_pairs_mut().append_pair("filename", f.name);
            let (status, body) = self.call(
                c.post(url)
                    .header("Content-Type", "application/octet-stream")
                    .body(f.bytes.to_vec()),
            )?;
            if !(200..300).contains(&status) {
                return Err(match status {
                    422 => HelpdeskProblem::FileRefused {
                        system: REDMINE.name(),
                        file: f.name.to_string(),
                        said: said(&body),
                    }
                    .into(),
                    _ => failure(status, &body),
                });
            }
            let token = json(status, &body)
                .and_then(|v| {
                    v.pointer("/upload/token")
                        .and_then(|t| t.as_str())
                        .map(str::to_string)
                })
                .ok_or(HelpdeskProblem::NoUploadToken {
                    system: REDMINE.name(),
                })?;
            out.push(serde_json::json!({
                "token": token,
                "filename": f.name,
                "content_type": f.media_type,
            }));
        }
        Ok(out)
    }

    /// `GET /issues/{id}.json` (with `include`); an issue the key may not see, or that does
    /// not exist, is [`ShareError::TicketUnavailable`].
    fn issue(
        &self,
        c: &reqwest::blocking::Client,
        id: &str,
        include: &str,
    ) -> Result<(String, serde_json::Value), ShareError> {
        let url = format!("{}/issues/{id}.json", self.base()?);
        let (status, body) = self.call(c.get(format!("{url}?include={include}")))?;
        match status {
            403 | 404 => Err(ticket_unavailable(REDMINE, id, TicketRefusal::NotVisible)),
            200..=299 => json(status, &body)
                .and_then(|v| v.get("issue").cloned())
                .map(|issue| (url, issue))
                .ok_or_else(|| {
                    HelpdeskProblem::NotJson {
                        system: REDMINE.name(),
                    }
                    .into()
                }),
            _ => Err(failure(status, &body)),
        }
    }

    fn ticket_of(url: String, issue: &serde_json::Value) -> Ticket {
        let s = |p: &str| {
            issue
                .pointer(p)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_string()
        };
        let id = issue.get("id").map(id_text).unwrap_or_default();
        Ticket {
            system: REDMINE.as_str().into(),
            reference: REDMINE.reference(&id),
            id,
            subject: s("/subject"),
            status: s("/status/name"),
            queue: s("/project/name"),
            url,
        }
    }

    /// The names of the files attached to issue `id`.
    pub fn attachment_names(&self, id: &str) -> Result<Vec<String>, ShareError> {
        let (_, issue) = self.issue(&client()?, &ticket_number(id)?, "attachments")?;
        Ok(issue
            .get("attachments")
            .and_then(|a| a.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|f| f.get("filename").and_then(|n| n.as_str()))
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default())
    }

    /// The notes on issue `id`, oldest first.
    pub fn notes(&self, id: &str) -> Result<Vec<String>, ShareError> {
        let (_, issue) = self.issue(&client()?, &ticket_number(id)?, "journals")?;
        Ok(notes_of(&issue))
    }
}

fn notes_of(issue: &serde_json::Value) -> Vec<String> {
    issue
        .get("journals")
        .and_then(|j| j.as_array())
        .map(|j| {
            j.iter()
                .filter_map(|e| e.get("notes").and_then(|n| n.as_str()))
                .filter(|n| !n.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

impl Helpdesk for RedmineConfig {
    fn kind(&self) -> HelpdeskKind {
        REDMINE
    }

    fn label(&self) -> i18n::Message {
        i18n::Message::new("share-helpdesk-redmine").arg("project", self.project.as_str())
    }

    fn create(
        &self,
        subject: &str,
        text: &str,
        files: &[Upload<'_>],
    ) -> Result<Ticket, ShareError> {
        let c = client()?;
        let uploads = self.uploads(&c, files)?;
        let body = serde_json::json!({
            "issue": {
                "project_id": self.project,
                "subject": subject,
                "description": text,
                "uploads": uploads,
            }
        });
        let (status, answer) = self.call(
            c.post(format!("{}/issues.json", self.base()?))
                .header("Content-Type", "application/json")
                .body(body.to_string()),
        )?;
        // No such project, or one the key may not open issues in.
        let project_refused = status == 403
            || (status == 422 && said(&answer).to_ascii_lowercase().contains("project"));
        if project_refused {
            return Err(self.unknown_project());
        }
        if !(200..300).contains(&status) {
            return Err(failure(status, &answer));
        }
        let id = json(status, &answer)
            .and_then(|v| v.pointer("/issue/id").map(id_text))
            .ok_or(HelpdeskProblem::NoTicketId {
                system: REDMINE.name(),
            })?;
        self.ticket(&id)
    }

    fn append(&self, id: &str, text: &str, files: &[Upload<'_>]) -> Result<Ticket, ShareError> {
        let id = ticket_number(id)?;
        let c = client()?;
        // The issue first: one that does not exist or is not the customer's is a clear error
        // before anything is uploaded.
        let (_, before) = self.issue(&c, &id, "journals")?;
        if text.trim().is_empty() {
            return Err(HelpdeskProblem::EmptyText {
                system: REDMINE.name(),
            }
            .into());
        }
        let notes_before = notes_of(&before).len();
        let uploads = self.uploads(&c, files)?;
        let body = serde_json::json!({ "issue": { "notes": text, "uploads": uploads } });
        let (status, answer) = self.call(
            c.put(format!("{}/issues/{id}.json", self.base()?))
                .header("Content-Type", "application/json")
                .body(body.to_string()),
        )?;
        match status {
            200..=299 => {}
            403 | 404 => return Err(ticket_unavailable(REDMINE, &id, TicketRefusal::MayNotAdd)),
            _ => return Err(failure(status, &answer)),
        }
        // A 204 says nothing: the note must be there now.
        let (url, after) = self.issue(&c, &id, "journals")?;
        let notes = notes_of(&after);
        if notes.len() <= notes_before {
            return Err(HelpdeskProblem::NotAdded {
                system: REDMINE.name(),
                reference: REDMINE.reference(&id),
                said: String::new(),
            }
            .into());
        }
        Ok(Self::ticket_of(url, &after))
    }

    fn ticket(&self, id: &str) -> Result<Ticket, ShareError> {
        let (url, issue) = self.issue(&client()?, &ticket_number(id)?, "")?;
        Ok(Self::ticket_of(url, &issue))
    }

    /// `GET /users/current.json` (who the key signs in as; only Redmine's API answers it) then
    /// `GET /projects/{project}.json` (the project exists and the customer may see it).
    fn check(&self) -> Result<HelpdeskCheck, ShareError> {
        let c = check_client()?;
        let base = self.base()?;
        let (status, body) = self.call(c.get(format!("{base}/users/current.json")))?;
        if status == 403 {
            return Err(failure(status, &body));
        }
        let user = json(status, &body)
            .and_then(|v| v.get("user").cloned())
            .filter(|u| u.get("id").is_some_and(|id| !id.is_null()))
            .ok_or_else(|| not_this(REDMINE, &base))?;
        let account = user
            .get("login")
            .and_then(|l| l.as_str())
            .map(str::to_string);
        let (status, body) = self.call(c.get(format!(
            "{base}/projects/{}.json",
            url_segment(&self.project)
        )))?;
        match status {
            200..=299 => {}
            403 | 404 => return Err(self.unknown_project()),
            _ => return Err(failure(status, &body)),
        }
        Ok(HelpdeskCheck {
            kind: REDMINE,
            address: base,
            version: None,
            account,
            queue: Some(self.project.clone()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::UserFacing;

    #[test]
    fn redmine_references_are_read_back() {
        let cfg = RedmineConfig {
            base: "http://127.0.0.1:9".into(),
            key: "0123456789abcdef0123456789abcdef01234567".into(),
            project: "support".into(),
        };
        assert_eq!(cfg.reference("12"), "Redmine #12");
        assert_eq!(cfg.ticket_in("Redmine #12").as_deref(), Some("12"));
        assert_eq!(cfg.ticket_in("redmine#7").as_deref(), Some("7"));
        assert_eq!(cfg.ticket_in("RT#12"), None);
        assert_eq!(ticket_number("Redmine #12").unwrap(), "12");
        assert!(!format!("{cfg:?}").contains("0123456789abcdef"));
    }

    #[test]
    fn refusals_say_what_redmine_said() {
        assert_eq!(failure(401, "").code(), "helpdesk_token_refused");
        let e = failure(
            422,
            r#"{"errors":["Subject cannot be blank","Tracker is invalid"]}"#,
        );
        assert!(
            e.to_string()
                .contains("Subject cannot be blank; Tracker is invalid"),
            "{e}"
        );
        let e = failure(500, "<!DOCTYPE html><h1>We're sorry</h1>");
        assert!(!e.to_string().contains('<'), "{e}");
        assert!(failure(403, "").to_string().contains("REST API"));
    }

    /// Nothing listens on port 9 of this computer.
    #[test]
    fn an_address_where_nothing_answers_is_unreachable() {
        let cfg = RedmineConfig {
            base: "http://127.0.0.1:9".into(),
            key: "k".into(),
            project: "support".into(),
        };
        let err = cfg.check().unwrap_err();
        assert_eq!(err.code(), "helpdesk_unreachable", "{err}");
        assert!(err.to_string().contains("Redmine"), "{err}");
    }
}
