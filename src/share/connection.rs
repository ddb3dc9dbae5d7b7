//! The helpdesk a profile sends its cases to, saved in the profile so `steward share send` and
//! the window agree: which kind ([`HelpdeskKind`]), its address, and the settings that kind needs
//! ([`super::helpdesk::Spec::fields`]: RT's queue and the customer's e-mail there, the ticket's
//! requestor).
//!
//! The token is a secret and is kept like the profile's signing key (`key.rs`): for a profile
//! unlocked from the OS keyring, in the keyring (`helpdesk-token/<profile id>`); for a passphrase
//! profile (no usable keyring), in the encrypted profile database (SQLCipher). It is never
//! written in the clear, never logged, and never shown back: front ends get it masked
//! ([`mask`]). [`HelpdeskConnection::check`] makes one harmless authenticated request to say
//! whether the settings work.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroizing;

use super::error::ShareError;
use super::helpdesk::{Field, Helpdesk, Settings};
pub use super::helpdesk::{HelpdeskCheck, HelpdeskKind};
use crate::profile::{Profile, ProfileState};

/// Where the token is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "HelpdeskTokenHome")]
pub enum TokenHome {
    /// The OS keyring (profiles unlocked from the keyring).
    Keyring,
    /// The encrypted profile database (passphrase profiles).
    Database,
}

/// The saved settings as front ends show them: the token only masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HelpdeskSettings")]
pub struct HelpdeskView {
    pub kind: HelpdeskKind,
    /// The helpdesk's address (for RT without `/REST/2.0`).
    pub address: String,
    /// Where tickets go: RT's queue (empty for a helpdesk without one, e.g. Zendesk).
    pub queue: String,
    /// The customer's e-mail address in RT (empty for the others).
    pub requestor: String,
    /// The token masked ("••••1a2b"), or `None` when none is saved.
    pub token: Option<String>,
    pub token_home: TokenHome,
}

/// What the customer gives to save or test. `token: None` (or empty) keeps the saved one.
/// Its `Debug` masks the token (a failed assertion or a log line never shows it).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export, rename = "HelpdeskInput")]
pub struct HelpdeskInput {
    pub kind: HelpdeskKind,
    pub address: String,
    #[serde(default)]
    pub queue: String,
    #[serde(default)]
    pub requestor: String,
    #[serde(default)]
    pub token: Option<String>,
}

impl std::fmt::Debug for HelpdeskInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HelpdeskInput")
            .field("kind", &self.kind)
            .field("address", &self.address)
            .field("queue", &self.queue)
            .field("requestor", &self.requestor)
            .field("token", &self.token.as_deref().map(mask))
            .finish()
    }
}

/// A helpdesk with its token, ready to test or send to. Never serialised.
pub struct HelpdeskConnection {
    pub kind: HelpdeskKind,
    pub address: String,
    settings: Settings,
    desk: Box<dyn Helpdesk>,
}

impl std::fmt::Debug for HelpdeskConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HelpdeskConnection")
            .field("kind", &self.kind)
            .field("address", &self.address)
            .finish_non_exhaustive()
    }
}

/// A token as it may be shown: its last four characters for a long one, nothing of a short one.
pub fn mask(token: &str) -> String {
    let chars: Vec<char> = token.trim().chars().collect();
    if chars.len() >= 16 {
        let tail: String = chars[chars.len() - 4..].iter().collect();
        format!("••••{tail}")
    } else {
        "••••".into()
    }
}

/// The address as saved: trimmed, no trailing `/`, without the API's path (RT's `/REST/2.0`,
/// added when speaking to it); https only, except on this computer; no login inside.
pub fn normalise_address(kind: HelpdeskKind, address: &str) -> Result<String, ShareError> {
    let mut a = address.trim().trim_end_matches('/').to_string();
    if a.is_empty() {
        return Err(ShareError::HelpdeskSettingMissing("address"));
    }
    if let Some(suffix) = kind.spec().api_suffix {
        if a.to_ascii_lowercase()
            .ends_with(&suffix.to_ascii_lowercase())
        {
            a.truncate(a.len() - suffix.len());
        }
    }
    crate::net::secure_url(&a)
        .map(|u| u.as_str().trim_end_matches('/').to_string())
        .map_err(|r| ShareError::HelpdeskAddress {
            address: address.trim().to_string(),
            detail: r.says(),
        })
}

fn db(e: rusqlite::Error) -> ShareError {
    ShareError::Internal(e.to_string())
}

