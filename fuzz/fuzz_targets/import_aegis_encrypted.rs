//! Encrypted Aegis vaults with a fixed password ("test"). The first byte picks the mode:
//! - even: the rest is the whole vault file (header, key slots, scrypt parameters, Base64 `db`);
//! - odd: the rest is the *decrypted* vault contents, sealed here into a valid vault (scrypt
//!   N=2 so it is cheap, a known master key), so the fuzzer reaches the parser behind the
//!   decryption, which it could never reach by mutating ciphertext.
#![no_main]
use std::sync::OnceLock;

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine as _;
use libfuzzer_sys::fuzz_target;
use steward::otp::import::{importer, Format};

const PASSWORD: &str = "test";
const MASTER: [u8; 32] = [7; 32];
const SALT: [u8; 32] = [1; 32];
const SLOT_NONCE: [u8; 12] = [2; 12];
const DB_NONCE: [u8; 12] = [3; 12];

/// `(header JSON without params, wrapped key)`: the same for every run.
fn slot() -> &'static String {
    static SLOT: OnceLock<String> = OnceLock::new();
    SLOT.get_or_init(|| {
        let params = scrypt::Params::new(1, 1, 1, 32).expect("scrypt params");
        let mut key = [0u8; 32];
        scrypt::scrypt(PASSWORD.as_bytes(), &SALT, &params, &mut key).expect("scrypt");
        let sealed = Aes256Gcm::new_from_slice(&key)
            .expect("key")
            .encrypt(Nonce::from_slice(&SLOT_NONCE), MASTER.as_slice())
            .expect("seal");
        let (wrapped, tag) = sealed.split_at(sealed.len() - 16);
        format!(
            r#"{{"type":1,"uuid":"00000000-0000-0000-0000-000000000000","key":"{}","key_params":{{"nonce":"{}","tag":"{}"}},"n":2,"r":1,"p":1,"salt":"{}","repaired":true}}"#,
            hex::encode(wrapped),
            hex::encode(SLOT_NONCE),
            hex::encode(tag),
            hex::encode(SALT)
        )
    })
}

fn seal(content: &[u8]) -> Vec<u8> {
    let sealed = Aes256Gcm::new_from_slice(&MASTER)
        .expect("key")
        .encrypt(Nonce::from_slice(&DB_NONCE), content)
        .expect("seal");
    let (ct, tag) = sealed.split_at(sealed.len() - 16);
    format!(
        r#"{{"version":1,"header":{{"slots":[{}],"params":{{"nonce":"{}","tag":"{}"}}}},"db":"{}"}}"#,
        slot(),
        hex::encode(DB_NONCE),
        hex::encode(tag),
        base64::engine::general_purpose::STANDARD.encode(ct)
    )
    .into_bytes()
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let aegis = importer(Format::Aegis);
    if mode & 1 == 0 {
        let _ = aegis.import(rest, Some(PASSWORD));
    } else {
        let vault = seal(rest);
        let _ = aegis.import(&vault, Some(PASSWORD));
    }
});
