//! The printer's resident fonts, imitated: every character drawn into a fixed cell (font A
//! 12 × 24, font B 9 × 17, kanji 24 × 24 dots) from the embedded Noto Sans CJK JP face, which
//! carries ASCII, the Latin-1 and Greek letters of the code pages, kana and JIS X 0208.
//! A character the face lacks prints as an empty box, as a printer prints a missing glyph.

use crate::i18n::fonts;
use crate::printer::raster::Bitmap;
use cosmic_text::fontdb::{self, Source};
use cosmic_text::{CacheKey, CacheKeyFlags, FontSystem, SwashCache, SwashContent};
use std::collections::HashMap;
use std::sync::Arc;

/// A character cell of a resident font.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cell {
    /// Font A, 12 × 24 (`ESC ! n` bit 0 clear, `ESC M 0`).
    A,
    /// Font B, 9 × 17 (`ESC ! n` bit 0 set, `ESC M 1`).
    B,
    /// Kanji (and other full-width characters), 24 × 24 (`FS &`).
    Kanji,
}

impl Cell {
    /// (width, height, font size, baseline from the top), in dots.
    fn metrics(self) -> (u32, u32, f32, i32) {
        match self {
            Cell::A => (12, 24, 20.0, 19),
            Cell::B => (9, 17, 14.0, 13),
            Cell::Kanji => (24, 24, 23.0, 20),
        }
    }

    pub fn width(self) -> u32 {
        self.metrics().0
    }

    pub fn height(self) -> u32 {
        self.metrics().1
    }
}

/// Coverage (alpha) from which a dot prints, as for the receipt raster.
const INK_THRESHOLD: u8 = 110;

/// The glyph renderer with its cache of drawn cells.
pub struct Glyphs {
    fonts: FontSystem,
    swash: SwashCache,
    face: Option<fontdb::ID>,
    cells: HashMap<(char, Cell), Bitmap>,
}

impl std::fmt::Debug for Glyphs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Glyphs")
            .field("cached", &self.cells.len())
            .finish_non_exhaustive()
    }
}

impl Default for Glyphs {
    fn default() -> Self {
        Self::new()
    }
}

impl Glyphs {
    pub fn new() -> Glyphs {
        let mut db = fontdb::Database::new();
        if let Some(face) = fonts::face(fonts::JP, false) {
            db.load_font_source(Source::Binary(Arc::new(face.bytes)));
        }
        let face = db.faces().next().map(|f| f.id);
        Glyphs {
            fonts: FontSystem::new_with_locale_and_db("ja-JP".into(), db),
            swash: SwashCache::new(),
            face,
            cells: HashMap::new(),
        }
    }

    /// The character drawn in its cell (a copy from the cache after the first time).
    pub fn cell(&mut self, c: char, cell: Cell) -> Bitmap {
        if let Some(b) = self.cells.get(&(c, cell)) {
            return b.clone();
        }
        let b = self.draw(c, cell);
        self.cells.insert((c, cell), b.clone());
        b
    }

    fn draw(&mut self, c: char, cell: Cell) -> Bitmap {
        let (w, h, size, baseline) = cell.metrics();
        let mut out = Bitmap::new(w, h);
        if c == ' ' || c == '\u{3000}' {
            return out;
        }
        let glyph = fonts::face(fonts::JP, false).and_then(|f| f.glyph(c));
        let (Some(face), Some(glyph)) = (self.face, glyph) else {
            // No such glyph: an empty box, one dot inside the cell.
            for x in 1..w as i32 - 1 {
                out.set(x, 2);
                out.set(x, h as i32 - 3);
            }
            for y in 2..h as i32 - 2 {
                out.set(1, y);
                out.set(w as i32 - 2, y);
            }
            return out;
        };
        let (key, _, _) = CacheKey::new(
            face,
            glyph,
            size,
            (0.0, 0.0),
            fontdb::Weight::NORMAL,
            CacheKeyFlags::empty(),
        );
        let Some(image) = self.swash.get_image_uncached(&mut self.fonts, key) else {
            return out;
        };
        if image.content != SwashContent::Mask {
            return out;
        }
        let p = image.placement;
        // Monospaced like a printer's font: a glyph wider than its cell (less a 2-dot gap
        // between half-width characters) is narrowed to fit, nearest dot; every glyph is
        // centred in its cell.
        let room = if cell == Cell::Kanji { w } else { w - 2 };
        let drawn_w = p.width.min(room);
        let x0 = (w - drawn_w) as i32 / 2;
        let y0 = baseline - p.top;
        for y in 0..p.height {
            for x in 0..drawn_w {
                let sx = if p.width > room {
                    x * p.width / room
                } else {
                    x
                };
                let alpha = image.data[(y * p.width + sx) as usize];
                if alpha >= INK_THRESHOLD {
                    out.set(x0 + x as i32, y0 + y as i32);
                }
            }
        }
        out
    }
}
