//! Rules read from a 2fa.directory entry's note, for services without a curated entry. Only a
//! handful of phrasings the directory's editors use are read; anything else is left alone (the
//! wizard then says it does not know the rules). Each result quotes the note it came from.

use super::{BackupRule, Origin, PhoneRules, Prerequisite, ServiceRules, Source};
use crate::directory::{Method, Service};
use crate::t;

const PHONE_FIRST: &[&str] = &[
    "sms or phone call required to enable",
    "setup requires sms verification",
    "sms-capable phone required for initial setup",
    "mobile phone number is required to set up",
    "sms must be enabled first",
    "sms 2fa must be enabled before",
    "you will need to verify email or phone in order to activate",
];
const PHONE_BACKUP: &[&str] = &[
    "requires setting up sms 2fa as a fallback",
    "requires enabling sms or phone call as a back-up",
    "sms is required as a backup method",
];
const ONLY_NORTH_AMERICA: &[&str] = &[
    "only available for us and canada phone numbers",
    "only available for us or canada phone numbers",
    "only available for country code +1",
];
const ONLY_US: &[&str] = &["only available for customers with a u.s. based phone number"];

fn any(note: &str, phrases: &[&str]) -> bool {
    phrases.iter().any(|p| note.contains(p))
}

/// The rules a directory entry's note states, or `None` when it states none Steward reads.
pub fn from_entry(s: &Service) -> Option<ServiceRules> {
    let note_text = s.notes.as_deref()?.trim();
    let note = note_text.to_lowercase();
    let phones: Vec<Method> = s
        .methods
        .iter()
        .copied()
        .filter(|m| matches!(m, Method::Sms | Method::Call))
        .collect();
    let mut rules = ServiceRules {
        service: s.name.clone(),
        domains: std::iter::once(s.domain.clone())
            .chain(s.additional_domains.iter().cloned())
            .collect(),
        first_methods: Vec::new(),
        prerequisites: Vec::new(),
        backup_required: None,
        covers: None,
        refusals: Vec::new(),
        support: None,
        phone: PhoneRules::default(),
        sources: s
            .documentation
            .iter()
            .filter(|d| d.starts_with("https://"))
            .map(|d| Source {
                url: d.clone(),
                title: t!("enrol-rule-inferred-source-title", service = &s.name),
                checked: None,
            })
            .collect(),
        origin: Origin::InferredFromNote {
            note: note_text.to_string(),
        },
        names: Vec::new(),
        identity_checks: None,
    };
    let mut found = false;
    if any(&note, PHONE_FIRST) && !phones.is_empty() {
        found = true;
        rules.first_methods = phones.clone();
        for m in s.methods.iter().filter(|m| !phones.contains(m)) {
            rules.prerequisites.push(Prerequisite {
                method: *m,
                needs_one_of: phones.clone(),
                why: t!("enrol-rule-inferred-phone-first", service = &s.name),
            });
        }
    }
    if any(&note, PHONE_BACKUP) && !phones.is_empty() {
        found = true;
        rules.backup_required = Some(BackupRule {
            any_of: phones.clone(),
            why: t!("enrol-rule-inferred-phone-backup", service = &s.name),
        });
    }
    if note.contains("totp must be enabled to use a hardware token") && s.supports(Method::Totp) {
        found = true;
        for m in [Method::CustomHardware, Method::SecurityKey] {
            if s.supports(m) {
                rules.prerequisites.push(Prerequisite {
                    method: m,
                    needs_one_of: vec![Method::Totp],
                    why: t!(
                        "enrol-rule-inferred-totp-before-hardware",
                        service = &s.name
                    ),
                });
            }
        }
    }
    if note.contains("backup 2fa method is needed to setup security key")
        && s.supports(Method::SecurityKey)
    {
        found = true;
        rules.prerequisites.push(Prerequisite {
            method: Method::SecurityKey,
            needs_one_of: s
                .methods
                .iter()
                .copied()
                .filter(|m| *m != Method::SecurityKey)
                .collect(),
            why: t!("enrol-rule-inferred-other-before-key", service = &s.name),
        });
    }
    if note.contains("sms requires totp to be set up") && s.supports(Method::Totp) {
        found = true;
        for m in phones.iter() {
            rules.prerequisites.push(Prerequisite {
                method: *m,
                needs_one_of: vec![Method::Totp],
                why: t!("enrol-rule-inferred-totp-before-sms", service = &s.name),
            });
        }
    }
    if any(&note, ONLY_NORTH_AMERICA) {
        found = true;
        rules.phone.regions_only = vec!["US".into(), "CA".into()];
    } else if any(&note, ONLY_US) {
        found = true;
        rules.phone.regions_only = vec!["US".into()];
    }
    if let Some(sentence) = note_text
        .split_inclusive('.')
        .find(|x| x.to_lowercase().contains("activates 2fa on other"))
    {
        found = true;
        rules.covers = Some(sentence.trim().to_string());
    }
    rules.prerequisites.retain(|p| !p.needs_one_of.is_empty());
    found.then_some(rules)
}
