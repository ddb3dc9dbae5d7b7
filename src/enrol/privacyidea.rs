//! privacyIDEA's user (self-service) REST API: sign in as the customer, enrol an authenticator
//! app (TOTP), a phone (SMS) or backup codes (TAN list), confirm an enrolment with a code, list
//! and delete the customer's own tokens, and check a code the way a sign-in would.
//!
//! Verified against a real privacyIDEA 3.14 (`scripts/privacyidea/pi-up.sh`,
//! `tests/privacyidea.rs`). The server's quirks this client handles:
//! * The JWT goes in `Authorization` as it is, with no `Bearer ` (that is rejected).
//! * Bodies are always JSON: in a form body a `+` becomes a space, so `+84…` would arrive as
//!   ` 84…`. A request without a body sends no JSON content type (that gives an HTML 400 page).
//! * Many failures are HTTP 200: `/validate/check` says REJECT with the reason only in
//!   `detail.message`, and a failed SMS delivery at enrolment is a success whose
//!   `detail.verify.message` says "the SMS could not be sent". Those texts are translated
//!   according to `Accept-Language`, so every request sends `Accept-Language: en`.
//! * The enrolment confirmation must repeat the token `type`, or it is checked as `hotp`.
//! * An SMS token's enrolment answer contains its seed (`detail.otpkey`, `detail.googleurl`), from
//!   which the SMS codes can be computed: this client never reads those fields.
//! * Half-done (pending) enrolments count toward the per-user token limits and there is no
//!   "resend": a failed SMS enrolment is deleted at once, and a resend is delete + enrol again.
//!
//! Nothing secret (the JWT, an otpauth link, backup codes) appears in `Debug` output, in an
//! error's text or in a log. Responses are read into zeroizing memory and parsed into types that
//! keep only the fields Steward uses.
//!
//! The client is blocking (reqwest's blocking client): call it from a plain thread (for example
//! `tauri::async_runtime::spawn_blocking`), never directly inside an async runtime.
//!
//! Size: about 1,000 lines for one server's API, on purpose — each call sits next to the quirk
//! it works around, so a quirk and its handling are read (and changed) together.

use std::io::Read;
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::json;
use thiserror::Error;
use ts_rs::TS;
use zeroize::Zeroizing;

use crate::error::{ErrorKind, UserFacing};

/// Every request gives up after this long.
pub const TIMEOUT: Duration = Duration::from_secs(20);
/// Answers larger than this are not read (a token list with QR images is far smaller).
const MAX_BODY: u64 = 4 * 1024 * 1024;
/// Server texts kept in errors are cut to this many characters.
const MAX_MESSAGE: usize = 300;

// ------------------------------------------------------------------------------------ errors

/// Its words are in `locales/*/errors.ftl` under its code.
#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum PiError {
    Unreachable {
        url: String,
        detail: String,
    },
    LoginFailed,
    /// HTTP 403 (privacyIDEA error 303: a policy forbids it, or a token limit is reached), or
    /// 401 error 4306 (the account lacks the role).
    NotAllowed {
        message: String,
    },
    /// A wrong code: at an enrolment confirmation (ERR905 "Verification of the new token
    /// failed") or at a sign-in check ("wrong otp value", "Response did not match").
    WrongCode {
        message: String,
    },
    /// HTTP 429 with its `Retry-After`, or a sign-in check refused by an `auth_max_fail` policy
    /// ("Only 3 failed authentications per 0:01:00 allowed.", whose window gives the wait).
    RateLimited {
        message: String,
        retry_after_secs: Option<u64>,
    },
    /// The token's fail counter is exhausted ("Failcounter exceeded").
    Locked {
        message: String,
    },
    /// The server accepted the SMS enrolment but its gateway could not send the text (HTTP 200
    /// with "…SMS could not be sent"). [`PiSession::enrol_sms`] has already deleted the
    /// half-enrolled token `serial` (pending tokens count toward the per-user limits).
    SmsNotSent {
        serial: String,
        message: String,
    },
    Server {
        status: u16,
        code: Option<i64>,
        message: String,
    },
    /// Not a privacyIDEA answer: an HTML error page, invalid JSON, a missing field.
    BadResponse {
        detail: String,
    },
}

/// A wait in words: its unit (`second`, `seconds`, `minutes`, `hours`) and how many.
fn wait_parts(secs: u64) -> (&'static str, u64) {
    match secs {
        0..=1 => ("second", 1),
        2..=89 => ("seconds", secs),
        90..=5399 => ("minutes", secs.div_ceil(60)),
        _ => ("hours", secs.div_ceil(3600)),
    }
}

