//! The authenticator at scale: codes for 1,000 accounts through the real store (a passphrase
//! profile, so every secret is sealed with AES-GCM in the encrypted database and unsealed per
//! code) and through the pure code function; then reading the QR code out of a 1920×1080
//! screenshot (a PNG built here: a web page with text, pictures and noise, and an otpauth QR at
//! 5 px per module, as a security page shows it) with `otp::qr::load_image` and `otp::qr::decode`.
//! Run by hand: `cargo bench --bench codes`. Figures go into BENCHMARKS.md.

use std::hint::black_box;
use std::io::Cursor;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use steward::otp::codes::code_at;
use steward::otp::qr;
use steward::otp::OtpSecret;
use steward::profile::Profile;

mod common;
use common::{unlock, Rng};

const ACCOUNTS: usize = 1000;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Runs `work` once to warm up, then `runs` times; returns (p50, max).
fn time(runs: usize, mut work: impl FnMut()) -> (Duration, Duration) {
    work();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            work();
            t.elapsed()
        })
        .collect();
    times.sort();
    (times[times.len() / 2], times[times.len() - 1])
}

fn link(n: usize, rng: &mut Rng) -> String {
    let bytes: Vec<u8> = (0..20).map(|_| rng.next() as u8).collect();
    let secret = OtpSecret::from_bytes(bytes).expect("secret");
    let (algorithm, digits, period) = match n % 10 {
        0 => ("SHA256", 8, 30),
        1 => ("SHA1", 6, 60),
        2 => ("SHA512", 6, 30),
        _ => ("SHA1", 6, 30),
    };
    format!(
        "otpauth://totp/Service%20{n}:customer{n}%40example.com?secret={}&issuer=Service%20{n}&algorithm={algorithm}&digits={digits}&period={period}",
        secret.to_base32().as_str()
    )
}

/// A 1920×1080 "screenshot" of a web page with the QR code of `text` on it, as a PNG.
fn screenshot(text: &str, module_px: usize, rng: &mut Rng) -> Vec<u8> {
    const W: usize = 1920;
    const H: usize = 1080;
    let mut rgba = vec![0u8; W * H * 4];
    let fill = |rgba: &mut [u8], x0: usize, y0: usize, w: usize, h: usize, c: [u8; 3]| {
        for y in y0..(y0 + h).min(H) {
            for x in x0..(x0 + w).min(W) {
                let i = (y * W + x) * 4;
                rgba[i..i + 4].copy_from_slice(&[c[0], c[1], c[2], 255]);
            }
        }
    };
    // Page background, browser chrome, a header bar and a side menu.
    fill(&mut rgba, 0, 0, W, H, [246, 247, 249]);
    fill(&mut rgba, 0, 0, W, 86, [222, 225, 230]);
    fill(&mut rgba, 12, 46, 1400, 30, [255, 255, 255]);
    fill(&mut rgba, 0, 86, W, 64, [32, 44, 84]);
    fill(&mut rgba, 0, 150, 300, H - 150, [236, 238, 243]);
    // Lines of "text": runs of short dark words.
    for line in 0..40 {
        let y = 180 + line * 22;
        let mut x = if line % 9 == 0 { 24 } else { 340 };
        let end = if x == 24 { 280 } else { 1500 };
        while x < end {
            let word = 20 + rng.below(70);
            fill(&mut rgba, x, y, word.min(end - x), 11, [60, 64, 72]);
            x += word + 8;
        }
    }
    // A picture and a few buttons.
    for y in 0..260 {
        for x in 0..420 {
            let i = ((560 + y) * W + 1460 + x) * 4;
            rgba[i..i + 3].copy_from_slice(&[(x / 2) as u8, (y / 2 + 60) as u8, 160]);
        }
    }
    fill(&mut rgba, 340, 1000, 160, 40, [26, 115, 232]);
    fill(&mut rgba, 520, 1000, 160, 40, [218, 220, 224]);
    // The QR code, white card with its quiet zone, right of the text column.
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .expect("QR");
    let modules = code.width();
    let quiet = 4;
    let (qx, qy) = (1560, 190);
    let side = (modules + 2 * quiet) * module_px;
    fill(&mut rgba, qx, qy, side, side, [255, 255, 255]);
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (mx, my) = (i % modules, i / modules);
            fill(
                &mut rgba,
                qx + (quiet + mx) * module_px,
                qy + (quiet + my) * module_px,
                module_px,
                module_px,
                [0, 0, 0],
            );
        }
    }
    // Sensor-free but not clean: a little noise everywhere (scaling, compression, subpixels).
    for px in rgba.chunks_exact_mut(4) {
        let d = rng.below(17) as i16 - 8;
        for c in &mut px[..3] {
            *c = (i16::from(*c) + d).clamp(0, 255) as u8;
        }
    }
    let img = image::RgbaImage::from_raw(W as u32, H as u32, rgba).expect("image");
    let mut png = Cursor::new(Vec::new());
    img.write_to(&mut png, image::ImageFormat::Png)
        .expect("PNG");
    println!(
        "screenshot: 1920x1080 PNG, {:.0} kB; QR version {:?}, {modules}x{modules} modules at {module_px} px ({side} px with quiet zone), {} chars",
        png.get_ref().len() as f64 / 1e3,
        code.version(),
        text.len()
    );
    png.into_inner()
}

