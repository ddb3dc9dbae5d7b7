//! Every word a person reads, in their language: one message catalogue for the core, the CLI
//! and the window.
//!
//! The catalogue is Project Fluent files in `locales/<lang>/*.ftl` (one folder per language,
//! English the reference; see `locales/README.md`). `build.rs` embeds every folder, so adding a
//! language is adding a folder. The window reads the same files with `@fluent/bundle`.
//!
//! The core renders a message with [`t!`] (or [`tr`]) in the *current* language: the process
//! default ([`set_default`], from `--lang`/`LANG` in the CLI and the window's setting in the
//! shell), or a language chosen for one piece of work ([`with_lang`]: a brief in the language
//! support reads). Errors carry their code and arguments as well ([`crate::error::ErrorInfo`]),
//! so a front end can render them again in its own language. Hints that differ per front end
//! are attributes: `.hint-cli` ("run `steward case list`") and `.hint-window` ("open the case
//! list"), with `.hint` for both.
//!
//! A message missing in a language falls back to English, and a message missing everywhere shows
//! its id — `tests/i18n_catalogue.rs` fails before either reaches a person.

use std::cell::Cell;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub mod check;
mod regions;

pub use regions::{region_name, region_name_in};

mod catalogue {
    include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
}

/// The catalogue's files: `(language code, [(file name, Fluent source)])`, from `locales/`.
pub fn sources() -> &'static [(&'static str, &'static [(&'static str, &'static str)])] {
    catalogue::CATALOGUE
}

/// One of the catalogue's languages (a folder of `locales/`). Crosses IPC and JSON as its code
/// (`"vi"`); in a TS-exported struct mark the field `#[ts(type = "string")]`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(usize);

impl Lang {
    /// English, the reference language every other falls back to.
    pub fn english() -> Lang {
        Lang::parse("en").expect("locales/en is the reference catalogue")
    }

    /// Every language the catalogue has, English first.
    pub fn all() -> Vec<Lang> {
        let mut all: Vec<Lang> = (0..sources().len()).map(Lang).collect();
        all.sort_by_key(|l| l.code() != "en");
        all
    }

    /// The language's code, the folder's name (`en`, `vi`).
    pub fn code(self) -> &'static str {
        sources()[self.0].0
    }

    /// The language's name in itself ("Tiếng Việt"), from its `language-name` message.
    pub fn name(self) -> String {
        tr_in(self, "language-name", &Args::new())
    }

    /// A language from a language tag or a POSIX locale name: `vi`, `vi-VN`, `vi_VN.UTF-8`,
    /// `VI`. `None` when the catalogue doesn't have that language.
    pub fn parse(tag: &str) -> Option<Lang> {
        let base = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        sources()
            .iter()
            .position(|(code, _)| *code == base)
            .map(Lang)
    }

    /// The language the environment asks for, as `gettext` reads it: the first of `LANGUAGE`
    /// (a `:` list) that the catalogue has, else `LC_ALL`, `LC_MESSAGES`, `LANG`. `C`/`POSIX`
    /// and unknown languages give `None`.
    pub fn from_env() -> Option<Lang> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        if let Some(list) = var("LANGUAGE") {
            if let Some(l) = list.split(':').find_map(Lang::parse) {
                return Some(l);
            }
        }
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(var)
            .and_then(|v| Lang::parse(&v))
    }
}

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Lang::parse(&code)
            .ok_or_else(|| serde::de::Error::custom(format!("no language \"{code}\" in Steward")))
    }
}

/// Which front end is asking: hints that name a way to do something differ between them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Front {
    Cli,
    Window,
}

static DEFAULT_LANG: AtomicUsize = AtomicUsize::new(usize::MAX);
static FRONT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the process's language (the CLI at start; the shell at start and when the person
/// changes it).
pub fn set_default(lang: Lang) {
    DEFAULT_LANG.store(lang.0, Ordering::Relaxed);
}

/// Sets which front end this process is (the CLI is the default).
pub fn set_front(front: Front) {
    FRONT.store(
        match front {
            Front::Cli => 0,
            Front::Window => 1,
        },
        Ordering::Relaxed,
    );
}

