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
use steward::share::{HelpdeskProblem, ShareError, TicketRefusal, VerifyFailure};

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

/// Every way a hand-off can fail, with real helpdesk names and words the helpdesks really send.
fn helpdesk_problems() -> Vec<HelpdeskProblem> {
    use HelpdeskProblem::*;
    let rt = "Request Tracker";
    vec![
        Answered {
            system: "Zendesk",
            status: 404,
            said: "RecordNotFound".into(),
        },
        Answered {
            system: "django-helpdesk",
            status: 500,
            said: String::new(),
        },
        ApiForbidden {
            system: "Redmine",
            said: String::new(),
        },
        NotStaff {
            system: "django-helpdesk",
            said: "You do not have permission to perform this action.".into(),
        },
        NotJson { system: rt },
        Unreadable,
        TooLarge,
        NoTicketId { system: "Redmine" },
        NoTicketId { system: "Zendesk" },
        NoTicketId { system: rt },
        NoUploadToken { system: "Zendesk" },
        EmptyText { system: "Redmine" },
        EmptyText { system: "Zendesk" },
        EmptyText { system: rt },
        BadAddress {
            address: "http://rt.example.com".into(),
            // Words of the catalogue, in the language the problem is made in.
            detail: i18n::tr("net-not-https", &i18n::Args::new()),
        },
        NoClient,
        FileAnswered {
            system: "django-helpdesk",
            file: "case-1.pdf".into(),
            status: 413,
        },
        FileUnreadable {
            system: "django-helpdesk",
            file: "case-1.json".into(),
        },
        FileTooLarge {
            system: "django-helpdesk",
            file: "case-1.json".into(),
        },
        FileRefused {
            system: "Redmine",
            file: "case-1.pdf".into(),
            said: "This file cannot be uploaded because it exceeds the maximum allowed file size (5 MB)".into(),
        },
        NotAdded {
            system: rt,
            reference: "RT#12".into(),
            said: "Permission Denied".into(),
        },
        NotAdded {
            system: "Redmine",
            reference: "Redmine #7".into(),
            said: String::new(),
        },
        NotKept {
            system: "django-helpdesk",
            reference: "django-helpdesk #3".into(),
            files: "case-1.sig, case-1.json".into(),
        },
        FilesNotAdded {
            system: "django-helpdesk",
            reference: "django-helpdesk #3".into(),
            cause: Box::new(ShareError::Helpdesk(Answered {
                system: "django-helpdesk",
                status: 400,
                said: "Unsupported file extension".into(),
            })),
        },
    ]
}

fn vi() -> Lang {
    Lang::parse("vi").unwrap()
}

/// English words of ours: any of them left in a Vietnamese message (names and the helpdesk's
/// own words taken out) is English we forgot.
const ENGLISH: &[&str] = &[
    // Not "an": Vietnamese writes it ("an toàn").
    "the", "a", "to", "of", "and", "or", "but", "for", "from", "its", "it", "is", "not", "no", "be",
    "was", "did", "does", "may", "must", "could", "answered", "answer", "refused", "key", "turned",
    "off", "signed", "account", "accounts", "lets", "let", "use", "only", "staff", "ask",
    "expects", "read", "large", "too", "say", "which", "ticket", "request", "issue", "opened",
    "gave", "upload", "token", "note", "comment", "message", "add", "added", "empty", "start",
    "client", "file", "files", "back", "keep", "keeps", "types", "owner", "allows", "list", "all",
    "this", "in", "hand", "off", "helpdesk", "failed",
];

/// Names and data that stay as they are in every language.
const NAMES: &[&str] = &[
    "Request Tracker",
    "django-helpdesk #3",
    "django-helpdesk",
    "Redmine #7",
    "Redmine",
    "Zendesk",
    "RT#12",
    "REST API",
    "API",
    "HTTP",
    "JSON",
    "Steward",
    "Administration → Settings → API",
    "HELPDESK_VALID_EXTENSIONS",
    "http://rt.example.com",
];

