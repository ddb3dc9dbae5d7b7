//! `steward case export` (one case or several in one file) and `steward share verify|key|send`:
//! the brief and exports, redacted by default and signed with the profile's key; hand-off to a
//! helpdesk (a new ticket or an update on the case's ticket).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use steward::error::{ErrorInfo, UserFacing};
use steward::i18n::Lang;
use steward::profile::Profile;
use steward::share::{self, Format, Preview, RedactChoices, Redactor, ShareError, ShareKey};
use steward::t;

use crate::error::{CliError, NamedFile};
use crate::input;
use crate::output::print;

#[derive(Args)]
pub struct ExportArgs {
    /// The case ("3", or words from its title in quotes); several cases go into one md, html
    /// or json file.
    #[arg(required = true, value_name = "CASE")]
    cases: Vec<String>,
    /// brief, brief-chat, md, html, pdf, json, eml or ics (several cases: md, html, json).
    #[arg(long, short, required_unless_present = "preview")]
    format: Option<String>,
    /// Where to write it (PDF, .eml and .ics also get FILE.sig next to it). Without --out the
    /// brief formats are printed.
    #[arg(long, short)]
    out: Option<PathBuf>,
    /// Send a kind in the clear on purpose: card, iban, phone, email, password, reset_link,
    /// address, id_number. Backup codes and one-time codes are never sent.
    #[arg(long = "no-redact", value_name = "FIELD")]
    no_redact: Vec<String>,
    /// A postal address of yours to mask wherever it appears (repeatable).
    #[arg(long = "address", value_name = "TEXT")]
    addresses: Vec<String>,
    /// Any other text to mask wherever it appears, e.g. one the preview flagged (repeatable).
    #[arg(long = "mask", value_name = "TEXT")]
    private: Vec<String>,
    /// Your country (e.g. VN): phone numbers written the national way there are found first.
    #[arg(long, value_name = "CC", env = "STEWARD_REGION")]
    region: Option<String>,
    /// Only show what would be masked and what looks private but is left; write nothing.
    #[arg(long)]
    preview: bool,
    /// The language to write the export in, for whoever reads it (en, vi); default: Steward's
    /// language. What you recorded (quotes, error texts, names) stays as written.
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
    #[command(flatten)]
    facts: FactsArgs,
    #[command(flatten)]
    timestamp: TimestampArgs,
}

/// Proof of when for one export, over the profile's setting (`share timestamp`).
#[derive(Args, Clone)]
pub struct TimestampArgs {
    /// Get an RFC 3161 timestamp (proof of when) from this time-stamping authority for this
    /// export: only a hash of the file is sent; it goes into the PDF signature and FILE.tsr.
    #[arg(long, value_name = "URL", env = "STEWARD_TSA_URL")]
    timestamp_url: Option<String>,
    /// No timestamp for this export, even when the profile has one set.
    #[arg(long, conflicts_with = "timestamp_url")]
    no_timestamp: bool,
}

impl TimestampArgs {
    fn apply(&self, key: ShareKey) -> Result<ShareKey, ErrorInfo> {
        if self.no_timestamp {
            return Ok(key.with_timestamps(None));
        }
        match &self.timestamp_url {
            Some(url) => {
                let url = share::settings::check_timestamp_url(url).map_err(info)?;
                Ok(key.with_timestamps(Some(url)))
            }
            None => Ok(key),
        }
    }
}

/// What only you know and every brief needs; kept on the case. Asked for when missing and you
/// are at a terminal.
#[derive(Args, Default)]
pub struct FactsArgs {
    /// What the support agent should do, as an action ("Remove the risk block on my number").
    #[arg(long, value_name = "TEXT")]
    request: Option<String>,
    /// When you need it by (YYYY-MM-DD; "none" removes it).
    #[arg(long, value_name = "DATE")]
    request_by: Option<String>,
    /// Whether the problem still happens today: yes or no.
    #[arg(long, value_name = "YES|NO")]
    still_happening: Option<String>,
    /// Where you meet the problem: app, web or both.
    #[arg(long, value_name = "WHERE")]
    access: Option<String>,
    /// The team that should own the case.
    #[arg(long = "owner-team", value_name = "TEAM")]
    owner_team: Option<String>,
}

