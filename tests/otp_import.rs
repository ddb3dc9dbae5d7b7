//! Every file in the authenticator-exports corpus imports to exactly the accounts it holds, says
//! what it skipped, and refuses bad input cleanly. The corpus is used in place.

mod otp_support;

use otp_support::{assert_account, expected, read, MANIFEST};
use steward::error::UserFacing;
use steward::otp::import::{detect, import_auto, importer, Format, MAX_FILE_BYTES};
use steward::otp::{Algorithm, OtpError, OtpKind};

const EXPORTS: &str = "authenticator-exports";
const ALL: &[&str] = &[
    "Deno",
    "SPDX",
    "Airbnb",
    "Issuu",
    "Air Canada",
    "WWE",
    "Boeing",
];

struct Case {
    file: &'static str,
    format: Format,
    password: Option<&'static str>,
    /// Issuers of the manifest accounts the file holds, compared field by field.
    holds: &'static [&'static str],
}

/// What each file really holds. MANIFEST.md says "every file holds the same 7 accounts", but
/// several apps could not take them all when the Aegis project made these exports: 2FAS lacks
/// SPDX and Airbnb, FreeOTP+ has no Steam, Proton only the three TOTP accounts, and Bitwarden
/// the three TOTP ones plus Boeing as a label-less `steam://` key (checked separately below).
const CASES: &[Case] = &[
    Case {
        file: "plain.txt",
        format: Format::OtpauthList,
        password: None,
        holds: ALL,
    },
    Case {
        file: "ente_auth.txt",
        format: Format::OtpauthList,
        password: None,
        holds: ALL,
    },
    Case {
        file: "aegis_plain.json",
        format: Format::Aegis,
        password: None,
        holds: ALL,
    },
    Case {
        file: "aegis_encrypted.json",
        format: Format::Aegis,
        password: Some("test"),
        holds: ALL,
    },
    Case {
        file: "2fas_authenticator_plain_v4.2fas",
        format: Format::TwoFas,
        password: None,
        holds: &["Deno", "Issuu", "Air Canada", "WWE", "Boeing"],
    },
    Case {
        file: "2fas_authenticator_encrypted_v4.2fas",
        format: Format::TwoFas,
        password: Some("test"),
        holds: &["Deno", "Issuu", "Air Canada", "WWE", "Boeing"],
    },
    Case {
        file: "andotp_plain.json",
        format: Format::AndOtp,
        password: None,
        holds: ALL,
    },
    Case {
        file: "andotp_encrypted.bin",
        format: Format::AndOtp,
        password: Some("test"),
        holds: ALL,
    },
    Case {
        file: "bitwarden.json",
        format: Format::Bitwarden,
        password: None,
        holds: &["Deno", "SPDX", "Airbnb"],
    },
    Case {
        file: "bitwarden.csv",
        format: Format::Bitwarden,
        password: None,
        holds: &["Deno", "SPDX", "Airbnb"],
    },
    Case {
        file: "freeotp_plus.json",
        format: Format::FreeOtpPlus,
        password: None,
        holds: &["Deno", "SPDX", "Airbnb", "Issuu", "Air Canada", "WWE"],
    },
    Case {
        file: "proton_authenticator.json",
        format: Format::ProtonAuthenticator,
        password: None,
        holds: &["Deno", "SPDX", "Airbnb"],
    },
];

#[test]
fn every_corpus_file_imports_exactly_its_accounts() {
    for case in CASES {
        let bytes = read(EXPORTS, case.file);
        assert_eq!(
            detect(&bytes),
            Some(case.format),
            "{}: detected format",
            case.file
        );
        let report = import_auto(&bytes, None, case.password)
            .unwrap_or_else(|e| panic!("{}: {} ({})", case.file, e, e.code()));
        assert_eq!(report.format, case.format);
        assert!(
            report.skipped.is_empty(),
            "{}: skipped {:?}",
            case.file,
            report.skipped
        );

        let mut rest: Vec<_> = report.accounts.iter().collect();
        for issuer in case.holds {
            let want = expected(issuer);
            let pos = rest
                .iter()
                .position(|a| a.secret.to_base32().as_str() == want.secret)
                .unwrap_or_else(|| panic!("{}: {issuer} missing", case.file));
            assert_account(case.file, rest.remove(pos), &want);
        }
        if case.format == Format::Bitwarden {
            // Boeing arrives as `steam://SECRET`: the key and type survive, the label does not.
            let [steam] = rest.as_slice() else {
                panic!(
                    "{}: expected only the Steam entry left, got {rest:?}",
                    case.file
                )
            };
            let boeing = expected("Boeing");
            assert_eq!(steam.secret.to_base32().as_str(), boeing.secret);
            assert_eq!(steam.kind, OtpKind::Steam { period: 30 });
            assert_eq!((steam.digits, steam.algorithm), (5, Algorithm::Sha1));
            assert_eq!(steam.issuer.as_deref(), Some("Steam"));
            let item = if case.file.ends_with("csv") {
                "Test 4"
            } else {
                "Test Steam"
            };
            assert_eq!(steam.name, item);
            assert!(
                report.notes.iter().any(|n| n.contains("HOTP")),
                "{}: the report must say Bitwarden drops HOTP accounts",
                case.file
            );
        } else {
            assert!(
                rest.is_empty(),
                "{}: unexpected extra accounts {rest:?}",
                case.file
            );
        }
        // Corpus secrets are 130 bits: no weak-secret warning.
        assert!(
            report.accounts.iter().all(|a| a.warnings().is_empty()),
            "{}",
            case.file
        );
        // The summary for the UI carries no secret.
        let json = serde_json::to_string(&report.summary()).unwrap();
        for m in MANIFEST {
            assert!(!json.contains(m.secret), "{}: secret in summary", case.file);
        }
    }
}

