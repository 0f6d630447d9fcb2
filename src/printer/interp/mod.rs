//! An ESC/POS interpreter (pure): the bytes of a job → the paper a TM-T88-class printer would
//! print (a 1-bit page) → PNG. The printer simulator draws every job with it, whoever sent it.
//!
//! Text is kept in a line buffer and printed at `LF` (or `ESC J`, `ESC d`, a full line, a
//! picture, a barcode or the end of the job), aligned by `ESC a`; pictures and barcodes print
//! at once. Commands the interpreter does not draw are skipped whole by the length table in
//! `commands`; one it does not know is logged with its bytes and skipped with its function
//! byte; a command cut off at the end of the job is reported in `notes`.

pub mod barcode;
pub mod commands;
pub mod glyphs;
pub mod graphics;
mod symbols;
pub mod text;

use crate::printer::raster::Bitmap;
use commands::{DLE, ESC, FS, Frame, GS};
use glyphs::{Cell, Glyphs};
use std::sync::{Mutex, OnceLock};
use text::{KanjiCode, Style};

/// Default line spacing (`ESC 2`: 1/6 inch), in dots of the page.
const DEFAULT_LINE_DOTS: u32 = 30;
/// Default vertical motion unit (`GS P`): 1/360 inch on a TM-T88 until a host changes it.
const DEFAULT_Y_UNIT: u32 = 360;
/// Dots per inch of the page the simulator draws (the receipt raster's 203 dpi).
const PAGE_DPI: u32 = 203;
/// Default horizontal tab stops: every 8 characters of font A (`ESC D`, default).
const TAB_DOTS: u32 = 8 * 12;

/// What a job put on paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub page: Bitmap,
    /// QR payloads in print order (`GS ( k` fn 80 data, printed by fn 81).
    pub qr_payloads: Vec<String>,
    /// Barcodes in print order: (symbology, data as printed in its HRI).
    pub barcodes: Vec<(String, String)>,
    /// Whether a `GS V` cut was seen.
    pub cut: bool,
    /// What could not be drawn, in plain words (unknown or truncated commands, bad data).
    pub notes: Vec<String>,
}

/// Plays `bytes` onto paper `width` dots wide.
pub fn render(bytes: &[u8], width: u32) -> Rendered {
    static GLYPHS: OnceLock<Mutex<Glyphs>> = OnceLock::new();
    let lock = GLYPHS.get_or_init(|| Mutex::new(Glyphs::new()));
    // A panic while drawing (a bug) leaves the cache as it was: still usable.
    let mut glyphs = lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let mut interp = Interp::new(width, &mut glyphs);
    interp.run(bytes);
    interp.out
}

/// Encodes a page as PNG (white paper, black dots, a white border), as the simulator stores it.
pub fn to_png(page: &Bitmap) -> Vec<u8> {
    crate::printer::decode::to_png(page)
}

struct Interp<'g> {
    width: u32,
    glyphs: &'g mut Glyphs,
    out: Rendered,
    /// The line buffer: pieces at their x, and the next x.
    line: Vec<(u32, Bitmap)>,
    x: u32,
    style: Style,
    justify: u8,
    y_unit: u32,
    line_dots: u32,
    code_page: u8,
    intl: u8,
    kanji: bool,
    kanji_code: KanjiCode,
    lead: Option<u8>,
    barcode: barcode::Settings,
    qr_module: u8,
    qr_level: qrcode::EcLevel,
    qr_data: Vec<u8>,
    /// The picture `GS ( L` fn 112 stored, for fn 50 to print.
    stored_graphic: Option<Bitmap>,
    /// `ESC { n`: lines printed upside down.
    upside_down: bool,
}

impl<'g> Interp<'g> {
    fn new(width: u32, glyphs: &'g mut Glyphs) -> Self {
        Interp {
            width,
            glyphs,
            out: Rendered {
                page: Bitmap::new(width, 0),
                qr_payloads: Vec::new(),
                barcodes: Vec::new(),
                cut: false,
                notes: Vec::new(),
            },
            line: Vec::new(),
            x: 0,
            style: Style::default(),
            justify: 0,
            y_unit: DEFAULT_Y_UNIT,
            line_dots: DEFAULT_LINE_DOTS,
            code_page: 0,
            intl: 0,
            kanji: false,
            kanji_code: KanjiCode::Jis,
            lead: None,
            barcode: barcode::Settings::default(),
            qr_module: 3,
            qr_level: qrcode::EcLevel::M,
            qr_data: Vec::new(),
            stored_graphic: None,
            upside_down: false,
        }
    }

