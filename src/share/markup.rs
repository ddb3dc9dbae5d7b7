//! Markdown and self-contained HTML. Both open with the brief, then the full timeline. Several
//! cases in one file: a contents list, then each case in turn (brief, timeline, its chain head). The HTML
//! has inline CSS (prints on A4 with the timeline on a new page), no scripts, and every piece of
//! case text is escaped.

use super::brief::{self, Brief};
use super::check::check_pointer;
use super::dates;
use super::gate::RedactedCase;
use super::model::{CaseExport, ExportContact};
use crate::cases::{PromiseState, PromiseStatus};
use crate::t;

fn md_escape(s: &str) -> String {
    // Escape the characters that would start Markdown or HTML structure inside a line.
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

fn when(ts: &str) -> String {
    dates::date_time_of(ts)
}

/// A label of the timeline ("Channel", "They said"), in the export's language.
fn label(name: &str) -> String {
    t!("share-label", label = name)
}

/// The labelled facts of one contact, in display order.
fn contact_fields(c: &ExportContact) -> Vec<(String, String)> {
    let mut f = Vec::new();
    let channel = crate::cases::Channel::parse(&c.channel)
        .map(|x| x.label().to_string())
        .unwrap_or_else(|| c.channel.clone());
    let direction = crate::cases::Direction::parse(&c.direction)
        .map(|x| x.label().to_string())
        .unwrap_or_else(|| c.direction.clone());
    f.push((label("channel"), format!("{channel} — {direction}")));
    if let Some(t) = &c.team {
        f.push((label("team"), t.clone()));
    }
    if let Some(a) = &c.agent {
        f.push((label("agent"), a.clone()));
    }
    if let Some(w) = c.wait_minutes {
        f.push((
            label("waited"),
            t!("share-minutes", minutes = dates::number(u64::from(w))),
        ));
    }
    if !c.references.is_empty() {
        f.push((label("references"), c.references.join(", ")));
    }
    f.push((label("summary"), c.summary.clone()));
    for e in &c.error_texts {
        f.push((label("error"), format!("\"{e}\"")));
    }
    for q in &c.quotes {
        f.push((label("they-said"), format!("\"{q}\"")));
    }
    for p in &c.promises {
        let due = p
            .due_at
            .as_deref()
            .map(|d| format!(" — {}", t!("share-due", date = when(d))))
            .unwrap_or_default();
        // "broken" has no word of the brief's: the status as recorded, in words.
        let status = if p.overdue {
            brief::state_word(PromiseState::Missed)
        } else {
            match PromiseStatus::parse(&p.status) {
                Some(s) => t!("share-promise-status", status = s.as_str()),
                None => p.status.clone(),
            }
        };
        f.push((label("promise"), format!("\"{}\"{due} ({status})", p.text)));
    }
    if let Some(o) = &c.outcome {
        f.push((label("outcome"), o.clone()));
    }
    let id = t!(
        "share-identity-state",
        state = match c.identity_verified {
            Some(true) => "verified",
            Some(false) => "not-verified",
            None => "unknown",
        }
    );
    let method = c
        .identity_method
        .as_deref()
        .map(|m| format!(" ({m})"))
        .unwrap_or_default();
    f.push((label("identity"), format!("{id}{method}")));
    f
}

/// The last lines of a case: when and how it was made, the chain head, where the check section
/// is (`check_place`, for [`check_pointer`]), and the attachments' checksums.
fn footer(x: &CaseExport, check_place: &str) -> Vec<String> {
    let unmasked: Vec<String> = x.redaction.unmasked.iter().map(|k| k.label()).collect();
    vec![
        if unmasked.is_empty() {
            t!(
                "share-footer-generated",
                generator = x.generator.as_str(),
                at = when(&x.generated_at),
                n = x.redaction.masks_applied
            )
        } else {
            t!(
                "share-footer-generated-unmasked",
                generator = x.generator.as_str(),
                at = when(&x.generated_at),
                n = x.redaction.masks_applied,
                kinds = unmasked.join(", ")
            )
        },
        t!(
            "share-footer-chain",
            head = x.integrity.chain_head.as_str(),
            events_count = x.integrity.chain_events,
            state = if x.integrity.chain_intact {
                "intact"
            } else {
                "broken"
            }
        ),
        check_pointer(check_place),
    ]
    .into_iter()
    .chain(x.attachments.iter().map(|a| {
        t!(
            "share-footer-attachment",
            number = a.number,
            name = a.file_name.as_str(),
            sha256 = a.sha256.as_str(),
            size = dates::number(a.size)
        )
    }))
    .collect()
}

pub fn markdown(x: &CaseExport, b: &Brief) -> String {
    let mut o = String::new();
    markdown_case(&mut o, x, b, &footer(x, &check_above()));
    o
}

/// "Case 3 — title", the heading of a case in every format.
pub(super) fn case_title(x: &CaseExport) -> String {
    t!(
        "share-case-title",
        number = x.case.number,
        title = x.case.title.as_str()
    )
}

/// One case: title, brief, warnings, timeline, then `foot` after a rule.
fn markdown_case(o: &mut String, x: &CaseExport, b: &Brief, foot: &[String]) {
    o.push_str(&format!(
        "# {}\n\n",
        t!(
            "share-case-title",
            number = x.case.number,
            title = md_escape(&x.case.title)
        )
    ));
    o.push_str(&format!("**{}**\n", md_escape(&b.situation)));
    for s in &b.sections {
        o.push_str(&format!("\n## {}\n\n", md_escape(&s.heading)));
        for l in &s.lines {
            o.push_str(&format!("- {}\n", md_escape(l)));
        }
    }
    for w in &x.redaction.warnings {
        o.push_str(&format!(
            "\n> **{}** {}\n",
            t!("share-warning-label"),
            md_escape(w)
        ));
    }
    o.push_str(&format!("\n## {}\n", t!("share-heading-timeline")));
    for c in &x.contacts {
        o.push_str(&format!(
            "\n### #{} — {}\n\n",
            c.number,
            when(&c.started_at)
        ));
        for (k, v) in contact_fields(c) {
            o.push_str(&format!("- **{k}:** {}\n", md_escape(&v)));
        }
    }
    o.push_str("\n---\n\n");
    for l in foot {
        o.push_str(&format!("{}  \n", md_escape(l)));
    }
}

/// The contents line of one case in a file of several.
fn contents_line(x: &CaseExport) -> String {
    t!(
        "share-contents-line",
        title = case_title(x),
        status = t!("share-case-status", status = x.case.status.as_str()),
        n = x.contacts.len()
    )
}

fn several_intro(xs: &[RedactedCase]) -> String {
    let first = xs.first();
    t!(
        "share-several-intro",
        n = xs.len(),
        generator = first.map(|x| x.generator.as_str()).unwrap_or("Steward"),
        at = first.map(|x| when(&x.generated_at)).unwrap_or_default()
    )
}

/// Markdown and HTML end with this pointer to the check section of the brief, which comes first.
fn check_above() -> String {
    t!("share-check-place-above")
}

fn several_title(n: usize) -> String {
    t!("share-several-title", n = n)
}

/// Several cases in one Markdown file: a contents list, then each case in turn.
pub fn markdown_several(xs: &[RedactedCase], briefs: &[Brief]) -> String {
    let mut o = format!("# {}\n\n", several_title(xs.len()));
    o.push_str(&format!(
        "{}\n\n## {}\n\n",
        md_escape(&several_intro(xs)),
        t!("share-heading-contents")
    ));
    for (i, x) in xs.iter().enumerate() {
        o.push_str(&format!("{}. {}\n", i + 1, md_escape(&contents_line(x))));
    }
    for (x, b) in xs.iter().zip(briefs) {
        o.push_str("\n---\n\n");
        let mut foot = footer(x, &check_above());
        foot.truncate(2);
        markdown_case(&mut o, x, b, &foot);
    }
    o.push_str("\n---\n\n");
    o.push_str(&format!(
        "{}  \n",
        md_escape(&check_pointer(&check_above()))
    ));
    o
}

pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

const CSS: &str = "
:root{color-scheme:light}
body{font-family:'Noto Sans','Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#1b1f24;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.5rem;margin:0 0 .3rem}
h2{font-size:1.05rem;margin:1.2rem 0 .3rem;border-bottom:1px solid #d0d7de;padding-bottom:.15rem}
h3{font-size:.95rem;margin:1rem 0 .2rem}
.situation{background:#eef4fb;border-left:4px solid #1f6feb;padding:.5rem .8rem;font-weight:600}
ul{margin:.2rem 0 .2rem 1.2rem;padding:0}
li{margin:.1rem 0}
.warn{background:#fff4e5;border-left:4px solid #d97706;padding:.4rem .8rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th{text-align:left;vertical-align:top;width:9rem;color:#57606a;font-weight:600;padding:.15rem .5rem .15rem 0}
td{padding:.15rem 0;overflow-wrap:anywhere}
.contact{break-inside:avoid;border-top:1px solid #eaeef2;padding-top:.3rem}
.timeline h2+.contact{border-top:0}
footer{margin-top:2rem;font-size:.8rem;color:#57606a;overflow-wrap:anywhere}
.timeline{break-before:page}
@media print{body{margin:0;max-width:none}.timeline{break-before:page}a{color:inherit}}
@page{size:A4;margin:16mm}
";

fn html_head(o: &mut String, title: &str, extra_css: &str) {
    o.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        crate::i18n::current().code()
    ));
    o.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    // No scripts, no external resources: the CSP says so to any browser that opens the file.
    o.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    o.push_str(&format!(
        "<title>{}</title>\n<style>{CSS}{extra_css}</style>\n</head>\n<body>\n",
        esc(title)
    ));
}

pub fn html(x: &CaseExport, b: &Brief) -> String {
    let mut o = String::new();
    html_head(&mut o, &case_title(x), "");
    html_case(&mut o, x, b);
    o.push_str("<footer>\n");
    for l in footer(x, &check_above()) {
        o.push_str(&format!("<p>{}</p>\n", esc(&l)));
    }
    o.push_str("</footer>\n</body>\n</html>\n");
    o
}

const CSS_SEVERAL: &str = "
nav ol{margin:.2rem 0 .2rem 1.4rem;padding:0}
.case{break-before:page;margin-top:2.5rem;border-top:3px solid #1f6feb;padding-top:1rem}
.case footer{margin-top:1rem}
";

/// Several cases in one HTML file: a contents list with links, then each case in its own
/// `<article>` starting on a new printed page.
pub fn html_several(xs: &[RedactedCase], briefs: &[Brief]) -> String {
    let mut o = String::new();
    let title = several_title(xs.len());
    html_head(&mut o, &title, CSS_SEVERAL);
    let contents = esc(&t!("share-heading-contents"));
    o.push_str(&format!(
        "<h1>{}</h1>\n<p>{}</p>\n<nav aria-label=\"{contents}\">\n<h2>{contents}</h2>\n<ol>\n",
        esc(&title),
        esc(&several_intro(xs))
    ));
    for x in xs {
        o.push_str(&format!(
            "<li><a href=\"#case-{}\">{}</a></li>\n",
            x.case.number,
            esc(&contents_line(x))
        ));
    }
    o.push_str("</ol>\n</nav>\n");
    for (x, b) in xs.iter().zip(briefs) {
        o.push_str(&format!(
            "<article class=\"case\" id=\"case-{}\">\n",
            x.case.number
        ));
        html_case(&mut o, x, b);
        o.push_str("<footer>\n");
        for l in footer(x, &check_above()).iter().take(2) {
            o.push_str(&format!("<p>{}</p>\n", esc(l)));
        }
        o.push_str("</footer>\n</article>\n");
    }
    o.push_str(&format!(
        "<footer>\n<p>{}</p>\n</footer>\n</body>\n</html>\n",
        esc(&check_pointer(&check_above()))
    ));
    o
}

/// One case's body: title, situation, warnings, brief, timeline.
fn html_case(o: &mut String, x: &CaseExport, b: &Brief) {
    o.push_str(&format!(
        "<h1>{}</h1>\n<p class=\"situation\">{}</p>\n",
        esc(&case_title(x)),
        esc(&b.situation)
    ));
    for w in &x.redaction.warnings {
        o.push_str(&format!(
            "<p class=\"warn\">{} {}</p>\n",
            esc(&t!("share-warning-label")),
            esc(w)
        ));
    }
    for s in &b.sections {
        o.push_str(&format!("<h2>{}</h2>\n<ul>\n", esc(&s.heading)));
        for l in &s.lines {
            o.push_str(&format!("<li>{}</li>\n", esc(l)));
        }
        o.push_str("</ul>\n");
    }
    o.push_str(&format!(
        "<section class=\"timeline\">\n<h2>{}</h2>\n",
        esc(&t!("share-heading-timeline"))
    ));
    for c in &x.contacts {
        o.push_str(&format!(
            "<div class=\"contact\">\n<h3>#{} — {}</h3>\n<table>\n",
            c.number,
            esc(&when(&c.started_at))
        ));
        for (k, v) in contact_fields(c) {
            o.push_str(&format!(
                "<tr><th>{}</th><td>{}</td></tr>\n",
                esc(&k),
                esc(&v)
            ));
        }
        o.push_str("</table>\n</div>\n");
    }
    o.push_str("</section>\n");
}

/// The plain-text lines of the full timeline (the PDF's pages after the brief).
pub fn timeline_blocks(x: &CaseExport) -> Vec<(String, Vec<(String, String)>)> {
    x.contacts
        .iter()
        .map(|c| {
            (
                format!("#{} — {}", c.number, when(&c.started_at)),
                contact_fields(c),
            )
        })
        .collect()
}

/// The PDF's last lines, pointing to the check section on page `check_page`.
pub fn footer_lines(x: &CaseExport, check_page: usize) -> Vec<String> {
    footer(x, &t!("share-check-place-page", page = check_page))
}