#[test]
fn naming_the_format_explicitly_works_too() {
    for case in CASES {
        let bytes = read(EXPORTS, case.file);
        let report = importer(case.format).import(&bytes, case.password).unwrap();
        assert!(!report.accounts.is_empty(), "{}", case.file);
    }
}

#[test]
fn encrypted_files_need_the_right_password() {
    for file in [
        "aegis_encrypted.json",
        "2fas_authenticator_encrypted_v4.2fas",
        "andotp_encrypted.bin",
    ] {
        let bytes = read(EXPORTS, file);
        let err = import_auto(&bytes, None, None).unwrap_err();
        assert_eq!(err.code(), "password_required", "{file}");
        let err = import_auto(&bytes, None, Some("wrong")).unwrap_err();
        assert_eq!(err.code(), "wrong_password", "{file}: {err}");
        assert!(err.hint().is_some());
        assert!(
            err.to_string().contains("password is wrong"),
            "{file}: {err}"
        );
    }
}

#[test]
fn freeotp_counters_are_the_next_code() {
    // FreeOTP+ stores counter - 1 (10299 for WWE's counter=10300 link).
    let report = import_auto(&read(EXPORTS, "freeotp_plus.json"), None, None).unwrap();
    let wwe = report
        .accounts
        .iter()
        .find(|a| a.issuer.as_deref() == Some("WWE"))
        .unwrap();
    assert_eq!(wwe.kind, OtpKind::Hotp { counter: 10300 });
}

/// (what, bytes, format named by the caller, password, expected error code)
type BadInput = (
    &'static str,
    Vec<u8>,
    Option<Format>,
    Option<&'static str>,
    &'static str,
);

fn err_of(bytes: &[u8], format: Option<Format>, password: Option<&str>) -> OtpError {
    match import_auto(bytes, format, password) {
        Ok(r) => panic!("accepted bad input: {} accounts", r.accounts.len()),
        Err(e) => e,
    }
}

