//! Interrupted exports and imports: the real `steward` CLI is started as a child process and
//! killed with SIGKILL at random moments, dozens of times.
//!
//! - Exports (`case export` in every format, `otp export` aegis and uris) never leave half a
//!   file under the final name: every file there is complete and verifies (case exports: the
//!   signature holds; OTP exports: they import back with every account). What an interrupted
//!   export may leave is a hidden temporary file next to it, `.NAME.<id>.tmp` (id: a UUIDv7 for
//!   case exports, 12 hex digits for OTP exports), never anything else.
//! - An import (`otp import`) killed part-way leaves the profile consistent: `integrity_check`
//!   passes, the event chains are intact, and every account that is there is whole (its secret
//!   reads back and is the one in the file); importing again adds exactly the rest.
//!
//! STEWARD_INTERRUPT_ROUNDS sets the number of kills per test (default 40). The random seed is
//! printed, so a failure can be replayed with STEWARD_INTERRUPT_SEED.

#![cfg(unix)]

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use steward::cases::verify_chain;
use steward::otp::import::{import_auto, Format};
use steward::otp::OtpSecret;
use steward::share::{verify_file, Verdict};
use support::{CliEnv, CASE_EXPORT_FORMATS};

const EXPORT_PASSWORD: &str = "export password 123";

/// A small xorshift: random kill times without a dependency, reproducible from the seed printed.
struct Rng(u64);
impl Rng {
    fn from_env(what: &str) -> Rng {
        let seed = std::env::var("STEWARD_INTERRUPT_SEED")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64 | 1)
                    .unwrap_or(0x9e37_79b9_7f4a_7c15)
            });
        eprintln!("{what}: seed {seed} (STEWARD_INTERRUPT_SEED={seed} replays it)");
        Rng(seed)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, d: Duration) -> Duration {
        Duration::from_micros(self.next() % (d.as_micros() as u64).max(1))
    }
}

