//! The errors the command line finds itself: its arguments, the files and standard input it
//! reads, the terminal it asks at, what it writes, and the verdict of `share verify`. Every code
//! the CLI mints is here with its message; any other error is the core's, passed on as the core
//! phrased it. All are the person's to fix (exit 1), but `signer_not_pinned` exits 3
//! (`output::exit_code`).

use steward::cases::AlertStepId;
use steward::error::{ErrorInfo, ErrorKind, UserFacing};
use steward::otp::import::Format;

/// Its words are in `locales/*/errors.ftl` under its code.
#[derive(Debug, thiserror::Error, serde::Serialize)]
#[error("{}", steward::error::words(self))]
pub enum CliError {
    // The command line.
    /// A command line clap refused, with `--json` (its first line).
    InvalidArguments {
        message: String,
    },
    NothingToChange {
        give: &'static str,
    },
    InvalidTime {
        option: &'static str,
        detail: String,
    },
    UnknownStep {
        given: String,
    },
    UnknownMethod {
        given: String,
    },
    UnknownImportFormat {
        given: String,
    },
    BadDate {
        given: String,
    },
    BadYesNo,
    BadAccess,
    CaseRequired,
    OutRequired {
        format: &'static str,
    },
    OptionRequired {
        option: &'static str,
    },
    TokenFileRequired,
    AccountRequired,
    PasswordRequired,

    // Files and standard input (`input`).
    Unreadable {
        file: NamedFile,
        path: String,
        detail: String,
    },
    TextFileTooLarge {
        file: NamedFile,
        path: String,
    },
    /// `--password-file` of an export holding more than [`NamedFile::max`].
    PasswordFileTooLarge {
        path: String,
    },
    CannotOpen {
        path: String,
        detail: String,
    },
    CannotRead {
        what: String,
        detail: String,
    },
    ImportGoesOn {
        path: String,
        #[serde(serialize_with = "mib_text")]
        max: u64,
    },
    ImageUnreadable {
        path: String,
        detail: String,
    },
    StdinUnreadable {
        what: String,
        detail: String,
    },
    StdinTooLarge {
        what: String,
        #[serde(serialize_with = "mib_text")]
        max: u64,
    },

    // The terminal and the output.
    PassphrasePrompt {
        detail: String,
    },
    PassphrasesDiffer,
    /// `steward profile unlock-with passphrase`: the two new passphrases differ.
    NewPassphrasesDiffer,
    /// `steward profile unlock-with passphrase` with no terminal and no --new-passphrase-file.
    NewPassphraseNeeded,
    Prompt {
        detail: String,
    },
    PasswordsDiffer,
    PrivacyIdeaPassword {
        detail: String,
    },
    Json {
        detail: String,
    },
    Output {
        detail: String,
    },
    /// Raw bytes to standard output (`case save-attachment … --out -`).
    Stdout {
        detail: String,
    },
    // `share key`: the key could not be read or written as OpenSSH.
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
            PasswordFileTooLarge { .. } => NamedFile::ExportPassword.code(),
            TextFileTooLarge { .. } | ImportGoesOn { .. } => "file_too_large",
            CannotOpen { .. } | CannotRead { .. } => "file_unreadable",
            ImageUnreadable { .. } => "image_unreadable",
            StdinUnreadable { .. } => "stdin_unreadable",
            StdinTooLarge { .. } => "stdin_too_large",
            PassphrasePrompt { .. } => "passphrase_prompt_failed",
            PassphrasesDiffer => "passphrases_differ",
            NewPassphrasesDiffer => "new_passphrases_differ",
            NewPassphraseNeeded => "new_passphrase_needed",
            Prompt { .. } => "prompt_failed",
            PasswordsDiffer => "passwords_differ",
            PrivacyIdeaPassword { .. } => "password_needed",
            Json { .. } => "json_failed",
            Output { .. } | Stdout { .. } => "output_failed",
        }
    }

    fn kind(&self) -> ErrorKind {
        ErrorKind::Input
    }

    fn args(&self) -> steward::i18n::Args {
        use CliError::*;
        let mut args = steward::i18n::args_of(self);
        let mut set = |k: &str, v: steward::i18n::Arg| {
            args.insert(k.to_string(), v);
        };
        // Codes the core uses too, or several of these: which words are this one's.
        match self {
            UnknownStep { .. } => set("steps", alert_steps().into()),
            UnknownImportFormat { .. } => {
                set("variant", "import".into());
                set("formats", import_formats().into());
            }
            PasswordRequired => set("variant", "export".into()),
            TextFileTooLarge { file, .. } => {
                set("variant", "text_file".into());
                set("max_kib", (file.max() / 1024).into());
            }
            PasswordFileTooLarge { .. } => {
                set("variant", "too_large".into());
                set("max_kib", (NamedFile::ExportPassword.max() / 1024).into());
            }
            ImportGoesOn { .. } => set("variant", "import".into()),
            CannotOpen { .. } => set("variant", "open".into()),
            CannotRead { .. } => set("variant", "named".into()),
            Stdout { .. } => set("variant", "stdout".into()),
            _ => {}
        }
        args
    }
}

impl From<CliError> for ErrorInfo {
    fn from(e: CliError) -> ErrorInfo {
        e.info()
    }
}

/// A small text file the person names on the command line, read whole by `input::text_file`.
/// In error arguments: `passphrase`, `privacy_idea_password`, `export_password`,
/// `backup_codes`, `token`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
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
            NamedFile::ExportPassword => CliError::PasswordFileTooLarge { path },
            _ => CliError::TextFileTooLarge { file: self, path },
        }
    }
}

/// "1.0 MiB".
pub fn mib(bytes: u64) -> String {
    format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
}

fn mib_text<S: serde::Serializer>(bytes: &u64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&mib(*bytes))
}

fn alert_steps() -> String {
    AlertStepId::ALL
        .map(|s| s.as_str().replace('_', "-"))
        .join(", ")
}

fn import_formats() -> String {
    Format::ALL.map(|f| f.as_str()).join(", ")
}
