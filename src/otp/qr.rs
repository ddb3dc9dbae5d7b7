//! QR codes in and out.
//!
//! - In: PNG/JPEG files (the `image` crate with only those two decoders), the clipboard (an
//!   image copied from a web page or a screenshot tool, via `arboard`), and the screen itself
//!   ([`super::screen`]: the Screenshot portal, else the X11 root window). The pixels go to
//!   `rqrr`; every QR found is read, and those holding `otpauth://`, `steam://` or Google
//!   `otpauth-migration://` links become accounts through the same line importer as text files.
//! - Out: an SVG of an account's `otpauth://` link (`qrcode`), to move it to a phone app.
//!
//! Images larger than [`MAX_PIXELS`] (40 megapixels) or files over [`MAX_IMAGE_BYTES`] are
//! refused before decoding (the size is read from the file's header). Pictures whose longest side
//! is over [`DOWNSCALE_ABOVE`] are searched on a copy scaled down to about [`DOWNSCALE_TO`] first
//! (QR codes in screenshots and photos are large enough for that), then on one about twice as
//! large; the full-size search runs
//! only when that finds nothing and the picture is at most [`FULL_SEARCH_MAX_PIXELS`], or when
//! the small copy showed something QR-like it could not read. Errors never quote what a QR code
//! holds: it may be a secret.

use std::io::Cursor;
use std::path::Path;

use image::{ImageFormat, ImageReader, Limits};
use serde::Serialize;
use thiserror::Error;
use zeroize::Zeroizing;

use super::error::OtpError;
use super::import::{self, Format, ImportReport};
use super::link::{self, Scheme};
use crate::error::{ErrorKind, UserFacing};

pub const MAX_PIXELS: u64 = 40_000_000;
/// Pictures with a longer side than this are searched scaled down first.
pub const DOWNSCALE_ABOVE: usize = 2500;
/// The longest side of that scaled-down copy, at most.
pub const DOWNSCALE_TO: usize = 2000;
/// Above this, a picture whose scaled-down copy shows nothing QR-like is not searched at full
/// size (6K screens are 20.4 MP; the full-size search of 36 MP took 4-11 s).
pub const FULL_SEARCH_MAX_PIXELS: usize = 24_000_000;
pub const MAX_IMAGE_BYTES: usize = 60 * 1024 * 1024;
/// QR codes hold at most ~3 KB; anything longer is not an authenticator link.
const MAX_PAYLOAD: usize = 8 * 1024;

/// Its words are in `locales/*/errors.ftl` under its code.
#[derive(Debug, Error, Serialize)]
#[error("{}", crate::error::words(self))]
pub enum QrError {
    NotAnImage,
    ImageDamaged {
        detail: String,
    },
    ImageTooLarge {
        width: u64,
        height: u64,
    },
    FileTooLarge {
        size: u64,
    },
    NoQrFound,
    QrUnreadable,
    NoOtpInQr,
    ClipboardNoImage,
    ClipboardUnavailable {
        detail: String,
    },
    ScreenUnavailable {
        detail: String,
    },
    ScreenBlank,
    /// A Wayland session with no Screenshot portal (xdg-desktop-portal and its back end).
    ScreenPortalMissing {
        detail: String,
    },
    /// The Screenshot portal said no, failed, or did not answer.
    ScreenPortalRefused {
        detail: String,
    },
    /// The person closed the portal's screenshot dialog.
    ScreenCancelled,
    Io {
        path: String,
        detail: String,
    },
    TooLongForQr,
    #[error(transparent)]
    Otp(#[from] OtpError),
}

impl UserFacing for QrError {
    fn code(&self) -> &'static str {
        match self {
            QrError::NotAnImage => "not_an_image",
            QrError::ImageDamaged { .. } => "image_damaged",
            QrError::ImageTooLarge { .. } | QrError::FileTooLarge { .. } => "image_too_large",
            QrError::NoQrFound => "no_qr_found",
            QrError::QrUnreadable => "qr_unreadable",
            QrError::NoOtpInQr => "qr_without_otp",
            QrError::ClipboardNoImage => "clipboard_no_image",
            QrError::ClipboardUnavailable { .. } => "clipboard_unavailable",
            QrError::ScreenUnavailable { .. } => "screen_unavailable",
            QrError::ScreenBlank => "screen_blank",
            QrError::ScreenPortalMissing { .. } => "screen_portal_missing",
            QrError::ScreenPortalRefused { .. } => "screen_portal_refused",
            QrError::ScreenCancelled => "screen_cancelled",
            QrError::Io { .. } => "file_unreadable",
            QrError::TooLongForQr => "too_long_for_qr",
            QrError::Otp(e) => e.code(),
        }
    }

