//! Several cases in one export file (`steward case export 1 2 --format md|html|json`): a
//! contents list then each case, redaction applied to every case, one signature over the whole
//! file naming every case and its event-chain head, and verification that catches a change to
//! any case. Formats that hold one case (pdf, eml, ics, brief) refuse several with a clear error.

#[path = "../../tests/common/mod.rs"]
mod common;
mod support;

use chrono::Utc;
use common::*;
use steward::cases::Uuid;
use steward::error::UserFacing;
use steward::profile::Profile;
use steward::share::{
    build_export, build_exports, export_cases_to_file, export_to_file, render, render_several,
    verify_bytes, verify_file, Format, Redactor, ShareError, ShareKey, SignedCaseCollection,
    Verdict,
};
use support::CliEnv;

const CARD: &str = "4111 1111 1111 1111";
const PHONE: &str = "+84 912 345 678";
const EMAIL: &str = "lan.nguyen@example.com";

/// Three cases, each with a secret of its own and a reference support needs.
fn three_cases(profile: &Profile) -> Vec<Uuid> {
    let store = profile.cases();
    let mut ids = Vec::new();
    for (title, service, summary, reference) in [
        (
            "Card charged twice",
            "Bank",
            format!("Gave card {CARD} on the phone"),
            "CRD-2291",
        ),
        (
            "Vietnamese number refused",
            "Amazon",
            format!("Tried to add {PHONE}; {UNUSUAL}"),
            "AMZ-77",
        ),
        (
            "Parcel never arrived",
            "Shop",
            format!("They wrote to {EMAIL}"),
            "SHP-5",
        ),
    ] {
        let case = store.create_case(&new_case(title, service)).unwrap();
        let mut c = contact(&summary);
        c.references = vec![reference.into()];
        store.log_interaction(case.id, &c).unwrap();
        ids.push(case.id);
    }
    ids
}

fn setup() -> (tempfile::TempDir, Profile, Vec<Uuid>) {
    let dir = tempfile::tempdir().unwrap();
    let profile = open(&dir.path().join("profile"));
    let ids = three_cases(&profile);
    (dir, profile, ids)
}

fn no_secrets(text: &str, what: &str) {
    let squeezed: String = text.split_whitespace().collect();
    for s in [CARD, PHONE, EMAIL, "912345678"] {
        assert!(
            !text.contains(s) && !squeezed.contains(&s.replace(' ', "")),
            "{what} leaks {s:?}"
        );
    }
}

#[test]
fn markdown_of_several_cases_has_contents_then_each_case_and_verifies() {
    let (dir, profile, ids) = setup();
    let (xs, preview) =
        build_exports(profile.db().conn(), &ids, &Redactor::new(), Utc::now()).unwrap();
    assert_eq!(xs.len(), 3);
    // The preview covers every case, each field named with its case.
    assert!(preview.items.iter().any(|i| i.field.starts_with("case 1 ")));
    assert!(preview.items.iter().any(|i| i.field.starts_with("case 3 ")));
    let key = ShareKey::for_profile(&profile).unwrap();
    let path = dir.path().join("cases.md");
    let done = export_cases_to_file(&xs, Format::Md, &key, &path).unwrap();
    assert!(
        done.signature_path.is_some(),
        "the signature is inside, and an OpenSSH one beside it"
    );
    assert_eq!(done.chain_head.split(',').count(), 3);
    let text = std::fs::read_to_string(&path).unwrap();
    no_secrets(&text, "md");
    let contents = text.find("## Contents").expect("a contents list");
    let first = text.find("# Case 1 — Card charged twice").unwrap();
    let second = text.find("# Case 2 — Vietnamese number refused").unwrap();
    let third = text.find("# Case 3 — Parcel never arrived").unwrap();
    assert!(
        contents < first && first < second && second < third,
        "{text}"
    );
    for r in ["CRD-2291", "AMZ-77", "SHP-5", "ending 1111"] {
        assert!(text.contains(r), "lost {r}");
    }
    // Every case's chain head is in the file, and the signature names them all.
    for x in &xs {
        assert!(text.contains(&x.integrity.chain_head));
    }
    let v = verify_file(&path, Some(&key.public_hex())).unwrap();
    assert_eq!(v.verdict, Verdict::Intact, "{}", v.message);
    assert!(v.message.contains("3 cases"), "{}", v.message);
    let ids_signed: Vec<String> = xs.iter().map(|x| x.case.id.clone()).collect();
    assert_eq!(v.case_id.unwrap(), ids_signed.join(","));
    let heads: Vec<&str> = xs.iter().map(|x| x.integrity.chain_head.as_str()).collect();
    assert_eq!(v.chain_head.unwrap(), heads.join(","));

    // A change in the last case of the file is caught.
    std::fs::write(&path, text.replace("SHP-5", "SHP-6")).unwrap();
    assert_eq!(verify_file(&path, None).unwrap().verdict, Verdict::Tampered);
}

