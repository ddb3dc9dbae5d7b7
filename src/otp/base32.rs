//! RFC 4648 Base32, read leniently (real setup keys come lowercase, padded, grouped with spaces
//! or dashes) and written strictly (uppercase, no padding, as Aegis and the Key URI format use).

use zeroize::Zeroizing;

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// Decodes a Base32 setup key. Ignores case, whitespace, `-` separators and `=` padding; leftover
/// bits of an incomplete last byte are dropped, as other authenticators do.
pub fn decode(text: &str) -> Result<Zeroizing<Vec<u8>>, &'static str> {
    let mut out = Zeroizing::new(Vec::with_capacity(text.len() * 5 / 8 + 1));
    let mut buffer: u32 = 0;
    let mut bits = 0u32;
    let mut seen_padding = false;
    for c in text.bytes() {
        if c.is_ascii_whitespace() || c == b'-' {
            continue;
        }
        if c == b'=' {
            seen_padding = true;
            continue;
        }
        if seen_padding {
            return Err("otp-reason-after-padding");
        }
        let value = match c.to_ascii_uppercase() {
            u @ b'A'..=b'Z' => u - b'A',
            d @ b'2'..=b'7' => d - b'2' + 26,
            b'0' | b'1' | b'8' | b'9' => return Err("otp-reason-base32-digits"),
            _ => return Err("otp-reason-not-base32"),
        };
        buffer = (buffer << 5) | u32::from(value);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    if out.is_empty() {
        return Err("otp-reason-empty");
    }
    Ok(out)
}

/// Encodes bytes as uppercase Base32 without padding.
pub fn encode(bytes: &[u8]) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(bytes.len().div_ceil(5) * 8));
    let mut buffer: u32 = 0;
    let mut bits = 0u32;
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((buffer >> bits) & 31) as usize] as char);
        }
        buffer &= (1 << bits) - 1;
    }
    if bits > 0 {
        out.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc4648_vectors_round_trip() {
        for (plain, enc) in [
            ("f", "MY"),
            ("fo", "MZXQ"),
            ("foo", "MZXW6"),
            ("foob", "MZXW6YQ"),
            ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI"),
        ] {
            assert_eq!(encode(plain.as_bytes()).as_str(), enc);
            assert_eq!(decode(enc).unwrap().as_slice(), plain.as_bytes());
        }
    }

    #[test]
    fn lenient_input() {
        let want = decode("JBSWY3DPEHPK3PXP").unwrap();
        for messy in [
            "jbswy3dpehpk3pxp",
            "JBSW Y3DP EHPK 3PXP",
            "jbsw-y3dp-ehpk-3pxp",
            "JBSWY3DPEHPK3PXP======",
            " JBSWY3DP\tEHPK3PXP\n",
        ] {
            assert_eq!(decode(messy).unwrap(), want, "{messy}");
        }
        assert!(decode("JBSW1").is_err());
        assert!(decode("JB=SW").is_err());
        assert!(decode("").is_err());
        assert!(decode("====").is_err());
        assert!(decode("ÄÖ").is_err());
    }
}
