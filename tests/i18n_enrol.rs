//! The enrolment wizard speaks the current language: the seed story (Amazon refuses a Vietnamese
//! number with "We detected unusual activity…") run in Vietnamese gives a Vietnamese guide, plan,
//! wizard message and case notes — from `locales/vi/enrol.ftl`, never a raw id — while the
//! service's own words stay verbatim, and the same story in English is word for word what it was.

mod common;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::*;
use steward::directory::{Directory, Method};
use steward::enrol::{EnrolAction, EnrolmentView, Enrolments, StartProvider, Step};
use steward::i18n::{with_lang, Lang};

fn directory() -> Directory {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/corpus/2fa-directory/all.v3.json"
    );
    Directory::parse(&std::fs::read(path).unwrap()).unwrap()
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, 8, 0, 0).unwrap()
}

/// What a person reads along the story.
#[derive(Debug)]
struct Story {
    /// The guide at the choice of method, before anything was tried.
    first_guide: Vec<String>,
    /// Why the authenticator can't come first.
    totp_blocked: String,
    /// The wizard's message after the refusal.
    message: String,
    /// The plan after the refusal: its explanation, each option's title, detail and next steps.
    plan: Vec<String>,
    /// The guide after the refusal.
    guide: Vec<String>,
    /// The case's title and the notes the wizard wrote into it.
    case: Vec<String>,
}

/// Amazon's enrolment started (the first view), SMS chosen, 0912 345 678 typed for Vietnam and
/// refused with "unusual activity" (the view after that).
fn refused_by_amazon(w: &Enrolments<'_>) -> (EnrolmentView, EnrolmentView) {
    let first = w
        .start("amazon", StartProvider::Guided, &directory(), t0())
        .unwrap();
    let id = first.enrolment.id;
    let act = |action, at| w.act(id, action, None, at).unwrap();
    act(
        EnrolAction::ChooseMethod {
            method: Method::Sms,
        },
        t0() + Duration::minutes(1),
    );
    act(
        EnrolAction::SubmitPhone {
            number: "0912 345 678".into(),
            region: Some("VN".into()),
        },
        t0() + Duration::minutes(2),
    );
    let refused = act(
        EnrolAction::ReportRefusal {
            message: UNUSUAL.into(),
        },
        t0() + Duration::minutes(3),
    );
    (first, refused)
}

fn story() -> Story {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let w = Enrolments::new(&profile);
    let (first, v) = refused_by_amazon(&w);
    let first_guide = guide_lines(&first.guide);
    let totp_blocked = first
        .options
        .iter()
        .find(|o| o.method == Method::Totp)
        .and_then(|o| o.blocked_reason.clone())
        .unwrap();
    assert_eq!(v.enrolment.step, Step::ChooseMethod);
    let mut plan: Vec<String> = v.plan.explanation.iter().cloned().collect();
    for o in &v.plan.options {
        plan.push(o.title.clone());
        plan.push(o.detail.clone());
        plan.extend(o.then.iter().cloned());
    }
    let detail = profile
        .cases()
        .case_detail(v.enrolment.case_id.unwrap())
        .unwrap();
    let mut case = vec![detail.case.title.clone()];
    for i in &detail.interactions {
        case.push(i.summary.clone());
        case.extend(i.team.iter().cloned());
        // The service's words are data: recorded as they were, in any language.
        assert_eq!(i.error_texts, vec![UNUSUAL.to_string()]);
    }
    Story {
        first_guide,
        totp_blocked,
        message: v.message.unwrap(),
        plan,
        guide: guide_lines(&v.guide),
        case,
    }
}

fn guide_lines(g: &steward::enrol::StepGuide) -> Vec<String> {
    let mut out = vec![g.title.clone()];
    out.extend(g.do_now.iter().cloned());
    out.push(g.if_it_fails.clone());
    out
}

/// Letters only Vietnamese (of the catalogue's languages) writes: đ and the marked vowels.
fn has_vietnamese_letters(s: &str) -> bool {
    s.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
}

