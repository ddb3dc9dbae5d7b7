//! Hooks for `scripts/bench-desktop.sh`, inert unless its environment variables are set.
//!
//! The case list calls `bench_first_paint` once, on the first animation frame after it rendered.
//! With `STEWARD_BENCH_FIRST_PAINT=1` the shell prints to stderr
//! `first-paint-ms <ms since the process started> unix-ms <wall clock>`; the process start is
//! the kernel's (`/proc/self/stat` starttime), so the figure includes loading WebKit. With
//! `STEWARD_BENCH_OPEN_CASE=<case number>` it answers that number after
//! `STEWARD_BENCH_OPEN_AFTER_MS` (default 0) and prints `open-case <number> unix-ms <…>`: the
//! case list then opens that case, as a click would.
//!
//! Where the time goes before that paint: with the same variable, [`mark`] prints
//! `bench-mark <name> <ms since the process started>` at steps of the shell's start, and the page
//! hands `bench_first_paint` its own steps (`marks`: name and wall-clock ms, from
//! `performance.timeOrigin + performance.now()`), printed the same way. All of them are counted
//! from one wall-clock reading of the process start, so they compare with each other.

use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const FIRST_PAINT_ENV: &str = "STEWARD_BENCH_FIRST_PAINT";
const OPEN_CASE_ENV: &str = "STEWARD_BENCH_OPEN_CASE";
const OPEN_AFTER_ENV: &str = "STEWARD_BENCH_OPEN_AFTER_MS";

fn unix_ms() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or_default()
}

/// Milliseconds since this process started: `/proc/uptime` minus the starttime field of
/// `/proc/self/stat` (clock ticks since boot; USER_HZ is 100 on Linux). 10 ms resolution.
fn ms_since_process_start() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis
    // start with field 3, so starttime (field 22) is the 20th of them.
    let after = stat.get(stat.rfind(')')? + 1..)?;
    let ticks: u64 = after.split_whitespace().nth(19)?.parse().ok()?;
    let uptime = std::fs::read_to_string("/proc/uptime").ok()?;
    let up: f64 = uptime.split_whitespace().next()?.parse().ok()?;
    let now_ms = (up * 1000.0) as u64;
    Some(now_ms.saturating_sub(ticks * 10))
}

fn env_set(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0")
}

/// The wall-clock time (unix ms) at which the kernel started this process, read once.
fn process_start_unix_ms() -> Option<f64> {
    static START: OnceLock<Option<f64>> = OnceLock::new();
    *START.get_or_init(|| {
        let since = ms_since_process_start()?;
        Some(unix_ms() as f64 - since as f64)
    })
}

/// Prints `bench-mark <name> <ms since the process started>` when the benchmark asks for the
/// first paint; nothing otherwise.
pub fn mark(name: &str) {
    if env_set(FIRST_PAINT_ENV) {
        print_mark(name, unix_ms() as f64);
    }
}

/// Marks the page load's start and end (`Builder::on_page_load`).
pub fn page_load(load: &tauri::webview::PageLoadPayload<'_>) {
    mark(match load.event() {
        tauri::webview::PageLoadEvent::Started => "page-load-started",
        tauri::webview::PageLoadEvent::Finished => "page-load-finished",
    });
}

fn print_mark(name: &str, at_unix_ms: f64) {
    if let Some(start) = process_start_unix_ms() {
        // Names come from our own code and page; keep the line one word per field anyway.
        let name: String = name
            .chars()
            .map(|c| if c.is_whitespace() { '_' } else { c })
            .take(64)
            .collect();
        eprintln!("bench-mark {name} {:.0}", at_unix_ms - start);
    }
}

/// The case list has painted. Returns the number of a case to open, when the benchmark asks.
/// `marks`: the page's own steps before the paint, each a name and its wall-clock time in unix
/// ms (printed as `bench-mark` lines; at most 64 are read).
#[tauri::command]
pub async fn bench_first_paint(marks: Option<Vec<(String, f64)>>) -> Option<u32> {
    if env_set(FIRST_PAINT_ENV) {
        for (name, at) in marks.unwrap_or_default().iter().take(64) {
            print_mark(name, *at);
        }
        let since = ms_since_process_start()
            .map(|ms| ms.to_string())
            .unwrap_or_else(|| "unknown".into());
        eprintln!("first-paint-ms {since} unix-ms {}", unix_ms());
    }
    let number: u32 = std::env::var(OPEN_CASE_ENV).ok()?.trim().parse().ok()?;
    let after: u64 = std::env::var(OPEN_AFTER_ENV)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    if after > 0 {
        let _ = tauri::async_runtime::spawn_blocking(move || {
            std::thread::sleep(Duration::from_millis(after));
        })
        .await;
    }
    eprintln!("open-case {number} unix-ms {}", unix_ms());
    Some(number)
}
