//! The errors the command line finds itself: its arguments, the files and standard input it
//! reads, the terminal it asks at, what it writes, and the verdict of `share verify`. Every code
//! the CLI mints is here with its message; any other error is the core's, passed on as the core
//! phrased it. All are the person's to fix (exit 1), but `signer_not_pinned` exits 3
//! (`output::exit_code`).

use steward::cases::AlertStepId;
use steward::error::{ErrorInfo, ErrorKind, UserFacing};
use steward::otp::import::Format;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    // The command line.
    /// A command line clap refused, with `--json` (its first line).
    #[error("{message}")]
    InvalidArguments { message: String },
    #[error("Nothing to change: give {give}.")]
    NothingToChange { give: &'static str },
    #[error("{option}: {detail}")]
    InvalidTime {
        option: &'static str,
        detail: String,
    },
    #[error(
        "\"{given}\" is not a step of the checklist; use one of: {} (or 1–5).",
        alert_steps()
    )]
    UnknownStep { given: String },
    #[error("\"{given}\" is not a method; use passkey, security_key, totp, sms, call, email, custom_software or custom_hardware")]
    UnknownMethod { given: String },
    #[error("Unknown format \"{given}\"; use one of: {}.", import_formats())]
    UnknownImportFormat { given: String },
    #[error("\"{given}\" is not a date like 2026-12-31.")]
    BadDate { given: String },
    #[error("--still-happening takes yes or no.")]
    BadYesNo,
    #[error("--access takes app, web or both.")]
    BadAccess,
    #[error("Name at least one case.")]
    CaseRequired,
    #[error("Say where to write the {format} file with --out FILE.")]
    OutRequired { format: &'static str },
    #[error("Give {option}.")]
    OptionRequired { option: &'static str },
    #[error("Give the token file.")]
    TokenFileRequired,
    #[error("A QR code holds one account: choose it with --account NUMBER.")]
    AccountRequired,
    #[error("An encrypted export needs a password: give --password-file FILE.")]
    PasswordRequired,

    // Files and standard input (`input`).
    #[error("Could not read {} {path}: {detail}", .file.label())]
    Unreadable {
        file: NamedFile,
        path: String,
        detail: String,
    },
    #[error("{path} holds more than {} KiB, too much for {}. Give a file holding only that.", .file.max() / 1024, .file.label())]
    TextFileTooLarge { file: NamedFile, path: String },
    #[error("Could not open {path}: {detail}")]
    CannotOpen { path: String, detail: String },
    #[error("Could not read {what}: {detail}")]
    CannotRead { what: String, detail: String },
    #[error("{path} is too large: it goes on past {} (Steward reads exports of up to that size).", mib(*.max))]
    ImportGoesOn { path: String, max: u64 },
    #[error("Could not read {path}: {detail}")]
    ImageUnreadable { path: String, detail: String },
    #[error("Could not read {what} from standard input: {detail}")]
    StdinUnreadable { what: String, detail: String },
    #[error("Standard input holds more than {} — too much for {what}, which is at most a few kilobytes. Pipe in only the link or the key.", mib(*.max))]
    StdinTooLarge { what: String, max: u64 },
    #[error("Could not create {path}: {detail}")]
    CannotCreate { path: String, detail: String },
    #[error("Could not write {path}: {detail}")]
    CannotWrite { path: String, detail: String },

    // The terminal and the output.
    #[error("Could not read the passphrase: {detail}")]
    PassphrasePrompt { detail: String },
    #[error("The two passphrases differ; nothing was created. Try again.")]
    PassphrasesDiffer,
    #[error("Could not read the answer: {detail}")]
    Prompt { detail: String },
    #[error("The two passwords differ; nothing was written. Try again.")]
    PasswordsDiffer,
    #[error("The privacyIDEA password is needed: {detail}. Use --password-file.")]
    PrivacyIdeaPassword { detail: String },
    #[error("{detail}")]
    Json { detail: String },
    #[error("Could not write the output: {detail}")]
    Output { detail: String },
    /// Raw bytes to standard output (`case save-attachment … --out -`).
    #[error("Could not write: {detail}")]
    Stdout { detail: String },

    // `share key`: the key could not be read or written as OpenSSH.
    #[error("{detail}")]
    KeyUnreadable { detail: String },
}

impl UserFacing for CliError {
    fn code(&self) -> &'static str {
        use CliError::*;
        match self {
            InvalidArguments { .. } => "invalid_arguments",
            NothingToChange { .. } => "nothing_to_change",
            InvalidTime { .. } => "invalid_time",
            UnknownStep { .. } => "unknown_step",
            UnknownMethod { .. } => "unknown_method",
            UnknownImportFormat { .. } => "unknown_format",
            BadDate { .. } => "bad_date",
            BadYesNo => "bad_yes_no",
            BadAccess => "bad_access",
            CaseRequired => "case_required",
            OutRequired { .. } => "out_required",
            OptionRequired { .. } => "option_required",
            TokenFileRequired => "token_file_required",
            AccountRequired => "account_required",
            PasswordRequired => "password_required",
            Unreadable { file, .. } => file.code(),
            TextFileTooLarge { .. } | ImportGoesOn { .. } => "file_too_large",
            CannotOpen { .. } | CannotRead { .. } => "file_unreadable",
            ImageUnreadable { .. } => "image_unreadable",
            StdinUnreadable { .. } => "stdin_unreadable",
            StdinTooLarge { .. } => "stdin_too_large",
            CannotCreate { .. } | CannotWrite { .. } => "file_unwritable",
            PassphrasePrompt { .. } => "passphrase_prompt_failed",
            PassphrasesDiffer => "passphrases_differ",
            Prompt { .. } => "prompt_failed",
            PasswordsDiffer => "passwords_differ",
            PrivacyIdeaPassword { .. } => "password_needed",
            Json { .. } => "json_failed",
            Output { .. } | Stdout { .. } => "output_failed",
            KeyUnreadable { .. } => "key_unreadable",
        }
    }

    fn kind(&self) -> ErrorKind {
        ErrorKind::Input
    }

    fn hint(&self) -> Option<String> {
        match self {
            CliError::InvalidArguments { .. } => {
                Some("Run the command with --help to see what it takes.".into())
            }
            _ => None,
        }
    }
}

