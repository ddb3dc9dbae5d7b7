//! `steward otp …`: the authenticator over the same core and data directory as the desktop app.
//! Secrets are read from files, standard input or a hidden prompt rather than arguments where
//! possible (arguments end up in shell history), and are never printed: `list` and `code` show
//! labels and codes, `export` writes to a file and warns on stderr when the format is plaintext.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use clap::{Args, Subcommand};
use serde::Serialize;
use steward::error::{ErrorInfo, UserFacing};
use steward::otp::clock::{self, ClockCheck, ClockStatus};
use steward::otp::export::ExportFormat;
use steward::otp::import::Format;
use steward::otp::store::{
    write_export, BackupCodes, OtpAddReport, OtpEntry, OtpManualEntry, OtpStore, StoreError,
};
use steward::otp::{qr, Algorithm, OtpCode, OtpError, OtpKind};
use steward::profile::Profile;
use zeroize::Zeroizing;

use crate::{input_err, print};

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
    /// List your authenticator accounts (no codes, no secrets).
    List,
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

fn render_clock(c: &ClockCheck) -> String {
    let mark = match c.status {
        ClockStatus::Ok => "✓",
        ClockStatus::Drift => "!",
        ClockStatus::Unchecked => "?",
    };
    let mut out = format!("{mark} {}", c.message);
    if let Some(h) = &c.hint {
        out.push_str(&format!("\n  → {h}"));
    }
    out
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
        OtpCommand::List => {
            let entries = store.list().map_err(err)?;
            print(json, &entries, || render_list(&entries))
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
                return Err(input_err(
                    "nothing_to_change",
                    "Nothing to change: give --issuer or --name.",
                ));
            }
            let entry = store
                .rename(id, issuer.or(current.issuer), name.unwrap_or(current.name))
                .map_err(err)?;
            print(json, &entry, || {
                format!("Renamed account {}: {}", entry.number, entry.label)
            })
        }
        OtpCommand::Remove { account, yes } => {
            let id = store.resolve(&account).map_err(err)?;
            let entry = store.remove(id, yes).map_err(err)?;
            print(json, &entry, || {
                format!(
                    "Removed account {}: {}. Make sure the service no longer asks for its codes.",
                    entry.number, entry.label
                )
            })
        }
        OtpCommand::BackupCodes(command) => backup(json, &store, command),
        OtpCommand::Clock { server } => run_clock(json, server.as_deref()),
    }
}

#[derive(Serialize)]
struct CodeOutput {
    account: OtpEntry,
    unix_time: u64,
    code: OtpCode,
}

/// "123456" → "123 456"; "12345678" → "1234 5678"; Steam's 5 characters stay whole.
pub fn group(code: &str) -> String {
    let n = code.chars().count();
    if !code.chars().all(|c| c.is_ascii_digit()) || n < 6 {
        return code.to_string();
    }
    let split = match n {
        6 => 3,
        7 => 4,
        8 => 4,
        _ => n.div_ceil(2),
    };
    let (a, b) = code.split_at(split);
    format!("{a} {b}")
}

fn render_code(o: &CodeOutput) -> String {
    match o.account.kind {
        OtpKind::Hotp { counter } => format!(
            "{}: {}  (counter {counter}; `--next` for the next code)",
            o.account.label,
            group(&o.code.code)
        ),
        _ => {
            let remaining = o.code.seconds_remaining.unwrap_or(0);
            let mut out = format!(
                "{}: {}  (valid {remaining} s more)",
                o.account.label,
                group(&o.code.code)
            );
            if remaining <= 5 {
                out.push_str(&format!("\nNext: {}", group(&o.code.next_code)));
            }
            out
        }
    }
}

fn kind_text(e: &OtpEntry) -> String {
    match e.kind {
        OtpKind::Totp { period } => format!("TOTP {} digits, {period} s", e.digits),
        OtpKind::Hotp { counter } => format!("HOTP {} digits, counter {counter}", e.digits),
        OtpKind::Steam { period } => format!("Steam, {period} s"),
    }
}

fn render_list(entries: &[OtpEntry]) -> String {
    if entries.is_empty() {
        return "No authenticator accounts yet. Add one with: steward otp add 'otpauth://…' (or --qr FILE, --screen, --manual)".into();
    }
    let width = entries
        .iter()
        .map(|e| e.label.chars().count())
        .max()
        .unwrap_or(0)
        .min(40);
    let mut out = String::new();
    for e in entries {
        let mut line = format!(
            "{:>4}  {:<width$}  {}",
            e.number,
            e.label,
            kind_text(e),
            width = width
        );
        if e.backup_codes_total > 0 {
            line.push_str(&format!(
                "  · backup codes {}/{} left",
                e.backup_codes_unused, e.backup_codes_total
            ));
        }
        for w in &e.warnings {
            line.push_str(&format!("\n      ! {}", w.message()));
        }
        out.push_str(&line);
        out.push('\n');
    }
    out.trim_end().to_string()
}

