//! Which service an account is for, as a picture: a brand icon from a vendored set, or a
//! monogram (the first letters on a colour made from the name).
//!
//! The icons are simple-icons' (npm package `simple-icons`, CC0-1.0; the brands' own trademark
//! and guideline terms apply, see `docs/icons.md`), cut down by `scripts/icons/generate.mjs` to
//! the services the 2fa.directory names plus a short allowlist. [`index.tsv`](index.tsv) holds
//! what is matched here (slug, title, colour, other names, web domains); the window has one SVG
//! per slug under `ui/public/icons/` and loads only those it shows. Nothing is fetched at run
//! time.
//!
//! [`match_icon`] looks, in order, at
//! 1. the issuer as a name ("GitHub", "github", "GitHub, Inc.", "Google Account"),
//! 2. the issuer as a web address ("github.com", "accounts.google.com"),
//! 3. the service's domain when the caller knows one (an account's `domain`, the directory's),
//! 4. without an issuer, the account name as a name ("GitHub"),
//! 5. the domain of an e-mail address in the account name, unless it is a mailbox provider's
//!    (`alice@gmail.com` says where Alice reads mail, not which service the code is for).
//!
//! It answers `None` rather than guess: no prefix or fuzzy matching, so "Acme Credit Union" is
//! never "ACME".

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A brand icon the window can show (`ui/public/icons/<slug>.svg`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct IconRef {
    /// simple-icons' slug, also the SVG's file name ("github").
    pub slug: String,
    /// The brand's name as simple-icons writes it ("GitHub").
    pub title: String,
    /// The brand colour, `#RRGGBB`.
    pub hex: String,
    /// The brand colour has 3:1 contrast on the window's light card ([`LIGHT_SURFACE`]): shown
    /// in it there, else in the text colour (WCAG 1.4.11 for graphics).
    pub on_light: bool,
    /// The same on the dark card ([`DARK_SURFACE`]).
    pub on_dark: bool,
}

/// The fallback picture: one or two letters on a colour made from the name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Monogram {
    /// "G", "AC" ("Acme Credit Union"), "?" when the name has no letter or digit.
    pub letters: String,
    /// `#RRGGBB`, always dark enough for white text at 4.5:1 (WCAG AA).
    pub background: String,
    /// `#FFFFFF`.
    pub text: String,
}

/// What an account shows beside its name: the icon when one matches, and the monogram always
/// (the window falls back to it if the icon cannot be drawn).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ServiceBadge {
    pub icon: Option<IconRef>,
    pub monogram: Monogram,
}

/// The window's card colour in the light theme (`--surface` in `ui/src/styles.css`).
pub const LIGHT_SURFACE: [u8; 3] = [0xff, 0xff, 0xff];
/// The window's card colour in the dark theme.
pub const DARK_SURFACE: [u8; 3] = [0x25, 0x27, 0x2a];
/// WCAG 1.4.11: graphics need 3:1 against what is next to them.
const GRAPHIC_CONTRAST: f64 = 3.0;
/// WCAG 1.4.3 (AA) for normal-size text.
pub const TEXT_CONTRAST: f64 = 4.5;

const INDEX: &str = include_str!("index.tsv");

struct Icon {
    slug: &'static str,
    title: &'static str,
    rgb: [u8; 3],
}

struct Index {
    icons: Vec<Icon>,
    by_name: HashMap<String, usize>,
    by_domain: HashMap<&'static str, usize>,
}

static ICONS: LazyLock<Index> = LazyLock::new(|| {
    let mut index = Index {
        icons: Vec::new(),
        by_name: HashMap::new(),
        by_domain: HashMap::new(),
    };
    let mut aliases = Vec::new();
    for line in INDEX
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let mut cols = line.split('\t');
        let (Some(slug), Some(title), Some(hex)) = (cols.next(), cols.next(), cols.next()) else {
            continue;
        };
        let Some(rgb) = parse_hex(hex) else { continue };
        let i = index.icons.len();
        index.icons.push(Icon { slug, title, rgb });
        aliases.push((i, cols.next().unwrap_or("")));
        for d in cols
            .next()
            .unwrap_or("")
            .split('|')
            .filter(|d| !d.is_empty())
        {
            index.by_domain.entry(d).or_insert(i);
        }
    }
    // Titles first: a brand's own name beats another brand's alias ("Proton Mail" is Proton
    // Mail's icon, not Proton's).
    for (i, icon) in index.icons.iter().enumerate() {
        let key = normalise(icon.title);
        if !key.is_empty() {
            index.by_name.entry(key).or_insert(i);
        }
        // The title written as one word keeps what normalising trims from its end: "Cash App"
        // is "cash", and "CashApp" (as issuers write it) is "cashapp".
        let whole = words(icon.title).concat();
        if !whole.is_empty() {
            index.by_name.entry(whole).or_insert(i);
        }
    }
    for (i, names) in aliases {
        for key in names.split('|').map(normalise).filter(|k| !k.is_empty()) {
            index.by_name.entry(key).or_insert(i);
        }
    }
    index
});