pub fn front() -> Front {
    match FRONT.load(Ordering::Relaxed) {
        1 => Front::Window,
        _ => Front::Cli,
    }
}

/// The language messages are rendered in on this thread now.
pub fn current() -> Lang {
    if let Some(l) = OVERRIDE.with(|o| o.get()) {
        return l;
    }
    match DEFAULT_LANG.load(Ordering::Relaxed) {
        i if i < sources().len() => Lang(i),
        _ => Lang::english(),
    }
}

/// Runs `f` with messages rendered in `lang` on this thread (a brief in the reader's language
/// while the person reads the app in theirs); the previous language comes back afterwards,
/// even if `f` panics.
pub fn with_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|o| o.set(self.0));
        }
    }
    let _restore = Restore(OVERRIDE.with(|o| o.replace(Some(lang))));
    f()
}

/// A value for a message's placeholder: text, or a number (which also picks plural forms).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(untagged)]
#[ts(export, rename = "MessageArg")]
pub enum Arg {
    Int(#[ts(type = "number")] i64),
    Text(String),
}

/// A message's placeholders by name.
pub type Args = BTreeMap<String, Arg>;

impl From<String> for Arg {
    fn from(v: String) -> Arg {
        Arg::Text(v)
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Arg {
        Arg::Text(v.clone())
    }
}
impl From<&str> for Arg {
    fn from(v: &str) -> Arg {
        Arg::Text(v.to_string())
    }
}
impl From<std::borrow::Cow<'_, str>> for Arg {
    fn from(v: std::borrow::Cow<'_, str>) -> Arg {
        Arg::Text(v.into_owned())
    }
}
macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Arg {
                Arg::Int(i64::try_from(v).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(i64, i32, u8, u16, u32, u64, usize);

/// A message kept rather than rendered: its id, its arguments, and arguments that are messages
/// themselves (a method's name), so words Steward writes into a record can be rendered again in
/// whatever language the record is read in (the customer's window, the agent's brief).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: Args,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub parts: BTreeMap<String, Message>,
    /// Arguments that are lists of messages, rendered joined by ", ".
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub lists: BTreeMap<String, Vec<Message>>,
}

impl Message {
    pub fn new(id: &str) -> Message {
        Message {
            id: id.to_string(),
            ..Default::default()
        }
    }

    /// With argument `name` set to a value.
    pub fn arg(mut self, name: &str, value: impl Into<Arg>) -> Message {
        self.args.insert(name.to_string(), value.into());
        self
    }

    /// With argument `name` set to another message, rendered in the same language.
    pub fn part(mut self, name: &str, message: Message) -> Message {
        self.parts.insert(name.to_string(), message);
        self
    }

    /// With argument `name` set to a list of messages.
    pub fn list(mut self, name: &str, items: Vec<Message>) -> Message {
        self.lists.insert(name.to_string(), items);
        self
    }

    /// The message in the current language.
    pub fn render(&self) -> String {
        let mut args = self.args.clone();
        for (name, m) in &self.parts {
            args.insert(name.clone(), Arg::Text(m.render()));
        }
        for (name, items) in &self.lists {
            let rendered: Vec<String> = items.iter().map(Message::render).collect();
            args.insert(name.clone(), Arg::Text(rendered.join(", ")));
        }
        tr(&self.id, &args)
    }
}

/// A message in the current language: `t!("id")`, `t!("id", name = value, n = count)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::tr($id, &$crate::i18n::Args::new())
    };
    ($id:literal, $($k:ident = $v:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.insert(stringify!($k).to_string(), $crate::i18n::Arg::from($v)); )+
        $crate::i18n::tr($id, &args)
    }};
}

/// The arguments of `value` read from its serde form: a struct's or an enum variant's named
/// fields by name, a one-value variant's value as `value`. Error enums derive `Serialize` and
/// implement `UserFacing::args` with this, so their placeholders can't drift from their fields.
pub fn args_of<T: Serialize + ?Sized>(value: &T) -> Args {
    let mut args = Args::new();
    let json = match serde_json::to_value(value) {
        Ok(v) => v,
        Err(_) => return args,
    };
    let fields = match json {
        // An enum variant `{"Variant": …}` or a struct.
        serde_json::Value::Object(map) if map.len() == 1 => {
            let (_, inner) = map.into_iter().next().expect("one entry");
            match inner {
                serde_json::Value::Object(fields) => fields,
                other => {
                    if let Some(a) = to_arg(other) {
                        args.insert("value".into(), a);
                    }
                    return args;
                }
            }
        }
        serde_json::Value::Object(fields) => fields,
        _ => return args,
    };
    for (k, v) in fields {
        if let Some(a) = to_arg(v) {
            args.insert(k, a);
        }
    }
    args
}

