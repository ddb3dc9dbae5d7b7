//! The brief support reads first, in SBAR order (Situation, Background, Assessment, Request):
//! one-line situation; references per team; a short timeline; what was tried with the exact
//! error texts and times; promises made and missed; what the customer asks for now; the identity
//! note; attachments with checksums. Built from the redacted export, so it can never show more
//! than the export does.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::model::{CaseExport, ExportContact};
use super::RedactedCase;

/// The chat-box version never exceeds this many characters (Unicode scalar values).
pub const CHAT_MAX_CHARS: usize = 1000;
/// Contacts the full brief lists in its short timeline (the full timeline follows in exports).
const FULL_TIMELINE: usize = 8;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export, rename = "BriefSection")]
pub struct Section {
    pub heading: String,
    pub lines: Vec<String>,
}

/// The full-page brief, as sections every format renders its own way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Brief {
    /// One line: what is wrong, with whom, for how long.
    pub situation: String,
    pub sections: Vec<Section>,
}

fn day(ts: &str) -> String {
    // RFC 3339 → "2026-11-02 14:05 UTC"; anything else is shown as it is.
    match chrono::DateTime::parse_from_rfc3339(ts) {
        Ok(t) => t
            .with_timezone(&chrono::Utc)
            .format("%Y-%m-%d %H:%M UTC")
            .to_string(),
        Err(_) => ts.to_string(),
    }
}

fn short_day(ts: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(ts) {
        Ok(t) => t
            .with_timezone(&chrono::Utc)
            .format("%m-%d %H:%M")
            .to_string(),
        Err(_) => ts.to_string(),
    }
}

fn channel_label(c: &str) -> String {
    crate::cases::Channel::parse(c)
        .map(|c| c.label().to_string())
        .unwrap_or_else(|| c.to_string())
}

