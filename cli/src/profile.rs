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
use crate::output::print;

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
        return input::ask_hidden("Steward passphrase: ").map_err(failed);
    }
    eprintln!("No system keyring is available. Choose a passphrase to protect your Steward data.");
    input::ask_hidden_twice(
        "New passphrase: ",
        "Repeat passphrase: ",
        failed,
        CliError::PassphrasesDiffer,
    )
}

/// `steward status`: where the data is and how it is protected; opens nothing.
pub fn status(json: bool, dir: &Path) -> Result<(), ErrorInfo> {
    let status = Profile::inspect(dir).map_err(|e| e.info())?;
    print(json, &status, || {
        let how = match status.state {
            ProfileState::New => "no profile yet (one is created on first use)",
            ProfileState::Keyring => "encrypted; key in the system keyring",
            ProfileState::Passphrase => "encrypted; key from your passphrase",
        };
        format!(
            "Data directory: {}\nProtection:     {how}\nSystem keyring: {}",
            status.data_dir,
            if status.keyring_available {
                "available"
            } else {
                "not available"
            }
        )
    })
}
