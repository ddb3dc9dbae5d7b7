//! A picture of the screen, for "Scan the screen for a QR code" (the window and
//! `steward otp add --screen` both reach it through [`crate::otp::qr::read_screen`]).
//!
//! Two ways, in this order:
//! 1. **The Screenshot portal** ([`portal`]): `org.freedesktop.portal.Screenshot` on the session
//!    bus, the way every Wayland desktop allows it (GNOME, KDE Plasma, wlroots compositors with
//!    xdg-desktop-portal-wlr), and X11 desktops that run a portal. The portal writes a file that
//!    is read and deleted at once ([`portal`] says where it lands).
//! 2. **The X11 root window** ([`x11`]), when no portal answers.
//!
//! On a Wayland session (`WAYLAND_DISPLAY` set, or `XDG_SESSION_TYPE=wayland`) the portal's word
//! is final: XWayland's root window is blank there, so its errors are reported as they are —
//! `screen_portal_missing`, `screen_portal_refused`, `screen_cancelled`. On X11, a missing or
//! refusing portal falls back to the root window; a cancel is always respected.

#[cfg(target_os = "linux")]
pub mod portal;
#[cfg(target_os = "linux")]
pub mod x11;

use crate::otp::qr::{Luma, QrError};

/// Which way the picture was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Portal,
    X11,
}

/// A greyscale picture of the whole screen, and how it was taken.
#[cfg(target_os = "linux")]
pub fn capture() -> Result<(Luma, Source), QrError> {
    let wayland = is_wayland(|k| std::env::var_os(k));
    match portal::capture() {
        Ok(img) => Ok((img, Source::Portal)),
        Err(portal::PortalError::Cancelled) => Err(QrError::ScreenCancelled),
        Err(portal::PortalError::Picture(e)) => Err(e),
        Err(portal::PortalError::Missing(detail)) if wayland => {
            Err(QrError::ScreenPortalMissing { detail })
        }
        Err(portal::PortalError::Refused(detail)) if wayland => {
            Err(QrError::ScreenPortalRefused { detail })
        }
        Err(portal::PortalError::Missing(_) | portal::PortalError::Refused(_)) => {
            fallback().map(|img| (img, Source::X11))
        }
    }
}

#[cfg(target_os = "linux")]
fn fallback() -> Result<Luma, QrError> {
    x11::capture()
}

#[cfg(not(target_os = "linux"))]
pub fn capture() -> Result<(Luma, Source), QrError> {
    Err(QrError::ScreenUnavailable {
        detail: "screen capture is only implemented for Linux so far".into(),
    })
}

/// A Wayland session: its compositor's socket is named, or the login manager says so.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
fn is_wayland(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> bool {
    var("WAYLAND_DISPLAY").is_some_and(|d| !d.is_empty())
        || var("XDG_SESSION_TYPE").is_some_and(|t| t == "wayland")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<OsString> {
        move |k| {
            pairs
                .iter()
                .find(|(name, _)| *name == k)
                .map(|(_, v)| OsString::from(v))
        }
    }

    #[test]
    fn wayland_sessions_are_told_apart() {
        assert!(is_wayland(env(&[("WAYLAND_DISPLAY", "wayland-1")])));
        assert!(is_wayland(env(&[
            ("XDG_SESSION_TYPE", "wayland"),
            ("DISPLAY", ":0")
        ])));
        assert!(!is_wayland(env(&[
            ("WAYLAND_DISPLAY", ""),
            ("DISPLAY", ":0")
        ])));
        assert!(!is_wayland(env(&[("XDG_SESSION_TYPE", "x11")])));
        assert!(!is_wayland(env(&[])));
    }
}
