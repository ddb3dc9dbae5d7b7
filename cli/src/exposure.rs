//! The exposure chain on the command line: `steward accounts exposure|details|lockdown` and
//! `steward case disclosed`. Each command is one or two core calls (`CaseStore::exposure`,
//! `set_account_knowledge`, `set_lockdown_step`, `set_alert_disclosures`, …) and a text
//! renderer; ids typed here are read by the core's parsers and refused with its error codes.
//! `--json` is language-neutral (English words, the same ids) whatever `--lang` says.

use clap::Args;
use steward::cases::{CaseStore, Uuid};
use steward::error::{ErrorInfo, UserFacing};
use steward::exposure::{
    evidence::suggest_for_alert, hint, minimal_value, AccountKnowledge, Basis, Detail,
    DetailAnswer, Disclosure, DisclosureAnswer, ExposureError, ExposureReport, KnowledgeAnswers,
    LockdownStepId, Questionnaire, Stake, SuggestedDisclosure,
};
use steward::i18n::{self, Lang};
use steward::t;

use crate::output::{local, print};

#[derive(Args)]
pub struct DetailsArgs {
    /// The service's name ("Example Bank"); answering about one Steward doesn't know adds it.
    service: String,
    /// What is at stake there: money, email, phone, shopping, other.
    #[arg(long)]
    stake: Option<String>,
    /// Details the account has (comma-separated): address, phone, email, card_last_four,
    /// date_of_birth, security_answers, support_pin.
    #[arg(long, value_delimiter = ',', value_name = "DETAILS")]
    holds: Vec<String>,
    /// Details its support accepts to check who is calling (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "DETAILS")]
    checks: Vec<String>,
    /// Details the account does not have (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "DETAILS")]
    lacks: Vec<String>,
    /// The value to match, only as much as needed: card_last_four=4821, phone=5678,
    /// email=you@example.com (kept masked).
    #[arg(long = "value", value_name = "DETAIL=VALUE")]
    values: Vec<String>,
    /// Skip the questions for this account for now.
    #[arg(long)]
    skip: bool,
    /// Forget what you said about a detail (its value too).
    #[arg(long, value_name = "DETAIL")]
    forget: Vec<String>,
}

#[derive(Args)]
pub struct DisclosedArgs {
    /// The alert's number ("1", "alert 1").
    alert: String,
    /// Details the impostor asked for (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "DETAILS")]
    asked: Vec<String>,
    /// Details they got (comma-separated): address, card_last_four, …
    #[arg(long, value_delimiter = ',', value_name = "DETAILS")]
    got: Vec<String>,
    /// The value they got, only as much as needed: card_last_four=4821, phone=5678.
    #[arg(long = "value", value_name = "DETAIL=VALUE")]
    values: Vec<String>,
    /// Confirm what Steward read from the alert's evidence, as it is.
    #[arg(long, conflicts_with_all = ["asked", "got", "values", "clear"])]
    accept: bool,
    /// Nothing was asked for or given: remove the alert's list.
    #[arg(long, conflicts_with_all = ["asked", "got", "values"])]
    clear: bool,
}

fn info(e: impl UserFacing) -> ErrorInfo {
    e.info()
}

/// `--json` output is made in English whatever `--lang` says.
fn neutral<T>(json: bool, f: impl FnOnce() -> T) -> T {
    if json {
        i18n::with_lang(Lang::english(), f)
    } else {
        f()
    }
}

fn details(list: &[String]) -> Result<Vec<Detail>, ErrorInfo> {
    let mut out: Vec<Detail> = Vec::new();
    for s in list.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        let d = Detail::parse(s).ok_or_else(|| ExposureError::UnknownDetail(s.into()).info())?;
        if !out.contains(&d) {
            out.push(d);
        }
    }
    Ok(out)
}

