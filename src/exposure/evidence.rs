//! What an alert's evidence suggests an impostor asked for and got: the transcript reader
//! ([`super::read::suggest_disclosures`]) over the text of the alert's attachment (a pasted chat
//! transcript, or an e-mailed transcript's body), or, when the alert names only the contact, over
//! that contact's attachments. One suggestion per detail. Nothing is stored: the customer
//! confirms the list (`CaseStore::set_alert_disclosures`). Both fronts call this: the window's
//! "What did they get?" and `steward case disclosed <alert>`.

use uuid::Uuid;

use super::read::{suggest_disclosures, SuggestedDisclosure};
use crate::cases::{parse_email, AttachmentKind, CaseError, CaseStore};

/// The suggestions for an alert's evidence (none when it has no readable text).
pub fn suggest_for_alert(
    store: &CaseStore,
    alert: Uuid,
) -> Result<Vec<SuggestedDisclosure>, CaseError> {
    let alert = store.alert(alert)?;
    let ids: Vec<Uuid> = match (alert.attachment_id, alert.interaction_id) {
        (Some(id), _) => vec![id],
        (None, Some(contact)) => store
            .attachments(alert.case_id)?
            .into_iter()
            .filter(|a| a.interaction_id == Some(contact))
            .map(|a| a.id)
            .collect(),
        (None, None) => Vec::new(),
    };
    let mut found = Vec::new();
    for id in ids {
        let (attachment, bytes) = store.attachment_bytes(id)?;
        if let Some(text) = evidence_text(attachment.kind, &bytes) {
            found.extend(suggest_disclosures(&text));
        }
    }
    Ok(merge(found))
}

/// The text the reader reads in an attachment: a transcript or a text file as it is, an
/// e-mail's body; pictures and PDFs have none here.
pub fn evidence_text(kind: AttachmentKind, bytes: &[u8]) -> Option<String> {
    match kind {
        AttachmentKind::Email => parse_email(bytes).ok().and_then(|(_, body)| body),
        AttachmentKind::Transcript | AttachmentKind::File => {
            std::str::from_utf8(bytes).ok().map(str::to_string)
        }
        AttachmentKind::Image | AttachmentKind::Pdf => None,
    }
}

/// One suggestion per detail, in the order first found: asked or given if any line says so,
/// the first value found, and the quote of the first line that says it was given (else the first).
pub fn merge(found: Vec<SuggestedDisclosure>) -> Vec<SuggestedDisclosure> {
    let mut out: Vec<SuggestedDisclosure> = Vec::new();
    for s in found {
        match out.iter_mut().find(|o| o.detail == s.detail) {
            None => out.push(s),
            Some(o) => {
                if s.given && !o.given {
                    o.quote = s.quote;
                }
                o.asked |= s.asked;
                o.given |= s.given;
                if o.value.is_none() {
                    o.value = s.value;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exposure::Detail;

    fn s(
        detail: Detail,
        asked: bool,
        given: bool,
        value: Option<&str>,
        quote: &str,
    ) -> SuggestedDisclosure {
        SuggestedDisclosure {
            detail,
            asked,
            given,
            value: value.map(str::to_string),
            quote: quote.to_string(),
        }
    }

    #[test]
    fn one_suggestion_per_detail_keeping_what_any_line_says() {
        let merged = merge(vec![
            s(
                Detail::CardLastFour,
                true,
                false,
                None,
                "asked for the card",
            ),
            s(Detail::Address, false, true, None, "the address is …"),
            s(
                Detail::CardLastFour,
                false,
                true,
                Some("4821"),
                "ends in •••• 4821",
            ),
            s(Detail::CardLastFour, true, true, Some("0000"), "again"),
        ]);
        assert_eq!(merged.len(), 2);
        assert_eq!(merged[0].detail, Detail::CardLastFour);
        assert!(merged[0].asked && merged[0].given);
        assert_eq!(merged[0].value.as_deref(), Some("4821"));
        assert_eq!(merged[0].quote, "ends in •••• 4821");
        assert_eq!(merged[1].detail, Detail::Address);
    }

    #[test]
    fn pictures_have_no_text_and_bad_bytes_are_not_read() {
        assert_eq!(evidence_text(AttachmentKind::Image, b"text"), None);
        assert_eq!(evidence_text(AttachmentKind::Pdf, b"%PDF"), None);
        assert_eq!(
            evidence_text(AttachmentKind::Transcript, &[0xff, 0xfe]),
            None
        );
        assert_eq!(
            evidence_text(AttachmentKind::Transcript, b"Agent: hello").as_deref(),
            Some("Agent: hello")
        );
        assert_eq!(evidence_text(AttachmentKind::Email, b"not an e-mail"), None);
    }
}
