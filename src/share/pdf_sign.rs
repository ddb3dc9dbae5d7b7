//! A real PDF signature in every exported PDF (PAdES B-B, `ETSI.CAdES.detached`), added as an
//! incremental update by the `pdf_signer` crate so the PDF/A-3 document itself is untouched:
//! a PDF viewer's signature panel and poppler's `pdfsig` show it, and any change to the file
//! breaks it. The key is an ECDSA P-256 key derived from the profile's signing key (viewers do
//! not check Ed25519 yet); its certificate is self-signed and names the profile key's
//! `SHA256:` fingerprint — so viewers report the issuer as not trusted, and trust comes from
//! comparing that fingerprint, as the brief's "How to check this file" says.
//!
//! The certificate is an end-entity certificate for signing (Key Usage digitalSignature and
//! nonRepudiation, not a CA: trusting it cannot make it vouch for other certificates), and it
//! is the same bytes for every file of a profile: its serial number comes from the key's
//! fingerprint, its validity window is fixed, and ECDSA signs deterministically (RFC 6979). So
//! a viewer's "trust this certificate" carries over from one file of the customer to the next.

use std::str::FromStr;

use p256::ecdsa::SigningKey;
use p256::pkcs8::EncodePrivateKey;
use sha2::{Digest, Sha256};
use x509_cert::builder::{Builder, CertificateBuilder, Profile};
use x509_cert::der::asn1::GeneralizedTime;
use x509_cert::der::{DateTime, Encode};
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;
use x509_cert::spki::SubjectPublicKeyInfoOwned;
use x509_cert::time::{Time, Validity};

use super::error::ShareError;
use super::key::ShareKey;

/// The keystore only lives in memory for one signature; this protects nothing.
const TRANSIENT_PASSWORD: &str = "steward";

fn err(what: &str, e: impl std::fmt::Display) -> ShareError {
    ShareError::Pdf(format!("{what}: {e}"))
}

/// The P-256 key of the PDF signatures, derived from the profile's Ed25519 seed (the same
/// profile signs its PDFs with the same key).
fn pdf_key(key: &ShareKey) -> Result<SigningKey, ShareError> {
    let seed = key.seed_bytes();
    for counter in 0u8..=255 {
        let mut h = Sha256::new();
        h.update(b"steward-pdf-signing-key-v1\0");
        h.update(seed.as_slice());
        h.update([counter]);
        if let Ok(k) = SigningKey::from_bytes(&h.finalize()) {
            return Ok(k);
        }
    }
    Err(ShareError::Pdf(
        "no PDF signing key could be derived".into(),
    ))
}

/// RFC 4514 escaping for a value in a distinguished name.
fn dn_value(s: &str) -> String {
    s.chars()
        .flat_map(|c| match c {
            ',' | '+' | '"' | '\\' | '<' | '>' | ';' | '=' => vec!['\\', c],
            c => vec![c],
        })
        .collect()
}

/// The signer's name as viewers show it.
pub fn signer_name(key: &ShareKey) -> String {
    format!("Steward customer key {}", key.fingerprint())
}

/// The certificate's serial number: 16 bytes from the profile key's fingerprint, so each key
/// has its own and keeps it (positive, first byte non-zero, as RFC 5280 wants).
fn serial(key: &ShareKey) -> Result<SerialNumber, ShareError> {
    let mut h = Sha256::new();
    h.update(b"steward-pdf-certificate-serial-v1\0");
    h.update(key.fingerprint().as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&h.finalize()[..16]);
    bytes[0] = (bytes[0] & 0x7f) | 0x40;
    SerialNumber::new(&bytes).map_err(|e| err("certificate serial", e))
}

/// A fixed validity window, the same for every key and every export: from 1 January 2020
/// (before any Steward key, and before any plausible wrong clock) to 31 December 9999, RFC
/// 5280's "no well-defined expiration date". The certificate only names a key; the key's own
/// life is the profile's.
fn validity() -> Result<Validity, ShareError> {
    let at = |y, mo, d, h, mi, s| {
        DateTime::new(y, mo, d, h, mi, s)
            .map(|t| Time::GeneralTime(GeneralizedTime::from_date_time(t)))
            .map_err(|e| err("certificate validity", e))
    };
    Ok(Validity {
        not_before: at(2020, 1, 1, 0, 0, 0)?,
        not_after: at(9999, 12, 31, 23, 59, 59)?,
    })
}

