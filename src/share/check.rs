//! "How to check this file": the one text that tells whoever receives a file how to check it
//! without Steward, and the pointer other places in a file use instead of repeating it.

use super::brief::Section;
use super::error::ShareError;
use super::key::ShareKey;
use crate::t;

/// The heading of the section that says how to check a file ([`check_section`]), in English;
/// other places in a file point to it by its name ([`check_heading`]).
pub const CHECK_HEADING: &str = "How to check this file";

/// The heading of the check section in the current language.
pub fn check_heading() -> String {
    t!("share-check-heading")
}

/// What a page footer or a file's last lines say instead of repeating the commands: where the
/// check section is (`place`, e.g. "above", "on page 1"), and that OpenSSH is enough.
pub fn check_pointer(place: &str) -> String {
    t!(
        "share-check-pointer",
        heading = check_heading(),
        place = place
    )
}

/// "How to check this file": the signing key's fingerprint, its `allowed_signers` line and the
/// one `ssh-keygen` command, then `steward share verify` as the second way, so whoever receives
/// a file can check it without Steward and pin the key on first contact. The one text of it:
/// briefs, PDFs, `.eml` drafts and helpdesk tickets all take it from here.
pub fn check_section(key: &ShareKey, file: Option<&str>) -> Result<Section, ShareError> {
    let file = file.unwrap_or("FILE");
    Ok(Section {
        heading: check_heading(),
        lines: vec![
            t!(
                "share-check-signed",
                fingerprint = key.fingerprint(),
                principal = key.principal()
            ),
            t!(
                "share-check-allowed-signers",
                line = key.allowed_signers_line()?
            ),
            t!("share-check-openssh", command = key.check_command(file)),
            t!("share-check-steward", file = file),
            t!("share-check-pdf"),
        ],
    })
}
