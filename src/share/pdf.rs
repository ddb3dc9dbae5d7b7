//! The PDF export with krilla: page 1 is the brief, then the full timeline. PDF/A-3u (krilla's
//! validator refuses non-conforming output) with the signed JSON export embedded as `case.json`
//! (AFRelationship Source), so the archive copy carries its own machine-readable, verifiable
//! source. Noto Sans (OFL-1.1, from the `notosans` crate) is bundled so the output never
//! depends on system fonts.
//!
//! Layout is deliberately small: lay out into page op lists first (measuring with rustybuzz),
//! then draw. Greedy word wrapping; words longer than a line are split by characters.
//! (A little over ~600 lines with its tests: fonts, layout, drawing and the PDF/A fallback are
//! one pipeline.)

use std::cell::RefCell;
use std::collections::HashMap;

use krilla::color::rgb;
use krilla::configure::{Archival, ConfigurationBuilder};
use krilla::embed::{AssociationKind, EmbeddedFile, MimeType};
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime as PdfDate, Metadata};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Document, SerializeSettings};

use super::brief::Brief;
use super::check::{check_heading, check_pointer};
use super::error::ShareError;
use super::model::CaseExport;
use crate::t;

const W: f32 = 595.0;
const H: f32 = 842.0;
const MARGIN: f32 = 50.0;
const BOTTOM: f32 = H - 50.0;

#[derive(Clone, Copy)]
enum Face {
    Regular,
    Bold,
}

#[derive(Clone)]
enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        face: Face,
        text: String,
        color: (u8, u8, u8),
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: (u8, u8, u8),
    },
}

struct Fonts {
    regular: rustybuzz::Face<'static>,
    bold: rustybuzz::Face<'static>,
    /// Shape plans by face, direction and script. Building a plan is most of the cost of
    /// `rustybuzz::shape` (it compiles the font's OpenType lookups), so it is done once.
    plans: RefCell<HashMap<PlanKey, rustybuzz::ShapePlan>>,
    /// Advance width (in ems) of each word already measured, by face: wrapping measures words,
    /// not whole candidate lines, and the same words come back all through a case.
    widths: RefCell<HashMap<(u8, String), f32>>,
}

type PlanKey = (u8, rustybuzz::Direction, Option<rustybuzz::Script>);

