//! Favourites and tags (groups) per account, as Aegis, Ente Auth and 2FAS have them: a star that
//! puts an account first, and short tags ("Work", "Bank") to filter the list by.
//!
//! A tag is trimmed, its inner runs of spaces made one, at most [`MAX_TAG_CHARS`] characters,
//! without control characters, and unique per account without case; an account has at most
//! [`MAX_TAGS_PER_ACCOUNT`]. A tag another account already has keeps that account's spelling
//! ("work" added where "Work" exists becomes "Work"), so the filter shows one chip per tag.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::accounts::OtpStore;
use super::dto::{OtpEntry, OtpFilter, OtpTagCount};
use super::error::StoreError;
use super::rows;
use crate::otp::model::OtpAccount;

/// At most this many characters per tag.
pub const MAX_TAG_CHARS: usize = 32;
/// At most this many tags per account.
pub const MAX_TAGS_PER_ACCOUNT: usize = 20;

/// A tag as it is kept, and its key (lowercase) for uniqueness and filtering: trimmed, inner
/// runs of white space made one space; empty, too long or with control characters is an error.
pub fn normalise_tag(tag: &str) -> Result<(String, String), StoreError> {
    if tag.chars().any(|c| c.is_control() && !c.is_whitespace()) {
        return Err(StoreError::TagControl);
    }
    let shown = tag.split_whitespace().collect::<Vec<_>>().join(" ");
    if shown.is_empty() {
        return Err(StoreError::TagEmpty);
    }
    if shown.chars().count() > MAX_TAG_CHARS {
        return Err(StoreError::TagTooLong {
            tag: shown.chars().take(MAX_TAG_CHARS).collect::<String>() + "…",
            max: MAX_TAG_CHARS,
        });
    }
    let key = shown.to_lowercase();
    Ok((shown, key))
}

impl OtpStore<'_> {
    /// The star and tags an account came with (an Aegis vault's `favorite` and groups), kept on
    /// the row just added: a tag that could not be one here (empty, too long, a repeat, over the
    /// limit) is left out rather than failing the import. Runs inside the caller's transaction.
    pub(super) fn keep_imported_marks(
        &self,
        id: Uuid,
        account: &OtpAccount,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        if account.favourite {
            rows::set_favourite(self.conn, id, true, now)?;
        }
        let mut keys: Vec<String> = Vec::new();
        for tag in &account.tags {
            let Ok((shown, key)) = normalise_tag(tag) else {
                continue;
            };
            if keys.contains(&key) || keys.len() == MAX_TAGS_PER_ACCOUNT {
                continue;
            }
            let spelling = rows::tag_spelling(self.conn, &key)?.unwrap_or(shown);
            rows::insert_tag(self.conn, id, &spelling, &key, now)?;
            keys.push(key);
        }
        Ok(())
    }

    /// Stars (or un-stars) an account.
    pub fn set_favourite(&self, id: Uuid, favourite: bool) -> Result<OtpEntry, StoreError> {
        self.get(id)?;
        rows::set_favourite(self.conn, id, favourite, Utc::now())?;
        self.after_change();
        self.get(id)
    }

    /// Adds tags to an account: all of them, or none when one is not valid, already there
    /// (without case) or over the limit.
    pub fn add_tags(&self, id: Uuid, tags: &[String]) -> Result<OtpEntry, StoreError> {
        let entry = self.get(id)?;
        let mut keys: Vec<String> = entry.tags.iter().map(|t| t.to_lowercase()).collect();
        let mut new = Vec::new();
        for tag in tags {
            let (shown, key) = normalise_tag(tag)?;
            if keys.contains(&key) {
                let existing = entry
                    .tags
                    .iter()
                    .find(|t| t.to_lowercase() == key)
                    .cloned()
                    .unwrap_or(shown);
                return Err(StoreError::TagDuplicate {
                    label: entry.label,
                    tag: existing,
                });
            }
            keys.push(key.clone());
            new.push((shown, key));
        }
        if keys.len() > MAX_TAGS_PER_ACCOUNT {
            return Err(StoreError::TooManyTags {
                label: entry.label,
                max: MAX_TAGS_PER_ACCOUNT,
            });
        }
        let now = Utc::now();
        let tx = self.conn.unchecked_transaction()?;
        for (shown, key) in &new {
            let spelling = rows::tag_spelling(&tx, key)?.unwrap_or_else(|| shown.clone());
            rows::insert_tag(&tx, id, &spelling, key, now)?;
        }
        rows::touch(&tx, id, now)?;
        tx.commit()?;
        self.after_change();
        self.get(id)
    }

    /// Removes tags (without case) from an account: all of them, or none when it lacks one.
    pub fn remove_tags(&self, id: Uuid, tags: &[String]) -> Result<OtpEntry, StoreError> {
        let entry = self.get(id)?;
        let tx = self.conn.unchecked_transaction()?;
        for tag in tags {
            let (shown, key) = normalise_tag(tag)?;
            if !rows::delete_tag(&tx, id, &key)? {
                return Err(StoreError::TagNotFound {
                    label: entry.label,
                    tag: shown,
                });
            }
        }
        rows::touch(&tx, id, Utc::now())?;
        tx.commit()?;
        self.after_change();
        self.get(id)
    }

    /// Every tag in use, by name without case, with how many accounts have it.
    pub fn tags(&self) -> Result<Vec<OtpTagCount>, StoreError> {
        Ok(rows::tag_counts(self.conn)?
            .into_iter()
            .map(|(tag, accounts)| OtpTagCount { tag, accounts })
            .collect())
    }

    /// The accounts with a tag (without case) and/or only the favourites, favourites first.
    /// A tag nobody has lists nothing; a tag that could never be one is an error.
    pub fn list_filtered(&self, filter: &OtpFilter) -> Result<Vec<OtpEntry>, StoreError> {
        let key = match &filter.tag {
            Some(t) => Some(normalise_tag(t)?.1),
            None => None,
        };
        rows::list_where(self.conn, key.as_deref(), filter.favourites)
    }
}
