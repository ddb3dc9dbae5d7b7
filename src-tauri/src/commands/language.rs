//! The window tells the core which language it shows, so everything the core writes for it
//! (errors, findings, guides, plans) comes in that language.

use steward::error::{ErrorInfo, ErrorKind};
use steward::i18n::{self, Lang};

/// Makes `lang` (a catalogue language: `en`, `vi`) the language of everything the core renders
/// from now on; returns the code it chose.
#[tauri::command]
pub fn language_set(lang: String) -> Result<String, ErrorInfo> {
    let chosen = Lang::parse(&lang).ok_or_else(|| {
        let known: Vec<&str> = Lang::all().into_iter().map(Lang::code).collect();
        ErrorInfo::from_catalogue(
            "unknown_language",
            ErrorKind::Input,
            [
                ("language".to_string(), lang.clone().into()),
                ("known".to_string(), known.join(", ").into()),
            ]
            .into(),
        )
    })?;
    i18n::set_default(chosen);
    Ok(chosen.code().to_string())
}
