//! The saved copies of the directory's two data sets under `<data dir>/directory/`, each kept
//! the same way by one piece of code ([`SavedFile`]):
//!
//! | data set | file | its meta file (`url`, `fetched_at`, `etag`) | address |
//! |---|---|---|---|
//! | 2fa.directory (v3) | `all.v3.json` | `meta.json` | `STEWARD_DIRECTORY_URL` |
//! | Passkeys Directory (v1) | `passkeys.v1.json` | `passkeys.meta.json` | `STEWARD_PASSKEYS_URL` |
//!
//! A copy less than a day old is used as is; an older one is refreshed (asking "has it
//! changed?" with its ETag), and kept if the refresh fails. A download replaces the copy only
//! after it parsed, by writing a temporary file and renaming it over the old one.
//! [`DirectoryCache::load`] merges the two ([`Directory::with_passkeys`]); the Passkeys
//! Directory failing never makes the 2FA directory fail, it shows in
//! [`DirectoryOrigin::passkeys`].
//!
//! Each download is one blocking request with reqwest (rustls + ring, system certificates), run
//! on its own thread so it works from inside an async runtime (the desktop shell) too; the two
//! data sets are fetched side by side.
//!
//! Size: ~640 lines for one rule (fresh copy, else download, else the saved copy, else nothing),
//! applied to two data sets by one generic fetch/save/freshness path.

use std::io::Read;
use std::marker::PhantomData;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use super::model::MAX_JSON_BYTES;
use super::{
    DataSet, Directory, DirectoryError, DirectoryOrigin, PasskeysDirectory, PasskeysOrigin,
};

/// The environment variable that overrides [`DirectoryCache::DEFAULT_URL`].
pub const URL_ENV: &str = "STEWARD_DIRECTORY_URL";
/// The environment variable that overrides [`DirectoryCache::DEFAULT_PASSKEYS_URL`]; `off`
/// turns the Passkeys Directory off.
pub const PASSKEYS_URL_ENV: &str = "STEWARD_PASSKEYS_URL";
/// How long a saved copy is used without asking for a new one.
pub const MAX_AGE: TimeDelta = TimeDelta::hours(24);
pub const FETCH_TIMEOUT: Duration = Duration::from_secs(15);

/// What the shared cache code needs to know about a data set.
trait Data: Sized {
    const SET: DataSet;
    const DATA_FILE: &'static str;
    const META_FILE: &'static str;
    /// Why a download that parsed but holds nothing is refused (a catalogue id).
    const NOTHING: &'static str;
    fn read(bytes: &[u8]) -> Result<Self, DirectoryError>;
    fn holds_nothing(&self) -> bool;
}

impl Data for Directory {
    const SET: DataSet = DataSet::TwoFactor;
    const DATA_FILE: &'static str = "all.v3.json";
    const META_FILE: &'static str = "meta.json";
    const NOTHING: &'static str = "directory-nothing-two-factor";
    fn read(bytes: &[u8]) -> Result<Self, DirectoryError> {
        Directory::parse(bytes)
    }
    fn holds_nothing(&self) -> bool {
        self.is_empty()
    }
}

impl Data for PasskeysDirectory {
    const SET: DataSet = DataSet::Passkeys;
    const DATA_FILE: &'static str = "passkeys.v1.json";
    const META_FILE: &'static str = "passkeys.meta.json";
    const NOTHING: &'static str = "directory-nothing-passkeys";
    fn read(bytes: &[u8]) -> Result<Self, DirectoryError> {
        PasskeysDirectory::parse(bytes)
    }
    fn holds_nothing(&self) -> bool {
        self.is_empty()
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Meta {
    url: String,
    fetched_at: DateTime<Utc>,
    #[serde(default)]
    etag: Option<String>,
}

/// Where one data set's data came from: the fields [`DirectoryOrigin`] and
/// [`PasskeysOrigin`] share.
#[derive(Debug, Clone, Default)]
struct Freshness {
    url: Option<String>,
    fetched_at: Option<DateTime<Utc>>,
    from_cache: bool,
    stale: bool,
    refresh_error: Option<String>,
}

/// A saved copy, read and parsed.
struct Saved<T> {
    data: T,
    meta: Option<Meta>,
}

/// What asking for a data set gave.
enum Update<T> {
    /// Current data: the saved copy (fresh, or confirmed unchanged) or a download, which could
    /// not be saved when `save_error` is set.
    Current {
        data: T,
        origin: Freshness,
        save_error: Option<DirectoryError>,
    },
    /// The download failed; the saved copy, if any, is untouched.
    Failed {
        error: DirectoryError,
        saved: Option<Saved<T>>,
    },
}

enum Download {
    NotModified,
    Body {
        bytes: Vec<u8>,
        etag: Option<String>,
    },
}

/// One data set's saved copy in `<data dir>/directory/`, downloaded from `url`.
struct SavedFile<T> {
    dir: PathBuf,
    url: String,
    data: PhantomData<fn() -> T>,
}

impl<T> Clone for SavedFile<T> {
    fn clone(&self) -> Self {
        SavedFile {
            dir: self.dir.clone(),
            url: self.url.clone(),
            data: PhantomData,
        }
    }
}

impl<T> std::fmt::Debug for SavedFile<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SavedFile")
            .field("dir", &self.dir)
            .field("url", &self.url)
            .finish()
    }
}