/// `detail=value` pairs; the value is never repeated in an error.
fn values(list: &[String]) -> Result<Vec<(Detail, String)>, ErrorInfo> {
    list.iter()
        .map(|s| {
            let (d, v) = s
                .split_once('=')
                .ok_or_else(|| ExposureError::ValueWithoutDetail.info())?;
            let d = Detail::parse(d)
                .ok_or_else(|| ExposureError::UnknownDetail(d.trim().into()).info())?;
            Ok((d, v.to_string()))
        })
        .collect()
}

fn value_of(values: &[(Detail, String)], d: Detail) -> Option<String> {
    values
        .iter()
        .rev()
        .find(|(x, _)| *x == d)
        .map(|(_, v)| v.clone())
}

/// `steward accounts exposure`.
pub fn run_exposure(json: bool, store: &CaseStore<'_>) -> Result<(), ErrorInfo> {
    let report = neutral(json, || store.exposure()).map_err(info)?;
    print(json, &report, || render_report(&report))
}

/// `steward accounts details <service> …`.
pub fn run_details(json: bool, store: &CaseStore<'_>, args: DetailsArgs) -> Result<(), ErrorInfo> {
    let stake = args
        .stake
        .as_deref()
        .map(|s| Stake::parse(s).ok_or_else(|| ExposureError::UnknownStake(s.into()).info()))
        .transpose()?;
    let holds = details(&args.holds)?;
    let checks = details(&args.checks)?;
    let lacks = details(&args.lacks)?;
    let forget = details(&args.forget)?;
    let values = values(&args.values)?;
    let mut answers = Vec::new();
    for d in Detail::ALL {
        let value = value_of(&values, d);
        let named = holds.contains(&d) || checks.contains(&d) || lacks.contains(&d);
        if !named && value.is_none() {
            continue;
        }
        let lacking = lacks.contains(&d) && !holds.contains(&d) && !checks.contains(&d);
        answers.push(DetailAnswer {
            detail: d,
            holds: !lacking,
            checks: checks.contains(&d),
            value,
        });
    }
    let answering = stake.is_some() || !answers.is_empty() || args.skip;
    // Every value checked before anything is forgotten or written.
    for (d, v) in &values {
        minimal_value(*d, v).map_err(info)?;
    }
    // Forgetting and showing need an account that exists; answering about a service Steward
    // has no case for (your bank, your e-mail) adds it (`answer_about`).
    if !forget.is_empty() || !answering {
        let id = store.resolve_account(&args.service).map_err(info)?;
        for d in &forget {
            store.forget_account_detail(id, *d).map_err(info)?;
        }
    }
    let knowledge = neutral(json, || {
        if answering {
            store.answer_about(
                &args.service,
                &KnowledgeAnswers {
                    stake,
                    details: answers,
                    skipped: args.skip,
                },
            )
        } else {
            let id = store.resolve_account(&args.service)?;
            store.account_knowledge(id)
        }
    })
    .map_err(info)?;
    print(json, &knowledge, || render_knowledge(&knowledge))
}

/// `steward accounts lockdown <service> <step> [--undo]`.
pub fn run_lockdown(
    json: bool,
    store: &CaseStore<'_>,
    service: &str,
    step: &str,
    undo: bool,
) -> Result<(), ErrorInfo> {
    let id = store.resolve_account(service).map_err(info)?;
    let step = LockdownStepId::parse(step)
        .ok_or_else(|| ExposureError::UnknownStep(step.into()).info())?;
    let report = neutral(json, || store.set_lockdown_step(id, step, !undo)).map_err(info)?;
    print(json, &report, || {
        let mut out = if undo {
            t!("exposure-cli-step-undone")
        } else {
            t!("exposure-cli-step-done")
        };
        if let Some(a) = report.at_risk.iter().find(|a| a.account.id == id) {
            out.push('\n');
            out.push_str(&render_plan(&a.account.service, &a.plan));
        }
        if let Some(first) = &report.first {
            out.push_str(&format!(
                "\n\n{}",
                t!("exposure-cli-first", text = first.text.as_str())
            ));
        }
        out
    })
}

