//! Exporting a long case, on a real encrypted profile: one case with 1,000 interactions
//! (summaries, quotes, exact error texts, reference numbers, promises kept, broken and overdue,
//! some personal data for the redactor to mask), then time and peak memory of building the
//! redacted export and of rendering it as the chat brief, the full brief, Markdown, HTML, JSON
//! and PDF (each signed, as `steward case export` does). Run by hand:
//! `cargo bench --bench export` (STEWARD_BENCH_INTERACTIONS to change the size,
//! STEWARD_BENCH_SAVE_PDF=FILE to keep the PDF). Figures go
//! into BENCHMARKS.md; the goal is a PDF of 1,000 interactions in under 1 s.
//!
//! Peak memory is measured two ways: the peak of live heap bytes above the level before the step
//! (a counting global allocator: exact, allocator-independent), and the growth of the process's
//! peak resident set (VmHWM in /proc/self/status, reset before each step by writing "5" to
//! /proc/self/clear_refs; where that is refused, the VmRSS growth is printed instead), both on
//! the second run of each step (after a warm-up run), with glibc's free memory trimmed first.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use chrono::{TimeDelta, Utc};
use steward::cases::{Channel, Direction, NewCase, NewInteraction, NewPromise, PromiseStatus};
use steward::profile::Profile;

mod common;
use common::{unlock, Rng};
use steward::share::{build_export, render, Format, Redactor, ShareKey};

/// The system allocator, counting live bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(size: usize) {
    let now = LIVE.fetch_add(size, Ordering::Relaxed) + size;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is forwarded to `System` with the same arguments; the counters only
// observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as our caller's.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as our caller's.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as our caller's.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as our caller's.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(new_size);
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// kB fields of /proc/self/status.
fn status_kb(field: &str) -> Option<u64> {
    let text = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = text.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Hands memory freed by earlier steps back to the system, so it does not hide this step's growth.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn trim() {
    extern "C" {
        fn malloc_trim(pad: usize) -> i32;
    }
    // SAFETY: glibc's malloc_trim takes a byte count and only releases free memory.
    unsafe {
        malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn trim() {}

/// Memory before a step; `finish` gives what the step added at its peak.
struct MemProbe {
    heap_base: usize,
    rss_base_kb: u64,
    hwm_reset: bool,
}

impl MemProbe {
    fn start() -> Self {
        trim();
        let hwm_reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
        let heap_base = LIVE.load(Ordering::Relaxed);
        PEAK.store(heap_base, Ordering::Relaxed);
        MemProbe {
            heap_base,
            rss_base_kb: status_kb("VmRSS:").unwrap_or(0),
            hwm_reset,
        }
    }

    /// (peak heap growth in bytes, peak RSS growth in kB, whether the RSS figure is a peak).
    fn finish(&self) -> (usize, u64, bool) {
        let heap = PEAK.load(Ordering::Relaxed).saturating_sub(self.heap_base);
        let field = if self.hwm_reset { "VmHWM:" } else { "VmRSS:" };
        let rss = status_kb(field)
            .unwrap_or(0)
            .saturating_sub(self.rss_base_kb);
        (heap, rss, self.hwm_reset)
    }
}

const TEAMS: &[&str] = &[
    "Publishing support",
    "Retail support",
    "Account security",
    "Billing",
    "Tier 2 technical",
    "Complaints",
    "Fraud prevention",
];
const OPENERS: &[&str] = &[
    "Called again about the locked account.",
    "Chat with support after the verification code never arrived.",
    "Emailed the escalation address with the timeline attached.",
    "They rang back as promised, but from a withheld number.",
    "Portal message about the duplicate charge on my statement.",
    "Asked for the case to be transferred to the team that owns royalty payments.",
    "Second attempt to register my Vietnamese mobile for SMS codes.",
];
const MIDDLES: &[&str] = &[
    "The agent could not see the notes from the previous contact and asked me to explain everything again",
    "I was put on hold twice while they checked with a supervisor",
    "They said the publishing team and the retail team use different systems and cannot share tickets",
    "The agent confirmed the refund was approved but could not say when it would arrive",
    "They asked for the last four digits of my card and my postal address before going any further",
    "I was told the number +84 91 234 5678 is flagged by an automated risk check",
    "Someone had changed the recovery email to an address I do not recognise, reach-me@example.net",
];
const CLOSERS: &[&str] = &[
    "No resolution; they said someone would call back within 48 hours.",
    "Ticket escalated to tier 2, I should hear back by Friday.",
    "They closed the chat without a reference number, so I asked for one by email.",
    "Agent agreed the account should be unlocked and raised it with the security team.",
    "I asked for written confirmation of everything said today.",
];
const ERRORS: &[&str] = &[
    "We detected unusual activity and are unable to verify your mobile number at this time",
    "Error 0x80190001: something went wrong. Please try again later.",
    "This phone number cannot be used for verification.",
    "Your account has been temporarily locked for your protection.",
    "The code you entered is incorrect or has expired.",
];
const QUOTES: &[&str] = &[
    "I can see the ticket but I can't see what the other team wrote",
    "You'll need to speak to retail about that, we only handle publishing",
    "I've escalated it as urgent",
    "Please don't contact us again about this, it is being handled",
    "Someone will call you back within 48 hours",
];
const PROMISES: &[&str] = &[
    "Call back with an update",
    "Unlock the account",
    "Refund the duplicate charge",
    "Send written confirmation by email",
    "Transfer the ticket to publishing support",
];

fn contact(rng: &mut Rng, n: usize, total: usize) -> NewInteraction {
    // Spread over the last ~200 days, oldest first, a few hours apart.
    let started = Utc::now() - TimeDelta::minutes(((total - n) * 290) as i64);
    let long = n.is_multiple_of(3);
    let summary = if long {
        format!(
            "{} {}. {}. {}",
            rng.pick(OPENERS),
            rng.pick(MIDDLES),
            rng.pick(MIDDLES),
            rng.pick(CLOSERS)
        )
    } else {
        format!(
            "{} {}. {}",
            rng.pick(OPENERS),
            rng.pick(MIDDLES),
            rng.pick(CLOSERS)
        )
    };
    let promises = if n.is_multiple_of(4) {
        vec![NewPromise {
            text: rng.pick(PROMISES).to_string(),
            due_at: Some(started + TimeDelta::days(2)),
        }]
    } else {
        vec![]
    };
    NewInteraction {
        started_at: Some(started),
        ended_at: Some(started + TimeDelta::minutes(5 + rng.below(50) as i64)),
        wait_minutes: Some(rng.below(60) as u32),
        channel: Channel::ALL[rng.below(Channel::ALL.len())],
        direction: if n.is_multiple_of(40) {
            Direction::Unsolicited
        } else if n.is_multiple_of(5) {
            Direction::Inbound
        } else {
            Direction::Outbound
        },
        team: Some(rng.pick(TEAMS).to_string()),
        agent: Some(format!("Agent {}", 100 + rng.below(400))),
        references: (0..1 + rng.below(2))
            .map(|k| format!("CS-{:07}", n * 3 + k))
            .collect(),
        summary,
        error_texts: if n.is_multiple_of(3) {
            vec![rng.pick(ERRORS).to_string()]
        } else {
            vec![]
        },
        quotes: if n.is_multiple_of(2) {
            vec![rng.pick(QUOTES).to_string()]
        } else {
            vec![]
        },
        promises,
        outcome: Some(rng.pick(CLOSERS).to_string()),
        identity_verified: Some(!n.is_multiple_of(7)),
        identity_method: if n.is_multiple_of(7) {
            None
        } else {
            Some("Date of birth and postcode".into())
        },
        steward_words: None,
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    // `cargo test --benches` runs bench targets without --bench; keep that quick.
    let quick = !std::env::args().any(|a| a == "--bench");
    let total: usize = std::env::var("STEWARD_BENCH_INTERACTIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if quick { 40 } else { 1000 });
    let runs = if quick { 1 } else { 7 };

    let dir = tempfile::tempdir().expect("temp dir");
    let profile = Profile::open(dir.path(), &unlock()).expect("profile");
    let store = profile.cases();
    let case = store
        .create_case(&NewCase {
            title: "Locked out of the author account; royalties not paid".into(),
            service: Some("Example Books".into()),
            desired_outcome: Some(
                "Unlock the account, restore my recovery email and pay the March royalties".into(),
            ),
        })
        .expect("case");
    let mut rng = Rng(0x5eed_cafe_f00d_0001);
    let mut promises = 0;
    let start = Instant::now();
    for n in 0..total {
        let logged = store
            .log_interaction(case.id, &contact(&mut rng, n, total))
            .expect("log");
        for p in &logged.promises {
            promises += 1;
            // Most old promises were kept or broken; the newest stay pending (some overdue).
            let status = match n % 12 {
                _ if n + 40 > total => PromiseStatus::Pending,
                0 | 4 => PromiseStatus::Broken,
                _ => PromiseStatus::Kept,
            };
            if status != PromiseStatus::Pending {
                store
                    .set_promise_status_by_id(p.id, status)
                    .expect("promise status");
            }
        }
    }
    println!(
        "case #{} with {total} interactions and {promises} promises logged in {:.1} s",
        case.number,
        start.elapsed().as_secs_f64()
    );

    let key = ShareKey::for_profile(&profile).expect("share key");
    let redactor = Redactor::new();
    let conn = profile.db().conn();

    // Building the redacted export: load the case, insights, chain check, redact every field.
    let mut times = Vec::new();
    let mut mem = None;
    let mut built = None;
    for run in 0..=runs {
        let probe = MemProbe::start();
        let t = Instant::now();
        let (export, preview) = build_export(conn, case.id, &redactor, Utc::now()).expect("build");
        let took = t.elapsed();
        if run == 1 || runs == 1 {
            mem = Some(probe.finish());
        }
        if run > 0 || runs == 1 {
            times.push(took);
        }
        built = Some((export, preview));
    }
    let (export, preview) = built.expect("export");
    times.sort();
    let (heap, rss, peak) = mem.unwrap_or_default();
    let rss_kind = if peak { "peak RSS" } else { "RSS" };
    println!(
        "method: median and max of {runs} runs after one warm-up; memory on the first run after the warm-up = peak live heap above the step's start (counting allocator) and {rss_kind} growth ({}, after malloc_trim)",
        if peak {
            "VmHWM after resetting it via /proc/self/clear_refs"
        } else {
            "VmRSS delta: /proc/self/clear_refs refused"
        }
    );
    println!(
        "{:<44} {:>9} {:>9} {:>11} {:>12} {:>11}",
        "step", "p50 ms", "max ms", "output", "peak heap", rss_kind
    );
    println!(
        "{:<44} {:>9.1} {:>9.1} {:>11} {:>9.1} MB {:>8.1} MB",
        format!(
            "build export ({} contacts, {} masks)",
            export.contacts.len(),
            export.redaction.masks_applied
        ),
        ms(times[times.len() / 2]),
        ms(*times.last().expect("a run")),
        format!("{} items", preview.items.len()),
        heap as f64 / 1e6,
        rss as f64 / 1024.0
    );

    // The redaction inside that step: every text field of the case through the redactor.
    let detail = profile.cases().case_detail(case.id).expect("case detail");
    let mut texts: Vec<&str> = vec![detail.case.title.as_str()];
    for i in &detail.interactions {
        texts.push(&i.summary);
        texts.extend(i.team.as_deref());
        texts.extend(i.agent.as_deref());
        texts.extend(i.outcome.as_deref());
        texts.extend(i.references.iter().map(String::as_str));
        texts.extend(i.error_texts.iter().map(String::as_str));
        texts.extend(i.quotes.iter().map(String::as_str));
        texts.extend(i.promises.iter().map(|p| p.text.as_str()));
    }
    let mut times = Vec::new();
    for run in 0..=runs {
        let t = Instant::now();
        let masks: usize = texts
            .iter()
            .map(|t| redactor.redact(t).kinds().count())
            .sum();
        std::hint::black_box(masks);
        if run > 0 || runs == 1 {
            times.push(t.elapsed());
        }
    }
    times.sort();
    println!(
        "{:<44} {:>9.1} {:>9.1} {:>11}",
        "  of which redaction (every text field)",
        ms(times[times.len() / 2]),
        ms(*times.last().expect("a run")),
        format!("{} texts", texts.len()),
    );

    let formats = [
        (Format::BriefChat, "chat brief"),
        (Format::Brief, "full brief (text)"),
        (Format::Md, "Markdown"),
        (Format::Html, "HTML"),
        (Format::Json, "JSON (signed)"),
        (Format::Pdf, "PDF (JSON embedded, signed)"),
    ];
    let mut pdf_p50 = Duration::ZERO;
    for (format, name) in formats {
        let mut times = Vec::new();
        let mut mem = (0, 0, false);
        let mut size = 0;
        let mut archival = true;
        for run in 0..=runs {
            let probe = MemProbe::start();
            let t = Instant::now();
            let out = render(&export, format, &key).expect("render");
            let took = t.elapsed();
            if run == 1 || runs == 1 {
                mem = probe.finish();
            }
            if run > 0 || runs == 1 {
                times.push(took);
            }
            size = out.bytes.len();
            archival = out.notes.is_empty();
            if run == 0 && format == Format::Pdf {
                // STEWARD_BENCH_SAVE_PDF=FILE keeps the PDF to look at (pdftoppm, pdftotext).
                if let Some(path) = std::env::var_os("STEWARD_BENCH_SAVE_PDF") {
                    std::fs::write(path, &out.bytes).expect("save the PDF");
                }
            }
        }
        times.sort();
        let p50 = times[times.len() / 2];
        if format == Format::Pdf {
            pdf_p50 = p50;
        }
        let name = if format == Format::Pdf && !archival {
            format!("{name}, plain")
        } else if format == Format::Pdf {
            format!("{name}, PDF/A-3u")
        } else {
            name.to_string()
        };
        println!(
            "{:<44} {:>9.1} {:>9.1} {:>8.1} kB {:>9.1} MB {:>8.1} MB",
            name,
            ms(p50),
            ms(*times.last().expect("a run")),
            size as f64 / 1e3,
            mem.0 as f64 / 1e6,
            mem.1 as f64 / 1024.0
        );
    }
    let verdict = if total != 1000 {
        "not judged at this size"
    } else if pdf_p50 < Duration::from_secs(1) {
        "met"
    } else {
        "NOT met"
    };
    println!(
        "goal: PDF of 1,000 interactions < 1 s: {verdict} (p50 {:.0} ms for {total})",
        ms(pdf_p50)
    );
    drop(profile);
}