fn token_store(e: impl std::fmt::Display) -> ShareError {
    ShareError::HelpdeskTokenStore(e.to_string())
}

/// The table is created here rather than by a numbered migration so this module owns its
/// storage alone (as `key.rs` does). `token` is only used by passphrase profiles.
fn ensure_table(conn: &Connection) -> Result<(), ShareError> {
    conn.execute(
        "CREATE TABLE IF NOT EXISTS share_helpdesk (
             id INTEGER PRIMARY KEY CHECK (id = 1),
             kind TEXT NOT NULL,
             address TEXT NOT NULL,
             queue TEXT NOT NULL,
             requestor TEXT NOT NULL,
             token TEXT,
             updated_at TEXT NOT NULL
         )",
        [],
    )
    .map_err(db)?;
    Ok(())
}

/// The profile's helpdesk settings and where its token lives.
pub struct HelpdeskSettings<'p> {
    profile: &'p Profile,
}

struct Row {
    kind: HelpdeskKind,
    address: String,
    queue: String,
    requestor: String,
    db_token: Option<Zeroizing<String>>,
}

impl<'p> HelpdeskSettings<'p> {
    pub fn new(profile: &'p Profile) -> Self {
        HelpdeskSettings { profile }
    }

    fn conn(&self) -> &'p Connection {
        self.profile.db().conn()
    }

    /// Keyring profiles keep the token in the keyring, passphrase profiles in the database.
    pub fn token_home(&self) -> TokenHome {
        if self.profile.status().state == ProfileState::Keyring {
            TokenHome::Keyring
        } else {
            TokenHome::Database
        }
    }

    fn entry(&self) -> String {
        format!("helpdesk-token/{}", self.profile.id())
    }

    fn row(&self) -> Result<Option<Row>, ShareError> {
        ensure_table(self.conn())?;
        self.conn()
            .query_row(
                "SELECT kind, address, queue, requestor, token FROM share_helpdesk WHERE id = 1",
                [],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, Option<String>>(4)?,
                    ))
                },
            )
            .optional()
            .map_err(db)?
            .map(|(kind, address, queue, requestor, token)| {
                Ok(Row {
                    kind: HelpdeskKind::parse(&kind)
                        .ok_or_else(|| ShareError::Internal(format!("unknown helpdesk {kind}")))?,
                    address,
                    queue,
                    requestor,
                    db_token: token.map(Zeroizing::new),
                })
            })
            .transpose()
    }

    /// The saved token, from wherever this profile keeps it.
    fn token(&self, row: &Row) -> Result<Option<Zeroizing<String>>, ShareError> {
        match self.token_home() {
            TokenHome::Database => Ok(row.db_token.clone()),
            TokenHome::Keyring => match self.profile.keyring().get(&self.entry()) {
                Ok(bytes) => Ok(Some(Zeroizing::new(
                    String::from_utf8_lossy(&bytes).into_owned(),
                ))),
                Err(crate::vault::VaultError::NoEntry { .. }) => Ok(None),
                Err(e) => Err(token_store(e)),
            },
        }
    }

    /// The saved settings, the token masked; `None` when none are saved.
    pub fn view(&self) -> Result<Option<HelpdeskView>, ShareError> {
        let Some(row) = self.row()? else {
            return Ok(None);
        };
        let token = self.token(&row)?.map(|t| mask(&t));
        Ok(Some(HelpdeskView {
            kind: row.kind,
            address: row.address,
            queue: row.queue,
            requestor: row.requestor,
            token,
            token_home: self.token_home(),
        }))
    }

    /// Checks `input` (a token left out: the saved one) and gives the connection it describes,
    /// without saving anything: what "Test connection" tries before the customer saves.
    pub fn draft(&self, input: &HelpdeskInput) -> Result<HelpdeskConnection, ShareError> {
        let given = input
            .token
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(|t| Zeroizing::new(t.to_string()));
        let token = match given {
            Some(t) => t,
            None => match self.row()? {
                Some(row) => self
                    .token(&row)?
                    .ok_or(ShareError::HelpdeskSettingMissing("token"))?,
                None => return Err(ShareError::HelpdeskSettingMissing("token")),
            },
        };
        connection(
            input.kind,
            &input.address,
            &input.queue,
            &input.requestor,
            token,
        )
    }

    /// Saves the settings (checked first: nothing is saved when one is wrong) and gives them
    /// back masked. A token left out keeps the saved one.
    pub fn save(
        &self,
        input: &HelpdeskInput,
        now: DateTime<Utc>,
    ) -> Result<HelpdeskView, ShareError> {
        let c = self.draft(input)?;
        ensure_table(self.conn())?;
        let (queue, requestor) = (&c.settings.queue, &c.settings.requestor);
        let token = c.token();
        let db_token = match self.token_home() {
            TokenHome::Keyring => {
                self.profile
                    .keyring()
                    .set(&self.entry(), token.as_bytes())
                    .map_err(token_store)?;
                None
            }
            TokenHome::Database => Some(token.as_str()),
        };
        self.conn()
            .execute(
                "INSERT INTO share_helpdesk (id, kind, address, queue, requestor, token, updated_at)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (id) DO UPDATE SET kind = ?1, address = ?2, queue = ?3,
                     requestor = ?4, token = ?5, updated_at = ?6",
                rusqlite::params![
                    c.kind.as_str(),
                    c.address,
                    queue,
                    requestor,
                    db_token,
                    crate::db::timestamp::to_db(now)
                ],
            )
            .map_err(db)?;
        self.view()?
            .ok_or_else(|| ShareError::Internal("the helpdesk settings were not kept".into()))
    }

    /// The saved helpdesk with its token, to test or send to.
    pub fn connection(&self) -> Result<HelpdeskConnection, ShareError> {
        let row = self.row()?.ok_or(ShareError::HelpdeskNotSet)?;
        let token = self
            .token(&row)?
            .ok_or(ShareError::HelpdeskSettingMissing("token"))?;
        connection(row.kind, &row.address, &row.queue, &row.requestor, token)
    }

    /// Removes the settings and the token (keyring entry included). `false`: none were saved.
    pub fn forget(&self) -> Result<bool, ShareError> {
        ensure_table(self.conn())?;
        let removed = self
            .conn()
            .execute("DELETE FROM share_helpdesk WHERE id = 1", [])
            .map_err(db)?;
        if self.token_home() == TokenHome::Keyring {
            self.profile
                .keyring()
                .delete(&self.entry())
                .map_err(token_store)?;
        }
        Ok(removed > 0)
    }
}

