//! Cases as text: the list, a case with its timeline, insights, search hits. `--json` prints
//! the values themselves.

use chrono::Utc;
use steward::cases::{
    Alert, Attachment, CaseDetail, CaseFilter, CaseInsights, CaseSummary, Interaction, SearchHit,
};
use steward::t;

use crate::evidence::render_attachment;
use crate::output::{local, padded};

pub fn render_case_list(cases: &[CaseSummary], filter: CaseFilter) -> String {
    if cases.is_empty() {
        return match filter {
            CaseFilter::Active => t!("cli-case-list-none-open"),
            _ => t!("cli-case-list-none"),
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
            .map(|t| format!(", {}", t!("cli-case-list-last-contact", date = local(t))))
            .unwrap_or_default();
        out.push_str(&format!(
            "{:>4}  {}{}\n      {} · {}{}\n",
            c.case.number,
            c.case.title,
            service,
            c.case.status.label(),
            t!("cli-case-list-contacts", n = c.interaction_count),
            last
        ));
    }
    out.trim_end().to_string()
}

/// `case show`: the case and its timeline, then its security alerts and attachments.
pub fn render_case_with(d: &CaseDetail, alerts: &[Alert], attachments: &[Attachment]) -> String {
    let mut out = render_case(d);
    if !alerts.is_empty() {
        out.push_str(&format!("\n\n{}", t!("cli-case-alerts-heading")));
        for a in alerts {
            let state = if a.resolved_at.is_some() {
                t!("cli-alert-resolved")
            } else {
                t!("cli-alert-open")
            };
            out.push_str(&format!(
                "\n  {}",
                t!(
                    "cli-case-alert-line",
                    number = a.number,
                    state = state,
                    done = a.steps_done(),
                    total = a.steps.len(),
                    title = &a.title
                )
            ));
        }
    }
    if !attachments.is_empty() {
        out.push_str(&format!("\n\n{}\n", t!("cli-case-attachments-heading")));
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
    let [service, status, wanted, opened, resolved] = padded([
        t!("cli-case-label-service"),
        t!("cli-case-label-status"),
        t!("cli-case-label-wanted"),
        t!("cli-case-label-opened"),
        t!("cli-case-label-resolved"),
    ]);
    let mut out = format!(
        "{}\n",
        t!("cli-case-heading", number = c.number, title = &c.title)
    );
    if let Some(a) = &c.account {
        out.push_str(&format!("{service}{}\n", a.service));
    }
    out.push_str(&format!("{status}{}\n", c.status.label()));
    if let Some(want) = &c.desired_outcome {
        out.push_str(&format!("{wanted}{want}\n"));
    }
    out.push_str(&format!("{opened}{}\n", local(c.opened_at)));
    if let Some(closed) = c.closed_at {
        out.push_str(&format!("{resolved}{}", local(closed)));
        if let Some(r) = &c.resolution {
            out.push_str(&format!(" — {r}"));
        }
        out.push('\n');
    }
    if d.interactions.is_empty() {
        out.push_str(&format!(
            "\n{}\n",
            t!("cli-case-no-contacts", number = c.number)
        ));
    }
    let mut promise_number = 0;
    for (n, i) in d.interactions.iter().enumerate() {
        out.push_str(&format!("\n{} · ", t!("cli-case-contact", n = n + 1)));
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
        head.push_str(&format!(" · {}", t!("cli-case-agent", agent = agent)));
    }
    // A formal complaint or the firm's final response stands out in the timeline.
    if i.kind != steward::complaints::ContactKind::Ordinary {
        head.push_str(&format!(" · [{}]", i.kind.label()));
    }
    let mut out = format!("{head}\n  {}\n", i.summary);
    if let Some(w) = i.wait_minutes {
        out.push_str(&format!("  {}\n", t!("cli-case-on-hold", minutes = w)));
    }
    if !i.references.is_empty() {
        out.push_str(&format!(
            "  {}\n",
            t!("cli-case-references", refs = i.references.join(", "))
        ));
    }
    for e in &i.error_texts {
        out.push_str(&format!("  {}\n", t!("cli-case-error", text = e)));
    }
    for q in &i.quotes {
        out.push_str(&format!("  {}\n", t!("cli-case-they-said", text = q)));
    }
    for p in &i.promises {
        *promise_number += 1;
        let status = if p.is_overdue(Utc::now()) {
            "overdue"
        } else {
            p.status.as_str()
        };
        let mut state = t!("cli-case-promise-state", status = status);
        if let Some(d) = p.due_at {
            state.push_str(&format!(
                ", {}",
                t!("cli-case-promise-due", date = local(d))
            ));
        }
        out.push_str(&format!(
            "  {}\n",
            t!(
                "cli-case-promise",
                number = *promise_number,
                text = &p.text,
                state = state
            )
        ));
    }
    if let Some(o) = &i.outcome {
        out.push_str(&format!("  {}\n", t!("cli-case-outcome", outcome = o)));
    }
    let identity = match (i.identity_verified, &i.identity_method) {
        (Some(true), Some(how)) => Some(t!("cli-case-identity-yes-how", how = how)),
        (Some(true), None) => Some(t!("cli-case-identity-yes")),
        (Some(false), _) => Some(t!("cli-case-identity-no")),
        (None, _) => None,
    };
    if let Some(identity) = identity {
        out.push_str(&format!("  {identity}\n"));
    }
    out
}

pub fn render_insights(x: &CaseInsights) -> String {
    let mut out = format!(
        "{}\n",
        t!(
            "cli-insights-summary",
            contacts = x.contacts,
            teams = if x.teams.is_empty() {
                "-".to_string()
            } else {
                x.teams.join(", ")
            },
            handoffs = x.handoffs,
            days = x.days_open,
            minutes = x.hold_minutes
        )
    );
    out.push_str(&format!(
        "{}\n",
        t!(
            "cli-insights-promises",
            made = x.promises_made,
            kept = x.promises_kept,
            broken = x.promises_broken,
            overdue = x.promises_overdue
        )
    ));
    for b in &x.bounces {
        out.push_str(&format!(
            "{}\n",
            t!(
                "cli-insights-bounced",
                team = &b.team,
                via = b.via.join(" → "),
                date = local(b.at)
            )
        ));
    }
    for a in &x.repeated_advice {
        out.push_str(&format!(
            "{}\n",
            t!("cli-insights-repeated", n = a.times, text = &a.text)
        ));
    }
    if x.unsolicited_contacts > 0 {
        out.push_str(&format!(
            "{}\n",
            t!("cli-insights-unsolicited", n = x.unsolicited_contacts)
        ));
    }
    if x.unverified_contacts > 0 {
        out.push_str(&format!(
            "{}\n",
            t!(
                "cli-insights-unverified",
                n = x.unverified_contacts,
                checked = x.verified_contacts
            )
        ));
    }
    if x.escalation_reasons.is_empty() {
        out.push_str(&t!("cli-insights-no-escalation"));
    } else {
        out.push_str(&t!(
            "cli-insights-escalate",
            reasons = x.escalation_reasons.join("; ")
        ));
    }
    out
}

pub fn render_hits(hits: &[SearchHit]) -> String {
    if hits.is_empty() {
        return t!("cli-search-none");
    }
    hits.iter()
        .map(|h| {
            format!(
                "{}\n  {}",
                t!(
                    "cli-search-hit",
                    number = h.case_number,
                    title = &h.case_title,
                    date = local(h.started_at),
                    channel = h.channel.label()
                ),
                h.snippet
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}