/// Words a company's name ends with that don't tell it apart: "Inc.", "Ltd", ".com" — the same
/// list as `scripts/icons/generate.mjs`, which picks the icons by these keys.
const SUFFIXES: &[&str] = &[
    "inc",
    "llc",
    "ltd",
    "limited",
    "corp",
    "corporation",
    "gmbh",
    "plc",
    "co",
    "com",
    "net",
    "org",
    "io",
    "app",
];

/// Words an issuer adds after the service's name: "Google Account", "Binance 2FA".
const GENERIC: &[&str] = &[
    "account", "accounts", "login", "signin", "2fa", "mfa", "otp", "totp", "sso",
];

/// Where people read e-mail: an address there says nothing about the service.
const MAILBOXES: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "yahoo.com",
    "ymail.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "pm.me",
    "gmx.com",
    "gmx.net",
    "gmx.de",
    "web.de",
    "mail.com",
    "yandex.ru",
    "yandex.com",
    "mail.ru",
    "zoho.com",
    "tuta.com",
    "tutanota.com",
    "fastmail.com",
    "hey.com",
    "qq.com",
    "163.com",
];

/// The words of a name, lowercased, split on anything not a letter or digit.
fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn trim_words(mut w: Vec<String>, tail: &[&str]) -> Vec<String> {
    while w.len() > 1 && w[0] == "www" {
        w.remove(0);
    }
    while w.len() > 1 && w.last().is_some_and(|l| tail.contains(&l.as_str())) {
        w.pop();
    }
    w
}

/// A name as a key: lowercase, letters and digits only, without a leading "www" or a trailing
/// company form or web suffix ("GitHub, Inc." → "github", "Air Canada" → "aircanada",
/// "github.com" → "github").
pub fn normalise(name: &str) -> String {
    trim_words(words(name), SUFFIXES).concat()
}

/// The issuer's keys to try: as written, then without parenthesised notes and generic words
/// ("Google Account (work)" → "google").
fn issuer_keys(issuer: &str) -> Vec<String> {
    let mut keys = vec![normalise(issuer)];
    let bare: String = {
        let mut depth = 0usize;
        issuer
            .chars()
            .filter(|c| {
                match c {
                    '(' | '[' => depth += 1,
                    ')' | ']' => depth = depth.saturating_sub(1),
                    _ => return depth == 0,
                }
                false
            })
            .collect()
    };
    let mut w = trim_words(words(&bare), SUFFIXES);
    loop {
        let before = w.len();
        w = trim_words(trim_words(w, GENERIC), SUFFIXES);
        if w.len() == before {
            break;
        }
    }
    keys.push(w.concat());
    keys.dedup();
    keys.retain(|k| !k.is_empty());
    keys
}

/// `s` as a bare host name when it looks like one ("GitHub.com", "https://www.x.com/login").
fn as_domain(s: &str) -> Option<String> {
    let s = s.trim().to_lowercase();
    let s = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .unwrap_or(&s);
    let host = s.split(['/', '?', '#', ':']).next()?.trim_end_matches('.');
    let host = host.strip_prefix("www.").unwrap_or(host);
    let ok = host.contains('.')
        && !host.starts_with('.')
        && !host.contains("..")
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    ok.then(|| host.to_string())
}

/// The icon for a host or one of its parents ("accounts.google.com" → "google.com").
fn by_domain(index: &Index, host: &str) -> Option<usize> {
    let mut h = host;
    loop {
        if let Some(i) = index.by_domain.get(h) {
            return Some(*i);
        }
        let (_, parent) = h.split_once('.')?;
        if !parent.contains('.') {
            return None;
        }
        h = parent;
    }
}

