//! The authenticator's text output: codes grouped for reading, the account list, what an add
//! or import did, backup codes, the clock check. `--json` prints the values themselves.

use steward::otp::clock::{ClockCheck, ClockStatus};
use steward::otp::store::{BackupCodes, OtpAddReport, OtpEntry, OtpImportOutcome, OtpTagCount};
use steward::otp::OtpKind;
use steward::t;

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
        OtpKind::Hotp { counter } => t!(
            "cli-otp-code-hotp",
            label = &o.account.label,
            code = group(&o.code.code),
            counter = counter
        ),
        _ => {
            let remaining = o.code.seconds_remaining.unwrap_or(0);
            let mut out = t!(
                "cli-otp-code-totp",
                label = &o.account.label,
                code = group(&o.code.code),
                seconds = remaining
            );
            if remaining <= 5 {
                out.push_str(&format!(
                    "\n{}",
                    t!("cli-otp-code-next", code = group(&o.code.next_code))
                ));
            }
            out
        }
    }
}

fn kind_text(e: &OtpEntry) -> String {
    match e.kind {
        OtpKind::Totp { period } => t!("cli-otp-kind-totp", digits = e.digits, period = period),
        OtpKind::Hotp { counter } => {
            t!("cli-otp-kind-hotp", digits = e.digits, counter = counter)
        }
        OtpKind::Steam { period } => t!("cli-otp-kind-steam", period = period),
    }
}

pub fn render_list(entries: &[OtpEntry]) -> String {
    if entries.is_empty() {
        return t!("cli-otp-list-none");
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
            "{:>4} {} {:<width$}  {}",
            e.number,
            if e.favourite { "★" } else { " " },
            e.label,
            kind_text(e),
            width = width
        );
        if !e.tags.is_empty() {
            line.push_str(&format!("  {}", tag_text(&e.tags)));
        }
        if e.backup_codes_total > 0 {
            line.push_str(&format!(
                "  {}",
                t!(
                    "cli-otp-list-backup",
                    unused = e.backup_codes_unused,
                    total = e.backup_codes_total
                )
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

/// "#Bank #Work": an account's tags, as the list shows them.
fn tag_text(tags: &[String]) -> String {
    tags.iter()
        .map(|t| format!("#{t}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// What `otp tag` / `otp untag` did: the account and its tags now.
pub fn render_tagged(e: &OtpEntry) -> String {
    if e.tags.is_empty() {
        t!("cli-otp-tags-now-none", number = e.number, label = &e.label)
    } else {
        t!(
            "cli-otp-tags-now",
            number = e.number,
            label = &e.label,
            tags = tag_text(&e.tags)
        )
    }
}

/// `otp tags`: each tag and how many accounts have it.
pub fn render_tags(tags: &[OtpTagCount]) -> String {
    if tags.is_empty() {
        return t!("cli-otp-tags-none");
    }
    let width = tags
        .iter()
        .map(|t| t.tag.chars().count())
        .max()
        .unwrap_or(0);
    tags.iter()
        .map(|t| {
            format!(
                "#{:<width$}  {}",
                t.tag,
                t!("cli-otp-tags-count", n = t.accounts),
                width = width
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn render_add(r: &OtpAddReport) -> String {
    let mut out = String::new();
    if let Some(f) = r.format {
        out.push_str(&format!("{}\n", t!("cli-otp-read-as", format = f.words())));
    }
    out.push_str(&format!("{}\n", t!("cli-otp-added", n = r.added.len())));
    for e in &r.added {
        out.push_str(&format!("{:>4}  {}\n", e.number, e.label));
    }
    if !r.duplicates.is_empty() {
        out.push_str(&format!(
            "{}\n",
            t!("cli-otp-duplicates", n = r.duplicates.len())
        ));
        for d in &r.duplicates {
            out.push_str(&format!(
                "      {}\n",
                t!(
                    "cli-otp-duplicate",
                    label = &d.label,
                    number = d.existing_number
                )
            ));
        }
    }
    if !r.skipped.is_empty() {
        out.push_str(&format!("{}\n", t!("cli-otp-skipped", n = r.skipped.len())));
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
    render_report(r, &mut out);
    out.trim_end().to_string()
}

/// The import report: every entry with what happened and, for accounts here, the code now, to
/// compare with the old app before deleting anything there.
fn render_report(r: &OtpAddReport, out: &mut String) {
    if r.format.is_none() || !r.entries.iter().any(|e| e.sample.is_some()) {
        return;
    }
    out.push_str(&format!("\n{}\n", t!("cli-otp-report-title")));
    let width = r
        .entries
        .iter()
        .map(|e| e.label.chars().count())
        .max()
        .unwrap_or(0)
        .min(40);
    for e in &r.entries {
        let label = format!("{:<width$}", e.label);
        let line = match (e.outcome, &e.sample) {
            (OtpImportOutcome::Skipped, _) => t!(
                "cli-otp-report-skipped",
                label = label,
                reason = e.reason.as_deref().unwrap_or("")
            ),
            (outcome, Some(sample)) => {
                let code = group(&sample.code);
                let state = if outcome == OtpImportOutcome::Added {
                    t!("cli-otp-report-added", number = e.number.unwrap_or(0))
                } else {
                    t!("cli-otp-report-here", number = e.number.unwrap_or(0))
                };
                match (e.kind, sample.seconds_remaining) {
                    (Some(OtpKind::Hotp { counter }), _) => t!(
                        "cli-otp-report-hotp",
                        label = label,
                        code = code,
                        state = state,
                        counter = counter.to_string()
                    ),
                    (_, seconds) => t!(
                        "cli-otp-report-code",
                        label = label,
                        code = code,
                        state = state,
                        seconds = seconds.unwrap_or(0)
                    ),
                }
            }
            (_, None) => label,
        };
        out.push_str(&format!("  {}\n", line.trim_end()));
    }
}

pub fn render_backup(v: &BackupCodes) -> String {
    let mut out = t!(
        "cli-otp-backup-left",
        label = &v.label,
        unused = v.unused,
        n = v.total
    );
    if v.codes.iter().any(|c| c.code.is_some()) {
        for c in &v.codes {
            let code = c.code.as_deref().unwrap_or("");
            match c.used_at {
                Some(at) => out.push_str(&format!(
                    "\n  {:>2}. {code}  {}",
                    c.position,
                    t!("cli-otp-backup-used", date = local(at))
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