/// What `steward case disclosed` shows: the confirmed list and what the evidence suggests.
#[derive(serde::Serialize)]
struct DisclosedView {
    alert: i64,
    service: Option<String>,
    disclosures: Vec<Disclosure>,
    suggestions: Vec<SuggestionView>,
}

/// A suggestion as shown: the value masked.
#[derive(serde::Serialize)]
pub struct SuggestionView {
    detail: Detail,
    asked: bool,
    given: bool,
    hint: Option<String>,
    quote: String,
}

/// "They got: … / “the line it was read from”" (the value masked), for `case disclosed` and
/// for a pasted transcript's suggestions.
pub fn suggestion_lines(s: &SuggestionView) -> String {
    let what = detail_with_hint(s.detail, &s.hint);
    let line = match (s.asked, s.given) {
        (_, true) => t!("exposure-cli-suggest-got", detail = what),
        _ => t!("exposure-cli-suggest-asked", detail = what),
    };
    format!("  {line}\n    “{}”\n", s.quote)
}

pub fn masked(s: &SuggestedDisclosure) -> SuggestionView {
    SuggestionView {
        detail: s.detail,
        asked: s.asked,
        given: s.given,
        hint: s.value.as_deref().map(|v| hint(s.detail, v)),
        quote: s.quote.clone(),
    }
}

/// `steward case disclosed <alert> …`.
pub fn run_disclosed(
    json: bool,
    store: &CaseStore<'_>,
    args: DisclosedArgs,
) -> Result<(), ErrorInfo> {
    let alert_id: Uuid = store.resolve_alert_ref(&args.alert).map_err(info)?;
    let alert = store.alert(alert_id).map_err(info)?;
    let suggestions = suggest_for_alert(store, alert_id).map_err(info)?;
    let asked = details(&args.asked)?;
    let got = details(&args.got)?;
    let values = values(&args.values)?;
    let read = |d: Detail| suggestions.iter().any(|s| s.detail == d);
    // Nothing read from the evidence: --accept has nothing to confirm (and keeps the list).
    let answers: Option<Vec<DisclosureAnswer>> = if args.accept && suggestions.is_empty() {
        None
    } else if args.accept {
        Some(
            suggestions
                .iter()
                .map(|s| DisclosureAnswer {
                    detail: s.detail,
                    asked: s.asked,
                    given: s.given,
                    value: s.value.clone(),
                    from_transcript: true,
                })
                .collect(),
        )
    } else if args.clear {
        Some(Vec::new())
    } else if asked.is_empty() && got.is_empty() && values.is_empty() {
        None
    } else {
        Some(
            Detail::ALL
                .into_iter()
                .filter(|d| {
                    asked.contains(d) || got.contains(d) || values.iter().any(|(x, _)| x == d)
                })
                .map(|d| DisclosureAnswer {
                    detail: d,
                    asked: asked.contains(&d),
                    // A value they got means they got the detail.
                    given: got.contains(&d) || values.iter().any(|(x, _)| *x == d),
                    value: value_of(&values, d),
                    from_transcript: read(d),
                })
                .collect(),
        )
    };
    let disclosures = match &answers {
        Some(a) => store.set_alert_disclosures(alert_id, a),
        None => store.alert_disclosures(alert_id),
    }
    .map_err(info)?;
    let view = DisclosedView {
        alert: alert.number,
        service: alert.service.clone(),
        disclosures,
        suggestions: suggestions.iter().map(masked).collect(),
    };
    print(json, &view, || render_disclosed(&view, answers.is_some()))
}

fn detail_with_hint(d: Detail, hint: &Option<String>) -> String {
    match hint {
        Some(h) => format!("{} ({h})", d.title()),
        None => d.title(),
    }
}

