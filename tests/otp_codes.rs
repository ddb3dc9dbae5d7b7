//! Codes: the RFC test vectors, and `oathtool` (an independent implementation) for every corpus
//! account at several times. Steam codes, which oathtool cannot make, are checked against a
//! separate Python implementation.

mod otp_support;

use otp_support::{oathtool, python_steam, MANIFEST};
use steward::otp::codes::{hotp, steam, totp};
use steward::otp::{
    code_at, code_view, seconds_remaining, Algorithm, OtpAccount, OtpKind, OtpSecret,
};

fn account(kind: OtpKind, algorithm: Algorithm, digits: u8, secret: &[u8]) -> OtpAccount {
    OtpAccount::new(
        Some("Test".into()),
        "me".into(),
        kind,
        algorithm,
        digits,
        OtpSecret::from_bytes(secret.to_vec()).unwrap(),
    )
    .unwrap()
}

#[test]
fn rfc4226_appendix_d() {
    let secret = b"12345678901234567890";
    let want = [
        "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871",
        "520489",
    ];
    for (counter, code) in want.iter().enumerate() {
        assert_eq!(hotp(secret, Algorithm::Sha1, 6, counter as u64), *code);
        let a = account(
            OtpKind::Hotp {
                counter: counter as u64,
            },
            Algorithm::Sha1,
            6,
            secret,
        );
        assert_eq!(code_at(&a, 0), *code);
    }
}

#[test]
fn rfc6238_appendix_b() {
    let sha1 = b"12345678901234567890".as_slice();
    let sha256 = b"12345678901234567890123456789012".as_slice();
    let sha512 = b"1234567890123456789012345678901234567890123456789012345678901234".as_slice();
    let table: [(u64, &str, &str, &str); 6] = [
        (59, "94287082", "46119246", "90693936"),
        (1111111109, "07081804", "68084774", "25091201"),
        (1111111111, "14050471", "67062674", "99943326"),
        (1234567890, "89005924", "91819424", "93441116"),
        (2000000000, "69279037", "90698825", "38618901"),
        (20000000000, "65353130", "77737706", "47863826"),
    ];
    for (t, c1, c256, c512) in table {
        assert_eq!(totp(sha1, Algorithm::Sha1, 8, 30, t), c1, "SHA1 at {t}");
        assert_eq!(
            totp(sha256, Algorithm::Sha256, 8, 30, t),
            c256,
            "SHA256 at {t}"
        );
        assert_eq!(
            totp(sha512, Algorithm::Sha512, 8, 30, t),
            c512,
            "SHA512 at {t}"
        );
        let a = account(OtpKind::Totp { period: 30 }, Algorithm::Sha512, 8, sha512);
        assert_eq!(code_at(&a, t), c512);
    }
}

const TIMES: [u64; 7] = [
    0,
    59,
    1_111_111_109,
    1_234_567_890,
    1_700_000_000,
    2_000_000_000,
    20_000_000_000,
];

fn corpus_accounts() -> Vec<OtpAccount> {
    MANIFEST
        .iter()
        .map(|m| {
            OtpAccount::new(
                Some(m.issuer.into()),
                m.name.into(),
                m.kind,
                m.algorithm,
                m.digits,
                OtpSecret::from_base32(m.secret).unwrap(),
            )
            .unwrap()
        })
        .collect()
}

#[test]
fn every_corpus_account_matches_oathtool() {
    let mut checked = 0;
    for base in corpus_accounts() {
        match base.kind {
            OtpKind::Totp { .. } => {
                for t in TIMES {
                    assert_eq!(
                        code_at(&base, t),
                        oathtool(&base, t),
                        "{} at {t}",
                        base.label()
                    );
                    checked += 1;
                }
            }
            OtpKind::Hotp { counter } => {
                for c in [counter, counter + 1, counter + 2, counter + 1000, 0] {
                    let mut a = base.clone();
                    a.kind = OtpKind::Hotp { counter: c };
                    assert_eq!(
                        code_at(&a, 0),
                        oathtool(&a, 0),
                        "{} at counter {c}",
                        a.label()
                    );
                    checked += 1;
                }
            }
            OtpKind::Steam { period } => {
                let secret = base.secret.to_base32();
                for t in TIMES {
                    let want = python_steam(&secret, period, t)
                        .expect("python3 is needed for the independent Steam check");
                    assert_eq!(code_at(&base, t), want, "Steam at {t}");
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 3 * 7 + 3 * 5 + 7);
}

#[test]
fn nine_and_ten_digits_extend_eight() {
    // 31-bit values have at most 10 digits; a shorter code is the tail of a longer one.
    for a in corpus_accounts()
        .into_iter()
        .filter(|a| !matches!(a.kind, OtpKind::Steam { .. }))
    {
        for t in TIMES {
            let mut long = a.clone();
            long.digits = 10;
            let mut eight = a.clone();
            eight.digits = 8;
            let ten = code_at(&long, t);
            assert_eq!(ten.len(), 10);
            assert_eq!(&ten[2..], code_at(&eight, t));
            long.digits = 9;
            assert_eq!(&ten[1..], code_at(&long, t));
        }
    }
}

#[test]
fn steam_codes_use_the_steam_alphabet() {
    for t in TIMES {
        let code = steam(b"12345678901234567890", Algorithm::Sha1, 30, t);
        assert_eq!(code.len(), 5);
        assert!(
            code.chars()
                .all(|c| "23456789BCDFGHJKMNPQRTVWXY".contains(c)),
            "{code}"
        );
    }
}

#[test]
fn timing_and_next_code() {
    let a = account(
        OtpKind::Totp { period: 30 },
        Algorithm::Sha1,
        6,
        b"12345678901234567890",
    );
    assert_eq!(seconds_remaining(&a, 0), Some(30));
    assert_eq!(seconds_remaining(&a, 29), Some(1));
    assert_eq!(seconds_remaining(&a, 30), Some(30));
    let view = code_view(&a, 1_234_567_890);
    assert_eq!(view.code, code_at(&a, 1_234_567_890));
    assert_eq!(view.next_code, code_at(&a, 1_234_567_920));
    assert_eq!(
        view.seconds_remaining,
        Some(30 - (1_234_567_890 % 30) as u32)
    );
    assert_eq!(view.period, Some(30));

    let odd = account(
        OtpKind::Totp { period: 20 },
        Algorithm::Sha256,
        7,
        b"12345678901234567890",
    );
    assert_eq!(seconds_remaining(&odd, 45), Some(15));

    let h = account(
        OtpKind::Hotp { counter: 3 },
        Algorithm::Sha1,
        6,
        b"12345678901234567890",
    );
    assert_eq!(seconds_remaining(&h, 100), None);
    let view = code_view(&h, 100);
    assert_eq!(
        (view.code.as_str(), view.next_code.as_str()),
        ("969429", "338314")
    );
    assert_eq!(view.counter, Some(3));
}
