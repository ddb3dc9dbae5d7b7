//! Opening the profile from the command line (the passphrase from a file, or asked for at the
//! terminal when one is needed), and `steward status`.

use std::io::IsTerminal;
use std::path::Path;

use steward::error::{ErrorInfo, UserFacing};
use steward::profile::{Profile, ProfileError, ProfileState, Unlock};
use zeroize::Zeroizing;

use crate::app::Cli;
use crate::error::{CliError, NamedFile};
use crate::input;
use crate::output::{padded, print};

/// Opens the profile; asks for the passphrase on the terminal when one is needed and none was given.
pub fn open(cli: &Cli, dir: &Path) -> Result<Profile, ErrorInfo> {
    let mut unlock = Unlock {
        passphrase: match &cli.passphrase_file {
            Some(path) => Some(read_passphrase_file(path)?),
            None => None,
        },
        no_keyring: cli.no_keyring,
    };
    match Profile::open(dir, &unlock) {
        Err(ProfileError::PassphraseRequired { new_profile })
            if unlock.passphrase.is_none() && std::io::stdin().is_terminal() =>
        {
            unlock.passphrase = Some(ask_passphrase(new_profile)?);
            Profile::open(dir, &unlock).map_err(|e| e.info())
        }
        other => other.map_err(|e| e.info()),
    }
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
