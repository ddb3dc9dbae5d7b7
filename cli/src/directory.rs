//! `steward directory search|show|refresh`: which services support which 2FA methods (the public
//! 2fa.directory data) and passkeys (the Passkeys Directory), saved under the data directory.
//! The data is public, so these commands never open (or unlock) the profile.

use std::path::Path;

use chrono::Utc;
use clap::Subcommand;
use serde::Serialize;
use steward::directory::{
    Directory, DirectoryCache, DirectoryOrigin, Method, PasskeySupport, PasskeysOrigin, Service,
};
use steward::error::{ErrorInfo, UserFacing};
use steward::t;

use crate::output::{local, padded, print};

#[derive(Subcommand)]
pub enum DirectoryCommand {
    /// Find services by name or web address ("amazon", "amazon.de", a sign-in page's URL).
    Search {
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        /// How many services to list at most.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// A service's 2FA methods, strongest first, with advice; passkey support; set-up and
    /// recovery links.
    Show {
        #[arg(required = true, num_args = 1..)]
        name: Vec<String>,
    },
    /// Download the directory now if the saved copy is more than a day old (or always, with
    /// --force).
    Refresh {
        #[arg(long)]
        force: bool,
    },
}

#[derive(Serialize)]
struct SearchOutput<'a> {
    query: String,
    services: Vec<Service>,
    origin: &'a DirectoryOrigin,
}

#[derive(Serialize)]
struct MethodAdvice {
    method: Method,
    label: String,
    advice: String,
}

/// Where passkeys can be used at a service, as the Passkeys Directory says.
#[derive(Serialize)]
struct PasskeyOutput<'a> {
    /// One line per way: "Sign in with a passkey instead of a password (optional)", …
    ways: Vec<String>,
    #[serde(flatten)]
    support: &'a PasskeySupport,
    /// The credit its licence (CC BY 4.0) asks for.
    source: &'static str,
}

#[derive(Serialize)]
struct ShowOutput<'a> {
    service: &'a Service,
    /// The service's methods, strongest first, each with a label and advice.
    methods: Vec<MethodAdvice>,
    /// Passkey support, when the Passkeys Directory lists the service (`null`: not listed, or
    /// no passkey data — `origin.passkeys.present` says which).
    passkey: Option<PasskeyOutput<'a>>,
    origin: &'a DirectoryOrigin,
}

#[derive(Serialize)]
struct RefreshOutput<'a> {
    services: usize,
    skipped: usize,
    /// Services the Passkeys Directory lists with passkey support.
    with_passkeys: usize,
    origin: &'a DirectoryOrigin,
}

const PASSKEYS_CREDIT: &str = "Passkeys Directory (passkeys.2fa.directory), CC BY 4.0";

pub fn run(json: bool, data_dir: &Path, command: &DirectoryCommand) -> Result<(), ErrorInfo> {
    match command {
        DirectoryCommand::Search { query, limit } => {
            let query = query.join(" ");
            let directory = steward::directory::loaded(data_dir);
            let services = directory.search_shown(&query, *limit);
            let out = SearchOutput {
                query: query.clone(),
                services,
                origin: directory.origin(),
            };
            print(json, &out, || render_search(&query, &out, &directory))
        }
        DirectoryCommand::Show { name } => {
            let name = name.join(" ");
            let directory = steward::directory::loaded(data_dir);
            let service = directory.lookup(&name).map_err(|e| e.info())?;
            let out = ShowOutput {
                service,
                methods: service
                    .methods
                    .iter()
                    .map(|&m| MethodAdvice {
                        method: m,
                        label: m.label(),
                        advice: m.advice(),
                    })
                    .collect(),
                passkey: service.passkey.as_ref().map(|support| PasskeyOutput {
                    ways: support.describe(),
                    support,
                    source: PASSKEYS_CREDIT,
                }),
                origin: directory.origin(),
            };
            print(json, &out, || render_show(service, directory.origin()))
        }
        DirectoryCommand::Refresh { force } => {
            let directory = DirectoryCache::new(data_dir)
                .refresh(Utc::now(), *force)
                .map_err(|e| e.info())?;
            let out = RefreshOutput {
                services: directory.len(),
                skipped: directory.skipped(),
                with_passkeys: with_passkeys(&directory),
                origin: directory.origin(),
            };
            print(json, &out, || {
                let when = directory
                    .origin()
                    .fetched_at
                    .map(local)
                    .unwrap_or_else(|| t!("cli-directory-unknown-time"));
                let mut lines = vec![if directory.origin().from_cache {
                    t!("cli-directory-up-to-date", n = directory.len(), when = when)
                } else {
                    t!(
                        "cli-directory-downloaded",
                        n = directory.len(),
                        url = directory.origin().url.as_deref().unwrap_or("?")
                    )
                }];
                let passkeys = &directory.origin().passkeys;
                if passkeys.present {
                    lines.push(t!(
                        "cli-directory-passkeys-count",
                        domains = passkeys.domains,
                        n = out.with_passkeys
                    ));
                }
                lines.extend(passkeys_note(passkeys));
                lines.join("\n")
            })
        }
    }
}

fn with_passkeys(directory: &Directory) -> usize {
    directory
        .services()
        .iter()
        .filter(|s| s.passkey.is_some())
        .count()
}