    fn kind(&self) -> ErrorKind {
        match self {
            QrError::ClipboardUnavailable { .. }
            | QrError::ScreenUnavailable { .. }
            | QrError::ScreenPortalMissing { .. }
            | QrError::ScreenPortalRefused { .. } => ErrorKind::System,
            QrError::Otp(e) => e.kind(),
            _ => ErrorKind::Input,
        }
    }

    fn args(&self) -> crate::i18n::Args {
        match self {
            QrError::Otp(e) => e.args(),
            // `image_too_large` for the picture's size in bytes rather than in pixels.
            QrError::FileTooLarge { .. } => {
                let mut args = crate::i18n::args_of(self);
                args.insert("variant".into(), "bytes".into());
                args
            }
            _ => crate::i18n::args_of(self),
        }
    }
}

/// A greyscale picture, one byte per pixel, row by row.
pub struct Luma {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

impl Luma {
    pub(crate) fn check_size(width: u64, height: u64) -> Result<(), QrError> {
        if width.saturating_mul(height) > MAX_PIXELS {
            return Err(QrError::ImageTooLarge { width, height });
        }
        Ok(())
    }

    /// From RGBA bytes (what the clipboard gives).
    pub fn from_rgba(width: usize, height: usize, rgba: &[u8]) -> Result<Luma, QrError> {
        Self::check_size(width as u64, height as u64)?;
        let needed = width.saturating_mul(height).saturating_mul(4);
        if rgba.len() < needed || width == 0 || height == 0 {
            return Err(QrError::ImageDamaged {
                detail: crate::t!("otp-detail-picture-pixels"),
            });
        }
        let pixels = rgba
            .chunks_exact(4)
            .take(width * height)
            .map(|p| luma(p[0], p[1], p[2]))
            .collect();
        Ok(Luma {
            width,
            height,
            pixels,
        })
    }
}

pub(crate) fn luma(r: u8, g: u8, b: u8) -> u8 {
    ((u32::from(r) * 299 + u32::from(g) * 587 + u32::from(b) * 114) / 1000) as u8
}

/// Decodes a PNG or JPEG held in memory to greyscale, refusing other formats and huge images.
pub fn load_image(bytes: &[u8]) -> Result<Luma, QrError> {
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err(QrError::FileTooLarge {
            size: bytes.len() as u64,
        });
    }
    let format = match image::guess_format(bytes) {
        Ok(f @ (ImageFormat::Png | ImageFormat::Jpeg)) => f,
        _ => return Err(QrError::NotAnImage),
    };
    let reader = || {
        let mut r = ImageReader::with_format(Cursor::new(bytes), format);
        let mut limits = Limits::default();
        limits.max_image_width = Some(100_000);
        limits.max_image_height = Some(100_000);
        limits.max_alloc = Some(MAX_PIXELS * 4 + 64 * 1024 * 1024);
        r.limits(limits);
        r
    };
    let (w, h) = reader()
        .into_dimensions()
        .map_err(|e| damaged(&e.to_string()))?;
    Luma::check_size(u64::from(w), u64::from(h))?;
    let img = reader().decode().map_err(|e| damaged(&e.to_string()))?;
    let grey = img.into_luma8();
    Ok(Luma {
        width: grey.width() as usize,
        height: grey.height() as usize,
        pixels: grey.into_raw(),
    })
}

fn damaged(detail: &str) -> QrError {
    // The image crate's messages name the format problem; keep the first line, short.
    let detail: String = detail
        .lines()
        .next()
        .unwrap_or("")
        .chars()
        .take(120)
        .collect();
    QrError::ImageDamaged {
        detail: if detail.is_empty() {
            crate::t!("otp-detail-picture-undecodable")
        } else {
            detail
        },
    }
}

/// A copy `factor` times smaller on each side, each pixel the average of a `factor`² block.
fn downscale(img: &Luma, factor: usize) -> Luma {
    let (w, h) = (img.width / factor, img.height / factor);
    let mut pixels = Vec::with_capacity(w * h);
    let mut row_sums = vec![0u32; w];
    let area = (factor * factor) as u32;
    for y in 0..h {
        row_sums.iter_mut().for_each(|s| *s = 0);
        for dy in 0..factor {
            let start = (y * factor + dy) * img.width;
            let row = &img.pixels[start..start + w * factor];
            for (sum, block) in row_sums.iter_mut().zip(row.chunks_exact(factor)) {
                *sum += block.iter().map(|p| u32::from(*p)).sum::<u32>();
            }
        }
        pixels.extend(row_sums.iter().map(|s| (s / area) as u8));
    }
    Luma {
        width: w,
        height: h,
        pixels,
    }
}