impl UserFacing for PiError {
    fn code(&self) -> &'static str {
        match self {
            PiError::Unreachable { .. } => "pi_unreachable",
            PiError::LoginFailed => "pi_login_failed",
            PiError::NotAllowed { .. } => "pi_not_allowed",
            PiError::WrongCode { .. } => "pi_wrong_code",
            PiError::RateLimited { .. } => "pi_rate_limited",
            PiError::Locked { .. } => "pi_locked",
            PiError::SmsNotSent { .. } => "pi_sms_not_sent",
            PiError::Server { .. } => "pi_server_error",
            PiError::BadResponse { .. } => "pi_bad_response",
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            PiError::LoginFailed
            | PiError::NotAllowed { .. }
            | PiError::WrongCode { .. }
            | PiError::RateLimited { .. }
            | PiError::Locked { .. }
            | PiError::SmsNotSent { .. } => ErrorKind::Input,
            PiError::Unreachable { .. } | PiError::Server { .. } | PiError::BadResponse { .. } => {
                ErrorKind::System
            }
        }
    }

    fn args(&self) -> crate::i18n::Args {
        let mut args = crate::i18n::args_of(self);
        match self {
            PiError::RateLimited {
                retry_after_secs, ..
            } => {
                let (unit, n) = retry_after_secs.map_or(("none", 0), wait_parts);
                args.insert("wait_unit".into(), unit.into());
                args.insert("wait_n".into(), n.into());
            }
            PiError::Server { code, .. } => {
                let has = if code.is_some() { "yes" } else { "no" };
                args.insert("has_code".into(), has.into());
            }
            _ => {}
        }
        args
    }
}

// ------------------------------------------------------------------------------------ types

/// The token types Steward enrols. (A listing names types as text: [`PiToken::token_type`].)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PiTokenType {
    Totp,
    Sms,
    Tan,
}

impl PiTokenType {
    /// privacyIDEA's name for it.
    pub fn as_str(self) -> &'static str {
        match self {
            PiTokenType::Totp => "totp",
            PiTokenType::Sms => "sms",
            PiTokenType::Tan => "tan",
        }
    }

    pub fn parse(s: &str) -> Option<PiTokenType> {
        match s.trim().to_ascii_lowercase().as_str() {
            "totp" => Some(PiTokenType::Totp),
            "sms" => Some(PiTokenType::Sms),
            "tan" => Some(PiTokenType::Tan),
            _ => None,
        }
    }
}

/// A new authenticator-app token. `otpauth_uri` holds the key: show it as a QR code or hand it
/// to Steward's authenticator, never log it.
pub struct PiTotpEnrolment {
    pub serial: String,
    pub otpauth_uri: Zeroizing<String>,
    /// The server waits for a code from the app before the token works (`verify_enrollment`).
    pub needs_verify: bool,
}

impl std::fmt::Debug for PiTotpEnrolment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PiTotpEnrolment")
            .field("serial", &self.serial)
            .field("otpauth_uri", &"[redacted]")
            .field("needs_verify", &self.needs_verify)
            .finish()
    }
}

/// A new SMS token. Deliberately without the token's seed (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PiSmsEnrolment {
    pub serial: String,
    /// The server sent the code at enrolment (it does when it waits for a confirmation).
    pub sms_sent: bool,
    /// What the server says to do next, e.g. "Enter the OTP from the SMS:".
    pub server_message: Option<String>,
    pub needs_verify: bool,
}

/// A backup-code list (`tan` token): codes usable once each, in any order. Shown once.
pub struct PiBackupCodes {
    pub serial: String,
    /// In the server's order 0..n.
    pub codes: Vec<Zeroizing<String>>,
}

impl std::fmt::Debug for PiBackupCodes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PiBackupCodes")
            .field("serial", &self.serial)
            .field("codes", &format_args!("[{} redacted]", self.codes.len()))
            .finish()
    }
}

/// One of the customer's tokens, as `GET /token/` lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PiToken {
    pub serial: String,
    /// `totp`, `sms`, `tan`, …
    pub token_type: String,
    pub description: String,
    /// `enrolled`, `verify` (waiting for the confirmation code), `clientwait`, or empty.
    pub rollout_state: String,
    pub active: bool,
    pub failcount: u32,
    pub maxfail: u32,
    /// SMS tokens: the number as stored.
    pub phone: Option<String>,
    /// Backup-code lists: how many codes are still unused.
    pub backup_codes_left: Option<u32>,
}

