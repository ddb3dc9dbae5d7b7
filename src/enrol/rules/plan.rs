//! Planning, not listing: from where an enrolment stands (what is on, what was refused, what
//! the service's rules allow), the paths that can still work, best first. A method the rules
//! rule out now is never recommended; when the only way in is blocked, the plan says so plainly
//! and offers what can still move: another number, support with the brief, or a stated wait.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Known, ServiceRules};
use crate::directory::Method;
use crate::enrol::model::Enrolment;
use crate::t;

/// The first thing to do on a path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export, rename = "EnrolPlanStep")]
pub enum PlanStep {
    /// Set up this method now.
    Method { method: Method },
    /// Phone codes again, with a number other than the refused one(s).
    AnotherNumber {
        method: Method,
        refused: Vec<String>,
    },
    /// Ask the service's support to lift the block, with the case brief ("I'm stuck").
    AskSupport,
    /// Try again after a waiting period the service states.
    WaitUntil {
        method: Method,
        #[ts(type = "string")]
        until: DateTime<Utc>,
    },
}

/// One path that can still work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "EnrolPlanOption")]
pub struct PlanOption {
    pub step: PlanStep,
    /// "Use another mobile number".
    pub title: String,
    /// Why and how, in a sentence or two.
    pub detail: String,
    /// What comes after the first step, in order ("Then add the authenticator app").
    pub then: Vec<String>,
    pub recommended: bool,
}

/// A method the service's rules rule out for now, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "EnrolRuledOut")]
pub struct RuledOut {
    pub method: Method,
    pub why: String,
}

/// What can still work, best first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "EnrolPlan")]
pub struct Plan {
    /// What Steward knows of the service's rules (and where it comes from).
    pub rules: Known,
    /// The blocked path in plain words, when the way in is blocked.
    pub explanation: Option<String>,
    pub ruled_out: Vec<RuledOut>,
    pub options: Vec<PlanOption>,
}

impl Plan {
    /// The method the plan recommends setting up now, if its first step is one.
    pub fn recommended_method(&self) -> Option<Method> {
        self.options
            .iter()
            .find(|o| o.recommended)
            .and_then(|o| match &o.step {
                PlanStep::Method { method } | PlanStep::AnotherNumber { method, .. } => {
                    Some(*method)
                }
                _ => None,
            })
    }

    /// Why the rules rule `method` out now, if they do.
    pub fn ruled_out(&self, method: Method) -> Option<&str> {
        self.ruled_out
            .iter()
            .find(|r| r.method == method)
            .map(|r| r.why.as_str())
    }
}

fn is_phone(m: Method) -> bool {
    matches!(m, Method::Sms | Method::Call)
}

/// A method blocked outright (not just one number) in this enrolment at `now`.
fn blocked(e: &Enrolment, m: Method, now: DateTime<Utc>) -> bool {
    e.method_block(m, now).is_some()
}

/// The numbers refused for phone codes in this enrolment.
fn refused_numbers(e: &Enrolment) -> Vec<String> {
    let mut out: Vec<String> = e.blocked.iter().filter_map(|b| b.number.clone()).collect();
    out.sort();
    out.dedup();
    out
}

