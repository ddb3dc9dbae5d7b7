//! Signed exports, and checking them. With the profile's Ed25519 key (`key.rs`) an export
//! carries the case's event-chain head and a signature over
//! `"steward-share-v1\0" ‖ JSON(signed fields of the block) ‖ "\0" ‖ content bytes`.
//!
//! Where this block lives (what the file is about, case id and chain head):
//! - **JSON**: inside, as `signature` next to `export`; the content bytes are `export`
//!   re-serialised compactly (field order is fixed by the schema, so this is canonical).
//! - **Markdown, HTML**: a trailing comment `<!-- steward-signature {…} -->`; the content bytes
//!   are everything before it. Both formats render the comment invisibly.
//!
//! Every file also gets an OpenSSH signature `FILE.sig` over its whole bytes (`sshsig.rs`),
//! which is what readers without Steward check. A `FILE.sig` holding this block as JSON (PDF,
//! .eml, .ics and brief text before OpenSSH signatures) still verifies.

use base64::Engine as _;
use ed25519_dalek::{Signature, Signer, VerifyingKey};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::error::ShareError;
pub use super::key::{key_id, ShareKey};
pub use super::model::SignatureBlock;
use super::model::{SignedCaseCollection, SignedExport};
use super::sshsig;
use crate::t;

const DOMAIN: &[u8] = b"steward-share-v1\0";
pub const TRAILER_MARK: &str = "\n<!-- steward-signature ";
const TRAILER_END: &str = " -->\n";

/// The fields of a block the signature covers (everything but the signature).
#[derive(Serialize)]
struct Signed<'a> {
    v: u32,
    alg: &'a str,
    public_key: &'a str,
    key_id: &'a str,
    case_id: &'a str,
    chain_head: &'a str,
    signed_at: &'a str,
    format: &'a str,
}

fn message(block: &SignatureBlock, content: &[u8]) -> Result<Vec<u8>, ShareError> {
    let signed = Signed {
        v: block.v,
        alg: &block.alg,
        public_key: &block.public_key,
        key_id: &block.key_id,
        case_id: &block.case_id,
        chain_head: &block.chain_head,
        signed_at: &block.signed_at,
        format: &block.format,
    };
    let mut m = DOMAIN.to_vec();
    m.extend(serde_json::to_vec(&signed).map_err(|e| ShareError::Internal(e.to_string()))?);
    m.push(0);
    m.extend_from_slice(content);
    Ok(m)
}

impl ShareKey {
    /// Steward's signature block over `content`, naming what the file is about.
    pub fn sign(
        &self,
        content: &[u8],
        case_id: &str,
        chain_head: &str,
        signed_at: &str,
        format: &str,
    ) -> Result<SignatureBlock, ShareError> {
        let mut block = SignatureBlock {
            v: 1,
            alg: "Ed25519".into(),
            public_key: self.public_hex(),
            key_id: self.key_id(),
            case_id: case_id.into(),
            chain_head: chain_head.into(),
            signed_at: signed_at.into(),
            format: format.into(),
            signature: String::new(),
        };
        let sig = self.signing_key().sign(&message(&block, content)?);
        block.signature = base64::engine::general_purpose::STANDARD.encode(sig.to_bytes());
        Ok(block)
    }
}

/// The verdict on a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "ShareVerdict")]
pub enum Verdict {
    /// The signature holds, by a key the reader pinned (or the reader's own).
    Intact,
    /// The signature holds, but nothing says whose key it is: compare the fingerprint with the
    /// one the customer gave before, or check against a pinned key.
    Unpinned,
    /// The signature holds but was made by another key than the one pinned: someone re-signed.
    WrongSigner,
    /// A signature is there but does not match the content (or is malformed).
    Tampered,
    /// No signature was found.
    Unsigned,
}

impl Verdict {
    /// What a verdict other than [`Verdict::Intact`] means for whoever asked, as an error with
    /// a stable code (the CLI's exit status; a script's `--json` reader); `None` when intact.
    pub fn failure(self) -> Option<VerifyFailure> {
        match self {
            Verdict::Intact => None,
            Verdict::Unpinned => Some(VerifyFailure::NotPinned),
            Verdict::WrongSigner => Some(VerifyFailure::WrongSigner),
            Verdict::Tampered => Some(VerifyFailure::Tampered),
            Verdict::Unsigned => Some(VerifyFailure::Unsigned),
        }
    }
}

