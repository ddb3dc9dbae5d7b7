//! `otpauth://` links: the lenient reader on real-world shapes, clear errors, the strict writer.

use steward::error::UserFacing;
use steward::otp::{uri, Algorithm, OtpKind, Warning};

const KEY: &str = "JBSWY3DPEHPK3PXP"; // 80 bits, as many services still issue

fn ok(link: &str) -> uri::ParsedLink {
    uri::parse(link).unwrap_or_else(|e| panic!("{link}: {e}"))
}

#[test]
fn lenient_reader() {
    // (link, issuer, name)
    let labels = [
        (
            "otpauth://totp/ACME%20Co:john.doe@email.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co",
            Some("ACME Co"),
            "john.doe@email.com",
        ),
        (
            "otpauth://totp/ACME+Co:John+Doe?secret=JBSWY3DPEHPK3PXP",
            Some("ACME Co"),
            "John Doe",
        ),
        (
            "otpauth://totp/Example%3Aalice%40google.com?secret=JBSWY3DPEHPK3PXP",
            Some("Example"),
            "alice@google.com",
        ),
        (
            "otpauth://totp/alice+otp@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example",
            Some("Example"),
            "alice+otp@example.com",
        ),
        (
            "otpauth://totp/Example:%20alice?secret=JBSWY3DPEHPK3PXP&issuer=Example",
            Some("Example"),
            "alice",
        ),
        (
            "otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP&issuer=Air+Canada",
            Some("Air Canada"),
            "alice",
        ),
        (
            "otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP",
            None,
            "alice",
        ),
        (
            "otpauth://totp/?secret=JBSWY3DPEHPK3PXP&issuer=Solo",
            Some("Solo"),
            "",
        ),
        ("otpauth://totp?secret=JBSWY3DPEHPK3PXP", None, ""),
        (
            "otpauth://totp/%C3%84pfel:J%C3%BCrgen?secret=JBSWY3DPEHPK3PXP",
            Some("Äpfel"),
            "Jürgen",
        ),
        (
            "otpauth://totp/Bad%ZZescape?secret=JBSWY3DPEHPK3PXP",
            None,
            "Bad%ZZescape",
        ),
    ];
    for (link, issuer, name) in labels {
        let p = ok(link);
        assert_eq!(p.account.issuer.as_deref(), issuer, "{link}");
        assert_eq!(p.account.name, name, "{link}");
    }

    let secrets = [
        "jbswy3dpehpk3pxp",
        "JBSWY3DPEHPK3PXP%3D%3D%3D%3D%3D%3D",
        "JBSWY3DPEHPK3PXP======",
        "JBSW%20Y3DP%20EHPK%203PXP",
        "JBSW+Y3DP+EHPK+3PXP",
        "jbsw-y3dp-ehpk-3pxp",
    ];
    for s in secrets {
        let p = ok(&format!("otpauth://totp/x?secret={s}"));
        assert_eq!(p.account.secret.to_base32().as_str(), KEY, "{s}");
        // 80-bit secrets are accepted, with a warning.
        assert_eq!(p.account.warnings(), vec![Warning::WeakSecret { bits: 80 }]);
    }

    let p = ok("OTPAUTH://TOTP/X:y?SECRET=JBSWY3DPEHPK3PXP&ALGORITHM=sha512&Digits=8&PERIOD=60&image=https%3A%2F%2Fx%2Fi.png&foo=bar");
    assert_eq!(p.account.kind, OtpKind::Totp { period: 60 });
    assert_eq!(
        (p.account.algorithm, p.account.digits),
        (Algorithm::Sha512, 8)
    );

    let p = ok("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP");
    assert_eq!(p.account.kind, OtpKind::Totp { period: 30 });
    assert_eq!(
        (p.account.algorithm, p.account.digits),
        (Algorithm::Sha1, 6)
    );
    assert!(p.warnings.is_empty());

    let p = ok("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=10");
    assert_eq!(p.account.digits, 10);

    // Steam: by type, or by Aegis/andOTP's encoder=steam; always 5 characters.
    for link in [
        "otpauth://steam/Steam:gabe?secret=JBSWY3DPEHPK3PXP",
        "otpauth://totp/Steam:gabe?secret=JBSWY3DPEHPK3PXP&encoder=steam&digits=6",
        "steam://JBSWY3DPEHPK3PXP",
    ] {
        let p = ok(link);
        assert_eq!(p.account.kind, OtpKind::Steam { period: 30 }, "{link}");
        assert_eq!(p.account.digits, 5, "{link}");
        assert_eq!(p.account.issuer.as_deref(), Some("Steam"));
    }

    // HOTP: counter read, or 0 with a warning when missing.
    let p = ok("otpauth://HOTP/X:y?secret=JBSWY3DPEHPK3PXP&counter=42");
    assert_eq!(p.account.kind, OtpKind::Hotp { counter: 42 });
    let p = ok("otpauth://hotp/X:y?secret=JBSWY3DPEHPK3PXP");
    assert_eq!(p.account.kind, OtpKind::Hotp { counter: 0 });
    assert_eq!(p.warnings, vec![Warning::CounterMissing]);

    // issuer= wins over a different label prefix, with a warning.
    let p = ok("otpauth://totp/Old%20Name:alice?secret=JBSWY3DPEHPK3PXP&issuer=New%20Name");
    assert_eq!(p.account.issuer.as_deref(), Some("New Name"));
    assert_eq!(p.account.name, "alice");
    assert!(matches!(&p.warnings[..], [Warning::IssuerMismatch { .. }]));
    // ... but not when they only differ in case.
    assert!(
        ok("otpauth://totp/github:alice?secret=JBSWY3DPEHPK3PXP&issuer=GitHub")
            .warnings
            .is_empty()
    );
}