/// What `/validate/check` said about a code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PiCheck {
    Accepted,
    /// A code was sent (SMS): check it again with this `transaction_id`.
    Challenge {
        transaction_id: String,
        message: String,
    },
    /// Refused for a reason other than a wrong code, a rate limit or a lock, e.g. "Token is not
    /// yet enrolled" or "The user has no tokens assigned".
    Rejected {
        message: String,
    },
}

// ------------------------------------------------------------------------------------ client

/// A privacyIDEA server: its base URL and an HTTP client.
#[derive(Clone)]
pub struct PrivacyIdea {
    base: String,
    client: reqwest::blocking::Client,
}

impl std::fmt::Debug for PrivacyIdea {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrivacyIdea")
            .field("base", &self.base)
            .finish()
    }
}

/// The customer, signed in. Holds the JWT (valid for an hour by default) in zeroizing memory.
pub struct PiSession {
    api: PrivacyIdea,
    jwt: Zeroizing<String>,
    username: String,
    realm: String,
}

impl std::fmt::Debug for PiSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PiSession")
            .field("server", &self.api.base)
            .field("username", &self.username)
            .field("realm", &self.realm)
            .field("jwt", &"[redacted]")
            .finish()
    }
}

/// A privacyIDEA answer that passed the generic checks: the body, still unparsed.
struct Answer {
    body: Zeroizing<Vec<u8>>,
}

impl Answer {
    fn parse<T: DeserializeOwned>(&self, what: &str) -> Result<T, PiError> {
        serde_json::from_slice(&self.body).map_err(|e| PiError::BadResponse {
            detail: crate::t!(
                "enrol-pi-bad-answer",
                what = what,
                problem = classify_json_error(&e)
            ),
        })
    }
}

/// The envelope's error part. Unknown fields (and with them every secret) are skipped.
#[derive(Deserialize)]
struct Envelope {
    #[serde(default)]
    result: Option<EnvResult>,
    #[serde(default)]
    detail: Option<EnvDetail>,
}

/// Only the message: `detail` also carries seeds and otpauth links on enrolment answers.
#[derive(Deserialize)]
struct EnvDetail {
    #[serde(default)]
    message: Option<String>,
}

#[derive(Deserialize)]
struct EnvResult {
    #[serde(default)]
    status: Option<bool>,
    #[serde(default)]
    error: Option<EnvError>,
}

#[derive(Deserialize)]
struct EnvError {
    #[serde(default)]
    code: Option<i64>,
    #[serde(default)]
    message: Option<String>,
}

impl PrivacyIdea {
    /// `base_url` is the server's address, e.g. `https://mfa.example.com` (a path prefix is
    /// kept). It must be https://, except on this computer itself (tests).
    pub fn new(base_url: &str) -> Result<PrivacyIdea, PiError> {
        let shown: String = base_url.trim().chars().take(120).collect();
        let bad = |detail: &str| PiError::Unreachable {
            url: shown.clone(),
            detail: detail.to_string(),
        };
        let url = crate::net::secure_url(base_url).map_err(|r| bad(&r.says()))?;
        let mut headers = reqwest::header::HeaderMap::new();
        // The server's texts are translated; Steward matches some of them, in English.
        headers.insert(
            reqwest::header::ACCEPT_LANGUAGE,
            reqwest::header::HeaderValue::from_static("en"),
        );
        headers.insert(
            reqwest::header::ACCEPT,
            reqwest::header::HeaderValue::from_static("application/json"),
        );
        let client = crate::net::client_builder(TIMEOUT)
            .https_only(url.scheme() == "https")
            .default_headers(headers)
            .build()
            .map_err(|e| bad(&e.without_url().to_string()))?;
        let mut base = url.to_string();
        while base.ends_with('/') {
            base.pop();
        }
        Ok(PrivacyIdea { base, client })
    }

    /// The server's address as given (without a trailing slash).
    pub fn base_url(&self) -> &str {
        &self.base
    }

