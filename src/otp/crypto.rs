//! The few primitives other apps' encrypted exports use: AES-256-GCM, scrypt, PBKDF2-HMAC.
//! Key-derivation parameters come from the file, so they are bounded before any work starts:
//! a crafted file must not be able to hang Steward or make it allocate gigabytes.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use zeroize::Zeroizing;

use super::error::OtpError;

pub const KEY_LEN: usize = 32;
pub const NONCE_LEN: usize = 12;
pub const TAG_LEN: usize = 16;

/// scrypt: N up to 2^20, and at most 256 MiB of memory (128·r·N bytes).
pub const SCRYPT_MAX_LOG_N: u8 = 20;
pub const SCRYPT_MAX_MEMORY: u64 = 256 * 1024 * 1024;
pub const SCRYPT_MAX_R: u32 = 32;
pub const SCRYPT_MAX_P: u32 = 16;
/// PBKDF2: andOTP's own importer in Aegis draws the line at the same place.
pub const PBKDF2_MAX_ITERATIONS: u32 = 10_000_000;

pub type Key = Zeroizing<[u8; KEY_LEN]>;

/// Decrypts `ciphertext || tag`. `None` when the key is wrong or the data was changed.
pub fn aes_gcm_decrypt(
    key: &[u8],
    nonce: &[u8],
    ciphertext_and_tag: &[u8],
) -> Option<Zeroizing<Vec<u8>>> {
    if nonce.len() != NONCE_LEN || ciphertext_and_tag.len() < TAG_LEN {
        return None;
    }
    let cipher = Aes256Gcm::new_from_slice(key).ok()?;
    cipher
        .decrypt(Nonce::from_slice(nonce), ciphertext_and_tag)
        .ok()
        .map(Zeroizing::new)
}

/// The first `n` bytes (at most) that `ciphertext` decrypts to under AES-256-GCM with `key`,
/// **without** checking the tag. Only to tell a damaged or cut-short file (the key is right: the
/// start reads as the expected text) from a wrong password when [`aes_gcm_decrypt`] fails; never
/// use the result as data. GCM encrypts in counter mode from the block after `nonce ‖ 1`.
pub fn aes_gcm_peek(
    key: &[u8],
    nonce: &[u8],
    ciphertext: &[u8],
    n: usize,
) -> Option<Zeroizing<Vec<u8>>> {
    use aes_gcm::aes::cipher::{BlockEncrypt, KeyInit as _};
    if nonce.len() != NONCE_LEN {
        return None;
    }
    let cipher = aes_gcm::aes::Aes256::new_from_slice(key).ok()?;
    let take = n.min(ciphertext.len());
    let mut out = Zeroizing::new(Vec::with_capacity(take));
    for (i, chunk) in ciphertext[..take].chunks(16).enumerate() {
        let mut block = aes_gcm::aes::Block::default();
        block[..NONCE_LEN].copy_from_slice(nonce);
        block[NONCE_LEN..].copy_from_slice(&(i as u32 + 2).to_be_bytes());
        cipher.encrypt_block(&mut block);
        out.extend(chunk.iter().zip(block.iter()).map(|(c, k)| c ^ k));
        block.iter_mut().for_each(|b| *b = 0);
    }
    Some(out)
}

/// Whether `plain` (the start of a decryption) reads as the JSON text an export holds: after
/// optional whitespace, `[` or `{`, then only printable ASCII, whitespace or UTF-8. With a wrong
/// key the bytes are random: 32 of them pass by chance about once in 10^13.
pub fn looks_like_json_start(plain: &[u8]) -> bool {
    let trimmed = plain.trim_ascii_start();
    if plain.len() < 16 || !matches!(trimmed.first(), Some(b'[' | b'{')) {
        return false;
    }
    plain
        .iter()
        .all(|b| matches!(b, b'\t' | b'\n' | b'\r' | 0x20..=0x7e | 0x80..=0xff))
        && plain.iter().filter(|b| **b >= 0x80).count() * 4 <= plain.len()
}