fn yes_no(s: &str) -> Option<bool> {
    match s.trim().to_lowercase().as_str() {
        "y" | "yes" | "true" | "1" | "có" | "co" => Some(true),
        "n" | "no" | "false" | "0" | "không" | "khong" => Some(false),
        _ => None,
    }
}

/// Saves the facts given on the command line, then asks at a terminal for what a brief still
/// needs (the request; whether it still happens). Scripts (no terminal) are never prompted.
fn settle_facts(
    profile: &Profile,
    id: steward::cases::Uuid,
    args: &FactsArgs,
    json: bool,
) -> Result<(), ErrorInfo> {
    use std::io::IsTerminal;
    let store = profile.cases();
    let mut patch = steward::cases::BriefFactsPatch {
        request: args.request.clone(),
        owner_team: args.owner_team.clone(),
        ..Default::default()
    };
    if let Some(by) = args.request_by.as_deref().filter(|b| {
        let none = matches!(b.trim().to_lowercase().as_str(), "" | "none" | "no");
        if none {
            patch.clear_request_by = true;
        }
        !none
    }) {
        let day = chrono::NaiveDate::parse_from_str(by.trim(), "%Y-%m-%d").map_err(|_| {
            CliError::BadDate {
                given: by.to_string(),
            }
        })?;
        patch.request_by = day.and_hms_opt(23, 59, 0).map(|t| t.and_utc());
    }
    if let Some(s) = &args.still_happening {
        patch.still_happening = Some(yes_no(s).ok_or(CliError::BadYesNo)?);
    }
    if let Some(a) = &args.access {
        patch.access = Some(steward::cases::Access::parse(a).ok_or(CliError::BadAccess)?);
    }
    let now = chrono::Utc::now();
    let missing = store.brief_missing(id, now).map_err(|e| e.info())?;
    let interactive = !json && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    if interactive {
        if patch.request.is_none() && missing.contains(&steward::cases::MissingFact::Request) {
            let r = input::ask_line(&t!("cli-share-ask-request"));
            if !r.is_empty() {
                patch.request = Some(r);
            }
        }
        if patch.still_happening.is_none()
            && missing.contains(&steward::cases::MissingFact::StillHappening)
        {
            patch.still_happening = yes_no(&input::ask_line(&t!("cli-share-ask-still-happening")));
        }
    }
    if patch != steward::cases::BriefFactsPatch::default() {
        store
            .set_brief_facts(id, &patch, now)
            .map_err(|e| e.info())?;
    }
    Ok(())
}

#[derive(Subcommand)]
pub enum ShareCommand {
    /// Check that an export is unchanged since Steward signed it (exit 0 intact, 1 otherwise).
    Verify {
        file: PathBuf,
        /// The customer's key to check against: an allowed_signers file, an `ssh-ed25519 AAAA…`
        /// line or a `SHA256:…` fingerprint. Without it a valid signature is only "unpinned"
        /// (exit 3).
        #[arg(long, value_name = "KEY")]
        signer: Option<String>,
    },
    /// This profile's signing key (the key id printed by `share verify`).
    Key,
    /// Proof of when: show the time-stamping authority every export is stamped by, set one
    /// (`share timestamp URL`) or turn it off (`--off`). Off by default; only a hash of each
    /// file is sent to it.
    Timestamp {
        url: Option<String>,
        #[arg(long, conflicts_with = "url")]
        off: bool,
    },
    /// Open a helpdesk ticket with the brief and the signed PDF and JSON attached, or add to
    /// the case's ticket there when it has one; the ticket number is recorded in the case as a
    /// reference. Without --to: the helpdesk saved with `share helpdesk set`.
    Send(Box<SendArgs>),
    /// The helpdesk this profile sends cases to, shared with the window: set, show, test,
    /// forget. The token is kept in the system keyring (or the encrypted profile database).
    #[command(subcommand)]
    Helpdesk(crate::helpdesk::HelpdeskCommand),
    /// Draft a letter, redacted. For a case (--kind): the formal complaint, a chaser when the
    /// firm's deadline has passed, or the referral to the ombudsman or regulator, with the
    /// references and the deadline arithmetic. For an account (--account): the letter asking a
    /// company at risk from a leak to add a note to your account, or with --second-time the
    /// letter to the company where an impostor came back.
    Letter(Box<LetterArgs>),
}

