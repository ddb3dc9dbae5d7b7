//! `steward`: the command line over the same core and the same data directory as the desktop app.
//! Every command takes `--json`. Exit codes: 0 ok, 1 the input was wrong, 2 anything else.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::{DateTime, Local, Utc};
use clap::{Args, Parser, Subcommand};
use serde::Serialize;
use zeroize::Zeroizing;

use steward::cases::{
    CaseDetail, CaseFilter, CasePatch, CaseStatus, CaseSummary, Channel, Direction, Interaction,
    NewCase, NewInteraction, NewPromise, PromiseStatus, SearchHit,
};
use steward::error::{ErrorInfo, ErrorKind, UserFacing};
use steward::phone;
use steward::profile::{Profile, ProfileError, Unlock};
use steward::time::{parse_duration, parse_moment};

mod directory;
mod enrol;
mod evidence;
mod otp;
mod share;

#[derive(Parser)]
#[command(
    name = "steward",
    version,
    about = "Secure your accounts and keep your own record of every support interaction."
)]
struct Cli {
    /// The profile's data directory (default: shared with the desktop app).
    #[arg(long, global = true, env = "STEWARD_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// Print machine-readable JSON on stdout (errors as JSON on stderr).
    #[arg(long, global = true)]
    json: bool,
    /// A file holding the profile passphrase (for profiles kept without the system keyring).
    #[arg(long, global = true, env = "STEWARD_PASSPHRASE_FILE")]
    passphrase_file: Option<PathBuf>,
    /// Do not use the system keyring; a new profile is then protected by a passphrase.
    #[arg(long, global = true)]
    no_keyring: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Cases: problems you are working through with support.
    #[command(subcommand)]
    Case(CaseCommand),
    /// Phone numbers: check one for SMS codes, read a service's refusal message.
    #[command(subcommand)]
    Phone(PhoneCommand),
    /// Your accounts: services, your identifier there (masked), open cases and alerts.
    Accounts(evidence::AccountsArgs),
    /// Authenticator codes: accounts from links, QR codes and other apps' exports.
    #[command(subcommand)]
    Otp(otp::OtpCommand),
    /// Shared exports: verify a file, show this profile's signing key.
    #[command(subcommand)]
    Share(share::ShareCommand),
    /// Which services support which 2FA methods (public data from 2fa.directory).
    #[command(subcommand)]
    Directory(directory::DirectoryCommand),
    /// Turn on two-step verification for a service, step by step (resumable).
    Enrol(enrol::EnrolArgs),
    /// Where your data is and how it is protected.
    Status,
}

#[derive(Subcommand)]
enum PhoneCommand {
    /// Check a phone number: validity, type, formats, and whether SMS codes can reach it.
    Check {
        /// The number as you would type it: "0912 345 678", "+84 912 345 678", "0084…".
        #[arg(allow_hyphen_values = true)]
        number: String,
        /// The country for numbers typed without a country code (two letters: VN, GB, US).
        #[arg(long)]
        region: Option<String>,
        /// The error text a service showed when it refused this number.
        #[arg(long = "refused")]
        refused: Option<String>,
    },
    /// Explain an error text a service showed when verifying a phone number or sending a code.
    Refusal {
        /// The exact text, in quotes.
        #[arg(allow_hyphen_values = true)]
        text: String,
    },
    /// List the countries, with calling codes and an example mobile number.
    Regions,
}

