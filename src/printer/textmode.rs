//! Optional text mode for a Japanese-only receipt on a printer with resident kanji fonts
//! (TM-T88 Japanese models): Shift_JIS text in kanji mode instead of a raster, ~5x fewer bytes.
//! Any other language needs the raster (a Japanese printer has no Hangul or Chinese forms).

use super::escpos::EncodeError;
use super::layout::{Align, Line, Span, TextSize};
use crate::i18n::Lang;

/// `ESC @`: initialise.
const ESC_AT: [u8; 2] = [0x1B, 0x40];
/// `ESC R 8`: international character set Japan (0x5C prints `¥`).
const ESC_R_JAPAN: [u8; 3] = [0x1B, 0x52, 8];
/// `ESC t 1`: code page 1, Katakana (half-width kana 0xA1–0xDF).
const ESC_T_KATAKANA: [u8; 3] = [0x1B, 0x74, 1];
/// `FS C 1`: kanji code system Shift_JIS.
const FS_C_SHIFT_JIS: [u8; 3] = [0x1C, 0x43, 1];
/// `FS &`: select kanji character mode.
const FS_AMP: [u8; 2] = [0x1C, 0x26];
/// `GS ! n`: character size (0x00 normal, 0x11 double width and height).
const GS_EXCL: [u8; 2] = [0x1D, 0x21];
/// `ESC a n`: justification.
const ESC_A: [u8; 2] = [0x1B, 0x61];
/// `ESC J n`: print and feed n motion units.
const ESC_J: [u8; 2] = [0x1B, 0x4A];
/// `GS V A 0`: feed to the cutter and cut.
const GS_V_A_0: [u8; 4] = [0x1D, 0x56, 0x41, 0];

/// Half-width columns per line with font A (12 dots): 48 on 80 mm, 32 on 58 mm.
pub fn columns(width_dots: u32) -> usize {
    (width_dots / 12) as usize
}

fn sjis(text: &str) -> Result<Vec<u8>, EncodeError> {
    let (bytes, _, had_errors) = encoding_rs::SHIFT_JIS.encode(text);
    if had_errors {
        return Err(EncodeError(format!(
            "{text:?} has characters Shift_JIS cannot carry; use the raster"
        )));
    }
    Ok(bytes.into_owned())
}

fn join(spans: &[Span]) -> Result<String, EncodeError> {
    if let Some(s) = spans.iter().find(|s| s.lang != Lang::Ja) {
        return Err(EncodeError(format!(
            "text mode prints Japanese only, not {:?}",
            s.lang
        )));
    }
    Ok(spans.iter().map(|s| s.text.as_str()).collect())
}

/// Encodes Japanese lines as kanji-mode text, `width_dots` wide; ends with a cut.
pub fn encode_text_job(lines: &[Line], width_dots: u32) -> Result<Vec<u8>, EncodeError> {
    let cols = columns(width_dots);
    let mut out = Vec::new();
    for cmd in [
        &ESC_AT[..],
        &ESC_R_JAPAN,
        &ESC_T_KATAKANA,
        &FS_C_SHIFT_JIS,
        &FS_AMP,
    ] {
        out.extend_from_slice(cmd);
    }
    for line in lines {
        match line {
            Line::Text { spans, size, align } => {
                let a = match align {
                    Align::Left => 0,
                    Align::Center => 1,
                    Align::Right => 2,
                };
                out.extend_from_slice(&ESC_A);
                out.push(a);
                text_line(&mut out, &sjis(&join(spans)?)?, *size);
                out.extend_from_slice(&ESC_A);
                out.push(0);
            }
            Line::Pair { left, right, size } => {
                let (l, r) = (sjis(&join(left)?)?, sjis(&join(right)?)?);
                let cols = if *size == TextSize::Large {
                    cols / 2
                } else {
                    cols
                };
                // In Shift_JIS a double-byte character is two columns wide, so bytes = columns.
                let mut row = l.clone();
                if l.len() + 1 + r.len() <= cols {
                    row.resize(cols - r.len(), b' ');
                    row.extend_from_slice(&r);
                    text_line(&mut out, &row, *size);
                } else {
                    text_line(&mut out, &l, *size);
                    let mut pad = vec![b' '; cols.saturating_sub(r.len())];
                    pad.extend_from_slice(&r);
                    text_line(&mut out, &pad, *size);
                }
            }
            Line::Rule => text_line(&mut out, &vec![b'-'; cols], TextSize::Normal),
            Line::Gap(dots) => {
                out.extend_from_slice(&ESC_J);
                out.push((*dots).min(255) as u8);
            }
            Line::Qr(payload) => out.extend(super::escpos::qr_bytes(payload)?),
        }
    }
    out.extend_from_slice(&ESC_J);
    out.push(96);
    out.extend_from_slice(&GS_V_A_0);
    Ok(out)
}

fn text_line(out: &mut Vec<u8>, bytes: &[u8], size: TextSize) {
    let n = if size == TextSize::Large { 0x11 } else { 0x00 };
    out.extend_from_slice(&GS_EXCL);
    out.push(n);
    out.extend_from_slice(bytes);
    out.push(b'\n');
}
