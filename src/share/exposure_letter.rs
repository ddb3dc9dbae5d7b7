//! The exposure letters (issue 22): what the customer sends a company once an impostor has
//! obtained personal details of theirs.
//!
//! - [`ExposureLetterKind::AccountNote`] goes to a company now at risk — one whose support
//!   accepts details that leaked elsewhere. It names the details (never their values), says
//!   where and when they leaked, and asks for a note on the account (identifier masked) that
//!   callers must give a support PIN or sign in first, and which protections the company offers.
//! - [`ExposureLetterKind::SecondTime`] goes to the company where it happened, when the account
//!   has had two or more impostor alerts: their dates, the references of the cases, and a
//!   request to investigate and to require sign-in before any chat.
//!
//! Drafted in the sharing language like the complaint letters. Everything the customer typed
//! (company names, references) goes through the [`Redactor`], and the digits of the leaked
//! values' masked hints ("•••• 4821") are masked too wherever they would stand, so a letter
//! about a leak never repeats it. [`draft_exposure_letter`] is pure: the facts come in a
//! [`LetterFacts`], gathered from the store by `Sharing::exposure_letter`.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::dates;
use super::error::ShareError;
use super::gate::{build_export_in, impostor_times};
use super::redact::Redactor;
use crate::cases::{AlertKind, CaseStore};
use crate::exposure::{Detail, Protection};
use crate::i18n::{self, Lang};
use crate::t;

/// Which exposure letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ExposureLetterKind {
    /// To a company at risk: add a note to my account, tell me your protections.
    AccountNote,
    /// To the company where it happened, when it happened again: investigate.
    SecondTime,
}

impl ExposureLetterKind {
    pub const ALL: [ExposureLetterKind; 2] = [
        ExposureLetterKind::AccountNote,
        ExposureLetterKind::SecondTime,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ExposureLetterKind::AccountNote => "account_note",
            ExposureLetterKind::SecondTime => "second_time",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Self::ALL.into_iter().find(|k| k.as_str() == norm)
    }
}

/// A drafted exposure letter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExposureLetter {
    pub kind: ExposureLetterKind,
    /// The company it is for.
    pub to: String,
    pub subject: String,
    pub body: String,
    /// The language it is written in.
    pub lang: String,
}

impl ExposureLetter {
    /// The letter as it is copied and saved ([`super::letter_text`]).
    pub fn text(&self) -> String {
        super::letter_text(&self.subject, &self.body)
    }
}

/// Details obtained at one company on one day.
#[derive(Debug, Clone, PartialEq)]
pub struct LeakFact {
    pub details: Vec<Detail>,
    /// Where: the company's name as the customer knows it (redacted when drafted).
    pub company: Option<String>,
    pub at: DateTime<Utc>,
}

/// What a letter is drafted from. The strings are as the customer typed them: the drafting
/// redacts them.
#[derive(Debug, Clone, PartialEq)]
pub struct LetterFacts {
    pub kind: ExposureLetterKind,
    /// The company the letter is for (the account's service).
    pub company: String,
    /// The customer's identifier there, already masked ("m•••@gmail.com").
    pub identifier_masked: Option<String>,
    /// AccountNote: what leaked, where and when.
    pub leaks: Vec<LeakFact>,
    /// AccountNote: the leaked details this company accepts to check callers (empty: not
    /// known).
    pub checks: Vec<Detail>,
    /// What the company offers, as far as Steward knows (the curated rules).
    pub protections: Vec<Protection>,
    /// SecondTime: the impostor alerts on the account, with when each happened.
    pub alerts: Vec<(AlertKind, DateTime<Utc>)>,
    /// SecondTime: the references of their cases.
    pub references: Vec<String>,
    /// SecondTime: what the impostors obtained there (names only).
    pub obtained: Vec<Detail>,
    /// The masked hints of the leaked values ("•••• 4821", "+84 •••• 5678"): their digits
    /// never stand in the letter, whatever the customer typed.
    pub hints: Vec<String>,
}

