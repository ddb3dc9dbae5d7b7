//! Codes: HOTP (RFC 4226), TOTP (RFC 6238) and Steam Guard.
//!
//! Written on `hmac` + `sha1`/`sha2` rather than `totp-rs`: all three kinds are the same HMAC
//! and dynamic truncation with a different counter or final encoding, and `totp-rs` covers only
//! TOTP with 6–8 digits and refuses 80-bit secrets, which real services still hand out.
//! Every function takes the time explicitly, so callers (and tests) decide what "now" is.
//! None of them panic, whatever the account holds.

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::{Algorithm, OtpAccount, OtpKind};

const STEAM_ALPHABET: &[u8; 26] = b"23456789BCDFGHJKMNPQRTVWXY";

/// A code ready to show: the current one, how long it lasts, and the next one for period ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct OtpCode {
    pub code: String,
    /// The code after this one (TOTP/Steam: next period; HOTP: next counter).
    pub next_code: String,
    /// Seconds until `code` expires (TOTP/Steam only).
    pub seconds_remaining: Option<u32>,
    pub period: Option<u32>,
    /// The counter `code` was made from (HOTP only).
    #[ts(type = "number | null")]
    pub counter: Option<u64>,
}

fn mac<M: Mac + hmac::digest::KeyInit>(secret: &[u8], message: &[u8]) -> Vec<u8> {
    // HMAC takes keys of any length, so this never fails; no panic path either way.
    match <M as hmac::digest::KeyInit>::new_from_slice(secret) {
        Ok(mut m) => {
            m.update(message);
            m.finalize().into_bytes().to_vec()
        }
        Err(_) => Vec::new(),
    }
}

/// HMAC of the 8-byte big-endian counter, dynamically truncated to 31 bits (RFC 4226 5.3).
fn truncated(secret: &[u8], algorithm: Algorithm, counter: u64) -> u32 {
    let msg = counter.to_be_bytes();
    let digest = match algorithm {
        Algorithm::Sha1 => mac::<Hmac<sha1::Sha1>>(secret, &msg),
        Algorithm::Sha256 => mac::<Hmac<sha2::Sha256>>(secret, &msg),
        Algorithm::Sha512 => mac::<Hmac<sha2::Sha512>>(secret, &msg),
    };
    let Some(last) = digest.last() else { return 0 };
    let offset = usize::from(last & 0x0f);
    match digest.get(offset..offset + 4) {
        Some(&[a, b, c, d]) => u32::from_be_bytes([a & 0x7f, b, c, d]),
        _ => 0,
    }
}

/// An RFC 4226 code with `digits` decimal digits (clamped to 1–10; 31 bits never need more).
pub fn hotp(secret: &[u8], algorithm: Algorithm, digits: u8, counter: u64) -> String {
    let digits = u32::from(digits.clamp(1, 10));
    let value = u64::from(truncated(secret, algorithm, counter)) % 10u64.pow(digits);
    format!("{value:0width$}", width = digits as usize)
}

/// The RFC 6238 time step for `unix_time` (T0 = 0). A zero period is treated as 1 s.
pub fn time_step(unix_time: u64, period: u32) -> u64 {
    unix_time / u64::from(period.max(1))
}

pub fn totp(
    secret: &[u8],
    algorithm: Algorithm,
    digits: u8,
    period: u32,
    unix_time: u64,
) -> String {
    hotp(secret, algorithm, digits, time_step(unix_time, period))
}

/// A Steam Guard code: the truncated value written in base 26 with Steam's alphabet, 5 chars.
pub fn steam(secret: &[u8], algorithm: Algorithm, period: u32, unix_time: u64) -> String {
    let mut value = truncated(secret, algorithm, time_step(unix_time, period));
    let mut out = String::with_capacity(5);
    for _ in 0..5 {
        out.push(STEAM_ALPHABET[(value % 26) as usize] as char);
        value /= 26;
    }
    out
}

/// The code at `unix_time`. For HOTP the time is ignored and the stored counter is used.
pub fn code_at(account: &OtpAccount, unix_time: u64) -> String {
    let secret = account.secret.as_bytes();
    match account.kind {
        OtpKind::Totp { period } => {
            totp(secret, account.algorithm, account.digits, period, unix_time)
        }
        OtpKind::Hotp { counter } => hotp(secret, account.algorithm, account.digits, counter),
        OtpKind::Steam { period } => steam(secret, account.algorithm, period, unix_time),
    }
}

/// Seconds until the code shown at `unix_time` expires (1..=period); `None` for HOTP.
pub fn seconds_remaining(account: &OtpAccount, unix_time: u64) -> Option<u32> {
    let period = account.kind.period()?.max(1);
    let into = (unix_time % u64::from(period)) as u32;
    Some(period - into)
}

/// The current and next code with their timing, for display.
pub fn code_view(account: &OtpAccount, unix_time: u64) -> OtpCode {
    match account.kind {
        OtpKind::Hotp { counter } => OtpCode {
            code: code_at(account, unix_time),
            next_code: hotp(
                account.secret.as_bytes(),
                account.algorithm,
                account.digits,
                counter.wrapping_add(1),
            ),
            seconds_remaining: None,
            period: None,
            counter: Some(counter),
        },
        OtpKind::Totp { period } | OtpKind::Steam { period } => {
            let next_time = unix_time.saturating_add(u64::from(period.max(1)));
            OtpCode {
                code: code_at(account, unix_time),
                next_code: code_at(account, next_time),
                seconds_remaining: seconds_remaining(account, unix_time),
                period: Some(period),
                counter: None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steam_alphabet_has_26_letters() {
        assert_eq!(STEAM_ALPHABET.len(), 26);
    }

    #[test]
    fn no_panic_on_odd_values() {
        assert_eq!(hotp(b"", Algorithm::Sha1, 0, 0).len(), 1);
        assert_eq!(hotp(b"k", Algorithm::Sha1, 200, u64::MAX).len(), 10);
        assert_eq!(totp(b"k", Algorithm::Sha1, 6, 0, u64::MAX).len(), 6);
        assert_eq!(steam(b"k", Algorithm::Sha1, 0, u64::MAX).len(), 5);
    }
}