impl Fonts {
    fn load() -> Result<Self, ShareError> {
        let f = |data: &'static [u8]| {
            rustybuzz::Face::from_slice(data, 0)
                .ok_or_else(|| ShareError::Pdf("the bundled font could not be read".into()))
        };
        Ok(Fonts {
            regular: f(notosans::REGULAR_TTF)?,
            bold: f(notosans::BOLD_TTF)?,
            plans: RefCell::new(HashMap::new()),
            widths: RefCell::new(HashMap::new()),
        })
    }

    fn face(&self, face: Face) -> &rustybuzz::Face<'static> {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }

    /// Shapes `text` with a cached plan; the result is what `rustybuzz::shape` gives.
    fn shape_raw(&self, face: Face, text: &str) -> rustybuzz::GlyphBuffer {
        let f = self.face(face);
        let mut buf = rustybuzz::UnicodeBuffer::new();
        buf.push_str(text);
        buf.guess_segment_properties();
        let script = buf.script();
        let script = (script != rustybuzz::script::UNKNOWN).then_some(script);
        let key = (face as u8, buf.direction(), script);
        let mut plans = self.plans.borrow_mut();
        let plan = plans.entry(key).or_insert_with(|| {
            rustybuzz::ShapePlan::new(f, key.1, key.2, buf.language().as_ref(), &[])
        });
        rustybuzz::shape_with_plan(f, plan, buf)
    }

    fn shape(&self, face: Face, text: &str) -> (Vec<KrillaGlyph>, f32) {
        let f = self.face(face);
        let upem = f.units_per_em() as f32;
        let out = self.shape_raw(face, text);
        let infos = out.glyph_infos();
        let pos = out.glyph_positions();
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut width = 0.0;
        for (i, (info, p)) in infos.iter().zip(pos).enumerate() {
            let start = info.cluster as usize;
            let end = infos
                .get(i + 1)
                .map(|n| n.cluster as usize)
                .filter(|e| *e > start)
                .unwrap_or(text.len());
            glyphs.push(KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                p.x_advance as f32 / upem,
                p.x_offset as f32 / upem,
                p.y_offset as f32 / upem,
                p.y_advance as f32 / upem,
                start..end,
                None,
            ));
            width += p.x_advance as f32 / upem;
        }
        (glyphs, width)
    }

    fn width(&self, face: Face, text: &str, size: f32) -> f32 {
        let upem = self.face(face).units_per_em() as f32;
        let out = self.shape_raw(face, text);
        let units: i32 = out.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 / upem * size
    }

    /// Width of one word (or a space), remembered per face.
    fn word_width(&self, face: Face, word: &str, size: f32) -> f32 {
        let key = (face as u8, word.to_string());
        if let Some(w) = self.widths.borrow().get(&key) {
            return w * size;
        }
        let em = self.width(face, word, 1.0);
        self.widths.borrow_mut().insert(key, em);
        em * size
    }

    /// Greedy wrapping to `max` points. A line's width is the sum of its words and the spaces
    /// between them, each measured once (before, every candidate line was shaped again for each
    /// word added). Kerning across a space, if a font has any, is a fraction of a point.
    fn wrap(&self, face: Face, text: &str, size: f32, max: f32) -> Vec<String> {
        let space = self.word_width(face, " ", size);
        let mut lines = Vec::new();
        let mut line = String::new();
        let mut line_w = 0.0;
        for word in text.split_whitespace() {
            let word_w = self.word_width(face, word, size);
            if !line.is_empty() && line_w + space + word_w <= max {
                line.push(' ');
                line.push_str(word);
                line_w += space + word_w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if word_w <= max {
                line = word.to_string();
                line_w = word_w;
                continue;
            }
            // A word wider than the line (a URL, a hash): split it by characters.
            let mut part = String::new();
            for ch in word.chars() {
                part.push(ch);
                if self.width(face, &part, size) > max {
                    part.pop();
                    lines.push(std::mem::take(&mut part));
                    part.push(ch);
                }
            }
            line_w = self.width(face, &part, size);
            line = part;
        }
        if !line.is_empty() {
            lines.push(line);
        }
        if lines.is_empty() {
            lines.push(String::new());
        }
        lines
    }
}

struct Layout<'f> {
    fonts: &'f Fonts,
    pages: Vec<Vec<Op>>,
    y: f32,
}

/// The text colour of every document.
const INK: (u8, u8, u8) = (0x1b, 0x1f, 0x24);

impl<'f> Layout<'f> {
    /// A layout on its first page, which carries the blue band every Steward document opens with.
    fn first_page(fonts: &'f Fonts) -> Self {
        let mut l = Layout {
            fonts,
            pages: Vec::new(),
            y: MARGIN,
        };
        l.new_page();
        l.push(Op::Rect {
            x: 0.0,
            y: 0.0,
            w: W,
            h: 6.0,
            color: (0x1f, 0x6f, 0xeb),
        });
        l
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = MARGIN;
    }

    fn ensure(&mut self, height: f32) {
        if self.y + height > BOTTOM {
            self.new_page();
        }
    }

    fn push(&mut self, op: Op) {
        if let Some(p) = self.pages.last_mut() {
            p.push(op);
        }
    }

    /// A wrapped paragraph at `indent`, with an optional bold label in front.
    fn para(&mut self, text: &str, size: f32, face: Face, indent: f32, color: (u8, u8, u8)) {
        let lead = size * 1.35;
        for line in self.fonts.wrap(face, text, size, W - 2.0 * MARGIN - indent) {
            self.ensure(lead);
            self.y += lead;
            let y = self.y - size * 0.3;
            self.push(Op::Text {
                x: MARGIN + indent,
                y,
                size,
                face,
                text: line,
                color,
            });
        }
    }

    /// A bullet with a hanging indent: wrapped lines align with the text, not the bullet.
    fn bullet(&mut self, text: &str, size: f32, color: (u8, u8, u8)) {
        // Make room for the first line here, so the bullet and that line share a page.
        let lead = size * 1.35;
        self.ensure(lead);
        let y = self.y + lead - size * 0.3;
        self.push(Op::Text {
            x: MARGIN + 6.0,
            y,
            size,
            face: Face::Regular,
            text: "•".into(),
            color,
        });
        self.para(text, size, Face::Regular, 16.0, color);
    }

