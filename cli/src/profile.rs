//! Opening the profile from the command line (the passphrase from a file, or asked for at the
//! terminal when one is needed), and `steward status`.

use std::io::IsTerminal;
use std::path::Path;

use steward::error::{ErrorInfo, UserFacing};
use steward::profile::{Profile, ProfileError, ProfileState, Unlock, UnlockChange, UnlockWith};
use zeroize::Zeroizing;

use crate::app::Cli;
use crate::error::{CliError, NamedFile};
use crate::input;
use crate::output::{padded, print};

/// Opens the profile; asks for the passphrase on the terminal when one is needed and none was given.
pub fn open(cli: &Cli, dir: &Path) -> Result<Profile, ErrorInfo> {
    open_keeping_passphrase(cli, dir).map(|(profile, _)| profile)
}

/// [`open`], keeping the passphrase that opened it (`None` for a keyring profile).
fn open_keeping_passphrase(
    cli: &Cli,
    dir: &Path,
) -> Result<(Profile, Option<Zeroizing<String>>), ErrorInfo> {
    let mut unlock = Unlock {
        passphrase: match &cli.passphrase_file {
            Some(path) => Some(read_passphrase_file(path)?),
            None => None,
        },
        no_keyring: cli.no_keyring,
    };
    let profile = match Profile::open(dir, &unlock) {
        Err(ProfileError::PassphraseRequired { new_profile })
            if unlock.passphrase.is_none() && std::io::stdin().is_terminal() =>
        {
            unlock.passphrase = Some(ask_passphrase(new_profile)?);
            Profile::open(dir, &unlock).map_err(|e| e.info())
        }
        other => other.map_err(|e| e.info()),
    }?;
    Ok((profile, unlock.passphrase))
}

/// `steward profile …`: how this profile is unlocked.
#[derive(Debug, clap::Subcommand)]
pub enum ProfileCommand {
    /// Change how this profile is unlocked: with a passphrase (also to choose a new one) or with the system keyring
    UnlockWith {
        /// passphrase or keyring
        method: UnlockMethod,
        /// A file holding the new passphrase (else it is asked twice at the terminal)
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: Option<std::path::PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum UnlockMethod {
    Passphrase,
    Keyring,
}

/// `steward profile unlock-with passphrase|keyring`: the core does the change
/// ([`Profile::change_unlock`]); here only the passphrases are read.
pub fn run(cli: &Cli, dir: &Path, command: &ProfileCommand) -> Result<(), ErrorInfo> {
    let ProfileCommand::UnlockWith {
        method,
        new_passphrase_file,
    } = command;
    let (mut profile, current) = open_keeping_passphrase(cli, dir)?;
    let to = match method {
        UnlockMethod::Keyring => UnlockWith::Keyring,
        UnlockMethod::Passphrase => UnlockWith::Passphrase(match new_passphrase_file {
            Some(path) => read_passphrase_file(path)?,
            None if std::io::stdin().is_terminal() => input::ask_hidden_twice(
                &format!("{} ", steward::t!("cli-profile-new-passphrase")),
                &format!("{} ", steward::t!("cli-profile-repeat-passphrase")),
                |e| CliError::PassphrasePrompt {
                    detail: e.to_string(),
                },
                CliError::NewPassphrasesDiffer,
            )?,
            None => return Err(CliError::NewPassphraseNeeded.info()),
        }),
    };
    let changed = profile
        .change_unlock(UnlockChange { current, to })
        .map_err(|e| e.info())?;
    print(cli.json, &changed, || {
        let accounts = changed.otp_accounts;
        match changed.status.state {
            ProfileState::Keyring => {
                steward::t!("cli-profile-unlock-now-keyring", accounts = accounts)
            }
            _ => steward::t!("cli-profile-unlock-now-passphrase", accounts = accounts),
        }
    })
}

/// The passphrase exactly as in the file, but for the one line break `echo` adds.
fn read_passphrase_file(path: &Path) -> Result<Zeroizing<String>, CliError> {
    let text = input::text_file(path, NamedFile::Passphrase)?;
    Ok(Zeroizing::new(
        input::without_final_newline(&text).to_string(),
    ))
}

fn ask_passphrase(new_profile: bool) -> Result<Zeroizing<String>, CliError> {
    let failed = |e: std::io::Error| CliError::PassphrasePrompt {
        detail: e.to_string(),
    };
    if !new_profile {
        return input::ask_hidden(&format!("{} ", steward::t!("cli-profile-ask-passphrase")))
            .map_err(failed);
    }
    eprintln!("{}", steward::t!("cli-profile-no-keyring"));
    input::ask_hidden_twice(
        &format!("{} ", steward::t!("cli-profile-new-passphrase")),
        &format!("{} ", steward::t!("cli-profile-repeat-passphrase")),
        failed,
        CliError::PassphrasesDiffer,
    )
}

/// `steward status`: where the data is and how it is protected; opens nothing.
pub fn status(json: bool, dir: &Path) -> Result<(), ErrorInfo> {
    let status = Profile::inspect(dir).map_err(|e| e.info())?;
    print(json, &status, || {
        let how = match status.state {
            ProfileState::New => steward::t!("cli-status-state-new"),
            ProfileState::Keyring => steward::t!("cli-status-state-keyring"),
            ProfileState::Passphrase => steward::t!("cli-status-state-passphrase"),
        };
        let [data_dir, protection, keyring] = padded([
            steward::t!("cli-status-data-dir"),
            steward::t!("cli-status-protection"),
            steward::t!("cli-status-keyring"),
        ]);
        let available = if status.keyring_available {
            steward::t!("cli-status-keyring-available")
        } else {
            steward::t!("cli-status-keyring-unavailable")
        };
        format!(
            "{data_dir}{}\n{protection}{how}\n{keyring}{available}",
            status.data_dir
        )
    })
}
