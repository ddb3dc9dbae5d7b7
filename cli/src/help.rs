//! `--help` in the person's language.
//!
//! English help is clap's own, rendered from the doc comments and left exactly as it is. For any
//! other language the built command tree is walked and every text a person reads is replaced by
//! the catalogue's message for its place in the tree: a command's about (`cli-help-case-list`)
//! and long about (`cli-help-case-list-long`), an argument's help
//! (`cli-help-case-list-arg-resolved`, `…-long`), a possible value's help
//! (`…-arg-kind-value-data-exposed`), and clap's own words (`cli-help-word-…`: "Usage",
//! "Options", "Print help", `[default: …]`), which a help template and hidden clap annotations
//! replace.
//!
//! `locales/en/cli-help.ftl` is generated from the doc comments, so the English is written once:
//! `STEWARD_WRITE_HELP_FTL=1 cargo test -p steward-cli --bin steward help::` rewrites it, and the
//! same test fails when the file and the doc comments disagree.

use std::collections::BTreeMap;

use clap::builder::PossibleValue;
use clap::{Arg, Command, CommandFactory};
use steward::i18n::{self, Args, Lang};

use crate::app::Cli;

/// Every message id of this module starts with this.
pub const PREFIX: &str = "cli-help";

/// clap's own words: `(id, English as clap writes it)`. English help never renders these (clap
/// writes its own); they are here so every language has the same ids as English.
pub const WORDS: &[(&str, &str)] = &[
    ("cli-help-word-usage", "Usage:"),
    ("cli-help-word-commands", "Commands:"),
    ("cli-help-word-arguments", "Arguments:"),
    ("cli-help-word-options", "Options:"),
    ("cli-help-word-possible-values", "Possible values:"),
    ("cli-help-word-print-help", "Print help"),
    (
        "cli-help-word-print-help-short",
        "Print help (see more with '--help')",
    ),
    (
        "cli-help-word-print-help-long",
        "Print help (see a summary with '-h')",
    ),
    ("cli-help-word-print-version", "Print version"),
    (
        "cli-help-word-help-command",
        "Print this message or the help of the given subcommand(s)",
    ),
    (
        "cli-help-word-help-command-arg",
        "Print help for the subcommand(s)",
    ),
    ("cli-help-word-default", "[default: { $value }]"),
    ("cli-help-word-env", "[env: { $name }]"),
    ("cli-help-word-values", "[possible values: { $values }]"),
    ("cli-help-word-alias", "[alias: { $aliases }]"),
];

/// Whether this command line may print help (`-h`, `--help`, `help`, or `-…h…` in a cluster of
/// short flags, or a value such as "-2h": then the cost is only a few milliseconds spent in vain).
/// Other command lines skip translating the tree.
pub fn may_print_help(args: &[std::ffi::OsString]) -> bool {
    args.iter().skip(1).filter_map(|a| a.to_str()).any(|a| {
        a == "--help"
            || a == "help"
            || (a.starts_with('-') && !a.starts_with("--") && a.contains('h'))
    })
}

/// `word(id, arguments)`: one of clap's words ([`WORDS`]) in the help's language.
type Word<'a> = dyn Fn(&str, &[(&str, String)]) -> String + 'a;

/// The command tree, its help in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    if lang == Lang::english() {
        return cmd;
    }
    cmd.build();
    let word = move |id: &str, args: &[(&str, String)]| -> String {
        let args: Args = args
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone().into()))
            .collect();
        i18n::tr_in(lang, id, &args)
    };
    let cmd = walk(cmd, &[], false, Some(&word), &mut |id, _english| {
        Some(i18n::tr_in(lang, id, &Args::new()))
    });
    words(cmd, &word)
}