/// What one rqrr search found.
#[derive(Default)]
struct Search {
    found_grid: bool,
    texts: Vec<Zeroizing<String>>,
    /// Pixels handed to rqrr, all passes together (the cost; checked by the tests).
    searched: usize,
}

/// Searches `img` at each of `scales` (1 = as given) until something is read.
fn search(img: &Luma, scales: &[usize], out: &mut Search) {
    for &scale in scales {
        if img.width / scale < 21 || img.height / scale < 21 {
            break;
        }
        let small;
        let at = if scale == 1 {
            img
        } else {
            small = downscale(img, scale);
            &small
        };
        out.searched += at.width * at.height;
        let mut prepared =
            rqrr::PreparedImage::prepare_from_greyscale(at.width, at.height, |x, y| {
                at.pixels[y * at.width + x]
            });
        for grid in prepared.detect_grids() {
            out.found_grid = true;
            let mut text = Zeroizing::new(Vec::new());
            if grid.decode_to(&mut *text).is_ok() && text.len() <= MAX_PAYLOAD {
                let text = Zeroizing::new(String::from_utf8_lossy(&text).into_owned());
                if !out.texts.iter().any(|t| **t == *text) {
                    out.texts.push(text);
                }
            }
        }
        if !out.texts.is_empty() {
            return;
        }
    }
}

/// Every QR code in the picture, as text. `NoQrFound` when there is none; `QrUnreadable` when
/// codes were seen but none could be read.
///
/// Pictures up to [`DOWNSCALE_ABOVE`] pixels on the longest side: full size first, then scaled
/// by 1/2 and 1/3 (photos and big screens sometimes read better scaled down). Larger ones: a copy
/// scaled to at most [`DOWNSCALE_TO`] (and half that) first, then one twice as large, so a 36 MP
/// picture costs about 12 MP of search instead of 50; full size only as described in the module
/// documentation.
pub fn decode(img: &Luma) -> Result<Vec<Zeroizing<String>>, QrError> {
    let out = run_search(img);
    if !out.texts.is_empty() {
        return Ok(out.texts);
    }
    Err(if out.found_grid {
        QrError::QrUnreadable
    } else {
        QrError::NoQrFound
    })
}

fn run_search(img: &Luma) -> Search {
    let mut out = Search::default();
    let longest = img.width.max(img.height);
    if longest <= DOWNSCALE_ABOVE {
        search(img, &[1, 2, 3], &mut out);
    } else {
        // One pass over the full picture makes a copy of about twice DOWNSCALE_TO; the first
        // search runs on that halved (and quartered), the second on the copy itself.
        let factor = longest.div_ceil(2 * DOWNSCALE_TO);
        let copy;
        let base = if factor > 1 {
            copy = downscale(img, factor);
            &copy
        } else {
            img
        };
        search(base, &[2, 4], &mut out);
        if out.texts.is_empty() && factor > 1 {
            search(base, &[1], &mut out);
        }
        let pixels = img.width.saturating_mul(img.height);
        if out.texts.is_empty() && (out.found_grid || pixels <= FULL_SEARCH_MAX_PIXELS) {
            search(img, &[1], &mut out);
        }
    }
    out
}

/// The accounts in QR payloads (several QR codes at once, e.g. a multi-part Google export).
pub fn report_from_payloads(payloads: &[Zeroizing<String>]) -> Result<ImportReport, QrError> {
    let links: Vec<&str> = payloads
        .iter()
        .map(|p| p.trim())
        .filter(|p| link::scheme(p).is_some() && !p.contains('\n'))
        .collect();
    if links.is_empty() {
        return Err(QrError::NoOtpInQr);
    }
    let any_migration = links
        .iter()
        .any(|l| link::scheme(l) == Some(Scheme::Migration));
    let format = if any_migration {
        Format::GoogleMigration
    } else {
        Format::OtpauthList
    };
    let mut text = Zeroizing::new(String::with_capacity(
        links.iter().map(|l| l.len() + 1).sum(),
    ));
    for l in &links {
        text.push_str(l);
        text.push('\n');
    }
    Ok(import::import_auto(text.as_bytes(), Some(format), None)?)
}

/// The accounts in a PNG/JPEG held in memory.
pub fn read_image_bytes(bytes: &[u8]) -> Result<ImportReport, QrError> {
    let img = load_image(bytes)?;
    report_from_payloads(&decode(&img)?)
}

