//! `steward otp …`: the authenticator over the same core and data directory as the desktop app.
//! Secrets are read from files, standard input or a hidden prompt rather than arguments where
//! possible (arguments end up in shell history), and are never printed: `list` and `code` show
//! labels and codes, `export` writes to a file and warns on stderr when the format is plaintext.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use clap::{Args, Subcommand};
use serde::Serialize;
use steward::error::{ErrorInfo, UserFacing};
use steward::otp::clock;
use steward::otp::export::ExportFormat;
use steward::otp::import::Format;
use steward::otp::store::{
    write_export, OtpAddReport, OtpEntry, OtpFilter, OtpManualEntry, OtpStore, StoreError,
};
use steward::otp::{qr, Algorithm, OtpCode, OtpError};
use steward::profile::Profile;
use steward::t;
use zeroize::Zeroizing;

mod backup;
mod render;

use render::{
    render_add, render_backup, render_clock, render_code, render_list, render_tagged, render_tags,
};

use crate::error::{CliError, NamedFile};
use crate::input::{self, FileError};
use crate::output::print;

#[derive(Subcommand)]
pub enum OtpCommand {
    /// Add an account: an otpauth:// link (or `-` to read it from standard input), a QR code
    /// in a picture, on the screen or on the clipboard, or a setup key typed in.
    Add(AddArgs),
    /// Import another app's export: Aegis, 2FAS, andOTP, Bitwarden, Ente, FreeOTP+, Proton,
    /// Google Authenticator transfer links, otpauth lists.
    Import {
        file: PathBuf,
        /// The format, if Steward should not guess: aegis, 2fas, andotp, bitwarden, ente,
        /// freeotp_plus, proton, google, otpauth.
        #[arg(long)]
        format: Option<String>,
        /// A file holding the export's password (else it is asked for when needed).
        #[arg(long)]
        password_file: Option<PathBuf>,
    },
    /// List your authenticator accounts (no codes, no secrets), favourites first.
    List {
        /// Only the accounts with this tag (capitals do not matter).
        #[arg(long)]
        tag: Option<String>,
        /// Only your favourites.
        #[arg(long)]
        fav: bool,
    },
    /// Add tags (groups such as "Work" or "Bank") to an account.
    Tag {
        account: String,
        #[arg(required = true, num_args = 1..)]
        tags: Vec<String>,
    },
    /// Remove tags from an account.
    Untag {
        account: String,
        #[arg(required = true, num_args = 1..)]
        tags: Vec<String>,
    },
    /// Star an account as a favourite (listed first); `--off` un-stars it.
    Fav {
        account: String,
        #[arg(long)]
        off: bool,
    },
    /// The tags in use and how many accounts have each.
    Tags,
    /// Show the code of an account (by number or part of its name).
    Code {
        account: String,
        /// The code at this time (seconds since 1970) instead of now.
        #[arg(long, conflicts_with = "next")]
        at: Option<u64>,
        /// Counter-based (HOTP) accounts: advance to the next code and save the counter.
        #[arg(long)]
        next: bool,
    },
    /// Export every account: an encrypted Aegis vault (other apps import it), a plain list of
    /// otpauth:// links, or one account as a QR code (SVG) to scan with a phone.
    Export {
        /// aegis (encrypted, recommended), uris (plaintext) or qr (plaintext, one account).
        #[arg(long, value_enum)]
        format: ExportKind,
        /// Where to write it.
        #[arg(long)]
        out: PathBuf,
        /// A file holding the password for an aegis export (else it is asked for twice).
        #[arg(long)]
        password_file: Option<PathBuf>,
        /// For qr: which account (by number or name); needed when there are several.
        #[arg(long)]
        account: Option<String>,
    },
    /// Rename an account.
    Rename {
        account: String,
        /// The service ("GitHub"); an empty value removes it.
        #[arg(long)]
        issuer: Option<String>,
        /// Your account there ("alice@example.com").
        #[arg(long)]
        name: Option<String>,
    },
    /// Remove an account and its backup codes. Its codes cannot be made again afterwards.
    Remove {
        account: String,
        /// Confirm the removal.
        #[arg(long)]
        yes: bool,
    },
    /// Backup (recovery) codes a service gave you, kept with the account.
    #[command(subcommand)]
    BackupCodes(BackupCommand),
    /// Automatic encrypted backups (Aegis vaults) into a folder you choose, and newer backups
    /// found there.
    #[command(subcommand)]
    Backup(backup::BackupSetup),
    /// Check this computer's clock against an internet server (codes need the right time).
    Clock {
        /// The https:// server to ask (default: $STEWARD_TIME_SERVER, else Cloudflare).
        #[arg(long)]
        server: Option<String>,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ExportKind {
    Aegis,
    Uris,
    Qr,
}

#[derive(Subcommand)]
pub enum BackupCommand {
    /// Add codes (as separate arguments, or one per line with `-` for standard input).
    Add {
        account: String,
        #[arg(required = true, num_args = 1..)]
        codes: Vec<String>,
    },
    /// How many codes are left; `--show` prints them.
    List {
        account: String,
        #[arg(long)]
        show: bool,
    },
    /// Mark a code used.
    Use { account: String, code: String },
}

#[derive(Args)]
#[command(group(clap::ArgGroup::new("source").required(true)
    .args(["link", "qr", "screen", "clipboard", "manual"])))]
