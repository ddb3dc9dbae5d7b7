//! One canonical `otpauth://` link per line (see `otp::uri::to_uri`).

use zeroize::Zeroizing;

use super::{ExportFormat, Exporter};
use crate::otp::error::OtpError;
use crate::otp::model::OtpAccount;
use crate::otp::uri;

pub(crate) struct OtpauthList;

impl Exporter for OtpauthList {
    fn format(&self) -> ExportFormat {
        ExportFormat::OtpauthList
    }

    fn name(&self) -> &'static str {
        "otpauth link list"
    }

    fn extension(&self) -> &'static str {
        "txt"
    }

    fn is_plaintext(&self) -> bool {
        true
    }

    fn export(
        &self,
        accounts: &[OtpAccount],
        _password: Option<&str>,
    ) -> Result<Zeroizing<Vec<u8>>, OtpError> {
        export_otpauth_list(accounts)
    }
}

pub fn export_otpauth_list(accounts: &[OtpAccount]) -> Result<Zeroizing<Vec<u8>>, OtpError> {
    if accounts.is_empty() {
        return Err(OtpError::NothingToExport);
    }
    let links: Vec<Zeroizing<String>> = accounts.iter().map(uri::to_uri).collect();
    // Sized up front so the buffer holding secrets is never reallocated (and copied).
    let mut out = Zeroizing::new(Vec::with_capacity(links.iter().map(|l| l.len() + 1).sum()));
    for link in &links {
        out.extend_from_slice(link.as_bytes());
        out.push(b'\n');
    }
    Ok(out)
}