/// Encrypts to `ciphertext || tag`.
pub fn aes_gcm_encrypt(key: &[u8], nonce: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, OtpError> {
    if nonce.len() != NONCE_LEN {
        return Err(OtpError::Crypto("bad nonce length"));
    }
    let cipher = Aes256Gcm::new_from_slice(key).map_err(|_| OtpError::Crypto("bad key length"))?;
    cipher
        .encrypt(Nonce::from_slice(nonce), plaintext)
        .map_err(|_| OtpError::Crypto("AES-GCM encryption failed"))
}

/// scrypt with parameters read from a file, refused when out of bounds.
pub fn scrypt_key(
    format: &'static str,
    password: &[u8],
    salt: &[u8],
    n: u64,
    r: u32,
    p: u32,
) -> Result<Key, OtpError> {
    let unsafe_kdf = |detail: String| OtpError::UnsafeKdf { format, detail };
    if n < 2 || !n.is_power_of_two() {
        return Err(malformed_kdf(
            format,
            crate::t!("otp-detail-scrypt-not-power"),
        ));
    }
    let log_n = n.trailing_zeros() as u8;
    if log_n > SCRYPT_MAX_LOG_N {
        return Err(unsafe_kdf(crate::t!(
            "otp-detail-scrypt-n",
            log_n = log_n,
            max = SCRYPT_MAX_LOG_N
        )));
    }
    if r == 0 || p == 0 {
        return Err(malformed_kdf(format, crate::t!("otp-detail-scrypt-rp-min")));
    }
    if r > SCRYPT_MAX_R || p > SCRYPT_MAX_P {
        return Err(unsafe_kdf(format!("scrypt r = {r}, p = {p}")));
    }
    let memory = 128u64 * u64::from(r) * n;
    if memory > SCRYPT_MAX_MEMORY {
        return Err(unsafe_kdf(crate::t!(
            "otp-detail-scrypt-memory",
            mib = memory / (1024 * 1024)
        )));
    }
    let params = scrypt::Params::new(log_n, r, p, KEY_LEN)
        .map_err(|_| malformed_kdf(format, crate::t!("otp-detail-scrypt-invalid")))?;
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    scrypt::scrypt(password, salt, &params, key.as_mut_slice())
        .map_err(|_| malformed_kdf(format, crate::t!("otp-detail-scrypt-invalid")))?;
    Ok(key)
}

fn check_iterations(format: &'static str, iterations: u32) -> Result<(), OtpError> {
    if iterations == 0 {
        return Err(malformed_kdf(format, crate::t!("otp-detail-pbkdf2-zero")));
    }
    if iterations > PBKDF2_MAX_ITERATIONS {
        return Err(OtpError::UnsafeKdf {
            format,
            detail: crate::t!(
                "otp-detail-pbkdf2",
                iterations = iterations,
                max = PBKDF2_MAX_ITERATIONS
            ),
        });
    }
    Ok(())
}

pub fn pbkdf2_sha256(
    format: &'static str,
    password: &[u8],
    salt: &[u8],
    iterations: u32,
) -> Result<Key, OtpError> {
    check_iterations(format, iterations)?;
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password, salt, iterations, key.as_mut_slice());
    Ok(key)
}

pub fn pbkdf2_sha1(
    format: &'static str,
    password: &[u8],
    salt: &[u8],
    iterations: u32,
) -> Result<Key, OtpError> {
    check_iterations(format, iterations)?;
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    pbkdf2::pbkdf2_hmac::<sha1::Sha1>(password, salt, iterations, key.as_mut_slice());
    Ok(key)
}

pub fn random_bytes<const N: usize>() -> Result<Zeroizing<[u8; N]>, OtpError> {
    let mut out = Zeroizing::new([0u8; N]);
    getrandom::fill(out.as_mut_slice()).map_err(|e| OtpError::Random(e.to_string()))?;
    Ok(out)
}

fn malformed_kdf(format: &'static str, detail: String) -> OtpError {
    OtpError::Malformed { format, detail }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absurd_kdf_parameters_are_refused_fast() {
        let f = "test";
        assert!(matches!(
            scrypt_key(f, b"pw", b"salt", 1 << 30, 8, 1),
            Err(OtpError::UnsafeKdf { .. })
        ));
        assert!(matches!(
            scrypt_key(f, b"pw", b"salt", 1 << 20, 8, 1),
            Err(OtpError::UnsafeKdf { .. })
        ));
        assert!(matches!(
            scrypt_key(f, b"pw", b"salt", 1000, 8, 1),
            Err(OtpError::Malformed { .. })
        ));
        assert!(matches!(
            scrypt_key(f, b"pw", b"salt", 1 << 10, 8, 1000),
            Err(OtpError::UnsafeKdf { .. })
        ));
        assert!(matches!(
            pbkdf2_sha1(f, b"pw", b"salt", u32::MAX),
            Err(OtpError::UnsafeKdf { .. })
        ));
        assert!(matches!(
            pbkdf2_sha256(f, b"pw", b"salt", 0),
            Err(OtpError::Malformed { .. })
        ));
    }

    #[test]
    fn gcm_round_trip_and_tamper() {
        let key = [7u8; 32];
        let nonce = [1u8; 12];
        let ct = aes_gcm_encrypt(&key, &nonce, b"hello").unwrap();
        assert_eq!(
            aes_gcm_decrypt(&key, &nonce, &ct).unwrap().as_slice(),
            b"hello"
        );
        let mut bad = ct.clone();
        bad[0] ^= 1;
        assert!(aes_gcm_decrypt(&key, &nonce, &bad).is_none());
        assert!(aes_gcm_decrypt(&key, &nonce[..11], &ct).is_none());
        assert!(aes_gcm_decrypt(&key[..31], &nonce, &ct).is_none());
        assert!(aes_gcm_decrypt(&key, &nonce, &ct[..3]).is_none());
    }

    #[test]
    fn peek_reads_the_start_of_a_cut_ciphertext() {
        let key = [7u8; 32];
        let nonce = [1u8; 12];
        let text = br#"[{"secret":"JBSWY3DPEHPK3PXP","label":"a long enough label"}]"#;
        let ct = aes_gcm_encrypt(&key, &nonce, text).unwrap();
        let cut = &ct[..40];
        assert!(aes_gcm_decrypt(&key, &nonce, cut).is_none());
        let start = aes_gcm_peek(&key, &nonce, cut, 32).unwrap();
        assert_eq!(start.as_slice(), &text[..32]);
        assert!(looks_like_json_start(&start));
        let wrong = aes_gcm_peek(&[8u8; 32], &nonce, cut, 32).unwrap();
        assert!(!looks_like_json_start(&wrong));
    }
}