#[test]
fn html_of_several_cases_links_each_case_and_a_tampered_copy_fails() {
    let (dir, profile, ids) = setup();
    let (xs, _) = build_exports(profile.db().conn(), &ids, &Redactor::new(), Utc::now()).unwrap();
    let key = ShareKey::for_profile(&profile).unwrap();
    let path = dir.path().join("cases.html");
    export_cases_to_file(&xs, Format::Html, &key, &path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    no_secrets(&text, "html");
    assert!(text.contains("<title>Steward export — 3 cases</title>"));
    for n in 1..=3 {
        assert!(text.contains(&format!("<a href=\"#case-{n}\">")), "{text}");
        assert!(text.contains(&format!("<article class=\"case\" id=\"case-{n}\">")));
    }
    assert!(!text.contains("<script"), "no scripts");
    assert_eq!(verify_file(&path, None).unwrap().verdict, Verdict::Unpinned);
    let own = ShareKey::for_profile(&profile).unwrap().public_hex();
    assert_eq!(
        verify_file(&path, Some(&own)).unwrap().verdict,
        Verdict::Intact
    );
    std::fs::write(&path, text.replace("AMZ-77", "AMZ-78")).unwrap();
    assert_eq!(verify_file(&path, None).unwrap().verdict, Verdict::Tampered);
}

#[test]
fn json_of_several_cases_holds_every_case_and_catches_any_change() {
    let (dir, profile, ids) = setup();
    let (xs, _) = build_exports(profile.db().conn(), &ids, &Redactor::new(), Utc::now()).unwrap();
    let key = ShareKey::for_profile(&profile).unwrap();
    let path = dir.path().join("cases.json");
    export_cases_to_file(&xs, Format::Json, &key, &path).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    no_secrets(&String::from_utf8_lossy(&bytes), "json");
    let doc: SignedCaseCollection = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(
        doc.collection.cases,
        xs.iter().map(|x| x.export().clone()).collect::<Vec<_>>(),
        "each case as a one-case export holds it"
    );
    let v = verify_bytes(&bytes, Some(&key.public_hex()));
    assert_eq!(v.verdict, Verdict::Intact, "{}", v.message);
    assert_eq!(v.own_key, Some(true));

    // Change the second case, its chain head, or drop a case: each is caught.
    let mut value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    value["collection"]["cases"][1]["case"]["title"] = "Something else".into();
    let changed = serde_json::to_vec_pretty(&value).unwrap();
    assert_eq!(verify_bytes(&changed, None).verdict, Verdict::Tampered);
    let mut value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    value["collection"]["cases"][2]["integrity"]["chain_head"] = "0".repeat(64).into();
    let changed = serde_json::to_vec_pretty(&value).unwrap();
    assert_eq!(verify_bytes(&changed, None).verdict, Verdict::Tampered);
    let mut value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    value["collection"]["cases"]
        .as_array_mut()
        .unwrap()
        .remove(0);
    let changed = serde_json::to_vec_pretty(&value).unwrap();
    assert_eq!(verify_bytes(&changed, None).verdict, Verdict::Tampered);
    // An unsigned collection is unsigned, not intact.
    let mut value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    value["signature"] = serde_json::Value::Null;
    let changed = serde_json::to_vec_pretty(&value).unwrap();
    assert_eq!(verify_bytes(&changed, None).verdict, Verdict::Unsigned);
}

#[test]
fn redaction_choices_apply_to_every_case() {
    let (dir, profile, ids) = setup();
    let mut r = Redactor::new();
    r.unmask.insert(steward::share::RedactKind::Phone);
    let (xs, preview) = build_exports(profile.db().conn(), &ids, &r, Utc::now()).unwrap();
    assert!(xs.iter().all(|x| !x.redaction.unmasked.is_empty()));
    assert_eq!(preview.unmasked, vec![steward::share::RedactKind::Phone]);
    let key = ShareKey::for_profile(&profile).unwrap();
    let path = dir.path().join("cases.md");
    let done = export_cases_to_file(&xs, Format::Md, &key, &path).unwrap();
    assert_eq!(
        done.masks_applied,
        xs.iter().map(|x| x.redaction.masks_applied).sum::<u32>()
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(PHONE), "the phone was unmasked on purpose");
    assert!(!text.contains(CARD) && !text.contains(EMAIL));
}

#[test]
fn formats_of_one_case_refuse_several_with_a_clear_error() {
    let (dir, profile, ids) = setup();
    let (xs, _) =
        build_exports(profile.db().conn(), &ids[..2], &Redactor::new(), Utc::now()).unwrap();
    let key = ShareKey::for_profile(&profile).unwrap();
    for f in [
        Format::Pdf,
        Format::Eml,
        Format::Ics,
        Format::Brief,
        Format::BriefChat,
    ] {
        let path = dir.path().join(format!("x.{}", f.extension()));
        let Err(err) = export_cases_to_file(&xs, f, &key, &path) else {
            panic!("{} took several cases", f.as_str());
        };
        assert!(matches!(err, ShareError::SeveralCases(_)), "{err}");
        assert_eq!(err.code(), "format_takes_one_case");
        assert!(err.to_string().contains(f.as_str()), "{err}");
        assert!(
            err.hint().unwrap().contains("md, html, json"),
            "{:?}",
            err.hint()
        );
        assert!(!path.exists(), "nothing written for {}", f.as_str());
    }
}

#[test]
fn one_case_through_the_several_path_is_byte_identical() {
    let (dir, profile, ids) = setup();
    let now = Utc::now();
    let (x, _) = build_export(profile.db().conn(), ids[0], &Redactor::new(), now).unwrap();
    // The same case named twice is one case.
    let (xs, _) = build_exports(
        profile.db().conn(),
        &[ids[0], ids[0]],
        &Redactor::new(),
        now,
    )
    .unwrap();
    assert_eq!(xs, vec![x.clone()]);
    let key = ShareKey::for_profile(&profile).unwrap();
    for f in [Format::Md, Format::Html, Format::Json, Format::Ics] {
        let one = render(&x, f, &key).unwrap().bytes;
        let via = render_several(&xs, f, &key).unwrap().bytes;
        assert_eq!(one, via, "{}", f.as_str());
        let a = dir.path().join(format!("a.{}", f.extension()));
        let b = dir.path().join(format!("b.{}", f.extension()));
        export_to_file(&x, f, &key, &a).unwrap();
        export_cases_to_file(&xs, f, &key, &b).unwrap();
        assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    }
}

/// The published schema takes one case and several (Python `jsonschema`, Draft 2020-12, an
/// independent implementation), and reports a broken collection's real errors.
#[test]
fn several_cases_json_validates_against_the_published_schema() {
    let (dir, profile, ids) = setup();
    let (xs, _) = build_exports(profile.db().conn(), &ids, &Redactor::new(), Utc::now()).unwrap();
    let key = ShareKey::for_profile(&profile).unwrap();
    let good = dir.path().join("several.json");
    export_cases_to_file(&xs, Format::Json, &key, &good).unwrap();
    let one = dir.path().join("one.json");
    export_to_file(&xs[0], Format::Json, &key, &one).unwrap();
    let mut broken: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&good).unwrap()).unwrap();
    broken["collection"]["cases"][1]["case"]["number"] = serde_json::json!(0);
    broken["collection"]["surprise"] = serde_json::json!(true);
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, serde_json::to_vec(&broken).unwrap()).unwrap();
    let empty = dir.path().join("empty.json");
    broken["collection"]["cases"] = serde_json::json!([]);
    broken["collection"]
        .as_object_mut()
        .unwrap()
        .remove("surprise");
    std::fs::write(&empty, serde_json::to_vec(&broken).unwrap()).unwrap();
    let stdout = schema_errors(&[&good, &one, &bad, &empty]);
    assert!(stdout.contains("several.json 0"), "{stdout}");
    assert!(stdout.contains("one.json 0"), "{stdout}");
    assert!(stdout.contains("bad.json 2"), "{stdout}");
    assert!(stdout.contains("empty.json 1"), "{stdout}");
}