    /// `ESC @`: the print buffer is cleared and every setting returns to its default.
    fn init(&mut self) {
        self.line.clear();
        self.x = 0;
        self.style = Style::default();
        self.justify = 0;
        self.y_unit = DEFAULT_Y_UNIT;
        self.line_dots = DEFAULT_LINE_DOTS;
        self.code_page = 0;
        self.intl = 0;
        self.kanji = false;
        self.kanji_code = KanjiCode::Jis;
        self.lead = None;
        self.barcode = barcode::Settings::default();
        self.qr_module = 3;
        self.qr_level = qrcode::EcLevel::M;
        self.qr_data.clear();
        self.stored_graphic = None;
        self.upside_down = false;
    }

    fn note(&mut self, what: String) {
        tracing::warn!(%what, "printer-sim");
        self.out.notes.push(what);
    }

    fn run(&mut self, bytes: &[u8]) {
        let mut at = 0;
        while at < bytes.len() {
            let rest = &bytes[at..];
            match commands::frame(rest) {
                Frame::Byte => {
                    self.byte(rest[0]);
                    at += 1;
                }
                Frame::Command(n) => {
                    self.command(&rest[..n]);
                    at += n;
                }
                Frame::Unknown => {
                    let cmd = commands::hex(&rest[..2]);
                    self.note(format!("unknown command {cmd} at byte {at} skipped"));
                    at += 2;
                }
                Frame::Incomplete => {
                    let cmd = commands::hex(rest);
                    self.note(format!(
                        "truncated command at byte {at} at the end of the job: {cmd}"
                    ));
                    break;
                }
            }
        }
        if !self.line.is_empty() {
            self.print_line(self.line_dots);
        }
    }

    /// Motion units → dots of the page.
    fn units(&self, n: u32) -> u32 {
        (n * PAGE_DPI).div_ceil(self.y_unit)
    }

    fn feed(&mut self, rows: u32) {
        self.out.page.append(&Bitmap::new(self.width, rows));
    }

    /// Where a thing `w` dots wide starts under the justification in force (`ESC a n`).
    fn offset(&self, w: u32) -> u32 {
        match self.justify {
            1 | 49 => self.width.saturating_sub(w) / 2,
            2 | 50 => self.width.saturating_sub(w),
            _ => 0,
        }
    }

    /// Prints the line buffer (characters share the bottom of the line) and feeds at least
    /// `advance` dots from its top.
    fn print_line(&mut self, advance: u32) {
        let h = self.line.iter().map(|(_, b)| b.height).max().unwrap_or(0);
        let off = self.offset(self.x);
        let mut band = Bitmap::new(self.width, h);
        for (x, b) in std::mem::take(&mut self.line) {
            blit(&mut band, &b, off + x, h - b.height);
        }
        if self.upside_down {
            band = graphics::rotate_180(&band);
        }
        self.x = 0;
        self.out.page.append(&band);
        self.feed(advance.saturating_sub(h));
    }

    /// Prints a picture at once, on its own line(s), under the justification in force.
    fn place(&mut self, b: &Bitmap) {
        if !self.line.is_empty() {
            self.print_line(self.line_dots);
        }
        let mut band = Bitmap::new(self.width, b.height);
        blit(&mut band, b, self.offset(b.width), 0);
        self.out.page.append(&band);
    }

    /// Adds a piece to the line buffer; a full line prints first (the printer wraps).
    fn put(&mut self, b: Bitmap) {
        if self.x > 0 && self.x + b.width > self.width {
            self.print_line(self.line_dots);
        }
        let w = b.width;
        self.line.push((self.x, b));
        self.x += w;
    }

    fn byte(&mut self, b: u8) {
        if let Some(lead) = self.lead.take() {
            let c = self.kanji_code.decode(lead, b).unwrap_or('\u{3013}');
            let glyph = self.style.draw(self.glyphs, c, Cell::Kanji);
            self.put(glyph);
            return;
        }
        match b {
            0x0A => self.print_line(self.line_dots),
            0x09 => {
                let next = (self.x / TAB_DOTS + 1) * TAB_DOTS;
                if next < self.width {
                    let gap = Bitmap::new(next - self.x, 0);
                    self.put(gap);
                }
            }
            0x0C => {
                if !self.line.is_empty() {
                    self.print_line(self.line_dots);
                }
            }
            // CR (ignored with auto line feed off, as a TM-T88 ships), CAN and other controls.
            0x00..=0x1F => {}
            _ if self.kanji && self.kanji_code.is_lead(b) => self.lead = Some(b),
            _ => {
                let c = match text::single_byte(self.code_page, self.intl, b) {
                    Some(c) => c,
                    None => {
                        let page = self.code_page;
                        self.note(format!(
                            "code page {page} (ESC t {page}) is not carried: printed as PC437"
                        ));
                        self.code_page = 0;
                        text::single_byte(0, self.intl, b).unwrap_or('?')
                    }
                };
                let cell = if is_wide(c) {
                    Cell::Kanji
                } else {
                    self.style.cell()
                };
                let glyph = self.style.draw(self.glyphs, c, cell);
                self.put(glyph);
            }
        }
    }

