//! One redacted case (or several) as a signed file of a format: the brief with its "How to check
//! this file" section, then Markdown and HTML (`markup.rs`), the PDF (`pdf.rs`, signed by
//! `pdf_sign.rs`), the signed JSON, the `.eml` draft and `.ics` to-dos (`mail.rs`). Markdown,
//! HTML and JSON carry Steward's signature block inside (`sign.rs`).

use super::brief::{self, Brief};
use super::check::check_section;
use super::error::ShareError;
use super::format::Format;
use super::gate::RedactedCase;
use super::key::ShareKey;
use super::model::{
    CaseCollection, CaseExport, SignatureBlock, SignedCaseCollection, SignedExport, EXPORT_VERSION,
};
use super::{mail, markup, pdf, pdf_sign, sign};
use crate::i18n;

/// A rendered, signed export.
pub struct Rendered {
    pub bytes: Vec<u8>,
    /// Things the customer should know about the file (e.g. a plain PDF instead of PDF/A), in
    /// the customer's language (the current one, not necessarily the export's).
    pub notes: Vec<String>,
}

/// A note about a file, by its message id (said in the customer's language).
pub(super) type Note = &'static str;

const NOT_ARCHIVAL: Note = "share-note-not-archival";

fn say(notes: Vec<Note>) -> Vec<String> {
    notes
        .into_iter()
        .map(|id| i18n::tr(id, &i18n::Args::new()))
        .collect()
}

fn json_err(e: serde_json::Error) -> ShareError {
    ShareError::Internal(e.to_string())
}

/// The signed JSON document (also embedded in the PDF and attached to the .eml).
pub fn signed_json(export: &RedactedCase, key: &ShareKey) -> Result<Vec<u8>, ShareError> {
    let content = serde_json::to_vec(export.export()).map_err(json_err)?;
    let block = sign_block(export, key, &content, Format::Json)?;
    let doc = SignedExport {
        export: export.export().clone(),
        signature: Some(block),
    };
    let mut out = serde_json::to_vec_pretty(&doc).map_err(json_err)?;
    out.push(b'\n');
    Ok(out)
}

fn sign_block(
    export: &CaseExport,
    key: &ShareKey,
    content: &[u8],
    format: Format,
) -> Result<SignatureBlock, ShareError> {
    key.sign(
        content,
        &export.case.id,
        &export.integrity.chain_head,
        &export.generated_at,
        format.as_str(),
    )
}

/// The brief as files carry it: ending with "How to check this file" (in the export's
/// language).
pub(super) fn file_brief(export: &RedactedCase, key: &ShareKey) -> Result<Brief, ShareError> {
    let mut b = brief::build(export);
    b.sections
        .push(i18n::with_lang(export.lang(), || check_section(key, None))?);
    Ok(b)
}

/// The signed PDF (the signed JSON embedded, then its PDF signature) and that signed JSON.
pub(super) fn pdf_and_json(
    export: &RedactedCase,
    brief: &Brief,
    key: &ShareKey,
    notes: &mut Vec<Note>,
) -> Result<(Vec<u8>, Vec<u8>), ShareError> {
    let json = signed_json(export, key)?;
    let (bytes, archival) = i18n::with_lang(export.lang(), || pdf::render(export, brief, &json))?;
    // A real PDF signature too, for viewers and pdfsig (incremental: PDF/A stays intact).
    let bytes = pdf_sign::sign_pdf(&bytes, key, &export.generated_at)?;
    if !archival {
        notes.push(NOT_ARCHIVAL);
    }
    Ok((bytes, json))
}

/// Renders `export` as `format` and signs it: every word in the export's language
/// ([`RedactedCase::lang`]), the notes in the current one.
pub fn render(
    export: &RedactedCase,
    format: Format,
    key: &ShareKey,
) -> Result<Rendered, ShareError> {
    let mut notes = Vec::new();
    let bytes = i18n::with_lang(export.lang(), || render_in(export, format, key, &mut notes))?;
    Ok(Rendered {
        bytes,
        notes: say(notes),
    })
}

