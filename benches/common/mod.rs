//! What the benchmarks share: the throw-away profile's unlock and a deterministic generator.
// Each bench is its own crate and uses only part of this module.
#![allow(dead_code)]

use steward::profile::Unlock;
use zeroize::Zeroizing;

/// A passphrase profile: the benchmarks never touch the developer's keyring.
pub fn unlock() -> Unlock {
    Unlock {
        passphrase: Some(Zeroizing::new("benchmark passphrase".into())),
        no_keyring: true,
    }
}

/// A small deterministic generator (xorshift), so every run builds the same data.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}