fn email_domain(name: &str) -> Option<String> {
    let (_, domain) = name.trim().rsplit_once('@')?;
    as_domain(domain).filter(|d| !MAILBOXES.contains(&d.as_str()))
}

fn icon_ref(icon: &Icon) -> IconRef {
    IconRef {
        slug: icon.slug.to_string(),
        title: icon.title.to_string(),
        hex: hex(icon.rgb),
        on_light: contrast(icon.rgb, LIGHT_SURFACE) >= GRAPHIC_CONTRAST,
        on_dark: contrast(icon.rgb, DARK_SURFACE) >= GRAPHIC_CONTRAST,
    }
}

/// The brand icon for an account or service (see the module comment for the order), or `None`.
pub fn match_icon(
    issuer: Option<&str>,
    account_name: &str,
    domain: Option<&str>,
) -> Option<IconRef> {
    let index = &*ICONS;
    let issuer = issuer.map(str::trim).filter(|i| !i.is_empty());
    let found = issuer
        .and_then(|i| {
            issuer_keys(i)
                .iter()
                .find_map(|k| index.by_name.get(k).copied())
                .or_else(|| as_domain(i).and_then(|d| by_domain(index, &d)))
        })
        .or_else(|| {
            domain
                .and_then(as_domain)
                .and_then(|d| by_domain(index, &d))
        })
        .or_else(|| {
            if issuer.is_some() || account_name.contains('@') {
                return None;
            }
            issuer_keys(account_name)
                .iter()
                .find_map(|k| index.by_name.get(k).copied())
        })
        .or_else(|| email_domain(account_name).and_then(|d| by_domain(index, &d)))?;
    index.icons.get(found).map(icon_ref)
}

/// The icon and monogram for an account or service named `issuer` / `account_name`.
pub fn badge(issuer: Option<&str>, account_name: &str, domain: Option<&str>) -> ServiceBadge {
    let shown = issuer
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .unwrap_or(account_name);
    ServiceBadge {
        icon: match_icon(issuer, account_name, domain),
        monogram: monogram(shown),
    }
}

/// The first letter of the first two words ("Acme Credit Union" → "AC", "deno" → "D"), on a
/// colour from the name's hash, dark enough for white text at 4.5:1.
pub fn monogram(name: &str) -> Monogram {
    let letters: String = name
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect();
    let letters = if letters.is_empty() {
        "?".to_string()
    } else {
        letters
    };
    // FNV-1a over the key, so "GitHub" and "github " get the same colour.
    let hash = normalise(name).bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    let hue = f64::from(hash % 360);
    let mut lightness = 0.45;
    let mut rgb = hsl(hue, 0.55, lightness);
    while contrast(rgb, [0xff; 3]) < TEXT_CONTRAST + 0.1 && lightness > 0.05 {
        lightness -= 0.02;
        rgb = hsl(hue, 0.55, lightness);
    }
    Monogram {
        letters,
        background: hex(rgb),
        text: "#FFFFFF".into(),
    }
}

fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let s = s.trim_start_matches('#');
    if s.len() != 6 || !s.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&s[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

fn hex(rgb: [u8; 3]) -> String {
    format!("#{:02X}{:02X}{:02X}", rgb[0], rgb[1], rgb[2])
}

fn hsl(h: f64, s: f64, l: f64) -> [u8; 3] {
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let x = c * (1.0 - ((h / 60.0) % 2.0 - 1.0).abs());
    let m = l - c / 2.0;
    let (r, g, b) = match h {
        h if h < 60.0 => (c, x, 0.0),
        h if h < 120.0 => (x, c, 0.0),
        h if h < 180.0 => (0.0, c, x),
        h if h < 240.0 => (0.0, x, c),
        h if h < 300.0 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let to = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    [to(r), to(g), to(b)]
}

/// WCAG relative luminance.
fn luminance(rgb: [u8; 3]) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2])
}

/// WCAG contrast ratio between two colours (1 to 21).
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// How many icons are vendored (for `steward otp icons`-style reports and tests).
pub fn icon_count() -> usize {
    ICONS.icons.len()
}

#[cfg(test)]
mod tests;