#[derive(Args)]
pub struct LetterArgs {
    /// The case a complaint letter is about ("3", or words from its title in quotes).
    #[arg(
        value_name = "CASE",
        required_unless_present = "account",
        conflicts_with = "account"
    )]
    case: Option<String>,
    /// complaint (to the firm), chaser (its deadline has passed), referral (to the ombudsman or
    /// regulator).
    #[arg(long, value_parser = crate::complaints::parse_letter, required_unless_present = "account")]
    kind: Option<steward::complaints::LetterKind>,
    /// An account (its service's name): the letter asking its company to add a note to your
    /// account after your details leaked elsewhere, naming the details (never their values)
    /// and where they leaked.
    #[arg(long, value_name = "SERVICE", conflicts_with = "kind")]
    account: Option<String>,
    /// With --account: the letter to the company where an impostor contacted support about
    /// your account again (two impostor alerts or more), asking it to investigate.
    #[arg(long, requires = "account")]
    second_time: bool,
    /// The language to write it in (en, vi); default: Steward's language.
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
    /// Write it to this file instead of printing it.
    #[arg(long)]
    out: Option<PathBuf>,
}

/// `steward share letter`: a complaint letter for a case, or an exposure letter for an account.
pub fn run_letter(json: bool, profile: &Profile, args: LetterArgs) -> Result<(), ErrorInfo> {
    let Some(account) = args.account else {
        // Without --account clap asks for CASE and --kind; said again here rather than assumed.
        let case = args.case.ok_or(CliError::CaseRequired)?;
        let kind = args
            .kind
            .ok_or(CliError::OptionRequired { option: "--kind" })?;
        return crate::complaints::run_letter(
            json,
            profile,
            crate::complaints::LetterArgs {
                case,
                kind,
                lang: args.lang,
                out: args.out,
            },
        );
    };
    let id = profile.cases().resolve_account(&account).map_err(info)?;
    let kind = if args.second_time {
        share::ExposureLetterKind::SecondTime
    } else {
        share::ExposureLetterKind::AccountNote
    };
    let letter = profile
        .share()
        .in_lang(args.lang)
        .exposure_letter(id, kind)
        .map_err(info)?;
    let text = letter.text();
    if let Some(path) = &args.out {
        share::write_atomic(path, text.as_bytes()).map_err(info)?;
        return print(json, &letter, || {
            t!(
                "complaint-cli-letter-written",
                path = path.display().to_string()
            )
        });
    }
    print(json, &letter, || text.trim_end().to_string())
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum Helpdesk {
    /// Request Tracker (REST2).
    Rt,
    /// A Zendesk help center (end-user Requests API).
    Zendesk,
}

#[derive(Args)]
pub struct SendArgs {
    case: String,
    /// The helpdesk, with its options below; without it, the one saved with `share helpdesk
    /// set`.
    #[arg(long, value_enum)]
    to: Option<Helpdesk>,
    /// RT's REST2 base URL (http://127.0.0.1:8080/REST/2.0).
    #[arg(long, env = "STEWARD_RT_URL", required_if_eq("to", "rt"))]
    rt_url: Option<String>,
    /// A file holding your RT auth token (kept out of the process list and shell history).
    #[arg(long, env = "STEWARD_RT_TOKEN_FILE", required_if_eq("to", "rt"))]
    rt_token_file: Option<PathBuf>,
    /// Your e-mail address in RT (the ticket's requestor).
    #[arg(long, env = "STEWARD_RT_REQUESTOR", required_if_eq("to", "rt"))]
    requestor: Option<String>,
    /// Your Zendesk help center (https://example.zendesk.com).
    #[arg(long, env = "STEWARD_ZENDESK_URL", required_if_eq("to", "zendesk"))]
    zendesk_url: Option<String>,
    /// A file holding your Zendesk OAuth access token.
    #[arg(
        long,
        env = "STEWARD_ZENDESK_TOKEN_FILE",
        required_if_eq("to", "zendesk")
    )]
    zendesk_token_file: Option<PathBuf>,
    /// RT's queue (with --to rt; default General).
    #[arg(long)]
    queue: Option<String>,
    /// Add to this ticket ("12", "RT#12") instead of the case's own or a new one.
    #[arg(long, value_name = "ID", conflicts_with = "new")]
    ticket: Option<String>,
    /// Open a new ticket even when the case already has one in this helpdesk.
    #[arg(long)]
    new: bool,
    /// As for `case export`: send a kind in the clear on purpose.
    #[arg(long = "no-redact", value_name = "FIELD")]
    no_redact: Vec<String>,
    #[arg(long = "address", value_name = "TEXT")]
    addresses: Vec<String>,
    /// The language to write the ticket in (en, vi); default: Steward's language.
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
    #[command(flatten)]
    facts: FactsArgs,
    #[command(flatten)]
    timestamp: TimestampArgs,
}

