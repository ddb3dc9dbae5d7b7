//! The saved copy of the directory under `<data dir>/directory/`: `all.v3.json` exactly as
//! downloaded, and `meta.json` (`url`, `fetched_at`, `etag`). A copy less than a day old is used
//! as is; an older one is refreshed, and kept if the refresh fails. A download replaces the copy
//! only after it parsed, by writing a temporary file and renaming it over the old one.
//!
//! The download is one blocking request with reqwest (rustls + ring, system certificates), run
//! on its own thread so it works from inside an async runtime (the desktop shell) too.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};

use super::{Directory, DirectoryError, DirectoryOrigin};

/// The environment variable that overrides [`DirectoryCache::DEFAULT_URL`].
pub const URL_ENV: &str = "STEWARD_DIRECTORY_URL";
/// How long a saved copy is used without asking for a new one.
pub const MAX_AGE: TimeDelta = TimeDelta::hours(24);
pub const FETCH_TIMEOUT: Duration = Duration::from_secs(15);
/// A download larger than this is refused (the real file is about 1 MB).
const MAX_BODY: u64 = 64 * 1024 * 1024;

const DATA_FILE: &str = "all.v3.json";
const META_FILE: &str = "meta.json";

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Meta {
    url: String,
    fetched_at: DateTime<Utc>,
    #[serde(default)]
    etag: Option<String>,
}

/// The saved copy, read and parsed.
struct Saved {
    directory: Directory,
    meta: Option<Meta>,
}

/// A successful download (or a "not modified") waiting to be saved.
struct Fetched {
    directory: Directory,
    /// The new body; `None` when the server said the saved copy is current.
    body: Option<Vec<u8>>,
    meta: Meta,
}

enum Download {
    NotModified,
    Body {
        bytes: Vec<u8>,
        etag: Option<String>,
    },
}

/// The cached copy under `<data dir>/directory/` (all.v3.json + meta.json with url,
/// fetched_at, etag).
#[derive(Debug, Clone)]
pub struct DirectoryCache {
    dir: PathBuf,
    url: String,
}

impl DirectoryCache {
    pub const DEFAULT_URL: &'static str = "https://api.2fa.directory/v3/all.json";

    /// The cache in `data_dir`, downloading from `STEWARD_DIRECTORY_URL` if set, else
    /// [`Self::DEFAULT_URL`].
    pub fn new(data_dir: &Path) -> DirectoryCache {
        let url = std::env::var(URL_ENV)
            .ok()
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| Self::DEFAULT_URL.to_string());
        Self::with_url(data_dir, &url)
    }

    pub fn with_url(data_dir: &Path, url: &str) -> DirectoryCache {
        DirectoryCache {
            dir: data_dir.join("directory"),
            url: url.trim().to_string(),
        }
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// `<data dir>/directory`.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The saved copy if fresh (< 24 h old); else a refresh; if that fails, the saved copy
    /// marked stale with the reason; with neither, an empty directory with the reason. Being
    /// offline is never an error.
    pub fn load(&self, now: DateTime<Utc>) -> Result<Directory, DirectoryError> {
        let saved = self.read_saved();
        if let Some(saved) = &saved {
            if let Some(origin) = self.fresh_origin(saved, now) {
                return Ok(saved.directory.clone().with_origin(origin));
            }
        }
        match self.fetch(now, saved.as_ref()) {
            Ok(fetched) => {
                let save_error = self.save(&fetched).err();
                let mut origin = fetched_origin(&fetched);
                origin.refresh_error = save_error.map(|e| e.to_string());
                Ok(fetched.directory.with_origin(origin))
            }
            Err(e) => Ok(match saved {
                Some(saved) => {
                    let origin = DirectoryOrigin {
                        url: saved.meta.as_ref().map(|m| m.url.clone()),
                        fetched_at: saved.meta.as_ref().map(|m| m.fetched_at),
                        from_cache: true,
                        stale: true,
                        refresh_error: Some(e.to_string()),
                    };
                    saved.directory.with_origin(origin)
                }
                None => Directory::empty().with_origin(DirectoryOrigin {
                    url: Some(self.url.clone()),
                    fetched_at: None,
                    from_cache: false,
                    stale: false,
                    refresh_error: Some(e.to_string()),
                }),
            }),
        }
    }

    /// Downloads now if the saved copy is older than 24 h, or always when `force`. The copy is
    /// replaced (atomically) only after the download parsed, so a bad download never replaces
    /// a good copy.
    pub fn refresh(&self, now: DateTime<Utc>, force: bool) -> Result<Directory, DirectoryError> {
        let saved = self.read_saved();
        if !force {
            if let Some(saved) = &saved {
                if let Some(origin) = self.fresh_origin(saved, now) {
                    return Ok(saved.directory.clone().with_origin(origin));
                }
            }
        }
        let fetched = self.fetch(now, saved.as_ref())?;
        self.save(&fetched)?;
        let origin = fetched_origin(&fetched);
        Ok(fetched.directory.with_origin(origin))
    }

    /// The origin of a saved copy that is fresh enough to use without asking, else `None`.
    fn fresh_origin(&self, saved: &Saved, now: DateTime<Utc>) -> Option<DirectoryOrigin> {
        let meta = saved.meta.as_ref().filter(|m| m.url == self.url)?;
        let age = now.signed_duration_since(meta.fetched_at);
        // A copy "from the future" (the clock was changed) is not trusted as fresh.
        (age < MAX_AGE && age > -MAX_AGE).then(|| DirectoryOrigin {
            url: Some(meta.url.clone()),
            fetched_at: Some(meta.fetched_at),
            from_cache: true,
            stale: false,
            refresh_error: None,
        })
    }

    fn read_saved(&self) -> Option<Saved> {
        let bytes = std::fs::read(self.dir.join(DATA_FILE)).ok()?;
        // A damaged copy is as good as none: the next download replaces it.
        let directory = Directory::parse(&bytes).ok()?;
        let meta = std::fs::read(self.dir.join(META_FILE))
            .ok()
            .and_then(|m| serde_json::from_slice::<Meta>(&m).ok());
        Some(Saved { directory, meta })
    }

    fn fetch(&self, now: DateTime<Utc>, saved: Option<&Saved>) -> Result<Fetched, DirectoryError> {
        let url = parse_url(&self.url)?;
        let host = url.host_str().unwrap_or("the server").to_string();
        // Only ask "has it changed?" about a copy that came from this same address.
        let saved_meta = saved
            .and_then(|s| s.meta.as_ref())
            .filter(|m| m.url == self.url);
        let etag = saved_meta.and_then(|m| m.etag.clone());
        let download = {
            let etag = etag.clone();
            std::thread::spawn(move || download(url, etag.as_deref(), FETCH_TIMEOUT))
                .join()
                .unwrap_or_else(|_| Err("the download stopped unexpectedly".into()))
        };
        match download {
            Err(DownloadError::Status(status)) => Err(DirectoryError::HttpStatus { host, status }),
            Err(DownloadError::Other(detail)) => Err(DirectoryError::Unreachable { host, detail }),
            Ok(Download::NotModified) => match saved {
                Some(saved) => Ok(Fetched {
                    directory: saved.directory.clone(),
                    body: None,
                    meta: Meta {
                        url: self.url.clone(),
                        fetched_at: now,
                        etag,
                    },
                }),
                // 304 without having asked conditionally: the server is confused.
                None => Err(DirectoryError::HttpStatus { host, status: 304 }),
            },
            Ok(Download::Body { bytes, etag }) => {
                let directory = Directory::parse(&bytes)?;
                if directory.is_empty() {
                    return Err(DirectoryError::Malformed(
                        "the download lists no services at all".into(),
                    ));
                }
                Ok(Fetched {
                    directory,
                    body: Some(bytes),
                    meta: Meta {
                        url: self.url.clone(),
                        fetched_at: now,
                        etag,
                    },
                })
            }
        }
    }

    fn save(&self, fetched: &Fetched) -> Result<(), DirectoryError> {
        std::fs::create_dir_all(&self.dir).map_err(|e| io_error("create", &self.dir, &e))?;
        if let Some(body) = &fetched.body {
            write_atomically(&self.dir.join(DATA_FILE), body)?;
        }
        let meta = serde_json::to_vec_pretty(&fetched.meta).map_err(|e| DirectoryError::Io {
            action: "write",
            path: self.dir.join(META_FILE).display().to_string(),
            detail: e.to_string(),
        })?;
        write_atomically(&self.dir.join(META_FILE), &meta)
    }
}

