//! Hooks for `scripts/bench-desktop.sh`, inert unless its environment variables are set.
//!
//! The case list calls `bench_first_paint` once, on the first animation frame after it rendered.
//! With `STEWARD_BENCH_FIRST_PAINT=1` the shell prints to stderr
//! `first-paint-ms <ms since the process started> unix-ms <wall clock>`; the process start is
//! the kernel's (`/proc/self/stat` starttime), so the figure includes loading WebKit. With
//! `STEWARD_BENCH_OPEN_CASE=<case number>` it answers that number after
//! `STEWARD_BENCH_OPEN_AFTER_MS` (default 0) and prints `open-case <number> unix-ms <…>`: the
//! case list then opens that case, as a click would.

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

/// The case list has painted. Returns the number of a case to open, when the benchmark asks.
#[tauri::command]
pub async fn bench_first_paint() -> Option<u32> {
    if env_set(FIRST_PAINT_ENV) {
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
