//! `steward enrol …`: the guided 2FA enrolment wizard, one step per command, resumable.
//! Every command prints the wizard's next step; `--json` prints the whole view.

use std::path::{Path, PathBuf};

use chrono::Utc;
use clap::{Args, Subcommand};
use zeroize::Zeroizing;

use steward::directory::Method;
use steward::enrol::{EnrolAction, EnrolmentSummary, EnrolmentView, StartProvider, Status};
use steward::error::{ErrorInfo, UserFacing};
use steward::otp::qr::{self, QrError};
use steward::profile::Profile;
use steward::share;
use steward::t;

use crate::error::{CliError, NamedFile};
use crate::input::{self, FileError};
use crate::output::print;

#[derive(Args)]
pub struct EnrolArgs {
    /// Which enrolment: its id (or the start of it), the service name, or "latest".
    #[arg(long, short = 'e', global = true, default_value = "latest")]
    enrolment: String,
    /// A file holding the privacyIDEA password (else it is asked for, or taken from the keyring).
    #[arg(long, global = true, env = "STEWARD_PI_PASSWORD_FILE")]
    password_file: Option<PathBuf>,
    #[command(subcommand)]
    command: EnrolCommand,
}

#[derive(Subcommand)]
pub enum EnrolCommand {
    /// Start turning on two-step verification for a service ("Amazon", "amazon.de").
    Start {
        service: String,
        /// Enrol directly on a privacyIDEA server (its base URL) instead of guiding you on the
        /// service's website.
        #[arg(long, value_name = "URL", requires = "user")]
        privacyidea: Option<String>,
        /// Your user name on that privacyIDEA server.
        #[arg(long)]
        user: Option<String>,
    },
    /// Where an enrolment is and what to do next; without --enrolment, all of them.
    Status {
        /// List every enrolment instead of showing one.
        #[arg(long)]
        all: bool,
    },
    /// Pick a method: passkey, security_key, totp, sms, call, email, custom_software, custom_hardware.
    Method { method: String },
    /// Your phone number, for text or call codes.
    Phone {
        #[arg(allow_hyphen_values = true)]
        number: String,
        /// The country for numbers without a country code (VN, GB, US).
        #[arg(long)]
        region: Option<String>,
    },
    /// A code you received by text message (privacyIDEA).
    Code { code: String },
    /// Ask for a new code (Steward makes you wait a little between requests).
    Resend,
    /// The service's QR code: its link (otpauth://…) or an image file of it.
    Link {
        #[arg(required_unless_present = "qr")]
        link: Option<String>,
        #[arg(long, value_name = "IMAGE")]
        qr: Option<PathBuf>,
    },
    /// The step worked on the website (or, with privacyIDEA: check it now).
    Ok,
    /// The service refused: paste its exact message.
    Refused {
        #[arg(allow_hyphen_values = true)]
        message: String,
    },
    /// Keep the backup codes the service showed (or, with privacyIDEA, get new ones).
    BackupCodes {
        codes: Vec<String>,
        /// A file with the codes, one per line.
        #[arg(long)]
        file: Option<PathBuf>,
        /// No backup codes offered: finish without them.
        #[arg(long, conflicts_with_all = ["codes", "file"])]
        skip: bool,
    },
    /// Enough methods for now: go on to the backup codes with what is on.
    Finish,
    /// Don't test signing in now (the receipt then says "not tested").
    SkipTest,
    /// The recovery kit: per account, how to get back in (print it and keep it at home).
    Kit {
        /// Also print the unused backup codes (else they are counted, not shown).
        #[arg(long)]
        with_backup_codes: bool,
        /// Write a printable PDF here instead of printing text.
        #[arg(long, value_name = "FILE.pdf")]
        out: Option<PathBuf>,
    },
    /// Go back one step.
    Back,
    /// "I'm stuck": records where you are in the case and prints the brief for support.
    Stuck,
    /// Stop this enrolment (what was tried stays in its case).
    Stop,
}

