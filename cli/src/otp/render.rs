//! The authenticator's text output: codes grouped for reading, the account list, what an add
//! or import did, backup codes, the clock check. `--json` prints the values themselves.

use steward::otp::clock::{ClockCheck, ClockStatus};
use steward::otp::store::{BackupCodes, OtpAddReport, OtpEntry};
use steward::otp::OtpKind;

use super::CodeOutput;
use crate::output::local;

pub fn render_clock(c: &ClockCheck) -> String {
    let mark = match c.status {
        ClockStatus::Ok => "✓",
        ClockStatus::Drift => "!",
        ClockStatus::Unchecked => "?",
    };
    let mut out = format!("{mark} {}", c.message);
    if let Some(h) = &c.hint {
        out.push_str(&format!("\n  → {h}"));
    }
    out
}

/// "123456" → "123 456"; "12345678" → "1234 5678"; Steam's 5 characters stay whole.
fn group(code: &str) -> String {
    let n = code.chars().count();
    if !code.chars().all(|c| c.is_ascii_digit()) || n < 6 {
        return code.to_string();
    }
    let split = match n {
        6 => 3,
        7 => 4,
        8 => 4,
        _ => n.div_ceil(2),
    };
    let (a, b) = code.split_at(split);
    format!("{a} {b}")
}

pub fn render_code(o: &CodeOutput) -> String {
    match o.account.kind {
        OtpKind::Hotp { counter } => format!(
            "{}: {}  (counter {counter}; `--next` for the next code)",
            o.account.label,
            group(&o.code.code)
        ),
        _ => {
            let remaining = o.code.seconds_remaining.unwrap_or(0);
            let mut out = format!(
                "{}: {}  (valid {remaining} s more)",
                o.account.label,
                group(&o.code.code)
            );
            if remaining <= 5 {
                out.push_str(&format!("\nNext: {}", group(&o.code.next_code)));
            }
            out
        }
    }
}

fn kind_text(e: &OtpEntry) -> String {
    match e.kind {
        OtpKind::Totp { period } => format!("TOTP {} digits, {period} s", e.digits),
        OtpKind::Hotp { counter } => format!("HOTP {} digits, counter {counter}", e.digits),
        OtpKind::Steam { period } => format!("Steam, {period} s"),
    }
}

pub fn render_list(entries: &[OtpEntry]) -> String {
    if entries.is_empty() {
        return "No authenticator accounts yet. Add one with: steward otp add 'otpauth://…' (or --qr FILE, --screen, --manual)".into();
    }
    let width = entries
        .iter()
        .map(|e| e.label.chars().count())
        .max()
        .unwrap_or(0)
        .min(40);
    let mut out = String::new();
    for e in entries {
        let mut line = format!(
            "{:>4}  {:<width$}  {}",
            e.number,
            e.label,
            kind_text(e),
            width = width
        );
        if e.backup_codes_total > 0 {
            line.push_str(&format!(
                "  · backup codes {}/{} left",
                e.backup_codes_unused, e.backup_codes_total
            ));
        }
        for w in &e.warnings {
            line.push_str(&format!("\n      ! {}", w.message()));
        }
        out.push_str(&line);
        out.push('\n');
    }
    out.trim_end().to_string()
}

pub fn render_add(r: &OtpAddReport) -> String {
    let mut out = String::new();
    if let Some(f) = r.format {
        out.push_str(&format!("Read as: {}\n", f.label()));
    }
    match r.added.len() {
        0 => out.push_str("No new accounts were added.\n"),
        1 => out.push_str("Added 1 account:\n"),
        n => out.push_str(&format!("Added {n} accounts:\n")),
    }
    for e in &r.added {
        out.push_str(&format!("{:>4}  {}\n", e.number, e.label));
    }
    if !r.duplicates.is_empty() {
        out.push_str(&format!(
            "Already there, not added again ({}):\n",
            r.duplicates.len()
        ));
        for d in &r.duplicates {
            out.push_str(&format!(
                "      {} (same as account {})\n",
                d.label, d.existing_number
            ));
        }
    }
    if !r.skipped.is_empty() {
        out.push_str(&format!("Skipped ({}):\n", r.skipped.len()));
        for s in &r.skipped {
            out.push_str(&format!("      {}: {}\n", s.label, s.reason));
        }
    }
    for w in &r.warnings {
        out.push_str(&format!("! {}: {}\n", w.label, w.message));
    }
    for n in &r.notes {
        out.push_str(&format!("· {n}\n"));
    }
    out.trim_end().to_string()
}

pub fn render_backup(v: &BackupCodes) -> String {
    let mut out = format!(
        "{}: {} of {} backup code{} left",
        v.label,
        v.unused,
        v.total,
        if v.total == 1 { "" } else { "s" }
    );
    if v.codes.iter().any(|c| c.code.is_some()) {
        for c in &v.codes {
            let code = c.code.as_deref().unwrap_or("");
            match c.used_at {
                Some(t) => out.push_str(&format!(
                    "\n  {:>2}. {code}  (used {})",
                    c.position,
                    local(t)
                )),
                None => out.push_str(&format!("\n  {:>2}. {code}", c.position)),
            }
        }
    }
    if let Some(w) = &v.warning {
        out.push_str(&format!("\n! {w}"));
    }
    out
}