    /// Signs in as the customer (`POST /auth`, password from the user store). A wrong user name
    /// or password is [`PiError::LoginFailed`]; an account over its `auth_max_fail` limit is
    /// [`PiError::RateLimited`] (the server then refuses even the right password).
    pub fn login(&self, username: &str, password: &str) -> Result<PiSession, PiError> {
        let body = json!({ "username": username, "password": password });
        let answer = match self.send(reqwest::Method::POST, "/auth", None, Some(&body)) {
            Err(PiError::Server { status: 401, .. }) => return Err(PiError::LoginFailed),
            other => other?,
        };
        #[derive(Deserialize)]
        struct Auth {
            result: AuthResult,
        }
        #[derive(Deserialize)]
        struct AuthResult {
            value: AuthValue,
        }
        #[derive(Deserialize)]
        struct AuthValue {
            token: Zeroizing<String>,
            #[serde(default)]
            username: Option<String>,
            #[serde(default)]
            realm: Option<String>,
            #[serde(default)]
            role: Option<String>,
        }
        let auth: Auth = answer.parse("sign-in")?;
        let v = auth.result.value;
        if v.token.is_empty() {
            return Err(PiError::BadResponse {
                detail: crate::t!("enrol-pi-no-session"),
            });
        }
        // An administrator's session sees and deletes everyone's tokens: not for self-service.
        if let Some(role) = v.role.as_deref().filter(|r| *r != "user") {
            return Err(PiError::NotAllowed {
                message: crate::t!("enrol-pi-not-customer-account", role = short(role)),
            });
        }
        Ok(PiSession {
            api: self.clone(),
            jwt: v.token,
            username: v.username.unwrap_or_else(|| username.to_string()),
            realm: v.realm.unwrap_or_default(),
        })
    }

    /// `POST /validate/check` (JSON body, no session needed): what a sign-in with `pass` would
    /// get. An empty `pass` triggers an SMS challenge; answer it with its `transaction_id`.
    /// The HTTP-200 refusals are told apart by `detail.message`: a wrong code is
    /// [`PiError::WrongCode`], an `auth_max_fail` limit [`PiError::RateLimited`], an exhausted
    /// fail counter [`PiError::Locked`]; anything else is [`PiCheck::Rejected`].
    pub fn check(
        &self,
        username: &str,
        pass: &str,
        transaction_id: Option<&str>,
    ) -> Result<PiCheck, PiError> {
        let mut body = json!({ "user": username, "pass": pass });
        if let Some(t) = transaction_id {
            body["transaction_id"] = json!(t);
        }
        let answer = self.send(reqwest::Method::POST, "/validate/check", None, Some(&body))?;
        #[derive(Deserialize)]
        struct Check {
            result: CheckResult,
            #[serde(default)]
            detail: Option<CheckDetail>,
        }
        #[derive(Deserialize)]
        struct CheckResult {
            #[serde(default)]
            authentication: Option<String>,
            #[serde(default)]
            value: Option<bool>,
        }
        #[derive(Deserialize)]
        struct CheckDetail {
            #[serde(default)]
            message: Option<String>,
            #[serde(default)]
            transaction_id: Option<String>,
        }
        let c: Check = answer.parse("check")?;
        let detail = c.detail.unwrap_or(CheckDetail {
            message: None,
            transaction_id: None,
        });
        let message = short(detail.message.as_deref().unwrap_or(""));
        match c.result.authentication.as_deref() {
            Some("ACCEPT") => Ok(PiCheck::Accepted),
            Some("CHALLENGE") => match detail.transaction_id {
                Some(transaction_id) => Ok(PiCheck::Challenge {
                    transaction_id,
                    message,
                }),
                None => Err(PiError::BadResponse {
                    detail: crate::t!("enrol-pi-no-transaction"),
                }),
            },
            Some("REJECT") => match classify_reject(message) {
                Ok(error) => Err(error),
                Err(rejected) => Ok(rejected),
            },
            _ if c.result.value == Some(true) => Ok(PiCheck::Accepted),
            _ => Err(PiError::BadResponse {
                detail: crate::t!("enrol-pi-no-verdict"),
            }),
        }
    }