impl From<CliError> for ErrorInfo {
    fn from(e: CliError) -> ErrorInfo {
        e.info()
    }
}

/// A small text file the person names on the command line, read whole by `input::text_file`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamedFile {
    /// `--passphrase-file`: the profile's passphrase.
    Passphrase,
    /// `enrol --password-file`: the privacyIDEA password.
    PrivacyIdeaPassword,
    /// `otp import|export --password-file`: an export's password. Too large, it is "unreadable"
    /// (`password_file_unreadable`), where the others say `file_too_large`: the two were
    /// written apart, and their codes are kept.
    ExportPassword,
    /// `enrol backup-codes --file`: one code per line.
    BackupCodes,
    /// `share send --rt-token-file|--zendesk-token-file`.
    Token,
}

impl NamedFile {
    /// The most read of it.
    pub fn max(self) -> u64 {
        match self {
            NamedFile::BackupCodes => 1024 * 1024,
            _ => 64 * 1024,
        }
    }

    /// "the passphrase file", in messages.
    pub fn label(self) -> &'static str {
        match self {
            NamedFile::Passphrase => "the passphrase file",
            NamedFile::PrivacyIdeaPassword | NamedFile::ExportPassword => "the password file",
            NamedFile::BackupCodes => "the backup codes file",
            NamedFile::Token => "the token file",
        }
    }

    fn code(self) -> &'static str {
        match self {
            NamedFile::Passphrase => "passphrase_file_unreadable",
            NamedFile::PrivacyIdeaPassword | NamedFile::ExportPassword => {
                "password_file_unreadable"
            }
            NamedFile::BackupCodes => "codes_file_unreadable",
            NamedFile::Token => "token_file_unreadable",
        }
    }

    /// The error for a file holding more than [`NamedFile::max`].
    pub fn too_large(self, path: String) -> CliError {
        match self {
            NamedFile::ExportPassword => CliError::Unreadable {
                file: self,
                path,
                detail: format!(
                    "it is larger than {} KiB, too large to be a password file",
                    self.max() / 1024
                ),
            },
            _ => CliError::TextFileTooLarge { file: self, path },
        }
    }
}

/// "1.0 MiB".
pub fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

fn alert_steps() -> String {
    AlertStepId::ALL
        .map(|s| s.as_str().replace('_', "-"))
        .join(", ")
}

fn import_formats() -> String {
    Format::ALL.map(|f| f.as_str()).join(", ")
}