pub fn run(json: bool, profile: &Profile, args: EnrolArgs) -> Result<(), ErrorInfo> {
    let enrolments = profile.enrolments();
    let now = Utc::now();
    let info = |e: steward::enrol::EnrolError| e.info();
    let password = |needed: bool| -> Result<Option<Zeroizing<String>>, CliError> {
        if let Some(file) = &args.password_file {
            let text = input::text_file(file, NamedFile::PrivacyIdeaPassword)?;
            return Ok(Some(Zeroizing::new(
                text.trim_end_matches(['\r', '\n']).to_string(),
            )));
        }
        if needed {
            return input::ask_hidden(&format!("{} ", t!("cli-enrol-ask-password")))
                .map(Some)
                .map_err(|e| CliError::PrivacyIdeaPassword {
                    detail: e.to_string(),
                });
        }
        Ok(None)
    };
    let action = match args.command {
        EnrolCommand::Start {
            service,
            privacyidea,
            user,
        } => {
            let provider = match (privacyidea, user) {
                (Some(url), Some(username)) => StartProvider::PrivacyIdea {
                    url,
                    username,
                    password: password(true)?.unwrap_or_default(),
                },
                _ => StartProvider::Guided,
            };
            let directory = profile.directory();
            let view = enrolments
                .start(&service, provider, &directory, now)
                .map_err(info)?;
            return print(json, &view, || render_view(&view));
        }
        EnrolCommand::Status { all } => {
            if all || (args.enrolment == "latest" && enrolments.resolve("latest").is_err()) {
                let list = enrolments.list().map_err(info)?;
                return print(json, &list, || render_list(&list));
            }
            let id = enrolments.resolve(&args.enrolment).map_err(info)?;
            let view = enrolments.show(id, now).map_err(info)?;
            return print(json, &view, || render_view(&view));
        }
        EnrolCommand::Stuck => {
            let id = enrolments.resolve(&args.enrolment).map_err(info)?;
            let out = enrolments.stuck_brief(id, now).map_err(|e| e.info())?;
            return print(json, &out, || {
                let case = out.case_number.unwrap_or_default();
                format!(
                    "{}\n\n{}\n\n{}",
                    t!(
                        "cli-enrol-stuck",
                        case = case,
                        count = out.brief.chars().count()
                    ),
                    out.brief,
                    t!("cli-enrol-stuck-exports", case = case),
                )
            });
        }
        EnrolCommand::Kit {
            with_backup_codes,
            out,
        } => {
            let kit = enrolments
                .recovery_kit(with_backup_codes, now)
                .map_err(info)?;
            if let Some(path) = out {
                let pdf = share::pdf_document(
                    &steward::enrol::kit::RecoveryKit::title(),
                    &kit.sections(),
                )
                .map_err(|e| e.info())?;
                share::write_atomic(&path, &pdf).map_err(|e| e.info())?;
                #[derive(serde::Serialize)]
                struct KitOut<'a> {
                    path: String,
                    accounts: usize,
                    with_backup_codes: bool,
                    #[serde(skip)]
                    _kit: &'a steward::enrol::kit::RecoveryKit,
                }
                let o = KitOut {
                    path: path.display().to_string(),
                    accounts: kit.accounts.len(),
                    with_backup_codes,
                    _kit: &kit,
                };
                return print(json, &o, || {
                    t!("cli-enrol-kit-written", count = o.accounts, path = &o.path)
                });
            }
            return print(json, &kit, || {
                let mut text = format!("{}\n", steward::enrol::kit::RecoveryKit::title());
                for (title, lines) in kit.sections() {
                    text.push_str(&format!("\n{title}\n"));
                    for l in lines {
                        text.push_str(&format!("  {l}\n"));
                    }
                }
                text
            });
        }
        EnrolCommand::Method { method } => EnrolAction::ChooseMethod {
            method: parse_method(&method)?,
        },
        EnrolCommand::Phone { number, region } => EnrolAction::SubmitPhone { number, region },
        EnrolCommand::Code { code } => EnrolAction::SubmitCode { code },
        EnrolCommand::Resend => EnrolAction::RequestNewCode,
        EnrolCommand::Link { link, qr: image } => {
            let link = match (link, image) {
                (Some(l), _) => l,
                (None, Some(path)) => link_from_image(&path)?,
                (None, None) => unreachable!("clap requires one"),
            };
            EnrolAction::AddAuthenticator { link }
        }
        EnrolCommand::Ok => EnrolAction::Confirm,
        EnrolCommand::Refused { message } => EnrolAction::ReportRefusal { message },
        EnrolCommand::BackupCodes { codes, file, skip } => {
            if skip {
                EnrolAction::SkipBackupCodes
            } else {
                let mut codes = codes;
                if let Some(file) = file {
                    let text = input::text_file(&file, NamedFile::BackupCodes)?;
                    codes.extend(text.lines().map(str::to_string));
                }
                EnrolAction::SaveBackupCodes { codes }
            }
        }
        EnrolCommand::Finish => EnrolAction::Finish,
        EnrolCommand::SkipTest => EnrolAction::SkipTest,
        EnrolCommand::Back => EnrolAction::Back,
        EnrolCommand::Stop => EnrolAction::Abandon,
    };
    let id = enrolments.resolve(&args.enrolment).map_err(info)?;
    let first = enrolments.act(id, action.clone(), password(false)?, now);
    let view = match first {
        Err(steward::enrol::EnrolError::PasswordNeeded) => enrolments
            .act(id, action, password(true)?, now)
            .map_err(info)?,
        other => other.map_err(info)?,
    };
    print(json, &view, || render_view(&view))
}