fn render_disclosed(v: &DisclosedView, saved: bool) -> String {
    let mut out = match &v.service {
        Some(s) => t!(
            "exposure-cli-alert-at",
            number = v.alert,
            service = s.as_str()
        ),
        None => t!("exposure-cli-alert", number = v.alert),
    };
    out.push('\n');
    if saved {
        out.push_str(&format!("{}\n", t!("exposure-cli-disclosures-saved")));
    }
    let got: Vec<String> = v
        .disclosures
        .iter()
        .filter(|d| d.given)
        .map(|d| detail_with_hint(d.detail, &d.hint))
        .collect();
    let only_asked: Vec<String> = v
        .disclosures
        .iter()
        .filter(|d| d.asked && !d.given)
        .map(|d| d.detail.title())
        .collect();
    if v.disclosures.is_empty() {
        out.push_str(&format!("  {}\n", t!("exposure-cli-disclosures-none")));
    }
    if !got.is_empty() {
        out.push_str(&format!(
            "  {}\n",
            t!("exposure-cli-got", details = got.join("; "))
        ));
    }
    if !only_asked.is_empty() {
        out.push_str(&format!(
            "  {}\n",
            t!("exposure-cli-asked-only", details = only_asked.join("; "))
        ));
    }
    if !v.suggestions.is_empty() {
        out.push_str(&format!("\n{}\n", t!("exposure-cli-suggestions")));
        for s in &v.suggestions {
            out.push_str(&suggestion_lines(s));
        }
        if !saved {
            out.push_str(&format!(
                "  {}\n",
                t!("exposure-cli-suggest-accept", number = v.alert)
            ));
        }
    }
    if !saved && v.suggestions.is_empty() && v.disclosures.is_empty() {
        out.push_str(&format!(
            "  {}\n",
            t!("exposure-cli-disclosed-how", number = v.alert)
        ));
    }
    if saved && !got.is_empty() {
        out.push_str(&format!("\n{}\n", t!("exposure-cli-see-exposure")));
    }
    out.trim_end().to_string()
}

fn basis(b: Basis) -> String {
    match b {
        Basis::Customer => t!("exposure-cli-basis-customer"),
        Basis::Rule => t!("exposure-cli-basis-rule"),
    }
}

fn render_knowledge(k: &AccountKnowledge) -> String {
    let mut out = k.service.clone();
    if let Some(i) = &k.identifier_masked {
        out.push_str(&format!(" · {i}"));
    }
    out.push('\n');
    let state = match k.questionnaire {
        Questionnaire::NotStarted => t!("exposure-cli-questions-not-started"),
        Questionnaire::Answered => t!("exposure-cli-questions-answered"),
        Questionnaire::Skipped => t!("exposure-cli-questions-skipped"),
    };
    out.push_str(&format!("  {state}\n"));
    match (k.stake, k.stake_basis) {
        (Some(s), Some(b)) => out.push_str(&format!(
            "  {} ({})\n",
            t!("exposure-cli-stake", stake = s.title()),
            basis(b)
        )),
        _ => out.push_str(&format!("  {}\n", t!("exposure-cli-stake-unknown"))),
    }
    for d in &k.details {
        let what = detail_with_hint(d.detail, &d.hint);
        let line = match (d.holds, d.checks) {
            (true, true) => t!("exposure-cli-detail-checks", detail = what),
            (true, false) => t!("exposure-cli-detail-holds", detail = what),
            (false, _) => t!("exposure-cli-detail-lacks", detail = what),
        };
        out.push_str(&format!("  • {line} ({})\n", basis(d.basis)));
    }
    if !k.protections.is_empty() {
        let offers: Vec<String> = k.protections.iter().map(|p| p.title()).collect();
        out.push_str(&format!(
            "  {}\n",
            t!("exposure-cli-offers", protections = offers.join("; "))
        ));
    }
    if let Some(note) = &k.note {
        out.push_str(&format!(
            "  {}\n",
            t!("exposure-cli-note", text = note.as_str())
        ));
    }
    for s in &k.sources {
        out.push_str(&format!(
            "  {}\n",
            t!(
                "exposure-cli-source",
                title = s.title.as_str(),
                url = s.url.as_str()
            )
        ));
    }
    if k.details.is_empty() {
        out.push_str(&format!(
            "  {}\n",
            t!("exposure-cli-tell", service = k.service.as_str())
        ));
    }
    out.trim_end().to_string()
}