/// The CLI: several cases into one file, verify, and a clear refusal for pdf.
#[test]
fn cli_exports_several_cases_into_one_file() {
    let env = CliEnv::new().arg("--no-keyring");
    let cmd = |args: &[&str]| {
        let out = env.run_json(args);
        (
            out.status.code(),
            serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap_or_default(),
            serde_json::from_slice::<serde_json::Value>(&out.stderr).unwrap_or_default(),
        )
    };
    for (title, summary) in [
        ("Card charged twice", format!("Gave card {CARD}")),
        ("Number refused", format!("Tried {PHONE}")),
    ] {
        assert_eq!(cmd(&["case", "new", title, "--service", "Bank"]).0, Some(0));
        let n = if title.starts_with("Card") { "1" } else { "2" };
        assert_eq!(cmd(&["case", "log", n, "-s", &summary]).0, Some(0));
    }
    let out = env.path("both.json");
    let out_s = out.display().to_string();
    let (code, done, err) = cmd(&["case", "export", "1", "2", "-f", "json", "-o", &out_s]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(done["format"], "json");
    let doc: SignedCaseCollection = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let numbers: Vec<i64> = doc.collection.cases.iter().map(|x| x.case.number).collect();
    assert_eq!(numbers, vec![1, 2]);
    no_secrets(&std::fs::read_to_string(&out).unwrap(), "cli json");
    let (code, v, _) = cmd(&["share", "verify", &out_s]);
    assert_eq!(code, Some(3), "valid but nothing pinned");
    assert_eq!(v["verdict"], "unpinned");
    let fp = v["fingerprint"].as_str().unwrap().to_string();
    let (code, v, _) = cmd(&["share", "verify", &out_s, "--signer", &fp]);
    assert_eq!(code, Some(0));
    assert_eq!(v["verdict"], "intact");

    let md = env.path_arg("both.md");
    assert_eq!(
        cmd(&["case", "export", "2", "1", "-f", "md", "-o", &md]).0,
        Some(0)
    );
    let text = std::fs::read_to_string(&md).unwrap();
    assert!(text.find("# Case 2").unwrap() < text.find("# Case 1").unwrap());
    std::fs::write(&md, text.replace("Number refused", "Number accepted")).unwrap();
    let (code, v, err) = cmd(&["share", "verify", &md]);
    assert_eq!(code, Some(1));
    assert_eq!(v["verdict"], "tampered");
    assert_eq!(err["code"], "export_tampered");

    let pdf = env.path("both.pdf");
    let (code, _, err) = cmd(&[
        "case",
        "export",
        "1",
        "2",
        "-f",
        "pdf",
        "-o",
        &pdf.display().to_string(),
    ]);
    assert_eq!(code, Some(1), "an input error");
    assert_eq!(err["code"], "format_takes_one_case");
    assert!(err["hint"].as_str().unwrap().contains("md, html, json"));
    assert!(!pdf.exists());
    // The preview of several cases names each case's fields.
    let (code, p, _) = cmd(&["case", "export", "1", "2", "--preview"]);
    assert_eq!(code, Some(0));
    let fields: Vec<&str> = p["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.iter().any(|f| f.starts_with("case 1 ")),
        "{fields:?}"
    );
    assert!(
        fields.iter().any(|f| f.starts_with("case 2 ")),
        "{fields:?}"
    );
}