fn parse_method(s: &str) -> Result<Method, ErrorInfo> {
    let norm = s.trim().to_lowercase().replace(['-', ' '], "_");
    let m = match norm.as_str() {
        "totp" | "authenticator" | "app" => Method::Totp,
        "sms" | "text" => Method::Sms,
        "call" | "voice" => Method::Call,
        "email" | "e_mail" => Method::Email,
        "passkey" => Method::Passkey,
        "security_key" | "u2f" | "key" => Method::SecurityKey,
        "custom_software" => Method::CustomSoftware,
        "custom_hardware" => Method::CustomHardware,
        _ => {
            return Err(CliError::UnknownMethod {
                given: s.to_string(),
            }
            .into())
        }
    };
    Ok(m)
}

/// The link in a picture of the service's QR code (the first code found).
fn link_from_image(path: &Path) -> Result<String, ErrorInfo> {
    let bytes = match input::file(path, qr::MAX_IMAGE_BYTES as u64) {
        Ok(read) if read.over => {
            let size = read.bytes.len() as u64;
            return Err(QrError::FileTooLarge { size }.info());
        }
        Ok(read) => read.bytes,
        Err(FileError::TooLarge(size)) => return Err(QrError::FileTooLarge { size }.info()),
        Err(FileError::Open(e) | FileError::Read(e)) => {
            return Err(CliError::ImageUnreadable {
                path: path.display().to_string(),
                detail: e.to_string(),
            }
            .into())
        }
    };
    let img = qr::load_image(&bytes).map_err(|e| e.info())?;
    let payloads = qr::decode(&img).map_err(|e| e.info())?;
    payloads
        .first()
        .map(|p| p.to_string())
        .ok_or_else(|| QrError::NoQrFound.info())
}

