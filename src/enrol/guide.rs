//! What each wizard step tells the customer: what to do now, and what to do if it fails.
//! The same words in the window and in `steward enrol status`, in the current language.

use super::model::{Enrolment, ProviderInfo, Status, Step, StepGuide};
use super::rules::{Known, Origin};
use crate::directory::Method;
use crate::t;

pub fn guide(e: &Enrolment) -> StepGuide {
    let pi = matches!(e.provider, ProviderInfo::PrivacyIdea { .. });
    let s = e.service.as_str();
    let method = e
        .method
        .map(|m| m.label())
        .unwrap_or_else(|| t!("enrol-guide-the-method"));
    let g = |title: String, do_now: Vec<String>, if_it_fails: String| StepGuide {
        title,
        do_now,
        if_it_fails,
    };
    if e.status == Status::Abandoned {
        return g(
            t!("enrol-guide-stopped-title", service = s),
            vec![t!("enrol-guide-stopped-do")],
            t!("enrol-guide-stopped-fails"),
        );
    }
    match e.step {
        Step::ChooseMethod => {
            let mut do_now = vec![t!("enrol-guide-choose-pick", service = s)];
            if e.methods.contains(&Method::Sms) {
                do_now.push(t!("enrol-guide-choose-sms-weak"));
            }
            if let Some(notes) = &e.notes {
                do_now.push(t!("enrol-guide-service-says", service = s, notes = notes));
            }
            match &e.rules {
                Known::Rules { rules } => {
                    if let Some(covers) = &rules.covers {
                        do_now.push(covers.clone());
                    }
                    if let Origin::InferredFromNote { .. } = rules.origin {
                        do_now.push(t!("enrol-guide-choose-inferred", service = s));
                    }
                }
                Known::Unknown if !pi => {
                    do_now.push(t!("enrol-guide-choose-unknown-rules", service = s))
                }
                Known::Unknown => {}
            }
            g(
                t!("enrol-guide-choose-title", service = s),
                do_now,
                t!("enrol-guide-choose-fails"),
            )
        }
        Step::EnterPhone => g(
            t!("enrol-guide-phone-title"),
            vec![
                t!("enrol-guide-phone-type"),
                if pi {
                    t!("enrol-guide-phone-server-texts")
                } else {
                    t!("enrol-guide-phone-on-site", service = s, method = &method)
                },
            ],
            t!("enrol-guide-phone-fails"),
        ),
        Step::EnterPhoneCode => {
            let to = e
                .phone
                .as_ref()
                .map(|p| p.international.clone())
                .unwrap_or_else(|| t!("enrol-guide-code-your-phone"));
            g(
                t!("enrol-guide-code-title"),
                if pi {
                    vec![t!("enrol-guide-code-sent", to = &to)]
                } else {
                    vec![
                        t!("enrol-guide-code-site-sends", service = s, to = &to),
                        t!("enrol-guide-tell-how-refused"),
                    ]
                },
                t!("enrol-guide-code-fails"),
            )
        }
        Step::AddAuthenticator => g(
            t!("enrol-guide-add-title"),
            vec![
                t!("enrol-guide-add-choose", service = s),
                t!("enrol-guide-add-scan"),
            ],
            t!("enrol-guide-add-fails"),
        ),
        Step::ConfirmAuthenticator => g(
            t!("enrol-guide-confirm-title"),
            if pi {
                vec![t!("enrol-guide-confirm-server")]
            } else {
                vec![
                    t!("enrol-guide-confirm-type", service = s),
                    t!("enrol-guide-tell-worked"),
                ]
            },
            t!("enrol-guide-confirm-fails"),
        ),
        Step::OnWebsite if e.method == Some(Method::Passkey) => {
            let mut do_now = vec![
                t!("enrol-guide-passkey-create", service = s),
                t!("enrol-guide-tell-how"),
            ];
            if let Some(notes) = e.passkey_notes.as_deref() {
                do_now.insert(
                    1,
                    t!("enrol-guide-service-says", service = s, notes = notes),
                );
            }
            g(
                t!("enrol-guide-passkey-title", service = s),
                do_now,
                t!("enrol-guide-passkey-fails"),
            )
        }
        Step::OnWebsite => g(
            t!("enrol-guide-site-title", method = &method, service = s),
            vec![
                t!("enrol-guide-site-follow", service = s),
                t!("enrol-guide-tell-how"),
            ],
            t!("enrol-guide-site-fails"),
        ),
        Step::TestSignIn if pi => g(
            t!("enrol-guide-test-title"),
            vec![t!("enrol-guide-test-server")],
            t!("enrol-guide-test-server-fails"),
        ),
        Step::TestSignIn => g(
            t!("enrol-guide-test-title"),
            vec![
                t!("enrol-guide-test-sign-out", service = s, method = &method),
                t!("enrol-guide-test-tell"),
            ],
            t!("enrol-guide-test-fails"),
        ),
        Step::BackupCodes => g(
            t!("enrol-guide-backup-title"),
            if pi {
                vec![t!("enrol-guide-backup-server")]
            } else {
                vec![
                    t!("enrol-guide-backup-offers", service = s),
                    t!("enrol-guide-backup-paste"),
                ]
            },
            t!("enrol-guide-backup-fails"),
        ),
        Step::Summary => {
            let on: Vec<String> = e
                .enrolled
                .iter()
                .map(|m| {
                    t!(
                        "enrol-guide-summary-item",
                        method = m.method.label(),
                        detail = &m.detail
                    )
                })
                .collect();
            let mut do_now = vec![if on.is_empty() {
                t!("enrol-guide-summary-nothing")
            } else {
                t!(
                    "enrol-guide-summary-on",
                    service = s,
                    methods = on.join("; ")
                )
            }];
            if let Some(n) = e.backup_codes_saved.filter(|n| *n > 0) {
                do_now.push(t!("enrol-guide-summary-codes", n = n));
            }
            if e.otp_account_id.is_some() {
                do_now.push(t!("enrol-guide-summary-export"));
            }
            g(
                t!("enrol-guide-summary-title"),
                do_now,
                t!("enrol-guide-summary-fails"),
            )
        }
    }
}