/// Words of [`ENGLISH`] in `message` once `data` and [`NAMES`] are taken out.
fn english_words(message: &str, data: &[&str]) -> Vec<String> {
    let mut text = message.to_string();
    for d in data.iter().copied().chain(NAMES.iter().copied()) {
        if !d.is_empty() {
            text = text.replace(d, " ");
        }
    }
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_helpdesk_problem_reads_in_vietnamese_and_keeps_its_code() {
    let mut left = Vec::new();
    for (i, p) in helpdesk_problems().into_iter().enumerate() {
        let said = p.said().to_string();
        let files: Vec<String> = match &p {
            HelpdeskProblem::FileAnswered { file, .. }
            | HelpdeskProblem::FileUnreadable { file, .. }
            | HelpdeskProblem::FileTooLarge { file, .. }
            | HelpdeskProblem::FileRefused { file, .. } => vec![file.clone()],
            HelpdeskProblem::NotKept { files, .. } => vec![files.clone()],
            HelpdeskProblem::FilesNotAdded { cause, .. } => match cause.as_ref() {
                ShareError::Helpdesk(inner) => vec![inner.said().to_string()],
                _ => vec![],
            },
            _ => vec![],
        };
        let info = || ShareError::Helpdesk(helpdesk_problems().swap_remove(i)).info();
        let en: ErrorInfo = i18n::with_lang(Lang::english(), info);
        let ours: ErrorInfo = i18n::with_lang(vi(), info);
        assert_eq!(en.code, "helpdesk_failed");
        assert_eq!(ours.code, "helpdesk_failed");
        assert!(
            en.message
                .starts_with("The hand-off to the helpdesk failed: "),
            "{}",
            en.message
        );
        assert_ne!(ours.message, en.message);
        assert!(
            has_vietnamese(&ours.message),
            "not Vietnamese: {}",
            ours.message
        );
        assert!(!ours.message.contains('{'), "{}", ours.message);
        assert!(!en.message.contains('{'), "{}", en.message);
        // The args say which problem, for a front end that renders it itself.
        assert!(ours.args.contains_key("problem"), "{:?}", ours.args);
        assert!(ours.args.contains_key("value"), "{:?}", ours.args);
        // The helpdesk's own words are there as it sent them, in both languages.
        if !said.is_empty() {
            assert!(en.message.contains(&said), "{}", en.message);
            assert!(ours.message.contains(&said), "{}", ours.message);
        }
        let data: Vec<&str> = files
            .iter()
            .map(String::as_str)
            .chain([said.as_str()])
            .collect();
        // The check sees English: every problem's English words (`value`, without the
        // sentence around it) have words it knows.
        let Some(i18n::Arg::Text(value)) = en.args.get("value") else {
            panic!("no value: {:?}", en.args)
        };
        assert!(
            !english_words(value, &data).is_empty(),
            "the checker misses: {value}"
        );
        let english = english_words(&ours.message, &data);
        if !english.is_empty() {
            left.push(format!("{english:?} in: {}", ours.message));
        }
    }
    assert!(left.is_empty(), "English left:\n{}", left.join("\n"));
}

#[test]
fn a_helpdesk_problem_in_english_reads_as_before() {
    let answered = ShareError::Helpdesk(HelpdeskProblem::Answered {
        system: "Redmine",
        status: 422,
        said: "Subject cannot be blank".into(),
    });
    let en = i18n::with_lang(Lang::english(), || answered.info());
    assert_eq!(
        en.message,
        "The hand-off to the helpdesk failed: Redmine answered HTTP 422: Subject cannot be blank."
    );
    assert_eq!(
        en.args.get("problem"),
        Some(&i18n::Arg::Text("answered".into()))
    );
    assert_eq!(
        en.args.get("system"),
        Some(&i18n::Arg::Text("Redmine".into()))
    );
    assert_eq!(en.args.get("status"), Some(&i18n::Arg::Int(422)));
    let empty = ShareError::Helpdesk(HelpdeskProblem::EmptyText { system: "Zendesk" });
    assert_eq!(
        i18n::with_lang(Lang::english(), || empty.to_string()),
        "The hand-off to the helpdesk failed: the comment to add is empty."
    );
    let unit = ShareError::Helpdesk(HelpdeskProblem::NoClient);
    let info = i18n::with_lang(Lang::english(), || unit.info());
    assert_eq!(
        info.args.get("problem"),
        Some(&i18n::Arg::Text("no_client".into()))
    );
    assert_eq!(
        info.message,
        "The hand-off to the helpdesk failed: could not start an HTTP client."
    );
}

#[test]
fn a_ticket_that_cannot_be_added_to_says_why_in_vietnamese() {
    let mut left = Vec::new();
    for system in ["Request Tracker", "Zendesk", "Redmine", "django-helpdesk"] {
        for why in [TicketRefusal::NotVisible, TicketRefusal::MayNotAdd] {
            let err = ShareError::TicketUnavailable {
                reference: "RT#12".into(),
                system,
                why,
            };
            let en: ErrorInfo = i18n::with_lang(Lang::english(), || err.info());
            let ours: ErrorInfo = i18n::with_lang(vi(), || err.info());
            assert_eq!(ours.code, "helpdesk_ticket_unavailable");
            assert!(en.message.contains(system), "{}", en.message);
            assert!(ours.message.contains(system), "{}", ours.message);
            assert!(!ours.message.contains('{'), "{}", ours.message);
            let Some(i18n::Arg::Text(detail)) = en.args.get("detail") else {
                panic!("no detail: {:?}", en.args)
            };
            assert!(!english_words(detail, &[]).is_empty(), "{detail}");
            let english = english_words(&ours.message, &[]);
            if !english.is_empty() {
                left.push(format!("{english:?} in: {}", ours.message));
            }
        }
    }
    assert!(left.is_empty(), "English left:\n{}", left.join("\n"));
    // English reads as it did.
    let gone = ShareError::TicketUnavailable {
        reference: "Zendesk #12".into(),
        system: "Zendesk",
        why: TicketRefusal::NotVisible,
    };
    assert_eq!(
        i18n::with_lang(Lang::english(), || gone.to_string()),
        "Could not add to Zendesk #12: Zendesk has no such request that you can see (it does not \
         exist, or it is not yours). Nothing was sent and the case is unchanged."
    );
}
