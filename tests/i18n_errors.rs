//! Errors speak the reader's language: their words and hints come from `locales/*/errors.ftl`
//! under their code, English stays as it was, Vietnamese is there for every sample, and a hint
//! that names a CLI command reads in window words when the window asks.
//!
//! One test in its own file: it sets the process's front end (`i18n::set_front`), which is
//! global, and puts it back before it ends.

use steward::cases::CaseError;
use steward::directory::{DataSet, DirectoryError, LookupError};
use steward::enrol::privacyidea::PiError;
use steward::enrol::EnrolError;
use steward::error::{ErrorInfo, UserFacing};
use steward::i18n::{self, Front, Lang};
use steward::otp::store::StoreError;
use steward::otp::OtpError;
use steward::profile::ProfileError;
use steward::share::{ShareError, VerifyFailure};

fn samples() -> Vec<Box<dyn UserFacing>> {
    vec![
        Box::new(CaseError::NotFound("printer".into())),
        Box::new(CaseError::PromiseNotFound { case: 4, number: 2 }),
        Box::new(ShareError::BadTicket("abc".into())),
        Box::new(VerifyFailure::Tampered),
        Box::new(ProfileError::WrongPassphrase),
        Box::new(OtpError::WrongPasswordOrDamaged { format: "Aegis" }),
        Box::new(StoreError::ConfirmationRequired {
            label: "GitHub".into(),
        }),
        Box::new(PiError::RateLimited {
            message: "Only 3 failed authentications per 0:01:00 allowed.".into(),
            retry_after_secs: Some(60),
        }),
        Box::new(DirectoryError::HttpStatus {
            data: DataSet::Passkeys,
            host: "passkeys.example".into(),
            status: 503,
        }),
        Box::new(LookupError::NotListed {
            name: "Gogle".into(),
            close: vec![],
        }),
        Box::new(EnrolError::Finished),
    ]
}

/// Whether `s` has letters only Vietnamese writes (ă, ơ, ư, đ and the tone marks).
fn has_vietnamese(s: &str) -> bool {
    s.chars().any(|c| !c.is_ascii() && c.is_alphabetic())
}

/// Restores the front end even when an assertion fails.
struct FrontBack;
impl Drop for FrontBack {
    fn drop(&mut self) {
        i18n::set_front(Front::Cli);
    }
}

#[test]
fn errors_speak_vietnamese_and_hints_follow_the_front_end() {
    let _back = FrontBack;
    let vi = Lang::parse("vi").unwrap();
    let en = Lang::english();

    // English is the words the errors always had.
    assert_eq!(
        CaseError::NotFound("printer".into()).to_string(),
        "No case matches \"printer\"."
    );
    assert_eq!(
        PiError::RateLimited {
            message: String::new(),
            retry_after_secs: Some(60),
        }
        .to_string(),
        "Too many tries in a short time, so the service is refusing codes for now (for up to 60 seconds)."
    );

    for err in samples() {
        let english: ErrorInfo = i18n::with_lang(en, || err.info());
        let ours: ErrorInfo = i18n::with_lang(vi, || err.info());
        let code = err.code();
        assert_eq!(ours.code, english.code);
        assert_ne!(
            ours.message, english.message,
            "{code}: message still English"
        );
        assert!(
            has_vietnamese(&ours.message),
            "{code}: not Vietnamese: {}",
            ours.message
        );
        assert!(!ours.message.contains(code), "{code}: shows its id");
        assert!(!ours.message.contains('{'), "{code}: {}", ours.message);
        match (&english.hint, &ours.hint) {
            (Some(e), Some(v)) => {
                assert_ne!(v, e, "{code}: hint still English");
                assert!(has_vietnamese(v), "{code}: hint not Vietnamese: {v}");
                assert!(!v.contains('{'), "{code}: {v}");
            }
            (None, None) => {}
            other => panic!("{code}: hints differ between languages: {other:?}"),
        }
        // `to_string` is the message in the current language too.
        assert_eq!(i18n::with_lang(vi, || err.to_string()), ours.message);
    }

    // The wait is in the reader's words.
    let wait = i18n::with_lang(vi, || {
        PiError::RateLimited {
            message: String::new(),
            retry_after_secs: Some(60),
        }
        .info()
    });
    assert!(wait.message.contains("60 giây"), "{}", wait.message);

    // A hint that names a CLI command reads in window words in the window.
    let not_found = CaseError::NotFound("printer".into());
    let confirm = StoreError::ConfirmationRequired {
        label: "GitHub".into(),
    };
    assert!(not_found.info().hint.unwrap().contains("steward case list"));
    assert!(confirm.info().hint.unwrap().contains("--yes"));
    i18n::set_front(Front::Window);
    let window = not_found.info().hint.unwrap();
    assert!(!window.contains("steward"), "{window}");
    assert!(window.contains("case list"), "{window}");
    assert!(!confirm.info().hint.unwrap().contains("--yes"));
    let window_vi = i18n::with_lang(vi, || not_found.info().hint.unwrap());
    assert!(has_vietnamese(&window_vi) && !window_vi.contains("steward"));
    // A hint with no front-end variant is the same for both.
    assert_eq!(
        ProfileError::WrongPassphrase.info().hint.as_deref(),
        Some("Check the passphrase and try again. Your data is unchanged.")
    );
    i18n::set_front(Front::Cli);
    assert!(not_found.info().hint.unwrap().contains("steward case list"));
}
