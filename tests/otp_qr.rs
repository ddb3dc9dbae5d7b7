//! QR codes: the Google Authenticator screenshots in the corpus (photos of a phone screen) decode
//! to their accounts, as PNG and as JPEG; bad pictures are refused with a clear code; the SVG
//! Steward draws really encodes the link (rasterised here and read back with the decoder).

mod otp_support;

use std::io::Cursor;

use otp_support::read;
use steward::error::UserFacing;
use steward::otp::import::Format;
use steward::otp::qr::{self, Luma, QrError};
use steward::otp::{uri, OtpKind};
use zeroize::Zeroizing;

const GOOGLE: &str = "google-migration";

/// What both screenshots hold (extract_otp_secrets' test data: three accounts in one link).
const SCREENSHOT_ACCOUNTS: [(&str, &str, &str); 3] = [
    ("Test1", "test1@example1.com", "JBSWY3DPEHPK3PXP"),
    ("Test2", "test2@example2.com", "JBSWY3DPEHPK3PXQ"),
    ("Test3", "test3@example3.com", "JBSWY3DPEHPK3PXR"),
];

fn assert_screenshot_accounts(context: &str, report: &steward::otp::ImportReport) {
    assert_eq!(report.format, Format::GoogleMigration, "{context}");
    assert_eq!(report.accounts.len(), 3, "{context}");
    for (a, (issuer, name, secret)) in report.accounts.iter().zip(SCREENSHOT_ACCOUNTS) {
        assert_eq!(a.issuer.as_deref(), Some(issuer), "{context}");
        assert_eq!(a.name, name, "{context}");
        assert_eq!(a.secret.to_base32().as_str(), secret, "{context}");
        assert_eq!(a.kind, OtpKind::Totp { period: 30 }, "{context}");
    }
}