#[test]
fn clear_errors() {
    let table = [
        (
            "https://example.com/?secret=JBSWY3DPEHPK3PXP",
            "not_otpauth",
        ),
        ("JBSWY3DPEHPK3PXP", "not_otpauth"),
        ("", "not_otpauth"),
        ("otpauth-migration://offline?data=abc", "is_migration_link"),
        (
            "otpauth://yandex/x?secret=JBSWY3DPEHPK3PXP",
            "unknown_otp_type",
        ),
        ("otpauth:///x?secret=JBSWY3DPEHPK3PXP", "unknown_otp_type"),
        ("otpauth://totp/x", "missing_secret"),
        ("otpauth://totp/x?secret=", "missing_secret"),
        ("otpauth://totp/x?secret=JBSW1Y3DP", "invalid_secret"),
        (
            "otpauth://totp/x?secret=%E2%82%AC%E2%82%AC",
            "invalid_secret",
        ),
        (
            "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=4",
            "invalid_digits",
        ),
        (
            "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=11",
            "invalid_digits",
        ),
        (
            "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=six",
            "invalid_digits",
        ),
        (
            "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=0",
            "invalid_parameter",
        ),
        (
            "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=-30",
            "invalid_parameter",
        ),
        (
            "otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP&counter=-1",
            "invalid_parameter",
        ),
        (
            "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=MD5",
            "unknown_algorithm",
        ),
    ];
    for (link, code) in table {
        let err = match uri::parse(link) {
            Ok(_) => panic!("{link}: accepted"),
            Err(e) => e,
        };
        assert_eq!(err.code(), code, "{link}: {err}");
        // Messages never repeat the secret.
        assert!(!err.to_string().contains(KEY), "{link}: {err}");
        assert!(!err.to_string().contains("JBSW"), "{link}: {err}");
    }
}

#[test]
fn strict_writer_and_round_trip() {
    let p = ok("otpauth://totp/ACME%20Co:john.doe@email.com?secret=jbsw+y3dp+ehpk+3pxp&issuer=ACME+Co&digits=8&algorithm=sha256&period=60&foo=bar");
    assert_eq!(
        uri::to_uri(&p.account).as_str(),
        "otpauth://totp/ACME%20Co:john.doe%40email.com?secret=JBSWY3DPEHPK3PXP&issuer=ACME%20Co&algorithm=SHA256&digits=8&period=60"
    );
    let h = ok("otpauth://hotp/X:y?secret=JBSWY3DPEHPK3PXP&counter=7");
    assert_eq!(
        uri::to_uri(&h.account).as_str(),
        "otpauth://hotp/X:y?secret=JBSWY3DPEHPK3PXP&issuer=X&algorithm=SHA1&digits=6&counter=7"
    );
    let n = ok("otpauth://totp/solo?secret=JBSWY3DPEHPK3PXP");
    assert_eq!(
        uri::to_uri(&n.account).as_str(),
        "otpauth://totp/solo?secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30"
    );

    // Awkward labels survive writer → reader.
    for (issuer, name) in [
        ("Äpfel & Birnen", "jürgen+tag@example.com"),
        ("A:B", "c:d"),
        ("100% Legit", "a b+c"),
        ("Steam", ""),
    ] {
        let mut a = ok("otpauth://totp/x?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP").account;
        a.issuer = Some(issuer.into());
        a.name = name.into();
        let link = uri::to_uri(&a);
        let back = ok(&link).account;
        assert_eq!(back, a, "{}", link.as_str());
    }
    for link in [
        "otpauth://steam/Valve:gabe?secret=JBSWY3DPEHPK3PXP",
        "otpauth://hotp/Air%20Canada:Benjamin?secret=KUVJJOM753IHTNDSZVCNKL7GII&issuer=Air+Canada&algorithm=SHA256&digits=7&counter=50",
    ] {
        let a = ok(link).account;
        assert_eq!(ok(&uri::to_uri(&a)).account, a);
    }
}

#[test]
fn label_hint_never_includes_the_secret() {
    assert_eq!(
        uri::label_hint("otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ").as_deref(),
        Some("Deno:Mason")
    );
    assert_eq!(
        uri::label_hint("otpauth://totp?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ"),
        None
    );
    assert_eq!(uri::label_hint("nonsense"), None);
}