/// `--lang` of an export, a letter or a ticket: one of the catalogue's languages.
pub fn parse_lang(tag: &str) -> Result<Lang, String> {
    Lang::parse(tag).ok_or_else(|| {
        let known: Vec<&str> = Lang::all().into_iter().map(Lang::code).collect();
        format!("no language \"{tag}\" in Steward ({})", known.join(", "))
    })
}

fn info(e: impl UserFacing) -> ErrorInfo {
    e.info()
}

fn redactor(args: &ExportArgs) -> Result<Redactor, ErrorInfo> {
    redactor_of(RedactChoices {
        unmask: args.no_redact.clone(),
        addresses: args.addresses.clone(),
        private: args.private.clone(),
        region: args.region.clone(),
    })
}

/// The core's validating constructor: an unknown kind, or backup and one-time codes, refused.
fn redactor_of(choices: RedactChoices) -> Result<Redactor, ErrorInfo> {
    Redactor::from_choices(choices).map_err(|refused| ShareError::from(refused).info())
}

fn render_preview(p: &Preview) -> String {
    let mut flagged = String::new();
    if !p.flags.is_empty() {
        flagged.push_str(&format!("{}\n", t!("cli-share-preview-flagged")));
        for f in &p.flags {
            flagged.push_str(&format!(
                "  {}: \"{}\" ({})\n",
                f.field,
                f.flag.text,
                f.flag.why.label()
            ));
        }
    }
    if p.items.is_empty() {
        return format!("{}\n{flagged}", t!("cli-share-preview-nothing"))
            .trim_end()
            .to_string();
    }
    let mut out = format!("{}\n", t!("cli-share-preview-heading"));
    for item in &p.items {
        let text: String = item
            .segments
            .iter()
            .map(|s| match s.kind {
                Some(_) => format!("⟦{}⟧", s.text),
                None => s.text.clone(),
            })
            .collect();
        out.push_str(&format!("  {}: {}\n", item.field, text));
    }
    let counts: Vec<String> = p
        .counts
        .iter()
        .map(|(k, n)| format!("{n} {}", k.label()))
        .collect();
    out.push_str(&format!(
        "{}\n",
        t!("cli-share-preview-masks", counts = counts.join(", "))
    ));
    if !p.unmasked.is_empty() {
        let kinds: Vec<String> = p.unmasked.iter().map(|k| k.label()).collect();
        out.push_str(&format!(
            "{}\n",
            t!("cli-share-preview-clear", kinds = kinds.join(", "))
        ));
    }
    for w in &p.warnings {
        out.push_str(&format!("{}\n", t!("cli-warning", text = w)));
    }
    out.push_str(&flagged);
    out.trim_end().to_string()
}