#[test]
fn bad_input_is_refused_cleanly() {
    let aegis = read(EXPORTS, "aegis_plain.json");
    let aegis_enc = read(EXPORTS, "aegis_encrypted.json");
    let twofas = read(EXPORTS, "2fas_authenticator_plain_v4.2fas");
    let andotp_enc = read(EXPORTS, "andotp_encrypted.bin");
    let garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();

    let table: Vec<BadInput> = vec![
        ("empty file", vec![], None, None, "empty_file"),
        (
            "whitespace only",
            b"  \n\t\n".to_vec(),
            None,
            None,
            "empty_file",
        ),
        (
            "binary garbage",
            garbage.clone(),
            None,
            None,
            "unknown_format",
        ),
        (
            "garbage named as Aegis",
            garbage.clone(),
            Some(Format::Aegis),
            None,
            "malformed",
        ),
        (
            "garbage named as andOTP",
            [&[0, 0, 4, 0][..], &garbage[4..]].concat(),
            Some(Format::AndOtp),
            Some("test"),
            "wrong_password",
        ),
        (
            "garbage with absurd iterations",
            garbage.clone(),
            Some(Format::AndOtp),
            Some("test"),
            "unsafe_kdf_parameters",
        ),
        (
            "invalid UTF-8 list",
            b"otpauth://totp/A?secret=\xff\xfe".to_vec(),
            None,
            None,
            "malformed",
        ),
        (
            "invalid UTF-8 JSON",
            [&aegis[..40], b"\xff\xfe", &aegis[42..]].concat(),
            None,
            None,
            "malformed",
        ),
        (
            "truncated Aegis",
            aegis[..aegis.len() / 2].to_vec(),
            None,
            None,
            "malformed",
        ),
        (
            "truncated encrypted Aegis",
            aegis_enc[..aegis_enc.len() - 200].to_vec(),
            None,
            Some("test"),
            "malformed",
        ),
        (
            "truncated 2FAS",
            twofas[..300].to_vec(),
            None,
            None,
            "malformed",
        ),
        // The right password and a file cut short: the start still decrypts (GCM is counter
        // mode), so it is "damaged", not "wrong password" as it used to be.
        (
            "truncated andOTP",
            andotp_enc[..100].to_vec(),
            Some(Format::AndOtp),
            Some("test"),
            "malformed",
        ),
        (
            "andOTP cut by one byte",
            andotp_enc[..andotp_enc.len() - 1].to_vec(),
            Some(Format::AndOtp),
            Some("test"),
            "malformed",
        ),
        (
            "truncated andOTP, wrong password",
            andotp_enc[..100].to_vec(),
            Some(Format::AndOtp),
            Some("wrong"),
            "wrong_password",
        ),
        (
            "andOTP shorter than nonce + tag",
            andotp_enc[..29].to_vec(),
            Some(Format::AndOtp),
            Some("test"),
            "malformed",
        ),
        (
            "2FAS services cut short, right password",
            twofas_enc_services(|ct| ct[..ct.len() / 2].to_vec()),
            None,
            Some("test"),
            "malformed",
        ),
        (
            "2FAS services cut short, wrong password",
            twofas_enc_services(|ct| ct[..ct.len() / 2].to_vec()),
            None,
            Some("wrong"),
            "wrong_password",
        ),
        (
            "2FAS services shorter than a tag",
            twofas_enc_services(|ct| ct[..10].to_vec()),
            None,
            Some("test"),
            "malformed",
        ),
        (
            "Aegis slot nonce of the wrong length",
            aegis_enc_nonce_cut(&aegis_enc),
            None,
            Some("test"),
            "malformed",
        ),
        (
            "Aegis vault with 500 password slots (500 scrypt runs)",
            aegis_enc_many_slots(&aegis_enc, 500),
            None,
            Some("test"),
            "malformed",
        ),
        (
            "invalid Base32",
            b"otpauth://totp/X:y?secret=ABC1DEF8".to_vec(),
            None,
            None,
            "invalid_secret",
        ),
        (
            "huge digits",
            b"otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXP&digits=99".to_vec(),
            None,
            None,
            "invalid_digits",
        ),
        (
            "digits overflow",
            b"otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXP&digits=99999999999".to_vec(),
            None,
            None,
            "invalid_digits",
        ),
        (
            "unknown type",
            b"otpauth://motp/X:y?secret=JBSWY3DPEHPK3PXP".to_vec(),
            None,
            None,
            "unknown_otp_type",
        ),
        (
            "missing secret",
            b"otpauth://totp/X:y?issuer=X".to_vec(),
            None,
            None,
            "missing_secret",
        ),
        (
            "not a link",
            b"hello world\nthis is text\n".to_vec(),
            None,
            None,
            "unknown_format",
        ),
        (
            "JSON of nothing known",
            br#"{"a": 1}"#.to_vec(),
            None,
            None,
            "unknown_format",
        ),
        (
            "Aegis with absurd scrypt",
            aegis_enc_with(&aegis_enc, "\"n\": 32768", "\"n\": 1073741824"),
            None,
            Some("test"),
            "unsafe_kdf_parameters",
        ),
        (
            "Aegis with non-power-of-two N",
            aegis_enc_with(&aegis_enc, "\"n\": 32768", "\"n\": 32767"),
            None,
            Some("test"),
            "malformed",
        ),
        (
            "andOTP with absurd iterations",
            [&[0x7f, 0xff, 0xff, 0xff][..], &andotp_enc[4..]].concat(),
            Some(Format::AndOtp),
            Some("test"),
            "unsafe_kdf_parameters",
        ),
        (
            "Bitwarden encrypted",
            br#"{"encrypted": true, "passwordProtected": true, "data": "x"}"#.to_vec(),
            None,
            None,
            "unsupported_file",
        ),
    ];
    for (what, bytes, format, password, code) in table {
        let err = err_of(&bytes, format, password);
        assert_eq!(err.code(), code, "{what}: got {err}");
        let msg = err.to_string();
        assert!(
            !msg.is_empty() && !msg.contains("JBSWY3DPEHPK3PXP"),
            "{what}: {msg}"
        );
        if code == "malformed" {
            // Names the format it tried.
            assert!(
                ["Aegis", "2FAS", "andOTP", "otpauth"]
                    .iter()
                    .any(|f| msg.contains(f)),
                "{what}: {msg}"
            );
        }
    }

    let too_big = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(err_of(&too_big, None, None).code(), "file_too_large");
}

