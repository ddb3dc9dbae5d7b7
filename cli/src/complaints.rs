//! Complaints beyond the company: `steward case complaint mark|show|clear|kind`,
//! `steward complaint rules` and `steward share letter`. Each command is one core call
//! (`CaseStore::mark_complaint`, `complaint_status`, …, `Sharing::complaint_letter`) and a text
//! renderer. `--json` is language-neutral: the same ids, dates and words (English) whatever
//! `--lang` says.

use std::path::PathBuf;

use chrono::{NaiveDate, Utc};
use clap::{Args, Subcommand};
use steward::complaints::{
    ComplaintInput, ComplaintStatus, ContactKind, LetterKind, RuleListing, StepMissing, UkRegion,
};
use steward::error::{ErrorInfo, UserFacing};
use steward::i18n::{self, Lang};
use steward::profile::Profile;
use steward::t;

use crate::output::print;

#[derive(Subcommand)]
pub enum CaseComplaintCommand {
    /// Mark a contact as the formal complaint (marking again changes it): Steward counts the
    /// firm's deadline from the rules for the country and sector.
    Mark(Box<MarkArgs>),
    /// The complaint's deadlines, what you can do now and by when.
    Show {
        case: String,
        /// Show it as on this day (YYYY-MM-DD, local to the firm); default: today.
        #[arg(long, value_name = "DATE")]
        on: Option<NaiveDate>,
    },
    /// Remove the complaint mark (the contacts stay as logged).
    Clear { case: String },
    /// Set what a logged contact was: ordinary, complaint_made, final_response.
    Kind {
        case: String,
        /// The contact's number in `steward case show`.
        contact: usize,
        #[arg(long, value_parser = parse_kind)]
        kind: ContactKind,
    },
}

#[derive(Args)]
pub struct MarkArgs {
    case: String,
    /// The contact that was the complaint (its number in `case show`); default: the latest.
    #[arg(long)]
    contact: Option<usize>,
    /// Where the firm is: GB, VN, US or EU (ISO 3166-1 code).
    #[arg(long)]
    jurisdiction: Option<String>,
    /// The sector: financial-services, payment-services, energy, telecoms, … (see
    /// `steward complaint rules`).
    #[arg(long)]
    sector: Option<String>,
    /// A rule id from `steward complaint rules` (default: Steward picks it).
    #[arg(long)]
    rule: Option<String>,
    /// When the firm received it (YYYY-MM-DD, local to the firm); default: the contact's date.
    #[arg(long, value_name = "DATE")]
    received: Option<NaiveDate>,
    /// The firm's complaint reference.
    #[arg(long = "ref")]
    reference: Option<String>,
    /// The time zone the dates are counted in (default: the country's, e.g. Europe/London).
    #[arg(long = "time-zone")]
    time_zone: Option<String>,
    /// The part of the UK whose bank holidays count: england-and-wales (default), scotland,
    /// northern-ireland.
    #[arg(long, value_parser = parse_region)]
    region: Option<UkRegion>,
}

#[derive(Subcommand)]
pub enum ComplaintCommand {
    /// The complaint rules Steward knows: per country and sector, the firm's deadline and what
    /// comes next, each with its source.
    Rules {
        /// Only this country (GB, VN, US, EU).
        #[arg(long)]
        jurisdiction: Option<String>,
    },
}

/// A complaint letter asked for with `steward share letter CASE --kind …` (the command's
/// options are in `share.rs`, beside the exposure letters').
pub struct LetterArgs {
    pub case: String,
    pub kind: LetterKind,
    pub lang: Option<Lang>,
    pub out: Option<PathBuf>,
}

fn parse_kind(s: &str) -> Result<ContactKind, String> {
    ContactKind::parse(s).ok_or_else(|| {
        format!(
            "unknown kind; use one of: {}",
            ContactKind::ALL.map(ContactKind::as_str).join(", ")
        )
    })
}

pub fn parse_contact_kind(s: &str) -> Result<ContactKind, String> {
    parse_kind(s)
}

fn parse_region(s: &str) -> Result<UkRegion, String> {
    UkRegion::parse(s).ok_or_else(|| {
        format!(
            "unknown region; use one of: {}",
            UkRegion::ALL.map(UkRegion::as_str).join(", ")
        )
    })
}

pub fn parse_letter(s: &str) -> Result<LetterKind, String> {
    LetterKind::parse(s).ok_or_else(|| {
        format!(
            "unknown letter; use one of: {}",
            LetterKind::ALL.map(LetterKind::as_str).join(", ")
        )
    })
}

/// `--json` output is made in English whatever `--lang` says (ids and dates are the same in
/// every language anyway).
fn neutral<T>(json: bool, f: impl FnOnce() -> T) -> T {
    if json {
        i18n::with_lang(Lang::english(), f)
    } else {
        f()
    }
}