impl<T: Data + Clone> SavedFile<T> {
    fn new(dir: &Path, url: &str) -> SavedFile<T> {
        SavedFile {
            dir: dir.to_path_buf(),
            url: url.trim().to_string(),
            data: PhantomData,
        }
    }

    /// The data however it can be had: a fresh saved copy (unless `force`), else a download,
    /// else the saved copy (marked stale when it is over a day old) with the reason, else
    /// `None` with the reason. Never an error: the reason is in the origin.
    fn load(&self, now: DateTime<Utc>, force: bool) -> (Option<T>, Freshness) {
        match self.update(now, force) {
            Update::Current {
                data,
                mut origin,
                save_error,
            } => {
                origin.refresh_error = save_error.map(|e| e.to_string());
                (Some(data), origin)
            }
            Update::Failed {
                error,
                saved: Some(saved),
            } => {
                let origin = Freshness {
                    url: saved.meta.as_ref().map(|m| m.url.clone()),
                    fetched_at: saved.meta.as_ref().map(|m| m.fetched_at),
                    from_cache: true,
                    stale: self.fresh(&saved, now).is_none(),
                    refresh_error: Some(error.to_string()),
                };
                (Some(saved.data), origin)
            }
            Update::Failed { error, saved: None } => (
                None,
                Freshness {
                    url: Some(self.url.clone()),
                    refresh_error: Some(error.to_string()),
                    ..Freshness::default()
                },
            ),
        }
    }

    /// Like [`Self::load`], but a failed download or save is the error.
    fn refresh(&self, now: DateTime<Utc>, force: bool) -> Result<(T, Freshness), DirectoryError> {
        match self.update(now, force) {
            Update::Current {
                save_error: Some(e),
                ..
            } => Err(e),
            Update::Current { data, origin, .. } => Ok((data, origin)),
            Update::Failed { error, .. } => Err(error),
        }
    }

    fn update(&self, now: DateTime<Utc>, force: bool) -> Update<T> {
        let mut saved = self.read_saved();
        if !force {
            if let Some(origin) = saved.as_ref().and_then(|s| self.fresh(s, now)) {
                if let Some(fresh) = saved.take() {
                    return Update::Current {
                        data: fresh.data,
                        origin,
                        save_error: None,
                    };
                }
            }
        }
        match self.fetch(saved.as_ref()) {
            Ok(Download::NotModified) => match saved {
                Some(saved) => self.store(saved.data, None, now, self.etag_of(saved.meta)),
                // 304 without having asked conditionally: the server is confused.
                None => Update::Failed {
                    error: DirectoryError::HttpStatus {
                        data: T::SET,
                        host: self.host(),
                        status: 304,
                    },
                    saved,
                },
            },
            Ok(Download::Body { bytes, etag }) => match T::read(&bytes).and_then(|data| {
                if data.holds_nothing() {
                    Err(DirectoryError::Malformed {
                        data: T::SET,
                        detail: crate::i18n::tr(T::NOTHING, &crate::i18n::Args::new()),
                    })
                } else {
                    Ok(data)
                }
            }) {
                Ok(data) => self.store(data, Some(bytes), now, etag),
                Err(error) => Update::Failed { error, saved },
            },
            Err(error) => Update::Failed { error, saved },
        }
    }