fn to_arg(v: serde_json::Value) -> Option<Arg> {
    match v {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(Arg::Text(s)),
        serde_json::Value::Number(n) => Some(match n.as_i64() {
            Some(i) => Arg::Int(i),
            None => Arg::Text(n.to_string()),
        }),
        serde_json::Value::Bool(b) => Some(Arg::Text(b.to_string())),
        serde_json::Value::Array(items) => Some(Arg::Text(
            items
                .into_iter()
                .filter_map(to_arg)
                .map(|a| match a {
                    Arg::Int(i) => i.to_string(),
                    Arg::Text(s) => s,
                })
                .collect::<Vec<_>>()
                .join(", "),
        )),
        other => Some(Arg::Text(other.to_string())),
    }
}

/// For `#[serde(serialize_with = "crate::i18n::as_text")]` on an error's field that has no serde
/// form (an `io::Error`, a database error): its text.
pub fn as_text<T: std::fmt::Display, S: serde::Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&v.to_string())
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| {
    sources()
        .iter()
        .map(|(code, files)| {
            let id: unic_langid::LanguageIdentifier = code
                .parse()
                .expect("a folder of locales/ is a language code");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Plain text: no Unicode isolation marks around placeables in files and terminals.
            bundle.set_use_isolating(false);
            for (_, source) in files.iter() {
                // A damaged file or a duplicate id is a build defect that tests/i18n_catalogue.rs
                // reports; here the parts that are readable are used.
                let resource =
                    FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
                let _ = bundle.add_resource(resource);
            }
            bundle
        })
        .collect()
});

fn fluent_args(args: &Args) -> FluentArgs<'_> {
    let mut f = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Int(i) => f.set(k.as_str(), FluentValue::from(*i)),
            Arg::Text(s) => f.set(k.as_str(), FluentValue::from(s.as_str())),
        }
    }
    f
}

/// Renders message `id` (or its attribute `attr`) in `lang`, falling back to English;
/// `None` when neither has it.
fn render(lang: Lang, id: &str, attr: Option<&str>, args: &Args) -> Option<String> {
    let english = Lang::english();
    let order = if lang == english {
        vec![lang]
    } else {
        vec![lang, english]
    };
    for l in order {
        let bundle = &BUNDLES[l.0];
        let Some(message) = bundle.get_message(id) else {
            continue;
        };
        let pattern = match attr {
            None => message.value(),
            Some(a) => message.get_attribute(a).map(|at| at.value()),
        };
        let Some(pattern) = pattern else {
            continue;
        };
        let fargs = fluent_args(args);
        let mut errors = Vec::new();
        return Some(
            bundle
                .format_pattern(pattern, Some(&fargs), &mut errors)
                .into_owned(),
        );
    }
    None
}

/// Message `id` in the current language; its id when the catalogue has no such message.
pub fn tr(id: &str, args: &Args) -> String {
    tr_in(current(), id, args)
}

/// Message `id` in `lang`.
pub fn tr_in(lang: Lang, id: &str, args: &Args) -> String {
    render(lang, id, None, args).unwrap_or_else(|| id.to_string())
}

/// Message `id` in the current language, `None` when the catalogue doesn't have it (for texts
/// moving into the catalogue step by step: the caller keeps its own words until then).
pub fn lookup(id: &str, args: &Args) -> Option<String> {
    render(current(), id, None, args)
}

/// Message `id`'s hint for this front end (`.hint-cli` / `.hint-window`, else `.hint`) in the
/// current language.
pub fn hint(id: &str, args: &Args) -> Option<String> {
    let specific = match front() {
        Front::Cli => "hint-cli",
        Front::Window => "hint-window",
    };
    render(current(), id, Some(specific), args)
        .or_else(|| render(current(), id, Some("hint"), args))
}

