//! The brief support reads first, written for an agent on a busy shift who must act without
//! asking the customer to repeat anything. Situation first (a severity tag — "SECURITY —
//! possible account takeover", "PRIVACY — another customer's data was shown" — the problem,
//! app or web, since when and whether it still happens, the team that should own it), then the
//! request (a concrete action, by when), the background (each contact as "who → said/did →
//! result · ref · promise", the customer's own attempts apart), the assessment (loops, lost
//! records, missed promises), references per team with the contact that gave them, a plain
//! identity line ("Verified me: #2 (phone, code by SMS). Not verified: #3. The chat on 2 Mar (#4)
//! was not me.") and what each attachment says; checksums go to the footer. Built from the
//! redacted case, so it can never show more than the export does.
//!
//! Longer than the ~600 lines files aim for, on purpose: the full brief and the chat version
//! ([`chat`]) are two cuts of the same sections and share every helper; apart, the chat file
//! would reach into this one's internals and this one would re-export it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::dates;
use super::gate::RedactedCase;
use super::model::{CaseExport, ExportComplaint, ExportContact, ExportPromise};
use crate::cases::{PromiseState, PromiseStatus};
use crate::i18n;
use crate::t;

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
    // RFC 3339 → "2026-11-02 14:05 UTC" (in the brief's language); anything else as it is.
    dates::date_time_of(ts)
}

fn short_day(ts: &str) -> String {
    dates::short_date_time_of(ts)
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

/// A contact the customer made alone, not with the company: a try on the website or in the
/// app with nobody named ("Tried to add my number" → an error).
pub(crate) fn own_attempt(c: &ExportContact) -> bool {
    c.channel == "portal" && c.direction == "outbound" && c.agent.is_none()
}

/// The severity tag: what an agent must see first.
pub fn tag(x: &CaseExport) -> Option<String> {
    let open = |k: &str| x.case.alerts.iter().any(|a| a.kind == k && !a.resolved);
    if open("contact_not_made") {
        Some(t!("share-tag-takeover"))
    } else if open("data_exposed") {
        Some(t!("share-tag-exposed"))
    } else if open("unsolicited_contact") {
        Some(t!("share-tag-impostor"))
    } else {
        None
    }
}

fn service_name(x: &CaseExport) -> Option<&str> {
    x.case.service.as_deref().filter(|s| !s.trim().is_empty())
}

fn date_only(ts: &str) -> String {
    dates::medium_of(ts)
}

/// The channel's name as the brief writes it inside a sentence ("phone", "web portal").
fn channel_word(c: &str) -> String {
    channel_label(c).to_lowercase()
}

/// One line: tag, what is wrong and with whom, whether it still happens, who should own it.
pub fn situation(x: &CaseExport) -> String {
    let mut out = String::new();
    if let Some(t) = tag(x) {
        out.push_str(&format!("[{t}] "));
    }
    out.push_str(&t!(
        "share-situation-case",
        number = x.case.number,
        title = x.case.title.as_str()
    ));
    // "at Amazon with Amazon": the service only when the title does not already name it.
    if let Some(svc) = service_name(x) {
        if !x.case.title.to_lowercase().contains(&svc.to_lowercase()) {
            out.push_str(&format!(" ({svc})"));
        }
    }
    if let Some(a) = x.case.access.as_deref() {
        out.push_str(", ");
        out.push_str(&t!("share-situation-access", access = a));
    }
    out.push('.');
    if let Some(again) = repeat(x) {
        out.push(' ');
        out.push_str(&again);
    }
    let first = x
        .contacts
        .first()
        .map_or(x.case.opened_at.as_str(), |c| c.started_at.as_str());
    out.push(' ');
    match (x.case.still_happening, x.case.still_happening_at.as_deref()) {
        (Some(true), Some(at)) => out.push_str(&t!(
            "share-situation-still",
            since = date_only(first),
            at = date_only(at)
        )),
        (Some(false), Some(at)) => out.push_str(&t!(
            "share-situation-stopped",
            since = date_only(first),
            at = date_only(at)
        )),
        _ => out.push_str(&t!("share-situation-since", since = date_only(first))),
    }
    if let Some(team) = x.case.owner_team.as_deref() {
        out.push(' ');
        out.push_str(&t!("share-situation-route", team = team));
    }
    out
}

/// "This is the second time someone posing as me has contacted you (2 Mar 2026; 9 Mar 2026).":
/// when the case's account has had two or more impostor alerts, in any of its cases.
pub fn repeat(x: &CaseExport) -> Option<String> {
    let all = &x.case.account_impostor_alerts;
    if all.len() < 2 {
        return None;
    }
    let as_me = all.iter().filter(|a| a.kind == "contact_not_made").count();
    let who = match as_me {
        n if n == all.len() => "me",
        0 => "you",
        _ => "both",
    };
    let dates: Vec<String> = all.iter().map(|a| date_only(&a.happened_at)).collect();
    Some(t!(
        "share-situation-repeat",
        nth = all.len(),
        who = who,
        // "; ": Vietnamese dates hold a comma ("2 thg 3, 2026").
        dates = dates.join("; ")
    ))
}

/// "Retail support: TKT-4471 (#2), TKT-4480 (#4)" per team, in order of first appearance.
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
            let with_contact = format!("{r} (#{})", c.number);
            if !per[slot].1.iter().any(|e| e.starts_with(&format!("{r} ("))) {
                per[slot].1.push(with_contact);
            }
        }
    }
    per.into_iter()
        .map(|(t, r)| format!("{t}: {}", r.join(", ")))
        .collect()
}

