//! Differential test: Steward's reading of phone numbers against Python `phonenumbers` (a port of
//! Google's libphonenumber), pinned to the same metadata as the `rlibphonenumber` crate.
//!
//! `tests/data/phone-reference.jsonl` is written by `scripts/phone-reference/generate.py`
//! (`scripts/phone-reference/check.sh` proves it is what the pinned `phonenumbers` says). For
//! every case this test checks:
//! 1. the strict layer (`steward::phone::parse`) gives libphonenumber's answer: the same parse
//!    error, or the same E.164, validity, possibility, type, region and formats;
//! 2. `steward::phone::check` (what people use) agrees wherever the reference reads a valid
//!    number, and where it does not, accepts the input only as the reference reads its digits
//!    with a `+` in front (`84912…`, `0084…`), and otherwise says the number is not valid;
//! 3. as-you-type formatting never changes the digits typed.
//!
//! Any difference fails the test unless it is in `ALLOWED` below, with the reason.

use std::collections::HashSet;

use serde_json::Value;
use steward::phone::{self, NumberInfo, ParseFailure};

/// The `phonenumbers` release with the metadata that `rlibphonenumber` 2.2.15 embeds
/// (libphonenumber metadata v9.0.42); see scripts/phone-reference/requirements.txt.
const REFERENCE_VERSION: &str = "9.0.42";

/// Known differences between Steward and the reference, each with why it is acceptable:
/// (input, region, field, reason). An entry that no longer matches a difference fails the test,
/// so the list cannot go stale.
const ALLOWED: &[(&str, Option<&str>, &str, &str)] = &[];

fn reference() -> (Value, Vec<Value>) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/phone-reference.jsonl"
    );
    let text = std::fs::read_to_string(path).expect("tests/data/phone-reference.jsonl is readable");
    let mut lines = text.lines();
    let header: Value = serde_json::from_str(lines.next().expect("a header line")).expect("header");
    let rows = lines
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    (header, rows)
}

fn digits(s: &str) -> String {
    rlibphonenumber::PHONE_NUMBER_UTIL.normalize_digits_only(s)
}

struct Differences {
    found: Vec<String>,
    allowed_used: HashSet<usize>,
}

impl Differences {
    fn note(&mut self, row: &Value, field: &str, ours: impl std::fmt::Debug, theirs: &Value) {
        let input = row["input"].as_str().unwrap_or_default();
        let region = row["region"].as_str();
        if let Some(i) = ALLOWED
            .iter()
            .position(|(inp, reg, f, _)| *inp == input && *reg == region && *f == field)
        {
            self.allowed_used.insert(i);
            return;
        }
        self.found.push(format!(
            "{} {input:?} region {region:?}: {field}: steward {ours:?}, reference {theirs}",
            row["group"].as_str().unwrap_or_default()
        ));
    }
}

/// Compares a Steward reading with a reference reading on the fields both have.
fn compare_info(d: &mut Differences, row: &Value, prefix: &str, ours: &NumberInfo, theirs: &Value) {
    let fields: [(&str, Value); 7] = [
        ("e164", Value::from(ours.e164.clone())),
        ("valid", Value::from(ours.valid)),
        ("possible", Value::from(ours.possible)),
        ("type", Value::from(ours.number_type.as_str())),
        (
            "region",
            ours.region.clone().map_or(Value::Null, Value::from),
        ),
        ("international", Value::from(ours.international.clone())),
        ("national", Value::from(ours.national.clone())),
    ];
    for (field, value) in fields {
        if let Some(expected) = theirs.get(field) {
            if *expected != value {
                d.note(row, &format!("{prefix}{field}"), value, expected);
            }
        }
    }
}

#[test]
fn steward_reads_numbers_exactly_as_libphonenumber_does() {
    let (header, rows) = reference();
    assert_eq!(
        header["phonenumbers"], REFERENCE_VERSION,
        "the reference file was generated with another phonenumbers version"
    );
    assert!(rows.len() >= 5000, "only {} cases", rows.len());
    assert_eq!(header["cases"], rows.len());

    let mut d = Differences {
        found: Vec::new(),
        allowed_used: HashSet::new(),
    };
    let (mut valid, mut rescued, mut failures) = (0, 0, 0);
    for row in &rows {
        let input = row["input"].as_str().expect("input");
        let region = row["region"].as_str();
        let expect = &row["expect"];

        // 1. The strict layer is libphonenumber.
        match (phone::parse(input, region), expect.get("error")) {
            (Err(ours), Some(theirs)) => {
                failures += 1;
                if theirs.as_str() != Some(ours.as_str()) {
                    d.note(row, "error", ours, theirs);
                }
            }
            (Err(ours), None) => d.note(row, "error", ours, &Value::Null),
            (Ok(_), Some(theirs)) => d.note(row, "error", Option::<ParseFailure>::None, theirs),
            (Ok(info), None) => {
                if info.valid {
                    valid += 1;
                }
                compare_info(&mut d, row, "", &info, expect)
            }
        }

        // 2. What people use agrees with the reference, including where it reads more.
        let check = match phone::check(input, region, None) {
            Ok(c) => c,
            Err(e) => {
                d.note(row, "check", e.to_string(), &Value::Null);
                continue;
            }
        };
        let rescue = row.get("rescue").filter(|r| r["valid"] == true);
        if expect["valid"] == true {
            match &check.number {
                Some(n) if check.valid && check.read_as.is_none() => {
                    compare_info(&mut d, row, "check.", n, expect)
                }
                _ => d.note(row, "check.valid", check.valid, &Value::Bool(true)),
            }
        } else if let Some(rescue) = rescue {
            rescued += 1;
            if check.read_as.as_deref() != rescue["input"].as_str() {
                d.note(row, "check.read_as", &check.read_as, &rescue["input"]);
            }
            match &check.number {
                Some(n) if check.valid => compare_info(&mut d, row, "check.rescue.", n, rescue),
                _ => d.note(row, "check.rescue.valid", check.valid, &Value::Bool(true)),
            }
        } else if check.valid {
            d.note(row, "check.valid", check.valid, &Value::Bool(false));
        }
        if !check.valid
            && check
                .findings
                .iter()
                .all(|f| f.severity != phone::Severity::Problem)
        {
            d.note(
                row,
                "check.findings",
                "no problem finding for an invalid number",
                &Value::Null,
            );
        }

        // 3. As-you-type formatting only adds separators.
        if digits(&check.formatted_as_typed) != digits(input) {
            d.note(
                row,
                "formatted_as_typed",
                &check.formatted_as_typed,
                &Value::from(input),
            );
        }
    }

    let stale: Vec<_> = ALLOWED
        .iter()
        .enumerate()
        .filter(|(i, _)| !d.allowed_used.contains(i))
        .map(|(_, entry)| entry)
        .collect();
    eprintln!(
        "{} cases: {valid} valid, {failures} parse errors, {rescued} read another way by check; \
         {} unexplained differences, {} allowed",
        rows.len(),
        d.found.len(),
        d.allowed_used.len()
    );
    assert!(
        stale.is_empty(),
        "allow-list entries that no longer match: {stale:?}"
    );
    assert!(
        d.found.is_empty(),
        "{} differences from libphonenumber (first 40):\n{}",
        d.found.len(),
        d.found
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
