use std::path::PathBuf;

use proptest::prelude::*;

use super::*;

fn slug(issuer: Option<&str>, name: &str, domain: Option<&str>) -> Option<String> {
    match_icon(issuer, name, domain).map(|i| i.slug)
}

fn corpus(path: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/corpus")
        .join(path);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn the_index_loads_whole() {
    let lines = INDEX
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .count();
    assert_eq!(icon_count(), lines, "every line of index.tsv is an icon");
    assert!(icon_count() > 500, "{}", icon_count());
    assert!(
        INDEX.contains("simple-icons 16.37.0"),
        "the index names its source"
    );
}

#[test]
fn names_as_people_write_them() {
    for issuer in [
        "GitHub",
        "github",
        " GITHUB ",
        "Git Hub",
        "GitHub, Inc.",
        "GitHub Inc",
        "github.com",
        "www.github.com",
        "https://github.com/login",
        "GitHub Account",
        "GitHub (work)",
        "GitHub 2FA",
    ] {
        assert_eq!(
            slug(Some(issuer), "alice", None).as_deref(),
            Some("github"),
            "{issuer:?}"
        );
    }
    assert_eq!(
        slug(Some("Google"), "a@b.c", None).as_deref(),
        Some("google")
    );
    assert_eq!(
        slug(Some("accounts.google.com"), "", None).as_deref(),
        Some("google")
    );
    assert_eq!(
        slug(Some("Google Account (work)"), "", None).as_deref(),
        Some("google")
    );
    assert_eq!(slug(Some("Twitter"), "", None).as_deref(), Some("x"));
    // A brand's own title beats another brand's alias.
    assert_eq!(
        slug(Some("Proton Mail"), "", None).as_deref(),
        Some("protonmail")
    );
    assert_eq!(slug(Some("Gmail"), "", None).as_deref(), Some("gmail"));
    assert_eq!(
        slug(Some("Air Canada"), "", None).as_deref(),
        Some("aircanada")
    );
    assert_eq!(slug(Some("AT&T"), "", None).as_deref(), Some("atandt"));
    assert_eq!(
        slug(Some("Booking.com"), "", None).as_deref(),
        Some("bookingdotcom")
    );
}

#[test]
fn unknown_services_get_none_not_a_guess() {
    for issuer in [
        "Acme Credit Union",
        "ACME",
        "raspberrypi.local",
        "My Bank",
        "",
        "   ",
        "Google Cloud Identity Platform for Acme",
        // Reviewed: the directory's service of this name is another company than the icon's.
        "Spring",
        "Axios",
        "Grubhub",
        "XO",
    ] {
        assert_eq!(slug(Some(issuer), "alice", None), None, "{issuer:?}");
    }
}

#[test]
fn domain_and_account_name_when_the_issuer_says_nothing() {
    assert_eq!(
        slug(None, "", Some("github.com")).as_deref(),
        Some("github")
    );
    assert_eq!(
        slug(Some("Acme SSO"), "", Some("gitlab.com")).as_deref(),
        Some("gitlab")
    );
    assert_eq!(slug(None, "GitHub", None).as_deref(), Some("github"));
    assert_eq!(
        slug(None, "bob@mail.github.com", None).as_deref(),
        Some("github"),
        "an address at the service's own domain"
    );
    // A mailbox provider's address says nothing about the service.
    assert_eq!(slug(None, "alice@gmail.com", None), None);
    assert_eq!(slug(None, "alice@proton.me", None), None);
    // The issuer wins over the account name and the domain.
    assert_eq!(
        slug(Some("Dropbox"), "GitHub", Some("gitlab.com")).as_deref(),
        Some("dropbox")
    );
}

#[test]
fn brand_colour_only_where_it_has_contrast() {
    let gh = match_icon(Some("GitHub"), "", None).unwrap();
    assert_eq!(gh.hex, "#181717");
    assert!(gh.on_light && !gh.on_dark, "near-black: light cards only");
    let google = match_icon(Some("Google"), "", None).unwrap();
    assert!(google.on_light && google.on_dark, "{google:?}");
    for line in INDEX.lines().filter(|l| !l.starts_with('#')) {
        let hex = line.split('\t').nth(2).unwrap();
        assert!(parse_hex(hex).is_some(), "{line}");
    }
}

#[test]
fn monograms() {
    assert_eq!(monogram("Acme Credit Union").letters, "AC");
    assert_eq!(monogram("deno").letters, "D");
    assert_eq!(monogram("ngân hàng").letters, "NH");
    assert_eq!(monogram("...").letters, "?");
    assert_eq!(monogram("").letters, "?");
    assert_eq!(
        monogram("GitHub").background,
        monogram(" github ").background
    );
    assert_ne!(monogram("GitHub").background, monogram("GitLab").background);
}

/// Real issuers from other apps' exports (tests/fixtures/corpus, the Aegis project's importer
/// tests) and Google Authenticator transfer data — names nobody here wrote.
#[test]
fn issuers_from_other_apps_exports() {
    let aegis: serde_json::Value =
        serde_json::from_str(&corpus("authenticator-exports/aegis_plain.json")).unwrap();
    let mut got = vec![];
    for e in aegis["db"]["entries"].as_array().unwrap() {
        let issuer = e["issuer"].as_str().unwrap();
        let name = e["name"].as_str().unwrap();
        got.push((issuer.to_string(), slug(Some(issuer), name, None)));
    }
    let want = |s: &str| Some(s.to_string());
    assert_eq!(
        got,
        vec![
            // Deno's icon has its own MIT licence, so it is not vendored (docs/icons.md).
            ("Deno".into(), None),
            // In simple-icons, but no 2fa.directory service has these names, so not shipped.
            ("SPDX".into(), None),
            ("Airbnb".into(), want("airbnb")),
            ("Issuu".into(), None),
            ("Air Canada".into(), want("aircanada")),
            ("WWE".into(), None),
            ("Boeing".into(), None),
        ]
    );
    let google: serde_json::Value =
        serde_json::from_str(&corpus("google-migration/example_output.json")).unwrap();
    for e in google.as_array().unwrap() {
        let issuer = e["issuer"].as_str().unwrap();
        // Issuer "raspberrypi" (PAM's google-authenticator on a Pi names itself after the host):
        // the Raspberry Pi icon is right. The name "pi@raspberrypi" alone: a host, no domain.
        let want = (issuer == "raspberrypi").then(|| "raspberrypi".to_string());
        assert_eq!(slug(Some(issuer), e["name"].as_str().unwrap(), None), want);
    }
}

/// Every service in the 2fa.directory snapshot, by its name and by its domain: how many get an
/// icon, and whether the name and the domain ever point at two different icons (a false match
/// one way or the other).
#[test]
fn directory_services_match_rate_and_agreement() {
    let dir: serde_json::Value =
        serde_json::from_str(&corpus("2fa-directory/all.v3.json")).unwrap();
    let (mut total, mut by_name, mut by_domain, mut either) = (0, 0, 0, 0);
    let mut disagree = vec![];
    for pair in dir.as_array().unwrap() {
        let name = pair[0].as_str().unwrap();
        let domain = pair[1]["domain"].as_str().unwrap();
        total += 1;
        let n = slug(Some(name), "", None);
        let d = slug(None, "", Some(domain));
        by_name += usize::from(n.is_some());
        by_domain += usize::from(d.is_some());
        either += usize::from(n.is_some() || d.is_some());
        if let (Some(n), Some(d)) = (&n, &d) {
            if n != d {
                disagree.push(format!("{name} ({domain}): name→{n}, domain→{d}"));
            }
        }
    }
    eprintln!(
        "2fa.directory: {total} services; icon by name {by_name}, by domain {by_domain}, \
         either {either} ({:.1}%); disagreements: {disagree:#?}",
        100.0 * either as f64 / total as f64
    );
    assert!(either * 100 / total >= 20, "{either} of {total}");
    assert!(disagree.len() <= 5, "{disagree:#?}");
}

/// The Passkeys Directory's domains (another data set, domains only).
#[test]
fn passkeys_directory_domains() {
    let dir: serde_json::Value =
        serde_json::from_str(&corpus("passkeys-directory/all.v1.json")).unwrap();
    let obj = dir.as_object().unwrap();
    let hits: Vec<_> = obj
        .keys()
        .filter_map(|d| slug(None, "", Some(d)).map(|s| format!("{d}→{s}")))
        .collect();
    eprintln!(
        "passkeys.directory: {} domains, {} with an icon; sample {:?}",
        obj.len(),
        hits.len(),
        &hits[..hits.len().min(30)]
    );
    assert!(hits.len() * 100 / obj.len() >= 10);
}

/// Every vendored title, upper and lower case, its spaces taken out or doubled (the property
/// below found "CashApp" matching nothing; this walks all of them every run).
#[test]
fn every_vendored_title_matches_itself_squeezed_or_spaced() {
    let index = &*ICONS;
    let mut missing = vec![];
    for icon in &index.icons {
        for t in [
            icon.title.to_lowercase().replace(' ', ""),
            icon.title.to_uppercase().replace(' ', "  "),
        ] {
            if match_icon(Some(&t), "", None).is_none() {
                missing.push(t);
            }
        }
    }
    assert!(missing.is_empty(), "{missing:?}");
}

proptest! {
    #[test]
    fn matching_never_panics(issuer in proptest::option::of(any::<String>()), name in any::<String>(), domain in proptest::option::of(any::<String>())) {
        let b = badge(issuer.as_deref(), &name, domain.as_deref());
        prop_assert!(!b.monogram.letters.is_empty());
    }

    #[test]
    fn case_and_spaces_do_not_matter(issuer in "[A-Za-z0-9 .,&'()-]{0,30}", pad_l in " {0,3}", pad_r in " {0,3}") {
        let base = slug(Some(&issuer), "", None);
        let upper = format!("{pad_l}{}{pad_r}", issuer.to_uppercase());
        prop_assert_eq!(&slug(Some(&upper), "", None), &base);
        prop_assert_eq!(&slug(Some(&issuer.to_lowercase().replace(' ', "  ")), "", None), &base);
    }

    #[test]
    fn every_vendored_title_matches_itself_in_any_case_and_spacing(i in 0..600usize, flips in any::<u64>(), squeeze in any::<bool>()) {
        let index = &*ICONS;
        let icon = &index.icons[i % index.icons.len()];
        // Random case (ASCII letters), and the spaces between words taken out or doubled.
        let t: String = icon.title.chars().enumerate().map(|(n, c)| {
            if flips >> (n % 64) & 1 == 1 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }
        }).collect();
        let t = t.replace(' ', if squeeze { "" } else { "  " });
        let got = match_icon(Some(&format!(" {t} ")), "", None);
        // Another icon may own the same key (the first keeps it), but never none.
        prop_assert!(got.is_some(), "{:?} from {:?}", t, icon.title);
    }

    #[test]
    fn monogram_text_always_meets_wcag_aa(name in any::<String>()) {
        let m = monogram(&name);
        let bg = parse_hex(&m.background).unwrap();
        prop_assert!(contrast(bg, [0xff; 3]) >= TEXT_CONTRAST, "{} {}", name, m.background);
        prop_assert!(m.letters.chars().count() <= 4);
    }
}

/// The window draws `ui/public/icons/<slug>.svg` for every slug matched here: each is there,
/// small, and nothing else is (the generator writes both from one list).
#[test]
fn every_slug_has_its_svg_in_the_window_assets() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ui/public/icons");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".svg"))
        .collect();
    files.sort();
    let mut slugs: Vec<String> = ICONS
        .icons
        .iter()
        .map(|i| format!("{}.svg", i.slug))
        .collect();
    slugs.sort();
    assert_eq!(files, slugs);
    for f in &files {
        let svg = std::fs::read_to_string(dir.join(f)).unwrap();
        assert!(svg.starts_with("<svg ") && svg.len() < 20_000, "{f}");
        assert!(!svg.contains("<script") && !svg.contains("href"), "{f}");
    }
}
