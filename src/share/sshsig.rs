//! OpenSSH signatures (SSHSIG) over every file Steward hands over, so the people who receive
//! them — support agents without Steward — can check them with a tool they already have:
//!
//! ```text
//! ssh-keygen -Y verify -f allowed_signers -I steward-<key id> -n steward-case@steward \
//!     -s case-3.pdf.sig < case-3.pdf
//! ```
//!
//! Trust is anchored outside the file: a valid signature only counts as the customer's when its
//! key matches one the reader pinned (an `allowed_signers` file, a public key line or a
//! `SHA256:` fingerprint the customer gave them earlier). Uses the `ssh-key` crate's SshSig.

use ssh_key::private::{Ed25519Keypair, PrivateKey};
use ssh_key::public::{Ed25519PublicKey, KeyData, PublicKey};
use ssh_key::{HashAlg, LineEnding, SshSig};

use super::error::ShareError;
use super::key::ShareKey;

/// The SSHSIG namespace of Steward's file signatures (`ssh-keygen -n`).
pub const NAMESPACE: &str = "steward-case@steward";

/// The media type a `.sig` travels as when attached (the `.eml` draft, helpdesk uploads):
/// opaque bytes, so that no mail client, gateway or helpdesk treats the armored text as text
/// and rewrites its line endings — `ssh-keygen -Y verify` refuses a `.sig` with CRLF endings
/// ("Couldn't parse signature: missing header"). In e-mail it goes base64.
pub const SIG_MEDIA_TYPE: &str = "application/octet-stream";

fn ssh_err(e: ssh_key::Error) -> ShareError {
    ShareError::Internal(format!("SSH signature: {e}"))
}

/// Everything a reader needs to pin the customer's signing key, in one place for every front
/// (`steward share key`, the window's "Your signing key"). Public: nothing here is secret.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct PublicKeyCard {
    pub key_id: String,
    /// The raw Ed25519 public key, hex.
    pub public_key: String,
    /// `SHA256:…`, to read out over the phone.
    pub fingerprint: String,
    /// `ssh-ed25519 AAAA…`.
    pub openssh: String,
    /// A line for the reader's `allowed_signers` file.
    pub allowed_signers: String,
}

impl ShareKey {
    /// The public half of the key, in every form a reader may ask for.
    pub fn public_card(&self) -> Result<PublicKeyCard, ShareError> {
        Ok(PublicKeyCard {
            key_id: self.key_id(),
            public_key: self.public_hex(),
            fingerprint: self.fingerprint(),
            openssh: self.ssh_public().to_openssh().map_err(ssh_err)?,
            allowed_signers: self.allowed_signers_line()?,
        })
    }

    fn ssh_private(&self) -> PrivateKey {
        PrivateKey::from(Ed25519Keypair::from_seed(&self.seed_bytes()))
    }

    /// The public key as an OpenSSH key (`ssh-ed25519 AAAA…`).
    pub fn ssh_public(&self) -> PublicKey {
        self.ssh_private().public_key().clone()
    }

    /// `SHA256:…`, as `ssh-keygen -l` prints it: what the customer reads out or writes down.
    pub fn fingerprint(&self) -> String {
        self.ssh_public().fingerprint(HashAlg::Sha256).to_string()
    }

    /// The principal the signatures name in `allowed_signers` (`ssh-keygen -I`).
    pub fn principal(&self) -> String {
        format!("steward-{}", self.key_id())
    }

    /// One `allowed_signers` line for this key, limited to Steward's namespace.
    pub fn allowed_signers_line(&self) -> Result<String, ShareError> {
        Ok(format!(
            "{} namespaces=\"{NAMESPACE}\" {}",
            self.principal(),
            self.ssh_public().to_openssh().map_err(ssh_err)?
        ))
    }

    /// The armored SSHSIG (`-----BEGIN SSH SIGNATURE-----`) over `bytes`.
    pub fn ssh_sign(&self, bytes: &[u8]) -> Result<String, ShareError> {
        self.ssh_private()
            .sign(NAMESPACE, HashAlg::Sha512, bytes)
            .and_then(|s| s.to_pem(LineEnding::LF))
            .map_err(ssh_err)
    }

    /// The one command line that checks `file` (with `file.sig` next to it).
    pub fn check_command(&self, file: &str) -> String {
        format!(
            "ssh-keygen -Y verify -f allowed_signers -I {} -n {NAMESPACE} -s {file}.sig < {file}",
            self.principal()
        )
    }
}

/// The `SHA256:` fingerprint of a raw Ed25519 public key (hex), as `ssh-keygen -l` prints it.
pub fn fingerprint_of_raw(public_hex: &str) -> Option<String> {
    let bytes = <[u8; 32]>::try_from(hex::decode(public_hex).ok()?.as_slice()).ok()?;
    let key = PublicKey::from(KeyData::Ed25519(Ed25519PublicKey(bytes)));
    Some(key.fingerprint(HashAlg::Sha256).to_string())
}

/// Whether `text` is an armored SSH signature.
pub fn is_sshsig(text: &[u8]) -> bool {
    text.trim_ascii_start()
        .starts_with(b"-----BEGIN SSH SIGNATURE-----")
}

/// What an SSH signature says about `bytes`: valid or not, and the signer's fingerprint.
pub struct SshCheck {
    pub valid: bool,
    pub fingerprint: Option<String>,
}

pub fn check_sshsig(bytes: &[u8], armored: &[u8]) -> SshCheck {
    let Ok(sig) = SshSig::from_pem(armored) else {
        return SshCheck {
            valid: false,
            fingerprint: None,
        };
    };
    let key = PublicKey::from(sig.public_key().clone());
    SshCheck {
        valid: sig.namespace() == NAMESPACE && key.verify(NAMESPACE, bytes, &sig).is_ok(),
        fingerprint: Some(key.fingerprint(HashAlg::Sha256).to_string()),
    }
}

/// The keys a reader pinned: fingerprints read from `allowed_signers` lines, OpenSSH public
/// key lines, `SHA256:` fingerprints, or a file holding any of those (one a line).
pub fn pinned_fingerprints(spec: &str) -> Result<Vec<String>, ShareError> {
    let text = if std::path::Path::new(spec.trim()).is_file() {
        std::fs::read_to_string(spec.trim()).map_err(|e| ShareError::Read {
            path: spec.trim().into(),
            detail: e.to_string(),
        })?
    } else {
        spec.to_string()
    };
    let mut out = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(fp) = line.split_whitespace().find(|w| w.starts_with("SHA256:")) {
            out.push(fp.to_string());
            continue;
        }
        // `ssh-ed25519 AAAA… [comment]`, possibly after a principal and options
        // (allowed_signers).
        let words: Vec<&str> = line.split_whitespace().collect();
        let found = words.windows(2).find_map(|w| {
            w[0].starts_with("ssh-")
                .then(|| PublicKey::from_openssh(&format!("{} {}", w[0], w[1])).ok())
                .flatten()
        });
        match found {
            Some(key) => out.push(key.fingerprint(HashAlg::Sha256).to_string()),
            None => {
                return Err(ShareError::BadSigner(line.chars().take(60).collect()));
            }
        }
    }
    if out.is_empty() {
        return Err(ShareError::BadSigner(spec.chars().take(60).collect()));
    }
    Ok(out)
}
