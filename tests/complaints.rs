//! Complaints on a real (encrypted, temporary) profile: marking a contact as the formal
//! complaint, the status on fixed days (the day the 8 weeks pass shows the next step), final
//! responses, time zones, "no rule known", unconfirmed steps, and the deadlines reminders use.

mod common;

use chrono::{DateTime, NaiveDate, Utc};
use steward::cases::Uuid;
use steward::complaints::{
    ComplaintError, ComplaintInput, ComplaintPhase, ContactKind, LetterKind, StepMissing, StepState,
};
use steward::error::UserFacing;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn utc(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn at(when: &str, summary: &str) -> steward::cases::NewInteraction {
    let mut c = common::contact(summary);
    c.started_at = Some(utc(when));
    c
}

fn gb_bank(p: &steward::profile::Profile) -> (Uuid, Uuid) {
    let cases = p.cases();
    let case = cases
        .create_case(&common::new_case("Card blocked", "Example Bank"))
        .unwrap();
    let contact = cases
        .log_interaction(case.id, &at("2026-01-05T10:00:00Z", "Complained by phone"))
        .unwrap();
    cases
        .mark_complaint(
            case.id,
            &ComplaintInput {
                contact_id: Some(contact.id),
                jurisdiction: Some("gb".into()),
                sector: Some("financial-services".into()),
                firm_reference: Some("CMP-2026-0042".into()),
                ..Default::default()
            },
        )
        .unwrap();
    (case.id, contact.id)
}

#[test]
fn a_bank_complaint_shows_the_next_step_on_the_day_the_8_weeks_pass() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let (case_id, contact_id) = gb_bank(&p);
    let cases = p.cases();
    let c = cases.complaint(case_id).unwrap().unwrap();
    assert_eq!(c.rule_id.as_deref(), Some("gb-financial-services"));
    assert_eq!(c.received_on, d("2026-01-05"));
    assert_eq!(c.time_zone, "Europe/London");
    let kinds: Vec<ContactKind> = cases
        .case_detail(case_id)
        .unwrap()
        .interactions
        .iter()
        .map(|i| i.kind)
        .collect();
    assert_eq!(kinds, vec![ContactKind::ComplaintMade]);
    assert_eq!(c.contact_id, contact_id);

    // The last day the bank has: 8 weeks after 5 January is 2 March.
    let s = cases.complaint_status_on(case_id, d("2026-03-02")).unwrap();
    assert_eq!(s.phase, ComplaintPhase::FirmHasTime);
    // The countdown the case page shows counts from the same step as the phase.
    assert_eq!(s.main_step.as_deref(), Some("final-response"));
    let fr = s.steps.iter().find(|s| s.id == "final-response").unwrap();
    assert_eq!(fr.date, Some(d("2026-03-02")));
    assert_eq!(fr.state, StepState::DueToday);
    assert_eq!(fr.days_left, Some(0));
    assert_eq!(
        fr.ends_at.unwrap().to_rfc3339(),
        "2026-03-02T23:59:59+00:00"
    );
    let arith = fr.arithmetic.as_ref().unwrap();
    assert_eq!(
        arith.text,
        "received 5 January 2026; 8 weeks → 2 March 2026"
    );
    // weeks-after-receipt is Steward's reading (secondary): the date says "check this".
    assert!(fr.check);
    let fos = s.steps.iter().find(|s| s.id == "ombudsman-open").unwrap();
    assert_eq!(fos.state, StepState::NotYetOpen);
    assert_eq!(fos.date, Some(d("2026-03-03")));
    assert!(s.headline.contains("2 March 2026"), "{}", s.headline);
    assert!(s.next.iter().all(|n| !n.open_now));
    assert_eq!(s.letters, vec![LetterKind::Complaint]);

    // The day after: the ombudsman is open, shown on that day.
    let s = cases.complaint_status_on(case_id, d("2026-03-03")).unwrap();
    assert_eq!(s.phase, ComplaintPhase::FirmLate);
    let next = s
        .next
        .iter()
        .find(|n| n.open_now)
        .expect("an open next step");
    assert_eq!(next.step_id, "ombudsman-open");
    assert_eq!(
        next.body.as_ref().map(|b| b.name.as_str()),
        Some("Financial Ombudsman Service")
    );
    // No final response: no six-month clock (only the six-year longstop, not recorded).
    assert_eq!(next.by, None);
    assert_eq!(next.letter, Some(LetterKind::Referral));
    assert!(
        s.headline.contains("Financial Ombudsman Service"),
        "{}",
        s.headline
    );
    assert_eq!(s.letters, vec![LetterKind::Chaser, LetterKind::Referral]);
    let longstop = s.steps.iter().find(|s| s.id == "longstop").unwrap();
    assert_eq!(
        longstop.missing,
        Some(StepMissing::EventNotRecorded {
            event: steward::complaints::rules::Event::EventComplainedOf
        })
    );
    assert_eq!(longstop.date, None);
}