fn render_list(list: &[EnrolmentSummary]) -> String {
    if list.is_empty() {
        return t!("cli-enrol-list-none");
    }
    list.iter()
        .map(|e| {
            let status = t!(
                "cli-enrol-status",
                status = match e.status {
                    Status::InProgress => "in_progress",
                    Status::Done => "done",
                    Status::Abandoned => "stopped",
                }
            );
            format!(
                "{}  {:<24} {:<12} {}{}",
                &e.id.to_string()[..8],
                e.service,
                status,
                t!("cli-enrol-list-step", step = format!("{:?}", e.step)),
                e.case_number
                    .map(|n| format!("  {}", t!("cli-enrol-list-case", n = n)))
                    .unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn render_view(v: &EnrolmentView) -> String {
    let e = &v.enrolment;
    let mut out = String::new();
    if let Some(m) = &v.message {
        out.push_str(&format!("{m}\n\n"));
    }
    out.push_str(&format!(
        "{}\n",
        t!(
            "cli-enrol-step",
            service = &e.service,
            step = v.progress.0,
            steps = v.progress.1,
            title = &v.guide.title
        )
    ));
    for line in &v.guide.do_now {
        out.push_str(&format!("  • {line}\n"));
    }
    if e.step == steward::enrol::Step::ChooseMethod {
        out.push_str(&render_plan(&v.plan));
        out.push_str(&format!("\n{}\n", t!("cli-enrol-methods-heading")));
        for o in &v.options {
            let mark = if o.recommended {
                "→"
            } else if o.available {
                " "
            } else {
                "✗"
            };
            out.push_str(&format!(
                " {mark} {:<16} {}{}\n",
                method_arg(o.method),
                o.label,
                o.blocked_reason
                    .as_ref()
                    .map(|r| format!(" — {}", t!("cli-enrol-not-now", reason = r)))
                    .unwrap_or_default()
            ));
        }
    }
    if let Some(r) = &e.receipt {
        let receipt = t!(
            "cli-enrol-receipt",
            methods = r
                .methods
                .iter()
                .map(|m| m.label())
                .collect::<Vec<_>>()
                .join(", "),
            service = &r.service,
            phone = r
                .phone_masked
                .as_deref()
                .map(|p| format!(" ({})", t!("cli-enrol-receipt-phone", phone = p)))
                .unwrap_or_default(),
            count = r.backup_codes_stored,
            tested = if r.tested { "yes" } else { "no" }
        );
        out.push_str(&format!("\n{receipt}\n"));
    }
    if let Some(code) = &v.current_code {
        out.push_str(&format!("\n{}\n", t!("cli-enrol-code-now", code = code)));
    }
    if !v.backup_codes_to_keep.is_empty() {
        out.push_str(&format!("\n{}\n", t!("cli-enrol-backup-heading")));
        for c in &v.backup_codes_to_keep {
            out.push_str(&format!("  {c}\n"));
        }
    }
    out.push_str(&format!(
        "\n{}",
        t!("cli-enrol-if-fails", text = &v.guide.if_it_fails)
    ));
    if let Some(n) = e.case_number {
        out.push_str(&format!("\n{}", t!("cli-enrol-recorded", n = n)));
    }
    out
}

fn method_arg(m: Method) -> &'static str {
    match m {
        Method::Passkey => "passkey",
        Method::SecurityKey => "security_key",
        Method::Totp => "totp",
        Method::CustomHardware => "custom_hardware",
        Method::CustomSoftware => "custom_software",
        Method::Call => "call",
        Method::Sms => "sms",
        Method::Email => "email",
    }
}

/// The plan in words: the blocked path explained, then what can still work, best first, each
/// with the command that takes its first step.
fn render_plan(p: &steward::enrol::rules::Plan) -> String {
    use steward::enrol::rules::{Known, Origin, PlanStep};
    let mut out = String::new();
    match &p.rules {
        Known::Rules { rules } => {
            let from = match &rules.origin {
                Origin::Curated => t!(
                    "cli-enrol-rules-curated",
                    service = &rules.service,
                    url = rules.sources.first().map(|s| s.url.as_str()).unwrap_or("-")
                ),
                Origin::InferredFromNote { note } => {
                    t!("cli-enrol-rules-inferred", note = note)
                }
            };
            out.push_str(&format!("\n{}\n", t!("cli-enrol-rules", from = from)));
        }
        Known::Unknown => out.push_str(&format!("\n{}\n", t!("cli-enrol-rules-unknown"))),
    }
    if let Some(why) = &p.explanation {
        out.push_str(&format!("\n{why}\n"));
    }
    if !p.options.is_empty() {
        out.push_str(&format!("\n{}\n", t!("cli-enrol-plan-heading")));
    }
    for o in &p.options {
        let how = match &o.step {
            PlanStep::Method { method } | PlanStep::AnotherNumber { method, .. } => {
                format!("steward enrol method {}", method_arg(*method))
            }
            PlanStep::AskSupport => "steward enrol stuck".into(),
            PlanStep::WaitUntil { until, .. } => t!(
                "cli-enrol-after",
                time = until
                    .with_timezone(&chrono::Local)
                    .format("%Y-%m-%d %H:%M")
                    .to_string()
            ),
        };
        out.push_str(&format!(
            " {} {} — {} [{how}]\n",
            if o.recommended { "→" } else { "•" },
            o.title,
            o.detail
        ));
        for t in &o.then {
            out.push_str(&format!("     {t}\n"));
        }
    }
    for r in &p.ruled_out {
        out.push_str(&format!(" ✗ {} — {}\n", r.method.label(), r.why));
    }
    out
}
