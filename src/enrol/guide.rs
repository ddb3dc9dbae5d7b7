//! What each wizard step tells the customer: what to do now, and what to do if it fails.
//! The same words in the window and in `steward enrol status`.

use super::model::{Enrolment, ProviderInfo, Status, Step, StepGuide};
use super::rules::{Known, Origin};
use crate::directory::Method;

pub fn guide(e: &Enrolment) -> StepGuide {
    let pi = matches!(e.provider, ProviderInfo::PrivacyIdea { .. });
    let s = &e.service;
    let method = e.method.map(|m| m.label()).unwrap_or("the method");
    let g = |title: String, do_now: Vec<String>, if_it_fails: &str| StepGuide {
        title,
        do_now,
        if_it_fails: if_it_fails.to_string(),
    };
    if e.status == Status::Abandoned {
        return g(
            format!("Stopped setting up two-step verification at {s}"),
            vec!["Start again whenever you are ready; what was tried is kept in the case.".into()],
            "Use \"I'm stuck\" to send support everything that was tried.",
        );
    }
    match e.step {
        Step::ChooseMethod => {
            let mut do_now = vec![format!(
                "Pick how {s} should check it is you. The strongest methods are listed first."
            )];
            if e.methods.contains(&Method::Sms) {
                do_now.push(
                    "Text-message codes are the weakest choice (NIST SP 800-63B): a number can be moved to another SIM. Prefer an authenticator app when it is offered."
                        .into(),
                );
            }
            if let Some(notes) = &e.notes {
                do_now.push(format!("{s} says: {notes}"));
            }
            match &e.rules {
                Known::Rules { rules } => {
                    if let Some(covers) = &rules.covers {
                        do_now.push(covers.clone());
                    }
                    if let Origin::InferredFromNote { .. } = rules.origin {
                        do_now.push(format!(
                            "What Steward knows of {s}'s rules is read from the 2FA directory's note, not checked by hand."
                        ));
                    }
                }
                Known::Unknown if !pi => do_now.push(format!(
                    "Steward doesn't know {s}'s own rules (for example, which method must come first): if the website asks for another method first, do that one and tell Steward."
                )),
                Known::Unknown => {}
            }
            g(
                format!("Turn on two-step verification at {s}"),
                do_now,
                "If a method is refused, Steward records the message and recommends the next best one.",
            )
        }
        Step::EnterPhone => g(
            "Your phone number".into(),
            vec![
                "Type your mobile number the way you would give it to the service; Steward checks it and shows it with its country code.".into(),
                if pi {
                    "Steward then asks the server to text you a code.".into()
                } else {
                    format!("On {s}'s security settings page, choose {method} and type the number exactly as Steward shows it (with the + and country code).")
                },
            ],
            "If the service refuses the number, paste its exact message: Steward explains it and stops you from retrying blindly.",
        ),
        Step::EnterPhoneCode => {
            let to = e
                .phone
                .as_ref()
                .map(|p| p.international.clone())
                .unwrap_or_else(|| "your phone".into());
            g(
                "Type the code you received".into(),
                if pi {
                    vec![format!("A code was sent to {to}. Type it here.")]
                } else {
                    vec![
                        format!("{s} sends a code to {to}. Type it on the website."),
                        "Then tell Steward how it went: \"It worked\", or paste the website's message if it refused.".into(),
                    ]
                },
                "No code after two minutes? Ask for a new one (Steward makes you wait a little between requests, so the number is not blocked). A refusal message: paste it exactly.",
            )
        }
        Step::AddAuthenticator => g(
            "Add the service to your authenticator".into(),
            vec![
                format!("On {s}'s security settings page, choose the authenticator app. It shows a QR code."),
                "Scan it with Steward (from the screen, a screenshot or a file), or paste its link (otpauth://…).".into(),
            ],
            "If the website shows only a setup key, add it in the Authenticator with \"Type a key\", then come back.",
        ),
        Step::ConfirmAuthenticator => g(
            "Confirm with a code".into(),
            if pi {
                vec!["Steward sends the server the code its authenticator shows now.".into()]
            } else {
                vec![
                    format!("Type the code Steward shows into {s}'s page."),
                    "Then tell Steward: \"It worked\", or paste the website's message.".into(),
                ]
            },
            "A code refused? Wait for the next one (every 30 seconds) and try once more; if it keeps failing, check the computer's clock in the Authenticator.",
        ),
        Step::OnWebsite if e.method == Some(Method::Passkey) => {
            let mut do_now = vec![
                format!("On {s}'s sign-in and security page, choose to create a passkey. Your phone, computer or password manager makes it and keeps it; Steward never holds it."),
                "Then tell Steward how it went: \"It worked\", or paste the website's message.".into(),
            ];
            if let Some(notes) = e.passkey_notes.as_deref() {
                do_now.insert(1, format!("{s} says: {notes}"));
            }
            g(
                format!("Create a passkey for {s}"),
                do_now,
                "If your device can't make one, use a password manager that supports passkeys, or pick the next method.",
            )
        }
        Step::OnWebsite => g(
            format!("Set up {method} on {s}'s website"),
            vec![
                format!("Steward cannot do this one for you: follow {s}'s instructions."),
                "Then tell Steward how it went: \"It worked\", or paste the website's message.".into(),
            ],
            "If it is refused, paste the exact message; Steward records it and suggests another method.",
        ),
        Step::TestSignIn if pi => g(
            "Check that signing in works".into(),
            vec!["Steward signs in once with a code from the new method, so you know it works before you rely on it.".into()],
            "If the server says to wait, Steward waits; trying earlier makes the wait longer.",
        ),
        Step::TestSignIn => g(
            "Check that signing in works".into(),
            vec![
                format!("Sign out of {s}, then sign in again using {method}, so you know it works before you rely on it."),
                "Then tell Steward: \"It worked\", or paste the website's message. You can skip the test; the receipt then says \"not tested\".".into(),
            ],
            "If signing in fails, paste the exact message: the method may need setting up again.",
        ),
        Step::BackupCodes => g(
            "Keep your backup codes".into(),
            if pi {
                vec!["Steward asks the server for a set of one-time backup codes and keeps them with the authenticator account, encrypted.".into()]
            } else {
                vec![
                    format!("{s} offers backup (recovery) codes for when your phone is lost. Show them on the website."),
                    "Paste them here: Steward keeps them encrypted with the authenticator account.".into(),
                ]
            },
            "No backup codes offered? Skip this step; write down the service's recovery instructions instead.",
        ),
        Step::Summary => {
            let on: Vec<String> = e
                .enrolled
                .iter()
                .map(|m| format!("{} ({})", m.method.label(), m.detail))
                .collect();
            let mut do_now = vec![if on.is_empty() {
                "Nothing was turned on.".into()
            } else {
                format!("On at {s}: {}.", on.join("; "))
            }];
            if let Some(n) = e.backup_codes_saved.filter(|n| *n > 0) {
                do_now.push(format!("{n} backup codes are kept in Steward."));
            }
            if e.otp_account_id.is_some() {
                do_now.push("Make an encrypted backup of the Authenticator (Export) and keep it off this computer.".into());
            }
            g(
                "Two-step verification is on".into(),
                do_now,
                "Lost your phone later? Use a backup code, then the service's recovery page.",
            )
        }
    }
}
