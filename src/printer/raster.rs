//! Laid-out receipt lines -> 1-bit raster, shaped by cosmic-text with the per-language CJK face.
//!
//! Each span names its language so the face is chosen per span: Japanese headings take the
//! Japanese glyph forms (直, 骨) even on a Chinese receipt, and Chinese text takes the Chinese ones.

use super::layout::{Align, Line, Span, TextSize};
use crate::i18n::{Lang, fonts};
use cosmic_text::fontdb::Source;
use cosmic_text::{
    Attrs, Buffer, Color, Family, FontSystem, Metrics, Shaping, SwashCache, Weight, Wrap,
};
use std::sync::Arc;

/// Print width in dots of an 80 mm head (TM-T88 class, 203 dpi).
pub const WIDTH_80MM: u32 = 576;
/// Print width in dots of a 58 mm head.
pub const WIDTH_58MM: u32 = 384;
/// Side margin in dots, so glyphs never touch the unprintable edge.
const MARGIN: u32 = 8;
/// Coverage (alpha) from which an anti-aliased pixel prints black.
const INK_THRESHOLD: u8 = 110;
/// Space between a label and its value, in dots.
const PAIR_GAP: u32 = 12;

/// A 1-bit picture, rows of `(width + 7) / 8` bytes, most significant bit leftmost, 1 = black.
/// The same layout as the data of ESC/POS `GS v 0`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bitmap {
    pub width: u32,
    pub height: u32,
    pub bits: Vec<u8>,
}

impl Bitmap {
    pub fn new(width: u32, height: u32) -> Bitmap {
        let stride = width.div_ceil(8) as usize;
        Bitmap {
            width,
            height,
            bits: vec![0; stride * height as usize],
        }
    }

    pub fn stride(&self) -> usize {
        self.width.div_ceil(8) as usize
    }

    /// Sets a pixel black; pixels outside are ignored (glyphs may overhang the margin).
    pub fn set(&mut self, x: i32, y: i32) {
        if x < 0 || y < 0 || x as u32 >= self.width || y as u32 >= self.height {
            return;
        }
        let i = y as usize * self.stride() + x as usize / 8;
        self.bits[i] |= 0x80 >> (x % 8);
    }

    pub fn get(&self, x: u32, y: u32) -> bool {
        x < self.width
            && y < self.height
            && self.bits[y as usize * self.stride() + x as usize / 8] & (0x80 >> (x % 8)) != 0
    }

    pub fn row(&self, y: u32) -> &[u8] {
        let s = self.stride();
        &self.bits[y as usize * s..(y as usize + 1) * s]
    }

    pub fn row_is_blank(&self, y: u32) -> bool {
        self.row(y).iter().all(|&b| b == 0)
    }

    /// Appends rows of `other` (same width) below this picture.
    pub fn append(&mut self, other: &Bitmap) {
        debug_assert_eq!(self.width, other.width);
        self.bits.extend_from_slice(&other.bits);
        self.height += other.height;
    }

    fn fill_rect(&mut self, x0: u32, y0: u32, w: u32, h: u32) {
        for y in y0..y0 + h {
            for x in x0..x0 + w {
                self.set(x as i32, y as i32);
            }
        }
    }
}

/// What the printer is sent, in order: raster pictures and QR codes it draws itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Image(Bitmap),
    Qr(String),
}

/// Owns the font database and the glyph cache; build once, reuse for every receipt.
pub struct Rasterizer {
    fonts: FontSystem,
    cache: SwashCache,
}

impl std::fmt::Debug for Rasterizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rasterizer").finish_non_exhaustive()
    }
}

fn metrics(size: TextSize) -> Metrics {
    match size {
        // 22 dots ≈ 2.75 mm: the size of a printer's own 24-dot kanji font, and it keeps a
        // typical receipt under 40 KB of raster.
        TextSize::Small => Metrics::new(18.0, 24.0),
        TextSize::Normal => Metrics::new(22.0, 28.0),
        TextSize::Large => Metrics::new(30.0, 38.0),
    }
}

impl Rasterizer {
    /// A rasterizer over the faces embedded by `i18n::fonts` (no system fonts are read).
    pub fn embedded() -> Rasterizer {
        Self::new(
            fonts::faces()
                .iter()
                .map(|f| Source::Binary(Arc::new(f.bytes))),
        )
    }

    /// A rasterizer over the given font sources (OTF/TTF/TTC).
    pub fn new(faces: impl IntoIterator<Item = Source>) -> Rasterizer {
        let mut db = cosmic_text::fontdb::Database::new();
        for face in faces {
            db.load_font_source(face);
        }
        Rasterizer {
            fonts: FontSystem::new_with_locale_and_db("ja-JP".into(), db),
            cache: SwashCache::new(),
        }
    }