    fn gap(&mut self, h: f32) {
        self.y += h;
    }

    fn heading(&mut self, text: &str, size: f32) {
        self.ensure(size * 3.0);
        self.gap(size * 0.6);
        self.para(text, size, Face::Bold, 0.0, (0x1b, 0x1f, 0x24));
        self.y += 2.0;
        let y = self.y;
        self.push(Op::Rect {
            x: MARGIN,
            y,
            w: W - 2.0 * MARGIN,
            h: 0.6,
            color: (0xd0, 0xd7, 0xde),
        });
        self.y += 3.0;
    }

    fn label_value(&mut self, label: &str, value: &str, size: f32) {
        let label_w = 95.0;
        let lead = size * 1.35;
        let lines = self
            .fonts
            .wrap(Face::Regular, value, size, W - 2.0 * MARGIN - label_w);
        for (i, line) in lines.into_iter().enumerate() {
            self.ensure(lead);
            self.y += lead;
            let y = self.y - size * 0.3;
            if i == 0 {
                self.push(Op::Text {
                    x: MARGIN,
                    y,
                    size,
                    face: Face::Bold,
                    text: label.to_string(),
                    color: (0x57, 0x60, 0x6a),
                });
            }
            self.push(Op::Text {
                x: MARGIN + label_w,
                y,
                size,
                face: Face::Regular,
                text: line,
                color: (0x1b, 0x1f, 0x24),
            });
        }
    }
}

fn pdf_date(ts: &str) -> PdfDate {
    use chrono::{Datelike, Timelike};
    match chrono::DateTime::parse_from_rfc3339(ts) {
        Ok(t) => {
            let t = t.with_timezone(&chrono::Utc);
            PdfDate::new(u16::try_from(t.year()).unwrap_or(2000))
                .month(t.month() as u8)
                .day(t.day() as u8)
                .hour(t.hour() as u8)
                .minute(t.minute() as u8)
                .second(t.second() as u8)
                .utc_offset_hour(0)
        }
        Err(_) => PdfDate::new(2000),
    }
}

/// Draws the pages, each with a footer that ends with `check` (where the check section is).
/// `Ok(Err(why))` is a PDF/A validation failure (a character the bundled font lacks, typically
/// CJK or emoji): the caller retries without the archival profile.
/// What a drawn PDF says about itself: its title, maker and date, the start of each page's
/// footer, and the file embedded as its source (the signed JSON of a case), if any.
struct DocMeta<'a> {
    title: String,
    creator: String,
    date: PdfDate,
    /// "Case 3" → "Case 3 · page 1 of 2".
    footer: String,
    /// The language of its words (`en`, `vi`).
    lang: String,
    embed: Option<&'a [u8]>,
}