/// What the customer should know about where the data came from: nothing when both data sets
/// are current.
fn origin_notes(origin: &DirectoryOrigin) -> Vec<String> {
    let when = origin.fetched_at.map(local);
    let mut notes = Vec::new();
    match (&origin.refresh_error, origin.stale, when) {
        (Some(err), true, Some(when)) => {
            notes.push(t!("cli-directory-saved-copy", when = when, error = err))
        }
        (Some(err), true, None) => notes.push(t!("cli-directory-older-copy", error = err)),
        (Some(err), false, _) => notes.push(t!("cli-note", text = err)),
        _ => {}
    }
    notes.extend(passkeys_note(&origin.passkeys));
    notes
}

/// Passkey data that is stale or missing (nothing when it is current or not used).
fn passkeys_note(p: &PasskeysOrigin) -> Option<String> {
    let err = p.refresh_error.as_deref()?;
    Some(match (p.present, p.stale, p.fetched_at.map(local)) {
        (false, _, _) => t!("cli-directory-passkeys-unknown", error = err),
        (true, true, Some(when)) => t!(
            "cli-directory-passkeys-saved-copy",
            when = when,
            error = err
        ),
        (true, true, None) => t!("cli-directory-passkeys-older-copy", error = err),
        (true, false, _) => t!("cli-directory-passkeys-note", error = err),
    })
}

fn render_search(query: &str, out: &SearchOutput, directory: &Directory) -> String {
    let mut lines = Vec::new();
    if directory.is_empty() {
        lines.push(t!("cli-directory-unavailable"));
    } else if out.services.is_empty() {
        lines.push(t!("cli-directory-no-match", query = query));
    } else {
        for s in &out.services {
            let methods = if s.has_2fa() {
                s.methods
                    .iter()
                    .map(|m| m.label())
                    .collect::<Vec<_>>()
                    .join(", ")
            } else {
                t!("cli-directory-no-2fa")
            };
            let passkeys = if s.passkey.is_some() {
                format!("; {}", t!("cli-directory-has-passkeys"))
            } else {
                String::new()
            };
            lines.push(format!("{} ({}): {methods}{passkeys}", s.name, s.domain));
        }
    }
    lines.extend(origin_notes(out.origin));
    lines.join("\n")
}

fn render_show(s: &Service, origin: &DirectoryOrigin) -> String {
    let mut lines = vec![format!("{} ({})", s.name, s.domain)];
    if !s.additional_domains.is_empty() {
        lines.push(t!(
            "cli-directory-also-at",
            domains = s.additional_domains.join(", ")
        ));
    }
    lines.push(String::new());
    if s.has_2fa() {
        lines.push(t!("cli-directory-methods-heading"));
        for (i, m) in s.methods.iter().enumerate() {
            let detail = match m {
                Method::CustomSoftware if !s.custom_software.is_empty() => {
                    format!(" ({})", s.custom_software.join(", "))
                }
                Method::CustomHardware if !s.custom_hardware.is_empty() => {
                    format!(" ({})", s.custom_hardware.join(", "))
                }
                _ => String::new(),
            };
            lines.push(format!("  {}. {}{detail}", i + 1, m.label()));
            lines.push(format!("     {}", m.advice()));
        }
    } else {
        lines.push(t!("cli-directory-no-2fa-service", name = &s.name));
    }
    if let Some(notes) = &s.notes {
        lines.push(format!("\n{}", t!("cli-directory-notes", notes = notes)));
    }
    if let Some(p) = &s.passkey {
        lines.push(String::new());
        lines.push(t!(
            "cli-directory-passkeys-heading",
            credit = PASSKEYS_CREDIT
        ));
        for way in p.describe() {
            lines.push(format!("  - {way}"));
        }
        if let Some(notes) = &p.notes {
            lines.push(format!("  {}", t!("cli-directory-notes", notes = notes)));
        }
        let [setup, recovery] = padded([
            t!("cli-directory-passkey-setup"),
            t!("cli-directory-passkey-recovery"),
        ]);
        if let Some(doc) = &p.documentation {
            lines.push(format!("  {setup}{doc}"));
        }
        if let Some(rec) = &p.recovery {
            lines.push(format!("  {recovery}{rec}"));
        }
    }
    let mut links = Vec::new();
    if let Some(doc) = &s.documentation {
        links.push(t!("cli-directory-setup", url = doc));
    }
    if let Some(rec) = &s.recovery {
        links.push(t!("cli-directory-recovery", url = rec));
    }
    if !links.is_empty() {
        lines.push(String::new());
        lines.extend(links);
    }
    if let Some(c) = &s.contact {
        let mut ways = Vec::new();
        if let Some(e) = &c.email {
            ways.push(t!("cli-directory-contact-email", email = e));
        }
        if let Some(f) = &c.form {
            ways.push(t!("cli-directory-contact-form", url = f));
        }
        if let Some(t) = &c.twitter {
            ways.push(format!("X/Twitter @{t}"));
        }
        if let Some(f) = &c.facebook {
            ways.push(format!("Facebook {f}"));
        }
        if !ways.is_empty() {
            lines.push(t!("cli-directory-contact", ways = ways.join("; ")));
        }
    }
    let notes = origin_notes(origin);
    if !notes.is_empty() {
        lines.push(String::new());
        lines.extend(notes);
    }
    lines.join("\n")
}
