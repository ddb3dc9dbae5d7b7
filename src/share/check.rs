//! "How to check this file": the one text that tells whoever receives a file how to check it
//! without Steward, and the pointer other places in a file use instead of repeating it.

use super::brief::Section;
use super::error::ShareError;
use super::key::ShareKey;

/// The heading of the section that says how to check a file ([`check_section`]); other places
/// in a file point to it by this name.
pub const CHECK_HEADING: &str = "How to check this file";

/// What a page footer or a file's last lines say instead of repeating the commands: where the
/// check section is (`place`, e.g. "in the brief", "on page 1"), and that OpenSSH is enough.
pub fn check_pointer(place: &str) -> String {
    format!("Check it with ssh-keygen, no Steward needed: see “{CHECK_HEADING}” {place}.")
}

/// "How to check this file": the signing key's fingerprint, its `allowed_signers` line and the
/// one `ssh-keygen` command, then `steward share verify` as the second way, so whoever receives
/// a file can check it without Steward and pin the key on first contact. The one text of it:
/// briefs, PDFs, `.eml` drafts and helpdesk tickets all take it from here.
pub fn check_section(key: &ShareKey, file: Option<&str>) -> Result<Section, ShareError> {
    let file = file.unwrap_or("FILE");
    Ok(Section {
        heading: CHECK_HEADING.into(),
        lines: vec![
            format!(
                "Signed with the customer's Steward key {} (principal {}). Keep this fingerprint: later files from this customer must show the same one.",
                key.fingerprint(),
                key.principal()
            ),
            format!(
                "allowed_signers line: {}",
                key.allowed_signers_line()?
            ),
            format!(
                "Check with OpenSSH (Linux, macOS, Windows 10+): {}",
                key.check_command(file)
            ),
            format!("Or, where Steward is installed: steward share verify {file} --signer allowed_signers"),
            "A PDF also carries a PDF signature (PAdES) that PDF viewers and poppler's pdfsig check: its certificate is self-signed, names the same fingerprint and is the same in every file from this customer, so a viewer shows the signature as valid and the certificate's issuer as unknown or not trusted — trust comes from the fingerprint.".into(),
        ],
    })
}
