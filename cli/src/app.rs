//! The command tree's root: the options every command takes, the command groups, and which
//! commands run without opening (or unlocking) the profile.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{FromArgMatches, Parser, Subcommand};
use steward::error::{ErrorInfo, ErrorKind, UserFacing};
use steward::i18n;
use steward::t;

use crate::error::CliError;
use crate::{
    cases, complaints, directory, enrol, evidence, helpdesk, otp, output, phone, profile, share,
};

#[derive(Parser)]
#[command(
    name = "steward",
    version,
    about = "Secure your accounts and keep your own record of every support interaction."
)]
pub struct Cli {
    /// The profile's data directory (default: shared with the desktop app).
    #[arg(long, global = true, env = "STEWARD_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    /// Print machine-readable JSON on stdout (errors as JSON on stderr).
    #[arg(long, global = true)]
    pub json: bool,
    /// A file holding the profile passphrase (for profiles kept without the system keyring).
    #[arg(long, global = true, env = "STEWARD_PASSPHRASE_FILE")]
    pub passphrase_file: Option<PathBuf>,
    /// Do not use the system keyring; a new profile is then protected by a passphrase.
    #[arg(long, global = true)]
    pub no_keyring: bool,
    /// The language Steward writes in: en, vi (default: from LANGUAGE, LC_ALL, LC_MESSAGES or
    /// LANG, else English). With --json, ids and arguments stay the same in every language.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Cases: problems you are working through with support.
    #[command(subcommand)]
    Case(cases::CaseCommand),
    /// Phone numbers: check one for SMS codes, read a service's refusal message.
    #[command(subcommand)]
    Phone(phone::PhoneCommand),
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
    /// How this profile is unlocked: a passphrase or the system keyring.
    #[command(subcommand)]
    Profile(profile::ProfileCommand),
    /// Complaint rules: deadlines, ombudsmen and regulators per country and sector.
    #[command(subcommand)]
    Complaint(complaints::ComplaintCommand),
}

