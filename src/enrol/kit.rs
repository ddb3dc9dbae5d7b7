//! The recovery kit: per account with two-step verification on, how to get back in — what is
//! on, where the second factor lives, how many backup codes are left (the codes themselves
//! only when the customer asks for them), the service's recovery page and its support route.
//! Made from the finished enrolments; rendered to a printable PDF by `share::pdf`.

use chrono::{DateTime, Utc};
use serde::Serialize;
use zeroize::Zeroizing;

use super::model::{Enrolment, Status};
use super::rules::Known;
use super::{EnrolError, Enrolments};
use crate::directory::Method;
use crate::t;

/// One account in the kit.
#[derive(Debug, Clone, Serialize)]
pub struct KitAccount {
    pub service: String,
    /// What is on, strongest first, each with where it lives ("Steward's authenticator on this
    /// computer", "your phone +84 •••• 4321").
    pub methods: Vec<(Method, String)>,
    pub tested: bool,
    pub since: DateTime<Utc>,
    pub backup_codes_left: u32,
    /// Only when asked for (`with_codes`); never in logs.
    #[serde(skip)]
    pub backup_codes: Vec<Zeroizing<String>>,
    pub recovery_page: Option<String>,
    /// "Amazon Customer Service (account security) — https://…".
    pub support: Option<String>,
    /// Other sites the same sign-in covers.
    pub covers: Option<String>,
}

/// The whole kit.
#[derive(Debug, Clone, Serialize)]
pub struct RecoveryKit {
    pub made_at: DateTime<Utc>,
    pub accounts: Vec<KitAccount>,
    pub with_codes: bool,
}

fn where_it_lives(e: &Enrolment, m: Method) -> String {
    match m {
        Method::Totp => t!("enrol-kit-where-totp"),
        Method::Sms | Method::Call => {
            match e.receipt.as_ref().and_then(|r| r.phone_masked.clone()) {
                Some(p) => t!("enrol-kit-where-phone-masked", phone = p),
                None => t!("enrol-kit-where-phone"),
            }
        }
        Method::Passkey => t!("enrol-kit-where-passkey"),
        Method::SecurityKey => t!("enrol-kit-where-security-key"),
        Method::Email => t!("enrol-kit-where-email"),
        Method::CustomSoftware => t!("enrol-kit-where-own-app", service = &e.service),
        Method::CustomHardware => t!("enrol-kit-where-token", service = &e.service),
    }
}

impl Enrolments<'_> {
    /// The kit for every account whose latest finished enrolment has a receipt. Backup codes are
    /// read (decrypted) only when `with_codes`.
    pub fn recovery_kit(
        &self,
        with_codes: bool,
        now: DateTime<Utc>,
    ) -> Result<RecoveryKit, EnrolError> {
        let mut accounts: Vec<KitAccount> = Vec::new();
        for summary in self.list()? {
            if summary.status != Status::Done
                || accounts
                    .iter()
                    .any(|a| a.service.eq_ignore_ascii_case(&summary.service))
            {
                continue; // the list is newest first: the latest finished one wins
            }
            let e = self.get(summary.id)?;
            let Some(receipt) = e.receipt.clone() else {
                continue;
            };
            let (left, codes) = match e.otp_account_id {
                Some(id) => match self.profile().otp().backup_codes(id, with_codes) {
                    Ok(c) => (
                        c.unused,
                        c.codes
                            .into_iter()
                            .filter(|c| c.used_at.is_none())
                            .filter_map(|c| c.code.map(Zeroizing::new))
                            .collect(),
                    ),
                    Err(_) => (0, Vec::new()),
                },
                None => (0, Vec::new()),
            };
            let rules = match &e.rules {
                Known::Rules { rules } => Some(rules),
                Known::Unknown => None,
            };
            accounts.push(KitAccount {
                service: e.service.clone(),
                methods: receipt
                    .methods
                    .iter()
                    .map(|m| (*m, where_it_lives(&e, *m)))
                    .collect(),
                tested: receipt.tested,
                since: receipt.at,
                backup_codes_left: left,
                backup_codes: if with_codes { codes } else { Vec::new() },
                recovery_page: e.recovery.clone().or_else(|| e.documentation.clone()),
                support: rules
                    .and_then(|r| r.support.as_ref())
                    .map(|s| match &s.page {
                        Some(p) => format!("{} — {p}", s.team),
                        None => s.team.clone(),
                    }),
                covers: rules.and_then(|r| r.covers.clone()),
            });
        }
        accounts.sort_by_key(|a| a.service.to_lowercase());
        Ok(RecoveryKit {
            made_at: now,
            accounts,
            with_codes,
        })
    }
}

impl RecoveryKit {
    /// The kit's title, as printed at its top and named in a Save dialog.
    pub fn title() -> String {
        crate::t!("enrol-kit-title")
    }

    /// The kit as titled sections of lines, the same for the PDF and the terminal.
    pub fn sections(&self) -> Vec<(String, Vec<String>)> {
        let mut out = vec![(
            t!("enrol-kit-how-title"),
            vec![
                t!("enrol-kit-how-keep"),
                if self.with_codes {
                    t!("enrol-kit-how-with-codes")
                } else {
                    t!("enrol-kit-how-codes-counted")
                },
                t!("enrol-kit-how-lost"),
            ],
        )];
        if self.accounts.is_empty() {
            out.push((t!("enrol-kit-none-title"), vec![t!("enrol-kit-none")]));
        }
        for a in &self.accounts {
            let mut lines: Vec<String> = a
                .methods
                .iter()
                .map(|(m, at)| t!("enrol-kit-method-line", method = m.label(), place = at))
                .collect();
            let date = a.since.format("%Y-%m-%d").to_string();
            lines.push(if a.tested {
                t!("enrol-kit-since-tested", date = &date)
            } else {
                t!("enrol-kit-since-untested", date = &date)
            });
            lines.push(match a.backup_codes_left {
                0 => t!("enrol-kit-codes-none"),
                n => t!("enrol-kit-codes-left", n = n),
            });
            for (i, c) in a.backup_codes.iter().enumerate() {
                lines.push(format!("  ☐ {}. {}", i + 1, c.as_str()));
            }
            if let Some(c) = &a.covers {
                lines.push(c.clone());
            }
            if let Some(p) = &a.recovery_page {
                lines.push(t!("enrol-kit-recovery-page", page = p));
            }
            if let Some(s) = &a.support {
                lines.push(t!("enrol-kit-support", support = s));
            }
            out.push((a.service.clone(), lines));
        }
        out
    }
}
