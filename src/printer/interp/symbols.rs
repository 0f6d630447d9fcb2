//! What the printer draws from stored data: `GS ( k` QR codes, `GS k` barcodes with their HRI
//! text, and `GS ( L` / `GS 8 L` raster graphics (stored by fn 112, printed by fn 50).

use super::glyphs::Cell;
use super::text::Style;
use super::{Interp, barcode, blit, graphics};
use crate::printer::raster::Bitmap;

impl Interp<'_> {
    /// `GS ( k` cn=49 (QR Code): fn 65 model, 67 module size, 69 error level, 80 store, 81 print.
    pub(super) fn qr(&mut self, body: &[u8]) {
        let (cn, fun) = (body.first().copied(), body.get(1).copied());
        match (cn, fun) {
            (Some(49), Some(67)) => self.qr_module = body.get(2).copied().unwrap_or(3),
            (Some(49), Some(69)) => {
                self.qr_level = graphics::qr_level(body.get(2).copied().unwrap_or(49))
            }
            (Some(49), Some(80)) => self.qr_data = body.get(3..).unwrap_or_default().to_vec(),
            (Some(49), Some(81)) => {
                match graphics::qr(&self.qr_data, self.qr_module, self.qr_level) {
                    Ok(symbol) => {
                        self.place(&symbol);
                        let payload = String::from_utf8_lossy(&self.qr_data).into_owned();
                        self.out.qr_payloads.push(payload);
                    }
                    Err(e) => self.note(e),
                }
            }
            (Some(49), _) => {}
            _ => self.note(format!(
                "GS ( k cn={}: 2D symbol not drawn by the simulator",
                cn.unwrap_or(0)
            )),
        }
    }

    /// `GS k`: the bars, with the HRI text above and/or below them (`GS H`).
    pub(super) fn barcode(&mut self, cmd: &[u8]) {
        let m = cmd[2];
        let data = if m <= 6 {
            &cmd[3..cmd.len() - 1]
        } else {
            &cmd[4..]
        };
        let bars = match barcode::encode(m, data, &self.barcode) {
            Ok(b) => b,
            Err(e) => return self.note(e),
        };
        let hri = self.barcode.hri;
        if hri & 1 != 0 {
            self.hri_line(&bars);
        }
        self.place(&bars.bars);
        if hri & 2 != 0 {
            self.hri_line(&bars);
        }
        self.out
            .barcodes
            .push((bars.kind.to_string(), bars.text.clone()));
    }

    /// The HRI characters, centred on the bars, in plain font A or B.
    fn hri_line(&mut self, bars: &barcode::Bars) {
        let cell = if self.barcode.hri_font_b {
            Cell::B
        } else {
            Cell::A
        };
        let plain = Style::default();
        let glyphs: Vec<Bitmap> = bars
            .text
            .chars()
            .map(|c| plain.draw(self.glyphs, c, cell))
            .collect();
        let w: u32 = glyphs.iter().map(|g| g.width).sum();
        let mut line = Bitmap::new(w.max(bars.bars.width), cell.height());
        let mut x = line.width.saturating_sub(w) / 2;
        for g in &glyphs {
            blit(&mut line, g, x, 0);
            x += g.width;
        }
        self.place(&line);
    }

    /// `GS ( L` / `GS 8 L` (graphics): fn 112 stores a raster picture, fn 50 prints it.
    /// `body` is what follows the length: m fn a bx by c xL xH yL yH d… for fn 112.
    pub(super) fn graphics(&mut self, body: &[u8]) {
        match body.get(1).copied() {
            Some(112) if body.len() >= 10 => {
                let (bx, by) = (body[3].clamp(1, 2), body[4].clamp(1, 2));
                let w = usize::from(body[6]) | usize::from(body[7]) << 8;
                let h = usize::from(body[8]) | usize::from(body[9]) << 8;
                let mode = match (bx, by) {
                    (2, 2) => 3,
                    (1, 2) => 2,
                    (2, 1) => 1,
                    _ => 0,
                };
                let img = graphics::raster(mode, w.div_ceil(8), h, &body[10..]);
                self.stored_graphic = Some(img);
            }
            Some(50 | 2) => match self.stored_graphic.clone() {
                Some(img) => self.place(&img),
                None => self.note("GS ( L fn 50: no picture stored to print".into()),
            },
            // fn 48, 49, 65: queries and density settings; nothing to draw.
            Some(0 | 1 | 48 | 49 | 65) => {}
            other => self.note(format!(
                "GS ( L fn {}: graphics function not drawn by the simulator",
                other.unwrap_or(0)
            )),
        }
    }
}
