//! Proof of when, against a real time-stamping authority on this machine: `openssl ts -reply`
//! behind a tiny HTTP handler in this test (no outside network). An export made with the TSA
//! has `FILE.tsr`, which `openssl ts -verify` accepts for the file (and refuses for a changed
//! one); the PDF signature carries the timestamp and stays valid in `pdfsig`; a TSA that is
//! down is a clear error and nothing is written.

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::Utc;
use common::*;
use steward::error::UserFacing;
use steward::share::{build_export, export_to_file, Format, Redactor, ShareKey};
use support::{profile_with_case, CliEnv};

fn sh(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A CA, a TSA certificate it issued (extendedKeyUsage timeStamping), and an openssl TSA
/// configuration, in `dir`.
fn tsa_files(dir: &Path) {
    sh(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-subj",
            "/CN=Steward test TSA CA",
            "-days",
            "2",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
        ],
    );
    sh(
        dir,
        &[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "tsa.key",
            "-out",
            "tsa.csr",
            "-subj",
            "/CN=Steward test TSA",
        ],
    );
    std::fs::write(
        dir.join("ext.cnf"),
        "extendedKeyUsage=critical,timeStamping\n",
    )
    .unwrap();
    sh(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "tsa.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "tsa.pem",
            "-days",
            "2",
            "-extfile",
            "ext.cnf",
        ],
    );
    std::fs::write(dir.join("tsaserial"), "01\n").unwrap();
    std::fs::write(
        dir.join("tsa.cnf"),
        "[ tsa ]\ndefault_tsa = t\n[ t ]\ndir = .\nserial = ./tsaserial\ncrypto_device = builtin\n\
         signer_cert = ./tsa.pem\ncerts = ./ca.pem\nsigner_key = ./tsa.key\nsigner_digest = sha256\n\
         default_policy = 1.2.3.4.1\nother_policies = 1.2.3.4.5.6\ndigests = sha256, sha384, sha512\n\
         accuracy = secs:1\nordering = yes\ntsa_name = no\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n",
    )
    .unwrap();
}

/// Serves RFC 3161 on 127.0.0.1: each POSTed query is answered by `openssl ts -reply`.
fn tsa_server(dir: PathBuf) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(50) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut len = 0usize;
            loop {
                let mut h = String::new();
                if reader.read_line(&mut h).unwrap_or(0) == 0 {
                    break;
                }
                let h = h.trim_end();
                if h.is_empty() {
                    break;
                }
                if let Some((k, v)) = h.split_once(':') {
                    if k.eq_ignore_ascii_case("content-length") {
                        len = v.trim().parse().unwrap_or(0);
                    }
                }
            }
            let mut body = vec![0; len];
            reader.read_exact(&mut body).unwrap();
            std::fs::write(dir.join("q.der"), &body).unwrap();
            let ok = Command::new("openssl")
                .current_dir(&dir)
                .args([
                    "ts",
                    "-reply",
                    "-config",
                    "tsa.cnf",
                    "-queryfile",
                    "q.der",
                    "-out",
                    "r.der",
                ])
                .output()
                .unwrap()
                .status
                .success();
            let reply = if ok {
                std::fs::read(dir.join("r.der")).unwrap()
            } else {
                Vec::new()
            };
            let head = format!(
                "HTTP/1.1 {}\r\nContent-Type: application/timestamp-reply\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                if ok { "200 OK" } else { "500 Error" },
                reply.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&reply);
        }
    });
    format!("http://{addr}/tsa")
}