#[derive(Subcommand)]
enum CaseCommand {
    /// Start a case.
    New {
        /// A short title ("Phone number refused for 2-step verification").
        title: String,
        /// The company or service ("Amazon").
        #[arg(long)]
        service: Option<String>,
        /// What you want as the outcome ("2-step verification turned on").
        #[arg(long = "want")]
        desired_outcome: Option<String>,
    },
    /// List cases (open ones unless --all or --resolved).
    List {
        #[arg(long, conflicts_with = "resolved")]
        all: bool,
        #[arg(long)]
        resolved: bool,
    },
    /// Show a case with its whole timeline.
    Show { case: String },
    /// Log a contact with support on a case.
    Log(Box<LogArgs>),
    /// Change a case's title, status, service or desired outcome.
    Edit {
        case: String,
        #[arg(long)]
        title: Option<String>,
        /// open, waiting_on_them, waiting_on_me, escalated, resolved
        #[arg(long, value_parser = parse_status)]
        status: Option<CaseStatus>,
        #[arg(long)]
        service: Option<String>,
        #[arg(long = "want")]
        desired_outcome: Option<String>,
    },
    /// Mark a case resolved.
    Close {
        case: String,
        /// How it ended.
        #[arg(long)]
        resolution: Option<String>,
    },
    /// What the timeline shows: contacts, teams, hand-offs, bounces, promises, when to escalate.
    Insights { case: String },
    /// Draft an escalation letter from the timeline: what happened, promises missed, what you ask.
    Escalate { case: String },
    /// Mark a promise kept or broken (promises are numbered from 1 in `case show`).
    Promise {
        case: String,
        number: usize,
        #[arg(long, value_enum)]
        status: PromiseOutcome,
    },
    /// Find contacts by any word you remember: error texts, agent, team, reference numbers.
    Search {
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    #[command(flatten)]
    Evidence(evidence::EvidenceCommand),
    /// Export a case (brief, brief-chat, md, html, pdf, json, eml, ics), redacted and signed.
    Export(Box<share::ExportArgs>),
}

#[derive(Args)]
struct LogArgs {
    case: String,
    /// What happened, in your words.
    #[arg(long, short)]
    summary: String,
    /// phone, chat, email, portal, social, in_person, letter (default: as last time)
    #[arg(long, value_parser = parse_channel)]
    channel: Option<Channel>,
    /// outbound (I contacted them), inbound (they contacted me), unsolicited
    #[arg(long, value_parser = parse_direction)]
    direction: Option<Direction>,
    /// When it started: "now" (default), "2026-11-20 14:30" (local), "-2h".
    #[arg(long, default_value = "now", allow_hyphen_values = true)]
    at: String,
    /// How long it took: 25m, 1h10m.
    #[arg(long, conflicts_with = "ended")]
    duration: Option<String>,
    /// When it ended (same forms as --at).
    #[arg(long, allow_hyphen_values = true)]
    ended: Option<String>,
    /// Time on hold before talking to someone: 40m.
    #[arg(long)]
    wait: Option<String>,
    /// Team or department (default: as last time on this case).
    #[arg(long)]
    team: Option<String>,
    /// Agent name or ID.
    #[arg(long)]
    agent: Option<String>,
    /// A reference or ticket number they gave (repeat for several).
    #[arg(long = "ref")]
    references: Vec<String>,
    /// An exact error text you saw (repeat for several).
    #[arg(long = "error")]
    error_texts: Vec<String>,
    /// Something the agent said, word for word (repeat for several).
    #[arg(long = "quote")]
    quotes: Vec<String>,
    /// A promise they made, optionally with when it is due: "Call back|+48h" or "Refund|2026-11-30".
    #[arg(long = "promise")]
    promises: Vec<String>,
    /// How it ended.
    #[arg(long)]
    outcome: Option<String>,
    /// Did they verify your identity?
    #[arg(long, value_enum)]
    verified: Option<Verified>,
    /// How they verified it ("code sent by SMS").
    #[arg(long = "verified-how")]
    verified_how: Option<String>,
}

fn parse_status(s: &str) -> Result<CaseStatus, String> {
    CaseStatus::parse(s).ok_or_else(|| {
        format!(
            "unknown status; use one of: {}",
            CaseStatus::ALL.map(|s| s.as_str()).join(", ")
        )
    })
}

fn parse_channel(s: &str) -> Result<Channel, String> {
    Channel::parse(s).ok_or_else(|| {
        format!(
            "unknown channel; use one of: {}",
            Channel::ALL.map(|c| c.as_str()).join(", ")
        )
    })
}

fn parse_direction(s: &str) -> Result<Direction, String> {
    Direction::parse(s)
        .ok_or_else(|| "unknown direction; use outbound, inbound or unsolicited".to_string())
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum PromiseOutcome {
    Kept,
    Broken,
    Pending,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Verified {
    Yes,
    No,
    Unknown,
}

/// An error of the CLI's own (bad arguments it checks itself).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
struct InputError {
    code: &'static str,
    message: String,
}

impl UserFacing for InputError {
    fn code(&self) -> &'static str {
        self.code
    }
    fn kind(&self) -> ErrorKind {
        ErrorKind::Input
    }
}

fn input_err(code: &'static str, message: impl Into<String>) -> ErrorInfo {
    InputError {
        code,
        message: message.into(),
    }
    .info()
}

/// Reads a small text file the user named (a passphrase, password, token or list of codes), at
/// most `max` bytes: a device or endless pipe given by mistake gets a clear error instead of
/// filling the memory. `code` names the error when it cannot be read.
fn read_small_text_file(
    path: &std::path::Path,
    max: u64,
    code: &'static str,
    what: &str,
) -> Result<Zeroizing<String>, ErrorInfo> {
    use std::io::Read;
    let unreadable = |detail: String| {
        input_err(
            code,
            format!("Could not read {what} {}: {detail}", path.display()),
        )
    };
    let file = std::fs::File::open(path).map_err(|e| unreadable(e.to_string()))?;
    let mut bytes = Zeroizing::new(Vec::new());
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(e.to_string()))?;
    if bytes.len() as u64 > max {
        return Err(input_err(
            "file_too_large",
            format!(
                "{} holds more than {} KiB, too much for {what}. Give a file holding only that.",
                path.display(),
                max / 1024
            ),
        ));
    }
    let text =
        std::str::from_utf8(&bytes).map_err(|_| unreadable("it is not UTF-8 text".into()))?;
    Ok(Zeroizing::new(text.to_string()))
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // With --json, a command line clap refuses (an unknown option, invalid UTF-8) is a
            // JSON error too, like every other error.
            if e.use_stderr() && std::env::args_os().any(|a| a == "--json") {
                let rendered = e.to_string();
                let message = rendered
                    .lines()
                    .next()
                    .unwrap_or("")
                    .trim_start_matches("error: ")
                    .to_string();
                let mut info = input_err("invalid_arguments", message);
                info.hint = Some("Run the command with --help to see what it takes.".into());
                eprintln!(
                    "{}",
                    serde_json::to_string(&info).unwrap_or_else(|_| info.message.clone())
                );
                return ExitCode::from(1);
            }
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let json = cli.json;
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            if json {
                eprintln!(
                    "{}",
                    serde_json::to_string(&err).unwrap_or_else(|_| err.message.clone())
                );
            } else {
                eprintln!("error: {}", terminal_safe(err.message.clone()));
                if let Some(hint) = &err.hint {
                    eprintln!("hint: {}", terminal_safe(hint.clone()));
                }
            }
            ExitCode::from(match err.kind {
                // A valid signature by a key nobody pinned: neither good (0) nor bad (1).
                _ if err.code == "signer_not_pinned" => 3,
                ErrorKind::Input => 1,
                ErrorKind::System => 2,
            })
        }
    }
}

