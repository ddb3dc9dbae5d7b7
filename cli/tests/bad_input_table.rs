//! Hostile inputs × entry points, through the real `steward` CLI with `--json`: one table, each
//! row with the error `code` expected on stderr (`{code, message, hint, kind}`, exit 1) or the
//! success expected. Every row must answer within 10 s (a hang fails the row), never crash
//! (a signal or exit 101 fails), and say something a person can act on (a message, and a hint
//! unless the message is the whole story).
//!
//! Inputs: a 200 MB sparse file (import, attach, QR), a PNG whose header claims 30000 × 30000
//! pixels, a 36-megapixel PNG that compresses to a few KB (decoded in full: the bomb that passes
//! the size checks), 100k nested `[` and `{"a":` for every JSON importer, invalid UTF-8 in files
//! and arguments, wrong passwords and truncated files for every encrypted format, SQL-looking
//! and FTS5-operator text in titles and searches (stored and found literally), control
//! characters in names, and enormous otpauth links (as an argument, on standard input, in a
//! file).

#![cfg(unix)]

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use std::ffi::OsString;
use std::io::{Read, Write};
use std::os::unix::ffi::OsStringExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::Value;
use support::CliEnv;

const LIMIT: Duration = Duration::from_secs(10);
const SQL_TITLE: &str = "Robert'); DROP TABLE cases;-- \" OR 1=1";
const ESC_TITLE: &str = "Red \u{1b}[31mtitle\u{1b}[0m\u{7} and \u{9b}2J\u{1b}]0;owned\u{7}";
const SQL_CONTACT: &str = "Agent typed '); DELETE FROM interactions WHERE 1=1;-- into the chat";

fn corpus(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/corpus/authenticator-exports")
        .join(file)
}

