//! Text mode: the print modes (`ESC !`, `GS !`, `ESC E`, `ESC -`, `GS B`, `FS !`), the code
//! pages of `ESC t`, the international sets of `ESC R`, and kanji mode (`FS &`, `FS C`).

use super::glyphs::{Cell, Glyphs};
use crate::printer::raster::Bitmap;
use oem_cp::code_table as cp;

/// The character print modes in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    /// `ESC ! n` bit 0 / `ESC M n`: font B.
    pub font_b: bool,
    /// `ESC ! n` bit 3 / `ESC E n`: emphasised (printed twice, one dot apart).
    pub emphasised: bool,
    /// `ESC ! n` bits 4 and 5: double height and double width.
    pub double_h: bool,
    pub double_w: bool,
    /// `ESC ! n` bit 7 / `ESC - n`: underline thickness in dots (0, 1 or 2).
    pub underline: u8,
    /// `GS ! n`: width and height magnification minus one (0–7 each).
    pub gs_w: u8,
    pub gs_h: u8,
    /// `GS B n`: white on black.
    pub reverse: bool,
    /// `FS ! n` bits 2, 3 and 7: kanji double width, double height, underline.
    pub kanji_double_w: bool,
    pub kanji_double_h: bool,
    pub kanji_underline: u8,
    /// `ESC SP n`: extra dots right of each half-width character.
    pub right_spacing: u8,
    /// `ESC V n`: characters turned 90° clockwise (not underlined, ESC/POS `ESC V`, Notes).
    pub rotated: bool,
}

impl Style {
    /// `ESC ! n` (select print modes): sets every mode it names at once. Its size replaces a
    /// `GS !` size: of the two, the last received is in effect (ESC/POS `GS !`, Notes).
    pub fn set_print_mode(&mut self, n: u8) {
        self.gs_w = 0;
        self.gs_h = 0;
        self.font_b = n & 0x01 != 0;
        self.emphasised = n & 0x08 != 0;
        self.double_h = n & 0x10 != 0;
        self.double_w = n & 0x20 != 0;
        self.underline = if n & 0x80 != 0 { 1 } else { 0 };
    }

    /// `GS ! n` (select character size): bits 4–6 width, bits 0–2 height; replaces the double
    /// sizes of an earlier `ESC !`.
    pub fn set_size(&mut self, n: u8) {
        self.double_w = false;
        self.double_h = false;
        self.gs_w = (n >> 4) & 0x07;
        self.gs_h = n & 0x07;
    }

    /// `FS ! n` (kanji print mode).
    pub fn set_kanji_mode(&mut self, n: u8) {
        self.kanji_double_w = n & 0x04 != 0;
        self.kanji_double_h = n & 0x08 != 0;
        self.kanji_underline = if n & 0x80 != 0 { 1 } else { 0 };
    }

    /// Magnification (width, height) of a character in `cell`: `GS !` wins over the double
    /// modes of `ESC !` / `FS !` when it is set.
    fn scale(&self, cell: Cell) -> (u32, u32) {
        let (dw, dh) = match cell {
            Cell::Kanji => (self.kanji_double_w, self.kanji_double_h),
            _ => (self.double_w, self.double_h),
        };
        let w = if self.gs_w > 0 {
            u32::from(self.gs_w) + 1
        } else {
            1 + u32::from(dw)
        };
        let h = if self.gs_h > 0 {
            u32::from(self.gs_h) + 1
        } else {
            1 + u32::from(dh)
        };
        (w, h)
    }

    /// A character as the printer puts it on paper: its cell, emphasised, magnified, underlined.
    pub fn draw(&self, glyphs: &mut Glyphs, c: char, cell: Cell) -> Bitmap {
        let mut base = glyphs.cell(c, cell);
        if self.rotated {
            base = super::graphics::rotate_90(&base);
        }
        let spacing = if cell == Cell::Kanji {
            0
        } else {
            u32::from(self.right_spacing)
        };
        let (sx, sy) = self.scale(cell);
        let (w, h) = ((base.width + spacing) * sx, base.height * sy);
        let mut out = Bitmap::new(w, h);
        for y in 0..h {
            for x in 0..base.width * sx {
                let (bx, by) = (x / sx, y / sy);
                // Emphasised: the printer strikes each dot again one dot to the right.
                let ink = base.get(bx, by) || (self.emphasised && bx > 0 && base.get(bx - 1, by));
                if ink {
                    out.set(x as i32, y as i32);
                }
            }
        }
        let underline = if self.rotated {
            0
        } else if cell == Cell::Kanji {
            self.kanji_underline
        } else {
            self.underline
        };
        for y in h.saturating_sub(u32::from(underline))..h {
            for x in 0..w {
                out.set(x as i32, y as i32);
            }
        }
        if self.reverse {
            for b in &mut out.bits {
                *b = !*b;
            }
        }
        out
    }