/// A check that did not end "intact" (see [`Verdict::failure`]). Its words are in
/// `locales/*/errors.ftl` under its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum VerifyFailure {
    Tampered,
    Unsigned,
    WrongSigner,
    /// Valid, but nobody said whose key it is.
    NotPinned,
}

impl crate::error::UserFacing for VerifyFailure {
    fn code(&self) -> &'static str {
        match self {
            VerifyFailure::Tampered => "export_tampered",
            VerifyFailure::Unsigned => "export_unsigned",
            VerifyFailure::WrongSigner => "export_wrong_signer",
            VerifyFailure::NotPinned => "signer_not_pinned",
        }
    }

    fn kind(&self) -> crate::error::ErrorKind {
        crate::error::ErrorKind::Input
    }

    fn args(&self) -> crate::i18n::Args {
        crate::i18n::args_of(self)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "ShareVerification")]
pub struct Verification {
    pub verdict: Verdict,
    /// Where the signature was: `embedded`, `detached` or `none`.
    pub signature_location: String,
    pub public_key: Option<String>,
    pub key_id: Option<String>,
    /// Whether the key is this profile's own (when a profile was open to compare with).
    pub own_key: Option<bool>,
    /// The signer's key as `ssh-keygen -l` prints it (`SHA256:…`).
    pub fingerprint: Option<String>,
    pub case_id: Option<String>,
    pub chain_head: Option<String>,
    pub signed_at: Option<String>,
    pub format: Option<String>,
    pub message: String,
}

/// Checks `block` over `content`.
pub fn check(block: &SignatureBlock, content: &[u8]) -> bool {
    let Ok(pk) = hex::decode(&block.public_key) else {
        return false;
    };
    let Ok(pk) = <[u8; 32]>::try_from(pk.as_slice()) else {
        return false;
    };
    let Ok(vk) = VerifyingKey::from_bytes(&pk) else {
        return false;
    };
    let Ok(sig) = base64::engine::general_purpose::STANDARD.decode(&block.signature) else {
        return false;
    };
    let Ok(sig) = <[u8; 64]>::try_from(sig.as_slice()) else {
        return false;
    };
    let Ok(msg) = message(block, content) else {
        return false;
    };
    block.alg == "Ed25519"
        && block.key_id == key_id(&pk)
        && vk.verify_strict(&msg, &Signature::from_bytes(&sig)).is_ok()
}

/// Appends a trailing signature comment (Markdown, HTML).
pub fn append_trailer(content: &mut Vec<u8>, block: &SignatureBlock) -> Result<(), ShareError> {
    content.extend_from_slice(TRAILER_MARK.as_bytes());
    // `--` cannot occur in the JSON of a block (hex, base64, RFC 3339, short names), so the
    // comment cannot be closed early.
    content.extend(serde_json::to_vec(block).map_err(|e| ShareError::Internal(e.to_string()))?);
    content.extend_from_slice(TRAILER_END.as_bytes());
    Ok(())
}

/// `path` with `suffix` appended to its name (`case.pdf` → `case.pdf.sig`).
pub fn beside(path: &std::path::Path, suffix: &str) -> std::path::PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    std::path::PathBuf::from(s)
}

/// The detached signature file next to `path`.
pub fn sig_path(path: &std::path::Path) -> std::path::PathBuf {
    beside(path, ".sig")
}

fn verdict_of(
    block: Option<&SignatureBlock>,
    ok: bool,
    location: &str,
    own: Option<&str>,
) -> Verification {
    let Some(b) = block else {
        return Verification {
            verdict: Verdict::Unsigned,
            signature_location: "none".into(),
            public_key: None,
            key_id: None,
            own_key: None,
            fingerprint: None,
            case_id: None,
            chain_head: None,
            signed_at: None,
            format: None,
            message: t!("share-verify-unsigned"),
        };
    };
    let verdict = if ok {
        Verdict::Intact
    } else {
        Verdict::Tampered
    };
    let own_key = own.map(|o| o == b.public_key);
    let whose = match own_key {
        Some(true) => "own",
        Some(false) => "other",
        None => "unknown",
    };
    // Several cases in one file: the block lists every case id (comma-separated).
    let cases = b.case_id.split(',').count();
    let covers = if cases > 1 {
        format!(" {}", t!("share-verify-several", n = cases))
    } else {
        String::new()
    };
    let message = if ok {
        let intact = t!(
            "share-verify-intact-at",
            at = b.signed_at.as_str(),
            whose = whose,
            key_id = b.key_id.as_str()
        );
        format!("{intact}{covers}")
    } else {
        t!(
            "share-verify-tampered-by",
            whose = whose,
            key_id = b.key_id.as_str()
        )
    };
    Verification {
        verdict,
        signature_location: location.into(),
        public_key: Some(b.public_key.clone()),
        key_id: Some(b.key_id.clone()),
        own_key,
        fingerprint: sshsig::fingerprint_of_raw(&b.public_key),
        case_id: Some(b.case_id.clone()),
        chain_head: Some(b.chain_head.clone()),
        signed_at: Some(b.signed_at.clone()),
        format: Some(b.format.clone()),
        message,
    }
}