#[cfg(test)]
/// Every text of ours in the tree, English as clap has it from the doc comments:
/// `(message id, text)` in tree order.
pub fn english() -> Vec<(String, String)> {
    let mut cmd = Cli::command();
    cmd.build();
    let mut out: Vec<(String, String)> = Vec::new();
    walk(cmd, &[], false, None, &mut |id, english| {
        // A global option is met again in every command below the one defining it.
        match out.iter().find(|(i, _)| i == id) {
            Some((_, first)) => assert_eq!(first, english, "{id}: two texts, one id"),
            None => out.push((id.to_string(), english.to_string())),
        }
        None
    });
    out
}

/// The language `--help` is asked in: `--lang`'s (when the catalogue has it) before the
/// environment's, as `app::parse` will choose.
pub fn language_of(args: &[std::ffi::OsString]) -> Option<Lang> {
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        let a = a.to_str()?;
        if a == "--" {
            return None;
        }
        if a == "--lang" {
            return it.next()?.to_str().and_then(Lang::parse);
        }
        if let Some(tag) = a.strip_prefix("--lang=") {
            return Lang::parse(tag);
        }
    }
    None
}

/// clap keeps alias names as `&'static str`; the few moved from visible to hidden live as long
/// as the process does anyway.
fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

fn kebab(s: &str) -> String {
    s.replace('_', "-")
}

fn command_id(path: &[String]) -> String {
    if path.is_empty() {
        PREFIX.to_string()
    } else {
        format!("{PREFIX}-{}", path.join("-"))
    }
}

/// A built-in argument's or command's text: clap's words, not ours.
fn builtin_word(english: &str) -> Option<&'static str> {
    WORDS.iter().find(|(_, e)| *e == english).map(|(id, _)| *id)
}

/// Walks the tree: `text(id, English)` is asked for every text of ours (about, long about,
/// help, long help, a possible value's help) and its answer, if any, replaces the text. clap's
/// built-in `help` command and `--help`/`--version` are left to [`words`].
fn walk(
    cmd: Command,
    path: &[String],
    in_help: bool,
    word: Option<&Word>,
    text: &mut impl FnMut(&str, &str) -> Option<String>,
) -> Command {
    walk_in(cmd, path, &BTreeMap::new(), in_help, word, text)
}

/// [`walk`], `globals` naming the command that defines each global option seen above.
fn walk_in(
    cmd: Command,
    path: &[String],
    globals: &BTreeMap<String, String>,
    in_help: bool,
    word: Option<&Word>,
    text: &mut impl FnMut(&str, &str) -> Option<String>,
) -> Command {
    let mut cmd = cmd;
    let mut globals = globals.clone();
    if !in_help {
        let id = command_id(path);
        if let Some(about) = cmd.get_about().map(|s| s.to_string()) {
            if let Some(t) = text(&id, &about) {
                cmd = cmd.about(t);
            }
        }
        if let Some(long) = cmd.get_long_about().map(|s| s.to_string()) {
            if let Some(t) = text(&format!("{id}-long"), &long) {
                cmd = cmd.long_about(t);
            }
        }
        for arg in cmd.get_arguments().filter(|a| a.is_global_set()) {
            globals
                .entry(arg.get_id().to_string())
                .or_insert_with(|| id.clone());
        }
        cmd = cmd.mut_args(|arg| {
            if is_builtin(&arg) {
                return arg;
            }
            // A global option is described once, by the command that defines it.
            let owner = if arg.is_global_set() {
                &globals[arg.get_id().as_str()]
            } else {
                &id
            };
            let arg_id = format!("{owner}-arg-{}", kebab(arg.get_id().as_str()));
            arg_texts(arg, &arg_id, word, text)
        });
    }
    let path = path.to_vec();
    cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        if name == "help"
            && sub
                .get_about()
                .and_then(|a| builtin_word(&a.to_string()))
                .is_some()
        {
            // clap's `help` command: its children are copies of the real ones (same texts).
            return walk_in(sub, &path, &globals, true, word, text);
        }
        let mut p = path.clone();
        p.push(name);
        walk_in(sub, &p, &globals, in_help, word, text)
    })
}