/// The promise vocabulary used everywhere: kept, missed, pending ([`PromiseState`], from the
/// status and the overdue flag the gate set with `Promise::is_overdue`).
pub(crate) fn promise_state(p: &ExportPromise) -> PromiseState {
    let status = PromiseStatus::parse(&p.status).unwrap_or(PromiseStatus::Pending);
    PromiseState::of(status, p.overdue)
}

pub(crate) fn contact_line(c: &ExportContact, short: bool) -> String {
    contact_line_clipped(c, short, if short { 70 } else { 160 }, false)
}

/// The contacts the customer says were not them (an alert "a contact I never made" names them).
fn not_me(x: &CaseExport) -> Vec<u32> {
    x.case
        .alerts
        .iter()
        .filter(|a| a.kind == "contact_not_made")
        .filter_map(|a| a.contact)
        .collect()
}

/// "#2 3 Nov 14:05 UTC, phone, Retail support (Minh) → I said/they said … → result … · ref …
/// · promised "…" by … (missed)".
fn contact_line_clipped(
    c: &ExportContact,
    short: bool,
    summary_max: usize,
    was_not_me: bool,
) -> String {
    let who = match (&c.team, &c.agent) {
        (Some(t), Some(a)) => format!(", {t} ({a})"),
        (Some(t), None) => format!(", {t}"),
        (None, Some(a)) => format!(", {a}"),
        (None, None) => String::new(),
    };
    let when = if short {
        short_day(&c.started_at)
    } else {
        day(&c.started_at)
    };
    let by = match c.direction.as_str() {
        _ if was_not_me => format!(" {}", t!("share-contact-not-me")),
        "inbound" => format!(" {}", t!("share-contact-inbound")),
        "unsolicited" => format!(" {}", t!("share-contact-unsolicited")),
        _ => String::new(),
    };
    let mut line = format!(
        "#{} {when}, {}{who}{by} → {}",
        c.number,
        channel_word(&c.channel),
        clip(&c.summary, summary_max)
    );
    if !short {
        if let Some(q) = c.quotes.first() {
            line.push_str(" → ");
            line.push_str(&t!("share-contact-said", quote = clip(q, 160)));
        }
        for e in &c.error_texts {
            line.push_str(" → ");
            line.push_str(&t!("share-contact-error", error = e.as_str()));
        }
    }
    if let Some(o) = &c.outcome {
        line.push_str(" → ");
        line.push_str(&t!("share-contact-result", outcome = clip(o, summary_max)));
    }
    if !c.references.is_empty() {
        line.push_str(" · ");
        line.push_str(&t!("share-contact-ref", refs = c.references.join(", ")));
    }
    // The chat version lists missed promises once, apart; the full page gives each in place.
    for p in c.promises.iter().filter(|_| !short) {
        let due = p
            .due_at
            .as_deref()
            .map(|d| format!(" {}", t!("share-contact-promise-by", date = day(d))))
            .unwrap_or_default();
        line.push_str(" · ");
        line.push_str(&t!(
            "share-contact-promised",
            promise = clip(&p.text, 90),
            due = due,
            state = state_word(promise_state(p))
        ));
    }
    line
}

