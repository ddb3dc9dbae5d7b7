//! Passphrase → 256-bit key with Argon2id, for profiles kept without the OS keyring.

use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::VaultError;
use crate::db::DbKey;

/// Argon2id parameters, stored with the profile so they can be raised later without breaking
/// existing profiles.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Hex-encoded random salt (16 bytes).
    pub salt: String,
    /// Memory in KiB.
    pub m_cost: u32,
    pub t_cost: u32,
    pub p_cost: u32,
}

impl KdfParams {
    /// OWASP's first Argon2id recommendation (19 MiB, 2 passes, 1 lane) with a fresh salt.
    pub fn generate() -> Result<KdfParams, VaultError> {
        let mut salt = [0u8; 16];
        getrandom::fill(&mut salt).map_err(|e| VaultError::Random(e.to_string()))?;
        Ok(KdfParams {
            salt: hex::encode(salt),
            m_cost: 19 * 1024,
            t_cost: 2,
            p_cost: 1,
        })
    }
}

pub fn derive_key(passphrase: &str, params: &KdfParams) -> Result<DbKey, VaultError> {
    let salt = hex::decode(&params.salt).map_err(|e| VaultError::Kdf(e.to_string()))?;
    let argon_params = Params::new(params.m_cost, params.t_cost, params.p_cost, Some(32))
        .map_err(|e| VaultError::Kdf(e.to_string()))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon_params);
    let mut key = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passphrase.as_bytes(), &salt, key.as_mut_slice())
        .map_err(|e| VaultError::Kdf(e.to_string()))?;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_passphrase_same_key_other_passphrase_other_key() {
        let params = KdfParams::generate().unwrap();
        let a = derive_key("correct horse", &params).unwrap();
        let b = derive_key("correct horse", &params).unwrap();
        let c = derive_key("correct horsf", &params).unwrap();
        assert_eq!(a.as_slice(), b.as_slice());
        assert_ne!(a.as_slice(), c.as_slice());
    }

    #[test]
    fn fresh_salts_differ() {
        let a = KdfParams::generate().unwrap();
        let b = KdfParams::generate().unwrap();
        assert_ne!(a.salt, b.salt);
    }
}
