//! The whole path for one receipt: facts -> lines -> raster -> ESC/POS bytes (or a PNG of them).
//!
//! Fonts and Fluent bundles load once per process and are shared; rendering is pure otherwise.
//! What goes to the raster is prepared for line breaking (`i18n::linebreak`: values on one line,
//! Korean at spaces, Thai between words); the lines of [`receipt_lines`] and the text mode stay
//! plain.

use super::decode;
use super::escpos::{EncodeError, encode_job};
use super::layout::{Line, Span, layout, test_page};
use super::raster::{Piece, Rasterizer};
use super::receipt::{ReceiptError, ReceiptFacts};
use crate::i18n::{I18nError, Localizer, linebreak};
use std::sync::{Mutex, OnceLock};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RenderError {
    #[error("receipt: {0}")]
    Receipt(#[from] ReceiptError),
    #[error("receipt wording: {0}")]
    Wording(String),
    #[error(transparent)]
    Encode(#[from] EncodeError),
    #[error("receipt raster is busy or broken (a render panicked earlier)")]
    Raster,
}

impl From<I18nError> for RenderError {
    fn from(e: I18nError) -> Self {
        RenderError::Wording(e.to_string())
    }
}

fn localizer() -> Result<&'static Localizer, RenderError> {
    static L: OnceLock<Result<Localizer, String>> = OnceLock::new();
    L.get_or_init(|| Localizer::embedded().map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| RenderError::Wording(e.clone()))
}

fn rasterizer() -> &'static Mutex<Rasterizer> {
    static R: OnceLock<Mutex<Rasterizer>> = OnceLock::new();
    R.get_or_init(|| Mutex::new(Rasterizer::embedded()))
}

/// The receipt's lines in its language (the model golden tests compare).
pub fn receipt_lines(facts: &ReceiptFacts) -> Result<Vec<Line>, RenderError> {
    facts.validate()?;
    Ok(layout(facts, localizer()?))
}

/// Lines -> pictures and QR pieces, `width` dots wide (576 for 80 mm, 384 for 58 mm). Every
/// span is prepared for line breaking in its own language first.
pub fn render_lines(lines: &[Line], width: u32) -> Result<Vec<Piece>, RenderError> {
    let prepared: Vec<Line> = lines.iter().map(prepare_line).collect();
    let mut r = rasterizer().lock().map_err(|_| RenderError::Raster)?;
    Ok(r.render(&prepared, width))
}

fn prepare_line(line: &Line) -> Line {
    let spans = |spans: &[Span]| -> Vec<Span> {
        spans
            .iter()
            .map(|s| Span {
                text: linebreak::prepare(s.lang.tag(), &s.text),
                lang: s.lang,
            })
            .collect()
    };
    match line {
        Line::Text {
            spans: text,
            size,
            align,
        } => Line::Text {
            spans: spans(text),
            size: *size,
            align: *align,
        },
        Line::Pair { left, right, size } => Line::Pair {
            left: spans(left),
            right: spans(right),
            size: *size,
        },
        other => other.clone(),
    }
}

/// The ESC/POS job for a receipt (without the `GS r` the driver adds to confirm it). Its words
/// come from a localizer for display, so dates and amounts in messages stay on one line.
pub fn render_escpos(facts: &ReceiptFacts, width: u32) -> Result<Vec<u8>, RenderError> {
    facts.validate()?;
    let lines = layout(facts, &localizer()?.for_display());
    Ok(encode_job(&render_lines(&lines, width)?)?)
}

/// A PNG of exactly what the printer would print (the ESC/POS job played back).
pub fn render_png(facts: &ReceiptFacts, width: u32) -> Result<Vec<u8>, RenderError> {
    Ok(job_to_png(&render_escpos(facts, width)?, width))
}

/// Plays an ESC/POS job back onto paper and encodes it as PNG.
pub fn job_to_png(job: &[u8], width: u32) -> Vec<u8> {
    decode::to_png(&decode::print(&decode::parse(job), width).page)
}

/// The `print-test` page: every language with its glyph-form sample, and a QR code.
pub fn render_test_page(width: u32) -> Result<Vec<u8>, RenderError> {
    let lines = test_page(localizer()?);
    Ok(encode_job(&render_lines(&lines, width)?)?)
}

/// The optional text mode: a Japanese receipt as Shift_JIS kanji text for printers with resident
/// kanji fonts. Fails with a clear error for any other language.
pub fn render_escpos_text(facts: &ReceiptFacts, width: u32) -> Result<Vec<u8>, RenderError> {
    let lines = receipt_lines(facts)?;
    Ok(super::textmode::encode_text_job(&lines, width)?)
}