/// The command line, or how the process ends when clap refused it or printed --help/--version.
pub fn parse() -> Result<Cli, ExitCode> {
    i18n::set_front(i18n::Front::Cli);
    if let Some(lang) = i18n::Lang::from_env() {
        i18n::set_default(lang);
    }
    // The help is written in `--lang`'s language, known before clap reads the command line;
    // translating the tree costs a few milliseconds, spent only when help may be printed.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let wanted = crate::help::language_of(&args).unwrap_or_else(i18n::current);
    let english = i18n::Lang::english();
    let parse_in = |lang| {
        let mut cmd = crate::help::command(lang);
        cmd.try_get_matches_from_mut(args.clone())
            .and_then(|mut m| Cli::from_arg_matches_mut(&mut m).map_err(|e| e.format(&mut cmd)))
    };
    let mut parsed = parse_in(match crate::help::may_print_help(&args) {
        true => wanted,
        false => english,
    });
    if wanted != english
        && matches!(&parsed, Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand)
    {
        // `steward case`: a command group without its command shows its help.
        parsed = parse_in(wanted);
    }
    let e = match parsed {
        Ok(cli) => match choose_language(cli.lang.as_deref()) {
            Ok(()) => return Ok(cli),
            Err(info) => return Err(output::finish(cli.json, Err(info))),
        },
        Err(e) => e,
    };
    // What clap refuses is said in `--lang`'s language too (its own words are English).
    if wanted != english {
        i18n::set_default(wanted);
    }
    // With --json, a command line clap refuses (an unknown option, invalid UTF-8) is a JSON
    // error too, like every other error.
    if e.use_stderr() && std::env::args_os().any(|a| a == "--json") {
        let message = if wanted == english {
            let rendered = e.to_string();
            rendered
                .lines()
                .next()
                .unwrap_or("")
                .trim_start_matches("error: ")
                .to_string()
        } else {
            refused_in_words(&e)
        };
        output::print_json_error(&CliError::InvalidArguments { message }.info());
        return Err(ExitCode::from(1));
    }
    if e.use_stderr()
        && wanted != english
        && e.kind() != clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    {
        let info = CliError::InvalidArguments {
            message: refused_in_words(&e),
        }
        .info();
        return Err(output::finish(false, Err(info)));
    }
    let _ = e.print();
    Err(if e.use_stderr() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// What clap refused, in the catalogue's words (`cli-refused-*`) with what clap names: the
/// unknown command or option, the missing arguments, the value and the values that would do.
/// Names, options and values stay as typed.
fn refused_in_words(e: &clap::Error) -> String {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let get = |kind: ContextKind| -> String {
        match e.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            Some(ContextValue::StyledStr(s)) => s.to_string(),
            Some(ContextValue::StyledStrs(v)) => v
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
            Some(ContextValue::Number(n)) => n.to_string(),
            _ => String::new(),
        }
    };
    let suggested = {
        let s = get(ContextKind::SuggestedSubcommand);
        if s.is_empty() {
            get(ContextKind::SuggestedArg)
        } else {
            s
        }
    };
    let said = match e.kind() {
        ErrorKind::InvalidSubcommand => {
            t!(
                "cli-refused-command",
                name = get(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::UnknownArgument => {
            t!("cli-refused-option", name = get(ContextKind::InvalidArg))
        }
        ErrorKind::MissingRequiredArgument => {
            t!("cli-refused-missing", names = get(ContextKind::InvalidArg))
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            t!("cli-refused-no-command")
        }
        ErrorKind::InvalidValue => t!(
            "cli-refused-value",
            value = get(ContextKind::InvalidValue),
            name = get(ContextKind::InvalidArg),
            valid = Some(get(ContextKind::ValidValue))
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| "none".into())
        ),
        ErrorKind::ValueValidation => t!(
            "cli-refused-value",
            value = get(ContextKind::InvalidValue),
            name = get(ContextKind::InvalidArg),
            valid = "none"
        ),
        ErrorKind::ArgumentConflict => t!(
            "cli-refused-conflict",
            name = get(ContextKind::InvalidArg),
            other = get(ContextKind::PriorArg)
        ),
        ErrorKind::InvalidUtf8 => t!("cli-refused-utf8"),
        _ => t!("cli-refused-other"),
    };
    if suggested.is_empty() {
        said
    } else {
        format!("{said} {}", t!("cli-refused-suggested", name = suggested))
    }
}

/// `--lang`: one of the catalogue's languages, or a clear error naming those there are.
fn choose_language(tag: Option<&str>) -> Result<(), ErrorInfo> {
    let Some(tag) = tag else {
        return Ok(());
    };
    match i18n::Lang::parse(tag) {
        Some(lang) => {
            i18n::set_default(lang);
            Ok(())
        }
        None => {
            let known: Vec<&str> = i18n::Lang::all()
                .into_iter()
                .map(i18n::Lang::code)
                .collect();
            Err(ErrorInfo::from_catalogue(
                "unknown_language",
                ErrorKind::Input,
                [
                    ("language".to_string(), tag.into()),
                    ("known".to_string(), known.join(", ").into()),
                ]
                .into(),
            ))
        }
    }
}

/// Runs the command. Status, phone numbers, the clock check, verifying a file and the public
/// directory need no profile; everything else opens it first.
pub fn run(cli: Cli) -> Result<(), ErrorInfo> {
    let dir = cli
        .data_dir
        .clone()
        .unwrap_or_else(steward::profile::default_data_dir);
    let json = cli.json;
    match &cli.command {
        Command::Status => return profile::status(json, &dir),
        Command::Profile(command) => return profile::run(&cli, &dir, command),
        Command::Phone(command) => return phone::run(json, command),
        Command::Otp(otp::OtpCommand::Clock { server }) => {
            return otp::run_clock(json, server.as_deref())
        }
        Command::Share(share::ShareCommand::Verify { file, signer }) => {
            // The public key travels with the signature.
            return share::run_verify(json, file, signer.as_deref());
        }
        Command::Directory(command) => return directory::run(json, &dir, command),
        Command::Complaint(command) => return complaints::run_rules(json, command),
        _ => {}
    }
    let profile = profile::open(&cli, &dir)?;
    match cli.command {
        Command::Case(command) => cases::run(json, &profile, command),
        Command::Accounts(args) => evidence::run_accounts(json, &profile.cases(), args),
        Command::Otp(command) => otp::run(json, &profile, command),
        Command::Enrol(args) => enrol::run(json, &profile, args),
        Command::Share(share::ShareCommand::Send(args)) => share::run_send(json, &profile, *args),
        Command::Share(share::ShareCommand::Timestamp { url, off }) => {
            share::run_timestamp(json, &profile, url.as_deref(), off)
        }
        Command::Share(share::ShareCommand::Helpdesk(command)) => {
            helpdesk::run(json, &profile, command)
        }
        Command::Share(share::ShareCommand::Letter(args)) => {
            share::run_letter(json, &profile, *args)
        }
        Command::Share(_) => share::run_key(json, &profile),
        Command::Status
        | Command::Profile(_)
        | Command::Phone(_)
        | Command::Directory(_)
        | Command::Complaint(_) => {
            unreachable!("run without a profile above")
        }
    }
}