/// Moving the token when the profile changes how it is unlocked
/// ([`crate::profile::Profile::change_unlock`]).
impl HelpdeskSettings<'_> {
    /// The saved token from where the profile keeps it now; `None` when none is saved.
    pub(crate) fn token_to_move(&self) -> Result<Option<Zeroizing<String>>, ShareError> {
        match self.row()? {
            Some(row) => self.token(&row),
            None => Ok(None),
        }
    }

    /// Puts `token` where the profile (already under its new protection) keeps it; the
    /// database's copy goes when that is the keyring. Runs inside the caller's transaction.
    pub(crate) fn settle_token(&self, token: &str) -> Result<(), ShareError> {
        let db_token = match self.token_home() {
            TokenHome::Keyring => {
                self.profile
                    .keyring()
                    .set(&self.entry(), token.as_bytes())
                    .map_err(token_store)?;
                None
            }
            TokenHome::Database => Some(token),
        };
        self.conn()
            .execute(
                "UPDATE share_helpdesk SET token = ?1 WHERE id = 1",
                [db_token],
            )
            .map_err(db)?;
        Ok(())
    }
}

/// Deletes the token's keyring entry (after it was settled in the database). Best effort.
pub(crate) fn forget_keyring_token(keyring: &crate::vault::KeyringStore, profile_id: uuid::Uuid) {
    let _ = keyring.delete(&format!("helpdesk-token/{profile_id}"));
}

/// Checks the settings and puts the connection together.
pub fn connection(
    kind: HelpdeskKind,
    address: &str,
    queue: &str,
    requestor: &str,
    token: Zeroizing<String>,
) -> Result<HelpdeskConnection, ShareError> {
    let address = normalise_address(kind, address)?;
    let token = Zeroizing::new(token.trim().to_string());
    if token.is_empty() {
        return Err(ShareError::HelpdeskSettingMissing("token"));
    }
    let spec = kind.spec();
    let mut settings = Settings {
        address: address.clone(),
        queue: String::new(),
        requestor: String::new(),
        token,
    };
    for field in spec.fields {
        let (given, slot) = match field {
            Field::Queue | Field::Project => (queue, &mut settings.queue),
            Field::Requestor => (requestor, &mut settings.requestor),
        };
        let given = given.trim();
        if given.is_empty() {
            return Err(ShareError::HelpdeskSettingMissing(field.name()));
        }
        *slot = given.to_string();
    }
    let desk = (spec.open)(&settings);
    Ok(HelpdeskConnection {
        kind,
        address,
        settings,
        desk,
    })
}