fn run(cli: Cli) -> Result<(), ErrorInfo> {
    let dir = cli
        .data_dir
        .clone()
        .unwrap_or_else(steward::profile::default_data_dir);
    if let Command::Status = cli.command {
        let status = Profile::inspect(&dir).map_err(|e| e.info())?;
        return print(cli.json, &status, || {
            let how = match status.state {
                steward::profile::ProfileState::New => {
                    "no profile yet (one is created on first use)"
                }
                steward::profile::ProfileState::Keyring => "encrypted; key in the system keyring",
                steward::profile::ProfileState::Passphrase => "encrypted; key from your passphrase",
            };
            format!(
                "Data directory: {}\nProtection:     {how}\nSystem keyring: {}",
                status.data_dir,
                if status.keyring_available {
                    "available"
                } else {
                    "not available"
                }
            )
        });
    }
    if let Command::Phone(command) = &cli.command {
        // Phone commands need no data: the profile is not opened.
        return run_phone(cli.json, command);
    }
    if let Command::Otp(otp::OtpCommand::Clock { server }) = &cli.command {
        // The clock check needs no data either.
        return otp::run_clock(cli.json, server.as_deref());
    }
    if let Command::Share(share::ShareCommand::Verify { file, signer }) = &cli.command {
        // Verifying needs no data: the public key travels with the signature.
        return share::run_verify(cli.json, file, signer.as_deref());
    }
    if let Command::Directory(command) = &cli.command {
        // The directory is public data: no profile, just its folder in the data directory.
        return directory::run(cli.json, &dir, command);
    }
    let profile = open_profile(&cli, &dir)?;
    let store = profile.cases();
    let json = cli.json;
    let command = match cli.command {
        Command::Case(command) => command,
        Command::Accounts(args) => return evidence::run_accounts(json, &store, args),
        Command::Otp(command) => return otp::run(json, &profile, command),
        Command::Enrol(args) => return enrol::run(json, &profile, args),
        Command::Share(share::ShareCommand::Send(args)) => {
            return share::run_send(json, &profile, *args)
        }
        Command::Share(share::ShareCommand::Timestamp { url, off }) => {
            return share::run_timestamp(json, &profile, url.as_deref(), off)
        }
        Command::Share(_) => return share::run_key(json, &profile),
        _ => unreachable!("status and phone handled above"),
    };
    match command {
        CaseCommand::New {
            title,
            service,
            desired_outcome,
        } => {
            let case = store
                .create_case(&NewCase {
                    title,
                    service,
                    desired_outcome,
                })
                .map_err(|e| e.info())?;
            print(json, &case, || {
                format!("Started case {}: {}", case.number, case.title)
            })
        }
        CaseCommand::List { all, resolved } => {
            let filter = match (all, resolved) {
                (true, _) => CaseFilter::All,
                (_, true) => CaseFilter::Resolved,
                _ => CaseFilter::Active,
            };
            let cases = store.list_cases(filter).map_err(|e| e.info())?;
            print(json, &cases, || render_case_list(&cases, filter))
        }
        CaseCommand::Show { case } => {
            let id = store.resolve_case(&case).map_err(|e| e.info())?;
            let detail = store.case_detail(id).map_err(|e| e.info())?;
            let alerts = store.alerts(id).map_err(|e| e.info())?;
            let attachments = store.attachments(id).map_err(|e| e.info())?;
            print(json, &detail, || {
                let mut out = render_case(&detail);
                if !alerts.is_empty() {
                    out.push_str("\n\nSecurity alerts:");
                    for a in &alerts {
                        let state = if a.resolved_at.is_some() {
                            "resolved"
                        } else {
                            "OPEN"
                        };
                        out.push_str(&format!(
                            "\n  Alert {} ({state}, {}/{} steps): {}",
                            a.number,
                            a.steps_done(),
                            a.steps.len(),
                            a.title
                        ));
                    }
                }
                if !attachments.is_empty() {
                    out.push_str("\n\nAttachments:\n");
                    out.push_str(
                        &attachments
                            .iter()
                            .map(evidence::render_attachment)
                            .collect::<Vec<_>>()
                            .join("\n"),
                    );
                }
                out
            })
        }
        CaseCommand::Log(args) => {
            let id = store.resolve_case(&args.case).map_err(|e| e.info())?;
            let defaults = store.interaction_defaults(Some(id)).map_err(|e| e.info())?;
            let input = new_interaction(*args, defaults)?;
            let interaction = store.log_interaction(id, &input).map_err(|e| e.info())?;
            // An unsolicited contact raises an alert by itself: say so.
            let raised = store
                .alerts(id)
                .map_err(|e| e.info())?
                .into_iter()
                .find(|a| a.interaction_id == Some(interaction.id));
            print(json, &interaction, || {
                let mut out = format!(
                    "Saved: {} contact on {}.",
                    interaction.channel.label().to_lowercase(),
                    local(interaction.started_at)
                );
                if let Some(a) = &raised {
                    out.push_str(&format!(
                        "\n! Raised alert {}: {}\n  See the checklist: steward case alerts {}",
                        a.number, a.title, a.case_number
                    ));
                }
                out
            })
        }
        CaseCommand::Edit {
            case,
            title,
            status,
            service,
            desired_outcome,
        } => {
            let id = store.resolve_case(&case).map_err(|e| e.info())?;
            let patch = CasePatch {
                title,
                status,
                desired_outcome,
                service,
            };
            if patch == CasePatch::default() {
                return Err(input_err(
                    "nothing_to_change",
                    "Nothing to change: give --title, --status, --service or --want.",
                ));
            }
            let case = store.update_case(id, &patch).map_err(|e| e.info())?;
            print(json, &case, || {
                format!(
                    "Updated case {}: {} ({})",
                    case.number,
                    case.title,
                    case.status.label()
                )
            })
        }
        CaseCommand::Close { case, resolution } => {
            let id = store.resolve_case(&case).map_err(|e| e.info())?;
            let case = store.close_case(id, resolution).map_err(|e| e.info())?;
            print(json, &case, || {
                format!("Resolved case {}: {}", case.number, case.title)
            })
        }
        CaseCommand::Escalate { case } => {
            let id = store.resolve_case(&case).map_err(|e| e.info())?;
            let letter = steward::share::escalation_letter(
                profile.db().conn(),
                id,
                &steward::share::Redactor::default(),
                Utc::now(),
            )
            .map_err(|e| e.info())?;
            print(json, &letter, || {
                format!("Subject: {}\n\n{}", letter.subject, letter.body)
            })
        }
        CaseCommand::Insights { case } => {
            let id = store.resolve_case(&case).map_err(|e| e.info())?;
            let insights = store.insights(id, Utc::now()).map_err(|e| e.info())?;
            print(json, &insights, || render_insights(&insights))
        }
        CaseCommand::Promise {
            case,
            number,
            status,
        } => {
            let id = store.resolve_case(&case).map_err(|e| e.info())?;
            let status = match status {
                PromiseOutcome::Kept => PromiseStatus::Kept,
                PromiseOutcome::Broken => PromiseStatus::Broken,
                PromiseOutcome::Pending => PromiseStatus::Pending,
            };
            let promise = store
                .set_promise_status(id, number, status)
                .map_err(|e| e.info())?;
            print(json, &promise, || {
                format!(
                    "Promise {number} (\"{}\") is now {}.",
                    promise.text,
                    status.as_str()
                )
            })
        }
        CaseCommand::Evidence(command) => evidence::run(json, &store, command),
        CaseCommand::Export(args) => share::run_export(json, &profile, *args),
        CaseCommand::Search { query, limit } => {
            let hits = store
                .search(&query.join(" "), limit)
                .map_err(|e| e.info())?;
            print(json, &hits, || render_hits(&hits))
        }
    }
}