    /// Saves a download (`body`), or only the new `fetched_at` for "not modified".
    fn store(
        &self,
        data: T,
        body: Option<Vec<u8>>,
        now: DateTime<Utc>,
        etag: Option<String>,
    ) -> Update<T> {
        let meta = Meta {
            url: self.url.clone(),
            fetched_at: now,
            etag,
        };
        let save_error = self.save(body.as_deref(), &meta).err();
        Update::Current {
            data,
            origin: Freshness {
                url: Some(meta.url),
                fetched_at: Some(now),
                // "Not modified": the data is the saved copy, confirmed current.
                from_cache: body.is_none(),
                stale: false,
                refresh_error: None,
            },
            save_error,
        }
    }

    /// The ETag of a saved copy that came from this same address.
    fn etag_of(&self, meta: Option<Meta>) -> Option<String> {
        meta.filter(|m| m.url == self.url).and_then(|m| m.etag)
    }

    /// The origin of a saved copy that is fresh enough to use without asking, else `None`.
    fn fresh(&self, saved: &Saved<T>, now: DateTime<Utc>) -> Option<Freshness> {
        let meta = saved.meta.as_ref().filter(|m| m.url == self.url)?;
        let age = now.signed_duration_since(meta.fetched_at);
        // A copy "from the future" (the clock was changed) is not trusted as fresh.
        (age < MAX_AGE && age > -MAX_AGE).then(|| Freshness {
            url: Some(meta.url.clone()),
            fetched_at: Some(meta.fetched_at),
            from_cache: true,
            stale: false,
            refresh_error: None,
        })
    }

    fn read_saved(&self) -> Option<Saved<T>> {
        let bytes = read_capped(&self.dir.join(T::DATA_FILE))?;
        // A damaged copy is as good as none: the next download replaces it.
        let data = T::read(&bytes).ok()?;
        let meta = read_capped(&self.dir.join(T::META_FILE))
            .and_then(|m| serde_json::from_slice::<Meta>(&m).ok());
        Some(Saved { data, meta })
    }

    fn host(&self) -> String {
        reqwest::Url::parse(&self.url)
            .ok()
            .and_then(|u| u.host_str().map(str::to_string))
            .unwrap_or_else(|| crate::t!("directory-the-server"))
    }

    fn fetch(&self, saved: Option<&Saved<T>>) -> Result<Download, DirectoryError> {
        let url = parse_url(&self.url, T::SET)?;
        let host = self.host();
        // Only ask "has it changed?" about a copy that came from this same address.
        let etag = self.etag_of(saved.and_then(|s| s.meta.clone()));
        let download = std::thread::spawn(move || download(url, etag.as_deref(), FETCH_TIMEOUT))
            .join()
            .unwrap_or_else(|_| Err(crate::t!("directory-download-stopped").into()));
        download.map_err(|e| match e {
            DownloadError::Status(status) => DirectoryError::HttpStatus {
                data: T::SET,
                host,
                status,
            },
            DownloadError::TooLarge => DirectoryError::Malformed {
                data: T::SET,
                detail: crate::t!(
                    "directory-download-too-large",
                    data = T::SET.name(),
                    max = MAX_JSON_BYTES
                ),
            },
            DownloadError::Other(detail) => DirectoryError::Unreachable {
                data: T::SET,
                host,
                detail,
            },
        })
    }

    fn save(&self, body: Option<&[u8]>, meta: &Meta) -> Result<(), DirectoryError> {
        let io = |action, path: &Path, e: &dyn std::fmt::Display| DirectoryError::Io {
            data: T::SET,
            action,
            path: path.display().to_string(),
            detail: e.to_string(),
        };
        std::fs::create_dir_all(&self.dir).map_err(|e| io("create", &self.dir, &e))?;
        let write = |name: &str, bytes: &[u8]| {
            let path = self.dir.join(name);
            crate::fs::write_atomic(&path, bytes).map_err(|e| io("write", &path, &e))
        };
        if let Some(body) = body {
            write(T::DATA_FILE, body)?;
        }
        let meta = serde_json::to_vec_pretty(meta)
            .map_err(|e| io("write", &self.dir.join(T::META_FILE), &e))?;
        write(T::META_FILE, &meta)
    }
}

impl Freshness {
    fn into_directory_origin(self, passkeys: PasskeysOrigin) -> DirectoryOrigin {
        DirectoryOrigin {
            url: self.url,
            fetched_at: self.fetched_at,
            from_cache: self.from_cache,
            stale: self.stale,
            refresh_error: self.refresh_error,
            passkeys,
        }
    }