/// Verifies an export file against no pinned key (see [`verify_file_against`]).
pub fn verify_file(
    path: &std::path::Path,
    own_public_key: Option<&str>,
) -> Result<Verification, ShareError> {
    verify_file_against(path, own_public_key, &[])
}

/// Verifies an export file: the detached `FILE.sig` (an OpenSSH signature, or the JSON block of
/// earlier versions) if there is one, and the signature inside (Markdown, HTML, JSON). A valid
/// signature is `Intact` only when its key is one of `pinned` (`SHA256:` fingerprints), or —
/// with nothing pinned — this profile's own key (`own_public_key`, hex); otherwise `Unpinned`,
/// or `WrongSigner` when another key was pinned.
pub fn verify_file_against(
    path: &std::path::Path,
    own_public_key: Option<&str>,
    pinned: &[String],
) -> Result<Verification, ShareError> {
    // Given the signature (or timestamp) itself, check the file it is for.
    let signed_file;
    let path = match path.extension().and_then(|e| e.to_str()) {
        Some("sig" | "tsr") if path.with_extension("").is_file() => {
            signed_file = path.with_extension("");
            signed_file.as_path()
        }
        _ => path,
    };
    let bytes = std::fs::read(path).map_err(|e| ShareError::Read {
        path: path.display().to_string(),
        detail: e.to_string(),
    })?;
    let sig = sig_path(path);
    let v = if sig.exists() {
        let text = std::fs::read(&sig).map_err(|e| ShareError::Read {
            path: sig.display().to_string(),
            detail: e.to_string(),
        })?;
        if sshsig::is_sshsig(&text) {
            verify_ssh(&bytes, &text, own_public_key)
        } else {
            match serde_json::from_slice::<SignatureBlock>(&text) {
                Ok(block) => {
                    let ok = check(&block, &bytes);
                    verdict_of(Some(&block), ok, "detached", own_public_key)
                }
                Err(_) => tampered_unreadable("detached"),
            }
        }
    } else {
        verify_bytes(&bytes, own_public_key)
    };
    Ok(apply_trust(v, own_public_key, pinned))
}

/// The OpenSSH signature over the whole file, with the embedded block (if any) for what the
/// file is about; both must hold and name the same key.
fn verify_ssh(bytes: &[u8], armored: &[u8], own_public_key: Option<&str>) -> Verification {
    let ssh = sshsig::check_sshsig(bytes, armored);
    let embedded = verify_bytes(bytes, own_public_key);
    let mut v = if embedded.verdict == Verdict::Unsigned {
        let mut v = verdict_of(None, false, "detached", own_public_key);
        v.verdict = Verdict::Intact;
        v
    } else {
        embedded
    };
    v.signature_location = "detached".into();
    let same_key = v.fingerprint.is_none() || v.fingerprint == ssh.fingerprint;
    if !ssh.valid || v.verdict == Verdict::Tampered || !same_key {
        v.verdict = Verdict::Tampered;
        v.message = t!("share-verify-tampered-ssh");
    } else if v.signed_at.is_none() {
        v.verdict = Verdict::Intact;
        v.message = t!("share-verify-intact");
    }
    v.fingerprint = ssh.fingerprint;
    v
}