pub fn run_case(
    json: bool,
    profile: &Profile,
    command: CaseComplaintCommand,
) -> Result<(), ErrorInfo> {
    let store = profile.cases();
    match command {
        CaseComplaintCommand::Mark(args) => {
            let id = store.resolve_case(&args.case).map_err(|e| e.info())?;
            let contact_id = args
                .contact
                .map(|n| store.interaction_by_number(id, n).map(|i| i.id))
                .transpose()
                .map_err(|e| e.info())?;
            let input = ComplaintInput {
                contact_id,
                jurisdiction: args.jurisdiction,
                sector: args.sector,
                rule_id: args.rule,
                received_on: args.received,
                firm_reference: args.reference,
                time_zone: args.time_zone,
                region: args.region,
            };
            store.mark_complaint(id, &input).map_err(|e| e.info())?;
            let status =
                neutral(json, || store.complaint_status(id, Utc::now())).map_err(|e| e.info())?;
            print(json, &status, || render_status(&status))
        }
        CaseComplaintCommand::Show { case, on } => {
            let id = store.resolve_case(&case).map_err(|e| e.info())?;
            let status = neutral(json, || match on {
                Some(day) => store.complaint_status_on(id, day),
                None => store.complaint_status(id, Utc::now()),
            })
            .map_err(|e| e.info())?;
            print(json, &status, || render_status(&status))
        }
        CaseComplaintCommand::Clear { case } => {
            let id = store.resolve_case(&case).map_err(|e| e.info())?;
            store.clear_complaint(id).map_err(|e| e.info())?;
            let number = store.case(id).map_err(|e| e.info())?.number;
            print(
                json,
                &serde_json::json!({ "cleared": true, "case": number }),
                || t!("complaint-cli-cleared", number = number),
            )
        }
        CaseComplaintCommand::Kind {
            case,
            contact,
            kind,
        } => {
            let id = store.resolve_case(&case).map_err(|e| e.info())?;
            let i = store
                .interaction_by_number(id, contact)
                .map_err(|e| e.info())?;
            let i = store.set_contact_kind(i.id, kind).map_err(|e| e.info())?;
            print(json, &i, || {
                t!(
                    "complaint-cli-kind-set",
                    contact = contact,
                    kind = i.kind.label()
                )
            })
        }
    }
}

/// `steward complaint rules`: needs no profile.
pub fn run_rules(json: bool, command: &ComplaintCommand) -> Result<(), ErrorInfo> {
    let ComplaintCommand::Rules { jurisdiction } = command;
    let rules = neutral(json, || {
        steward::complaints::rule_listing(jurisdiction.as_deref())
    })
    .map_err(|e| e.info())?;
    print(json, &rules, || render_rules(&rules))
}

/// `steward share letter`.
pub fn run_letter(json: bool, profile: &Profile, args: LetterArgs) -> Result<(), ErrorInfo> {
    let store = profile.cases();
    let id = store.resolve_case(&args.case).map_err(|e| e.info())?;
    let letter = profile
        .share()
        .in_lang(args.lang)
        .complaint_letter(
            id,
            args.kind,
            &steward::share::Redactor::default(),
            Utc::now(),
        )
        .map_err(|e| e.info())?;
    let text = letter.text();
    if let Some(path) = &args.out {
        steward::share::write_atomic(path, text.as_bytes()).map_err(|e| e.info())?;
        return print(json, &letter, || {
            t!(
                "complaint-cli-letter-written",
                path = path.display().to_string()
            )
        });
    }
    print(json, &letter, || text.trim_end().to_string())
}

fn render_status(s: &ComplaintStatus) -> String {
    let mut out = s.headline.clone();
    if let Some(rule) = &s.rule {
        out.push_str(&format!("\n\n{}\n{}", rule.title, rule.law));
    }
    if let Some(c) = &s.complaint {
        if let Some(r) = &c.firm_reference {
            out.push_str(&format!(
                "\n{}",
                t!("complaint-cli-reference", reference = r.as_str())
            ));
        }
    }
    if !s.steps.is_empty() {
        out.push('\n');
    }
    for st in &s.steps {
        let when = match (&st.date, &st.missing) {
            (Some(d), _) => {
                let mut w = steward::complaints::words::long_day(*d);
                match st.days_left {
                    Some(days) if days < 0 => w.push_str(&format!(
                        " ({})",
                        t!("complaint-cli-days-ago", days = -days)
                    )),
                    Some(days) => {
                        w.push_str(&format!(" ({})", t!("complaint-cli-days", days = days)))
                    }
                    None => {}
                }
                if st.check {
                    w.push_str(&format!(" — {}", t!("complaint-cli-check")));
                }
                w
            }
            (None, Some(StepMissing::Unconfirmed { .. })) => t!("complaint-cli-unconfirmed"),
            (None, Some(StepMissing::EventNotRecorded { event })) => t!(
                "complaint-cli-no-event",
                event = steward::complaints::words::event(*event)
            ),
            (None, _) => t!("complaint-cli-no-number"),
        };
        out.push_str(&format!("\n- {}: {when}", st.label));
        if let Some(a) = &st.arithmetic {
            out.push_str(&format!("\n    {}", a.text));
        }
        if let Some(a) = &st.extended_to {
            out.push_str(&format!(
                "\n    {}",
                t!("complaint-cli-extended", arithmetic = a.text.as_str())
            ));
        }
    }
    if !s.next.is_empty() {
        out.push_str(&format!("\n\n{}", t!("complaint-cli-next")));
        for n in &s.next {
            out.push_str(&format!("\n- {}", n.text));
            if let Some(url) = n.body.as_ref().and_then(|b| b.url.as_deref()) {
                if n.open_now {
                    out.push_str(&format!(" {url}"));
                }
            }
        }
    }
    if s.complaint.is_some() {
        let letters: Vec<&str> = s.letters.iter().map(|l| l.as_str()).collect();
        out.push_str(&format!(
            "\n\n{}",
            t!("complaint-cli-letters", kinds = letters.join("|"))
        ));
    }
    out
}

fn render_rules(rules: &[RuleListing]) -> String {
    let mut out = String::new();
    for r in rules {
        let body = r
            .rule
            .body
            .as_ref()
            .map(|b| format!(" → {}", b.name))
            .unwrap_or_default();
        out.push_str(&format!(
            "{} [{} {}]{body}\n  {}\n",
            r.rule.id, r.rule.jurisdiction, r.rule.sector, r.rule.title
        ));
    }
    out.push_str(&t!("complaint-cli-rules-footer"));
    out
}