    pub fn cell(&self) -> Cell {
        if self.font_b { Cell::B } else { Cell::A }
    }
}

/// `ESC R n` (international character set) 8, Japan: 0x5C prints `¥`, 0x7E `‾`.
const ESC_R_JAPAN: u8 = 8;

/// The character a single byte prints as, under code page `page` (`ESC t n`) and international
/// set `intl` (`ESC R n`); `None` for a code page the simulator does not carry.
pub fn single_byte(page: u8, intl: u8, b: u8) -> Option<char> {
    if b < 0x80 {
        return Some(match (intl, b) {
            (ESC_R_JAPAN, 0x5C) => '¥',
            (ESC_R_JAPAN, 0x7E) => '‾',
            _ => char::from(b),
        });
    }
    let oem = |table: &[char; 128]| Some(table[usize::from(b - 0x80)]);
    let oem_partial = |table: &[Option<char>; 128]| table[usize::from(b - 0x80)].or(Some('?'));
    let windows = |enc: &'static encoding_rs::Encoding| {
        let byte = [b];
        let (s, _) = enc.decode_without_bom_handling(&byte);
        s.chars().next()
    };
    // ESC t n: the page numbers of the TM-T88 code page table.
    match page {
        0 => oem(&cp::DECODING_TABLE_CP437),
        // Katakana: JIS X 0201 half-width kana at A1–DF.
        1 => Some(match b {
            0xA1..=0xDF => char::from_u32(0xFF61 + u32::from(b - 0xA1)).unwrap_or('?'),
            _ => ' ',
        }),
        2 => oem(&cp::DECODING_TABLE_CP850),
        3 => oem(&cp::DECODING_TABLE_CP860),
        4 => oem(&cp::DECODING_TABLE_CP863),
        5 => oem(&cp::DECODING_TABLE_CP865),
        13 => oem_partial(&cp::DECODING_TABLE_CP857),
        14 => oem(&cp::DECODING_TABLE_CP737),
        15 => windows(encoding_rs::ISO_8859_7),
        16 => windows(encoding_rs::WINDOWS_1252),
        17 => oem(&cp::DECODING_TABLE_CP866),
        18 => oem(&cp::DECODING_TABLE_CP852),
        19 => oem(&cp::DECODING_TABLE_CP858),
        39 => windows(encoding_rs::ISO_8859_2),
        40 => windows(encoding_rs::ISO_8859_15),
        45 => windows(encoding_rs::WINDOWS_1250),
        46 => windows(encoding_rs::WINDOWS_1251),
        47 => windows(encoding_rs::WINDOWS_1253),
        48 => windows(encoding_rs::WINDOWS_1254),
        _ => None,
    }
}

/// `FS C n` (kanji code system).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KanjiCode {
    /// n = 0 or 48: JIS (every pair of bytes 21–7E in kanji mode is one character).
    Jis,
    /// n = 1 or 49: Shift_JIS (lead bytes 81–9F and E0–FC).
    ShiftJis,
}

impl KanjiCode {
    pub fn from_param(n: u8) -> Option<KanjiCode> {
        match n {
            0 | 48 => Some(KanjiCode::Jis),
            1 | 49 | 2 | 50 => Some(KanjiCode::ShiftJis),
            _ => None,
        }
    }

    /// Is `b` the first byte of a two-byte character in kanji mode?
    pub fn is_lead(self, b: u8) -> bool {
        match self {
            KanjiCode::Jis => (0x21..=0x7E).contains(&b),
            KanjiCode::ShiftJis => matches!(b, 0x81..=0x9F | 0xE0..=0xFC),
        }
    }

    /// The character of a two-byte code, `None` when the code is not a character.
    pub fn decode(self, lead: u8, trail: u8) -> Option<char> {
        let (enc, bytes) = match self {
            // JIS X 0208 row/cell bytes are EUC-JP's with the high bit cleared.
            KanjiCode::Jis => (encoding_rs::EUC_JP, [lead | 0x80, trail | 0x80]),
            KanjiCode::ShiftJis => (encoding_rs::SHIFT_JIS, [lead, trail]),
        };
        let (s, bad) = enc.decode_without_bom_handling(&bytes);
        if bad {
            return None;
        }
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        }
    }
}
