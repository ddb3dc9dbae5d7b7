//! The export formats: their names (as the CLI and the window spell them), file extensions, and
//! which of them hold several cases or carry their signature inside.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::error::ShareError;

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export, rename = "ShareFormat")]
pub enum Format {
    /// The full-page brief as plain text.
    Brief,
    /// The chat-box brief (≤ 1,000 characters).
    BriefChat,
    Md,
    Html,
    Pdf,
    Json,
    Eml,
    Ics,
}

impl Format {
    pub const ALL: [Format; 8] = [
        Format::Brief,
        Format::BriefChat,
        Format::Md,
        Format::Html,
        Format::Pdf,
        Format::Json,
        Format::Eml,
        Format::Ics,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Brief => "brief",
            Format::BriefChat => "brief-chat",
            Format::Md => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Json => "json",
            Format::Eml => "eml",
            Format::Ics => "ics",
        }
    }

    pub fn parse(s: &str) -> Result<Self, ShareError> {
        let norm = s.trim().to_ascii_lowercase().replace('_', "-");
        let norm = match norm.as_str() {
            "markdown" => "md",
            "htm" => "html",
            "email" | "mail" => "eml",
            "txt" | "text" => "brief",
            "chat" => "brief-chat",
            other => other,
        }
        .to_string();
        Self::ALL
            .into_iter()
            .find(|f| f.as_str() == norm)
            .ok_or_else(|| ShareError::UnknownFormat(s.to_string()))
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Brief | Format::BriefChat => "txt",
            Format::Md => "md",
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Json => "json",
            Format::Eml => "eml",
            Format::Ics => "ics",
        }
    }

    /// The formats one file of several cases can be written in.
    pub const SEVERAL: [Format; 3] = [Format::Md, Format::Html, Format::Json];

    /// Whether one file can hold several cases in this format.
    pub fn takes_several(self) -> bool {
        Self::SEVERAL.contains(&self)
    }

    /// Whether a Steward signature block also goes inside the file (every format gets an
    /// OpenSSH `FILE.sig` beside it).
    pub fn embeds_signature(self) -> bool {
        matches!(self, Format::Md | Format::Html | Format::Json)
    }
}
