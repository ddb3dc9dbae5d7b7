//! Exports: the Aegis-compatible encrypted vault decrypts by the documented Aegis format
//! (docs/vault.md) with code in this test that does not go through Steward's importer, and with
//! Python's `cryptography` when it is installed; Steward reads its own exports back; no secret
//! appears in the encrypted file.

mod otp_support;

use std::process::Command;

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine as _;
use otp_support::{read, MANIFEST};
use serde_json::Value;
use steward::error::UserFacing;
use steward::otp::export::{export, export_aegis_encrypted, exporter, ExportFormat};
use steward::otp::import::{import_auto, Format};
use steward::otp::{OtpAccount, OtpKind};

const PASSWORD: &str = "correct horse battery staple";

fn corpus_accounts() -> Vec<OtpAccount> {
    import_auto(
        &read("authenticator-exports", "aegis_plain.json"),
        None,
        None,
    )
    .unwrap()
    .accounts
}

fn hex(v: &Value) -> Vec<u8> {
    hex::decode(v.as_str().expect("hex string")).expect("valid hex")
}

/// Decrypts an Aegis vault following docs/vault.md, step by step, without Steward's importer.
fn decrypt_per_docs(vault: &str, password: &str) -> Value {
    let vault: Value = serde_json::from_str(vault).unwrap();
    assert_eq!(vault["version"], 1);
    let header = &vault["header"];
    let slot = header["slots"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["type"] == 1)
        .expect("a password slot");
    // "scrypt is used to derive a 256-bit key"; N, r, p and salt stored in the slot.
    let n = slot["n"].as_u64().unwrap();
    assert_eq!(
        (n, slot["r"].as_u64(), slot["p"].as_u64()),
        (1 << 15, Some(8), Some(1))
    );
    let salt = hex(&slot["salt"]);
    assert_eq!(salt.len(), 32, "random 256-bit salt");
    let params = scrypt::Params::new(n.trailing_zeros() as u8, 8, 1, 32).unwrap();
    let mut derived = [0u8; 32];
    scrypt::scrypt(password.as_bytes(), &salt, &params, &mut derived).unwrap();
    // The slot's "key" is the master key encrypted with AES-256-GCM; nonce and tag in key_params.
    let mut wrapped = hex(&slot["key"]);
    wrapped.extend(hex(&slot["key_params"]["tag"]));
    let master = Aes256Gcm::new_from_slice(&derived)
        .unwrap()
        .decrypt(
            Nonce::from_slice(&hex(&slot["key_params"]["nonce"])),
            wrapped.as_slice(),
        )
        .expect("slot opens with the password");
    assert_eq!(master.len(), 32);
    // "db" is Base64 (with padding) of the contents encrypted with the master key.
    let mut db = base64::engine::general_purpose::STANDARD
        .decode(vault["db"].as_str().unwrap())
        .unwrap();
    db.extend(hex(&header["params"]["tag"]));
    let plain = Aes256Gcm::new_from_slice(&master)
        .unwrap()
        .decrypt(
            Nonce::from_slice(&hex(&header["params"]["nonce"])),
            db.as_slice(),
        )
        .expect("contents open with the master key");
    serde_json::from_slice(&plain).unwrap()
}

fn check_content(content: &Value, accounts: &[OtpAccount]) {
    assert_eq!(content["version"], 1);
    let entries = content["entries"].as_array().unwrap();
    assert_eq!(entries.len(), accounts.len());
    let mut uuids = std::collections::HashSet::new();
    for (e, a) in entries.iter().zip(accounts) {
        let uuid = e["uuid"].as_str().unwrap();
        assert_eq!(uuid.len(), 36);
        assert_eq!(&uuid[14..15], "4", "UUID version 4");
        assert!(uuids.insert(uuid.to_string()));
        assert_eq!(e["type"], a.kind.type_str());
        assert_eq!(e["name"], a.name.as_str());
        assert_eq!(e["issuer"], a.issuer.as_deref().unwrap_or(""));
        let info = &e["info"];
        // "The secret is encoded in Base32 without padding."
        assert_eq!(info["secret"], a.secret.to_base32().as_str());
        assert!(!info["secret"].as_str().unwrap().contains('='));
        assert_eq!(info["algo"], a.algorithm.as_str());
        assert_eq!(info["digits"], a.digits);
        match a.kind {
            OtpKind::Totp { period } | OtpKind::Steam { period } => {
                assert_eq!(info["period"], period)
            }
            OtpKind::Hotp { counter } => assert_eq!(info["counter"], counter),
        }
    }
}