/// The accounts in a PNG/JPEG file.
pub fn read_image_file(path: &Path) -> Result<ImportReport, QrError> {
    let io = |e: std::io::Error| QrError::Io {
        path: path.display().to_string(),
        detail: e.to_string(),
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_IMAGE_BYTES as u64 {
        return Err(QrError::FileTooLarge { size });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    read_image_bytes(&bytes)
}

/// The accounts in an image on the clipboard.
pub fn read_clipboard() -> Result<ImportReport, QrError> {
    let mut clipboard = arboard::Clipboard::new().map_err(|e| QrError::ClipboardUnavailable {
        detail: e.to_string(),
    })?;
    let image = match clipboard.get_image() {
        Ok(image) => image,
        Err(arboard::Error::ContentNotAvailable) => return Err(QrError::ClipboardNoImage),
        Err(arboard::Error::ConversionFailure) => return Err(QrError::ClipboardNoImage),
        Err(e) => {
            return Err(QrError::ClipboardUnavailable {
                detail: e.to_string(),
            })
        }
    };
    let img = Luma::from_rgba(image.width, image.height, &image.bytes)?;
    report_from_payloads(&decode(&img)?)
}

/// The accounts in a QR code shown anywhere on the screen.
pub fn read_screen() -> Result<ImportReport, QrError> {
    let img = capture_screen()?;
    if img.pixels.iter().all(|p| *p == img.pixels[0]) {
        return Err(QrError::ScreenBlank);
    }
    report_from_payloads(&decode(&img)?)
}

/// A greyscale picture of the whole screen (all monitors): through the Screenshot portal when
/// one answers, else the X11 root window ([`super::screen`] says which, when).
pub fn capture_screen() -> Result<Luma, QrError> {
    super::screen::capture().map(|(img, _)| img)
}

/// An SVG QR code of `text` (an `otpauth://` link), black on white with a quiet zone, at least
/// 256 px. It encodes the secret: show it, do not save it.
pub fn render_svg(text: &str) -> Result<Zeroizing<String>, QrError> {
    use qrcode::render::svg;
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .map_err(|_| QrError::TooLongForQr)?;
    let svg = code
        .render::<svg::Color<'_>>()
        .min_dimensions(256, 256)
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    Ok(Zeroizing::new(svg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiny_or_odd_inputs_do_not_panic() {
        assert!(matches!(load_image(b""), Err(QrError::NotAnImage)));
        assert!(matches!(load_image(b"GIF89a"), Err(QrError::NotAnImage)));
        let blank = Luma {
            width: 10,
            height: 10,
            pixels: vec![255; 100],
        };
        assert!(matches!(decode(&blank), Err(QrError::NoQrFound)));
        assert!(Luma::from_rgba(4, 4, &[0; 8]).is_err());
        assert!(matches!(
            Luma::from_rgba(10_000, 10_000, &[]),
            Err(QrError::ImageTooLarge { .. })
        ));
    }

    #[test]
    fn huge_pictures_are_searched_scaled_down() {
        // 36 MP with nothing in it: was searched at 1, 1/2 and 1/3 (about 50 MP of rqrr work,
        // 4-11 s); now at 1/4, 1/8 and 1/2 (12 MP).
        let blank = Luma {
            width: 6000,
            height: 6000,
            pixels: vec![255; 36_000_000],
        };
        let out = run_search(&blank);
        assert!(out.texts.is_empty() && !out.found_grid);
        assert_eq!(out.searched, 1500 * 1500 + 750 * 750 + 3000 * 3000);
        // A 5K screenshot (14.7 MP) still gets its full-size pass after the small one.
        let five_k = Luma {
            width: 5120,
            height: 2880,
            pixels: vec![255; 5120 * 2880],
        };
        assert_eq!(
            run_search(&five_k).searched,
            1280 * 720 + 640 * 360 + 2560 * 1440 + 5120 * 2880
        );
        // Up to 2500 px: unchanged (full size, 1/2, 1/3).
        let hd = Luma {
            width: 1920,
            height: 1080,
            pixels: vec![255; 1920 * 1080],
        };
        assert_eq!(
            run_search(&hd).searched,
            1920 * 1080 + 960 * 540 + 640 * 360
        );
    }

    #[test]
    fn downscale_averages_blocks() {
        let img = Luma {
            width: 5,
            height: 4,
            pixels: vec![
                0, 100, 10, 20, 9, //
                200, 100, 30, 40, 9, //
                1, 1, 1, 1, 9, //
                1, 1, 1, 5, 9, //
            ],
        };
        let small = downscale(&img, 2);
        assert_eq!((small.width, small.height), (2, 2));
        assert_eq!(small.pixels, vec![100, 25, 1, 2]);
    }

    #[test]
    fn payloads_without_links_are_refused() {
        let p = vec![Zeroizing::new("https://example.com".to_string())];
        assert!(matches!(report_from_payloads(&p), Err(QrError::NoOtpInQr)));
    }
}
