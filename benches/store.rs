//! The case store at scale, on a real encrypted profile: log 100,000 interactions across 1,000
//! cases (throughput), full-text search p50/p99 over them, open the profile, load a case with
//! 10,000 interactions, compute its insights. Run by hand: `cargo bench --bench store`
//! (STEWARD_BENCH_INTERACTIONS to change the size). Figures go into BENCHMARKS.md.

use std::time::{Duration, Instant};

use chrono::Utc;
use steward::cases::{CaseFilter, Channel, Direction, NewCase, NewInteraction};
use steward::profile::Profile;

mod common;
use common::unlock;

const WORDS: &[&str] = &[
    "refund",
    "parcel",
    "password",
    "verification",
    "unusual",
    "activity",
    "mobile",
    "number",
    "callback",
    "supervisor",
    "invoice",
    "royalty",
    "publishing",
    "retail",
    "address",
    "delivery",
    "locked",
    "account",
    "ticket",
    "escalated",
    "promised",
    "transfer",
    "card",
    "statement",
];

fn contact(n: usize) -> NewInteraction {
    let w = |k: usize| WORDS[(n * 7 + k * 13) % WORDS.len()];
    NewInteraction {
        started_at: None,
        ended_at: None,
        wait_minutes: Some((n % 45) as u32),
        channel: Channel::ALL[n % Channel::ALL.len()],
        direction: Direction::Outbound,
        team: Some(format!("Team {}", n % 12)),
        agent: Some(format!("Agent {}", n % 97)),
        references: vec![format!("REF-{n:06}")],
        summary: format!(
            "Contact {n}: asked about the {} {} again; they mentioned {} and {} before transferring me.",
            w(0), w(1), w(2), w(3)
        ),
        error_texts: if n.is_multiple_of(5) {
            vec!["We detected unusual activity and are unable to verify your mobile number at this time".into()]
        } else {
            vec![]
        },
        quotes: vec![format!("Please wait for the {} team", w(4))],
        promises: vec![],
        outcome: None,
        identity_verified: Some(n.is_multiple_of(2)),
        identity_method: None,
        steward_words: None,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn main() {
    let total: usize = std::env::var("STEWARD_BENCH_INTERACTIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let cases = (total / 100).max(1);
    let dir = tempfile::tempdir().expect("temp dir");
    let profile = Profile::open(dir.path(), &unlock()).expect("profile");
    let store = profile.cases();

    let mut ids = Vec::with_capacity(cases);
    for c in 0..cases {
        let case = store
            .create_case(&NewCase {
                title: format!("Case {c}"),
                service: Some(format!("Service {}", c % 50)),
                desired_outcome: None,
            })
            .expect("case");
        ids.push(case.id);
    }
    // Most interactions spread over the cases; 10,000 on one big case.
    let big = ids[0];
    let big_count = 10_000.min(total / 2);
    let start = Instant::now();
    for n in 0..total {
        let case = if n < big_count { big } else { ids[n % cases] };
        store.log_interaction(case, &contact(n)).expect("log");
    }
    let elapsed = start.elapsed();
    println!(
        "log interactions: {total} across {cases} cases in {:.1} s = {:.0}/s (each its own transaction, synchronous=FULL)",
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64()
    );

    let queries = [
        "unusual activity",
        "refund",
        "REF-004242",
        "supervisor transfer",
        "agent 42",
        "verif mob",
        "parcel delivery address",
        "royalty",
    ];
    let mut times = Vec::new();
    let mut hits = 0;
    for round in 0..25 {
        for q in queries {
            let t = Instant::now();
            hits += store.search(q, 50).expect("search").len();
            if round > 0 {
                times.push(t.elapsed());
            }
        }
    }
    times.sort();
    println!(
        "search (top 50, {} queries): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms ({hits} hits)",
        times.len(),
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        times.last().copied().unwrap_or_default().as_secs_f64() * 1e3
    );

    let t = Instant::now();
    let list = store.list_cases(CaseFilter::All).expect("list");
    println!(
        "list {} cases: {:.1} ms",
        list.len(),
        t.elapsed().as_secs_f64() * 1e3
    );

    let t = Instant::now();
    let detail = store.case_detail(big).expect("detail");
    println!(
        "load a case with {} interactions: {:.1} ms",
        detail.interactions.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let x = steward::cases::compute_insights(&detail, Utc::now());
    println!(
        "insights for it: {:.1} ms ({} hand-offs)",
        t.elapsed().as_secs_f64() * 1e3,
        x.handoffs
    );

    drop(profile);
    let t = Instant::now();
    let profile = Profile::open(dir.path(), &unlock()).expect("reopen");
    let opened = t.elapsed();
    let size: u64 = std::fs::read_dir(dir.path())
        .map(|d| {
            d.filter_map(|e| e.ok()?.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0);
    println!(
        "open the profile (Argon2id + SQLCipher + migrations check): {:.0} ms; data on disk {:.1} MB",
        opened.as_secs_f64() * 1e3,
        size as f64 / 1e6
    );
    drop(profile);
}