    fn command(&mut self, cmd: &[u8]) {
        let p = |i: usize| cmd.get(i).copied().unwrap_or(0);
        match (cmd[0], cmd[1]) {
            (ESC, b'@') => self.init(),
            (ESC, b'!') => self.style.set_print_mode(p(2)),
            (ESC, b'E') => self.style.emphasised = p(2) & 1 != 0,
            (ESC, b'-') => self.style.underline = p(2) % 48 % 3,
            (ESC, b'M') => self.style.font_b = p(2) & 1 != 0,
            (ESC, b' ') => self.style.right_spacing = p(2),
            (ESC, b'a') => self.justify = p(2),
            (ESC, b'{') => self.upside_down = p(2) & 1 != 0,
            (ESC, b'V') => self.style.rotated = matches!(p(2), 1 | 2 | 49 | 50),
            (ESC, b't') => self.code_page = p(2),
            (ESC, b'R') => self.intl = p(2),
            (ESC, b'2') => self.line_dots = DEFAULT_LINE_DOTS,
            (ESC, b'3') => self.line_dots = self.units(u32::from(p(2))),
            (ESC, b'J') => {
                let n = self.units(u32::from(p(2)));
                self.print_line(n);
            }
            (ESC, b'd') => {
                self.print_line(self.line_dots);
                for _ in 1..p(2) {
                    self.feed(self.line_dots);
                }
            }
            (ESC, b'$') => self.x = (u32::from(p(2)) | u32::from(p(3)) << 8).min(self.width),
            (ESC, b'*') => {
                let n = usize::from(p(3)) | usize::from(p(4)) << 8;
                let img = graphics::columns(p(2), n, &cmd[5..]);
                self.put(img);
            }
            (GS, b'!') => self.style.set_size(p(2)),
            (GS, b'B') => self.style.reverse = p(2) & 1 != 0,
            (GS, b'P') => {
                if p(3) > 0 {
                    self.y_unit = u32::from(p(3));
                }
            }
            (GS, b'h') => self.barcode.height = p(2),
            (GS, b'w') => self.barcode.module = p(2),
            (GS, b'H') => self.barcode.hri = p(2) % 48,
            (GS, b'f') => self.barcode.hri_font_b = p(2) % 48 == 1,
            (GS, b'k') => self.barcode(cmd),
            (GS, b'v') if p(2) == b'0' => {
                let (w, h) = (
                    usize::from(p(4)) | usize::from(p(5)) << 8,
                    usize::from(p(6)) | usize::from(p(7)) << 8,
                );
                let img = graphics::raster(p(3), w, h, &cmd[8..]);
                self.place(&img);
            }
            (GS, b'(') if p(2) == b'k' => self.qr(&cmd[5..]),
            (GS, b'(') if p(2) == b'L' => self.graphics(&cmd[5..]),
            (GS, b'8') if p(2) == b'L' => self.graphics(&cmd[7..]),
            // Pictures kept in the printer's memory, which the simulator does not keep.
            (FS, b'p') | (GS, b'/') => self.note(format!(
                "{}: printing a stored image is not drawn by the simulator",
                commands::hex(cmd)
            )),
            (GS, b'V') => {
                if !self.line.is_empty() {
                    self.print_line(self.line_dots);
                }
                if matches!(p(2), 65 | 66 | 97 | 98 | 103 | 104) {
                    let n = self.units(u32::from(p(3)));
                    self.feed(n);
                }
                self.out.cut = true;
            }
            (FS, b'&') => self.kanji = true,
            (FS, b'.') => {
                self.kanji = false;
                self.lead = None;
            }
            (FS, b'C') => match KanjiCode::from_param(p(2)) {
                Some(code) => self.kanji_code = code,
                None => self.note(format!("FS C {}: no such kanji code system", p(2))),
            },
            (FS, b'!') => self.style.set_kanji_mode(p(2)),
            // Status and real-time requests draw nothing (the simulator's machine answers them).
            (DLE, _) | (GS, b'r' | b'a') => {}
            _ => tracing::debug!(cmd = %commands::hex(cmd), "printer-sim: command not drawn"),
        }
    }
}

/// Full-width characters (kana, kanji, full-width forms) take the 24-dot kanji cell.
fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF01..=0xFF60 | 0xFFE0..=0xFFE6)
}

/// Copies the black dots of `src` into `dst` at (x0, y0); dots outside `dst` are dropped.
fn blit(dst: &mut Bitmap, src: &Bitmap, x0: u32, y0: u32) {
    for y in 0..src.height {
        for x in 0..src.width {
            if src.get(x, y) {
                dst.set((x0 + x) as i32, (y0 + y) as i32);
            }
        }
    }
}
