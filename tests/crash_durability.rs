//! Crash durability: a writer process logs interactions and is killed with SIGKILL at random
//! moments, hundreds of times. After every kill, every interaction it acknowledged as saved must
//! be there, `PRAGMA integrity_check` must pass and the event hash chains must be intact.
//! (SIGKILL stops the process, not the machine: this proves the transaction/WAL discipline; a
//! power cut is covered by synchronous=FULL, which this test cannot pull the plug on.)

#![cfg(unix)]

mod common;

use std::collections::HashSet;
use std::io::Write;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use steward::cases::{verify_chain, CaseFilter, Channel, Direction, NewCase, NewInteraction};
use steward::profile::{Profile, Unlock};
use zeroize::Zeroizing;

const WRITER_ENV: &str = "STEWARD_CRASH_WRITER_DIR";

/// The writer is this same test binary, started again to run only [`crash_writer`] with
/// `STEWARD_CRASH_WRITER_DIR` set: it logs contacts as fast as it can, printing
/// `ACK <case> <interaction>` only after each commit returned (what "saved" means to a user).
#[test]
fn crash_writer() {
    if let Ok(dir) = std::env::var(WRITER_ENV) {
        write_until_killed(dir, common::PASSPHRASE.to_string());
    }
}

fn write_until_killed(dir: String, pass: String) {
    let unlock = Unlock {
        passphrase: Some(Zeroizing::new(pass)),
        no_keyring: true,
    };
    let profile = match Profile::open(std::path::Path::new(&dir), &unlock) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("open failed: {e}");
            std::process::exit(2);
        }
    };
    let store = profile.cases();
    let mut out = std::io::stdout().lock();
    for n in 0u64.. {
        // A new case now and then, so case creation is interrupted too.
        let case = if n % 10 == 0 {
            match store.create_case(&NewCase {
                title: format!("Crash case {n}"),
                service: Some("Durability".into()),
                desired_outcome: None,
            }) {
                Ok(c) => c.id,
                Err(e) => {
                    eprintln!("create failed: {e}");
                    std::process::exit(2);
                }
            }
        } else {
            match store.list_cases(steward::cases::CaseFilter::All) {
                Ok(list) if !list.is_empty() => list[0].case.id,
                _ => continue,
            }
        };
        let interaction = NewInteraction {
            started_at: None,
            ended_at: None,
            wait_minutes: Some((n % 60) as u32),
            channel: Channel::Phone,
            direction: Direction::Outbound,
            team: Some(format!("Team {}", n % 3)),
            agent: None,
            references: vec![format!("REF-{n}")],
            summary: format!(
                "Contact number {n}: {}",
                "words to search ".repeat((n % 7) as usize)
            ),
            error_texts: vec!["We detected unusual activity".into()],
            quotes: vec![],
            promises: vec![],
            outcome: None,
            identity_verified: None,
            identity_method: None,
            steward_words: None,
        };
        match store.log_interaction(case, &interaction) {
            Ok(saved) => {
                // Printed only after the commit returned: this is what "saved" means to a user.
                if writeln!(out, "ACK {case} {}", saved.id)
                    .and_then(|_| out.flush())
                    .is_err()
                {
                    return;
                }
            }
            Err(e) => {
                eprintln!("log failed: {e}");
                std::process::exit(2);
            }
        }
    }
}

/// A small xorshift: random kill times without a dependency, reproducible from the seed printed.
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
fn nothing_acknowledged_is_lost_across_hundreds_of_kills() {
    let kills: usize = std::env::var("STEWARD_CRASH_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64 | 1)
        .unwrap_or(0x9e3779b97f4a7c15);
    eprintln!("crash test: {kills} kills, seed {seed}");
    let mut rng = Rng(seed);
    let dir = tempfile::tempdir().unwrap();
    // Create the profile once, so each writer start pays only the unlock.
    drop(common::open(dir.path()));
    let bin = std::env::current_exe().expect("test binary path");
    let mut acknowledged: HashSet<String> = HashSet::new();
    let mut killed_mid_write = 0;

    for round in 0..kills {
        let mut child = Command::new(&bin)
            .args(["--exact", "crash_writer", "--nocapture", "--test-threads=1"])
            .env(WRITER_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start writer");
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| {
                    l.strip_prefix("ACK ")
                        .map(|rest| rest.split(' ').nth(1).unwrap_or("").to_string())
                })
                .collect::<Vec<_>>()
        });
        // Kill anywhere from during the unlock to well into the writing.
        let wait = Duration::from_micros(rng.next() % 400_000);
        let started = Instant::now();
        while started.elapsed() < wait {
            if let Ok(Some(status)) = child.try_wait() {
                let mut err = String::new();
                use std::io::Read;
                child.stderr.take().unwrap().read_to_string(&mut err).ok();
                panic!("writer exited by itself in round {round}: {status}: {err}");
            }
            std::thread::sleep(Duration::from_micros(500));
        }
        child.kill().expect("SIGKILL");
        child.wait().ok();
        let acks = reader.join().unwrap();
        if !acks.is_empty() {
            killed_mid_write += 1;
        }
        acknowledged.extend(acks);
    }

    let profile = common::open(dir.path());
    assert!(
        profile.db().integrity_check().unwrap().is_empty(),
        "integrity_check failed"
    );
    assert!(
        verify_chain(profile.db().conn()).unwrap().is_empty(),
        "event chain broken"
    );
    let store = profile.cases();
    let mut present = HashSet::new();
    for summary in store.list_cases(CaseFilter::All).unwrap() {
        for i in store.case_detail(summary.case.id).unwrap().interactions {
            present.insert(i.id.to_string());
        }
    }
    let lost: Vec<_> = acknowledged.difference(&present).collect();
    eprintln!(
        "crash test: {} acknowledged, {} present, {} rounds killed while writing",
        acknowledged.len(),
        present.len(),
        killed_mid_write
    );
    assert!(
        lost.is_empty(),
        "{} acknowledged contacts lost, e.g. {:?}",
        lost.len(),
        lost.first()
    );
    assert!(
        acknowledged.len() > kills,
        "the writer barely wrote: the test proved little"
    );
    // Search still works over what survived.
    assert!(!store.search("unusual", 5).unwrap().is_empty());
}