pub struct AddArgs {
    /// An otpauth:// or otpauth-migration:// link; `-` reads it from standard input.
    link: Option<String>,
    /// A PNG or JPEG picture of a QR code (a screenshot, a photo).
    #[arg(long, value_name = "FILE")]
    qr: Option<PathBuf>,
    /// Read a QR code shown anywhere on the screen.
    #[arg(long)]
    screen: bool,
    /// Read a QR code picture from the clipboard.
    #[arg(long)]
    clipboard: bool,
    /// Type the setup key in (with --issuer, --name and, unless asked for, --secret).
    #[arg(long)]
    manual: bool,
    #[arg(long, requires = "manual")]
    issuer: Option<String>,
    #[arg(long, requires = "manual")]
    name: Option<String>,
    /// The Base32 setup key. Prefer leaving it out: it is then asked for without showing it
    /// (or read from standard input), and stays out of your shell history.
    #[arg(long, requires = "manual")]
    secret: Option<String>,
    #[arg(long, requires = "manual")]
    digits: Option<u8>,
    /// Seconds per code (default 30).
    #[arg(long, requires = "manual")]
    period: Option<u32>,
    /// SHA1 (default), SHA256 or SHA512.
    #[arg(long, requires = "manual", value_parser = parse_algorithm)]
    algorithm: Option<Algorithm>,
    /// A counter-based (HOTP) account.
    #[arg(long, requires = "manual", conflicts_with = "steam")]
    hotp: bool,
    /// The HOTP counter to start from (default 0).
    #[arg(long, requires = "hotp")]
    counter: Option<u64>,
    /// A Steam Guard account (5-character codes).
    #[arg(long, requires = "manual")]
    steam: bool,
}