/// The self-signed certificate of the PDF key (DER), naming the profile key's fingerprint: an
/// end-entity signing certificate (digitalSignature, nonRepudiation; not a CA), byte for byte
/// the same for a given key whenever it is made.
pub fn certificate(key: &ShareKey) -> Result<Vec<u8>, ShareError> {
    let signing = pdf_key(key)?;
    let subject = Name::from_str(&format!(
        "CN={},OU=Self-signed: compare the fingerprint with the one the customer gave you,O=Steward",
        dn_value(&signer_name(key))
    ))
    .map_err(|e| err("certificate name", e))?;
    let spki = SubjectPublicKeyInfoOwned::from_key(*signing.verifying_key())
        .map_err(|e| err("certificate key", e))?;
    let cert = CertificateBuilder::new(
        // Self-signed (the issuer is the subject), but a leaf: Key Usage digitalSignature and
        // nonRepudiation, Basic Constraints CA:FALSE. A root profile would give a CA
        // certificate (keyCertSign, cRLSign only) that NSS refuses for signing.
        Profile::Leaf {
            issuer: subject.clone(),
            enable_key_agreement: false,
            enable_key_encipherment: false,
        },
        serial(key)?,
        validity()?,
        subject,
        spki,
        &signing,
    )
    .map_err(|e| err("certificate", e))?
    // ECDSA with RFC 6979 nonces: the same key and content give the same signature.
    .build::<p256::ecdsa::DerSignature>()
    .map_err(|e| err("certificate", e))?;
    cert.to_der().map_err(|e| err("certificate", e))
}

/// The certificate wrapped with the PDF key in a PKCS#12 keystore, as `pdf_signer` takes it.
fn keystore(key: &ShareKey) -> Result<Vec<u8>, ShareError> {
    let signing = pdf_key(key)?;
    let cert_der = certificate(key)?;
    let key_der = signing
        .to_pkcs8_der()
        .map_err(|e| err("PDF key", e))?
        .as_bytes()
        .to_vec();
    let p12_cert =
        p12_keystore::Certificate::from_der(&cert_der).map_err(|e| err("certificate", e))?;
    let chain = p12_keystore::PrivateKeyChain::new(&key_der, b"steward", vec![p12_cert]);
    let mut ks = p12_keystore::KeyStore::new();
    ks.add_entry(
        "steward",
        p12_keystore::KeyStoreEntry::PrivateKeyChain(chain),
    );
    ks.writer(TRANSIENT_PASSWORD)
        .write()
        .map_err(|e| err("keystore", e))
}

/// `pdf` with a PDF signature appended (incremental update), signed at `signed_at` (RFC 3339).
pub fn sign_pdf(pdf: &[u8], key: &ShareKey, signed_at: &str) -> Result<Vec<u8>, ShareError> {
    let when = chrono::DateTime::parse_from_rfc3339(signed_at)
        .map(|t| {
            t.with_timezone(&chrono::Utc)
                .format("D:%Y%m%d%H%M%SZ")
                .to_string()
        })
        .ok();
    let opts = pdf_signer::SignOptions {
        reason: Some(crate::t!("share-pdf-sign-reason")),
        name: Some(signer_name(key)),
        signing_time: when,
        // With a TSA chosen, the signature carries its RFC 3161 timestamp (PAdES B-T).
        tsa_url: key.tsa_url().map(str::to_string),
        pades_level: if key.tsa_url().is_some() {
            pdf_signer::PadesLevel::Bt
        } else {
            pdf_signer::PadesLevel::Bb
        },
        ..Default::default()
    };
    pdf_signer::sign_pdf_bytes(pdf, &keystore(key)?, TRANSIENT_PASSWORD, &opts).map_err(|e| {
        match key.tsa_url() {
            Some(url) if e.to_string().to_lowercase().contains("tsa") => ShareError::Timestamp {
                url: url.to_string(),
                detail: e.to_string(),
            },
            _ => err("PDF signature", e),
        }
    })
}