#[test]
fn aegis_export_decrypts_per_the_documented_format() {
    let accounts = corpus_accounts();
    assert_eq!(accounts.len(), 7);
    let vault = export_aegis_encrypted(&accounts, PASSWORD).unwrap();
    check_content(&decrypt_per_docs(&vault, PASSWORD), &accounts);

    // No secret in the file, in any encoding.
    for a in &accounts {
        assert!(!vault.contains(a.secret.to_base32().as_str()));
        assert!(!vault.contains(&hex::encode(a.secret.as_bytes())));
        let b64 = base64::engine::general_purpose::STANDARD.encode(a.secret.as_bytes());
        assert!(!vault.contains(b64.trim_end_matches('=')));
    }
    // Fresh salt, nonces and master key every time.
    let again = export_aegis_encrypted(&accounts, PASSWORD).unwrap();
    assert_ne!(vault, again);
}

#[test]
fn steward_reads_its_own_exports_back() {
    let accounts = corpus_accounts();
    let vault = export(ExportFormat::AegisEncrypted, &accounts, Some(PASSWORD)).unwrap();
    let report = import_auto(&vault, None, Some(PASSWORD)).unwrap();
    assert_eq!(report.format, Format::Aegis);
    assert_eq!(report.accounts, accounts);
    assert!(report.skipped.is_empty());
    let err = import_auto(&vault, None, Some("Correct horse battery staple")).unwrap_err();
    assert_eq!(err.code(), "wrong_password");

    let list = export(ExportFormat::OtpauthList, &accounts, None).unwrap();
    assert!(exporter(ExportFormat::OtpauthList).is_plaintext());
    assert!(!exporter(ExportFormat::AegisEncrypted).is_plaintext());
    let text = std::str::from_utf8(&list).unwrap();
    assert_eq!(text.lines().count(), 7);
    assert!(text.starts_with("otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno&algorithm=SHA1&digits=6&period=30\n"));
    let report = import_auto(&list, None, None).unwrap();
    assert_eq!(report.format, Format::OtpauthList);
    assert_eq!(report.accounts, accounts);
}

#[test]
fn export_refusals() {
    let accounts = corpus_accounts();
    for (result, code) in [
        (
            export(ExportFormat::AegisEncrypted, &accounts, None),
            "empty_password",
        ),
        (
            export(ExportFormat::AegisEncrypted, &accounts, Some("")),
            "empty_password",
        ),
        (
            export(ExportFormat::AegisEncrypted, &[], Some(PASSWORD)),
            "nothing_to_export",
        ),
        (
            export(ExportFormat::OtpauthList, &[], None),
            "nothing_to_export",
        ),
    ] {
        assert_eq!(result.unwrap_err().code(), code);
    }
}

/// The same check with a second, unrelated implementation: Python's `cryptography`, as in
/// Aegis's own docs/decrypt.py. Skipped (loudly) where that module is not installed.
#[test]
fn aegis_export_decrypts_with_python_cryptography() {
    let probe = Command::new("python3")
        .args(["-c", "import cryptography"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        // scripts/install-deps.sh installs it, so under CI a missing module is a failure.
        assert!(
            std::env::var_os("CI").is_none(),
            "python3 `cryptography` is missing; run scripts/install-deps.sh"
        );
        eprintln!("SKIPPED: python3 with the `cryptography` module is not installed (scripts/install-deps.sh installs it)");
        return;
    }
    let accounts = corpus_accounts();
    let vault = export_aegis_encrypted(&accounts, PASSWORD).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vault.json");
    std::fs::write(&path, &vault).unwrap();
    let script = r#"
import base64, json, sys
from cryptography.hazmat.backends import default_backend
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

vault = json.load(open(sys.argv[1]))
password = sys.argv[2].encode()
master = None
for slot in vault["header"]["slots"]:
    if slot["type"] != 1:
        continue
    kdf = Scrypt(salt=bytes.fromhex(slot["salt"]), length=32, n=slot["n"], r=slot["r"], p=slot["p"], backend=default_backend())
    key = kdf.derive(password)
    params = slot["key_params"]
    master = AESGCM(key).decrypt(bytes.fromhex(params["nonce"]), bytes.fromhex(slot["key"]) + bytes.fromhex(params["tag"]), None)
    break
params = vault["header"]["params"]
content = AESGCM(master).decrypt(bytes.fromhex(params["nonce"]), base64.b64decode(vault["db"]) + bytes.fromhex(params["tag"]), None)
print(content.decode())
"#;
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(&path)
        .arg(PASSWORD)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let content: Value = serde_json::from_slice(&out.stdout).unwrap();
    check_content(&content, &accounts);
    assert_eq!(content["entries"].as_array().unwrap().len(), MANIFEST.len());
}