fn render_add(r: &OtpAddReport) -> String {
    let mut out = String::new();
    if let Some(f) = r.format {
        out.push_str(&format!("Read as: {}\n", f.label()));
    }
    match r.added.len() {
        0 => out.push_str("No new accounts were added.\n"),
        1 => out.push_str("Added 1 account:\n"),
        n => out.push_str(&format!("Added {n} accounts:\n")),
    }
    for e in &r.added {
        out.push_str(&format!("{:>4}  {}\n", e.number, e.label));
    }
    if !r.duplicates.is_empty() {
        out.push_str(&format!(
            "Already there, not added again ({}):\n",
            r.duplicates.len()
        ));
        for d in &r.duplicates {
            out.push_str(&format!(
                "      {} (same as account {})\n",
                d.label, d.existing_number
            ));
        }
    }
    if !r.skipped.is_empty() {
        out.push_str(&format!("Skipped ({}):\n", r.skipped.len()));
        for s in &r.skipped {
            out.push_str(&format!("      {}: {}\n", s.label, s.reason));
        }
    }
    for w in &r.warnings {
        out.push_str(&format!("! {}: {}\n", w.label, w.message));
    }
    for n in &r.notes {
        out.push_str(&format!("· {n}\n"));
    }
    out.trim_end().to_string()
}

/// The most read from standard input for a link, a setup key or backup codes: a link is at most
/// a few kilobytes (a QR code holds under 3 KB), and an endless pipe must not fill the memory.
const MAX_STDIN_BYTES: u64 = 1024 * 1024;
/// The most read from a password file.
const MAX_PASSWORD_FILE_BYTES: u64 = 64 * 1024;

fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

