//! Reading digits in text: full-width and non-Latin digits made ASCII, the separators people put
//! between digit groups, and the checks cards (Luhn) and IBANs (mod-97) pass.

/// The ASCII digit a Unicode decimal digit stands for (full-width, Arabic-Indic, Devanagari,
/// Thai, Khmer, …).
pub(super) fn decimal_digit(c: char) -> Option<char> {
    const ZEROS: [u32; 19] = [
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810, 0xFF10,
    ];
    let u = c as u32;
    ZEROS
        .iter()
        .find(|&&z| (z..z + 10).contains(&u))
        .and_then(|&z| char::from_digit(u - z, 10))
}

/// `text` with full-width forms (`４`, `＠`, `＋`, ideographic space) and Unicode digits made
/// ASCII, and for each byte of the result the byte of `text` it came from (one past the end
/// included); `None` when there is nothing to fold.
pub(super) fn fold_width(text: &str) -> Option<(String, Vec<usize>)> {
    let fold = |c: char| -> Option<char> {
        match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0),
            0x3000 => Some(' '),
            _ => decimal_digit(c),
        }
    };
    if !text.chars().any(|c| fold(c).is_some()) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let f = fold(c).unwrap_or(c);
        for _ in 0..f.len_utf8() {
            map.push(i);
        }
        out.push(f);
    }
    map.push(text.len());
    Some((out, map))
}

/// Characters people put between digit groups (incl. no-break and thin spaces).
pub(super) fn is_digit_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '-' | '.' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{2007}'
    )
}

pub(super) fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

pub(super) fn last(s: &str, n: usize) -> &str {
    let mut cut = s.len().saturating_sub(n);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    &s[cut..]
}

/// The Luhn check every payment card number passes.
pub fn luhn_ok(number: &str) -> bool {
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut sum = 0u32;
    for (i, c) in number.bytes().rev().enumerate() {
        let mut d = u32::from(c - b'0');
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum.is_multiple_of(10)
}

/// Whether `iban` (spaces allowed, any case) is an IBAN: the registry's length and structure for
/// its country and the ISO 13616 mod-97 check (the `iban_validate` crate).
pub fn iban_ok(iban: &str) -> bool {
    let compact: String = iban
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    compact.parse::<iban::Iban>().is_ok()
}