#[test]
fn google_screenshots_decode_to_their_accounts() {
    for file in ["test_googleauth_export.png", "example_export.png"] {
        let bytes = read(GOOGLE, file);
        let report = qr::read_image_bytes(&bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_screenshot_accounts(file, &report);
        let path = otp_support::corpus(GOOGLE).join(file);
        assert_screenshot_accounts(file, &qr::read_image_file(&path).unwrap());
    }
}

#[test]
fn a_jpeg_of_the_screenshot_decodes_too() {
    let img = image::load_from_memory(&read(GOOGLE, "example_export.png")).unwrap();
    let mut jpeg = Vec::new();
    img.to_rgb8()
        .write_to(&mut Cursor::new(&mut jpeg), image::ImageFormat::Jpeg)
        .unwrap();
    assert!(jpeg.starts_with(&[0xFF, 0xD8]));
    assert_screenshot_accounts("jpeg", &qr::read_image_bytes(&jpeg).unwrap());
}

fn png_of(width: u32, height: u32, f: impl Fn(u32, u32) -> u8) -> Vec<u8> {
    let img = image::GrayImage::from_fn(width, height, |x, y| image::Luma([f(x, y)]));
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

/// A PNG claiming `width` × `height` pixels, with almost no image data.
fn png_header(width: u32, height: u32) -> Vec<u8> {
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for b in bytes {
            crc ^= u32::from(*b);
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 0, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |data: &[u8]| {
        out.extend_from_slice(&((data.len() - 4) as u32).to_be_bytes());
        out.extend_from_slice(data);
        out.extend_from_slice(&crc32(data).to_be_bytes());
    };
    chunk(&ihdr);
    // A few bytes of (not valid) image data, then the end.
    chunk(b"IDAT\x78\x9c\x00\x00\x00\xff\xff");
    chunk(b"IEND");
    out
}

fn code_of(result: Result<steward::otp::ImportReport, QrError>) -> String {
    match result {
        Ok(r) => panic!("expected an error, read {} accounts", r.accounts.len()),
        Err(e) => {
            assert!(e.hint().is_some(), "{e} says what to do");
            e.code().to_string()
        }
    }
}

#[test]
fn bad_pictures_are_refused_clearly() {
    // A QR code that holds something else.
    assert_eq!(
        code_of(qr::read_image_bytes(&read(
            GOOGLE,
            "qr_but_without_otp.png"
        ))),
        "qr_without_otp"
    );
    // Not an image at all (a text export given to the QR reader).
    assert_eq!(
        code_of(qr::read_image_bytes(&read(GOOGLE, "example_export.txt"))),
        "not_an_image"
    );
    assert_eq!(code_of(qr::read_image_bytes(b"")), "not_an_image");
    // A GIF: not one of the two formats Steward decodes.
    assert_eq!(
        code_of(qr::read_image_bytes(b"GIF89a\x01\x00\x01\x00")),
        "not_an_image"
    );
    // Cut short while copying.
    let png = read(GOOGLE, "example_export.png");
    assert_eq!(
        code_of(qr::read_image_bytes(&png[..png.len() / 3])),
        "image_damaged"
    );
    assert_eq!(code_of(qr::read_image_bytes(&png[..40])), "image_damaged");
    // A picture with no QR code.
    let blank = png_of(300, 200, |x, _| if x % 50 < 25 { 255 } else { 0 });
    assert_eq!(code_of(qr::read_image_bytes(&blank)), "no_qr_found");
    // Over 40 megapixels: refused from the header, before any decoding.
    assert_eq!(
        code_of(qr::read_image_bytes(&png_header(8000, 6000))),
        "image_too_large"
    );
    // The message gives the size and says what to do.
    let err = qr::read_image_bytes(&png_header(8000, 6000)).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("8000 × 6000"), "{message}");
    assert!(message.contains("Crop it to the QR code"), "{message}");
    // Just under the limit by the header, but the data is missing: damaged, not a crash.
    assert_eq!(
        code_of(qr::read_image_bytes(&png_header(6000, 6000))),
        "image_damaged"
    );
    // A missing file.
    let err = qr::read_image_file(std::path::Path::new("/nonexistent/qr.png")).unwrap_err();
    assert_eq!(err.code(), "file_unreadable");
}

#[test]
fn errors_never_quote_the_qr_content() {
    let err = qr::read_image_bytes(&read(GOOGLE, "qr_but_without_otp.png")).unwrap_err();
    assert!(!err.to_string().contains("NOT A"), "{err}");
    let payload = vec![Zeroizing::new(
        "otpauth://totp/X:y?secret=THIS1IS8NOT0BASE32".to_string(),
    )];
    let err = qr::report_from_payloads(&payload).unwrap_err();
    assert!(!err.to_string().contains("THIS1IS8"), "{err}");
}

/// Rasterises the SVG that `qr::render_svg` writes (rects in one path) at 1 px per unit.
fn rasterise(svg: &str) -> Luma {
    let size: usize = regex::Regex::new(r#"width="(\d+)""#)
        .unwrap()
        .captures(svg)
        .unwrap()[1]
        .parse()
        .unwrap();
    let mut pixels = vec![255u8; size * size];
    let rect = regex::Regex::new(r"M(\d+) (\d+)h(\d+)v(\d+)").unwrap();
    for c in rect.captures_iter(svg) {
        let [x, y, w, h] = [1, 2, 3, 4].map(|i| c[i].parse::<usize>().unwrap());
        for yy in y..y + h {
            for xx in x..x + w {
                pixels[yy * size + xx] = 0;
            }
        }
    }
    Luma {
        width: size,
        height: size,
        pixels,
    }
}

#[test]
fn the_svg_qr_encodes_the_link_exactly() {
    let report = steward::otp::import::import_auto(
        &read("authenticator-exports", "aegis_plain.json"),
        None,
        None,
    )
    .unwrap();
    for account in &report.accounts {
        let link = uri::to_uri(account);
        let svg = qr::render_svg(&link).unwrap();
        assert!(svg.contains("<svg") && svg.contains("</svg>"));
        let secret = account.secret.to_base32();
        assert!(!svg.contains(secret.as_str()), "the secret is not SVG text");
        let decoded = qr::decode(&rasterise(&svg)).unwrap();
        assert_eq!(decoded.len(), 1);
        assert_eq!(decoded[0].as_str(), link.as_str());
        // And it reads back to the same account.
        let back = qr::report_from_payloads(&decoded).unwrap();
        otp_support::assert_account(
            "svg",
            &back.accounts[0],
            &otp_support::expected(account.issuer.as_deref().unwrap()),
        );
    }
    let too_long = "x".repeat(5000);
    assert_eq!(
        qr::render_svg(&too_long).unwrap_err().code(),
        "too_long_for_qr"
    );
}

#[test]
fn several_codes_in_one_picture_are_all_read() {
    // Two QR codes side by side (a multi-part export shown at once).
    let a = "otpauth://totp/A:one?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    let b = "otpauth://hotp/B:two?secret=KBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&counter=3";
    let la = rasterise(&qr::render_svg(a).unwrap());
    let lb = rasterise(&qr::render_svg(b).unwrap());
    let (w, h) = (la.width + lb.width, la.height.max(lb.height));
    let mut pixels = vec![255u8; w * h];
    for y in 0..la.height {
        pixels[y * w..y * w + la.width]
            .copy_from_slice(&la.pixels[y * la.width..(y + 1) * la.width]);
    }
    for y in 0..lb.height {
        pixels[y * w + la.width..y * w + la.width + lb.width]
            .copy_from_slice(&lb.pixels[y * lb.width..(y + 1) * lb.width]);
    }
    let found = qr::decode(&Luma {
        width: w,
        height: h,
        pixels,
    })
    .unwrap();
    assert_eq!(found.len(), 2);
    let report = qr::report_from_payloads(&found).unwrap();
    assert_eq!(report.format, Format::OtpauthList);
    let mut labels: Vec<String> = report.accounts.iter().map(|a| a.label()).collect();
    labels.sort();
    assert_eq!(labels, ["A (one)", "B (two)"]);
}

/// A `width` × `height` white greyscale picture with the QR code of `text` at `module_px`
/// pixels per module, its top-left corner at (`left`, `top`).
fn picture_with_qr(
    width: u32,
    height: u32,
    text: &str,
    module_px: u32,
    left: u32,
    top: u32,
) -> image::GrayImage {
    let code = qrcode::QrCode::new(text.as_bytes()).unwrap();
    let modules = code.width() as u32;
    let colors = code.to_colors();
    let mut img = image::GrayImage::from_pixel(width, height, image::Luma([255u8]));
    for my in 0..modules {
        for mx in 0..modules {
            if colors[(my * modules + mx) as usize] == qrcode::Color::Dark {
                for y in 0..module_px {
                    for x in 0..module_px {
                        img.put_pixel(
                            left + mx * module_px + x,
                            top + my * module_px + y,
                            image::Luma([0]),
                        );
                    }
                }
            }
        }
    }
    img
}

/// Big photos and 6K+ screenshots are searched on a scaled-down copy first (36 MP took 4-11 s
/// at full size); a QR code of an ordinary size in them is still read, and one that only the
/// full-size search can see is read in a picture of up to 24 MP.
#[test]
fn qr_codes_in_huge_pictures_are_still_found() {
    let link = "otpauth://totp/Big:photo@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Big";
    // 35 MP (7000 × 5000), QR at 10 px per module: too small on the 1/4 copy (2.5 px per
    // module), read on the 1/2 one.
    let img = picture_with_qr(7000, 5000, link, 10, 4100, 2900);
    let luma = Luma {
        width: img.width() as usize,
        height: img.height() as usize,
        pixels: img.into_raw(),
    };
    let found = qr::decode(&luma).expect("read on the scaled-down copy");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].as_str(), link);
    // A photo-sized code (40 px per module), through a PNG file as `otp add --qr` reads it:
    // read on the first, 1/4 copy.
    let img = picture_with_qr(7000, 5000, link, 40, 300, 700);
    let mut png = Vec::new();
    img.write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let report = qr::read_image_bytes(&png).expect("read from the PNG");
    assert_eq!(report.accounts.len(), 1);
    assert_eq!(report.accounts[0].issuer.as_deref(), Some("Big"));
    // A 5K screenshot (14.7 MP) with a small QR code (2 px per module: under one pixel on the
    // 1/3 copy): the full-size search after the small one still reads it.
    let img = picture_with_qr(5120, 2880, link, 2, 2500, 1400);
    let luma = Luma {
        width: img.width() as usize,
        height: img.height() as usize,
        pixels: img.into_raw(),
    };
    let found = qr::decode(&luma).expect("read at full size");
    assert_eq!(found[0].as_str(), link);
}