fn run_phone(json: bool, command: &PhoneCommand) -> Result<(), ErrorInfo> {
    match command {
        PhoneCommand::Check {
            number,
            region,
            refused,
        } => {
            let check = phone::check(number, region.as_deref(), refused.as_deref())
                .map_err(|e| e.info())?;
            print(json, &check, || render_phone_check(&check))
        }
        PhoneCommand::Refusal { text } => {
            let refusal = phone::classify_refusal(text).map_err(|e| e.info())?;
            print(json, &refusal, || render_refusal(&refusal))
        }
        PhoneCommand::Regions => {
            let regions = phone::regions();
            print(json, &regions, || {
                regions
                    .iter()
                    .map(|r| {
                        format!(
                            "{}  {:<5} {:<40} {}",
                            r.code,
                            format!("+{}", r.calling_code),
                            r.name,
                            r.example_mobile.as_deref().unwrap_or("")
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
        }
    }
}

fn render_phone_check(c: &phone::PhoneCheck) -> String {
    let mut out = String::new();
    if let Some(n) = &c.number {
        let country = match (&n.region_name, &n.region) {
            (Some(name), Some(code)) => format!("{name} ({code}), +{}", n.country_code),
            _ => format!("+{}", n.country_code),
        };
        out.push_str(&format!("Number:   {}\n", n.international));
        out.push_str(&format!("E.164:    {}\n", n.e164));
        out.push_str(&format!("National: {}\n", n.national));
        out.push_str(&format!("Country:  {country}\n"));
        out.push_str(&format!(
            "Type:     {}\n",
            n.number_type.as_str().replace('_', " ")
        ));
        out.push_str(&format!(
            "Valid:    {}\n",
            if n.valid { "yes" } else { "no" }
        ));
    } else {
        out.push_str("Not readable as a phone number.\n");
    }
    out.push_str(&format!(
        "SMS:      {}\n",
        match c.sms {
            phone::SmsOutlook::Likely => "codes can reach it",
            phone::SmsOutlook::Uncertain => "codes may not reach it",
            phone::SmsOutlook::Unlikely => "codes are unlikely to reach it",
            phone::SmsOutlook::Impossible => "no code can reach it as typed",
        }
    ));
    for f in &c.findings {
        let mark = match f.severity {
            phone::Severity::Problem => "✗",
            phone::Severity::Warning => "!",
            phone::Severity::Info => "·",
            phone::Severity::Ok => "✓",
        };
        out.push_str(&format!("\n{mark} {}\n", f.message));
        if let Some(action) = &f.action {
            out.push_str(&format!("  → {action}\n"));
        }
    }
    if let Some(r) = &c.refusal {
        out.push('\n');
        out.push_str(&render_refusal(r));
    }
    out.trim_end().to_string()
}

fn render_refusal(r: &phone::Refusal) -> String {
    let mut out = format!("{}\n{}\n", r.title, r.explanation);
    if !r.customer_fault {
        out.push_str("This is not something you did wrong.\n");
    }
    for a in &r.advice {
        out.push_str(&format!("  → {}\n", a.text));
    }
    out.trim_end().to_string()
}

/// Opens the profile; asks for the passphrase on the terminal when one is needed and none was given.
fn open_profile(cli: &Cli, dir: &std::path::Path) -> Result<Profile, ErrorInfo> {
    let mut unlock = Unlock {
        passphrase: match &cli.passphrase_file {
            Some(path) => Some(read_passphrase_file(path)?),
            None => None,
        },
        no_keyring: cli.no_keyring,
    };
    match Profile::open(dir, &unlock) {
        Err(ProfileError::PassphraseRequired { new_profile })
            if unlock.passphrase.is_none() && std::io::stdin().is_terminal() =>
        {
            unlock.passphrase = Some(prompt_passphrase(new_profile)?);
            Profile::open(dir, &unlock).map_err(|e| e.info())
        }
        other => other.map_err(|e| e.info()),
    }
}

fn read_passphrase_file(path: &std::path::Path) -> Result<Zeroizing<String>, ErrorInfo> {
    let text = read_small_text_file(
        path,
        64 * 1024,
        "passphrase_file_unreadable",
        "the passphrase file",
    )?;
    // One trailing newline is what `echo` adds; the passphrase itself is kept exactly.
    let pass = text
        .strip_suffix('\n')
        .map(|t| t.strip_suffix('\r').unwrap_or(t))
        .unwrap_or(&text);
    Ok(Zeroizing::new(pass.to_string()))
}

fn prompt_passphrase(new_profile: bool) -> Result<Zeroizing<String>, ErrorInfo> {
    let read = |prompt: &str| {
        rpassword::prompt_password(prompt)
            .map(Zeroizing::new)
            .map_err(|e| {
                input_err(
                    "passphrase_prompt_failed",
                    format!("Could not read the passphrase: {e}"),
                )
            })
    };
    if !new_profile {
        return read("Steward passphrase: ");
    }
    eprintln!("No system keyring is available. Choose a passphrase to protect your Steward data.");
    let first = read("New passphrase: ")?;
    let second = read("Repeat passphrase: ")?;
    if *first != *second {
        return Err(input_err(
            "passphrases_differ",
            "The two passphrases differ; nothing was created. Try again.",
        ));
    }
    Ok(first)
}

fn new_interaction(
    args: LogArgs,
    defaults: steward::cases::InteractionDefaults,
) -> Result<NewInteraction, ErrorInfo> {
    let now = Utc::now();
    let bad_time = |what: &str, e: String| input_err("invalid_time", format!("{what}: {e}"));
    let started_at = parse_moment(&args.at, now).map_err(|e| bad_time("--at", e))?;
    let ended_at = match (&args.ended, &args.duration) {
        (Some(end), _) => Some(parse_moment(end, started_at).map_err(|e| bad_time("--ended", e))?),
        (None, Some(d)) => {
            Some(started_at + parse_duration(d).map_err(|e| bad_time("--duration", e))?)
        }
        (None, None) => None,
    };
    let wait_minutes = args
        .wait
        .as_deref()
        .map(|w| {
            parse_duration(w)
                .map(|d| d.num_minutes().clamp(0, u32::MAX as i64) as u32)
                .map_err(|e| bad_time("--wait", e))
        })
        .transpose()?;
    let promises = args
        .promises
        .iter()
        .map(|p| {
            let (text, due) = match p.rsplit_once('|') {
                Some((text, due)) => (text, Some(due)),
                None => (p.as_str(), None),
            };
            Ok(NewPromise {
                text: text.trim().to_string(),
                due_at: due
                    .map(|d| parse_moment(d, started_at))
                    .transpose()
                    .map_err(|e| bad_time("--promise due time", e))?,
            })
        })
        .collect::<Result<Vec<_>, ErrorInfo>>()?;
    Ok(NewInteraction {
        started_at: Some(started_at),
        ended_at,
        wait_minutes,
        channel: args.channel.unwrap_or(defaults.channel),
        direction: args.direction.unwrap_or(defaults.direction),
        team: args.team.or(defaults.team),
        agent: args.agent,
        references: args.references,
        summary: args.summary,
        error_texts: args.error_texts,
        quotes: args.quotes,
        promises,
        outcome: args.outcome,
        identity_verified: match args.verified {
            Some(Verified::Yes) => Some(true),
            Some(Verified::No) => Some(false),
            Some(Verified::Unknown) | None => None,
        },
        identity_method: args.verified_how,
    })
}

fn print<T: Serialize>(
    json: bool,
    value: &T,
    human: impl FnOnce() -> String,
) -> Result<(), ErrorInfo> {
    let text = if json {
        serde_json::to_string_pretty(value).map_err(|e| input_err("json_failed", e.to_string()))?
    } else {
        terminal_safe(human())
    };
    // A closed pipe (`steward case list | head`) is not an error worth a panic.
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}") {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(input_err(
            "output_failed",
            format!("Could not write the output: {e}"),
        )),
        _ => Ok(()),
    }
}

/// Human output without control characters other than line breaks and tabs. Titles, names and
/// pasted texts are stored exactly as given (an escape sequence included); printed raw, one
/// could recolour, clear or retitle the terminal that lists them.
fn terminal_safe(text: String) -> String {
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        text.chars()
            .filter(|&c| !c.is_control() || c == '\n' || c == '\t')
            .collect()
    } else {
        text
    }
}