fn render_in(
    export: &RedactedCase,
    format: Format,
    key: &ShareKey,
    notes: &mut Vec<Note>,
) -> Result<Vec<u8>, ShareError> {
    let brief = file_brief(export, key)?;
    let mut bytes = match format {
        Format::Json => return signed_json(export, key),
        Format::Brief => brief.to_text().into_bytes(),
        Format::BriefChat => {
            let mut s = brief::chat(export);
            s.push('\n');
            s.into_bytes()
        }
        Format::Md => markup::markdown(export, &brief).into_bytes(),
        Format::Html => markup::html(export, &brief).into_bytes(),
        Format::Pdf => pdf_and_json(export, &brief, key, notes)?.0,
        Format::Eml => {
            let (pdf, json) = pdf_and_json(export, &brief, key, notes)?;
            let sigs = [key.ssh_sign(&pdf)?, key.ssh_sign(&json)?];
            let mut brief = brief.clone();
            if let Some(check) = brief.sections.last_mut() {
                // In the draft the files have their real names.
                *check = check_section(key, Some(&format!("case-{}.pdf", export.case.number)))?;
            }
            mail::eml(export, &brief, &pdf, &json, [&sigs[0], &sigs[1]])?
        }
        Format::Ics => mail::ics(export)?.into_bytes(),
    };
    // Markdown and HTML carry their signature inside too; every format gets its OpenSSH
    // signature beside it when written (`file.rs`).
    if format.embeds_signature() {
        let block = sign_block(export, key, &bytes, format)?;
        sign::append_trailer(&mut bytes, &block)?;
    }
    Ok(bytes)
}

/// What the signature of several cases vouches for: their ids and chain heads, comma-joined in
/// the order of the file (the block's `case_id` and `chain_head`).
pub(super) fn several_ids(exports: &[RedactedCase]) -> (String, String) {
    let ids: Vec<&str> = exports.iter().map(|x| x.case.id.as_str()).collect();
    let heads: Vec<&str> = exports
        .iter()
        .map(|x| x.integrity.chain_head.as_str())
        .collect();
    (ids.join(","), heads.join(","))
}

/// Renders several cases as one `format` file (md, html or json) and signs the whole file; the
/// signature names every case and its chain head. One case renders exactly as [`render`].
pub fn render_several(
    exports: &[RedactedCase],
    format: Format,
    key: &ShareKey,
) -> Result<Rendered, ShareError> {
    let first = match exports {
        [] => return Err(ShareError::Internal("no case to export".into())),
        [one] => return render(one, format, key),
        [first, ..] => first,
    };
    if !format.takes_several() {
        return Err(ShareError::SeveralCases(format.as_str()));
    }
    // One file, one language: the first case's (the gate gives every case the same).
    i18n::with_lang(first.lang(), || {
        render_several_in(exports, first, format, key)
    })
}

fn render_several_in(
    exports: &[RedactedCase],
    first: &RedactedCase,
    format: Format,
    key: &ShareKey,
) -> Result<Rendered, ShareError> {
    let (ids, heads) = several_ids(exports);
    let generated_at = first.generated_at.clone();
    if format == Format::Json {
        let collection = CaseCollection {
            version: EXPORT_VERSION,
            generator: first.generator.clone(),
            generated_at: generated_at.clone(),
            cases: exports.iter().map(|x| x.export().clone()).collect(),
        };
        let content = serde_json::to_vec(&collection).map_err(json_err)?;
        let block = key.sign(&content, &ids, &heads, &generated_at, format.as_str())?;
        let doc = SignedCaseCollection {
            collection,
            signature: Some(block),
        };
        let mut bytes = serde_json::to_vec_pretty(&doc).map_err(json_err)?;
        bytes.push(b'\n');
        return Ok(Rendered {
            bytes,
            notes: Vec::new(),
        });
    }
    let mut briefs: Vec<Brief> = exports.iter().map(brief::build).collect();
    if let Some(last) = briefs.last_mut() {
        last.sections.push(check_section(key, None)?);
    }
    let mut bytes = match format {
        Format::Md => markup::markdown_several(exports, &briefs),
        _ => markup::html_several(exports, &briefs),
    }
    .into_bytes();
    let block = key.sign(&bytes, &ids, &heads, &generated_at, format.as_str())?;
    sign::append_trailer(&mut bytes, &block)?;
    Ok(Rendered {
        bytes,
        notes: Vec::new(),
    })
}