pub fn run_export(json: bool, profile: &Profile, args: ExportArgs) -> Result<(), ErrorInfo> {
    let store = profile.cases();
    let mut ids = Vec::new();
    for c in &args.cases {
        ids.push(store.resolve_case(c).map_err(|e| e.info())?);
    }
    let r = redactor(&args)?;
    if !args.preview {
        for id in &ids {
            settle_facts(profile, *id, &args.facts, json)?;
        }
    }
    let (exports, preview) = profile
        .share()
        .in_lang(args.lang)
        .exports(&ids, &r, chrono::Utc::now())
        .map_err(info)?;
    if args.preview {
        return print(json, &preview, || render_preview(&preview));
    }
    let format = Format::parse(args.format.as_deref().unwrap_or("brief")).map_err(info)?;
    if exports.len() > 1 && !format.takes_several() {
        return Err(info(share::ShareError::SeveralCases(format.as_str())));
    }
    let key = args
        .timestamp
        .apply(ShareKey::for_profile(profile).map_err(info)?)?;
    let Some(export) = exports.first() else {
        return Err(CliError::CaseRequired.into());
    };
    match (&args.out, format) {
        (None, Format::Brief | Format::BriefChat) => {
            let text = match format {
                Format::Brief => share::brief::build(export).to_text(),
                _ => share::brief::chat(export),
            };
            #[derive(serde::Serialize)]
            struct BriefOut<'a> {
                text: &'a str,
                chars: usize,
                warnings: &'a [String],
            }
            let out = BriefOut {
                text: &text,
                chars: text.chars().count(),
                warnings: &export.redaction.warnings,
            };
            print(json, &out, || text.trim_end().to_string())
        }
        (None, _) => Err(CliError::OutRequired {
            format: format.as_str(),
        }
        .into()),
        (Some(path), _) => {
            let done = share::export_cases_to_file(&exports, format, &key, path).map_err(info)?;
            print(json, &done, || {
                let mut s = if exports.len() > 1 {
                    t!(
                        "cli-share-wrote-several",
                        path = &done.path,
                        n = exports.len(),
                        bytes = done.bytes,
                        masks = done.masks_applied,
                        key = &done.key_id
                    )
                } else {
                    t!(
                        "cli-share-wrote",
                        path = &done.path,
                        bytes = done.bytes,
                        masks = done.masks_applied,
                        key = &done.key_id
                    )
                };
                if let Some(sig) = &done.signature_path {
                    s.push_str(&format!("\n{}", t!("cli-share-signature", path = sig)));
                }
                for w in &done.warnings {
                    s.push_str(&format!("\n{}", t!("cli-warning", text = w)));
                }
                for n in &done.notes {
                    s.push_str(&format!("\n{}", t!("cli-note", text = n)));
                }
                s
            })
        }
    }
}

/// `share verify` needs no profile: the public key is in the signature, and trust comes from
/// the key the reader pinned (`--signer`).
pub fn run_verify(
    json: bool,
    file: &std::path::Path,
    signer: Option<&str>,
) -> Result<(), ErrorInfo> {
    let pinned = match signer {
        Some(spec) => share::sshsig::pinned_fingerprints(spec).map_err(info)?,
        None => Vec::new(),
    };
    let v = share::sign::verify_file_against(file, None, &pinned).map_err(info)?;
    print(json, &v, || {
        let mut s = v.message.clone();
        if let (Some(case), Some(head)) = (&v.case_id, &v.chain_head) {
            if case.contains(',') {
                for (c, h) in case.split(',').zip(head.split(',')) {
                    s.push_str(&format!(
                        "\n{}",
                        t!("cli-share-verify-chain", case = c, head = h)
                    ));
                }
            } else {
                s.push_str(&format!(
                    "\n{}",
                    t!("cli-share-verify-chain", case = case, head = head)
                ));
            }
        }
        s
    })?;
    // The verdict itself went to stdout; stderr says only that the check failed (exit 3,
    // `output::exit_code`, when valid but nobody said whose key it is).
    match v.verdict.failure() {
        None => Ok(()),
        Some(failure) => Err(failure.info()),
    }
}

pub fn run_key(json: bool, profile: &Profile) -> Result<(), ErrorInfo> {
    let out = ShareKey::for_profile(profile)
        .and_then(|key| key.public_card())
        .map_err(info)?;
    print(json, &out, || {
        format!(
            "{}\n{}\n{}\n{}",
            t!(
                "cli-share-key",
                fingerprint = &out.fingerprint,
                id = &out.key_id
            ),
            t!("cli-share-key-openssh", key = &out.openssh),
            t!("cli-share-key-allowed"),
            out.allowed_signers
        )
    })
}