/// The encrypted 2FAS backup with its `servicesEncrypted` ciphertext changed by `f` (the file
/// stays valid JSON: only what the tag protects is damaged).
fn twofas_enc_services(f: impl Fn(&[u8]) -> Vec<u8>) -> Vec<u8> {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut backup: serde_json::Value =
        serde_json::from_slice(&read(EXPORTS, "2fas_authenticator_encrypted_v4.2fas")).unwrap();
    let sealed = backup["servicesEncrypted"].as_str().unwrap().to_string();
    let mut parts: Vec<String> = sealed.split(':').map(str::to_string).collect();
    parts[0] = b64.encode(f(&b64.decode(&parts[0]).unwrap()));
    backup["servicesEncrypted"] = parts.join(":").into();
    serde_json::to_vec(&backup).unwrap()
}

/// The encrypted Aegis vault with the first slot's nonce one byte short.
fn aegis_enc_nonce_cut(bytes: &[u8]) -> Vec<u8> {
    let mut vault: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    let params = &mut vault["header"]["slots"][0]["key_params"];
    let nonce = params["nonce"].as_str().unwrap().to_string();
    params["nonce"] = nonce[..nonce.len() - 2].into();
    serde_json::to_vec(&vault).unwrap()
}

/// The encrypted Aegis vault with its password slot repeated `n` times.
fn aegis_enc_many_slots(bytes: &[u8], n: usize) -> Vec<u8> {
    let mut vault: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    let slot = vault["header"]["slots"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["type"] == 1)
        .unwrap()
        .clone();
    vault["header"]["slots"] = serde_json::Value::Array(vec![slot; n]);
    serde_json::to_vec(&vault).unwrap()
}

fn aegis_enc_with(bytes: &[u8], from: &str, to: &str) -> Vec<u8> {
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    assert!(text.contains(from));
    text.replace(from, to).into_bytes()
}

#[test]
fn every_truncation_of_every_file_is_handled_without_panic() {
    // Cut each file at many points; each cut must give a result or an error, never a panic.
    // (Encrypted files are skipped past the point where the KDF runs, to keep this quick.)
    for case in CASES {
        let bytes = read(EXPORTS, case.file);
        let step = (bytes.len() / 40).max(1);
        for cut in (0..bytes.len()).step_by(step) {
            let part = &bytes[..cut];
            let _ = import_auto(part, None, None);
            if case.password.is_none() {
                let _ = importer(case.format).import(part, None);
            }
        }
    }
}

#[test]
fn list_files_report_bad_lines_and_keep_the_good_ones() {
    let text = b"# my accounts\n\
        otpauth://totp/Good:one?secret=JBSWY3DPEHPK3PXP\n\
        otpauth://totp/Bad:two?secret=0000\n\
        otpauth://hotp/NoCounter:three?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP\n\
        just some words\n";
    let report = import_auto(text, None, None).unwrap();
    assert_eq!(report.accounts.len(), 2);
    assert_eq!(report.skipped.len(), 2);
    assert_eq!(report.skipped[0].label, "Bad:two (line 3)");
    assert!(
        report.skipped[0].reason.contains("not valid"),
        "{:?}",
        report.skipped
    );
    assert_eq!(report.skipped[1].label, "line 5");
    assert_eq!(report.warnings.len(), 1);
    assert_eq!(report.warnings[0].label, "NoCounter (three)");
    // The weak 80-bit secret is accepted, with a warning on the account.
    assert_eq!(report.accounts[0].info().warnings.len(), 1);
}

/// A small deterministic PRNG (xorshift) so the "never panics" tests need no extra crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn mutated_and_random_input_never_panics() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    // Byte flips in every plain corpus file, through detection and through each importer.
    for case in CASES.iter().filter(|c| c.password.is_none()) {
        let original = read(EXPORTS, case.file);
        for _ in 0..200 {
            let mut bytes = original.clone();
            for _ in 0..(1 + rng.next() % 4) {
                let i = (rng.next() as usize) % bytes.len();
                bytes[i] = rng.next() as u8;
            }
            let _ = import_auto(&bytes, None, None);
            let _ = importer(case.format).import(&bytes, None);
        }
    }
    // Random bytes and random link-like text.
    for len in [1usize, 3, 16, 44, 45, 100, 1000] {
        for _ in 0..30 {
            let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            let _ = import_auto(&bytes, None, None);
            let _ = steward::otp::google::decode_payload(&bytes);
            for f in Format::ALL {
                // andOTP would run PBKDF2 on plausible headers; without a password it stops first.
                let _ = importer(f).import(&bytes, None);
            }
            let text: String = bytes.iter().map(|b| (b % 95 + 32) as char).collect();
            let _ = steward::otp::uri::parse(&format!("otpauth://totp/{text}"));
            let _ = steward::otp::uri::parse(&format!("otpauth://hotp/x?{text}"));
            let _ = steward::otp::parse_migration_uri(&format!(
                "otpauth-migration://offline?data={text}"
            ));
        }
    }
}