/// Drafts the letter of `kind` about an account in `lang`: the facts from the store (what
/// leaked and where, what the account's support checks, its impostor alerts and the references
/// of their cases through the outbound gate), every customer text through `redactor`.
pub fn exposure_letter_in(
    conn: &rusqlite::Connection,
    account: Uuid,
    kind: ExposureLetterKind,
    redactor: &Redactor,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<ExposureLetter, ShareError> {
    let facts = letter_facts(conn, account, kind, redactor, now, lang)?;
    Ok(draft_exposure_letter(&facts, redactor, lang))
}

/// What the letter about `account` is drafted from (see [`exposure_letter_in`]).
pub fn letter_facts(
    conn: &rusqlite::Connection,
    account: Uuid,
    kind: ExposureLetterKind,
    redactor: &Redactor,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<LetterFacts, ShareError> {
    let store = CaseStore::new(conn);
    let knowledge = store.account_knowledge(account)?;
    let mut facts = LetterFacts {
        kind,
        company: knowledge.service.clone(),
        identifier_masked: knowledge.identifier_masked.clone(),
        leaks: Vec::new(),
        checks: Vec::new(),
        protections: knowledge.protections.clone(),
        alerts: Vec::new(),
        references: Vec::new(),
        obtained: Vec::new(),
        hints: knowledge
            .details
            .iter()
            .filter_map(|d| d.hint.clone())
            .collect(),
    };
    match kind {
        ExposureLetterKind::AccountNote => {
            let report = store.exposure()?;
            facts
                .hints
                .extend(report.leaks.iter().filter_map(|l| l.hint.clone()));
            let at_risk = report
                .at_risk
                .iter()
                .find(|a| a.account.id == account)
                .ok_or_else(|| ShareError::NotAtRisk {
                    service: knowledge.service.clone(),
                })?;
            let mut numbers: Vec<i64> = at_risk
                .reasons
                .iter()
                .flat_map(|r| r.alert_numbers.iter().copied())
                .collect();
            numbers.sort_unstable();
            numbers.dedup();
            for n in numbers {
                let given: Vec<&crate::exposure::Leak> = report
                    .leaks
                    .iter()
                    .filter(|l| l.alert_number == n)
                    .collect();
                let Some(first) = given.first() else {
                    continue;
                };
                let alert = store.alert(first.alert_id)?;
                facts.leaks.push(LeakFact {
                    details: given.iter().map(|l| l.detail).collect(),
                    company: first.service.clone(),
                    at: store.alert_happened_at(&alert)?,
                });
            }
            facts.checks = at_risk.reasons.iter().map(|r| r.detail).collect();
            if at_risk.account.identifier_masked.is_some() {
                facts.identifier_masked = at_risk.account.identifier_masked.clone();
            }
        }
        ExposureLetterKind::SecondTime => {
            facts.alerts = impostor_times(&store, account)?;
            if facts.alerts.len() < 2 {
                return Err(ShareError::NotARepeat {
                    service: knowledge.service.clone(),
                });
            }
            let mut cases: Vec<Uuid> = Vec::new();
            for a in store
                .account_alerts(account)?
                .iter()
                .filter(|a| a.kind.is_impostor())
            {
                for d in store.alert_disclosures(a.id)? {
                    facts.hints.extend(d.hint);
                    if d.given {
                        facts.obtained.push(d.detail);
                    }
                }
                if !cases.contains(&a.case_id) {
                    cases.push(a.case_id);
                }
            }
            // The references as the outbound gate leaves them.
            for case in cases {
                let (x, _) = build_export_in(conn, case, redactor, now, lang)?;
                facts
                    .references
                    .extend(x.contacts.iter().flat_map(|c| c.references.iter().cloned()));
            }
        }
    }
    Ok(facts)
}

/// Drafts the letter in `lang`, every customer text through `redactor`.
pub fn draft_exposure_letter(f: &LetterFacts, redactor: &Redactor, lang: Lang) -> ExposureLetter {
    i18n::with_lang(lang, || {
        let digits = hint_digits(&f.hints);
        let clean = |s: &str| clean_text(redactor, &digits, s);
        let (subject, body) = match f.kind {
            ExposureLetterKind::AccountNote => account_note(f, &clean),
            ExposureLetterKind::SecondTime => second_time(f, &clean),
        };
        ExposureLetter {
            kind: f.kind,
            to: clean(&f.company),
            subject,
            body,
            lang: lang.code().to_string(),
        }
    })
}

/// The digits of the leaked values' hints, 4 or more in a row ("4821" of "•••• 4821").
fn hint_digits(hints: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for h in hints {
        let mut run = String::new();
        for c in h.chars().chain(std::iter::once(' ')) {
            if c.is_ascii_digit() {
                run.push(c);
            } else {
                if run.len() >= 4 && !out.contains(&run) {
                    out.push(run.clone());
                }
                run.clear();
            }
        }
    }
    out
}

/// A customer's text for the letter: redacted, then with the leaked values' digits masked
/// wherever they still stand on their own (a bare "4821" the detectors leave, or a mask that
/// keeps a card's last four).
fn clean_text(redactor: &Redactor, digits: &[String], s: &str) -> String {
    let mut out = redactor.redact(s).text();
    for d in digits {
        let mut from = 0;
        while let Some(i) = out[from..].find(d.as_str()).map(|i| i + from) {
            let end = i + d.len();
            let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
            if digit(out[..i].chars().next_back()) || digit(out[end..].chars().next()) {
                from = end;
                continue;
            }
            let mask = t!("share-mask-private");
            out.replace_range(i..end, &mask);
            from = i + mask.len();
        }
    }
    out
}

/// "my postal address and the last four digits of a card", in order, each once.
fn detail_list(details: &[Detail]) -> String {
    let mut ds: Vec<Detail> = details.to_vec();
    ds.sort();
    ds.dedup();
    let names: Vec<String> = ds
        .iter()
        .map(|d| t!("share-exposure-detail", detail = d.as_str()))
        .collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}{}{last}", rest.join(", "), t!("share-exposure-and")),
    }
}

