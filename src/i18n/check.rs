//! What is wrong with the catalogue, as a list a test (and a translator) can read: files that
//! don't parse, ids defined twice, messages missing or left over in a language, placeholders or
//! attributes that differ from English, messages that fail to render, and translations still
//! in English. `tests/i18n_catalogue.rs` fails on any of them.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use fluent_syntax::parser;

use super::{sources, tr_in, Arg, Args, Lang};

/// A message's comment containing this says its text is the same in every language (a
/// product name, a code such as "OTP"); the "still in English" check skips it.
pub const SAME_EVERYWHERE: &str = "same in every language";

/// A message's comment containing this says code builds its id (`format!("channel-{…}")`), so
/// no source file names it whole; the "unused id" check skips it.
pub const USED_BY_PATTERN: &str = "used by pattern";

/// Languages whose words (almost) always carry letters outside ASCII: a translation there
/// that is plain ASCII while the English is a phrase is most likely English left over.
const MARKED_SCRIPTS: &[&str] = &["vi"];

/// One message as the catalogue defines it.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    pub file: String,
    pub variables: BTreeSet<String>,
    pub attributes: BTreeSet<String>,
    pub has_value: bool,
    pub same_everywhere: bool,
    pub used_by_pattern: bool,
}

/// Every message of every language: `language → id → entry`, plus the problems found while
/// reading (parse errors, ids defined twice).
pub fn read() -> (BTreeMap<String, BTreeMap<String, Entry>>, Vec<String>) {
    let mut problems = Vec::new();
    let mut langs = BTreeMap::new();
    for (code, files) in sources() {
        let mut ids: BTreeMap<String, Entry> = BTreeMap::new();
        for (file, source) in files.iter() {
            let resource = match parser::parse(*source) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        let line = source[..e.pos.start.min(source.len())]
                            .lines()
                            .count()
                            .max(1);
                        problems.push(format!(
                            "{code}/{file}:{line}: does not parse: {:?}",
                            e.kind
                        ));
                    }
                    r
                }
            };
            for entry in resource.body {
                let ast::Entry::Message(m) = entry else {
                    continue;
                };
                let id = m.id.name.to_string();
                let mut e = Entry {
                    file: file.to_string(),
                    has_value: m.value.is_some(),
                    same_everywhere: m
                        .comment
                        .as_ref()
                        .is_some_and(|c| c.content.iter().any(|l| l.contains(SAME_EVERYWHERE))),
                    used_by_pattern: m
                        .comment
                        .as_ref()
                        .is_some_and(|c| c.content.iter().any(|l| l.contains(USED_BY_PATTERN))),
                    ..Default::default()
                };
                if let Some(v) = &m.value {
                    variables(v, &mut e.variables);
                }
                for a in &m.attributes {
                    e.attributes.insert(a.id.name.to_string());
                    variables(&a.value, &mut e.variables);
                }
                if let Some(first) = ids.get(&id) {
                    problems.push(format!(
                        "{code}: \"{id}\" is defined in {} and again in {file}",
                        first.file
                    ));
                }
                ids.insert(id, e);
            }
        }
        langs.insert(code.to_string(), ids);
    }
    (langs, problems)
}

fn variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_variables(i, out),
    }
}

fn inline_variables(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        _ => {}
    }
}

/// Sample arguments for a message: numbers for `n`/`count`-like names (so plurals are walked
/// with a number), text otherwise.
pub fn sample_args(vars: &BTreeSet<String>, n: i64) -> Args {
    vars.iter()
        .map(|v| {
            let numeric = v == "n"
                || v.starts_with("n_")
                || v.ends_with("count")
                || v.ends_with("_n")
                || v.ends_with("minutes")
                || v.ends_with("days")
                || v.ends_with("hours");
            let arg = if numeric {
                Arg::Int(n)
            } else {
                Arg::Text(format!("⟨{v}⟩"))
            };
            (v.clone(), arg)
        })
        .collect()
}

/// Everything wrong with the catalogue; empty when it is sound.
pub fn problems() -> Vec<String> {
    let (langs, mut problems) = read();
    let Some(en) = langs.get("en") else {
        return vec!["locales/en (the reference) is missing".into()];
    };
    for (code, ids) in &langs {
        if code == "en" {
            continue;
        }
        let lang = Lang::parse(code).expect("a catalogue folder is a language");
        for (id, e) in en {
            let Some(t) = ids.get(id) else {
                problems.push(format!("{code}: \"{id}\" ({}) is missing", e.file));
                continue;
            };
            if t.variables != e.variables {
                problems.push(format!(
                    "{code}: \"{id}\" uses {:?}, English uses {:?}",
                    t.variables, e.variables
                ));
            }
            if t.attributes != e.attributes {
                problems.push(format!(
                    "{code}: \"{id}\" has attributes {:?}, English has {:?}",
                    t.attributes, e.attributes
                ));
            }
            if e.same_everywhere || !t.has_value {
                continue;
            }
            for n in [1, 2, 5] {
                let args = sample_args(&e.variables, n);
                let english = tr_in(Lang::english(), id, &args);
                let ours = tr_in(lang, id, &args);
                let words = strip_samples(&english);
                let letters = words.chars().filter(|c| c.is_alphabetic()).count();
                if ours == english && letters > 1 {
                    problems.push(format!(
                        "{code}: \"{id}\" is still the English \"{english}\""
                    ));
                    break;
                }
                let ours_words = strip_samples(&ours);
                if MARKED_SCRIPTS.contains(&code.as_str())
                    && words.split_whitespace().count() >= 2
                    && ours_words.is_ascii()
                    && ours_words.chars().any(|c| c.is_ascii_alphabetic())
                {
                    problems.push(format!("{code}: \"{id}\" looks like English: \"{ours}\""));
                    break;
                }
            }
        }
        for (id, t) in ids {
            if !en.contains_key(id) && id != "language-name" {
                problems.push(format!(
                    "{code}: \"{id}\" ({}) is not in English (renamed or removed?)",
                    t.file
                ));
            }
        }
    }
    problems
}

/// The text without the sample placeholders `⟨name⟩`.
fn strip_samples(s: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in s.chars() {
        match c {
            '⟨' => inside = true,
            '⟩' => inside = false,
            _ if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// Every id of the reference (English) catalogue with the file it's in.
pub fn english_ids() -> BTreeMap<String, Entry> {
    read().0.remove("en").unwrap_or_default()
}