fn local(t: DateTime<Utc>) -> String {
    t.with_timezone(&Local)
        .format("%a %e %b %Y %H:%M")
        .to_string()
}

fn render_case_list(cases: &[CaseSummary], filter: CaseFilter) -> String {
    if cases.is_empty() {
        return match filter {
            CaseFilter::Active => {
                "No open cases. Start one with: steward case new \"What went wrong\" --service NAME"
                    .into()
            }
            _ => "No cases.".into(),
        };
    }
    let mut out = String::new();
    for c in cases {
        let service = c
            .case
            .account
            .as_ref()
            .map(|a| format!(" [{}]", a.service))
            .unwrap_or_default();
        let last = c
            .last_contact_at
            .map(|t| format!(", last contact {}", local(t)))
            .unwrap_or_default();
        out.push_str(&format!(
            "{:>4}  {}{}\n      {} · {} contact{}{}\n",
            c.case.number,
            c.case.title,
            service,
            c.case.status.label(),
            c.interaction_count,
            if c.interaction_count == 1 { "" } else { "s" },
            last
        ));
    }
    out.trim_end().to_string()
}

fn render_case(d: &CaseDetail) -> String {
    let c = &d.case;
    let mut out = format!("Case {}: {}\n", c.number, c.title);
    if let Some(a) = &c.account {
        out.push_str(&format!("Service:  {}\n", a.service));
    }
    out.push_str(&format!("Status:   {}\n", c.status.label()));
    if let Some(want) = &c.desired_outcome {
        out.push_str(&format!("Wanted:   {want}\n"));
    }
    out.push_str(&format!("Opened:   {}\n", local(c.opened_at)));
    if let Some(closed) = c.closed_at {
        out.push_str(&format!("Resolved: {}", local(closed)));
        if let Some(r) = &c.resolution {
            out.push_str(&format!(" — {r}"));
        }
        out.push('\n');
    }
    if d.interactions.is_empty() {
        out.push_str(&format!(
            "\nNo contacts logged yet. Log one with: steward case log {} --summary \"...\"\n",
            c.number
        ));
    }
    let mut promise_number = 0;
    for (n, i) in d.interactions.iter().enumerate() {
        out.push_str(&format!("\nContact {} · ", n + 1));
        out.push_str(&render_interaction(i, &mut promise_number));
    }
    out.trim_end().to_string()
}