fn account_part(f: &LetterFacts, clean: &dyn Fn(&str) -> String) -> String {
    f.identifier_masked
        .as_deref()
        .map(|a| t!("share-exposure-account", account = clean(a)))
        .unwrap_or_default()
}

fn greeting(f: &LetterFacts, clean: &dyn Fn(&str) -> String) -> String {
    t!("share-exposure-greeting", company = clean(&f.company))
}

fn closing(b: &mut String) {
    b.push_str(&t!("share-exposure-no-values"));
    b.push_str("\n\n");
    b.push_str(&t!("share-letter-closing"));
    b.push('\n');
}

fn account_note(f: &LetterFacts, clean: &dyn Fn(&str) -> String) -> (String, String) {
    let subject = match &f.identifier_masked {
        Some(a) => t!("share-exposure-note-subject-account", account = clean(a)),
        None => t!("share-exposure-note-subject"),
    };
    let mut b = greeting(f, clean);
    b.push_str("\n\n");
    let mut leaks: Vec<&LeakFact> = f.leaks.iter().filter(|l| !l.details.is_empty()).collect();
    leaks.sort_by_key(|l| l.at);
    for l in &leaks {
        let company = l
            .company
            .as_deref()
            .map(clean)
            .unwrap_or_else(|| t!("complaint-letter-the-firm"));
        b.push_str(&t!(
            "share-exposure-note-leaked",
            date = dates::long(l.at),
            details = detail_list(&l.details),
            company = company
        ));
        b.push('\n');
    }
    if f.checks.is_empty() {
        b.push_str(&t!("share-exposure-note-why-any"));
    } else {
        b.push_str(&t!(
            "share-exposure-note-why",
            details = detail_list(&f.checks)
        ));
    }
    b.push_str("\n\n");
    let pin = f.protections.contains(&Protection::SupportPin);
    let sign_in = f.protections.contains(&Protection::SignInBeforeChat);
    let how = match (pin, sign_in) {
        (true, false) => "pin",
        (false, true) => "sign_in",
        _ => "either",
    };
    b.push_str(&t!(
        "share-exposure-note-ask",
        account = account_part(f, clean),
        how = how
    ));
    b.push('\n');
    if pin || f.protections.is_empty() {
        b.push_str(&t!("share-exposure-note-pin"));
        b.push('\n');
    }
    b.push_str(&t!("share-exposure-note-protections"));
    b.push_str("\n\n");
    closing(&mut b);
    (subject, b)
}