/// "kept", "missed", "pending" in the brief's language.
pub(crate) fn state_word(s: PromiseState) -> String {
    t!("share-promise-state", state = s.as_str())
}

/// The error that matters most: the newest exact error text, with its date and where.
fn key_error(x: &CaseExport) -> Option<String> {
    x.contacts.iter().rev().find_map(|c| {
        c.error_texts.last().map(|e| {
            t!(
                "share-key-error",
                date = day(&c.started_at),
                channel = channel_word(&c.channel),
                error = e.as_str()
            )
        })
    })
}

/// What the timeline shows, in sentences an agent reads once.
fn assessment(x: &CaseExport) -> Vec<String> {
    let mut out = Vec::new();
    let not_me = not_me(x);
    let company: Vec<&ExportContact> = x
        .contacts
        .iter()
        .filter(|c| !own_attempt(c) && !not_me.contains(&c.number))
        .collect();
    let mut teams: Vec<&str> = Vec::new();
    for t in company.iter().filter_map(|c| c.team.as_deref()) {
        if !teams.iter().any(|k| k.eq_ignore_ascii_case(t)) {
            teams.push(t);
        }
    }
    if company.is_empty() {
        out.push(t!("share-assess-first-request"));
    } else {
        let status = if x.case.status == "resolved" {
            "resolved"
        } else {
            "open"
        };
        out.push(if teams.len() > 1 {
            t!(
                "share-assess-contacts-teams",
                n = company.len(),
                teams_count = teams.len(),
                teams = teams.join(", "),
                status = status
            )
        } else {
            t!("share-assess-contacts", n = company.len(), status = status)
        });
    }
    if !not_me.is_empty() {
        let list: Vec<String> = not_me.iter().map(|n| format!("#{n}")).collect();
        out.push(t!("share-assess-not-me", contacts = list.join(", ")));
    }
    // A → B → A: sent back to a team that had already sent the customer on.
    let mut path: Vec<(&str, u32)> = Vec::new();
    for c in &company {
        let Some(t) = c.team.as_deref() else { continue };
        if path.last().is_some_and(|(l, _)| l.eq_ignore_ascii_case(t)) {
            continue;
        }
        if let Some(&(_, first)) = path.iter().find(|(l, _)| l.eq_ignore_ascii_case(t)) {
            out.push(t!(
                "share-assess-loop",
                team = t,
                at = format!("#{}", c.number),
                first = format!("#{first}")
            ));
        }
        path.push((t, c.number));
    }
    let lost: Vec<String> = company
        .iter()
        .filter(|c| {
            let text = format!("{} {}", c.summary, c.quotes.join(" ")).to_lowercase();
            [
                "no record",
                "no trace",
                "no note of",
                "no notes of",
                "không có thông tin",
                "khong co thong tin",
                "không có ghi nhận",
            ]
            .iter()
            .any(|w| text.contains(w))
        })
        .map(|c| format!("#{}", c.number))
        .collect();
    if !lost.is_empty() {
        out.push(t!("share-assess-lost-record", contacts = lost.join(", ")));
    }
    let missed: Vec<String> = x
        .contacts
        .iter()
        .flat_map(|c| c.promises.iter().map(move |p| (c, p)))
        .filter(|(_, p)| promise_state(p) == PromiseState::Missed)
        .map(|(c, p)| format!("\"{}\" (#{})", clip(&p.text, 80), c.number))
        .collect();
    if !missed.is_empty() {
        out.push(t!(
            "share-assess-missed",
            n = missed.len(),
            promises = missed.join("; ")
        ));
    }
    match (x.case.still_happening, x.case.still_happening_at.as_deref()) {
        (Some(true), Some(at)) => out.push(t!("share-assess-still", at = date_only(at))),
        (Some(false), Some(at)) => out.push(t!("share-assess-stopped", at = date_only(at))),
        _ => {}
    }
    out
}

