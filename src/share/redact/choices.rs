//! From what the customer asks of redaction to a [`Redactor`]: the one constructor front ends
//! use, which refuses names that are no kind and kinds that are always masked.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::kind::RedactKind;
use super::redactor::Redactor;

/// What the customer asks of redaction, as a front end collects it: the CLI's `--no-redact`,
/// `--address`, `--mask` and `--region`, or the share window's options (the same JSON as
/// `RedactOptions`). [`Redactor::from_choices`] checks it and makes the redactor.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct RedactChoices {
    /// Kinds to send in the clear, by name as [`RedactKind::parse`] reads them (`phone`,
    /// `e-mail`, `cards`, `reset_link`, …).
    #[serde(default)]
    pub unmask: Vec<String>,
    /// Postal addresses the customer marked as theirs.
    #[serde(default)]
    pub addresses: Vec<String>,
    /// Any other text the customer marked private.
    #[serde(default)]
    pub private: Vec<String>,
    /// The customer's phone region (ISO 3166 code, e.g. `VN`).
    #[serde(default)]
    pub region: Option<String>,
}

/// Why [`Redactor::from_choices`] refused what the customer asked (a `ShareError` via `?`:
/// `unknown_redaction_field`, `never_unmasked`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefusedChoice {
    /// No kind has this name.
    UnknownKind(String),
    /// This kind is [always masked](RedactKind::always_masked).
    AlwaysMasked(RedactKind),
}

impl Redactor {
    /// The one way to make a redactor from what the customer asked: each kind to send in the
    /// clear must be a kind ([`RefusedChoice::UnknownKind`]) that may be unmasked
    /// ([`RefusedChoice::AlwaysMasked`] for backup codes, one-time codes and text marked
    /// private).
    pub fn from_choices(choices: RedactChoices) -> Result<Self, RefusedChoice> {
        let RedactChoices {
            unmask: names,
            addresses,
            private,
            region,
        } = choices;
        let mut unmask = BTreeSet::new();
        for name in names {
            let kind = RedactKind::parse(&name).ok_or(RefusedChoice::UnknownKind(name))?;
            if kind.always_masked() {
                return Err(RefusedChoice::AlwaysMasked(kind));
            }
            unmask.insert(kind);
        }
        Ok(Redactor {
            unmask,
            addresses,
            private,
            region,
            known: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_are_checked_in_one_place() {
        let choices = |unmask: &[&str]| RedactChoices {
            unmask: unmask.iter().map(|s| s.to_string()).collect(),
            addresses: vec!["12 Nguyen Hue".into()],
            ..Default::default()
        };
        let r = Redactor::from_choices(choices(&["phone", "E-mail", "cards"])).unwrap();
        assert_eq!(
            r.unmask.iter().copied().collect::<Vec<_>>(),
            vec![RedactKind::Card, RedactKind::Phone, RedactKind::Email]
        );
        assert_eq!(r.addresses, vec!["12 Nguyen Hue".to_string()]);
        assert_eq!(
            Redactor::from_choices(choices(&["phone", "shoe-size"])),
            Err(RefusedChoice::UnknownKind("shoe-size".into()))
        );
        for kind in RedactKind::ALL.into_iter().filter(|k| k.always_masked()) {
            assert_eq!(
                Redactor::from_choices(choices(&[kind.as_str()])),
                Err(RefusedChoice::AlwaysMasked(kind))
            );
        }
        // Every kind by its own name (as the hint lists them), and by the CLI's spellings.
        for kind in RedactKind::unmask_choices() {
            let r = Redactor::from_choices(choices(&[kind.as_str()])).unwrap();
            assert!(!r.masks(kind), "{kind:?}");
        }
        for (name, kind) in [
            ("addresses", RedactKind::Address),
            ("Postal address", RedactKind::Address),
            ("backup-codes", RedactKind::BackupCode),
            ("e-mails", RedactKind::Email),
            ("phones", RedactKind::Phone),
            ("ID numbers", RedactKind::IdNumber),
            ("links", RedactKind::ResetLink),
        ] {
            assert_eq!(RedactKind::parse(name), Some(kind), "{name}");
        }
    }
}