fn assert_vietnamese(what: &str, vi: &str, en: &str) {
    assert_ne!(vi, en, "{what} is still English: {vi}");
    assert!(
        has_vietnamese_letters(vi),
        "{what} has no Vietnamese letters: {vi}"
    );
    assert!(!vi.contains("enrol-"), "{what} shows a raw id: {vi}");
}

#[test]
fn the_refusal_story_reads_in_vietnamese() {
    let en = with_lang(Lang::english(), story);
    let vi = with_lang(Lang::parse("vi").unwrap(), story);

    assert_eq!(vi.first_guide.len(), en.first_guide.len());
    for (v, e) in vi.first_guide.iter().zip(&en.first_guide) {
        assert_vietnamese("the guide", v, e);
    }
    assert_vietnamese(
        "why the authenticator waits",
        &vi.totp_blocked,
        &en.totp_blocked,
    );
    assert_vietnamese("the wizard's message", &vi.message, &en.message);
    // Amazon's curated rule, in Vietnamese, and the refused number as it is.
    assert!(vi.message.contains("Amazon"), "{}", vi.message);
    assert_eq!(vi.plan.len(), en.plan.len());
    for (v, e) in vi.plan.iter().zip(&en.plan) {
        assert_vietnamese("the plan", v, e);
    }
    assert!(vi.plan[0].contains("+84 912 345 678"), "{:?}", vi.plan);
    for (v, e) in vi.guide.iter().zip(&en.guide) {
        assert_vietnamese("the guide after the refusal", v, e);
    }
    assert_eq!(vi.case.len(), en.case.len());
    for (v, e) in vi.case.iter().zip(&en.case) {
        assert_vietnamese("the case's notes", v, e);
    }
}

#[test]
fn the_refusal_story_in_english_is_unchanged() {
    let en = with_lang(Lang::english(), story);
    assert_eq!(
        en.first_guide,
        vec![
            "Turn on two-step verification at Amazon",
            "Pick how Amazon should check it is you. The strongest methods are listed first.",
            "Text-message codes are the weakest choice (NIST SP 800-63B): a number can be moved to another SIM. Prefer an authenticator app when it is offered.",
            "Amazon says: SMS or phone call required to enable 2FA. Enabling on Amazon.com activates 2FA on other regional Amazon sites, such as UK and DE.",
            "Turning it on at Amazon.com turns it on for the other regional Amazon sites (UK, DE, …) and for everything you sign in to with the same Amazon account, such as Kindle Direct Publishing (KDP) and Amazon Pay.",
            "If a method is refused, Steward records the message and recommends the next best one.",
        ]
    );
    assert_eq!(
        en.totp_blocked,
        "Amazon only lets you add an authenticator app after a phone number has been verified for Two-Step Verification."
    );
    assert_eq!(
        en.message,
        "Amazon's risk check refused this phone number for Two-Step Verification. It is about the number (often a new, prepaid, foreign or internet number), not a typing mistake, and trying the same number again soon does not change the answer. Amazon only lets you add an authenticator app after a phone number has been verified for Two-Step Verification. Amazon refused +84 912 345 678, so that path needs a phone number Amazon accepts first. Next: Text message (SMS) or phone call to another number."
    );
    assert_eq!(
        en.plan,
        vec![
            "Amazon only lets you add an authenticator app after a phone number has been verified for Two-Step Verification. Amazon refused +84 912 345 678, so that path needs a phone number Amazon accepts first.",
            "Text message (SMS) or phone call to another number",
            "Amazon refused +84 912 345 678. Use a different mobile number, ideally from another carrier, in your name; not an internet (VoIP) or virtual number, which many services refuse.",
            "Then add authenticator app (codes): it is stronger, and Amazon allows it once the phone number is verified.",
            "Ask Amazon's support, with the brief",
            "Contact Amazon Customer Service (account security) (https://www.amazon.com/gp/help/customer/contact-us). Ask them to lift the block on your phone number for Two-Step Verification (or to verify it with you), and paste the brief so they see what you tried. Steward prepares the brief with every refusal and its exact words.",
            "When they say it is fixed, come back and carry on from here.",
        ]
    );
    assert_eq!(
        en.case,
        vec![
            "Turning on two-step verification at Amazon",
            "Tried to turn on two-step verification (Text message (SMS) to +84 912 345 678) at the step \"code from the phone\"; the service refused.",
            "Amazon website",
        ]
    );
}