fn draw(
    pages: Vec<Vec<Op>>,
    meta: &DocMeta<'_>,
    fonts: &Fonts,
    check: Option<&str>,
    archival: bool,
) -> Result<Result<Vec<u8>, String>, ShareError> {
    let builder = ConfigurationBuilder::new();
    let builder = if archival {
        builder.with_archival_validator(Archival::A3_U)
    } else {
        builder
    };
    let config = builder
        .finish()
        .map_err(|e| ShareError::Pdf(format!("{e:?}")))?;
    let settings = SerializeSettings {
        configuration: config,
        ..Default::default()
    };
    let mut doc = Document::new_with(settings);
    let regular = Font::new(notosans::REGULAR_TTF.into(), 0)
        .ok_or_else(|| ShareError::Pdf("the bundled font could not be loaded".into()))?;
    let bold = Font::new(notosans::BOLD_TTF.into(), 0)
        .ok_or_else(|| ShareError::Pdf("the bundled font could not be loaded".into()))?;
    let date = meta.date;
    doc.set_metadata(
        Metadata::new()
            .title(meta.title.clone())
            .language(meta.lang.clone())
            .creator(meta.creator.clone())
            .creation_date(date),
    );
    let total = pages.len();
    for (n, ops) in pages.into_iter().enumerate() {
        let settings =
            PageSettings::from_wh(W, H).ok_or_else(|| ShareError::Pdf("bad page size".into()))?;
        let mut page = doc.start_page_with(settings);
        let mut s = page.surface();
        let mut footer = format!(
            "{} · {}",
            meta.footer,
            t!("share-pdf-page", page = n + 1, pages = total)
        );
        if let Some(check) = check {
            footer.push_str(" · ");
            footer.push_str(check);
        }
        let all = ops.into_iter().chain(std::iter::once(Op::Text {
            x: MARGIN,
            y: H - 28.0,
            size: 7.5,
            face: Face::Regular,
            text: footer,
            color: (0x8c, 0x95, 0x9f),
        }));
        for op in all {
            match op {
                Op::Rect { x, y, w, h, color } => {
                    let mut pb = PathBuilder::new();
                    if let Some(r) = Rect::from_xywh(x, y, w, h) {
                        pb.push_rect(r);
                    }
                    if let Some(path) = pb.finish() {
                        s.set_fill(Some(Fill {
                            paint: rgb::Color::new(color.0, color.1, color.2).into(),
                            ..Default::default()
                        }));
                        s.draw_path(&path);
                    }
                }
                Op::Text {
                    x,
                    y,
                    size,
                    face,
                    text,
                    color,
                } => {
                    if text.is_empty() {
                        continue;
                    }
                    let (glyphs, _) = fonts.shape(face, &text);
                    let font = match face {
                        Face::Regular => regular.clone(),
                        Face::Bold => bold.clone(),
                    };
                    s.set_fill(Some(Fill {
                        paint: rgb::Color::new(color.0, color.1, color.2).into(),
                        ..Default::default()
                    }));
                    s.draw_glyphs(Point::from_xy(x, y), &glyphs, font, &text, size, false);
                }
            }
        }
        s.finish();
        page.finish();
    }
    if let Some(json) = meta.embed {
        doc.embed_file(EmbeddedFile {
            path: "case.json".into(),
            mime_type: MimeType::new("application/json"),
            description: Some(t!("share-pdf-embedded")),
            association_kind: AssociationKind::Source,
            data: json.to_vec().into(),
            modification_date: Some(date),
            compress: None,
            location: None,
        });
    }
    match doc.finish() {
        Ok(bytes) => Ok(Ok(bytes)),
        Err(krilla::error::KrillaError::Validation(errors)) => Ok(Err(format!("{errors:?}"))),
        Err(e) => Err(ShareError::Pdf(format!("{e:?}"))),
    }
}

/// The PDF, and whether it is PDF/A-3u (else a plain PDF with the same content and attachment).
pub fn render(x: &CaseExport, b: &Brief, json: &[u8]) -> Result<(Vec<u8>, bool), ShareError> {
    let fonts = Fonts::load()?;
    let mut l = Layout::first_page(&fonts);
    let ink = INK;
    // Page 1: the brief.
    let title = super::markup::case_title(x);
    l.para(&title, 17.0, Face::Bold, 0.0, ink);
    l.gap(4.0);
    l.para(&b.situation, 10.5, Face::Bold, 0.0, (0x1f, 0x4f, 0xa0));
    for w in &x.redaction.warnings {
        l.gap(4.0);
        l.para(
            &format!("{} {w}", t!("share-warning-label")),
            9.0,
            Face::Bold,
            0.0,
            (0xb4, 0x53, 0x09),
        );
    }
    // The page the brief's check section lands on: the footers point there.
    let mut check_page = None;
    let check_heading = check_heading();
    for s in &b.sections {
        l.heading(&s.heading, 11.5);
        if s.heading == check_heading {
            check_page = Some(l.pages.len());
        }
        for line in &s.lines {
            l.bullet(line, 9.5, ink);
        }
    }
    // Then the full timeline, from a new page.
    l.new_page();
    l.para(&t!("share-heading-timeline"), 15.0, Face::Bold, 0.0, ink);
    for (title, fields) in super::markup::timeline_blocks(x) {
        l.heading(&title, 10.5);
        for (k, v) in fields {
            l.label_value(&k, &v, 9.0);
        }
    }
    l.gap(10.0);
    for line in super::markup::footer_lines(x, check_page.unwrap_or(1)) {
        l.para(&line, 7.5, Face::Regular, 0.0, (0x57, 0x60, 0x6a));
    }
    let pages = std::mem::take(&mut l.pages);
    let check = check_page.map(|p| check_pointer(&t!("share-check-place-page", page = p)));
    let check = check.as_deref();
    let meta = DocMeta {
        title,
        creator: x.generator.clone(),
        date: pdf_date(&x.generated_at),
        footer: t!("share-pdf-footer-case", number = x.case.number),
        lang: crate::i18n::current().code().to_string(),
        embed: Some(json),
    };
    draw_archival(pages, &meta, &fonts, check)
}