impl HelpdeskConnection {
    /// Where to send a case.
    pub fn helpdesk(&self) -> &dyn Helpdesk {
        &*self.desk
    }

    fn token(&self) -> Zeroizing<String> {
        self.settings.token.clone()
    }

    /// One harmless authenticated request or two ([`Helpdesk::check`]): RT's `GET
    /// /REST/2.0/rt` and its queue, Zendesk's `GET /api/v2/users/me.json`, … Nothing is created
    /// or changed.
    pub fn check(&self) -> Result<HelpdeskCheck, ShareError> {
        self.desk.check()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::UserFacing;

    #[test]
    fn tokens_are_never_shown_back_in_full() {
        let t = "1-27-326dfa0b8ac74f68f9f14d3fa92fece7";
        let m = mask(t);
        assert_eq!(m, "••••ece7");
        assert!(!m.contains("326dfa0b"));
        assert_eq!(mask("short"), "••••");
        assert_eq!(mask(""), "••••");
        // Never more than the last four, whatever the length.
        for n in 0..64 {
            let t: String = "abcdefghij".chars().cycle().take(n).collect();
            let m = mask(&t);
            assert!(m.chars().count() <= 8, "{m}");
            if n >= 4 {
                assert!(n < 16 || t.ends_with(m.trim_start_matches('•')));
            }
        }
    }

    #[test]
    fn addresses_are_kept_as_the_helpdesk_base() {
        let rt = |a| normalise_address(HelpdeskKind::Rt, a);
        assert_eq!(
            rt(" http://127.0.0.1:8080/REST/2.0/ ").unwrap(),
            "http://127.0.0.1:8080"
        );
        assert_eq!(
            rt("https://rt.example.com/").unwrap(),
            "https://rt.example.com"
        );
        assert_eq!(
            normalise_address(HelpdeskKind::Zendesk, "https://x.zendesk.com").unwrap(),
            "https://x.zendesk.com"
        );
        for (bad, code) in [
            ("", "helpdesk_setting_missing"),
            ("rt.example.com", "helpdesk_address_invalid"),
            ("http://rt.example.com", "helpdesk_address_invalid"),
            ("https://me:pw@rt.example.com", "helpdesk_address_invalid"),
        ] {
            assert_eq!(rt(bad).unwrap_err().code(), code, "{bad}");
        }
    }

    fn rt_input(token: Option<&str>) -> HelpdeskInput {
        HelpdeskInput {
            kind: HelpdeskKind::Rt,
            address: "http://127.0.0.1:8080/REST/2.0".into(),
            queue: "General".into(),
            requestor: "me@example.com".into(),
            token: token.map(str::to_string),
        }
    }

    const TOKEN: &str = "1-27-326dfa0b8ac74f68f9f14d3fa92fece7";

    /// Round trip on a passphrase profile: the token goes into the encrypted database, comes
    /// back masked, is kept when the form leaves it out, and is gone after forget.
    #[test]
    fn a_passphrase_profile_keeps_the_token_in_its_encrypted_database() {
        let dir = tempfile::tempdir().unwrap();
        let unlock = crate::profile::Unlock {
            passphrase: Some(Zeroizing::new("correct horse battery".into())),
            no_keyring: true,
        };
        let profile = Profile::open(dir.path(), &unlock).unwrap();
        let h = HelpdeskSettings::new(&profile);
        assert_eq!(h.view().unwrap(), None);
        assert_eq!(h.connection().unwrap_err().code(), "helpdesk_not_set");
        // Nothing is saved when a setting is wrong.
        let mut bad = rt_input(Some(TOKEN));
        bad.requestor = " ".into();
        assert_eq!(
            h.save(&bad, Utc::now()).unwrap_err().code(),
            "helpdesk_setting_missing"
        );
        assert_eq!(
            h.save(&rt_input(None), Utc::now()).unwrap_err().code(),
            "helpdesk_setting_missing"
        );
        assert_eq!(h.view().unwrap(), None);

        let v = h.save(&rt_input(Some(TOKEN)), Utc::now()).unwrap();
        assert_eq!(v.address, "http://127.0.0.1:8080");
        assert_eq!(v.token.as_deref(), Some("••••ece7"));
        assert_eq!(v.token_home, TokenHome::Database);
        assert!(!serde_json::to_string(&v).unwrap().contains(TOKEN));
        let stored: String = profile
            .db()
            .conn()
            .query_row("SELECT token FROM share_helpdesk", [], |r| r.get(0))
            .unwrap();
        assert_eq!(stored, TOKEN);

        // A change without a token keeps the saved one; the connection carries it.
        let mut again = rt_input(None);
        again.queue = "Support".into();
        assert_eq!(h.save(&again, Utc::now()).unwrap().queue, "Support");
        let c = h.connection().unwrap();
        assert_eq!(c.token().as_str(), TOKEN);
        assert!(!format!("{c:?}").contains(TOKEN));
        assert!(!format!("{:?}", rt_input(Some(TOKEN))).contains(TOKEN));
        assert_eq!(c.helpdesk().kind(), HelpdeskKind::Rt);
        assert_eq!(c.settings.queue, "Support");
        assert_eq!(c.helpdesk().reference("3"), "RT#3");
        drop(profile);
        // Reopened: still there (the CLI and the window share it).
        let profile = Profile::open(dir.path(), &unlock).unwrap();
        let h = HelpdeskSettings::new(&profile);
        assert_eq!(h.view().unwrap().unwrap().queue, "Support");
        assert!(h.forget().unwrap());
        assert!(!h.forget().unwrap());
        assert_eq!(h.view().unwrap(), None);
    }

    /// The first thing done on a fresh profile may be a save (the table is made then too).
    #[test]
    fn saving_first_on_a_fresh_profile_works() {
        let dir = tempfile::tempdir().unwrap();
        let unlock = crate::profile::Unlock {
            passphrase: Some(Zeroizing::new("correct horse battery".into())),
            no_keyring: true,
        };
        let profile = Profile::open(dir.path(), &unlock).unwrap();
        let h = HelpdeskSettings::new(&profile);
        let v = h.save(&rt_input(Some(TOKEN)), Utc::now()).unwrap();
        assert_eq!(v.token.as_deref(), Some("••••ece7"));
        let profile = Profile::open(dir.path(), &unlock).unwrap();
        assert!(HelpdeskSettings::new(&profile).forget().unwrap());
    }

    /// A keyring profile keeps the token in the OS keyring (`helpdesk-token/<id>`), never in the
    /// database. Skipped without a Secret Service unless STEWARD_TEST_KEYRING=required.
    #[test]
    fn a_keyring_profile_keeps_the_token_in_the_keyring() {
        let keyring = crate::vault::KeyringStore::system();
        if !keyring.is_available() {
            if std::env::var("STEWARD_TEST_KEYRING").as_deref() == Ok("required") {
                panic!("STEWARD_TEST_KEYRING=required but no Secret Service answers");
            }
            eprintln!("SKIPPED: no Secret Service here");
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let profile = Profile::open(dir.path(), &crate::profile::Unlock::default()).unwrap();
        let h = HelpdeskSettings::new(&profile);
        assert_eq!(h.token_home(), TokenHome::Keyring);
        let v = h.save(&rt_input(Some(TOKEN)), Utc::now()).unwrap();
        assert_eq!(v.token_home, TokenHome::Keyring);
        assert_eq!(v.token.as_deref(), Some("••••ece7"));
        let entry = format!("helpdesk-token/{}", profile.id());
        assert_eq!(keyring.get(&entry).unwrap().as_slice(), TOKEN.as_bytes());
        let in_db: Option<String> = profile
            .db()
            .conn()
            .query_row("SELECT token FROM share_helpdesk", [], |r| r.get(0))
            .unwrap();
        assert_eq!(
            in_db, None,
            "a keyring profile put its token in the database"
        );
        assert_eq!(h.connection().unwrap().token().as_str(), TOKEN);
        assert!(h.forget().unwrap());
        assert!(matches!(
            keyring.get(&entry),
            Err(crate::vault::VaultError::NoEntry { .. })
        ));
    }

    /// Nothing listens on port 9 of this computer: "unreachable", in plain words.
    #[test]
    fn an_address_where_nothing_answers_is_unreachable() {
        let c = connection(
            HelpdeskKind::Rt,
            "http://127.0.0.1:9",
            "General",
            "me@example.com",
            Zeroizing::new(TOKEN.into()),
        )
        .unwrap();
        let err = c.check().unwrap_err();
        assert_eq!(err.code(), "helpdesk_unreachable", "{err}");
        assert!(err.to_string().contains("http://127.0.0.1:9"), "{err}");
        assert!(!err.to_string().contains(TOKEN));
    }
}