/// The formal complaint for the agent: received when (and in which contact), under which rule,
/// each dated step with whether it has passed, and the final response if there was one.
pub fn complaint(c: &ExportComplaint) -> Vec<String> {
    let received = dates::medium_day_of(&c.received_on);
    let mut lines = vec![match (c.contact, c.firm_reference.as_deref()) {
        (Some(n), Some(r)) => t!(
            "share-complaint-received-contact-ref",
            date = received,
            contact = n,
            reference = r
        ),
        (Some(n), None) => t!(
            "share-complaint-received-contact",
            date = received,
            contact = n
        ),
        (None, Some(r)) => t!(
            "share-complaint-received-ref",
            date = received,
            reference = r
        ),
        (None, None) => t!("share-complaint-received", date = received),
    }];
    lines.push(match (&c.rule, &c.law) {
        (Some(rule), Some(law)) if !law.trim().is_empty() => {
            t!(
                "share-complaint-rule-law",
                rule = rule.as_str(),
                law = law.as_str()
            )
        }
        (Some(rule), _) => t!("share-complaint-rule", rule = rule.as_str()),
        (None, _) => t!("share-complaint-no-rule"),
    });
    if let Some(on) = &c.final_response_on {
        lines.push(t!(
            "share-complaint-final-response",
            date = dates::medium_day_of(on)
        ));
    }
    for d in &c.deadlines {
        let date = dates::medium_day_of(&d.date);
        let label = d.label.as_str();
        let mut line = match d.state.as_str() {
            "passed" => t!("share-complaint-step-passed", label = label, date = date),
            "done" => t!("share-complaint-step-done", label = label, date = date),
            "open" => t!("share-complaint-step-open", label = label, date = date),
            "not_yet_open" => t!("share-complaint-step-from", label = label, date = date),
            _ => t!("share-complaint-step", label = label, date = date),
        };
        if d.check {
            line.push(' ');
            line.push_str(&t!("share-complaint-check"));
        }
        lines.push(line);
    }
    lines
}

/// The chat brief's one line: received when, and the firm's main deadline with whether it passed.
fn chat_complaint(c: &ExportComplaint) -> String {
    let received = dates::medium_day_of(&c.received_on);
    match c.deadlines.iter().find(|d| d.main) {
        Some(d) => t!(
            "share-chat-complaint-due",
            date = received,
            label = d.label.as_str(),
            due = dates::medium_day_of(&d.date),
            passed = if d.state == "passed" { "yes" } else { "no" }
        ),
        None => t!("share-chat-complaint", date = received),
    }
}

/// The request for the agent, by when. Never a placeholder: without a request the customer's
/// desired outcome is asked for as it is.
pub fn request(x: &CaseExport) -> Option<String> {
    let what = x
        .case
        .request
        .clone()
        .or_else(|| x.case.desired_outcome.clone())?;
    Some(match x.case.request_by.as_deref() {
        Some(by) => t!(
            "share-request-by",
            request = what.trim_end_matches('.'),
            date = date_only(by)
        ),
        None => format!("{}.", what.trim_end_matches('.')),
    })
}

