//! A screenshot through the desktop portal: `org.freedesktop.portal.Screenshot` on the session
//! bus (`org.freedesktop.portal.Desktop`, `/org/freedesktop/portal/desktop`), spoken with the
//! `dbus` crate (libdbus, blocking) that the keyring already brings in — no async runtime.
//!
//! One call, `Screenshot("", {handle_token, interactive: false})`, answers a Request object; the
//! picture comes in that Request's `Response(u response, a{sv} results)` signal: 0 with
//! `results["uri"]` (a `file://` URI), 1 when the person cancelled, 2 when the portal or its
//! back end refused. The match on the Response is added before the call, on the path the token
//! predicts (`/org/freedesktop/portal/desktop/request/<sender>/<token>`), so a quick answer is
//! not missed.
//!
//! **Where the picture lands, and for how long.** The portal writes a PNG and gives its URI;
//! Steward reads it (at most [`crate::otp::qr::MAX_IMAGE_BYTES`]) and deletes it at once, before
//! decoding, so it stays on disk for a few milliseconds. Where depends on the back end:
//! xdg-desktop-portal-wlr 0.7 (sway, Hyprland, river…) always writes `/tmp/out.png` (readable by
//! every user of the machine, overwritten by each screenshot); GNOME's back end writes into the
//! Pictures folder (`$XDG_PICTURES_DIR`, usually `~/Pictures`, sometimes its `Screenshots`
//! folder); KDE's writes a temporary file. Only a regular file (not a link) written after the
//! request was made is deleted, so an older picture of the person's is never removed by mistake.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use dbus::arg::{PropMap, RefArg, Variant};
use dbus::blocking::Connection;
use dbus::message::MatchRule;
use zeroize::Zeroizing;

use crate::otp::qr::{load_image, Luma, QrError, MAX_IMAGE_BYTES};

const DESTINATION: &str = "org.freedesktop.portal.Desktop";
const OBJECT: &str = "/org/freedesktop/portal/desktop";
const INTERFACE: &str = "org.freedesktop.portal.Screenshot";
/// Starting the portal by D-Bus activation the first time can take a few seconds.
const CALL_TIMEOUT: Duration = Duration::from_secs(25);
/// A portal may ask the person first (GNOME does for sandboxed apps); give them time.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(120);

/// Why the portal gave no picture.
#[derive(Debug)]
pub enum PortalError {
    /// No session bus, no portal service, or a portal without the Screenshot interface.
    Missing(String),
    /// The portal or its back end answered "no" (response 2), an error, or nothing in time.
    Refused(String),
    /// The person closed the portal's dialog (response 1).
    Cancelled,
    /// The portal's picture could not be read.
    Picture(QrError),
}