    /// One request. `body` goes as JSON; without one, no content type is sent. Transport
    /// failures, HTTP errors and `result.status=false` become errors here; the caller parses
    /// the (zeroizing) body of a success.
    fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        jwt: Option<&str>,
        body: Option<&serde_json::Value>,
    ) -> Result<Answer, PiError> {
        let mut req = self
            .client
            .request(method, format!("{}{}", self.base, path));
        if let Some(jwt) = jwt {
            // The raw JWT: privacyIDEA rejects "Bearer <jwt>" (401/4304).
            let mut value =
                reqwest::header::HeaderValue::from_str(jwt).map_err(|_| PiError::BadResponse {
                    detail: crate::t!("enrol-pi-bad-session"),
                })?;
            value.set_sensitive(true);
            req = req.header(reqwest::header::AUTHORIZATION, value);
        }
        if let Some(body) = body {
            let bytes = serde_json::to_vec(body).map_err(|_| PiError::BadResponse {
                detail: crate::t!("enrol-pi-no-request"),
            })?;
            req = req
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(bytes);
        }
        let response = req.send().map_err(|e| PiError::Unreachable {
            url: self.base.clone(),
            detail: describe(&e),
        })?;
        let status = response.status();
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(parse_retry_after);
        let is_json = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.to_ascii_lowercase().contains("json"));
        let mut body = Zeroizing::new(Vec::new());
        response
            .take(MAX_BODY)
            .read_to_end(&mut body)
            .map_err(|e| PiError::Unreachable {
                url: self.base.clone(),
                detail: crate::t!("enrol-pi-cut-off", error = e.kind().to_string()),
            })?;

        let envelope: Option<Envelope> = serde_json::from_slice(&body).ok();
        let error = envelope
            .as_ref()
            .and_then(|e| e.result.as_ref())
            .and_then(|r| r.error.as_ref());
        let (code, message) = match error {
            Some(e) => (e.code, short(e.message.as_deref().unwrap_or(""))),
            None => (None, String::new()),
        };
        let message = match jwt {
            Some(jwt) if !jwt.is_empty() => message.replace(jwt, "[redacted]"),
            _ => message,
        };

        if status == reqwest::StatusCode::TOO_MANY_REQUESTS {
            return Err(PiError::RateLimited {
                message: if message.is_empty() {
                    crate::t!("enrol-pi-too-many-requests")
                } else {
                    message
                },
                retry_after_secs: retry_after,
            });
        }
        let Some(envelope) = envelope else {
            let what = if is_json { "json" } else { "page" };
            return Err(PiError::BadResponse {
                detail: crate::t!("enrol-pi-http", status = status.as_u16(), what = what),
            });
        };
        let failed = envelope
            .result
            .as_ref()
            .is_some_and(|r| r.status == Some(false));
        if status.is_success() && !failed {
            if envelope.result.is_none() {
                return Err(PiError::BadResponse {
                    detail: crate::t!(
                        "enrol-pi-http",
                        status = status.as_u16(),
                        what = "no-result"
                    ),
                });
            }
            return Ok(Answer { body });
        }
        let message = if message.is_empty() {
            status
                .canonical_reason()
                .unwrap_or("unknown error")
                .to_string()
        } else {
            message
        };
        let lower = message.to_ascii_lowercase();
        // An `auth_max_fail` limit at /auth: HTTP 401, error 403 "…exceeded the authentication
        // time limit!", and the window only in detail.message.
        let detail_message = envelope
            .detail
            .as_ref()
            .and_then(|d| d.message.as_deref())
            .map(short)
            .unwrap_or_default();
        if detail_message.contains("failed authentications per")
            || lower.contains("exceeded the authentication time limit")
        {
            return Err(PiError::RateLimited {
                retry_after_secs: parse_rate_window(&detail_message).or(retry_after),
                message: if detail_message.is_empty() {
                    message
                } else {
                    detail_message
                },
            });
        }
        Err(match (status.as_u16(), code) {
            (403, _) | (_, Some(303)) | (401, Some(4306)) => PiError::NotAllowed { message },
            _ if lower.contains("verification of the new token failed") => {
                PiError::WrongCode { message }
            }
            (s, _) => PiError::Server {
                status: s,
                code,
                message,
            },
        })
    }
}

impl PiSession {
    pub fn username(&self) -> &str {
        &self.username
    }

    /// The user's realm as the server named it (may be empty).
    pub fn realm(&self) -> &str {
        &self.realm
    }

    fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<&serde_json::Value>,
    ) -> Result<Answer, PiError> {
        self.api.send(method, path, Some(&self.jwt), body)
    }

    /// A new authenticator-app token (`type=totp, genkey=1`): the server makes the key and
    /// returns it as an `otpauth://` link. With `verify_enrollment` it stays pending until
    /// [`verify_enrolment`](Self::verify_enrolment) gets a code from the app.
    pub fn enrol_totp(&self, description: &str) -> Result<PiTotpEnrolment, PiError> {
        let body = json!({ "type": "totp", "genkey": 1, "description": description });
        let answer = self.send(reqwest::Method::POST, "/token/init", Some(&body))?;
        #[derive(Deserialize)]
        struct Init {
            detail: TotpDetail,
        }
        #[derive(Deserialize)]
        struct TotpDetail {
            serial: String,
            #[serde(default)]
            rollout_state: Option<String>,
            googleurl: UrlValue,
        }
        #[derive(Deserialize)]
        struct UrlValue {
            value: Zeroizing<String>,
        }
        let init: Init = answer.parse("token")?;
        let d = init.detail;
        if !d.googleurl.value.starts_with("otpauth://") {
            return Err(PiError::BadResponse {
                detail: crate::t!("enrol-pi-no-link"),
            });
        }
        Ok(PiTotpEnrolment {
            serial: d.serial,
            otpauth_uri: d.googleurl.value,
            needs_verify: d.rollout_state.as_deref() == Some("verify"),
        })
    }

    /// A new SMS token for `phone_e164` (e.g. `+84912345678`; spaces, dashes, dots and brackets
    /// are removed first, since privacyIDEA stores the number verbatim and does not check it).
    /// With `verify_enrollment` the server texts a code at once; confirm it with
    /// [`verify_enrolment`](Self::verify_enrolment).
    ///
    /// If the server's gateway could not send the text (an HTTP-200 success whose message says
    /// so), the half-enrolled token is deleted first (pending tokens count toward the per-user
    /// limits) and [`PiError::SmsNotSent`] is returned.
    pub fn enrol_sms(
        &self,
        phone_e164: &str,
        description: &str,
    ) -> Result<PiSmsEnrolment, PiError> {
        let phone: String = phone_e164
            .trim()
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')' | '\u{a0}'))
            .collect();
        let digits = phone.strip_prefix('+').unwrap_or("");
        if !(8..=15).contains(&digits.len())
            || !digits.chars().all(|c| c.is_ascii_digit())
            || digits.starts_with('0')
        {
            return Err(PiError::NotAllowed {
                message: crate::t!("enrol-pi-international-only"),
            });
        }
        let body = json!({ "type": "sms", "phone": phone, "description": description });
        let answer = self.send(reqwest::Method::POST, "/token/init", Some(&body))?;
        // Deliberately only these fields: the answer also carries the token's seed
        // (`detail.otpkey`, `detail.googleurl`), from which every SMS code can be computed.
        // It is never deserialized into anything, shown or kept.
        #[derive(Deserialize)]
        struct Init {
            detail: SmsDetail,
        }
        #[derive(Deserialize)]
        struct SmsDetail {
            serial: String,
            #[serde(default)]
            rollout_state: Option<String>,
            #[serde(default)]
            verify: Option<VerifyMessage>,
        }
        #[derive(Deserialize)]
        struct VerifyMessage {
            #[serde(default)]
            message: Option<String>,
        }
        let init: Init = answer.parse("token")?;
        let d = init.detail;
        let needs_verify = d.rollout_state.as_deref() == Some("verify");
        let server_message = d.verify.and_then(|v| v.message).map(|m| short(&m));
        if let Some(m) = &server_message {
            if m.to_ascii_lowercase().contains("could not be sent") {
                // Best effort: the error to report is the failed SMS, not a failed clean-up.
                let _ = self.delete_token(&d.serial);
                return Err(PiError::SmsNotSent {
                    serial: d.serial,
                    message: m.clone(),
                });
            }
        }
        Ok(PiSmsEnrolment {
            serial: d.serial,
            sms_sent: needs_verify && server_message.is_some(),
            server_message,
            needs_verify,
        })
    }

    /// Confirms a pending enrolment with a code from the app or the text message. A wrong code
    /// is [`PiError::WrongCode`] and the token stays pending, so the customer can retry.
    pub fn verify_enrolment(
        &self,
        serial: &str,
        token_type: PiTokenType,
        code: &str,
    ) -> Result<(), PiError> {
        // `type` must be repeated, or the server checks the request as an `hotp` enrolment.
        let code = Zeroizing::new(code.trim().to_string());
        let body = json!({
            "serial": serial,
            "type": token_type.as_str(),
            "verify": code.as_str(),
        });
        let answer = self.send(reqwest::Method::POST, "/token/init", Some(&body))?;
        #[derive(Deserialize)]
        struct Init {
            #[serde(default)]
            detail: Option<Detail>,
        }
        #[derive(Deserialize)]
        struct Detail {
            #[serde(default)]
            rollout_state: Option<String>,
        }
        let init: Init = answer.parse("confirmation")?;
        match init.detail.and_then(|d| d.rollout_state).as_deref() {
            Some("verify") => Err(PiError::WrongCode {
                message: crate::t!("enrol-pi-still-waiting"),
            }),
            _ => Ok(()),
        }
    }

    /// A list of backup codes (`type=tan`; how many is the server's `tantoken_count` policy).
    /// The server shows them only this once.
    pub fn enrol_backup_codes(&self, description: &str) -> Result<PiBackupCodes, PiError> {
        let body = json!({ "type": "tan", "description": description });
        let answer = self.send(reqwest::Method::POST, "/token/init", Some(&body))?;
        #[derive(Deserialize)]
        struct Init {
            detail: TanDetail,
        }
        #[derive(Deserialize)]
        struct TanDetail {
            serial: String,
            otps: std::collections::BTreeMap<String, Zeroizing<String>>,
        }
        let init: Init = answer.parse("backup-codes")?;
        let d = init.detail;
        let mut numbered = Vec::with_capacity(d.otps.len());
        for (k, v) in d.otps {
            let n: usize = k.parse().map_err(|_| PiError::BadResponse {
                detail: crate::t!("enrol-pi-codes-unnumbered"),
            })?;
            numbered.push((n, v));
        }
        numbered.sort_by_key(|(n, _)| *n);
        if numbered.is_empty() {
            return Err(PiError::BadResponse {
                detail: crate::t!("enrol-pi-no-codes"),
            });
        }
        Ok(PiBackupCodes {
            serial: d.serial,
            codes: numbered.into_iter().map(|(_, c)| c).collect(),
        })
    }

    /// The customer's own tokens (the server scopes `GET /token/` to the signed-in user).
    pub fn tokens(&self) -> Result<Vec<PiToken>, PiError> {
        #[derive(Deserialize)]
        struct List {
            result: ListResult,
        }
        #[derive(Deserialize)]
        struct ListResult {
            value: ListValue,
        }
        #[derive(Deserialize)]
        struct ListValue {
            tokens: Vec<RawToken>,
            #[serde(default)]
            next: Option<u32>,
        }
        #[derive(Deserialize)]
        struct RawToken {
            serial: String,
            #[serde(default)]
            tokentype: String,
            #[serde(default)]
            description: String,
            #[serde(default)]
            rollout_state: String,
            #[serde(default)]
            active: bool,
            #[serde(default)]
            failcount: u32,
            #[serde(default)]
            maxfail: u32,
            #[serde(default)]
            info: RawInfo,
        }
        #[derive(Deserialize, Default)]
        struct RawInfo {
            #[serde(default)]
            phone: Option<String>,
            #[serde(default, rename = "tan.count")]
            tan_count: Option<serde_json::Value>,
        }
        let mut out = Vec::new();
        let mut page = 1u32;
        loop {
            let answer = self.send(
                reqwest::Method::GET,
                &format!("/token/?page={page}&pagesize=50"),
                None,
            )?;
            let list: List = answer.parse("token-list")?;
            for t in list.result.value.tokens {
                let tan_count = t.info.tan_count.as_ref().and_then(|v| match v {
                    serde_json::Value::Number(n) => n.as_u64(),
                    serde_json::Value::String(s) => s.trim().parse().ok(),
                    _ => None,
                });
                out.push(PiToken {
                    backup_codes_left: if t.tokentype == "tan" {
                        tan_count.map(|n| n.min(u64::from(u32::MAX)) as u32)
                    } else {
                        None
                    },
                    phone: if t.tokentype == "sms" {
                        t.info.phone
                    } else {
                        None
                    },
                    serial: t.serial,
                    token_type: t.tokentype,
                    description: t.description,
                    rollout_state: t.rollout_state,
                    active: t.active,
                    failcount: t.failcount,
                    maxfail: t.maxfail,
                });
            }
            match list.result.value.next {
                Some(next) if next > page && page < 100 => page = next,
                _ => break,
            }
        }
        Ok(out)
    }

    /// Deletes one of the customer's tokens (also how an abandoned or failed enrolment is
    /// cleaned up, and the first half of an SMS "resend").
    pub fn delete_token(&self, serial: &str) -> Result<(), PiError> {
        let path = format!(
            "/token/{}",
            percent_encoding::utf8_percent_encode(serial, percent_encoding::NON_ALPHANUMERIC)
        );
        self.send(reqwest::Method::DELETE, &path, None)?;
        Ok(())
    }
}