/// A date pattern (chrono `strftime`) that message `id` holds, in the current language; a
/// pattern chrono can't read falls back to English's, so a bad translation never makes a date
/// (and what it is in) fail.
pub fn date_pattern(id: &str) -> String {
    let valid = |p: &str| {
        !chrono::format::StrftimeItems::new(p)
            .any(|item| matches!(item, chrono::format::Item::Error))
    };
    let pattern = tr(id, &Args::new());
    if valid(&pattern) {
        pattern
    } else {
        tr_in(Lang::english(), id, &Args::new())
    }
}

/// Whether the catalogue has message `id` (in English, the reference).
pub fn has(id: &str) -> bool {
    BUNDLES[Lang::english().0].has_message(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `ui/src/bindings/MessageId.ts`, the ids of the English catalogue as a TypeScript
    /// union, with the other bindings (`cargo test export_bindings`): a window that names an id
    /// English doesn't have fails `tsc`.
    #[test]
    fn export_bindings_message_ids() {
        let ids = check::english_ids();
        let mut ts = String::from(
            "// Generated from locales/en/*.ftl by `cargo test export_bindings`. Do not edit.\n\n\
             /** Every message id of the catalogue. */\nexport type MessageId =\n",
        );
        for id in ids.keys() {
            ts.push_str(&format!("  | {id:?}\n"));
        }
        ts.push_str(";\n");
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/bindings/MessageId.ts");
        if std::fs::read_to_string(&path).ok().as_deref() != Some(ts.as_str()) {
            std::fs::write(&path, ts).unwrap();
        }
    }

    #[test]
    fn languages_come_from_the_folders() {
        let codes: Vec<&str> = Lang::all().into_iter().map(Lang::code).collect();
        assert_eq!(codes.first(), Some(&"en"));
        assert!(codes.contains(&"vi"));
        assert_eq!(Lang::parse("vi_VN.UTF-8").map(Lang::code), Some("vi"));
        assert_eq!(Lang::parse("VI-vn").map(Lang::code), Some("vi"));
        assert_eq!(Lang::parse("C.UTF-8"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn with_lang_is_scoped_to_the_call() {
        let vi = Lang::parse("vi").unwrap();
        let before = current();
        let inside = with_lang(vi, current);
        assert_eq!(inside, vi);
        assert_eq!(current(), before);
        let caught = std::panic::catch_unwind(|| with_lang(vi, || panic!("boom")));
        assert!(caught.is_err());
        assert_eq!(current(), before);
    }

    #[test]
    fn a_message_falls_back_to_english_then_to_its_id() {
        let vi = Lang::parse("vi").unwrap();
        assert_eq!(
            tr_in(vi, "no-such-message-anywhere", &Args::new()),
            "no-such-message-anywhere"
        );
        assert_ne!(tr_in(vi, "language-name", &Args::new()), "language-name");
        assert_eq!(Lang::english().name(), "English");
    }

    #[test]
    fn args_come_from_serde_fields() {
        #[derive(Serialize)]
        enum E {
            Unit,
            One(String),
            Named {
                file: &'static str,
                count: usize,
                gone: Option<String>,
            },
        }
        assert!(args_of(&E::Unit).is_empty());
        assert_eq!(
            args_of(&E::One("XX".into()))["value"],
            Arg::Text("XX".into())
        );
        let a = args_of(&E::Named {
            file: "f",
            count: 3,
            gone: None,
        });
        assert_eq!(a["file"], Arg::Text("f".into()));
        assert_eq!(a["count"], Arg::Int(3));
        assert!(!a.contains_key("gone"));
    }

    #[test]
    fn plurals_follow_each_language() {
        let en = Lang::english();
        let one: Args = [("n".to_string(), Arg::Int(1))].into();
        let two: Args = [("n".to_string(), Arg::Int(2))].into();
        assert_eq!(tr_in(en, "common-contacts", &one), "1 contact");
        assert_eq!(tr_in(en, "common-contacts", &two), "2 contacts");
        let vi = Lang::parse("vi").unwrap();
        assert!(tr_in(vi, "common-contacts", &two).starts_with("2 "));
    }
}