#[test]
fn a_timestamp_proves_when_and_a_down_tsa_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let tsa = dir.path().join("tsa");
    std::fs::create_dir_all(&tsa).unwrap();
    tsa_files(&tsa);
    let url = tsa_server(tsa.clone());

    let (profile, case) =
        profile_with_case(dir.path(), "Refund refused", &[contact("Called twice")]);
    let (x, _) = build_export(profile.db().conn(), case, &Redactor::new(), Utc::now()).unwrap();
    let key = ShareKey::for_profile(&profile)
        .unwrap()
        .with_timestamps(Some(url));

    for f in [Format::Pdf, Format::Md] {
        let path = dir.path().join(format!("case.{}", f.extension()));
        export_to_file(&x, f, &key, &path).unwrap();
        let tsr = dir.path().join(format!("case.{}.tsr", f.extension()));
        assert!(tsr.exists(), "FILE.tsr beside FILE.sig");
        let verify = |data: &Path| {
            Command::new("openssl")
                .args(["ts", "-verify", "-data"])
                .arg(data)
                .arg("-in")
                .arg(&tsr)
                .arg("-CAfile")
                .arg(tsa.join("ca.pem"))
                .arg("-untrusted")
                .arg(tsa.join("tsa.pem"))
                .output()
                .unwrap()
        };
        let ok = verify(&path);
        assert!(
            ok.status.success(),
            "{}",
            String::from_utf8_lossy(&ok.stderr)
        );
        let mut changed = std::fs::read(&path).unwrap();
        changed[10] ^= 1;
        let changed_path = dir.path().join("changed.bin");
        std::fs::write(&changed_path, &changed).unwrap();
        assert!(!verify(&changed_path).status.success());
    }
    // The PDF's own signature carries the timestamp and is still valid.
    let out = Command::new("pdfsig")
        .arg(dir.path().join("case.pdf"))
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("Signature is Valid."), "{report}");

    // A TSA that does not answer: a clear error, and no file is written.
    let down = ShareKey::for_profile(&profile)
        .unwrap()
        .with_timestamps(Some("http://127.0.0.1:9/tsa".into()));
    let target = dir.path().join("never.md");
    let err = export_to_file(&x, Format::Md, &down, &target).unwrap_err();
    assert_eq!(err.code(), "timestamp_failed");
    assert!(!target.exists() && !dir.path().join("never.md.sig").exists());
}

/// The setting as a customer uses it from the CLI: off by default; once a TSA is set, every
/// export is stamped without naming it again; `--no-timestamp` skips it once; `--off` turns it
/// off; a bad address is refused and the setting is unchanged.
#[test]
fn the_profile_setting_stamps_every_export_until_turned_off() {
    let env = CliEnv::new()
        .env_remove("STEWARD_TSA_URL")
        .arg("--no-keyring");
    let tsa = env.path("tsa");
    std::fs::create_dir_all(&tsa).unwrap();
    tsa_files(&tsa);
    let url = tsa_server(tsa.clone());
    env.json(&["case", "new", "Refund refused", "--service", "Bank"]);
    assert_eq!(
        env.json(&["share", "timestamp"])["timestamp_url"],
        serde_json::Value::Null
    );

    let export = |name: &str, extra: &[&str]| {
        let out_s = env.path_arg(name);
        let mut args = vec!["case", "export", "1", "--format", "md", "--out"];
        args.push(&out_s);
        args.extend_from_slice(extra);
        env.json(&args);
        env.path(&format!("{name}.tsr")).exists()
    };
    assert!(!export("off.md", &[]), "off by default: no timestamp");

    let refused = env.run_json(&["share", "timestamp", "ftp://tsa.example/"]);
    assert_ne!(refused.status.code(), Some(0));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("timestamp_url_invalid"), "{err}");
    assert_eq!(
        env.json(&["share", "timestamp"])["timestamp_url"],
        serde_json::Value::Null
    );

    assert_eq!(
        env.json(&["share", "timestamp", &url])["timestamp_url"],
        url.as_str()
    );
    assert!(export("on.md", &[]), "the saved TSA stamps the export");
    let ok = Command::new("openssl")
        .args(["ts", "-verify", "-data"])
        .arg(env.path("on.md"))
        .arg("-in")
        .arg(env.path("on.md.tsr"))
        .arg("-CAfile")
        .arg(tsa.join("ca.pem"))
        .arg("-untrusted")
        .arg(tsa.join("tsa.pem"))
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(
        !export("once.md", &["--no-timestamp"]),
        "--no-timestamp skips it once"
    );

    assert_eq!(
        env.json(&["share", "timestamp", "--off"])["timestamp_url"],
        serde_json::Value::Null
    );
    assert!(!export("again-off.md", &[]));
}