fn clip(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        return s;
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

pub fn situation(x: &CaseExport) -> String {
    let service = x
        .case
        .service
        .as_deref()
        .map(|s| format!(" with {s}"))
        .unwrap_or_default();
    let status = crate::cases::CaseStatus::parse(&x.case.status)
        .map(|s| s.label())
        .unwrap_or(x.case.status.as_str());
    format!(
        "Case {}: {}{service}. {} for {} day{}, {} contact{}, {} hand-off{}. Status: {status}.",
        x.case.number,
        x.case.title,
        if x.case.closed_at.is_some() {
            "Was open"
        } else {
            "Open"
        },
        x.summary.days_open,
        if x.summary.days_open == 1 { "" } else { "s" },
        x.summary.contacts,
        if x.summary.contacts == 1 { "" } else { "s" },
        x.summary.handoffs,
        if x.summary.handoffs == 1 { "" } else { "s" },
    )
}

/// "Retail support: TKT-4471, TKT-4480" per team, in order of first appearance.
pub fn references(x: &CaseExport) -> Vec<String> {
    let mut per: Vec<(String, Vec<String>)> = Vec::new();
    for c in &x.contacts {
        if c.references.is_empty() {
            continue;
        }
        // Without a team, the channel says where the reference came from ("Web portal: RT#3").
        let team = c.team.clone().unwrap_or_else(|| channel_label(&c.channel));
        let slot = match per.iter().position(|(t, _)| *t == team) {
            Some(i) => i,
            None => {
                per.push((team, Vec::new()));
                per.len() - 1
            }
        };
        for r in &c.references {
            if !per[slot].1.contains(r) {
                per[slot].1.push(r.clone());
            }
        }
    }
    per.into_iter()
        .map(|(t, r)| format!("{t}: {}", r.join(", ")))
        .collect()
}

pub(crate) fn contact_line(c: &ExportContact, short: bool) -> String {
    contact_line_clipped(c, short, if short { 70 } else { 160 })
}

fn contact_line_clipped(c: &ExportContact, short: bool, summary_max: usize) -> String {
    let who = match (&c.team, &c.agent) {
        (Some(t), Some(a)) => format!(" {t} ({a})"),
        (Some(t), None) => format!(" {t}"),
        (None, Some(a)) => format!(" ({a})"),
        (None, None) => String::new(),
    };
    let when = if short {
        short_day(&c.started_at)
    } else {
        day(&c.started_at)
    };
    let summary = clip(&c.summary, summary_max);
    format!(
        "#{} {when} {}{who}: {summary}",
        c.number,
        channel_label(&c.channel)
    )
}

fn tried(x: &CaseExport, max_chars: usize) -> Vec<String> {
    let mut out = Vec::new();
    for c in &x.contacts {
        for e in &c.error_texts {
            out.push(format!(
                "{} ({}): \"{}\"",
                day(&c.started_at),
                channel_label(&c.channel),
                clip(e, max_chars)
            ));
        }
    }
    out
}

fn promises(x: &CaseExport) -> Vec<String> {
    let mut out = Vec::new();
    for c in &x.contacts {
        for p in &c.promises {
            let due = p
                .due_at
                .as_deref()
                .map(|d| format!(" by {}", day(d)))
                .unwrap_or_default();
            let state = if p.overdue {
                "MISSED".to_string()
            } else {
                p.status.to_uppercase()
            };
            out.push(format!(
                "[{state}] \"{}\"{due} (contact #{})",
                clip(&p.text, 120),
                c.number
            ));
        }
    }
    out
}

fn identity(x: &CaseExport) -> Vec<String> {
    let verified: Vec<String> = x
        .contacts
        .iter()
        .filter(|c| c.identity_verified == Some(true))
        .map(|c| format!("#{}", c.number))
        .collect();
    let mut lines = vec!["Only contacts where I verified my identity were me.".to_string()];
    lines.push(if verified.is_empty() {
        "No contact so far verified my identity.".into()
    } else {
        format!("Verified: {}.", verified.join(", "))
    });
    let unverified: Vec<String> = x
        .contacts
        .iter()
        .filter(|c| c.identity_verified != Some(true))
        .map(|c| {
            format!(
                "#{} {}",
                c.number,
                if c.identity_verified == Some(false) {
                    "not verified"
                } else {
                    "unknown"
                }
            )
        })
        .collect();
    if !unverified.is_empty() {
        lines.push(format!("Not verified: {}.", unverified.join(", ")));
    }
    lines
}

pub fn build(x: &RedactedCase) -> Brief {
    let mut sections = Vec::new();
    let refs = references(x);
    if !refs.is_empty() {
        sections.push(Section {
            heading: "References".into(),
            lines: refs,
        });
    }
    let skip = x.contacts.len().saturating_sub(FULL_TIMELINE);
    let mut timeline: Vec<String> = Vec::new();
    if skip > 0 {
        timeline.push(format!("…{skip} earlier contacts (full timeline follows)"));
    }
    timeline.extend(x.contacts[skip..].iter().map(|c| contact_line(c, false)));
    sections.push(Section {
        heading: "Timeline".into(),
        lines: timeline,
    });
    let tried = tried(x, 300);
    if !tried.is_empty() {
        sections.push(Section {
            heading: "What I tried (exact errors)".into(),
            lines: tried,
        });
    }
    let p = promises(x);
    if !p.is_empty() {
        let mut lines = vec![format!(
            "{} made, {} kept, {} broken, {} overdue.",
            x.summary.promises_made,
            x.summary.promises_kept,
            x.summary.promises_broken,
            x.summary.promises_overdue
        )];
        lines.extend(p);
        sections.push(Section {
            heading: "Promises".into(),
            lines,
        });
    }
    sections.push(Section {
        heading: "What I ask for now".into(),
        lines: vec![x
            .case
            .desired_outcome
            .clone()
            .unwrap_or_else(|| "(not stated yet)".into())],
    });
    sections.push(Section {
        heading: "Identity".into(),
        lines: identity(x),
    });
    if !x.attachments.is_empty() {
        sections.push(Section {
            heading: "Attachments (SHA-256)".into(),
            lines: x
                .attachments
                .iter()
                .map(|a| format!("{} ({} bytes) {}", a.file_name, a.size, a.sha256))
                .collect(),
        });
    }
    Brief {
        situation: situation(x),
        sections,
    }
}

impl Brief {
    /// The full page as plain text.
    pub fn to_text(&self) -> String {
        let mut out = format!("{}\n", self.situation);
        for s in &self.sections {
            out.push_str(&format!("\n{}\n", s.heading));
            for l in &s.lines {
                out.push_str(&format!("- {l}\n"));
            }
        }
        out
    }
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// The chat-box version: at most [`CHAT_MAX_CHARS`] characters. Fixed parts first (situation,
/// ask, references, identity), then as many recent contacts as fit, then "…and N more
/// contacts".
pub fn chat(x: &RedactedCase) -> String {
    let mut head = vec![clip(&situation(x), 240)];
    if let Some(o) = &x.case.desired_outcome {
        head.push(format!("I ask for: {}", clip(o, 160)));
    }
    let refs = references(x);
    if !refs.is_empty() {
        head.push(format!("Refs: {}", clip(&refs.join("; "), 160)));
    }
    let mut tail = Vec::new();
    let missed: Vec<String> = x
        .contacts
        .iter()
        .flat_map(|c| c.promises.iter())
        .filter(|p| p.overdue || p.status == "broken")
        .map(|p| clip(&p.text, 60))
        .collect();
    if !missed.is_empty() {
        tail.push(clip(
            &format!("Missed promises: {}", missed.join("; ")),
            140,
        ));
    }
    if let Some(e) = tried(x, 90).last() {
        tail.push(format!("Last error: {e}"));
    }
    let verified: Vec<String> = x
        .contacts
        .iter()
        .filter(|c| c.identity_verified == Some(true))
        .map(|c| format!("#{}", c.number))
        .collect();
    tail.push(clip(
        &format!(
            "Only contacts where I verified my identity were me ({}).",
            if verified.is_empty() {
                "none so far".to_string()
            } else {
                verified.join(", ")
            }
        ),
        120,
    ));

    let fixed: usize = head.iter().chain(tail.iter()).map(|l| chars(l) + 1).sum();
    // Newest contacts matter most to the next agent: fill from the end, print oldest first.
    let mut lines: Vec<String> = Vec::new();
    let mut used = fixed;
    let total = x.contacts.len();
    // A short case has room for fuller summaries; a long one lists more contacts instead.
    let summary_max = if x.contacts.len() <= 4 { 150 } else { 70 };
    for c in x.contacts.iter().rev() {
        let line = contact_line_clipped(c, true, summary_max);
        let more = total - lines.len() - 1;
        let reserve = if more > 0 { 32 } else { 0 };
        if used + chars(&line) + 1 + reserve > CHAT_MAX_CHARS {
            break;
        }
        used += chars(&line) + 1;
        lines.push(line);
    }
    lines.reverse();
    let left = total - lines.len();
    let mut out: Vec<String> = head;
    if left > 0 {
        out.push(format!("…and {left} more contacts"));
    }
    out.extend(lines);
    out.extend(tail);
    let text = out.join("\n");
    if chars(&text) <= CHAT_MAX_CHARS {
        return text;
    }
    // Only reachable with pathological inputs: cut, never exceed.
    let mut cut: String = text.chars().take(CHAT_MAX_CHARS - 1).collect();
    cut.push('…');
    cut
}
