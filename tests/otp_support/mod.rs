//! Shared by the otp tests: where the corpora are, the 7 accounts every authenticator export in
//! the corpus encodes (MANIFEST.md), and `oathtool` as the independent reference for codes.
#![allow(dead_code)]

// `common` loads it too in the test crates that use both: one small function compiled twice.
#[allow(clippy::duplicate_mod)]
#[path = "../common/repo.rs"]
mod repo;

use std::path::PathBuf;
use std::process::Command;

use steward::otp::{Algorithm, OtpAccount, OtpKind};

/// `tests/fixtures/corpus/<sub>`: copies of the shared corpora with their licences (see the
/// README there), so the repository stands alone.
pub fn corpus(sub: &str) -> PathBuf {
    let dir = repo::repo_path("tests/fixtures/corpus").join(sub);
    assert!(dir.is_dir(), "test corpus not found at {}", dir.display());
    dir
}

pub fn read(sub: &str, file: &str) -> Vec<u8> {
    let path = corpus(sub).join(file);
    std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

#[derive(Debug, Clone, Copy)]
pub struct Expected {
    pub issuer: &'static str,
    pub name: &'static str,
    pub kind: OtpKind,
    pub algorithm: Algorithm,
    pub digits: u8,
    pub secret: &'static str,
}

/// MANIFEST.md's table.
pub const MANIFEST: [Expected; 7] = [
    Expected {
        issuer: "Deno",
        name: "Mason",
        kind: OtpKind::Totp { period: 30 },
        algorithm: Algorithm::Sha1,
        digits: 6,
        secret: "4SJHB4GSD43FZBAI7C2HLRJGPQ",
    },
    Expected {
        issuer: "SPDX",
        name: "James",
        kind: OtpKind::Totp { period: 20 },
        algorithm: Algorithm::Sha256,
        digits: 7,
        secret: "5OM4WOOGPLQEF6UGN3CPEOOLWU",
    },
    Expected {
        issuer: "Airbnb",
        name: "Elijah",
        kind: OtpKind::Totp { period: 50 },
        algorithm: Algorithm::Sha512,
        digits: 8,
        secret: "7ELGJSGXNCCTV3O6LKJWYFV2RA",
    },
    Expected {
        issuer: "Issuu",
        name: "James",
        kind: OtpKind::Hotp { counter: 1 },
        algorithm: Algorithm::Sha1,
        digits: 6,
        secret: "YOOMIXWS5GN6RTBPUFFWKTW5M4",
    },
    Expected {
        issuer: "Air Canada",
        name: "Benjamin",
        kind: OtpKind::Hotp { counter: 50 },
        algorithm: Algorithm::Sha256,
        digits: 7,
        secret: "KUVJJOM753IHTNDSZVCNKL7GII",
    },
    Expected {
        issuer: "WWE",
        name: "Mason",
        kind: OtpKind::Hotp { counter: 10300 },
        algorithm: Algorithm::Sha512,
        digits: 8,
        secret: "5VAML3X35THCEBVRLV24CGBKOY",
    },
    Expected {
        issuer: "Boeing",
        name: "Sophia",
        kind: OtpKind::Steam { period: 30 },
        algorithm: Algorithm::Sha1,
        digits: 5,
        secret: "JRZCL47CMXVOQMNPZR2F7J4RGI",
    },
];

pub fn expected(issuer: &str) -> Expected {
    *MANIFEST
        .iter()
        .find(|e| e.issuer == issuer)
        .unwrap_or_else(|| panic!("no manifest account for issuer {issuer}"))
}

/// Asserts that `account` is exactly `want`: every field, secret included.
pub fn assert_account(context: &str, account: &OtpAccount, want: &Expected) {
    assert_eq!(
        account.issuer.as_deref(),
        Some(want.issuer),
        "{context}: issuer"
    );
    assert_eq!(
        account.name, want.name,
        "{context}: name of {}",
        want.issuer
    );
    assert_eq!(
        account.kind, want.kind,
        "{context}: type/period/counter of {}",
        want.issuer
    );
    assert_eq!(
        account.algorithm, want.algorithm,
        "{context}: algorithm of {}",
        want.issuer
    );
    assert_eq!(
        account.digits, want.digits,
        "{context}: digits of {}",
        want.issuer
    );
    assert_eq!(
        account.secret.to_base32().as_str(),
        want.secret,
        "{context}: secret of {}",
        want.issuer
    );
}

/// The code `oathtool` gives for a TOTP or HOTP account. HOTP with SHA-256/512 (which
/// `oathtool --hotp` cannot do) is computed as TOTP with a 1-second step at time = counter,
/// which is the same HMAC input by definition (RFC 6238: T = floor(time / step)).
pub fn oathtool(account: &OtpAccount, unix_time: u64) -> String {
    let secret = account.secret.to_base32();
    let digits = account.digits.to_string();
    let mut cmd = Command::new("oathtool");
    match account.kind {
        OtpKind::Totp { period } => {
            cmd.arg(format!("--totp={}", account.algorithm.as_str()))
                .args(["-d", &digits, "-s", &format!("{period}s")])
                .args(["-N", &format!("@{unix_time}")]);
        }
        OtpKind::Hotp { counter } if account.algorithm == Algorithm::Sha1 => {
            cmd.args(["--hotp", "-d", &digits, "-c", &counter.to_string()]);
        }
        OtpKind::Hotp { counter } => {
            cmd.arg(format!("--totp={}", account.algorithm.as_str()))
                .args(["-d", &digits, "-s", "1s", "-N", &format!("@{counter}")]);
        }
        OtpKind::Steam { .. } => panic!("oathtool has no Steam mode"),
    }
    cmd.args(["-b", secret.as_str()]);
    let out = cmd.output().unwrap_or_else(|e| {
        panic!("running oathtool failed ({e}); install it: apt-get install oathtool")
    });
    assert!(
        out.status.success(),
        "oathtool failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Steam codes, independently, with Python's standard library (hmac + hashlib): oathtool has no
/// Steam mode. `None` when python3 is not installed.
pub fn python_steam(secret_b32: &str, period: u32, unix_time: u64) -> Option<String> {
    let script = r#"
import base64, hashlib, hmac, struct, sys
secret, period, t = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
key = base64.b32decode(secret + "=" * (-len(secret) % 8))
mac = hmac.new(key, struct.pack(">Q", t // period), hashlib.sha1).digest()
o = mac[-1] & 15
v = struct.unpack(">I", mac[o:o + 4])[0] & 0x7fffffff
alphabet = "23456789BCDFGHJKMNPQRTVWXY"
code = ""
for _ in range(5):
    code += alphabet[v % 26]
    v //= 26
print(code)
"#;
    let out = Command::new("python3")
        .args([
            "-c",
            script,
            secret_b32,
            &period.to_string(),
            &unix_time.to_string(),
        ])
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}