/// "Verified me: #2 (phone, code sent by SMS). Not verified: #3. Contact #4 (chat, 2 Mar) was
/// not me."
pub fn identity(x: &CaseExport) -> Vec<String> {
    let mut lines = Vec::new();
    let verified: Vec<String> = x
        .contacts
        .iter()
        .filter(|c| c.identity_verified == Some(true))
        .map(|c| {
            let how = c
                .identity_method
                .as_deref()
                .map(|m| format!(", {m}"))
                .unwrap_or_default();
            format!("#{} ({}{how})", c.number, channel_word(&c.channel))
        })
        .collect();
    let not_me_alerts = x
        .case
        .alerts
        .iter()
        .filter(|a| a.kind == "contact_not_made");
    let not_me_contacts = not_me(x);
    let unverified: Vec<String> = x
        .contacts
        .iter()
        .filter(|c| c.identity_verified != Some(true) && !own_attempt(c))
        .filter(|c| !not_me_contacts.contains(&c.number))
        .map(|c| format!("#{}", c.number))
        .collect();
    let mut first = if verified.is_empty() {
        t!("share-identity-verified-none")
    } else {
        t!("share-identity-verified", contacts = verified.join(", "))
    };
    if !unverified.is_empty() {
        first.push(' ');
        first.push_str(&t!(
            "share-identity-not-verified",
            contacts = unverified.join(", ")
        ));
    }
    lines.push(first);
    for a in not_me_alerts {
        lines.push(
            match a
                .contact
                .and_then(|n| x.contacts.iter().find(|c| c.number == n))
            {
                Some(c) => t!(
                    "share-identity-contact-not-me",
                    channel = channel_word(&c.channel),
                    date = date_only(&c.started_at),
                    contact = format!("#{}", c.number)
                ),
                None => t!(
                    "share-identity-alert-not-me",
                    summary = clip(&a.summary, 160),
                    date = date_only(&a.raised_at)
                ),
            },
        );
    }
    lines.push(t!("share-identity-anyone-else"));
    lines
}

fn attachments(x: &CaseExport) -> Vec<String> {
    x.attachments
        .iter()
        .map(|a| match &a.about {
            Some(about) => format!("{}: {about}", a.file_name),
            None => a.file_name.clone(),
        })
        .collect()
}

/// The full brief, in the language of the export (`x.lang()`).
pub fn build(x: &RedactedCase) -> Brief {
    i18n::with_lang(x.lang(), || build_from(x))
}