fn render_plan(service: &str, plan: &[steward::exposure::LockdownStep]) -> String {
    let mut out = format!("   {}\n", t!("exposure-cli-plan"));
    for s in plan {
        let mark = if s.done_at.is_some() { "x" } else { " " };
        out.push_str(&format!(
            "     [{mark}] {}  ({})\n",
            s.text,
            s.id.as_str().replace('_', "-")
        ));
        if s.wizard && s.done_at.is_none() {
            out.push_str(&format!(
                "         {}\n",
                t!("exposure-cli-wizard", service = service)
            ));
        }
    }
    if let Some(open) = plan.iter().find(|s| s.done_at.is_none()) {
        out.push_str(&format!(
            "   {}\n",
            t!(
                "exposure-cli-tick",
                service = service,
                step = open.id.as_str().replace('_', "-")
            )
        ));
    }
    out.trim_end().to_string()
}

fn render_report(r: &ExposureReport) -> String {
    let mut out = String::new();
    if r.leaks.is_empty() {
        out.push_str(&t!("exposure-cli-nothing-leaked"));
        out.push('\n');
    } else {
        out.push_str(&format!("{}\n", t!("exposure-cli-leaked-heading")));
        for l in &r.leaks {
            let place = l
                .service
                .clone()
                .unwrap_or_else(|| t!("exposure-where-unknown"));
            out.push_str(&format!(
                "  • {}\n",
                t!(
                    "exposure-cli-leak",
                    detail = detail_with_hint(l.detail, &l.hint),
                    place = place,
                    number = l.alert_number,
                    date = local(l.at)
                )
            ));
        }
    }
    if let Some(first) = &r.first {
        out.push_str(&format!(
            "\n{}\n",
            t!("exposure-cli-first", text = first.text.as_str())
        ));
    }
    if !r.at_risk.is_empty() {
        out.push_str(&format!(
            "\n{}\n",
            t!("exposure-cli-at-risk-heading", n = r.at_risk.len() as i64)
        ));
        for (n, a) in r.at_risk.iter().enumerate() {
            let mut head = format!("{}. {}", n + 1, a.account.service);
            if let Some(i) = &a.account.identifier_masked {
                head.push_str(&format!(" · {i}"));
            }
            if let Some(s) = a.stake {
                head.push_str(&format!(" · {}", s.title()));
            }
            out.push_str(&format!("{head}\n"));
            if a.repeat {
                out.push_str(&format!("   {}\n", t!("exposure-cli-repeat")));
            }
            for why in &a.reasons {
                out.push_str(&format!(
                    "   {}\n",
                    t!("exposure-cli-why", text = why.text.as_str())
                ));
            }
            if let Some(note) = &a.note {
                out.push_str(&format!(
                    "   {}\n",
                    t!("exposure-cli-note", text = note.as_str())
                ));
            }
            out.push_str(&render_plan(&a.account.service, &a.plan));
            out.push('\n');
        }
    } else if !r.leaks.is_empty() {
        out.push_str(&format!("\n{}\n", t!("exposure-cli-none-at-risk")));
    }
    if !r.not_at_risk.is_empty() {
        out.push_str(&format!("\n{}\n", t!("exposure-cli-not-at-risk-heading")));
        for c in &r.not_at_risk {
            out.push_str(&format!("  • {}\n", c.text));
        }
    }
    if !r.unknown.is_empty() {
        out.push_str(&format!("\n{}\n", t!("exposure-cli-unknown-heading")));
        for a in &r.unknown {
            out.push_str(&format!(
                "  • {}\n",
                t!("exposure-cli-tell", service = a.service.as_str())
            ));
        }
    }
    out.trim_end().to_string()
}