enum Expect {
    /// Exit 1 with this error code.
    Error(&'static str),
    /// Exit 0.
    Ok,
}

/// An extra check on the JSON a row printed.
type Check = Box<dyn Fn(&Value)>;

struct Row {
    name: &'static str,
    args: Vec<OsString>,
    stdin: Vec<u8>,
    expect: Expect,
    /// How long it may take before it counts as a hang.
    limit: Duration,
    /// Extra checks on the JSON printed (the error on stderr, or stdout on success).
    check: Option<Check>,
}

fn row(name: &'static str, args: &[&dyn AsRef<std::ffi::OsStr>], expect: Expect) -> Row {
    Row {
        name,
        args: args.iter().map(|a| a.as_ref().to_os_string()).collect(),
        stdin: vec![],
        expect,
        limit: LIMIT,
        check: None,
    }
}

impl Row {
    fn stdin(mut self, bytes: Vec<u8>) -> Row {
        self.stdin = bytes;
        self
    }
    fn check(mut self, f: impl Fn(&Value) + 'static) -> Row {
        self.check = Some(Box::new(f));
        self
    }
    /// (exit code, stdout, stderr, how long); panics on a hang past [`LIMIT`].
    fn run(&self, env: &CliEnv) -> (Option<i32>, Vec<u8>, Vec<u8>, Duration) {
        let started = Instant::now();
        let mut child = env
            .process()
            .arg("--json")
            .args(&self.args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut input = child.stdin.take().unwrap();
        let stdin = self.stdin.clone();
        let writer = std::thread::spawn(move || {
            let _ = input.write_all(&stdin);
        });
        let mut out = child.stdout.take().unwrap();
        let mut err = child.stderr.take().unwrap();
        let reader_out = std::thread::spawn(move || {
            let mut b = vec![];
            let _ = out.read_to_end(&mut b);
            b
        });
        let reader_err = std::thread::spawn(move || {
            let mut b = vec![];
            let _ = err.read_to_end(&mut b);
            b
        });
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > self.limit {
                child.kill().ok();
                child.wait().ok();
                panic!("{}: no answer within {:?} (a hang)", self.name, self.limit);
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        let took = started.elapsed();
        let _ = writer.join();
        (
            status.code(),
            reader_out.join().unwrap(),
            reader_err.join().unwrap(),
            took,
        )
    }
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A PNG file with this IHDR size and the IDAT of `real` (a valid PNG of another size).
fn png_claiming(width: u32, height: u32, real: &[u8]) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend((data.len() as u32).to_be_bytes());
        let mut body = kind.to_vec();
        body.extend(data);
        out.extend(&body);
        out.extend(crc32(&body).to_be_bytes());
    }
    // The chunks of the real file, past the signature.
    let mut idat = vec![];
    let mut at = 8;
    while at + 8 <= real.len() {
        let len = u32::from_be_bytes(real[at..at + 4].try_into().unwrap()) as usize;
        if &real[at + 4..at + 8] == b"IDAT" {
            idat.extend(&real[at + 8..at + 8 + len]);
        }
        at += 12 + len;
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = vec![];
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 0, 0, 0, 0]); // 8-bit greyscale
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(&mut out, b"IDAT", &idat);
    chunk(&mut out, b"IEND", &[]);
    out
}

#[test]
fn hostile_inputs_get_clear_errors_quickly() {
    let env = CliEnv::new()
        .offline()
        .with_file("test-pass", "test")
        .with_file("wrong-pass", "not the password");
    {
        let profile = common::open(&env.data());
        let store = profile.cases();
        let case = store
            .create_case(&common::new_case("Locked out", "Amazon"))
            .unwrap();
        store
            .log_interaction(case.id, &common::contact(SQL_CONTACT))
            .unwrap();
        profile
            .otp()
            .add_link("otpauth://totp/Example:me?secret=JBSWY3DPEHPK3PXP&issuer=Example")
            .unwrap();
    }

    // 200 MB, sparse: costs no disk.
    let huge = |name: &str| {
        let p = env.path(name);
        std::fs::File::create(&p)
            .unwrap()
            .set_len(200 * 1024 * 1024)
            .unwrap();
        p
    };
    let huge_json = huge("huge.json");
    let huge_pdf = huge("huge.pdf");
    let huge_png = huge("huge.png");

    // A 36-megapixel white picture: a few KB of PNG, 36 MB once decoded, no QR code in it.
    let bomb = env.path("bomb-36mp.png");
    image::GrayImage::from_pixel(6000, 6000, image::Luma([255u8]))
        .save(&bomb)
        .unwrap();
    let bomb_bytes = std::fs::read(&bomb).unwrap();
    assert!(
        bomb_bytes.len() < 200_000,
        "compresses well: {}",
        bomb_bytes.len()
    );
    let claims_900mp = env.write("claims-900mp.png", &png_claiming(30000, 30000, &bomb_bytes));
    let truncated_png = env.write("truncated.png", &bomb_bytes[..bomb_bytes.len() / 2]);
    let not_png = env.write("not-an-image.png", b"\x89PNX this is not a PNG at all");

    let nested_array = env.write("nested-array.json", "[".repeat(100_000).as_bytes());
    let nested_object = env.write("nested-object.json", "{\"a\":".repeat(100_000).as_bytes());
    let bad_utf8 = env.write(
        "bad-utf8.txt",
        b"otpauth://totp/Bad\xff\xfeName?secret=JBSWY3DPEHPK3PXP\xc3",
    );
    let binary = env.write("binary.bin", b"\xff\xfe\x00\x01\x02garbage\x80\x81");
    let empty = env.write("empty.json", b"  \n ");
    let not_eml = env.write("message.eml", b"hello\nthis is not an e-mail\n");

    let aegis = std::fs::read(corpus("aegis_encrypted.json")).unwrap();
    let twofas = std::fs::read(corpus("2fas_authenticator_encrypted_v4.2fas")).unwrap();
    let andotp = std::fs::read(corpus("andotp_encrypted.bin")).unwrap();
    let aegis_cut = env.write("aegis-cut.json", &aegis[..aegis.len() / 2]);
    let twofas_cut = env.write("2fas-cut.2fas", &twofas[..twofas.len() / 2]);
    let andotp_cut = env.write("andotp-cut.bin", &andotp[..andotp.len() / 2]);
    let andotp_header_only = env.write("andotp-header.bin", &andotp[..20]);
    // The encrypted services cut in half inside a file that is still valid JSON.
    let twofas_services_cut = {
        use base64::Engine as _;
        let b64 = base64::engine::general_purpose::STANDARD;
        let mut backup: Value = serde_json::from_slice(&twofas).unwrap();
        let sealed = backup["servicesEncrypted"].as_str().unwrap().to_string();
        let mut parts: Vec<String> = sealed.split(':').map(str::to_string).collect();
        let ct = b64.decode(&parts[0]).unwrap();
        parts[0] = b64.encode(&ct[..ct.len() / 2]);
        backup["servicesEncrypted"] = parts.join(":").into();
        env.write(
            "2fas-services-cut.2fas",
            &serde_json::to_vec(&backup).unwrap(),
        )
    };

    // Enormous otpauth links: an argument is limited to 128 KiB by Linux; stdin and files not.
    let long_name = |n: usize| {
        format!(
            "otpauth://totp/{}?secret=JBSWY3DPEHPK3PXP&issuer=Big",
            "A".repeat(n)
        )
    };
    let long_secret = format!("otpauth://totp/Big:me?secret={}", "A".repeat(5_000_000));
    let long_link_file = env.write("long-link.txt", long_name(2_000_000).as_bytes());
    let many_links = env.write(
        "many-links.txt",
        "otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXP&issuer=X\n"
            .repeat(20_000)
            .as_bytes(),
    );

    let distinct_links = env.write(
        "distinct-links.txt",
        (0..5000)
            .map(|i| {
                // A different 160-bit secret per line (Base32 of i, padded with letters).
                let secret: String = format!("{i:0>8}")
                    .chars()
                    .map(|c| (b'A' + (c as u8 - b'0')) as char)
                    .chain("MFRGGZDFMZTWQ2LKNNWG23TP".chars())
                    .collect();
                format!("otpauth://totp/Svc{i}:user{i}@example.com?secret={secret}&issuer=Svc{i}\n")
            })
            .collect::<String>()
            .as_bytes(),
    );
    let tp = env.path("test-pass");
    let wp = env.path("wrong-pass");
    let bad_arg = OsString::from_vec(b"Title \xff\xfe not UTF-8".to_vec());

    let rows = vec![
        // Huge files.
        row("200 MB import", &[&"otp", &"import", &huge_json], Expect::Error("file_too_large"))
            .check(|v| assert!(v["message"].as_str().unwrap().contains("200.0 MiB"), "the size in MiB: {v}")),
        // No size to check first (a device, a pipe): the read itself is capped (was unbounded).
        row("endless import (/dev/zero)", &[&"otp", &"import", &"/dev/zero"], Expect::Error("file_too_large")),
        row("endless password file", &[&"otp", &"import", &"--password-file", &"/dev/zero", &corpus("aegis_encrypted.json")], Expect::Error("password_file_unreadable"))
            .check(|v| assert!(v["message"].as_str().unwrap().contains("too large"), "{v}")),
        row("endless RT token file", &[&"share", &"send", &"1", &"--to", &"rt", &"--rt-url", &"http://127.0.0.1:9/REST/2.0", &"--queue", &"General", &"--requestor", &"a@example.com", &"--rt-token-file", &"/dev/zero"], Expect::Error("file_too_large")),
        row("endless privacyIDEA password file", &[&"enrol", &"start", &"Amazon", &"--privacyidea", &"http://127.0.0.1:9", &"--user", &"carol", &"--password-file", &"/dev/zero"], Expect::Error("file_too_large")),
        row("200 MB attachment", &[&"case", &"attach", &"1", &huge_pdf], Expect::Error("file_too_large"))
            .check(|v| assert!(v["message"].as_str().unwrap().contains("200.0 MiB"), "the real size: {v}")),
        row("200 MB QR picture", &[&"otp", &"add", &"--qr", &huge_png], Expect::Error("image_too_large")),
        // Pictures.
        row("PNG claiming 30000x30000", &[&"otp", &"add", &"--qr", &claims_900mp], Expect::Error("image_too_large"))
            .check(|v| assert!(v["message"].as_str().unwrap().contains("30000 × 30000") && v["message"].as_str().unwrap().contains("Crop it"), "{v}")),
        // 36 MP: searched on a 2000 px copy (was three full passes, 4-11 s, and needed 30 s here).
        row("36 MP PNG of a few KB", &[&"otp", &"add", &"--qr", &bomb], Expect::Error("no_qr_found")),
        row("truncated PNG", &[&"otp", &"add", &"--qr", &truncated_png], Expect::Error("image_damaged")),
        row("not a PNG", &[&"otp", &"add", &"--qr", &not_png], Expect::Error("not_an_image")),
        row("enrol: start", &[&"enrol", &"start", &"GitHub"], Expect::Ok),
        row("enrol: totp", &[&"enrol", &"method", &"totp"], Expect::Ok),
        row("enrol: 36 MP PNG", &[&"enrol", &"link", &"--qr", &bomb], Expect::Error("no_qr_found")),
        // Deep nesting, every JSON importer and the sniffing one.
        row("100k [ sniffed", &[&"otp", &"import", &nested_array], Expect::Error("unknown_format")),
        row("100k [ as aegis", &[&"otp", &"import", &"--format", &"aegis", &nested_array], Expect::Error("malformed")),
        row("100k [ as 2fas", &[&"otp", &"import", &"--format", &"2fas", &nested_array], Expect::Error("malformed")),
        row("100k [ as andotp", &[&"otp", &"import", &"--format", &"andotp", &nested_array], Expect::Error("malformed")),
        row("100k [ as bitwarden", &[&"otp", &"import", &"--format", &"bitwarden", &nested_array], Expect::Error("malformed")),
        row("100k [ as freeotp_plus", &[&"otp", &"import", &"--format", &"freeotp_plus", &nested_array], Expect::Error("malformed")),
        row("100k [ as proton", &[&"otp", &"import", &"--format", &"proton", &nested_array], Expect::Error("malformed")),
        row("100k {\"a\": sniffed", &[&"otp", &"import", &nested_object], Expect::Error("unknown_format")),
        row("100k {\"a\": as aegis", &[&"otp", &"import", &"--format", &"aegis", &nested_object], Expect::Error("malformed")),
        row("100k {\"a\": as 2fas", &[&"otp", &"import", &"--format", &"2fas", &nested_object], Expect::Error("malformed")),
        // Invalid UTF-8 and junk.
        row("invalid UTF-8 link list", &[&"otp", &"import", &bad_utf8], Expect::Error("malformed")),
        row("binary junk", &[&"otp", &"import", &binary], Expect::Error("unknown_format")),
        row("blank file", &[&"otp", &"import", &empty], Expect::Error("empty_file")),
        row("invalid UTF-8 argument", &[&"case", &"new", &bad_arg], Expect::Error("invalid_arguments")),
        row("invalid UTF-8 on stdin link", &[&"otp", &"add", &"-"], Expect::Error("stdin_unreadable"))
            .stdin(b"\xff\xfe\x00otpauth".to_vec()),
        row("not an e-mail as .eml", &[&"case", &"attach", &"1", &not_eml], Expect::Error("malformed_email")),
        // Encrypted files: wrong password, cut short, no password.
        row("aegis, wrong password", &[&"otp", &"import", &"--password-file", &wp, &corpus("aegis_encrypted.json")], Expect::Error("wrong_password")),
        row("2fas, wrong password", &[&"otp", &"import", &"--password-file", &wp, &corpus("2fas_authenticator_encrypted_v4.2fas")], Expect::Error("wrong_password")),
        row("andotp, wrong password", &[&"otp", &"import", &"--format", &"andotp", &"--password-file", &wp, &corpus("andotp_encrypted.bin")], Expect::Error("wrong_password")),
        row("aegis, cut in half", &[&"otp", &"import", &"--password-file", &tp, &aegis_cut], Expect::Error("malformed")),
        row("2fas, cut in half", &[&"otp", &"import", &"--password-file", &tp, &twofas_cut], Expect::Error("malformed")),
        // andOTP's format has no length or checksum outside the AES-GCM tag, but GCM is counter
        // mode: with the right password the start of a cut file still reads as JSON, so it is
        // "damaged" (it used to say "wrong password").
        row("andotp, cut in half", &[&"otp", &"import", &"--format", &"andotp", &"--password-file", &tp, &andotp_cut], Expect::Error("malformed"))
            .check(|v| assert!(v["message"].as_str().unwrap().contains("password is right"), "{v}")),
        // Cut and the wrong password: nothing can tell, and the message says both.
        row("andotp, cut in half, wrong password", &[&"otp", &"import", &"--format", &"andotp", &"--password-file", &wp, &andotp_cut], Expect::Error("wrong_password"))
            .check(|v| assert!(v["message"].as_str().unwrap().contains("or this andOTP file is damaged"), "{v}")),
        row("2fas, services cut (valid JSON)", &[&"otp", &"import", &"--password-file", &tp, &twofas_services_cut], Expect::Error("malformed"))
            .check(|v| assert!(v["message"].as_str().unwrap().contains("password is right"), "{v}")),
        row("andotp, header only", &[&"otp", &"import", &"--format", &"andotp", &"--password-file", &tp, &andotp_header_only], Expect::Error("malformed")),
        row("aegis, no password", &[&"otp", &"import", &corpus("aegis_encrypted.json")], Expect::Error("password_required")),
        // SQL and FTS5 syntax: stored and found literally.
        row("SQL in a case title", &[&"case", &"new", &SQL_TITLE], Expect::Ok)
            .check(|v| assert_eq!(v["title"], SQL_TITLE)),
        row("SQL in a search", &[&"case", &"search", &"DELETE FROM interactions"], Expect::Ok)
            .check(|v| assert_eq!(v.as_array().map(Vec::len), Some(1), "found literally: {v}")),
        row("SQL quote in a search", &[&"case", &"search", &"'); DELETE"], Expect::Ok),
        row("FTS5 operators in a search", &[&"case", &"search", &"NEAR(\"a\" OR b* AND ^c col:d -e"], Expect::Ok),
        row("unbalanced quote in a search", &[&"case", &"search", &"\"interactions"], Expect::Ok)
            .check(|v| assert_eq!(v.as_array().map(Vec::len), Some(1), "{v}")),
        row("only punctuation in a search", &[&"case", &"search", &"*()\"-"], Expect::Error("empty_search")),
        row("SQL in an OTP name", &[&"otp", &"add", &"otpauth://totp/x'%3B%20DROP%20TABLE%20otp_accounts%3B--:me?secret=GEZDGNBVGY3TQOJQ&issuer=x'%3B%20DROP%20TABLE%20otp_accounts%3B--"], Expect::Ok),
        // Control characters.
        // Stored exactly as given (tests/store.rs wants verbatim texts); the human output drops
        // them (checked after the table).
        row("escape sequences in a case title", &[&"case", &"new", &ESC_TITLE], Expect::Ok)
            .check(|v| assert_eq!(v["title"], ESC_TITLE)),
        row("escape sequences in an OTP issuer", &[&"otp", &"add", &"otpauth://totp/Evil%1B%5B31m:bob?secret=JBSWY3DPEHPK3PXP&issuer=Evil%1B%5B31m"], Expect::Error("invalid_input")),
        row("escape sequences in an OTP rename", &[&"otp", &"rename", &"1", &"--name", &"bob\u{1b}[2J"], Expect::Error("invalid_input")),
        // Enormous links.
        row("120 KB link as an argument", &[&"otp", &"add", &long_name(120_000)], Expect::Error("invalid_input")),
        // Standard input is read up to 1 MiB (it was read to the end, however long).
        row("5 MB link on stdin", &[&"otp", &"add", &"-"], Expect::Error("stdin_too_large"))
            .stdin(long_secret.into_bytes())
            .check(|v| assert!(v["message"].as_str().unwrap().contains("1.0 MiB"), "{v}")),
        row("900 KB link on stdin", &[&"otp", &"add", &"-"], Expect::Error("invalid_secret"))
            .stdin(format!("otpauth://totp/Big:me?secret={}", "A".repeat(900_000)).into_bytes()),
        row("5 MB of backup codes on stdin", &[&"otp", &"backup-codes", &"add", &"1", &"-"], Expect::Error("stdin_too_large"))
            .stdin("12345678\n".repeat(600_000).into_bytes()),
        row("2 MB link in a file", &[&"otp", &"import", &long_link_file], Expect::Error("invalid_input")),
        row("120 KB link in enrolment", &[&"enrol", &"link", &long_name(120_000)], Expect::Error("invalid_input")),
        row("20,000 copies of one link", &[&"otp", &"import", &many_links], Expect::Ok)
            .check(|v| assert_eq!(v["added"].as_array().map(Vec::len), Some(1), "one added, the rest duplicates")),
        // 5,000 different accounts: was 18-21 s (a table scan and an fsync per account).
        row("5,000 different links", &[&"otp", &"import", &distinct_links], Expect::Ok)
            .check(|v| assert_eq!(v["added"].as_array().map(Vec::len), Some(5000), "{}", v["skipped"])),
        row("the same 5,000 again", &[&"otp", &"import", &distinct_links], Expect::Ok)
            .check(|v| {
                assert_eq!(v["added"].as_array().map(Vec::len), Some(0));
                assert_eq!(v["duplicates"].as_array().map(Vec::len), Some(5000));
            }),
        // Complaints: what a person types into the mark, kept literally or refused clearly.
        row("complaint: a contact to mark", &[&"case", &"log", &"1", &"-s", &"Complained in writing"], Expect::Ok),
        row("complaint: SQL as the reference", &[&"case", &"complaint", &"mark", &"1", &"--jurisdiction", &"GB", &"--sector", &"energy", &"--ref", &SQL_TITLE], Expect::Ok)
            .check(|v| assert_eq!(v["complaint"]["firm_reference"], SQL_TITLE)),
        row("complaint: escape codes as the country", &[&"case", &"complaint", &"mark", &"1", &"--jurisdiction", &"\u{1b}[2J"], Expect::Error("complaint_bad_jurisdiction")),
        row("complaint: a path as the time zone", &[&"case", &"complaint", &"mark", &"1", &"--time-zone", &"../../../etc/passwd"], Expect::Error("complaint_bad_time_zone")),
        row("complaint: a 100 KB reference", &[&"case", &"complaint", &"mark", &"1", &"--ref", &"R".repeat(100_000)], Expect::Error("field_too_long")),
        row("complaint: received in the year 9999", &[&"case", &"complaint", &"mark", &"1", &"--received", &"9999-12-31"], Expect::Error("complaint_date_out_of_range")),
        row("complaint: SQL as the sector", &[&"case", &"complaint", &"mark", &"1", &"--sector", &"x'); DROP TABLE complaints;--"], Expect::Error("complaint_bad_sector")),
        row("complaint: the mark survived", &[&"case", &"complaint", &"show", &"1", &"--on", &"2026-01-01"], Expect::Ok)
            .check(|v| assert_eq!(v["complaint"]["firm_reference"], SQL_TITLE)),
    ];

    let mut report = vec![];
    let mut failures = vec![];
    for r in &rows {
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let (code, stdout, stderr, took) = r.run(&env);
            report.push(format!("{:>6} ms  {}", took.as_millis(), r.name));
            assert!(
                matches!(code, Some(0..=2)),
                "crashed: exit {code:?}: {}",
                String::from_utf8_lossy(&stderr)
            );
            match r.expect {
                Expect::Error(expected) => {
                    let v: Value = serde_json::from_slice(&stderr).unwrap_or_else(|_| {
                        panic!(
                            "stderr is not a JSON error: {}",
                            String::from_utf8_lossy(&stderr)
                        )
                    });
                    assert_eq!(v["code"], expected, "{v}");
                    assert_eq!(code, Some(1), "{v}");
                    assert_eq!(v["kind"], "input", "{v}");
                    let message = v["message"].as_str().unwrap_or("");
                    assert!(message.len() >= 10, "a message a person can read: {v}");
                    assert!(message.len() < 600, "a short message: {v}");
                    if let Some(check) = &r.check {
                        check(&v);
                    }
                }
                Expect::Ok => {
                    assert_eq!(code, Some(0), "{}", String::from_utf8_lossy(&stderr));
                    if let Some(check) = &r.check {
                        let v: Value = serde_json::from_slice(&stdout).expect("stdout is JSON");
                        check(&v);
                    }
                }
            }
        }));
        if let Err(e) = outcome {
            let text = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            failures.push(format!("{}: {text}", r.name));
        }
    }
    eprintln!("{}", report.join("\n"));
    assert!(
        failures.is_empty(),
        "{} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );

    // Afterwards the profile is whole: nothing hostile got in sideways.
    let profile = common::open(&env.data());
    assert!(profile.db().integrity_check().unwrap().is_empty());
    assert!(steward::cases::verify_chain(profile.db().conn())
        .unwrap()
        .is_empty());
    let titles: Vec<String> = profile
        .cases()
        .list_cases(steward::cases::CaseFilter::All)
        .unwrap()
        .into_iter()
        .map(|c| c.case.title)
        .collect();
    assert!(titles.iter().any(|t| t == SQL_TITLE), "{titles:?}");
    drop(profile);
    // The human output never carries a control character to the terminal.
    for args in [&["case", "list"][..], &["case", "show", "3"][..]] {
        let out = env.process().args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("[31mtitle"), "{args:?}: {text}");
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{args:?} prints control characters: {text:?}"
        );
    }
}