// ------------------------------------------------------------------------------------ helpers

/// Sorts a REJECT by its `detail.message` (sent in English): `Ok` is the error it means,
/// `Err` a plain [`PiCheck::Rejected`] for any other reason.
fn classify_reject(message: String) -> Result<PiError, PiCheck> {
    let lower = message.to_ascii_lowercase();
    if lower.contains("failed authentications per") {
        let retry_after_secs = parse_rate_window(&message);
        Ok(PiError::RateLimited {
            message,
            retry_after_secs,
        })
    } else if lower.contains("failcounter exceeded") {
        Ok(PiError::Locked { message })
    } else if lower.contains("wrong otp")
        || lower.contains("response did not match")
        || lower.contains("wrong otp pin")
    {
        Ok(PiError::WrongCode { message })
    } else {
        Err(PiCheck::Rejected { message })
    }
}

/// "Only 3 failed authentications per 0:01:00 allowed." -> 60. The window is Python's
/// `timedelta` text: `H:MM:SS`, optionally after "N day(s), ".
fn parse_rate_window(message: &str) -> Option<u64> {
    let rest = message.split(" per ").nth(1)?;
    let rest = rest.trim().trim_end_matches('.');
    let rest = rest.strip_suffix("allowed").unwrap_or(rest).trim();
    let (days, hms) = match rest.split_once(',') {
        Some((d, hms)) => {
            let n: u64 = d.split_whitespace().next()?.parse().ok()?;
            (n, hms.trim())
        }
        None => (0, rest),
    };
    let hms = hms.split_whitespace().next()?;
    let parts: Vec<&str> = hms.split(':').collect();
    let [h, m, s] = parts.as_slice() else {
        return None;
    };
    let h: u64 = h.parse().ok()?;
    let m: u64 = m.parse().ok()?;
    let s: f64 = s.parse().ok()?;
    Some(days * 86_400 + h * 3600 + m * 60 + s.ceil() as u64)
}