#[test]
fn a_final_response_opens_the_ombudsman_and_starts_six_months() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let (case_id, _) = gb_bank(&p);
    let cases = p.cases();
    let reply = cases
        .log_contact(
            case_id,
            &at(
                "2026-02-20T16:00:00Z",
                "Final response letter: complaint not upheld",
            ),
            ContactKind::FinalResponse,
        )
        .unwrap();
    assert_eq!(reply.kind, ContactKind::FinalResponse);
    let s = cases.complaint_status_on(case_id, d("2026-02-21")).unwrap();
    assert_eq!(s.phase, ComplaintPhase::FinalResponse);
    assert_eq!(s.final_response_on, Some(d("2026-02-20")));
    let fr = s.steps.iter().find(|s| s.id == "final-response").unwrap();
    assert_eq!(fr.state, StepState::Done);
    let next = s
        .next
        .iter()
        .find(|n| n.step_id == "ombudsman-open")
        .unwrap();
    assert!(next.open_now);
    assert_eq!(next.from, Some(d("2026-02-20")));
    assert_eq!(next.by, Some(d("2026-08-20")));
    assert_eq!(next.days_left, Some(180));
    assert_eq!(s.letters, vec![LetterKind::Referral]);
    // Made ordinary again: back to waiting.
    cases
        .set_contact_kind(reply.id, ContactKind::Ordinary)
        .unwrap();
    let s = cases.complaint_status_on(case_id, d("2026-02-21")).unwrap();
    assert_eq!(s.phase, ComplaintPhase::FirmHasTime);
}

