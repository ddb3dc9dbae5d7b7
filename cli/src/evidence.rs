//! `steward case alert|alerts|alert-step|resolve-alert|attach|attachments|detach|
//! save-attachment|suggest` and `steward accounts`: security alerts, evidence, quick capture and
//! the accounts view, over the same core as the desktop app.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use steward::cases::{
    clean_file_name, suggest_from_transcript, AccountPatch, AccountSummary, Alert, AlertKind,
    AlertStepId, AttachOptions, Attachment, AttachmentAdded, CaptureSuggestions, CaseError,
    CaseStore, Existing, NewAlert, MAX_ATTACHMENT_BYTES,
};
use steward::error::{ErrorInfo, UserFacing};
use zeroize::Zeroizing;

use crate::error::CliError;
use crate::input::{self, FileError};
use steward::t;

use crate::output::{local, print};

#[derive(Subcommand)]
pub enum EvidenceCommand {
    /// Raise a security alert: a contact you never made, or someone else's data shown to you.
    Alert {
        case: String,
        #[arg(long, value_enum)]
        kind: RaiseKind,
        /// What happened, in your words.
        #[arg(long, short)]
        summary: String,
        /// The contact it is about (contacts are numbered from 1 in `case show`).
        #[arg(long)]
        contact: Option<usize>,
        /// The evidence: an attachment number from `case attachments`.
        #[arg(long)]
        attachment: Option<i64>,
    },
    /// List security alerts: a case's (all of them), or every open alert.
    Alerts { case: Option<String> },
    /// Tick (or untick) a step of an alert's checklist.
    #[command(group(clap::ArgGroup::new("state").required(true).args(["done", "undo"])))]
    AlertStep {
        /// The alert's number ("2", "alert 2").
        alert: String,
        /// change-password, review-activity, two-step, tell-support, verification-note, or 1–5.
        step: String,
        /// Mark the step done.
        #[arg(long)]
        done: bool,
        /// Mark the step not done.
        #[arg(long)]
        undo: bool,
    },
    /// Mark an alert dealt with.
    ResolveAlert {
        alert: String,
        /// How it was dealt with.
        #[arg(long)]
        note: Option<String>,
    },
    /// Attach a file, an e-mail (.eml) or a pasted transcript (FILE `-` reads standard input).
    Attach {
        case: String,
        /// The file, or `-` for standard input (a pasted transcript unless --name is given).
        file: PathBuf,
        /// The contact it belongs to (numbered from 1 in `case show`).
        #[arg(long)]
        contact: Option<usize>,
        /// The file is a chat transcript (text).
        #[arg(long)]
        transcript: bool,
        /// The name to keep it under (default: the file's name).
        #[arg(long)]
        name: Option<String>,
    },
    /// List a case's attachments with their SHA-256.
    Attachments { case: String },
    /// Remove an attachment from a case.
    Detach { case: String, number: i64 },
    /// Write an attachment's bytes, exactly as added, to a file (or `-` for standard output).
    SaveAttachment {
        case: String,
        number: i64,
        #[arg(long, short)]
        out: PathBuf,
    },
    /// Suggest what to log from a pasted transcript or e-mail text (FILE, or `-`/nothing for
    /// standard input): reference numbers, agents, error texts, promises, identity check.
    Suggest { file: Option<PathBuf> },
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum RaiseKind {
    /// A transcript, confirmation or record of a contact you never had.
    ContactNotMade,
    /// Support showed you someone else's account data.
    DataExposed,
}

#[derive(Args)]
pub struct AccountsArgs {
    #[command(subcommand)]
    action: Option<AccountsCommand>,
}

#[derive(Subcommand)]
enum AccountsCommand {
    /// Set an account's domain or your identifier there (shown masked).
    Edit {
        /// The service's name ("Example Shop").
        service: String,
        #[arg(long)]
        domain: Option<String>,
        /// Your e-mail, username or phone number there.
        #[arg(long)]
        identifier: Option<String>,
    },
    /// What leaked, which of your accounts that opens (most at stake first), why, and what to
    /// do first.
    Exposure,
    /// What an account has and its support checks to know it's you; without options, what
    /// Steward knows (your answers and its service notes).
    Details(Box<crate::exposure::DetailsArgs>),
    /// Tick (or untick) a step of an account's lock-down plan.
    Lockdown {
        /// The service's name ("Example Bank").
        service: String,
        /// support-pin, verification-note, two-step, change-detail, sign-in-before-chat,
        /// number-lock, letter.
        step: String,
        /// Mark the step not done.
        #[arg(long)]
        undo: bool,
    },
}

fn info(e: impl UserFacing) -> ErrorInfo {
    e.info()
}

/// An attachment or a transcript: the file, or standard input for `-`. At most one byte more
/// than Steward keeps is read, so an oversized one is refused by the core with its clear
/// message without reading gigabytes first.
fn read_input(path: &Path) -> Result<Zeroizing<Vec<u8>>, ErrorInfo> {
    let max = MAX_ATTACHMENT_BYTES as u64;
    if path == Path::new("-") {
        return Ok(input::stdin_paste(max)?.bytes);
    }
    match input::file(path, max) {
        Ok(read) => Ok(read.bytes),
        // A regular file's real size, not where the reading would stop.
        Err(FileError::TooLarge(size)) => {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            Err(CaseError::FileTooLarge {
                name: clean_file_name(&name),
                size,
                max,
            }
            .info())
        }
        Err(FileError::Open(e)) => Err(CliError::CannotOpen {
            path: path.display().to_string(),
            detail: e.to_string(),
        }
        .into()),
        Err(FileError::Read(e)) => Err(CliError::CannotRead {
            what: path.display().to_string(),
            detail: e.to_string(),
        }
        .into()),
    }
}

pub fn size_text(size: u64) -> String {
    match size {
        s if s < 1024 => format!("{s} B"),
        s if s < 1024 * 1024 => format!("{:.1} KiB", s as f64 / 1024.0),
        s => format!("{:.1} MiB", s as f64 / (1024.0 * 1024.0)),
    }
}

pub fn run(json: bool, store: &CaseStore<'_>, command: EvidenceCommand) -> Result<(), ErrorInfo> {
    match command {
        EvidenceCommand::Alert {
            case,
            kind,
            summary,
            contact,
            attachment,
        } => {
            let id = store.resolve_case(&case).map_err(info)?;
            let interaction_id = match contact {
                Some(n) => Some(store.interaction_by_number(id, n).map_err(info)?.id),
                None => None,
            };
            let attachment_id = match attachment {
                Some(n) => Some(store.attachment_by_number(id, n).map_err(info)?.id),
                None => None,
            };
            let alert = store
                .raise_alert(
                    id,
                    &NewAlert {
                        kind: match kind {
                            RaiseKind::ContactNotMade => AlertKind::ContactNotMade,
                            RaiseKind::DataExposed => AlertKind::DataExposed,
                        },
                        summary,
                        interaction_id,
                        attachment_id,
                    },
                )
                .map_err(info)?;
            print(json, &alert, || render_alert(&alert))
        }
        EvidenceCommand::Alerts { case } => {
            let alerts = match &case {
                Some(c) => {
                    let id = store.resolve_case(c).map_err(info)?;
                    store.alerts(id).map_err(info)?
                }
                None => store.open_alerts().map_err(info)?,
            };
            print(json, &alerts, || {
                if alerts.is_empty() {
                    return match case {
                        Some(_) => t!("cli-alerts-none-case"),
                        None => t!("cli-alerts-none-open"),
                    };
                }
                alerts
                    .iter()
                    .map(render_alert)
                    .collect::<Vec<_>>()
                    .join("\n\n")
            })
        }
        EvidenceCommand::AlertStep {
            alert,
            step,
            done,
            undo,
        } => {
            let id = store.resolve_alert_ref(&alert).map_err(info)?;
            let step_id = AlertStepId::parse(&step).ok_or_else(|| CliError::UnknownStep {
                given: step.clone(),
            })?;
            let alert = store
                .set_alert_step(id, step_id, done && !undo)
                .map_err(info)?;
            print(json, &alert, || render_alert(&alert))
        }
        EvidenceCommand::ResolveAlert { alert, note } => {
            let id = store.resolve_alert_ref(&alert).map_err(info)?;
            let alert = store.resolve_alert(id, note).map_err(info)?;
            print(json, &alert, || {
                t!(
                    "cli-alert-resolved-summary",
                    number = alert.number,
                    done = alert.steps_done(),
                    total = alert.steps.len()
                )
            })
        }
        EvidenceCommand::Attach {
            case,
            file,
            contact,
            transcript,
            name,
        } => {
            let id = store.resolve_case(&case).map_err(info)?;
            let stdin = file == Path::new("-");
            let interaction_id = match contact {
                Some(n) => Some(store.interaction_by_number(id, n).map_err(info)?.id),
                None => None,
            };
            let bytes = read_input(&file)?;
            let file_name = match (&name, stdin) {
                (Some(n), _) => n.clone(),
                (None, true) => String::new(),
                (None, false) => file
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            };
            let options = AttachOptions {
                interaction_id,
                transcript: transcript || (stdin && name.is_none()),
            };
            let added = store
                .add_attachment(id, &file_name, &bytes, &options)
                .map_err(info)?;
            let case_number = store.case(id).map_err(info)?.number;
            print(json, &added, || render_added(&added, case_number))
        }
        EvidenceCommand::Attachments { case } => {
            let id = store.resolve_case(&case).map_err(info)?;
            let list = store.attachments(id).map_err(info)?;
            print(json, &list, || {
                if list.is_empty() {
                    t!("cli-attachments-none", case = &case)
                } else {
                    list.iter()
                        .map(render_attachment)
                        .collect::<Vec<_>>()
                        .join("\n")
                }
            })
        }
        EvidenceCommand::Detach { case, number } => {
            let id = store.resolve_case(&case).map_err(info)?;
            let attachment = store.attachment_by_number(id, number).map_err(info)?;
            let removed = store.remove_attachment(attachment.id).map_err(info)?;
            print(json, &removed, || {
                t!(
                    "cli-attachment-removed",
                    number = removed.number,
                    name = &removed.file_name
                )
            })
        }
        EvidenceCommand::SaveAttachment { case, number, out } => {
            let id = store.resolve_case(&case).map_err(info)?;
            let attachment = store.attachment_by_number(id, number).map_err(info)?;
            if out == Path::new("-") {
                use std::io::Write;
                let (_, bytes) = store.attachment_bytes(attachment.id).map_err(info)?;
                return std::io::stdout().lock().write_all(&bytes).map_err(|e| {
                    CliError::Stdout {
                        detail: e.to_string(),
                    }
                    .into()
                });
            }
            // Never over an existing file: the customer's evidence elsewhere is not overwritten.
            let saved = store
                .save_attachment(attachment.id, &out, Existing::Keep)
                .map_err(info)?;
            let attachment = saved.attachment;
            print(json, &attachment, || {
                t!(
                    "cli-attachment-wrote",
                    name = &attachment.file_name,
                    size = size_text(attachment.size),
                    sha = &attachment.sha256,
                    path = out.display().to_string()
                )
            })
        }
        EvidenceCommand::Suggest { file } => {
            let bytes = read_input(file.as_deref().unwrap_or(Path::new("-")))?;
            let text = String::from_utf8_lossy(&bytes);
            let s = suggest_from_transcript(&text);
            print(json, &s, || render_suggestions(&s))
        }
    }
}

pub fn run_accounts(
    json: bool,
    store: &CaseStore<'_>,
    args: AccountsArgs,
) -> Result<(), ErrorInfo> {
    match args.action {
        None => {
            let accounts = store.accounts().map_err(info)?;
            print(json, &accounts, || render_accounts(&accounts))
        }
        Some(AccountsCommand::Edit {
            service,
            domain,
            identifier,
        }) => {
            if domain.is_none() && identifier.is_none() {
                return Err(CliError::NothingToChange {
                    give: "--domain or --identifier",
                }
                .into());
            }
            let id = store.resolve_account(&service).map_err(info)?;
            let account = store
                .update_account(id, &AccountPatch { domain, identifier })
                .map_err(info)?;
            print(json, &account, || {
                render_accounts(std::slice::from_ref(&account))
            })
        }
        Some(AccountsCommand::Exposure) => crate::exposure::run_exposure(json, store),
        Some(AccountsCommand::Details(args)) => crate::exposure::run_details(json, store, *args),
        Some(AccountsCommand::Lockdown {
            service,
            step,
            undo,
        }) => crate::exposure::run_lockdown(json, store, &service, &step, undo),
    }
}

pub fn render_alert(a: &Alert) -> String {
    let state = match a.resolved_at {
        Some(at) => t!("cli-alert-resolved-at", date = local(at)),
        None => t!("cli-alert-open"),
    };
    let service = a
        .service
        .as_deref()
        .map(|s| format!(" · {s}"))
        .unwrap_or_default();
    let mut out = format!(
        "{}{service}\n{}\n  {}\n  {}\n",
        t!(
            "cli-alert-heading",
            number = a.number,
            state = state,
            case = a.case_number
        ),
        a.title,
        a.summary,
        a.explanation
    );
    for (n, s) in a.steps.iter().enumerate() {
        let mark = if s.done_at.is_some() { "x" } else { " " };
        out.push_str(&format!(
            "  [{mark}] {}. {}  ({})\n",
            n + 1,
            s.text,
            s.id.as_str().replace('_', "-")
        ));
    }
    if let Some(r) = &a.resolution {
        out.push_str(&format!("  {}\n", t!("cli-alert-resolution", text = r)));
    }
    if a.resolved_at.is_none() {
        out.push_str(&format!("  {}\n", t!("cli-alert-tick", number = a.number)));
        if let (false, Some(s)) = (a.earlier.is_empty(), a.service.as_deref()) {
            out.push_str(&format!("  {}", t!("cli-alert-repeat-letter", service = s)));
        }
    }
    out.trim_end().to_string()
}

pub fn render_attachment(a: &Attachment) -> String {
    let mut out = format!(
        "{:>3}  {}  ({}, {})\n     sha256 {}",
        a.number,
        a.file_name,
        a.kind.label(),
        size_text(a.size),
        a.sha256
    );
    if let Some(e) = &a.email {
        let from = match (&e.from_name, &e.from) {
            (Some(n), Some(addr)) => format!("{n} <{addr}>"),
            (None, Some(addr)) => addr.clone(),
            (Some(n), None) => n.clone(),
            (None, None) => t!("cli-attachment-unknown-sender"),
        };
        out.push_str(&format!(
            "\n     {}",
            t!("cli-attachment-from", from = from)
        ));
        if let Some(s) = &e.subject {
            out.push_str(&format!(
                "\n     {}",
                t!("cli-attachment-subject", subject = s)
            ));
        }
        if let Some(d) = e.date {
            out.push_str(&format!(
                "\n     {}",
                t!("cli-attachment-date", date = local(d))
            ));
        }
        let dkim = match (&e.dkim_signature, &e.dkim_domain) {
            (true, Some(d)) => t!("cli-attachment-dkim-domain", domain = d),
            (true, None) => t!("cli-attachment-dkim"),
            (false, _) => t!("cli-attachment-dkim-none"),
        };
        out.push_str(&format!("\n     {dkim}"));
    }
    out
}

fn render_added(added: &AttachmentAdded, case_number: i64) -> String {
    let a = &added.attachment;
    let mut out = if added.already_attached {
        format!(
            "{}\n",
            t!(
                "cli-attachment-already",
                case = case_number,
                number = a.number
            )
        )
    } else {
        format!("{}\n", t!("cli-attachment-attached", case = case_number))
    };
    out.push_str(&render_attachment(a));
    out.push('\n');
    if let Some(s) = &added.suggestions {
        out.push_str(&format!("\n{}\n", t!("cli-attachment-read-heading")));
        out.push_str(&render_suggestions(s));
        out.push('\n');
    }
    if let Some(u) = &added.unlogged_contact {
        out.push_str(&format!(
            "\n! {}\n  {}\n  {}\n",
            u.reason,
            t!("cli-attachment-unlogged-hint"),
            t!(
                "cli-attachment-unlogged-command",
                case = case_number,
                number = a.number
            )
        ));
    }
    out.trim_end().to_string()
}

pub fn render_suggestions(s: &CaptureSuggestions) -> String {
    if *s == CaptureSuggestions::default() {
        return t!("cli-suggest-none");
    }
    let mut out = String::new();
    if !s.references.is_empty() {
        out.push_str(&format!(
            "  {}\n",
            t!("cli-case-references", refs = s.references.join(", "))
        ));
    }
    if !s.agents.is_empty() {
        out.push_str(&format!(
            "  {}\n",
            t!("cli-suggest-agent", agents = s.agents.join(", "))
        ));
    }
    for e in &s.error_texts {
        out.push_str(&format!("  {}\n", t!("cli-case-error", text = e)));
    }
    for p in &s.promises {
        let due = p
            .due_in_minutes
            .map(|m| match m {
                m if m % (24 * 60) == 0 => t!("cli-suggest-due-days", days = m / (24 * 60)),
                m if m % 60 == 0 => t!("cli-suggest-due-hours", hours = m / 60),
                m => t!("cli-suggest-due-minutes", minutes = m),
            })
            .map(|due| format!(" ({due})"))
            .unwrap_or_default();
        out.push_str(&format!(
            "  {}{due}\n",
            t!("cli-suggest-promise", text = &p.text)
        ));
    }
    if let Some(how) = &s.identity_method {
        out.push_str(&format!("  {}\n", t!("cli-suggest-identity", how = how)));
    }
    for d in &s.disclosures {
        out.push_str(&crate::exposure::suggestion_lines(
            &crate::exposure::masked(d),
        ));
    }
    out.trim_end().to_string()
}

fn render_accounts(accounts: &[AccountSummary]) -> String {
    if accounts.is_empty() {
        return t!("cli-accounts-none");
    }
    accounts
        .iter()
        .map(|a| {
            let mut head = a.service.clone();
            if let Some(d) = &a.domain {
                head.push_str(&format!(" ({d})"));
            }
            if let Some(i) = &a.identifier_masked {
                head.push_str(&format!(" · {i}"));
            }
            let alerts = if a.open_alerts > 0 {
                format!(" · {}", t!("cli-accounts-open-alerts", n = a.open_alerts))
            } else {
                String::new()
            };
            let two_factor = if a.two_factor_on.is_empty() {
                t!("cli-accounts-2fa-off")
            } else {
                let on: Vec<String> = a.two_factor_on.iter().map(|m| m.label()).collect();
                t!("cli-accounts-2fa-on", methods = on.join(", "))
            };
            format!(
                "{head}\n  {}{alerts} · {two_factor} · {}",
                t!(
                    "cli-accounts-cases",
                    open_count = a.open_cases,
                    n = a.total_cases
                ),
                t!("cli-accounts-attempts", n = a.enrolment_attempts)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