/// PDF/A-3u when krilla's validator accepts it, else a plain PDF with the same content.
fn draw_archival(
    pages: Vec<Vec<Op>>,
    meta: &DocMeta<'_>,
    fonts: &Fonts,
    check: Option<&str>,
) -> Result<(Vec<u8>, bool), ShareError> {
    match draw(pages.clone(), meta, fonts, check, true)? {
        Ok(bytes) => Ok((bytes, true)),
        Err(_) => match draw(pages, meta, fonts, check, false)? {
            Ok(bytes) => Ok((bytes, false)),
            Err(why) => Err(ShareError::Pdf(why)),
        },
    }
}

/// A printable document of titled sections of lines (the recovery kit), in the same layout
/// and fonts as the case PDF; nothing embedded, not signed.
pub fn document(title: &str, sections: &[(String, Vec<String>)]) -> Result<Vec<u8>, ShareError> {
    let fonts = Fonts::load()?;
    let mut l = Layout::first_page(&fonts);
    let ink = INK;
    l.para(title, 17.0, Face::Bold, 0.0, ink);
    for (heading, lines) in sections {
        l.heading(heading, 11.5);
        for line in lines {
            l.bullet(line, 9.5, ink);
        }
    }
    let pages = std::mem::take(&mut l.pages);
    let now = chrono::Utc::now().to_rfc3339();
    let meta = DocMeta {
        title: title.to_string(),
        creator: concat!("Steward ", env!("CARGO_PKG_VERSION")).to_string(),
        date: pdf_date(&now),
        footer: format!("Steward · {title}"),
        lang: crate::i18n::current().code().to_string(),
        embed: None,
    };
    draw_archival(pages, &meta, &fonts, None).map(|(bytes, _)| bytes)
}

#[cfg(test)]
mod tests {
    use super::{Face, Fonts};

    #[test]
    fn wrapped_lines_fit_and_keep_every_word() {
        let fonts = Fonts::load().unwrap();
        let text = "Chat with support after the verification code never arrived. I was put on hold \
                    twice while they checked with a supervisor; Đặng Minh said ticket TKT-4471 \
                    was escalated. https://example.com/a/very/long/link/that/cannot/fit/on/one/line/at/all/because/it/goes/on/and/on/and/on \
                    Wait 45 min.";
        for (face, size, max) in [
            (Face::Regular, 9.0, 400.0),
            (Face::Bold, 10.5, 495.0),
            (Face::Regular, 7.5, 120.0),
        ] {
            let lines = fonts.wrap(face, text, size, max);
            assert!(lines.len() > 1);
            for line in &lines {
                // Measured the way the line is drawn: shaped as a whole.
                let w = fonts.width(face, line, size);
                assert!(w <= max + 0.01, "{line:?} is {w} wide, more than {max}");
            }
            // Every character is kept, in order; only spaces turn into line breaks.
            let words: String = text.split_whitespace().collect();
            let got: String = lines.iter().flat_map(|l| l.split_whitespace()).collect();
            assert_eq!(got, words);
            // Greedy: the next line's first word would not have fitted on this line.
            for pair in lines.windows(2) {
                if let Some(next) = pair[1].split_whitespace().next() {
                    let joined = format!("{} {next}", pair[0]);
                    assert!(fonts.width(face, &joined, size) > max || pair[0].contains("https"));
                }
            }
        }
    }
}