fn render_interaction(i: &Interaction, promise_number: &mut usize) -> String {
    let mut head = format!(
        "{} · {} · {}",
        local(i.started_at),
        i.channel.label(),
        i.direction.label()
    );
    if let Some(team) = &i.team {
        head.push_str(&format!(" · {team}"));
    }
    if let Some(agent) = &i.agent {
        head.push_str(&format!(" · agent {agent}"));
    }
    let mut out = format!("{head}\n  {}\n", i.summary);
    if let Some(w) = i.wait_minutes {
        out.push_str(&format!("  On hold: {w} min\n"));
    }
    if !i.references.is_empty() {
        out.push_str(&format!("  References: {}\n", i.references.join(", ")));
    }
    for e in &i.error_texts {
        out.push_str(&format!("  Error: \"{e}\"\n"));
    }
    for q in &i.quotes {
        out.push_str(&format!("  They said: \"{q}\"\n"));
    }
    for p in &i.promises {
        *promise_number += 1;
        let due = p
            .due_at
            .map(|d| format!(", due {}", local(d)))
            .unwrap_or_default();
        let overdue =
            p.status == PromiseStatus::Pending && p.due_at.is_some_and(|d| d < Utc::now());
        let state = if overdue {
            "OVERDUE"
        } else {
            p.status.as_str()
        };
        out.push_str(&format!(
            "  Promise {promise_number}: {} ({state}{due})\n",
            p.text
        ));
    }
    if let Some(o) = &i.outcome {
        out.push_str(&format!("  Outcome: {o}\n"));
    }
    match (i.identity_verified, &i.identity_method) {
        (Some(true), Some(how)) => out.push_str(&format!("  Identity verified: yes ({how})\n")),
        (Some(true), None) => out.push_str("  Identity verified: yes\n"),
        (Some(false), _) => out.push_str("  Identity verified: no\n"),
        (None, _) => {}
    }
    out
}