fn is_builtin(arg: &Arg) -> bool {
    let id = arg.get_id().as_str();
    (id == "help" || id == "version")
        && arg
            .get_help()
            .and_then(|h| builtin_word(&h.to_string()))
            .is_some()
}

fn arg_texts(
    arg: Arg,
    id: &str,
    word: Option<&Word>,
    text: &mut impl FnMut(&str, &str) -> Option<String>,
) -> Arg {
    let mut arg = arg;
    if let Some(help) = arg.get_help().map(|s| s.to_string()) {
        if let Some(t) = text(id, &help) {
            arg = arg.help(t);
        }
    }
    if let Some(long) = arg.get_long_help().map(|s| s.to_string()) {
        if let Some(t) = text(&format!("{id}-long"), &long) {
            arg = arg.long_help(t);
        }
    }
    if let Some(word) = word.filter(|_| !arg.is_hide_possible_values_set()) {
        let values: Vec<PossibleValue> = arg
            .get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .collect();
        if values.iter().any(|v| v.get_help().is_some()) {
            // clap shows a value's help from the value parser, which can't be changed without
            // changing the parsed type: the values are hidden from clap and listed here.
            let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
            let width = names.iter().map(|n| n.chars().count()).max().unwrap_or(0);
            let mut block = word("cli-help-word-possible-values", &[]);
            for v in &values {
                let english = v.get_help().map(|h| h.to_string()).unwrap_or_default();
                let help =
                    text(&format!("{id}-value-{}", v.get_name()), &english).unwrap_or(english);
                let pad = width - v.get_name().chars().count();
                block.push_str(&format!("\n- {}:{} {help}", v.get_name(), " ".repeat(pad)));
            }
            let note = word("cli-help-word-values", &[("values", names.join(", "))]);
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            let long = arg
                .get_long_help()
                .map(|h| h.to_string())
                .unwrap_or_else(|| help.clone());
            arg = arg
                .help(format!("{help} {note}").trim().to_string())
                .long_help(format!("{long}\n\n{block}").trim().to_string())
                .hide_possible_values(true);
        }
    }
    if word.is_none() {
        for v in arg.get_possible_values() {
            if let Some(help) = v.get_help() {
                text(&format!("{id}-value-{}", v.get_name()), &help.to_string());
            }
        }
    }
    arg
}

/// clap's fixed words in `word`'s language: the help template's headings, the built-in
/// `--help`/`--version`/`help` texts and the `[default: …]`, `[env: …]`, `[possible values: …]`
/// and `[alias: …]` notes (hidden from clap and written into the help text instead).
fn words(cmd: Command, word: &Word) -> Command {
    let mut cmd = cmd;
    if let Some(id) = cmd.get_about().and_then(|a| builtin_word(&a.to_string())) {
        cmd = cmd.about(word(id, &[]));
    }
    let header = *cmd.get_styles().get_header();
    let usage = *cmd.get_styles().get_usage();
    let visible = |a: &Arg| !a.is_hide_set();
    let positionals = cmd.get_positionals().any(visible);
    let options = cmd
        .get_arguments()
        .filter(|a| !a.is_positional())
        .any(visible);
    let commands = cmd.has_subcommands() && cmd.get_subcommands().any(|s| !s.is_hide_set());
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}",
        word("cli-help-word-usage", &[])
    );
    for (present, heading, tag) in [
        (commands, "cli-help-word-commands", "subcommands"),
        (positionals, "cli-help-word-arguments", "positionals"),
        (options, "cli-help-word-options", "options"),
    ] {
        if present {
            template.push_str(&format!(
                "\n\n{header}{}{header:#}\n{{{tag}}}",
                word(heading, &[])
            ));
        }
    }
    template.push_str("{after-help}");
    cmd = cmd.help_template(template);

    // Aliases a command shows, as a note in its about.
    let aliases: Vec<String> = cmd.get_visible_aliases().map(str::to_string).collect();
    if !aliases.is_empty() {
        let note = word("cli-help-word-alias", &[("aliases", aliases.join(", "))]);
        let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
        let hidden: Vec<&'static str> = cmd.get_all_aliases().map(leak).collect();
        cmd = cmd
            .visible_alias(None)
            .aliases(hidden)
            .about(format!("{about} {note}"));
    }

    cmd = cmd.mut_args(|arg| {
        if let Some(id) = arg.get_help().and_then(|h| builtin_word(&h.to_string())) {
            let mut arg = arg.clone().help(word(id, &[]));
            if let Some(long) = arg
                .get_long_help()
                .and_then(|h| builtin_word(&h.to_string()))
            {
                arg = arg.long_help(word(long, &[]));
            }
            return arg;
        }
        notes(arg, word)
    });
    cmd.mut_subcommands(|sub| words(sub, word))
}