fn rounds() -> usize {
    std::env::var("STEWARD_INTERRUPT_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40)
}

/// The profile in `data/`, the export password in `export-pass`, the exports in `out/`.
fn test_env() -> CliEnv {
    CliEnv::new()
        .offline()
        .with_file("export-pass", EXPORT_PASSWORD)
        .with_dir("out")
}

/// `args` on the data directory `data`, with nothing to read and no output kept but errors.
fn steward(env: &CliEnv, data: &Path, args: &[String]) -> Command {
    let mut cmd = env.process_in(data);
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

/// Runs to completion; returns how long it took.
fn run(env: &CliEnv, data: &Path, args: &[String]) -> Duration {
    let started = Instant::now();
    let out = steward(env, data, args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    started.elapsed()
}

/// Starts the command and SIGKILLs it after `wait` (or lets it finish first). Returns whether it
/// was killed while still running.
fn run_and_kill(env: &CliEnv, data: &Path, args: &[String], wait: Duration) -> bool {
    let mut child = steward(env, data, args)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while started.elapsed() < wait {
        if let Ok(Some(status)) = child.try_wait() {
            assert!(status.success(), "{args:?} failed by itself: {status}");
            return false;
        }
        std::thread::sleep(Duration::from_micros(300));
    }
    let running = matches!(child.try_wait(), Ok(None));
    child.kill().ok();
    child.wait().ok();
    running
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

/// `(issuer, base32 secret)` of `n` made-up accounts, deterministic.
fn accounts(n: usize) -> Vec<(String, String)> {
    let mut rng = Rng(0x005e_ed0f_0acc);
    (0..n)
        .map(|i| {
            let bytes: Vec<u8> = (0..20).map(|_| rng.next() as u8).collect();
            let secret = OtpSecret::from_bytes(bytes).unwrap();
            (format!("Service{i:03}"), secret.to_base32().to_string())
        })
        .collect()
}

fn link_list(accounts: &[(String, String)]) -> String {
    accounts
        .iter()
        .map(|(issuer, secret)| {
            format!("otpauth://totp/{issuer}:user?secret={secret}&issuer={issuer}\n")
        })
        .collect()
}

/// What an interrupted export may leave besides finished files: `.NAME.<id>.tmp`.
fn is_temp_name(name: &str) -> bool {
    name.starts_with('.') && name.ends_with(".tmp") && name.len() > ".x..tmp".len()
}

/// Every file under the export folder's final names is complete and verifiable; returns the
/// temporary files found (and removes them, so each round is judged on its own).
fn check_exports(out: &Path, otp_accounts: usize) -> Vec<String> {
    let mut temps = vec![];
    for entry in std::fs::read_dir(out).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().to_string();
        let path = entry.path();
        if name.starts_with('.') {
            assert!(is_temp_name(&name), "unexpected hidden file {name}");
            temps.push(name);
            std::fs::remove_file(&path).unwrap();
            continue;
        }
        if name.ends_with(".sig") {
            // A signature may wait for its file (the file goes in last); checked with the file.
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        if name.starts_with("otp.") {
            let (format, password) = if name.ends_with(".aegis.json") {
                (Format::Aegis, Some(EXPORT_PASSWORD))
            } else {
                (Format::OtpauthList, None)
            };
            let report = import_auto(&bytes, Some(format), password)
                .unwrap_or_else(|e| panic!("{name} is not a complete export: {e}"));
            assert_eq!(report.accounts.len(), otp_accounts, "{name} lost accounts");
            assert!(report.skipped.is_empty(), "{name}: {:?}", report.skipped);
        } else {
            // Nothing pinned here: a whole, validly signed file is "unpinned" (not tampered).
            let v = verify_file(&path, None).unwrap();
            assert_eq!(
                v.verdict,
                Verdict::Unpinned,
                "{name} ({} bytes) does not verify: {}",
                bytes.len(),
                v.message
            );
        }
    }
    temps
}

#[test]
fn interrupted_exports_leave_whole_files_or_none() {
    let env = test_env();
    let otp = accounts(5);
    {
        let profile = common::open(&env.data());
        let store = profile.cases();
        let case = store
            .create_case(&common::new_case("Locked out of publishing", "Amazon"))
            .unwrap();
        for contact in common::seed_story() {
            store.log_interaction(case.id, &contact).unwrap();
        }
        for line in link_list(&otp).lines() {
            profile.otp().add_link(line).unwrap();
        }
    }
    let out = env.path("out");
    let pass = env.path("export-pass");
    let mut jobs: Vec<Vec<String>> = CASE_EXPORT_FORMATS
        .iter()
        .map(|f| {
            let file = out.join(format!("case.{f}"));
            strings(&["case", "export", "1", "--format", f, "--out"])
                .into_iter()
                .chain([file.display().to_string()])
                .collect()
        })
        .collect();
    for (format, file) in [("aegis", "otp.aegis.json"), ("uris", "otp.uris.txt")] {
        let mut args = strings(&["otp", "export", "--format", format, "--out"]);
        args.push(out.join(file).display().to_string());
        args.extend(["--password-file".to_string(), pass.display().to_string()]);
        jobs.push(args);
    }
    // Once to completion each: every format works, and how long each takes sets the kill window.
    let took: Vec<Duration> = jobs.iter().map(|a| run(&env, &env.data(), a)).collect();
    assert!(check_exports(&out, otp.len()).is_empty());

    let mut rng = Rng::from_env("interrupted exports");
    let mut killed_running = 0;
    let mut temps: Vec<String> = vec![];
    for round in 0..rounds() {
        let job = round % jobs.len();
        // Up to 20% past the usual run time, so kills fall in the write at the end too.
        let wait = rng.below(took[job].mul_f32(1.2));
        if run_and_kill(&env, &env.data(), &jobs[job], wait) {
            killed_running += 1;
        }
        temps.extend(check_exports(&out, otp.len()));
    }
    eprintln!(
        "interrupted exports: {} rounds, {killed_running} killed while running, {} temporary files left, e.g. {:?}",
        rounds(),
        temps.len(),
        temps.first()
    );
    assert!(
        killed_running > 0,
        "no export was interrupted: the test proved nothing"
    );
}

#[test]
fn an_interrupted_import_leaves_the_profile_consistent() {
    let env = test_env();
    let all = accounts(150);
    let secret_of: HashMap<String, String> = all.iter().cloned().collect();
    let file = env.path("links.txt");
    std::fs::write(&file, link_list(&all)).unwrap();
    let args = strings(&["otp", "import", &file.display().to_string()]);

    // Calibrate on a profile of its own: how long a whole import takes.
    let calib = env.path("calibration");
    drop(common::open(&calib));
    let took = run(&env, &calib, &args);

    let mut rng = Rng::from_env("interrupted import");
    let mut generation = 0;
    let mut data = env.path("data0");
    drop(common::open(&data));
    let (mut partial, mut complete) = (0, 0);
    for _ in 0..rounds() {
        let wait = rng.below(took.mul_f32(1.2));
        run_and_kill(&env, &data, &args, wait);

        let profile = common::open(&data);
        assert!(
            profile.db().integrity_check().unwrap().is_empty(),
            "integrity_check failed"
        );
        assert!(
            verify_chain(profile.db().conn()).unwrap().is_empty(),
            "event chain broken"
        );
        let otp = profile.otp();
        let present = otp.list().unwrap();
        for entry in &present {
            let issuer = entry.issuer.clone().unwrap_or_default();
            let expected = secret_of
                .get(&issuer)
                .unwrap_or_else(|| panic!("an account that was never imported: {issuer}"));
            let account = otp
                .account(entry.id)
                .unwrap_or_else(|e| panic!("{issuer} is there but its secret is not: {e}"));
            assert_eq!(
                account.secret.to_base32().as_str(),
                expected.as_str(),
                "{issuer} has another secret"
            );
        }
        let mut issuers: Vec<_> = present.iter().map(|e| e.issuer.clone()).collect();
        issuers.sort();
        issuers.dedup();
        assert_eq!(issuers.len(), present.len(), "an account was added twice");

        if present.len() == all.len() {
            complete += 1;
        } else if !present.is_empty() {
            partial += 1;
            // Importing again (to completion) adds exactly the rest.
            drop(profile);
            let out = steward(&env, &data, &args)
                .arg("--json")
                .stdout(Stdio::piped())
                .output()
                .unwrap();
            assert!(out.status.success());
            let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(
                report["added"].as_array().map(Vec::len),
                Some(all.len() - present.len()),
                "re-import after an interrupted one"
            );
            assert_eq!(
                report["duplicates"].as_array().map(Vec::len),
                Some(present.len())
            );
        } else {
            continue;
        }
        // Start the next round from an empty profile.
        generation += 1;
        data = env.path(&format!("data{generation}"));
        drop(common::open(&data));
    }
    eprintln!(
        "interrupted import: {} rounds, {partial} killed part-way, {complete} finished before the kill (whole import {took:?})",
        rounds()
    );
    assert!(
        partial > 0,
        "no import was cut part-way: the test proved little"
    );
}