/// The plan for `e` under `rules` at `now`.
pub fn plan(e: &Enrolment, rules: &Known, now: DateTime<Utc>) -> Plan {
    let s = &e.service;
    let on: Vec<Method> = e.enrolled.iter().map(|x| x.method).collect();
    let r: Option<&ServiceRules> = match rules {
        Known::Rules { rules } => Some(rules),
        Known::Unknown => None,
    };
    let mut offered = e.methods.clone();
    offered.sort();
    let open = |m: Method| !blocked(e, m, now) && !on.contains(&m);
    // Once a number is verified, refusals of earlier numbers are history, and another phone
    // path adds nothing: codes already go to a phone.
    let phone_on = on.iter().any(|m| is_phone(*m));
    let refused = if phone_on {
        Vec::new()
    } else {
        refused_numbers(e)
    };

    let mut ruled_out = Vec::new();
    let mut options: Vec<PlanOption> = Vec::new();
    let mut explanation = None;
    // Text and call codes go to the same number: one path for both, by text when offered.
    let phone_path = [Method::Sms, Method::Call]
        .into_iter()
        .find(|m| offered.contains(m) && open(*m) && r.is_none_or(|r| r.allows_now(*m, &on)));
    for &m in offered.iter().filter(|m| open(**m)) {
        let allowed = r.is_none_or(|r| r.allows_now(m, &on));
        if allowed && is_phone(m) && (phone_on || Some(m) != phone_path) {
            continue;
        }
        if allowed {
            let step = if is_phone(m) && !refused.is_empty() {
                PlanStep::AnotherNumber {
                    method: m,
                    refused: refused.clone(),
                }
            } else {
                PlanStep::Method { method: m }
            };
            options.push(method_option(e, r, step, &on));
            continue;
        }
        // Ruled out for now: say by what, and whether a way to it remains.
        let why = match r.and_then(|r| r.missing_prerequisite(m, &on)) {
            Some(p) => p.why.clone(),
            None => t!("enrol-plan-not-first", service = s, method = lower_label(m)),
        };
        ruled_out.push(RuledOut { method: m, why });
    }

    // The way in is blocked when nothing can be set up now that is not a phone method on a
    // refused number, and phone codes were refused.
    // Refused, not paused: a delivery failure pauses SMS for a while (`until`), which is no
    // refusal of the number and needs no "blocked" explanation.
    let refused_for_good = |m: Method| {
        e.blocked
            .iter()
            .any(|b| b.method == m && b.number.is_none() && b.until.is_none())
    };
    let phone_refused = !phone_on
        && (!refused.is_empty() || offered.iter().any(|m| is_phone(*m) && refused_for_good(*m)));
    if phone_refused {
        let number = refused
            .first()
            .map(|n| shown(n))
            .unwrap_or_else(|| t!("enrol-plan-your-number"));
        explanation = Some(match ruled_out.first() {
            Some(gated) => t!(
                "enrol-plan-refused-gated",
                why = &gated.why,
                service = s,
                number = &number
            ),
            None => t!("enrol-plan-refused", service = s, number = &number),
        });
        options.push(support_option(e, r));
        if let Some((m, until)) = wait_until(e, r) {
            if until > now {
                options.push(PlanOption {
                    step: PlanStep::WaitUntil { method: m, until },
                    title: t!("enrol-plan-wait-title"),
                    detail: t!("enrol-plan-wait-detail", service = s),
                    then: Vec::new(),
                    recommended: false,
                });
            }
        }
    } else if options.is_empty() && !offered.is_empty() {
        explanation = Some(t!("enrol-plan-nothing-can", service = s));
        options.push(support_option(e, r));
    }
    // Recommend the strongest path that is a step the customer can take now; phone paths are
    // already ordered after stronger ones by the method order.
    if let Some(first) = options
        .iter_mut()
        .find(|o| !matches!(o.step, PlanStep::WaitUntil { .. }))
    {
        first.recommended = true;
    }
    Plan {
        rules: rules.clone(),
        explanation,
        ruled_out,
        options,
    }
}

/// A number as people read it (+84 912 345 678), from its E.164 form.
fn shown(e164: &str) -> String {
    crate::phone::check(e164, None, None)
        .ok()
        .and_then(|c| c.number)
        .map_or_else(|| e164.to_string(), |n| n.international)
}