/// The token in a file (`-`: standard input), trimmed: never from the command line.
pub(crate) fn read_token(path: Option<&std::path::Path>) -> Result<String, CliError> {
    let path = path.ok_or(CliError::TokenFileRequired)?;
    let path = if path == std::path::Path::new("-") {
        std::path::Path::new("/dev/stdin")
    } else {
        path
    };
    let token = input::text_file(path, NamedFile::Token)?;
    Ok(token.trim().to_string())
}

fn required(v: &Option<String>, option: &'static str) -> Result<String, CliError> {
    v.clone().ok_or(CliError::OptionRequired { option })
}

pub fn run_send(json: bool, profile: &Profile, args: SendArgs) -> Result<(), ErrorInfo> {
    let store = profile.cases();
    let id = store.resolve_case(&args.case).map_err(|e| e.info())?;
    let r = redactor_of(RedactChoices {
        unmask: args.no_redact.clone(),
        addresses: args.addresses.clone(),
        ..Default::default()
    })?;
    settle_facts(profile, id, &args.facts, json)?;
    let key = args
        .timestamp
        .apply(ShareKey::for_profile(profile).map_err(info)?)?;
    let now = chrono::Utc::now();
    let sharing = profile.share().in_lang(args.lang);
    let choice = match (&args.ticket, args.new) {
        (Some(t), _) => share::TicketChoice::Existing(t.clone()),
        (None, true) => share::TicketChoice::New,
        (None, false) => share::TicketChoice::Auto,
    };
    let sent = match args.to {
        None => {
            // The saved helpdesk (`share helpdesk set`).
            let saved = sharing.helpdesk().connection().map_err(info)?;
            sharing.send(id, &r, &key, saved.helpdesk(), &choice, now)
        }
        Some(Helpdesk::Rt) => {
            let cfg = share::helpdesk::RtConfig {
                rest2: required(&args.rt_url, "--rt-url")?,
                token: read_token(args.rt_token_file.as_deref())?,
                queue: args.queue.clone().unwrap_or_else(|| "General".into()),
                requestor: required(&args.requestor, "--requestor")?,
            };
            sharing.send(id, &r, &key, &cfg, &choice, now)
        }
        Some(Helpdesk::Zendesk) => {
            let cfg = share::helpdesk::ZendeskConfig {
                base: required(&args.zendesk_url, "--zendesk-url")?,
                auth: share::helpdesk::ZendeskAuth::Bearer(read_token(
                    args.zendesk_token_file.as_deref(),
                )?),
            };
            sharing.send(id, &r, &key, &cfg, &choice, now)
        }
    }
    .map_err(info)?;
    let ticket = &sent.ticket;
    print(json, &sent, || {
        if sent.action == "appended" {
            t!(
                "cli-share-appended",
                reference = &ticket.reference,
                subject = &ticket.subject,
                status = &ticket.status,
                n = sent.new_contacts
            )
        } else {
            t!(
                "cli-share-opened",
                reference = &ticket.reference,
                subject = &ticket.subject,
                status = &ticket.status
            )
        }
    })
}

pub fn run_timestamp(
    json: bool,
    profile: &Profile,
    url: Option<&str>,
    off: bool,
) -> Result<(), ErrorInfo> {
    let sharing = profile.share();
    let settings = match (url, off) {
        (_, true) => sharing.set_timestamp_url(None, chrono::Utc::now()),
        (Some(url), false) => sharing.set_timestamp_url(Some(url), chrono::Utc::now()),
        (None, false) => sharing.settings(),
    }
    .map_err(info)?;
    print(json, &settings, || match &settings.timestamp_url {
        Some(url) => format!(
            "{}\n{}",
            t!("cli-share-timestamps-on", url = url),
            t!("cli-share-timestamps-turn-off")
        ),
        None => format!(
            "{}\n{}",
            t!("cli-share-timestamps-off"),
            t!("cli-share-timestamps-turn-on")
        ),
    })
}