/// Whose signature it is: a pinned key, the reader's own, or nobody known.
fn apply_trust(
    mut v: Verification,
    own_public_key: Option<&str>,
    pinned: &[String],
) -> Verification {
    if v.verdict != Verdict::Intact {
        return v;
    }
    let Some(fp) = v.fingerprint.clone() else {
        return v;
    };
    let own_fp = own_public_key.and_then(sshsig::fingerprint_of_raw);
    let base = v.message.trim_end_matches('.').to_string();
    if !pinned.is_empty() {
        if pinned.contains(&fp) {
            v.message = t!("share-verify-pinned", verdict = base, fingerprint = fp);
        } else {
            v.verdict = Verdict::WrongSigner;
            v.message = t!(
                "share-verify-wrong-signer",
                fingerprint = fp,
                pinned = pinned.join(", ")
            );
        }
    } else if own_fp.as_deref() == Some(fp.as_str()) {
        v.own_key = Some(true);
        v.message = t!("share-verify-own", verdict = base, fingerprint = fp);
    } else {
        v.verdict = Verdict::Unpinned;
        v.message = t!("share-verify-unpinned", fingerprint = fp);
    }
    v
}

fn tampered_unreadable(location: &str) -> Verification {
    let mut v = verdict_of(None, false, location, None);
    v.verdict = Verdict::Tampered;
    v.signature_location = location.into();
    v.message = t!("share-verify-damaged");
    v
}

/// A JSON document: `content` re-serialises the signed part through its typed model.
fn verify_json(
    value: &serde_json::Value,
    bytes: &[u8],
    own_public_key: Option<&str>,
    content: impl Fn(&[u8]) -> Option<Vec<u8>>,
) -> Verification {
    let block = value
        .get("signature")
        .filter(|s| !s.is_null())
        .map(|s| serde_json::from_value::<SignatureBlock>(s.clone()));
    match block {
        None => verdict_of(None, false, "none", own_public_key),
        Some(Err(_)) => tampered_unreadable("embedded"),
        Some(Ok(block)) => {
            let ok = content(bytes).is_some_and(|c| check(&block, &c));
            verdict_of(Some(&block), ok, "embedded", own_public_key)
        }
    }
}

/// Verifies an export with an embedded signature (JSON, Markdown, HTML).
pub fn verify_bytes(bytes: &[u8], own_public_key: Option<&str>) -> Verification {
    // JSON: a SignedExport document.
    let trimmed = bytes.trim_ascii_start();
    if trimmed.starts_with(b"{") {
        if let Ok(value) = serde_json::from_slice::<serde_json::Value>(bytes) {
            if value.get("collection").is_some() && value.get("export").is_none() {
                return verify_json(&value, bytes, own_public_key, |b| {
                    serde_json::from_slice::<SignedCaseCollection>(b)
                        .ok()
                        .and_then(|d| serde_json::to_vec(&d.collection).ok())
                });
            }
            if value.get("export").is_some() {
                let block = value
                    .get("signature")
                    .filter(|s| !s.is_null())
                    .map(|s| serde_json::from_value::<SignatureBlock>(s.clone()));
                return match block {
                    None => verdict_of(None, false, "none", own_public_key),
                    Some(Err(_)) => tampered_unreadable("embedded"),
                    Some(Ok(block)) => {
                        // Re-serialise through the typed document so field order is canonical;
                        // a document that no longer fits the schema was changed.
                        let ok = serde_json::from_slice::<SignedExport>(bytes)
                            .ok()
                            .and_then(|d| serde_json::to_vec(&d.export).ok())
                            .is_some_and(|content| check(&block, &content));
                        verdict_of(Some(&block), ok, "embedded", own_public_key)
                    }
                };
            }
        }
    }
    // Markdown / HTML: a trailing comment.
    let mark = TRAILER_MARK.as_bytes();
    if let Some(at) = bytes.windows(mark.len()).rposition(|w| w == mark) {
        let rest = &bytes[at + mark.len()..];
        let end = rest
            .windows(TRAILER_END.len())
            .position(|w| w == TRAILER_END.as_bytes());
        let block = end.and_then(|e| serde_json::from_slice::<SignatureBlock>(&rest[..e]).ok());
        return match block {
            Some(block) => {
                let trailing_clean = end.is_some_and(|e| e + TRAILER_END.len() == rest.len());
                let ok = trailing_clean && check(&block, &bytes[..at]);
                verdict_of(Some(&block), ok, "embedded", own_public_key)
            }
            None => tampered_unreadable("embedded"),
        };
    }
    verdict_of(None, false, "none", own_public_key)
}