    /// Renders lines `width` dots wide into pictures and QR pieces.
    pub fn render(&mut self, lines: &[Line], width: u32) -> Vec<Piece> {
        let mut pieces = Vec::new();
        let mut current = Bitmap::new(width, 0);
        for line in lines {
            match line {
                Line::Qr(payload) => {
                    if current.height > 0 {
                        pieces.push(Piece::Image(std::mem::replace(
                            &mut current,
                            Bitmap::new(width, 0),
                        )));
                    }
                    pieces.push(Piece::Qr(payload.clone()));
                }
                other => {
                    let part = self.render_line(other, width);
                    current.append(&part);
                }
            }
        }
        if current.height > 0 {
            pieces.push(Piece::Image(current));
        }
        pieces
    }

    fn render_line(&mut self, line: &Line, width: u32) -> Bitmap {
        let inner = width - 2 * MARGIN;
        match line {
            Line::Gap(dots) => Bitmap::new(width, *dots),
            Line::Rule => {
                let mut b = Bitmap::new(width, 12);
                b.fill_rect(MARGIN, 5, inner, 2);
                b
            }
            Line::Text { spans, size, align } => {
                let buffer = self.shape(spans, *size, inner as f32, *align);
                let h = buffer_height(&buffer);
                let mut b = Bitmap::new(width, h);
                self.draw_at(&buffer, &mut b, MARGIN as i32, 0);
                b
            }
            Line::Pair { left, right, size } => {
                let right_buf = self.shape(right, *size, inner as f32, Align::Left);
                let right_w = buffer_width(&right_buf).ceil() as u32;
                let right_x = (width - MARGIN - right_w.min(inner)) as i32;
                if right_w > inner * 2 / 3 {
                    // A value too wide to sit beside its label goes below it, right-aligned.
                    let left_buf = self.shape(left, *size, inner as f32, Align::Left);
                    let left_h = buffer_height(&left_buf);
                    let mut b = Bitmap::new(width, left_h + buffer_height(&right_buf));
                    self.draw_at(&left_buf, &mut b, MARGIN as i32, 0);
                    self.draw_at(&right_buf, &mut b, right_x, left_h as i32);
                    return b;
                }
                let left_buf = self.shape(
                    left,
                    *size,
                    (inner - right_w - PAIR_GAP) as f32,
                    Align::Left,
                );
                let mut b = Bitmap::new(
                    width,
                    buffer_height(&left_buf).max(buffer_height(&right_buf)),
                );
                self.draw_at(&left_buf, &mut b, MARGIN as i32, 0);
                self.draw_at(&right_buf, &mut b, right_x, 0);
                b
            }
            Line::Qr(_) => Bitmap::new(width, 0),
        }
    }

    fn shape(&mut self, spans: &[Span], size: TextSize, width: f32, align: Align) -> Buffer {
        let fs = &mut self.fonts;
        let mut buffer = Buffer::new(fs, metrics(size));
        buffer.set_wrap(fs, Wrap::WordOrGlyph);
        buffer.set_size(fs, Some(width), None);
        // Large text (store name, total) is bold: it must stand out on thermal paper.
        let weight = if size == TextSize::Large {
            Weight::BOLD
        } else {
            Weight::NORMAL
        };
        let default = Attrs::new()
            .family(Family::Name(fonts::family(Lang::Ja)))
            .weight(weight);
        let align = match align {
            Align::Left => None,
            Align::Center => Some(cosmic_text::Align::Center),
            Align::Right => Some(cosmic_text::Align::Right),
        };
        buffer.set_rich_text(
            fs,
            spans.iter().map(|s| {
                (
                    s.text.as_str(),
                    Attrs::new()
                        .family(Family::Name(fonts::family(s.lang)))
                        .weight(weight),
                )
            }),
            &default,
            Shaping::Advanced,
            align,
        );
        buffer.shape_until_scroll(fs, false);
        buffer
    }

    fn draw_at(&mut self, buffer: &Buffer, into: &mut Bitmap, x0: i32, y0: i32) {
        buffer.draw(
            &mut self.fonts,
            &mut self.cache,
            Color::rgb(0, 0, 0),
            |x, y, w, h, color| {
                if color.a() >= INK_THRESHOLD {
                    for dy in 0..h as i32 {
                        for dx in 0..w as i32 {
                            into.set(x0 + x + dx, y0 + y + dy);
                        }
                    }
                }
            },
        );
    }
}

fn buffer_height(buffer: &Buffer) -> u32 {
    buffer
        .layout_runs()
        .map(|r| r.line_height)
        .sum::<f32>()
        .ceil() as u32
}

fn buffer_width(buffer: &Buffer) -> f32 {
    buffer.layout_runs().map(|r| r.line_w).fold(0.0, f32::max)
}