fn parse_algorithm(s: &str) -> Result<Algorithm, String> {
    Algorithm::parse(s).ok_or_else(|| "use SHA1, SHA256 or SHA512".to_string())
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn err(e: impl UserFacing) -> ErrorInfo {
    e.info()
}

/// `otp clock` needs no profile.
pub fn run_clock(json: bool, server: Option<&str>) -> Result<(), ErrorInfo> {
    let server = server
        .map(str::to_string)
        .unwrap_or_else(clock::default_server);
    let check = clock::check(&server, clock::DEFAULT_TIMEOUT).map_err(err)?;
    print(json, &check, || render_clock(&check))
}

pub fn run(json: bool, profile: &Profile, command: OtpCommand) -> Result<(), ErrorInfo> {
    let store = profile.otp();
    match command {
        OtpCommand::Add(args) => {
            let report = add(&store, args)?;
            print(json, &report, || render_add(&report))
        }
        OtpCommand::Import {
            file,
            format,
            password_file,
        } => {
            let report = import(&store, &file, format.as_deref(), password_file.as_deref())?;
            print(json, &report, || render_add(&report))
        }
        OtpCommand::List { tag, fav } => {
            let filter = OtpFilter {
                tag,
                favourites: fav,
            };
            let entries = store.list_filtered(&filter).map_err(err)?;
            print(json, &entries, || render_list(&entries))
        }
        OtpCommand::Tag { account, tags } => {
            let id = store.resolve(&account).map_err(err)?;
            let entry = store.add_tags(id, &tags).map_err(err)?;
            print(json, &entry, || render_tagged(&entry))
        }
        OtpCommand::Untag { account, tags } => {
            let id = store.resolve(&account).map_err(err)?;
            let entry = store.remove_tags(id, &tags).map_err(err)?;
            print(json, &entry, || render_tagged(&entry))
        }
        OtpCommand::Fav { account, off } => {
            let id = store.resolve(&account).map_err(err)?;
            let entry = store.set_favourite(id, !off).map_err(err)?;
            print(json, &entry, || {
                if entry.favourite {
                    t!(
                        "cli-otp-fav-on",
                        number = entry.number,
                        label = &entry.label
                    )
                } else {
                    t!(
                        "cli-otp-fav-off",
                        number = entry.number,
                        label = &entry.label
                    )
                }
            })
        }
        OtpCommand::Tags => {
            let tags = store.tags().map_err(err)?;
            print(json, &tags, || render_tags(&tags))
        }
        OtpCommand::Code { account, at, next } => {
            let id = store.resolve(&account).map_err(err)?;
            let time = at.unwrap_or_else(now);
            let (entry, code) = if next {
                store.next_hotp(id).map_err(err)?
            } else {
                let code = store.code(id, time).map_err(err)?;
                (store.get(id).map_err(err)?, code)
            };
            let out = CodeOutput {
                account: entry,
                unix_time: time,
                code,
            };
            print(json, &out, || render_code(&out))
        }
        OtpCommand::Export {
            format,
            out,
            password_file,
            account,
        } => export(
            json,
            &store,
            format,
            &out,
            password_file.as_deref(),
            account,
        ),
        OtpCommand::Rename {
            account,
            issuer,
            name,
        } => {
            let id = store.resolve(&account).map_err(err)?;
            let current = store.get(id).map_err(err)?;
            if issuer.is_none() && name.is_none() {
                return Err(CliError::NothingToChange {
                    give: "--issuer or --name",
                }
                .into());
            }
            let entry = store
                .rename(id, issuer.or(current.issuer), name.unwrap_or(current.name))
                .map_err(err)?;
            print(json, &entry, || {
                t!(
                    "cli-otp-renamed",
                    number = entry.number,
                    label = &entry.label
                )
            })
        }
        OtpCommand::Remove { account, yes } => {
            let id = store.resolve(&account).map_err(err)?;
            let entry = store.remove(id, yes).map_err(err)?;
            print(json, &entry, || {
                t!(
                    "cli-otp-removed",
                    number = entry.number,
                    label = &entry.label
                )
            })
        }
        OtpCommand::BackupCodes(command) => backup(json, &store, command),
        OtpCommand::Backup(command) => backup::run(json, &store, command),
        OtpCommand::Clock { server } => run_clock(json, server.as_deref()),
    }
}

#[derive(Serialize)]
pub struct CodeOutput {
    account: OtpEntry,
    unix_time: u64,
    code: OtpCode,
}

fn ask_hidden(prompt: &str) -> Result<Zeroizing<String>, CliError> {
    input::ask_hidden(prompt).map_err(|e| CliError::Prompt {
        detail: e.to_string(),
    })
}

fn add(store: &OtpStore<'_>, args: AddArgs) -> Result<OtpAddReport, ErrorInfo> {
    if let Some(link) = args.link {
        let link = Zeroizing::new(link);
        let link = if link.trim() == "-" {
            input::stdin_secret("link")?
        } else {
            link
        };
        // A text file of links given by mistake: read it as an import.
        return store.add_link(&link).map_err(err);
    }
    if let Some(path) = args.qr {
        let report = qr::read_image_file(&path).map_err(err)?;
        return store.add_report(report).map_err(err);
    }
    if args.screen {
        let report = qr::read_screen().map_err(err)?;
        return store.add_report(report).map_err(err);
    }
    if args.clipboard {
        let report = qr::read_clipboard().map_err(err)?;
        return store.add_report(report).map_err(err);
    }
    // --manual
    let secret = match args.secret {
        Some(s) if s.trim() == "-" => input::stdin_secret("setup_key")?,
        Some(s) => Zeroizing::new(s),
        None if std::io::stdin().is_terminal() => {
            ask_hidden(&format!("{} ", t!("cli-otp-ask-setup-key")))?
        }
        None => input::stdin_secret("setup_key")?,
    };
    let input = OtpManualEntry {
        issuer: args.issuer,
        name: args.name.unwrap_or_default(),
        secret,
        kind: Some(
            if args.hotp {
                "hotp"
            } else if args.steam {
                "steam"
            } else {
                "totp"
            }
            .into(),
        ),
        algorithm: args.algorithm,
        digits: args.digits,
        period: args.period,
        counter: args.counter,
    };
    store.add_manual(&input).map_err(err)
}

/// An export's password: as in the file, but for the one line break `echo` adds.
fn read_password_file(path: &Path) -> Result<Zeroizing<String>, CliError> {
    let text = input::text_file(path, NamedFile::ExportPassword)?;
    Ok(Zeroizing::new(
        input::without_final_newline(&text).to_string(),
    ))
}

fn import(
    store: &OtpStore<'_>,
    file: &Path,
    format: Option<&str>,
    password_file: Option<&Path>,
) -> Result<OtpAddReport, ErrorInfo> {
    let format = match format {
        Some(f) => Some(
            Format::parse(f).ok_or_else(|| CliError::UnknownImportFormat {
                given: f.to_string(),
            })?,
        ),
        None => None,
    };
    let bytes = read_import_file(file)?;
    let password = match password_file {
        Some(p) => Some(read_password_file(p)?),
        None => None,
    };
    match store.import_bytes(&bytes, format, password.as_deref().map(|p| p.as_str())) {
        Err(StoreError::Otp(OtpError::PasswordRequired { format: name }))
            if password.is_none() && std::io::stdin().is_terminal() =>
        {
            let pass = ask_hidden(&format!(
                "{} ",
                t!("cli-otp-ask-import-password", format = name)
            ))?;
            store.import_bytes(&bytes, format, Some(&pass)).map_err(err)
        }
        other => other.map_err(err),
    }
}

/// Reads an import: at most [`qr::MAX_IMAGE_BYTES`] (a picture of a QR code may be that large;
/// text exports are held to `import::MAX_FILE_BYTES` by the core).
fn read_import_file(path: &Path) -> Result<Zeroizing<Vec<u8>>, ErrorInfo> {
    let max = qr::MAX_IMAGE_BYTES as u64;
    match input::file(path, max) {
        Ok(read) if read.over => Err(CliError::ImportGoesOn {
            path: path.display().to_string(),
            max,
        }
        .into()),
        Ok(read) => Ok(read.bytes),
        Err(FileError::TooLarge(size)) => Err(err(OtpError::FileTooLarge {
            size: usize::try_from(size).unwrap_or(usize::MAX),
            max: max as usize,
        })),
        Err(FileError::Open(e) | FileError::Read(e)) => Err(CliError::CannotRead {
            what: path.display().to_string(),
            detail: e.to_string(),
        }
        .into()),
    }
}

#[derive(Serialize)]
struct ExportOutput {
    path: String,
    format: &'static str,
    accounts: usize,
    encrypted: bool,
}

fn export(
    json: bool,
    store: &OtpStore<'_>,
    kind: ExportKind,
    out: &Path,
    password_file: Option<&Path>,
    account: Option<String>,
) -> Result<(), ErrorInfo> {
    let (bytes, count, format_name, encrypted) = match kind {
        ExportKind::Aegis => {
            let password = match password_file {
                Some(p) => read_password_file(p)?,
                None if std::io::stdin().is_terminal() => input::ask_hidden_twice(
                    &format!("{} ", t!("cli-otp-ask-export-password")),
                    &format!("{} ", t!("cli-otp-repeat-password")),
                    |e| CliError::Prompt {
                        detail: e.to_string(),
                    },
                    CliError::PasswordsDiffer,
                )?,
                None => return Err(CliError::PasswordRequired.into()),
            };
            if password.is_empty() {
                return Err(err(OtpError::EmptyPassword));
            }
            let count = store.list().map_err(err)?.len();
            let bytes = store
                .export(ExportFormat::AegisEncrypted, Some(&password))
                .map_err(err)?;
            (bytes, count, "aegis", true)
        }
        ExportKind::Uris => {
            let count = store.list().map_err(err)?.len();
            let bytes = store.export(ExportFormat::OtpauthList, None).map_err(err)?;
            (bytes, count, "uris", false)
        }
        ExportKind::Qr => {
            let entries = store.list().map_err(err)?;
            let id = match (&account, entries.as_slice()) {
                (Some(a), _) => store.resolve(a).map_err(err)?,
                (None, [one]) => one.id,
                (None, []) => return Err(err(OtpError::NothingToExport)),
                (None, _) => return Err(CliError::AccountRequired.into()),
            };
            let svg = store.qr_svg(id).map_err(err)?;
            (Zeroizing::new(svg.as_bytes().to_vec()), 1, "qr", false)
        }
    };
    write_export(out, &bytes).map_err(err)?;
    if !encrypted {
        eprintln!(
            "{}",
            t!("cli-otp-export-warning", path = out.display().to_string())
        );
    }
    let o = ExportOutput {
        path: out.display().to_string(),
        format: format_name,
        accounts: count,
        encrypted,
    };
    print(json, &o, || {
        if encrypted {
            t!("cli-otp-exported-encrypted", n = count, path = &o.path)
        } else {
            t!("cli-otp-exported", n = count, path = &o.path)
        }
    })
}

fn backup(json: bool, store: &OtpStore<'_>, command: BackupCommand) -> Result<(), ErrorInfo> {
    match command {
        BackupCommand::Add { account, codes } => {
            let id = store.resolve(&account).map_err(err)?;
            let codes: Vec<String> = if codes.len() == 1 && codes[0] == "-" {
                vec![input::stdin_secret("backup_codes")?.to_string()]
            } else {
                codes
            };
            let view = store.add_backup_codes(id, &codes).map_err(err)?;
            print(json, &view, || render_backup(&view))
        }
        BackupCommand::List { account, show } => {
            let id = store.resolve(&account).map_err(err)?;
            let view = store.backup_codes(id, show).map_err(err)?;
            print(json, &view, || render_backup(&view))
        }
        BackupCommand::Use { account, code } => {
            let id = store.resolve(&account).map_err(err)?;
            let view = store.use_backup_code(id, &code).map_err(err)?;
            if let Some(w) = &view.warning {
                if json {
                    eprintln!("warning: {w}");
                }
            }
            print(json, &view, || render_backup(&view))
        }
    }
}