#[test]
fn a_complaint_late_in_the_evening_utc_is_the_next_day_in_hanoi() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let cases = p.cases();
    let case = cases
        .create_case(&common::new_case("Refund refused", "Cửa hàng ABC"))
        .unwrap();
    let contact = cases
        .log_interaction(
            case.id,
            &at("2026-06-01T23:30:00Z", "Gửi yêu cầu thương lượng"),
        )
        .unwrap();
    let c = cases
        .mark_complaint(
            case.id,
            &ComplaintInput {
                contact_id: Some(contact.id),
                jurisdiction: Some("VN".into()),
                sector: Some("consumer-general".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(c.time_zone, "Asia/Ho_Chi_Minh");
    assert_eq!(c.received_on, d("2026-06-02"));
    assert_eq!(c.rule_id.as_deref(), Some("vn-consumer"));
    let s = cases.complaint_status_on(case.id, d("2026-06-05")).unwrap();
    let neg = s.steps.iter().find(|s| s.id == "negotiate").unwrap();
    // 7 working days (Mon–Fri) after Tuesday 2 June: Thursday 11 June.
    assert_eq!(neg.date, Some(d("2026-06-11")));
    // Viet Nam's public holidays are not carried: the date says "check this".
    assert!(neg.check);
    assert_eq!(neg.missing, Some(StepMissing::HolidaysUnknown));
    // Ends at the end of 11 June in Hanoi: 16:59:59 UTC.
    assert_eq!(
        neg.ends_at.unwrap().to_rfc3339(),
        "2026-06-11T16:59:59+00:00"
    );
    // The authority's own time limit was not confirmed: no date, and why.
    let agency = s.steps.iter().find(|s| s.id == "support-handling").unwrap();
    assert_eq!(agency.date, None);
    assert!(matches!(
        agency.missing,
        Some(StepMissing::Unconfirmed { .. })
    ));
    // After the 7 days: ask the authority for support, from the day after the deadline.
    let s = cases.complaint_status_on(case.id, d("2026-06-12")).unwrap();
    assert_eq!(s.phase, ComplaintPhase::FirmLate);
    let ask = s
        .next
        .iter()
        .find(|n| n.step_id == "ask-for-support")
        .unwrap();
    assert!(ask.open_now);
    assert_eq!(ask.from, Some(d("2026-06-12")));
    // The status in the time zone: at 2026-06-11T17:30Z it is already the 12th in Hanoi.
    let s = cases
        .complaint_status(case.id, utc("2026-06-11T17:30:00Z"))
        .unwrap();
    assert_eq!(s.today, d("2026-06-12"));
}

#[test]
fn no_rule_known_gives_no_dates() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let cases = p.cases();
    let case = cases
        .create_case(&common::new_case("Gas bill", "EDF"))
        .unwrap();
    cases
        .log_interaction(case.id, &at("2026-03-01T09:00:00Z", "Complained"))
        .unwrap();
    let c = cases
        .mark_complaint(
            case.id,
            &ComplaintInput {
                jurisdiction: Some("FR".into()),
                sector: Some("energy".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(c.rule_id, None);
    let s = cases.complaint_status_on(case.id, d("2026-06-01")).unwrap();
    assert_eq!(s.phase, ComplaintPhase::NoRuleKnown);
    assert!(s.steps.is_empty() && s.next.is_empty() && s.main_step.is_none());
    assert!(
        s.headline.contains("No rule known for FR energy"),
        "{}",
        s.headline
    );

    // Nothing marked at all.
    let other = cases.create_case(&common::new_case("Other", "X")).unwrap();
    let s = cases
        .complaint_status_on(other.id, d("2026-06-01"))
        .unwrap();
    assert_eq!(s.phase, ComplaintPhase::NotMarked);
}

#[test]
fn an_unconfirmed_step_has_no_date_and_says_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let cases = p.cases();
    let case = cases
        .create_case(&common::new_case("Energy", "Supplier"))
        .unwrap();
    cases
        .log_interaction(case.id, &at("2026-01-05T10:00:00Z", "Complained"))
        .unwrap();
    cases
        .mark_complaint(
            case.id,
            &ComplaintInput {
                jurisdiction: Some("GB".into()),
                sector: Some("energy".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let s = cases.complaint_status_on(case.id, d("2026-01-10")).unwrap();
    let step = s
        .steps
        .iter()
        .find(|s| s.id == "ombudsman-deadline")
        .unwrap();
    assert_eq!(step.date, None);
    assert_eq!(step.state, StepState::Unknown);
    match &step.missing {
        Some(StepMissing::Unconfirmed { detail }) => assert!(detail.contains("Energy Ombudsman")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn telecoms_picks_the_rule_by_the_date_received() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let cases = p.cases();
    for (when, rule, opens) in [
        ("2026-04-07T20:00:00Z", "gb-telecoms-8-weeks", "2026-06-03"),
        // 23:30 UTC on 7 April is 00:30 on 8 April in London (BST): the new rule.
        ("2026-04-07T23:30:00Z", "gb-telecoms-6-weeks", "2026-05-21"),
    ] {
        let case = cases
            .create_case(&common::new_case("Broadband", "ISP"))
            .unwrap();
        cases
            .log_interaction(case.id, &at(when, "Complained"))
            .unwrap();
        let c = cases
            .mark_complaint(
                case.id,
                &ComplaintInput {
                    jurisdiction: Some("GB".into()),
                    sector: Some("telecoms".into()),
                    ..Default::default()
                },
            )
            .unwrap();
        assert_eq!(c.rule_id.as_deref(), Some(rule), "{when}");
        let s = cases.complaint_status_on(case.id, d("2026-05-01")).unwrap();
        let adr = s.steps.iter().find(|s| s.id == "adr-open").unwrap();
        assert_eq!(adr.date, Some(d(opens)), "{when}");
        assert_eq!(
            adr.label,
            "Complain to the ADR scheme your provider belongs to"
        );
    }
}

#[test]
fn bad_input_is_refused_and_clearing_undoes_the_mark() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let (case_id, contact_id) = gb_bank(&p);
    let cases = p.cases();
    let other = cases.create_case(&common::new_case("Other", "X")).unwrap();
    let foreign = cases
        .log_interaction(other.id, &at("2026-01-02T10:00:00Z", "x"))
        .unwrap();
    let err = |input: ComplaintInput| cases.mark_complaint(case_id, &input).unwrap_err();
    let e = err(ComplaintInput {
        contact_id: Some(foreign.id),
        ..Default::default()
    });
    assert_eq!(e.code(), "complaint_contact_not_on_case");
    let e = err(ComplaintInput {
        jurisdiction: Some("Britain".into()),
        ..Default::default()
    });
    assert!(matches!(e, ComplaintError::BadJurisdiction(_)));
    let e = err(ComplaintInput {
        jurisdiction: Some("GB".into()),
        sector: Some("energy".into()),
        rule_id: Some("gb-financial-services".into()),
        ..Default::default()
    });
    assert_eq!(e.code(), "complaint_rule_does_not_fit");
    let e = err(ComplaintInput {
        rule_id: Some("no-such-rule".into()),
        ..Default::default()
    });
    assert_eq!(e.code(), "complaint_rule_unknown");
    let e = err(ComplaintInput {
        time_zone: Some("Mars/Olympus".into()),
        ..Default::default()
    });
    assert_eq!(e.code(), "complaint_bad_time_zone");
    // Nothing was lost: the complaint is as it was.
    let c = cases.complaint(case_id).unwrap().unwrap();
    assert_eq!(c.contact_id, contact_id);
    assert_eq!(c.firm_reference.as_deref(), Some("CMP-2026-0042"));

    cases.clear_complaint(case_id).unwrap();
    assert!(cases.complaint(case_id).unwrap().is_none());
    let detail = cases.case_detail(case_id).unwrap();
    assert_eq!(detail.interactions[0].kind, ContactKind::Ordinary);
    assert_eq!(
        cases.clear_complaint(case_id).unwrap_err().code(),
        "complaint_not_marked"
    );
    // Every change is in the hash-chained log, and the chain holds.
    let events: i64 = p
        .db()
        .conn()
        .query_row(
            "SELECT count(*) FROM events WHERE kind LIKE 'complaint_%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(events, 2);
}

#[test]
fn deadlines_for_reminders_come_from_the_status() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let (case_id, _) = gb_bank(&p);
    let cases = p.cases();
    let soon = cases
        .complaint_deadlines(utc("2026-02-28T12:00:00Z"), chrono::Duration::days(3))
        .unwrap();
    let ids: Vec<&str> = soon.iter().map(|d| d.step_id.as_str()).collect();
    assert_eq!(ids, vec!["final-response"], "{soon:?}");
    assert_eq!(soon[0].case_id, case_id);
    assert_eq!(soon[0].date, d("2026-03-02"));
    assert!(!soon[0].passed);
    let later = cases
        .complaint_deadlines(utc("2026-03-04T12:00:00Z"), chrono::Duration::days(3))
        .unwrap();
    assert!(later
        .iter()
        .any(|d| d.step_id == "final-response" && d.passed));
}

#[test]
fn letters_show_the_references_the_arithmetic_and_the_body() {
    use steward::share::Redactor;
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let (case_id, _) = gb_bank(&p);
    let r = Redactor::default();
    // Drafted on 10 March 2026 (after the 8 weeks), in English.
    let now = utc("2026-03-10T09:00:00Z");
    let share = p.share().in_lang(Some(steward::i18n::Lang::english()));
    let complaint = share
        .complaint_letter(case_id, LetterKind::Complaint, &r, now)
        .unwrap();
    assert!(
        complaint.subject.contains("CMP-2026-0042"),
        "{}",
        complaint.subject
    );
    assert!(
        complaint
            .body
            .contains("received 5 January 2026; 8 weeks → 2 March 2026"),
        "{}",
        complaint.body
    );
    assert!(
        complaint.body.contains("Financial Ombudsman Service"),
        "{}",
        complaint.body
    );
    assert!(
        complaint.body.contains("FCA Handbook DISP"),
        "{}",
        complaint.body
    );
    assert!(complaint.body.contains("Complained by phone"));

    let chaser = share
        .complaint_letter(case_id, LetterKind::Chaser, &r, now)
        .unwrap();
    assert!(
        chaser.body.contains("due by 2 March 2026"),
        "{}",
        chaser.body
    );
    assert!(chaser.body.contains("from 3 March 2026"), "{}", chaser.body);
    assert!(
        chaser.body.contains("5 January 2026 (contact #1"),
        "{}",
        chaser.body
    );

    let referral = share
        .complaint_letter(case_id, LetterKind::Referral, &r, now)
        .unwrap();
    assert_eq!(referral.to, "Financial Ombudsman Service");
    assert_eq!(
        referral.to_url.as_deref(),
        Some("https://www.financial-ombudsman.org.uk")
    );
    assert!(
        referral.body.contains("ended on 2 March 2026"),
        "{}",
        referral.body
    );
    assert!(
        referral.subject.contains("referral"),
        "{}",
        referral.subject
    );

    // In Vietnamese: the same dates and reference, the customer's own words verbatim.
    let vi = p
        .share()
        .in_lang(steward::i18n::Lang::parse("vi"))
        .complaint_letter(case_id, LetterKind::Chaser, &r, now)
        .unwrap();
    assert_eq!(vi.lang, "vi");
    assert!(vi.body.contains("2 tháng 3, 2026"), "{}", vi.body);
    assert!(vi.body.contains("CMP-2026-0042"));
    assert!(vi.body.contains("Complained by phone"));
    assert!(!vi.body.contains("Your final response"), "{}", vi.body);
}

#[test]
fn a_contact_logged_as_the_formal_complaint_becomes_the_complaint() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let cases = p.cases();
    let case = cases
        .create_case(&common::new_case("Refund", "Shop"))
        .unwrap();
    let i = cases
        .log_contact(
            case.id,
            &at("2026-02-01T09:00:00Z", "Formal complaint by e-mail"),
            ContactKind::ComplaintMade,
        )
        .unwrap();
    assert_eq!(i.kind, ContactKind::ComplaintMade);
    let c = cases.complaint(case.id).unwrap().unwrap();
    assert_eq!(c.contact_id, i.id);
    assert_eq!(c.received_on, d("2026-02-01"));
    // Where and what come later; until then: no rule known, said plainly.
    let s = cases.complaint_status_on(case.id, d("2026-02-02")).unwrap();
    assert_eq!(s.phase, ComplaintPhase::NoRuleKnown);
    cases
        .mark_complaint(
            case.id,
            &ComplaintInput {
                contact_id: Some(i.id),
                jurisdiction: Some("GB".into()),
                sector: Some("energy".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let s = cases.complaint_status_on(case.id, d("2026-02-02")).unwrap();
    assert_eq!(s.phase, ComplaintPhase::FirmHasTime);
}

#[test]
fn a_cfpb_complaint_counts_calendar_days_from_sending() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let cases = p.cases();
    let case = cases
        .create_case(&common::new_case("Mortgage", "Loan Co"))
        .unwrap();
    // 20:00 UTC on 30 January is 15:00 in Washington: the 30th.
    cases
        .log_interaction(
            case.id,
            &at("2026-01-30T20:00:00Z", "Filed through the CFPB portal"),
        )
        .unwrap();
    let c = cases
        .mark_complaint(
            case.id,
            &ComplaintInput {
                jurisdiction: Some("US".into()),
                sector: Some("consumer-finance".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(c.time_zone, "America/New_York");
    assert_eq!(c.rule_id.as_deref(), Some("us-cfpb"));
    let s = cases.complaint_status_on(case.id, d("2026-02-20")).unwrap();
    let date = |id: &str| s.steps.iter().find(|st| st.id == id).unwrap().date;
    // The rules file's own example rows: 15 days → 14 February (a Saturday, not moved), 60 → 31 March.
    assert_eq!(date("response"), Some(d("2026-02-14")));
    assert_eq!(date("final-response"), Some(d("2026-03-31")));
    assert_eq!(s.phase, ComplaintPhase::FirmLate);
    assert!(!s.headline.ends_with(' '), "{:?}", s.headline);
}

#[test]
fn a_data_request_shows_its_one_month_and_the_longest_extension() {
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let cases = p.cases();
    let case = cases
        .create_case(&common::new_case("Access request", "Acme"))
        .unwrap();
    cases
        .log_interaction(
            case.id,
            &at("2026-10-31T11:00:00Z", "Sent a subject access request"),
        )
        .unwrap();
    cases
        .mark_complaint(
            case.id,
            &ComplaintInput {
                jurisdiction: Some("GB".into()),
                sector: Some("data-protection-access".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let s = cases.complaint_status_on(case.id, d("2026-11-15")).unwrap();
    let respond = s.steps.iter().find(|st| st.id == "respond").unwrap();
    // rules.toml's ico-one-month rows: no 31 November → 30 November; three months → Sunday
    // 31 January 2027 rolls to Monday 1 February.
    assert_eq!(respond.date, Some(d("2026-11-30")));
    assert!(
        !respond.check,
        "ico-one-month is confirmed, 2026 holidays known"
    );
    let ext = respond.extended_to.as_ref().unwrap();
    assert_eq!(ext.end, d("2027-02-01"));
}

/// The brief and every export carry the complaint (an agent reading the brief cold must know a
/// formal complaint is running and when the firm's time ends), in the sharing language; the
/// JSON's complaint is structured and in the published schema.
#[test]
fn the_brief_and_the_exports_carry_the_complaint() {
    use steward::share::{brief, render, Format, Redactor, ShareKey};
    let dir = tempfile::tempdir().unwrap();
    let p = common::open(dir.path());
    let (case_id, _) = gb_bank(&p);
    // On 10 March 2026 the 8 weeks (to 2 March) have passed.
    let now = utc("2026-03-10T09:00:00Z");
    let share = p.share().in_lang(Some(steward::i18n::Lang::english()));
    let (x, _) = share.export(case_id, &Redactor::default(), now).unwrap();
    let c = x
        .case
        .complaint
        .as_ref()
        .expect("the complaint in the export");
    assert_eq!(c.contact, Some(1));
    assert_eq!(c.received_on, "2026-01-05");
    assert_eq!(c.phase, "firm_late");
    assert_eq!(c.firm_reference.as_deref(), Some("CMP-2026-0042"));
    assert!(c
        .rule
        .as_deref()
        .unwrap()
        .starts_with("UK financial services"));
    let fr = c
        .deadlines
        .iter()
        .find(|d| d.label == "The firm sends its final response")
        .expect("the final response step");
    assert_eq!(
        (fr.date.as_str(), fr.state.as_str()),
        ("2026-03-02", "passed")
    );

    let text = brief::build(&x).to_text();
    assert!(text.contains("\nFormal complaint\n"), "{text}");
    assert!(
        text.contains(
            "- Received by the firm on 5 Jan 2026 (contact #1); their reference CMP-2026-0042."
        ),
        "{text}"
    );
    assert!(text.contains("- Rule: UK financial services"), "{text}");
    assert!(
        text.contains("- The firm sends its final response: 2 Mar 2026 (passed)."),
        "{text}"
    );
    assert!(fr.main, "the final response is the firm's main deadline");
    let chat = brief::chat(&x);
    assert!(
        chat.contains("Formal complaint received 5 Jan 2026. The firm sends its final response: 2 Mar 2026 (passed)."),
        "{chat}"
    );
    assert!(chat.chars().count() <= steward::share::CHAT_MAX_CHARS);
    let key = ShareKey::for_profile(&p).unwrap();
    for f in [Format::Brief, Format::Md, Format::Html, Format::Json] {
        let out = String::from_utf8(render(&x, f, &key).unwrap().bytes).unwrap();
        assert!(out.contains("CMP-2026-0042"), "{f:?}");
        assert!(
            out.contains("2026-03-02") || out.contains("2 Mar 2026"),
            "{f:?}"
        );
    }

    let pdf = dir.path().join("case.pdf");
    std::fs::write(&pdf, render(&x, Format::Pdf, &key).unwrap().bytes).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils; scripts/install-deps.sh)");
    let page = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(page.contains("Formal complaint"), "{page}");
    assert!(page.contains("2 Mar 2026 (passed)"), "{page}");

    // In Vietnamese: the same facts in the reader's words.
    let vi = p.share().in_lang(steward::i18n::Lang::parse("vi"));
    let (x, _) = vi.export(case_id, &Redactor::default(), now).unwrap();
    let text = brief::build(&x).to_text();
    assert!(text.contains("Khiếu nại chính thức"), "{text}");
    assert!(text.contains("Công ty nhận được ngày"), "{text}");

    // No complaint marked: nothing said.
    let cases = p.cases();
    let other = cases
        .create_case(&common::new_case("Login loop", "Example Bank"))
        .unwrap();
    let (x, _) = share.export(other.id, &Redactor::default(), now).unwrap();
    assert!(x.case.complaint.is_none());
    assert!(!brief::build(&x).to_text().contains("Formal complaint"));
}