/// Reads at most `max` bytes (and one more, to know there was more): `Ok(None)` when over.
fn read_capped(reader: impl Read, max: u64) -> std::io::Result<Option<Zeroizing<Vec<u8>>>> {
    let mut bytes = Zeroizing::new(Vec::new());
    reader.take(max + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

fn read_stdin_secret(what: &str) -> Result<Zeroizing<String>, ErrorInfo> {
    let unreadable = |detail: String| {
        input_err(
            "stdin_unreadable",
            format!("Could not read {what} from standard input: {detail}"),
        )
    };
    let bytes = read_capped(std::io::stdin().lock(), MAX_STDIN_BYTES)
        .map_err(|e| unreadable(e.to_string()))?
        .ok_or_else(|| {
            input_err(
                "stdin_too_large",
                format!(
                    "Standard input holds more than {} — too much for {what}, which is at most a few kilobytes. Pipe in only the link or the key.",
                    mib(MAX_STDIN_BYTES)
                ),
            )
        })?;
    let text =
        std::str::from_utf8(&bytes).map_err(|_| unreadable("it is not UTF-8 text".into()))?;
    Ok(Zeroizing::new(text.trim().to_string()))
}

fn prompt_hidden(prompt: &str) -> Result<Zeroizing<String>, ErrorInfo> {
    rpassword::prompt_password(prompt)
        .map(Zeroizing::new)
        .map_err(|e| input_err("prompt_failed", format!("Could not read the answer: {e}")))
}

fn add(store: &OtpStore<'_>, args: AddArgs) -> Result<OtpAddReport, ErrorInfo> {
    if let Some(link) = args.link {
        let link = Zeroizing::new(link);
        let link = if link.trim() == "-" {
            read_stdin_secret("the link")?
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
        Some(s) if s.trim() == "-" => read_stdin_secret("the setup key")?,
        Some(s) => Zeroizing::new(s),
        None if std::io::stdin().is_terminal() => prompt_hidden("Setup key (Base32): ")?,
        None => read_stdin_secret("the setup key")?,
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

fn read_password_file(path: &Path) -> Result<Zeroizing<String>, ErrorInfo> {
    let unreadable = |detail: String| {
        input_err(
            "password_file_unreadable",
            format!(
                "Could not read the password file {}: {detail}",
                path.display()
            ),
        )
    };
    let file = std::fs::File::open(path).map_err(|e| unreadable(e.to_string()))?;
    let bytes = read_capped(file, MAX_PASSWORD_FILE_BYTES)
        .map_err(|e| unreadable(e.to_string()))?
        .ok_or_else(|| {
            unreadable(format!(
                "it is larger than {} KiB, too large to be a password file",
                MAX_PASSWORD_FILE_BYTES / 1024
            ))
        })?;
    let text =
        std::str::from_utf8(&bytes).map_err(|_| unreadable("it is not UTF-8 text".into()))?;
    let pass = text
        .strip_suffix('\n')
        .map(|t| t.strip_suffix('\r').unwrap_or(t))
        .unwrap_or(text);
    Ok(Zeroizing::new(pass.to_string()))
}

fn import(
    store: &OtpStore<'_>,
    file: &Path,
    format: Option<&str>,
    password_file: Option<&Path>,
) -> Result<OtpAddReport, ErrorInfo> {
    let format = match format {
        Some(f) => Some(Format::parse(f).ok_or_else(|| {
            input_err(
                "unknown_format",
                format!(
                    "Unknown format \"{f}\"; use one of: {}.",
                    Format::ALL.map(|f| f.as_str()).join(", ")
                ),
            )
        })?),
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
            let pass = prompt_hidden(&format!("Password of the {name} export: "))?;
            store.import_bytes(&bytes, format, Some(&pass)).map_err(err)
        }
        other => other.map_err(err),
    }
}

/// Reads an import: at most [`qr::MAX_IMAGE_BYTES`] (a picture of a QR code may be that large;
/// text exports are held to `import::MAX_FILE_BYTES` by the core). The size is checked before
/// reading, and the read itself is capped too: a pipe or a device reports no size.
fn read_import_file(path: &Path) -> Result<Zeroizing<Vec<u8>>, ErrorInfo> {
    let io = |e: std::io::Error| {
        input_err(
            "file_unreadable",
            format!("Could not read {}: {e}", path.display()),
        )
    };
    let max = qr::MAX_IMAGE_BYTES as u64;
    let too_large = |size: u64| {
        err(OtpError::FileTooLarge {
            size: usize::try_from(size).unwrap_or(usize::MAX),
            max: max as usize,
        })
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > max {
        return Err(too_large(size));
    }
    read_capped(file, max).map_err(io)?.ok_or_else(|| {
        input_err(
            "file_too_large",
            format!(
                "{} is too large: it goes on past {} (Steward reads exports of up to that size).",
                path.display(),
                mib(max)
            ),
        )
    })
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
                None if std::io::stdin().is_terminal() => {
                    let first = prompt_hidden("Password for the export: ")?;
                    let second = prompt_hidden("Repeat the password: ")?;
                    if *first != *second {
                        return Err(input_err(
                            "passwords_differ",
                            "The two passwords differ; nothing was written. Try again.",
                        ));
                    }
                    first
                }
                None => {
                    return Err(input_err(
                        "password_required",
                        "An encrypted export needs a password: give --password-file FILE.",
                    ))
                }
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
                (None, _) => {
                    return Err(input_err(
                        "account_required",
                        "A QR code holds one account: choose it with --account NUMBER.",
                    ))
                }
            };
            let svg = store.qr_svg(id).map_err(err)?;
            (Zeroizing::new(svg.as_bytes().to_vec()), 1, "qr", false)
        }
    };
    write_export(out, &bytes).map_err(err)?;
    if !encrypted {
        eprintln!(
            "Warning: {} holds your authenticator secrets in the clear. Anyone who gets this file can make your codes. Delete it once you have used it; for a backup use --format aegis.",
            out.display()
        );
    }
    let o = ExportOutput {
        path: out.display().to_string(),
        format: format_name,
        accounts: count,
        encrypted,
    };
    print(json, &o, || {
        format!(
            "Wrote {} account{} to {}{}",
            count,
            if count == 1 { "" } else { "s" },
            o.path,
            if encrypted {
                " (encrypted; Aegis and Steward can import it with the password)"
            } else {
                ""
            }
        )
    })
}

fn backup(json: bool, store: &OtpStore<'_>, command: BackupCommand) -> Result<(), ErrorInfo> {
    match command {
        BackupCommand::Add { account, codes } => {
            let id = store.resolve(&account).map_err(err)?;
            let codes: Vec<String> = if codes.len() == 1 && codes[0] == "-" {
                vec![read_stdin_secret("the backup codes")?.to_string()]
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

fn render_backup(v: &BackupCodes) -> String {
    let mut out = format!(
        "{}: {} of {} backup code{} left",
        v.label,
        v.unused,
        v.total,
        if v.total == 1 { "" } else { "s" }
    );
    if v.codes.iter().any(|c| c.code.is_some()) {
        for c in &v.codes {
            let code = c.code.as_deref().unwrap_or("");
            match c.used_at {
                Some(t) => out.push_str(&format!(
                    "\n  {:>2}. {code}  (used {})",
                    c.position,
                    crate::local(t)
                )),
                None => out.push_str(&format!("\n  {:>2}. {code}", c.position)),
            }
        }
    }
    if let Some(w) = &v.warning {
        out.push_str(&format!("\n! {w}"));
    }
    out
}
