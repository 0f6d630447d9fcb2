//! Pictures: `GS v 0` raster images, `ESC *` bit-image columns and `GS ( k` QR symbols, each
//! drawn as the dots it puts on paper (placement on the page is the interpreter's).

use crate::printer::raster::Bitmap;

/// `GS v 0 m xL xH yL yH d…`: rows of `width_bytes` bytes, MSB leftmost; m 1/49 doubles the
/// width, 2/50 the height, 3/51 both (ESC/POS `GS v 0`, parameter m).
pub fn raster(m: u8, width_bytes: usize, rows: usize, data: &[u8]) -> Bitmap {
    let (sx, sy) = match m {
        1 | 49 => (2, 1),
        2 | 50 => (1, 2),
        3 | 51 => (2, 2),
        _ => (1, 1),
    };
    let w = (width_bytes * 8) as u32;
    let mut b = Bitmap::new(w * sx, rows as u32 * sy);
    for y in 0..rows {
        for x in 0..width_bytes * 8 {
            let byte = data.get(y * width_bytes + x / 8).copied().unwrap_or(0);
            if byte & (0x80 >> (x % 8)) != 0 {
                fill(&mut b, x as u32 * sx, y as u32 * sy, sx, sy);
            }
        }
    }
    b
}

/// `ESC * m nL nH d…`: n columns, each 1 byte (8 dots, m 0/1) or 3 bytes (24 dots, m 32/33)
/// top to bottom, MSB on top. Single density (m 0, 32) is half the horizontal resolution and
/// 8-dot modes a third of the vertical one (ESC/POS `ESC *`, table of modes), so each dot is
/// drawn 2 wide and 3 tall where the mode says so.
pub fn columns(m: u8, n: usize, data: &[u8]) -> Bitmap {
    let (bytes, sx, sy) = match m {
        0 => (1, 2, 3),
        1 => (1, 1, 3),
        32 => (3, 2, 1),
        _ => (3, 1, 1),
    };
    let dots = bytes * 8;
    let mut b = Bitmap::new((n * sx) as u32, (dots * sy) as u32);
    for col in 0..n {
        for dot in 0..dots {
            let byte = data.get(col * bytes + dot / 8).copied().unwrap_or(0);
            if byte & (0x80 >> (dot % 8)) != 0 {
                fill(
                    &mut b,
                    (col * sx) as u32,
                    (dot * sy) as u32,
                    sx as u32,
                    sy as u32,
                );
            }
        }
    }
    b
}

/// `GS ( k` fn 69 error correction level: 48 L, 49 M, 50 Q, 51 H.
pub fn qr_level(n: u8) -> qrcode::EcLevel {
    match n {
        48 => qrcode::EcLevel::L,
        50 => qrcode::EcLevel::Q,
        51 => qrcode::EcLevel::H,
        _ => qrcode::EcLevel::M,
    }
}

/// The QR symbol of `data` with modules of `module` dots (`GS ( k` fn 81 print), or why not.
pub fn qr(data: &[u8], module: u8, level: qrcode::EcLevel) -> Result<Bitmap, String> {
    let code = qrcode::QrCode::with_error_correction_level(data, level)
        .map_err(|e| format!("QR code of {} bytes: {e}", data.len()))?;
    let n = code.width() as u32;
    let m = u32::from(module.clamp(1, 16));
    let mut b = Bitmap::new(n * m, n * m);
    for (i, c) in code.to_colors().iter().enumerate() {
        if *c == qrcode::Color::Dark {
            let (cx, cy) = (i as u32 % n, i as u32 / n);
            fill(&mut b, cx * m, cy * m, m, m);
        }
    }
    Ok(b)
}

pub fn fill(b: &mut Bitmap, x0: u32, y0: u32, w: u32, h: u32) {
    for y in y0..y0 + h {
        for x in x0..x0 + w {
            b.set(x as i32, y as i32);
        }
    }
}

/// The picture turned half a turn (`ESC {` upside-down printing).
pub fn rotate_180(b: &Bitmap) -> Bitmap {
    let mut out = Bitmap::new(b.width, b.height);
    for y in 0..b.height {
        for x in 0..b.width {
            if b.get(x, y) {
                out.set((b.width - 1 - x) as i32, (b.height - 1 - y) as i32);
            }
        }
    }
    out
}

/// The picture turned a quarter turn clockwise (`ESC V` 90° rotated characters).
pub fn rotate_90(b: &Bitmap) -> Bitmap {
    let mut out = Bitmap::new(b.height, b.width);
    for y in 0..b.height {
        for x in 0..b.width {
            if b.get(x, y) {
                out.set((b.height - 1 - y) as i32, x as i32);
            }
        }
    }
    out
}