/// `Retry-After`: delay-seconds or an HTTP date.
fn parse_retry_after(value: &str) -> Option<u64> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(secs);
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let secs = (date.with_timezone(&chrono::Utc) - chrono::Utc::now()).num_seconds();
    Some(secs.max(0) as u64)
}

fn describe(e: &reqwest::Error) -> String {
    short(&crate::net::describe_failure(e))
}

fn classify_json_error(e: &serde_json::Error) -> &'static str {
    match e.classify() {
        serde_json::error::Category::Data => "fields",
        _ => "json",
    }
}

/// Control characters removed and cut to [`MAX_MESSAGE`] characters.
fn short(s: &str) -> String {
    let clean: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let clean = clean.trim();
    if clean.chars().count() > MAX_MESSAGE {
        let mut cut: String = clean.chars().take(MAX_MESSAGE).collect();
        cut.push('…');
        cut
    } else {
        clean.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_window_is_read_from_the_message() {
        let m = "Only 3 failed authentications per 0:01:00 allowed.";
        assert_eq!(parse_rate_window(m), Some(60));
        assert_eq!(
            parse_rate_window("Only 5 failed authentications per 2 days, 1:00:30 allowed."),
            Some(2 * 86_400 + 3600 + 30)
        );
        assert_eq!(parse_rate_window("wrong otp value"), None);
    }

    #[test]
    fn rejects_are_classified_by_message() {
        assert!(matches!(
            classify_reject("Only 3 failed authentications per 0:01:00 allowed.".into()),
            Ok(PiError::RateLimited {
                retry_after_secs: Some(60),
                ..
            })
        ));
        assert!(matches!(
            classify_reject("Failcounter exceeded".into()),
            Ok(PiError::Locked { .. })
        ));
        assert!(matches!(
            classify_reject("wrong otp value. previous otp used again".into()),
            Ok(PiError::WrongCode { .. })
        ));
        assert!(matches!(
            classify_reject("Response did not match the challenge.".into()),
            Ok(PiError::WrongCode { .. })
        ));
        assert!(matches!(
            classify_reject("Token is not yet enrolled".into()),
            Err(PiCheck::Rejected { .. })
        ));
    }

    #[test]
    fn retry_after_takes_seconds_or_a_date() {
        assert_eq!(parse_retry_after("120"), Some(120));
        let later = chrono::Utc::now() + chrono::Duration::seconds(90);
        let secs = parse_retry_after(&later.to_rfc2822()).unwrap();
        assert!((85..=90).contains(&secs), "{secs}");
        assert_eq!(parse_retry_after("soon"), None);
    }

    #[test]
    fn only_https_or_this_computer() {
        assert!(PrivacyIdea::new("https://mfa.example.com/").is_ok());
        assert!(PrivacyIdea::new("http://127.0.0.1:5711").is_ok());
        assert!(PrivacyIdea::new("http://localhost:5711").is_ok());
        assert!(matches!(
            PrivacyIdea::new("http://mfa.example.com"),
            Err(PiError::Unreachable { .. })
        ));
        assert!(matches!(
            PiError::Unreachable {
                url: "x".into(),
                detail: "y".into()
            }
            .code(),
            "pi_unreachable"
        ));
        assert!(PrivacyIdea::new("https://user:pw@mfa.example.com").is_err());
        assert!(PrivacyIdea::new("not a url").is_err());
        assert_eq!(
            PrivacyIdea::new("https://mfa.example.com/pi/")
                .unwrap()
                .base_url(),
            "https://mfa.example.com/pi"
        );
    }
}
