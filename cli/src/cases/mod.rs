//! `steward case …`: cases and the contacts logged on them — start, list, show, log, edit,
//! close, insights, escalation letter, promises, search — with the evidence commands
//! (`evidence`) and exports (`share`) under the same `case` group.

use chrono::Utc;
use clap::{Args, Subcommand};
use steward::cases::{
    CaseFilter, CasePatch, CaseStatus, Channel, Direction, InteractionDefaults, NewCase,
    NewInteraction, NewPromise, PromiseStatus,
};
use steward::error::{ErrorInfo, UserFacing};
use steward::profile::Profile;
use steward::share as share_core;
use steward::t;
use steward::time::{parse_duration, parse_moment};

mod render;

use render::{render_case_list, render_case_with, render_hits, render_insights};

use crate::error::CliError;
use crate::output::{local, print};
use crate::{evidence, share};

#[derive(Subcommand)]
pub enum CaseCommand {
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
    Escalate {
        case: String,
        /// The language to write the letter in (en, vi); default: Steward's language.
        #[arg(long, value_name = "LANG", value_parser = share::parse_lang)]
        lang: Option<steward::i18n::Lang>,
    },
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
    /// The formal complaint on a case: mark the contact, see the deadlines and next steps.
    #[command(subcommand)]
    Complaint(crate::complaints::CaseComplaintCommand),
    #[command(flatten)]
    Evidence(evidence::EvidenceCommand),
    /// What an impostor asked for and got in an alert (confirm what Steward read from the
    /// evidence); without options, the alert's list and what the evidence suggests.
    Disclosed(Box<crate::exposure::DisclosedArgs>),
    /// Export a case (brief, brief-chat, md, html, pdf, json, eml, ics), redacted and signed.
    Export(Box<share::ExportArgs>),
}

#[derive(Args)]
pub struct LogArgs {
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
    /// What this contact was: ordinary (default), complaint_made (your formal complaint; see
    /// `case complaint mark`), final_response (the firm's final response or deadlock letter).
    #[arg(long, value_parser = crate::complaints::parse_contact_kind)]
    kind: Option<steward::complaints::ContactKind>,
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
pub enum PromiseOutcome {
    Kept,
    Broken,
    Pending,
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Verified {
    Yes,
    No,
    Unknown,
}

/// Runs a `case` command on the open profile.
pub fn run(json: bool, profile: &Profile, command: CaseCommand) -> Result<(), ErrorInfo> {
    let store = profile.cases();
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
                t!(
                    "cli-case-started",
                    number = case.number,
                    title = &case.title
                )
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
                render_case_with(&detail, &alerts, &attachments)
            })
        }
        CaseCommand::Log(args) => {
            let id = store.resolve_case(&args.case).map_err(|e| e.info())?;
            let defaults = store.interaction_defaults(Some(id)).map_err(|e| e.info())?;
            let kind = args.kind.unwrap_or_default();
            let input = new_interaction(*args, defaults)?;
            let interaction = store.log_contact(id, &input, kind).map_err(|e| e.info())?;
            // An unsolicited contact raises an alert by itself: say so.
            let raised = store
                .alerts(id)
                .map_err(|e| e.info())?
                .into_iter()
                .find(|a| a.interaction_id == Some(interaction.id));
            print(json, &interaction, || {
                let mut out = t!(
                    "cli-case-saved",
                    channel = interaction.channel.label().to_lowercase(),
                    date = local(interaction.started_at)
                );
                if let Some(a) = &raised {
                    out.push_str(&format!(
                        "\n{}\n  {}",
                        t!("cli-case-alert-raised", number = a.number, title = &a.title),
                        t!("cli-case-alert-checklist", case = a.case_number)
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
                return Err(CliError::NothingToChange {
                    give: "--title, --status, --service or --want",
                }
                .into());
            }
            let case = store.update_case(id, &patch).map_err(|e| e.info())?;
            print(json, &case, || {
                t!(
                    "cli-case-updated",
                    number = case.number,
                    title = &case.title,
                    status = case.status.label()
                )
            })
        }
        CaseCommand::Close { case, resolution } => {
            let id = store.resolve_case(&case).map_err(|e| e.info())?;
            let case = store.close_case(id, resolution).map_err(|e| e.info())?;
            print(json, &case, || {
                t!(
                    "cli-case-resolved",
                    number = case.number,
                    title = &case.title
                )
            })
        }
        CaseCommand::Escalate { case, lang } => {
            let id = store.resolve_case(&case).map_err(|e| e.info())?;
            let letter = profile
                .share()
                .in_lang(lang)
                .escalation_letter(id, &share_core::Redactor::default(), Utc::now())
                .map_err(|e| e.info())?;
            print(json, &letter, || {
                format!(
                    "{}\n\n{}",
                    t!("cli-case-letter-subject", subject = &letter.subject),
                    letter.body
                )
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
                t!(
                    "cli-case-promise-set",
                    number = number,
                    text = &promise.text,
                    status = status.as_str()
                )
            })
        }
        CaseCommand::Complaint(command) => crate::complaints::run_case(json, profile, command),
        CaseCommand::Evidence(command) => evidence::run(json, &store, command),
        CaseCommand::Disclosed(args) => crate::exposure::run_disclosed(json, &store, *args),
        CaseCommand::Export(args) => share::run_export(json, profile, *args),
        CaseCommand::Search { query, limit } => {
            let hits = store
                .search(&query.join(" "), limit)
                .map_err(|e| e.info())?;
            print(json, &hits, || render_hits(&hits))
        }
    }
}

fn new_interaction(
    args: LogArgs,
    defaults: InteractionDefaults,
) -> Result<NewInteraction, CliError> {
    let now = Utc::now();
    let bad_time = |option: &'static str, detail: String| CliError::InvalidTime { option, detail };
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
        .collect::<Result<Vec<_>, CliError>>()?;
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
        steward_words: None,
    })
}