fn main() {
    // `cargo test --benches` runs bench targets without --bench; keep that quick.
    let quick = !std::env::args().any(|a| a == "--bench");
    let runs = if quick { 1 } else { 25 };
    let accounts = if quick { 20 } else { ACCOUNTS };
    let mut rng = Rng(0x0070_7063_6f64_6573);

    let dir = tempfile::tempdir().expect("temp dir");
    let profile = Profile::open(dir.path(), &unlock()).expect("profile");
    let otp = profile.otp();
    let t = Instant::now();
    for n in 0..accounts {
        let report = otp.add_link(&link(n, &mut rng)).expect("add");
        assert_eq!(report.added.len(), 1, "account {n} was not added");
    }
    println!(
        "{accounts} TOTP accounts added in {:.1} s ({:?} secrets, sealed with AES-256-GCM in the SQLCipher database)",
        t.elapsed().as_secs_f64(),
        otp.secret_home()
    );

    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (p50, max) = time(runs, || {
        let codes = otp.codes(now).expect("codes");
        assert!(codes.iter().all(|c| c.code.is_some()));
        black_box(codes);
    });
    println!(
        "store: codes for {accounts} accounts (list + unseal + current/next code): p50 {:.2} ms, max {:.2} ms",
        ms(p50),
        ms(max)
    );

    let all = otp.accounts_with_secrets().expect("accounts");
    let (p50, max) = time(runs, || {
        for a in &all {
            black_box(code_at(a, black_box(now)));
        }
    });
    println!(
        "pure: code_at for {} accounts: p50 {:.3} ms, max {:.3} ms ({:.2} µs per code)",
        all.len(),
        ms(p50),
        ms(max),
        p50.as_secs_f64() * 1e6 / all.len() as f64
    );

    let text = link(7, &mut rng);
    let png = screenshot(&text, 5, &mut rng);
    let qr_runs = if quick { 1 } else { 15 };
    let mut luma = None;
    let (p50, max) = time(qr_runs, || {
        luma = Some(qr::load_image(&png).expect("load"));
    });
    println!(
        "qr::load_image (PNG decode to greyscale): p50 {:.1} ms, max {:.1} ms",
        ms(p50),
        ms(max)
    );
    let luma = luma.expect("image");
    let (p50, max) = time(qr_runs, || {
        let found = qr::decode(&luma).expect("decode");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].as_str(), text);
    });
    println!(
        "qr::decode (find and read the QR): p50 {:.1} ms, max {:.1} ms",
        ms(p50),
        ms(max)
    );
    let (p50, max) = time(qr_runs, || {
        let found = qr::decode(&qr::load_image(&png).expect("load")).expect("decode");
        black_box(found);
    });
    println!(
        "screenshot to otpauth link (load_image + decode), {qr_runs} runs: p50 {:.1} ms, max {:.1} ms",
        ms(p50),
        ms(max)
    );
    drop(profile);
}