/// A greyscale picture of the screen from the Screenshot portal, its file already deleted.
pub fn capture() -> Result<Luma, PortalError> {
    let conn = Connection::new_session().map_err(|e| PortalError::Missing(describe(&e)))?;
    let token = format!("steward{}", std::process::id());
    let sender = conn.unique_name().to_string();
    let predicted = format!(
        "{OBJECT}/request/{}/{token}",
        sender.trim_start_matches(':').replace('.', "_")
    );

    let answer: Arc<Mutex<Option<(u32, PropMap)>>> = Arc::default();
    let listen = |path: &str| {
        let answer = Arc::clone(&answer);
        let rule = MatchRule::new_signal("org.freedesktop.portal.Request", "Response")
            .with_path(path.to_string());
        conn.add_match(rule, move |(code, results): (u32, PropMap), _, _| {
            if let Ok(mut slot) = answer.lock() {
                slot.get_or_insert((code, results));
            }
            false
        })
        .map_err(|e| PortalError::Missing(describe(&e)))
    };
    listen(&predicted)?;

    let mut options: PropMap = HashMap::new();
    options.insert("handle_token".into(), Variant(Box::new(token)));
    options.insert("interactive".into(), Variant(Box::new(false)));
    let asked_at = SystemTime::now();
    let proxy = conn.with_proxy(DESTINATION, OBJECT, CALL_TIMEOUT);
    let (handle,): (dbus::Path<'static>,) = proxy
        .method_call(INTERFACE, "Screenshot", ("", options))
        .map_err(classify)?;
    if &*handle != predicted.as_str() {
        // Portals older than 0.9 did not use the token for the path.
        listen(&handle)?;
    }

    let deadline = Instant::now() + ANSWER_TIMEOUT;
    let (code, results) = loop {
        if let Some(got) = answer.lock().ok().and_then(|mut slot| slot.take()) {
            break got;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(PortalError::Refused(
                "the screenshot portal did not answer within two minutes".into(),
            ));
        }
        conn.process(left.min(Duration::from_millis(500)))
            .map_err(|e| PortalError::Refused(describe(&e)))?;
    };
    match code {
        0 => {}
        1 => return Err(PortalError::Cancelled),
        _ => {
            return Err(PortalError::Refused(format!(
                "the screenshot portal answered {code} (the desktop refused or failed)"
            )))
        }
    }
    let uri = results
        .get("uri")
        .and_then(|v| v.0.as_str())
        .ok_or_else(|| PortalError::Refused("the screenshot portal sent no picture".into()))?;
    let path = file_path(uri).ok_or_else(|| {
        PortalError::Refused("the screenshot portal sent a picture that is not a file".into())
    })?;
    let bytes = take_file(&path, asked_at).map_err(PortalError::Picture)?;
    load_image(&bytes).map_err(PortalError::Picture)
}

/// The portal's errors for "not here" (no service, no interface) apart from the rest.
fn classify(e: dbus::Error) -> PortalError {
    match e.name() {
        Some(
            "org.freedesktop.DBus.Error.ServiceUnknown"
            | "org.freedesktop.DBus.Error.NameHasNoOwner"
            | "org.freedesktop.DBus.Error.UnknownMethod"
            | "org.freedesktop.DBus.Error.UnknownInterface"
            | "org.freedesktop.DBus.Error.UnknownObject"
            | "org.freedesktop.DBus.Error.Spawn.ChildExited"
            | "org.freedesktop.DBus.Error.Spawn.ExecFailed",
        ) => PortalError::Missing(describe(&e)),
        _ => PortalError::Refused(describe(&e)),
    }
}

fn describe(e: &dbus::Error) -> String {
    let text = e
        .message()
        .unwrap_or_else(|| e.name().unwrap_or("D-Bus error"));
    text.lines()
        .next()
        .unwrap_or("")
        .chars()
        .take(160)
        .collect()
}

/// The local path of a `file://` URI (`file:///p` or `file://localhost/p`, percent-decoded).
fn file_path(uri: &str) -> Option<PathBuf> {
    use std::os::unix::ffi::OsStrExt as _;
    let rest = uri.strip_prefix("file://")?;
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    if !rest.starts_with('/') {
        return None;
    }
    let bytes: Vec<u8> = percent_encoding::percent_decode_str(rest).collect();
    Some(PathBuf::from(std::ffi::OsStr::from_bytes(&bytes)))
}

/// Reads the portal's picture and deletes it. Refuses links, other kinds of files, files older
/// than the request (never deletes those) and files over [`MAX_IMAGE_BYTES`].
fn take_file(path: &Path, asked_at: SystemTime) -> Result<Zeroizing<Vec<u8>>, QrError> {
    let io = |e: std::io::Error| QrError::Io {
        path: path.display().to_string(),
        detail: e.to_string(),
    };
    let meta = std::fs::symlink_metadata(path).map_err(io)?;
    let written = meta.modified().map_err(io)?;
    // A second of slack for file systems that store coarse times.
    let fresh = written + Duration::from_secs(1) >= asked_at;
    if !meta.file_type().is_file() || !fresh {
        return Err(QrError::Io {
            path: path.display().to_string(),
            detail: "not a new picture from the screenshot portal".into(),
        });
    }
    let read = (|| {
        let mut bytes = Zeroizing::new(Vec::new());
        std::fs::File::open(path)?
            .take(MAX_IMAGE_BYTES as u64 + 1)
            .read_to_end(&mut bytes)?;
        Ok(bytes)
    })();
    // Deleted whatever the read gave: the picture may show secrets.
    let _ = std::fs::remove_file(path);
    let bytes = read.map_err(io)?;
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err(QrError::FileTooLarge {
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris() {
        assert_eq!(
            file_path("file:///tmp/out.png"),
            Some(PathBuf::from("/tmp/out.png"))
        );
        assert_eq!(
            file_path("file://localhost/home/a/Pictures/Screenshot%20from%202026.png"),
            Some(PathBuf::from("/home/a/Pictures/Screenshot from 2026.png"))
        );
        assert_eq!(file_path("https://example.com/x.png"), None);
        assert_eq!(file_path("file://host/x.png"), None);
        assert_eq!(file_path("file:relative.png"), None);
    }

    #[test]
    fn only_new_regular_files_are_taken_and_they_are_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let pic = dir.path().join("out.png");
        std::fs::write(&pic, b"\x89PNG picture").unwrap();
        // Written before the request: kept, refused.
        let later = SystemTime::now() + Duration::from_secs(60);
        assert!(matches!(take_file(&pic, later), Err(QrError::Io { .. })));
        assert!(pic.exists());
        // A link to the picture: refused, neither removed.
        let link = dir.path().join("link.png");
        std::os::unix::fs::symlink(&pic, &link).unwrap();
        assert!(take_file(&link, SystemTime::UNIX_EPOCH).is_err());
        assert!(pic.exists() && link.exists());
        // A fresh file: read and gone.
        let bytes = take_file(&pic, SystemTime::now() - Duration::from_secs(5)).unwrap();
        assert_eq!(&bytes[..], b"\x89PNG picture");
        assert!(!pic.exists());
        // Missing: a clear error.
        assert!(matches!(
            take_file(&pic, SystemTime::UNIX_EPOCH),
            Err(QrError::Io { .. })
        ));
    }
}