fn build_from(x: &CaseExport) -> Brief {
    let mut sections = Vec::new();
    if let Some(r) = request(x) {
        sections.push(Section {
            heading: t!("share-heading-request"),
            lines: vec![r],
        });
    }
    let company: Vec<&ExportContact> = x.contacts.iter().filter(|c| !own_attempt(c)).collect();
    let own: Vec<&ExportContact> = x.contacts.iter().filter(|c| own_attempt(c)).collect();
    if !company.is_empty() {
        let skip = company.len().saturating_sub(FULL_TIMELINE);
        let mut lines: Vec<String> = Vec::new();
        if skip > 0 {
            lines.push(t!("share-earlier-contacts", n = skip));
        }
        let not_me = not_me(x);
        lines.extend(
            company[skip..]
                .iter()
                .map(|c| contact_line_clipped(c, false, 160, not_me.contains(&c.number))),
        );
        sections.push(Section {
            heading: match service_name(x) {
                Some(s) => t!("share-heading-background-service", service = s),
                None => t!("share-heading-background"),
            },
            lines,
        });
    }
    if !own.is_empty() {
        sections.push(Section {
            heading: t!("share-heading-own-attempts"),
            lines: own
                .iter()
                .map(|c| contact_line_clipped(c, false, 160, false))
                .collect(),
        });
    }
    sections.push(Section {
        heading: t!("share-heading-assessment"),
        lines: assessment(x),
    });
    let refs = references(x);
    if !refs.is_empty() {
        sections.push(Section {
            heading: t!("share-heading-references"),
            lines: refs,
        });
    }
    if let Some(c) = &x.case.complaint {
        sections.push(Section {
            heading: t!("share-heading-complaint"),
            lines: complaint(c),
        });
    }
    sections.push(Section {
        heading: t!("share-heading-identity"),
        lines: identity(x),
    });
    if !x.attachments.is_empty() {
        sections.push(Section {
            heading: t!("share-heading-attachments"),
            lines: attachments(x),
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

/// The chat-box version: at most [`CHAT_MAX_CHARS`] characters. What an agent must not lose
/// comes first and is never cut: the severity and situation, the request, the references, the
/// key error in full with its date, the identity line, the attachments' count. Then as many
/// recent contacts as fit; counts and boilerplate are what gives way.
pub fn chat(x: &RedactedCase) -> String {
    i18n::with_lang(x.lang(), || chat_in(x))
}

fn chat_in(x: &RedactedCase) -> String {
    let mut head = vec![clip(&situation(x), 260)];
    if let Some(r) = request(x) {
        head.push(t!("share-chat-request", request = clip(&r, 240)));
    }
    let refs = references(x);
    if !refs.is_empty() {
        head.push(t!("share-chat-refs", refs = clip(&refs.join("; "), 160)));
    }
    if let Some(c) = &x.case.complaint {
        head.push(clip(&chat_complaint(c), 200));
    }
    let mut tail = Vec::new();
    if let Some(e) = key_error(x) {
        // The error in full when it fits the box with the rest; else where to read it.
        if chars(&e) <= 320 {
            tail.push(t!("share-chat-error", error = e));
        } else {
            tail.push(t!("share-chat-error-cut", error = clip(&e, 200)));
        }
    }
    let missed: Vec<String> = x
        .contacts
        .iter()
        .flat_map(|c| c.promises.iter())
        .filter(|p| promise_state(p) == PromiseState::Missed)
        .map(|p| clip(&p.text, 60))
        .collect();
    if !missed.is_empty() {
        tail.push(clip(
            &t!("share-chat-missed", promises = missed.join("; ")),
            140,
        ));
    }
    let id = identity(x);
    tail.push(clip(&id[..id.len().saturating_sub(1)].join(" "), 180));
    if !x.attachments.is_empty() {
        tail.push(t!("share-chat-attachments", n = x.attachments.len()));
    }

    let fixed: usize = head.iter().chain(tail.iter()).map(|l| chars(l) + 1).sum();
    // Newest contacts matter most to the next agent: fill from the end, print oldest first.
    let mut lines: Vec<String> = Vec::new();
    let mut used = fixed;
    let total = x.contacts.len();
    // A short case has room for fuller summaries; a long one lists more contacts instead.
    let summary_max = if x.contacts.len() <= 4 { 110 } else { 60 };
    let not_me = not_me(x);
    for c in x.contacts.iter().rev() {
        let mut line = contact_line_clipped(c, true, summary_max, not_me.contains(&c.number));
        let more = total - lines.len() - 1;
        let reserve = if more > 0 { 32 } else { 0 };
        if used + chars(&line) + 1 + reserve > CHAT_MAX_CHARS {
            // The newest contact always gets a line, shortened to the room left.
            let room = CHAT_MAX_CHARS.saturating_sub(used + 1 + reserve);
            if !lines.is_empty() || room < 40 {
                break;
            }
            line = clip(&line, room);
        }
        used += chars(&line) + 1;
        lines.push(line);
    }
    lines.reverse();
    let left = total - lines.len();
    let mut out: Vec<String> = head;
    if left > 0 {
        out.push(t!("share-chat-more-contacts", n = left));
    }
    out.extend(lines);
    out.extend(tail);
    let text = out.join("\n");
    if chars(&text) <= CHAT_MAX_CHARS {
        return text;
    }
    // Only reachable with very long fixed parts: cut, never exceed.
    let mut cut: String = text.chars().take(CHAT_MAX_CHARS - 1).collect();
    cut.push('…');
    cut
}