fn second_time(f: &LetterFacts, clean: &dyn Fn(&str) -> String) -> (String, String) {
    let mut alerts = f.alerts.clone();
    alerts.sort_by_key(|(_, at)| *at);
    let nth = alerts.len().max(2);
    let as_me = alerts
        .iter()
        .filter(|(k, _)| *k == AlertKind::ContactNotMade)
        .count();
    let who = match as_me {
        n if n == alerts.len() => "me",
        0 => "you",
        _ => "both",
    };
    let mut refs: Vec<String> = Vec::new();
    for r in f.references.iter().map(|r| clean(r)) {
        if !r.trim().is_empty() && !refs.contains(&r) {
            refs.push(r);
        }
    }
    let subject = if refs.is_empty() {
        t!("share-exposure-second-subject", nth = nth)
    } else {
        t!(
            "share-exposure-second-subject-refs",
            nth = nth,
            refs = refs.join(", ")
        )
    };
    let mut b = greeting(f, clean);
    b.push_str("\n\n");
    let dates: Vec<String> = alerts.iter().map(|(_, at)| dates::long(*at)).collect();
    b.push_str(&t!(
        "share-exposure-second-opening",
        nth = nth,
        who = who,
        account = account_part(f, clean),
        dates = dates.join("; ")
    ));
    b.push('\n');
    if !f.obtained.is_empty() {
        b.push_str(&t!(
            "share-exposure-second-obtained",
            details = detail_list(&f.obtained)
        ));
        b.push('\n');
    }
    if !refs.is_empty() {
        b.push_str(&t!("share-exposure-second-refs", refs = refs.join(", ")));
        b.push('\n');
    }
    b.push('\n');
    b.push_str(&t!("share-exposure-second-investigate"));
    b.push('\n');
    b.push_str(&t!("share-exposure-second-sign-in"));
    b.push('\n');
    b.push_str(&t!("share-exposure-second-reply"));
    b.push_str("\n\n");
    closing(&mut b);
    (subject, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(kind: ExposureLetterKind) -> LetterFacts {
        LetterFacts {
            kind,
            company: "Bank".into(),
            identifier_masked: Some("m•••@gmail.com".into()),
            leaks: vec![LeakFact {
                details: vec![Detail::CardLastFour, Detail::Address],
                company: Some("Example Shop".into()),
                at: "2026-03-02T14:02:00Z".parse().unwrap(),
            }],
            checks: vec![Detail::CardLastFour],
            protections: vec![],
            alerts: vec![
                (
                    AlertKind::ContactNotMade,
                    "2026-03-09T10:00:00Z".parse().unwrap(),
                ),
                (
                    AlertKind::ContactNotMade,
                    "2026-03-02T14:02:00Z".parse().unwrap(),
                ),
            ],
            references: vec!["CS-440219".into(), "CS-440219".into()],
            obtained: vec![Detail::Address],
            hints: vec!["•••• 4821".into()],
        }
    }

    #[test]
    fn the_account_note_names_details_and_where_never_values() {
        let l = draft_exposure_letter(
            &facts(ExposureLetterKind::AccountNote),
            &Redactor::default(),
            Lang::english(),
        );
        assert_eq!(l.to, "Bank");
        assert!(l
            .body
            .contains("my postal address and the last four digits of a card"));
        assert!(l.body.contains("Example Shop"), "{}", l.body);
        assert!(l.body.contains("2 March 2026"), "{}", l.body);
        assert!(l.body.contains("m•••@gmail.com"), "{}", l.body);
        assert!(!l.body.contains("4821"));
    }

    #[test]
    fn a_customer_text_holding_the_leaked_digits_is_masked() {
        let mut f = facts(ExposureLetterKind::SecondTime);
        // Bare, and as the whole card (whose mask keeps the last four).
        f.references = vec!["card 4821 call".into(), "4111 1111 0001 4821".into()];
        let l = draft_exposure_letter(&f, &Redactor::default(), Lang::english());
        assert!(!l.body.contains("4821"), "{}", l.body);
        assert!(!l.subject.contains("4821"), "{}", l.subject);
        assert!(l.body.contains("[card ending [private]]"), "{}", l.body);
        assert!(l.body.starts_with("Dear Bank support team"));
        assert!(l.body.contains("This is the second time"), "{}", l.body);
        // Oldest first.
        let first = l.body.find("2 March 2026").unwrap();
        let second = l.body.find("9 March 2026").unwrap();
        assert!(first < second, "{}", l.body);
    }

    #[test]
    fn kinds_read_back() {
        for k in ExposureLetterKind::ALL {
            assert_eq!(ExposureLetterKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(
            ExposureLetterKind::parse("second-time"),
            Some(ExposureLetterKind::SecondTime)
        );
    }
}
