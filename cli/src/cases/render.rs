//! Cases as text: the list, a case with its timeline, insights, search hits. `--json` prints
//! the values themselves.

use chrono::Utc;
use steward::cases::{
    Alert, Attachment, CaseDetail, CaseFilter, CaseInsights, CaseSummary, Interaction, SearchHit,
};

use crate::evidence::render_attachment;
use crate::output::local;

pub fn render_case_list(cases: &[CaseSummary], filter: CaseFilter) -> String {
    if cases.is_empty() {
        return match filter {
            CaseFilter::Active => {
                "No open cases. Start one with: steward case new \"What went wrong\" --service NAME"
                    .into()
            }
            _ => "No cases.".into(),
        };
    }
    let mut out = String::new();
    for c in cases {
        let service = c
            .case
            .account
            .as_ref()
            .map(|a| format!(" [{}]", a.service))
            .unwrap_or_default();
        let last = c
            .last_contact_at
            .map(|t| format!(", last contact {}", local(t)))
            .unwrap_or_default();
        out.push_str(&format!(
            "{:>4}  {}{}\n      {} · {} contact{}{}\n",
            c.case.number,
            c.case.title,
            service,
            c.case.status.label(),
            c.interaction_count,
            if c.interaction_count == 1 { "" } else { "s" },
            last
        ));
    }
    out.trim_end().to_string()
}

/// `case show`: the case and its timeline, then its security alerts and attachments.
pub fn render_case_with(d: &CaseDetail, alerts: &[Alert], attachments: &[Attachment]) -> String {
    let mut out = render_case(d);
    if !alerts.is_empty() {
        out.push_str("\n\nSecurity alerts:");
        for a in alerts {
            let state = if a.resolved_at.is_some() {
                "resolved"
            } else {
                "OPEN"
            };
            out.push_str(&format!(
                "\n  Alert {} ({state}, {}/{} steps): {}",
                a.number,
                a.steps_done(),
                a.steps.len(),
                a.title
            ));
        }
    }
    if !attachments.is_empty() {
        out.push_str("\n\nAttachments:\n");
        out.push_str(
            &attachments
                .iter()
                .map(render_attachment)
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    out
}

fn render_case(d: &CaseDetail) -> String {
    let c = &d.case;
    let mut out = format!("Case {}: {}\n", c.number, c.title);
    if let Some(a) = &c.account {
        out.push_str(&format!("Service:  {}\n", a.service));
    }
    out.push_str(&format!("Status:   {}\n", c.status.label()));
    if let Some(want) = &c.desired_outcome {
        out.push_str(&format!("Wanted:   {want}\n"));
    }
    out.push_str(&format!("Opened:   {}\n", local(c.opened_at)));
    if let Some(closed) = c.closed_at {
        out.push_str(&format!("Resolved: {}", local(closed)));
        if let Some(r) = &c.resolution {
            out.push_str(&format!(" — {r}"));
        }
        out.push('\n');
    }
    if d.interactions.is_empty() {
        out.push_str(&format!(
            "\nNo contacts logged yet. Log one with: steward case log {} --summary \"...\"\n",
            c.number
        ));
    }
    let mut promise_number = 0;
    for (n, i) in d.interactions.iter().enumerate() {
        out.push_str(&format!("\nContact {} · ", n + 1));
        out.push_str(&render_interaction(i, &mut promise_number));
    }
    out.trim_end().to_string()
}

fn render_interaction(i: &Interaction, promise_number: &mut usize) -> String {
    let mut head = format!(
        "{} · {} · {}",
        local(i.started_at),
        i.channel.label(),
        i.direction.label()
    );
    if let Some(team) = &i.team {
        head.push_str(&format!(" · {team}"));
    }
    if let Some(agent) = &i.agent {
        head.push_str(&format!(" · agent {agent}"));
    }
    let mut out = format!("{head}\n  {}\n", i.summary);
    if let Some(w) = i.wait_minutes {
        out.push_str(&format!("  On hold: {w} min\n"));
    }
    if !i.references.is_empty() {
        out.push_str(&format!("  References: {}\n", i.references.join(", ")));
    }
    for e in &i.error_texts {
        out.push_str(&format!("  Error: \"{e}\"\n"));
    }
    for q in &i.quotes {
        out.push_str(&format!("  They said: \"{q}\"\n"));
    }
    for p in &i.promises {
        *promise_number += 1;
        let due = p
            .due_at
            .map(|d| format!(", due {}", local(d)))
            .unwrap_or_default();
        let state = if p.is_overdue(Utc::now()) {
            "OVERDUE"
        } else {
            p.status.as_str()
        };
        out.push_str(&format!(
            "  Promise {promise_number}: {} ({state}{due})\n",
            p.text
        ));
    }
    if let Some(o) = &i.outcome {
        out.push_str(&format!("  Outcome: {o}\n"));
    }
    match (i.identity_verified, &i.identity_method) {
        (Some(true), Some(how)) => out.push_str(&format!("  Identity verified: yes ({how})\n")),
        (Some(true), None) => out.push_str("  Identity verified: yes\n"),
        (Some(false), _) => out.push_str("  Identity verified: no\n"),
        (None, _) => {}
    }
    out
}

pub fn render_insights(x: &CaseInsights) -> String {
    let mut out = format!(
        "Contacts: {}   Teams: {}   Hand-offs: {}   Days open: {}   On hold: {} min\n",
        x.contacts,
        if x.teams.is_empty() {
            "-".to_string()
        } else {
            x.teams.join(", ")
        },
        x.handoffs,
        x.days_open,
        x.hold_minutes
    );
    out.push_str(&format!(
        "Promises: {} made, {} kept, {} broken, {} overdue\n",
        x.promises_made, x.promises_kept, x.promises_broken, x.promises_overdue
    ));
    for b in &x.bounces {
        out.push_str(&format!(
            "Bounced: back to {} via {} on {}\n",
            b.team,
            b.via.join(" → "),
            local(b.at)
        ));
    }
    for a in &x.repeated_advice {
        out.push_str(&format!("Said {} times: \"{}\"\n", a.times, a.text));
    }
    if x.unsolicited_contacts > 0 {
        out.push_str(&format!(
            "Unsolicited contacts: {} (check they were really the company)\n",
            x.unsolicited_contacts
        ));
    }
    if x.unverified_contacts > 0 {
        out.push_str(&format!(
            "Identity not checked on {} contact{} ({} checked)\n",
            x.unverified_contacts,
            if x.unverified_contacts == 1 { "" } else { "s" },
            x.verified_contacts
        ));
    }
    if x.escalation_reasons.is_empty() {
        out.push_str("No reason to escalate yet.");
    } else {
        out.push_str(&format!(
            "Time to escalate: {}.",
            x.escalation_reasons.join("; ")
        ));
    }
    out
}

pub fn render_hits(hits: &[SearchHit]) -> String {
    if hits.is_empty() {
        return "Nothing found. Try fewer or shorter words.".into();
    }
    hits.iter()
        .map(|h| {
            format!(
                "Case {} ({}) · {} · {}\n  {}",
                h.case_number,
                h.case_title,
                local(h.started_at),
                h.channel.label(),
                h.snippet
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