fn lower_label(m: Method) -> String {
    let l = m.label();
    let mut c = l.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A path that starts by setting up `step`'s method: what it unlocks comes after.
fn method_option(
    e: &Enrolment,
    r: Option<&ServiceRules>,
    step: PlanStep,
    on: &[Method],
) -> PlanOption {
    let s = &e.service;
    let m = match &step {
        PlanStep::Method { method } | PlanStep::AnotherNumber { method, .. } => *method,
        _ => unreachable!("method_option takes a method step"),
    };
    let mut then = Vec::new();
    if let Some(r) = r {
        // Stronger methods this one unlocks.
        let mut after: Vec<Method> = on.to_vec();
        after.push(m);
        for p in &r.prerequisites {
            if p.method < m
                && e.methods.contains(&p.method)
                && !on.contains(&p.method)
                && p.needs_one_of.contains(&m)
            {
                let once = if is_phone(m) {
                    t!("enrol-plan-once-phone-verified")
                } else {
                    t!("enrol-plan-once-on", method = lower_label(m))
                };
                then.push(t!(
                    "enrol-plan-then-stronger",
                    method = lower_label(p.method),
                    service = s,
                    once = once
                ));
            }
        }
        if let Some(b) = &r.backup_required {
            if !b.any_of.iter().any(|x| after.contains(x)) && !b.any_of.contains(&m) {
                then.push(t!("enrol-plan-then-backup", why = &b.why));
            }
        }
    }
    let (title, detail) = match &step {
        PlanStep::AnotherNumber { refused, .. } => {
            let numbers = refused
                .iter()
                .map(|n| shown(n))
                .collect::<Vec<_>>()
                .join(", ");
            (
                t!(
                    "enrol-plan-another-number-title",
                    method = phone_label(e, m)
                ),
                if r.is_some_and(|r| r.phone.refuses_voip) {
                    t!(
                        "enrol-plan-another-number-detail-voip",
                        service = s,
                        numbers = numbers
                    )
                } else {
                    t!(
                        "enrol-plan-another-number-detail",
                        service = s,
                        numbers = numbers
                    )
                },
            )
        }
        _ if is_phone(m) => (phone_label(e, m), m.advice()),
        _ if m == Method::Passkey => {
            if !on.iter().any(|x| *x != Method::Passkey) {
                then.push(t!("enrol-plan-then-passkey-2fa", service = s));
            }
            (m.label(), m.advice())
        }
        _ => (m.label(), m.advice()),
    };
    PlanOption {
        step,
        title,
        detail,
        then,
        recommended: false,
    }
}

/// "Text message (SMS) or phone call" when both go to the number, else the method's label.
fn phone_label(e: &Enrolment, m: Method) -> String {
    if m == Method::Sms && e.methods.contains(&Method::Call) {
        t!("enrol-plan-sms-or-call")
    } else {
        m.label()
    }
}

/// Asking the service's support to lift the block, by the best route known.
fn support_option(e: &Enrolment, r: Option<&ServiceRules>) -> PlanOption {
    let s = &e.service;
    let detail = match r.and_then(|r| r.support.as_ref()) {
        Some(route) => match route.page.as_deref() {
            Some(page) => t!(
                "enrol-plan-support-contact-page",
                team = &route.team,
                page = page,
                ask = &route.ask
            ),
            None => t!(
                "enrol-plan-support-contact",
                team = &route.team,
                ask = &route.ask
            ),
        },
        None => match e.recovery.as_deref().or(e.documentation.as_deref()) {
            Some(page) => t!("enrol-plan-support-ask-page", service = s, page = page),
            None => t!("enrol-plan-support-ask", service = s),
        },
    };
    PlanOption {
        step: PlanStep::AskSupport,
        title: t!("enrol-plan-support-title", service = s),
        detail,
        then: vec![t!("enrol-plan-support-then")],
        recommended: false,
    }
}

/// The end of a waiting period the service states for the refusal recorded last.
fn wait_until(e: &Enrolment, r: Option<&ServiceRules>) -> Option<(Method, DateTime<Utc>)> {
    let r = r?;
    let last = e.attempts.iter().rev().find(|a| a.text.is_some())?;
    let known = r.refusal(last.text.as_deref()?)?;
    let hours = known.wait_hours?;
    Some((
        last.method,
        last.at + chrono::Duration::hours(i64::from(hours)),
    ))
}