/// The notes Steward writes into the case during a Vietnamese enrolment are kept as catalogue
/// messages: the customer reads them in Vietnamese, the support agent's English brief has them
/// in English, and the service's own words stay as they were written.
#[test]
fn notes_written_in_vietnamese_read_in_english_in_the_agents_brief() {
    let vi = Lang::parse("vi").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let case_id = with_lang(vi, || {
        let (_, refused) = refused_by_amazon(&Enrolments::new(&profile));
        refused.enrolment.case_id.unwrap()
    });
    let read = |lang| with_lang(lang, || profile.cases().case_detail(case_id).unwrap());
    let in_vi = read(vi);
    let in_en = read(Lang::english());
    let (note_vi, note_en) = (&in_vi.interactions[0], &in_en.interactions[0]);
    assert!(
        has_vietnamese_letters(&note_vi.summary),
        "{}",
        note_vi.summary
    );
    assert!(
        note_en.summary.starts_with(
            "Tried to turn on two-step verification (Text message (SMS) to +84 912 345 678)"
        ),
        "{}",
        note_en.summary
    );
    assert!(
        !has_vietnamese_letters(&note_en.summary),
        "{}",
        note_en.summary
    );
    assert!(!has_vietnamese_letters(note_en.team.as_deref().unwrap()));
    assert!(!has_vietnamese_letters(note_en.outcome.as_deref().unwrap()));
    assert_eq!(
        note_en.error_texts,
        vec![UNUSUAL.to_string()],
        "the service's words as written"
    );
    assert_eq!(note_vi.error_texts, note_en.error_texts);
    // The case Steward opened: its title and goal too, until the customer edits them.
    assert_eq!(
        in_en.case.title,
        "Turning on two-step verification at Amazon"
    );
    assert!(
        has_vietnamese_letters(&in_vi.case.title),
        "{}",
        in_vi.case.title
    );
    assert!(!has_vietnamese_letters(
        in_en.case.desired_outcome.as_deref().unwrap()
    ));

    // The agent's brief, in English from the Vietnamese app.
    let brief = with_lang(vi, || {
        let sharing = profile.share().in_lang(Some(Lang::english()));
        let (x, _) = sharing
            .export(
                case_id,
                &steward::share::Redactor::default(),
                t0() + Duration::minutes(4),
            )
            .unwrap();
        with_lang(x.lang(), || steward::share::brief::build(&x).to_text())
    });
    assert!(
        brief.contains("Tried to turn on two-step verification"),
        "{brief}"
    );
    assert!(brief.contains(UNUSUAL), "{brief}");
}

/// A title the customer edits is theirs: it stays as typed in every language.
#[test]
fn a_title_the_customer_edits_stays_as_typed() {
    let vi = Lang::parse("vi").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let profile = open(dir.path());
    let case = with_lang(vi, || {
        profile
            .cases()
            .create_case_by_steward(
                steward::i18n::Message::new("enrol-wizard-case-title").arg("service", "Amazon"),
                Some("Amazon".into()),
                None,
            )
            .unwrap()
    });
    assert!(has_vietnamese_letters(&case.title));
    profile
        .cases()
        .update_case(
            case.id,
            &steward::cases::CasePatch {
                title: Some("Amazon 2FA — số bị từ chối".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let read = |lang| with_lang(lang, || profile.cases().case(case.id).unwrap().title);
    assert_eq!(read(Lang::english()), "Amazon 2FA — số bị từ chối");
    assert_eq!(read(vi), "Amazon 2FA — số bị từ chối");
}