/// Moves clap's English notes after an argument's help (`[default: …]`, `[env: …]`, `[possible
/// values: …]`, `[alias: …]`) into its help text, in `word`'s words.
fn notes(arg: Arg, word: &Word) -> Arg {
    let mut arg = arg;
    let mut notes = Vec::new();
    let takes_values = arg.get_action().takes_values();
    if takes_values && !arg.is_hide_possible_values_set() {
        let names: Vec<String> = arg
            .get_possible_values()
            .into_iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !names.is_empty() {
            notes.push(word(
                "cli-help-word-values",
                &[("values", names.join(", "))],
            ));
            arg = arg.hide_possible_values(true);
        }
    }
    if takes_values && !arg.is_hide_default_value_set() && !arg.get_default_values().is_empty() {
        let values: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        notes.push(word(
            "cli-help-word-default",
            &[("value", values.join(","))],
        ));
        arg = arg.hide_default_value(true);
    }
    if let Some(env) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        let name = env.to_string_lossy().into_owned();
        notes.push(word("cli-help-word-env", &[("name", name)]));
        arg = arg.hide_env(true);
    }
    if let Some(aliases) = arg.get_visible_aliases().filter(|a| !a.is_empty()) {
        let names: Vec<String> = aliases.iter().map(|a| format!("--{a}")).collect();
        notes.push(word(
            "cli-help-word-alias",
            &[("aliases", names.join(", "))],
        ));
        let all: Vec<&'static str> = arg
            .get_all_aliases()
            .unwrap_or_default()
            .into_iter()
            .map(leak)
            .collect();
        arg = arg.visible_alias(None).aliases(all);
    }
    if notes.is_empty() {
        return arg;
    }
    let notes = notes.join(" ");
    let with_notes = |text: String| {
        if text.is_empty() {
            notes.clone()
        } else {
            format!("{text} {notes}")
        }
    };
    let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
    let long = arg.get_long_help().map(|h| h.to_string());
    let mut arg = arg.help(with_notes(help));
    if let Some(long) = long {
        // A long help ending in the list of values keeps its notes before the list.
        let list = format!("\n\n{}", word("cli-help-word-possible-values", &[]));
        arg = arg.long_help(match long.split_once(&list) {
            Some((text, rest)) => format!("{}{list}{rest}", with_notes(text.to_string())),
            None => with_notes(long),
        });
    }
    arg
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use steward::i18n::check;

    const EN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/en/cli-help.ftl");

    /// `text` as a Fluent pattern that renders back to exactly `text`.
    fn pattern(text: &str) -> String {
        let line = |l: &str| {
            let mut out = String::new();
            let body = l.trim_start_matches(' ');
            let indent = l.len() - body.len();
            if indent > 0 {
                out.push_str(&format!("{{\"{}\"}}", " ".repeat(indent)));
            } else if body.starts_with(['[', '*', '.']) {
                out.push_str("{\"\"}");
            }
            for c in body.chars() {
                match c {
                    '{' => out.push_str("{\"{\"}"),
                    '}' => out.push_str("{\"}\"}"),
                    c => out.push(c),
                }
            }
            out
        };
        if !text.contains('\n') {
            return format!(" {}", line(text));
        }
        let mut out = String::new();
        for l in text.split('\n') {
            out.push('\n');
            if !l.is_empty() {
                out.push_str("    ");
                out.push_str(&line(l));
            }
        }
        out
    }

    fn generated() -> String {
        let mut out = String::from(
            "# Generated from the doc comments of cli/src/** by\n\
             # `STEWARD_WRITE_HELP_FTL=1 cargo test -p steward-cli --bin steward help::`: edit the doc\n\
             # comments, not this file. Ids are the command's path (`cli-help-case-list`), `-arg-<id>`\n\
             # for its options, `-value-<name>` for a value's help, `-long` for the long form.\n\
             # Other languages translate every message (cli/src/help.rs puts them in `--help`).\n\n\
             ## clap's own words (English help is clap's; these are for the other languages).\n\n",
        );
        for (id, english) in WORDS {
            // Already Fluent: `{ $value }` is a placeholder.
            out.push_str(&format!("{id} = {english}\n"));
        }
        out.push_str("\n## Commands and their options.\n\n");
        for (id, english) in english() {
            if english.trim().is_empty() {
                continue;
            }
            out.push_str(&format!(
                "# used by pattern: cli/src/help.rs walks the command tree\n{id} ={}\n",
                pattern(&english)
            ));
        }
        out
    }

    #[test]
    fn the_english_help_catalogue_is_the_doc_comments() {
        let text = generated();
        if std::env::var_os("STEWARD_WRITE_HELP_FTL").is_some() {
            std::fs::write(EN, &text).unwrap();
            return;
        }
        let file = std::fs::read_to_string(EN).unwrap_or_default();
        assert!(
            file == text,
            "locales/en/cli-help.ftl differs from the doc comments: run \
             STEWARD_WRITE_HELP_FTL=1 cargo test -p steward-cli --bin steward help::"
        );
        // And it renders back to exactly clap's text.
        for (id, english) in super::english() {
            if english.trim().is_empty() {
                continue;
            }
            let rendered = i18n::tr_in(Lang::english(), &id, &Args::new());
            assert_eq!(
                rendered, english,
                "{id} renders differently from its doc comment"
            );
        }
    }

    #[test]
    fn every_path_has_its_own_id() {
        let mut seen = BTreeSet::new();
        for (id, _) in english() {
            assert!(
                seen.insert(id.clone()),
                "{id} twice: two places share an id"
            );
            assert!(
                !WORDS.iter().any(|(w, _)| *w == id),
                "{id} is one of clap's words"
            );
        }
        assert!(seen.len() > 200, "the whole tree is walked: {}", seen.len());
    }

    #[test]
    fn every_help_text_is_in_every_language() {
        let (langs, _) = check::read();
        let en = &langs["en"];
        let mut ids: Vec<(String, String)> = english();
        ids.extend(WORDS.iter().map(|(i, e)| (i.to_string(), e.to_string())));
        for (code, messages) in &langs {
            if code == "en" {
                continue;
            }
            let lang = Lang::parse(code).unwrap();
            let mut missing = BTreeMap::new();
            for (id, english) in &ids {
                if english.trim().is_empty() {
                    continue;
                }
                assert!(
                    en.contains_key(id),
                    "{id} is not in locales/en/cli-help.ftl"
                );
                if !messages.contains_key(id) {
                    missing.insert(id.clone(), english.clone());
                    continue;
                }
                let ours = i18n::tr_in(lang, id, &check::sample_args(&en[id].variables, 2));
                assert_ne!(&ours, english, "{code}: {id} is still English");
            }
            assert!(
                missing.is_empty(),
                "{code}: {} help texts have no translation:\n{}",
                missing.len(),
                missing
                    .iter()
                    .map(|(i, e)| format!("{i} = {e}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
}