    fn into_passkeys_origin(self, data: Option<&PasskeysDirectory>) -> PasskeysOrigin {
        PasskeysOrigin {
            present: data.is_some(),
            domains: data.map_or(0, PasskeysDirectory::len),
            url: self.url,
            fetched_at: self.fetched_at,
            from_cache: self.from_cache,
            stale: self.stale,
            refresh_error: self.refresh_error,
        }
    }
}

/// The saved copies under `<data dir>/directory/`: 2fa.directory's, and the Passkeys
/// Directory's when an address for it is configured.
#[derive(Debug, Clone)]
pub struct DirectoryCache {
    dir: PathBuf,
    two_factor: SavedFile<Directory>,
    passkeys: Option<SavedFile<PasskeysDirectory>>,
}

impl DirectoryCache {
    pub const DEFAULT_URL: &'static str = "https://api.2fa.directory/v3/all.json";
    /// The Passkeys Directory's API v1 file, as its API page (passkeys.2fa.directory/api)
    /// documents it.
    pub const DEFAULT_PASSKEYS_URL: &'static str = "https://api.passkeys.2fa.directory/v1/all.json";

    /// The cache in `data_dir`. The 2FA directory comes from `STEWARD_DIRECTORY_URL` if set,
    /// else [`Self::DEFAULT_URL`]; the Passkeys Directory from `STEWARD_PASSKEYS_URL` if set
    /// (`off`: not at all), else [`Self::DEFAULT_PASSKEYS_URL`] — unless
    /// `STEWARD_DIRECTORY_URL` is set: whoever points Steward at their own 2FA directory (a
    /// mirror, a test server) decides where it goes, so the passkey data is then fetched only
    /// from an address given in `STEWARD_PASSKEYS_URL`.
    pub fn new(data_dir: &Path) -> DirectoryCache {
        let env = |name| {
            std::env::var(name)
                .ok()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        let url = env(URL_ENV);
        let passkeys = match env(PASSKEYS_URL_ENV) {
            Some(off) if off.eq_ignore_ascii_case("off") => None,
            Some(set) => Some(set),
            None if url.is_some() => None,
            None => Some(Self::DEFAULT_PASSKEYS_URL.to_string()),
        };
        let cache = Self::with_url(data_dir, url.as_deref().unwrap_or(Self::DEFAULT_URL));
        match passkeys {
            Some(p) => cache.with_passkeys_url(&p),
            None => cache,
        }
    }

    /// The 2FA directory from `url`, without passkey data (add it with
    /// [`Self::with_passkeys_url`]).
    pub fn with_url(data_dir: &Path, url: &str) -> DirectoryCache {
        let dir = data_dir.join("directory");
        DirectoryCache {
            two_factor: SavedFile::new(&dir, url),
            passkeys: None,
            dir,
        }
    }

    /// The same cache, with the Passkeys Directory downloaded from `url`.
    pub fn with_passkeys_url(mut self, url: &str) -> DirectoryCache {
        self.passkeys = Some(SavedFile::new(&self.dir, url));
        self
    }

    /// Where the 2FA directory is downloaded from.
    pub fn url(&self) -> &str {
        &self.two_factor.url
    }

    /// Where the Passkeys Directory is downloaded from; `None` when it is not used.
    pub fn passkeys_url(&self) -> Option<&str> {
        self.passkeys.as_ref().map(|p| p.url.as_str())
    }

    /// `<data dir>/directory`.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The saved copies if fresh (< 24 h old); else a refresh; if that fails, the saved copy
    /// marked stale with the reason; with neither, no data with the reason (an empty
    /// directory, or no passkey data). Each data set on its own: being offline, or one of them
    /// failing, is never an error. Passkey support is merged into the services.
    pub fn load(&self, now: DateTime<Utc>) -> Result<Directory, DirectoryError> {
        let (two_factor, passkeys) =
            self.side_by_side(|| self.two_factor.load(now, false), now, false);
        let (directory, origin) = two_factor;
        Ok(merge(
            directory.unwrap_or_else(Directory::empty),
            origin,
            passkeys,
        ))
    }

    /// Downloads now what is older than 24 h, or always when `force`. A copy is replaced
    /// (atomically) only after its download parsed, so a bad download never replaces a good
    /// copy. A failure of the 2FA directory is the error; a failure of the Passkeys Directory
    /// is not: its saved copy (or none) is used and the reason is in
    /// [`DirectoryOrigin::passkeys`].
    pub fn refresh(&self, now: DateTime<Utc>, force: bool) -> Result<Directory, DirectoryError> {
        let (two_factor, passkeys) =
            self.side_by_side(|| self.two_factor.refresh(now, force), now, force);
        let (directory, origin) = two_factor?;
        Ok(merge(directory, origin, passkeys))
    }

    /// Runs `two_factor` here and the Passkeys Directory's load on another thread.
    fn side_by_side<R: Send>(
        &self,
        two_factor: impl FnOnce() -> R,
        now: DateTime<Utc>,
        force: bool,
    ) -> (R, Option<(Option<PasskeysDirectory>, Freshness)>) {
        let Some(passkeys) = &self.passkeys else {
            return (two_factor(), None);
        };
        std::thread::scope(|scope| {
            let other = scope.spawn(|| passkeys.load(now, force));
            let r = two_factor();
            let p = other.join().unwrap_or_else(|_| {
                let origin = Freshness {
                    url: Some(passkeys.url.clone()),
                    refresh_error: Some(crate::t!("directory-passkeys-stopped")),
                    ..Freshness::default()
                };
                (None, origin)
            });
            (r, Some(p))
        })
    }
}

/// The directory with passkey support merged in, and where both came from.
fn merge(
    directory: Directory,
    origin: Freshness,
    passkeys: Option<(Option<PasskeysDirectory>, Freshness)>,
) -> Directory {
    let (directory, passkeys_origin) = match passkeys {
        // No Passkeys Directory configured.
        None => (directory, PasskeysOrigin::default()),
        Some((data, pk_origin)) => {
            let pk_origin = pk_origin.into_passkeys_origin(data.as_ref());
            match data {
                Some(data) => (directory.with_passkeys(&data), pk_origin),
                None => (directory, pk_origin),
            }
        }
    };
    directory.with_origin(origin.into_directory_origin(passkeys_origin))
}

/// Reads a saved file, `None` when missing, unreadable or larger than any data set may be.
fn read_capped(path: &Path) -> Option<Vec<u8>> {
    let file = std::fs::File::open(path).ok()?;
    let mut bytes = Vec::new();
    file.take(MAX_JSON_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .ok()?;
    (bytes.len() <= MAX_JSON_BYTES).then_some(bytes)
}

/// The address to download from: https, or plain http on this computer only (tests).
fn parse_url(url: &str, data: DataSet) -> Result<reqwest::Url, DirectoryError> {
    let bad = || DirectoryError::BadUrl {
        data,
        url: url.chars().take(120).collect(),
    };
    let parsed = reqwest::Url::parse(url).map_err(|_| bad())?;
    let host = parsed.host_str().ok_or_else(bad)?;
    match parsed.scheme() {
        "https" => Ok(parsed),
        "http" if crate::net::is_loopback(host) => Ok(parsed),
        _ => Err(bad()),
    }
}

enum DownloadError {
    Status(u16),
    TooLarge,
    Other(String),
}

impl From<String> for DownloadError {
    fn from(s: String) -> Self {
        DownloadError::Other(s)
    }
}

impl From<&str> for DownloadError {
    fn from(s: &str) -> Self {
        DownloadError::Other(s.to_string())
    }
}

fn download(
    url: reqwest::Url,
    etag: Option<&str>,
    timeout: Duration,
) -> Result<Download, DownloadError> {
    // reqwest is built without a default TLS provider (no aws-lc-rs): ring is installed once.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let https_only = url.scheme() == "https";
    let client = reqwest::blocking::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .redirect(reqwest::redirect::Policy::limited(5))
        .https_only(https_only)
        .user_agent(concat!(
            "Steward/",
            env!("CARGO_PKG_VERSION"),
            " (directory)"
        ))
        .build()
        .map_err(|e| e.without_url().to_string())?;
    let mut request = client.get(url);
    if let Some(etag) = etag {
        request = request.header(reqwest::header::IF_NONE_MATCH, etag);
    }
    let response = request
        .send()
        .map_err(|e| crate::net::describe_failure(&e))?;
    let status = response.status();
    if status == reqwest::StatusCode::NOT_MODIFIED && etag.is_some() {
        return Ok(Download::NotModified);
    }
    if !status.is_success() {
        return Err(DownloadError::Status(status.as_u16()));
    }
    let etag = response
        .headers()
        .get(reqwest::header::ETAG)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let bytes = crate::net::read_capped_bytes(response, MAX_JSON_BYTES as u64)
        .map_err(|e| crate::t!("directory-download-broke-off", error = e.to_string()))?
        .ok_or(DownloadError::TooLarge)?;
    Ok(Download::Body { bytes, etag })
}