fn fetched_origin(fetched: &Fetched) -> DirectoryOrigin {
    DirectoryOrigin {
        url: Some(fetched.meta.url.clone()),
        fetched_at: Some(fetched.meta.fetched_at),
        // "Not modified": the data is the saved copy, confirmed current.
        from_cache: fetched.body.is_none(),
        stale: false,
        refresh_error: None,
    }
}

fn io_error(action: &'static str, path: &Path, e: &std::io::Error) -> DirectoryError {
    DirectoryError::Io {
        action,
        path: path.display().to_string(),
        detail: e.to_string(),
    }
}

/// Writes `bytes` to a temporary file beside `path`, flushes it to disk and renames it over
/// `path`: readers see the old file or the new one, never half of one.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), DirectoryError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let tmp = dir.join(format!(".{name}.{}.{nanos}.tmp", std::process::id()));
    let written = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(io_error("write", path, &e));
    }
    Ok(())
}

/// The address to download from: https, or plain http on this computer only (tests).
fn parse_url(url: &str) -> Result<reqwest::Url, DirectoryError> {
    let short = || url.chars().take(120).collect::<String>();
    let parsed = reqwest::Url::parse(url).map_err(|_| DirectoryError::BadUrl(short()))?;
    let host = parsed
        .host_str()
        .ok_or_else(|| DirectoryError::BadUrl(short()))?;
    match parsed.scheme() {
        "https" => Ok(parsed),
        "http" if is_loopback(host) => Ok(parsed),
        _ => Err(DirectoryError::BadUrl(short())),
    }
}

fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

enum DownloadError {
    Status(u16),
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
            " (2FA directory)"
        ))
        .build()
        .map_err(|e| e.without_url().to_string())?;
    let mut request = client.get(url);
    if let Some(etag) = etag {
        request = request.header(reqwest::header::IF_NONE_MATCH, etag);
    }
    let response = request.send().map_err(|e| describe(&e))?;
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
    let mut bytes = Vec::new();
    response
        .take(MAX_BODY + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("the download broke off ({e})"))?;
    if bytes.len() as u64 > MAX_BODY {
        return Err("the download is far larger than the directory should be".into());
    }
    Ok(Download::Body { bytes, etag })
}

fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "it did not answer in time".into()
    } else if e.is_connect() {
        "no connection could be made (offline, or blocked by a firewall)".into()
    } else {
        // Walk to the root cause (DNS, TLS): its message is the useful one.
        let mut source: &dyn std::error::Error = e;
        while let Some(next) = source.source() {
            source = next;
        }
        source.to_string()
    }
}