fn render_insights(x: &steward::cases::CaseInsights) -> String {
    let mut out = format!(
        "Contacts: {}   Teams: {}   Hand-offs: {}   Days open: {}   On hold: {} min\n",
        x.contacts,
        if x.teams.is_empty() {
            "-".to_string()
        } else {
            x.teams.join(", ")
        },
        x.handoffs,
        x.days_open,
        x.hold_minutes
    );
    out.push_str(&format!(
        "Promises: {} made, {} kept, {} broken, {} overdue\n",
        x.promises_made, x.promises_kept, x.promises_broken, x.promises_overdue
    ));
    for b in &x.bounces {
        out.push_str(&format!(
            "Bounced: back to {} via {} on {}\n",
            b.team,
            b.via.join(" → "),
            local(b.at)
        ));
    }
    for a in &x.repeated_advice {
        out.push_str(&format!("Said {} times: \"{}\"\n", a.times, a.text));
    }
    if x.unsolicited_contacts > 0 {
        out.push_str(&format!(
            "Unsolicited contacts: {} (check they were really the company)\n",
            x.unsolicited_contacts
        ));
    }
    if x.unverified_contacts > 0 {
        out.push_str(&format!(
            "Identity not checked on {} contact{} ({} checked)\n",
            x.unverified_contacts,
            if x.unverified_contacts == 1 { "" } else { "s" },
            x.verified_contacts
        ));
    }
    if x.escalation_reasons.is_empty() {
        out.push_str("No reason to escalate yet.");
    } else {
        out.push_str(&format!(
            "Time to escalate: {}.",
            x.escalation_reasons.join("; ")
        ));
    }
    out
}

fn render_hits(hits: &[SearchHit]) -> String {
    if hits.is_empty() {
        return "Nothing found. Try fewer or shorter words.".into();
    }
    hits.iter()
        .map(|h| {
            format!(
                "Case {} ({}) · {} · {}\n  {}",
                h.case_number,
                h.case_title,
                local(h.started_at),
                h.channel.label(),
                h.snippet
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
