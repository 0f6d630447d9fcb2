//! A decoder for the ESC/POS subset this crate sends, as a TM-T88 would take it: the golden tests
//! turn a job back into a picture (PNG) and its QR payloads with it, and the simulator's machine
//! tells status requests, resets and cuts apart with it. The simulator draws jobs with
//! `printer::interp`, which takes every ESC/POS client and draws these jobs dot for dot alike.

use super::raster::Bitmap;

/// One ESC/POS command of the subset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// `ESC @`
    Init,
    /// `ESC J n`: feed n motion units.
    Feed(u8),
    /// `ESC a n`: 0 left, 1 centre, 2 right.
    Justify(u8),
    /// `GS P x y`: motion units 1/x, 1/y inch.
    MotionUnits(u8, u8),
    /// `GS v 0 m xL xH yL yH d…`
    Raster {
        width_bytes: u16,
        rows: u16,
        data: Vec<u8>,
    },
    /// `GS ( k` cn=49 fn=65/67/69: QR model, module size, error level.
    QrModel(u8),
    QrSize(u8),
    QrLevel(u8),
    /// `GS ( k` cn=49 fn=80: store QR data.
    QrStore(Vec<u8>),
    /// `GS ( k` cn=49 fn=81: print the stored QR symbol.
    QrPrint,
    /// `GS V m [n]`
    Cut,
    /// `DLE EOT n`: real-time status request.
    StatusRequest(u8),
    /// `DLE ENQ n`: real-time request (2 = recover and restart).
    Enquiry(u8),
    /// `GS r n`: transmit status (answered after all earlier data).
    TransmitStatus(u8),
    /// `GS a n`: automatic status back.
    AutoStatusBack(u8),
    /// `LF`
    LineFeed,
    /// Any other byte (text or an unsupported command), kept so nothing is silently lost.
    Other(u8),
}

/// Parses the next command at the start of `buf`: `Some((op, bytes used))`, or `None` when more
/// bytes are needed.
pub fn next_op(buf: &[u8]) -> Option<(Op, usize)> {
    let b = |i: usize| buf.get(i).copied();
    let first = b(0)?;
    Some(match first {
        0x1B => match b(1)? {
            b'@' => (Op::Init, 2),
            b'J' => (Op::Feed(b(2)?), 3),
            b'a' => (Op::Justify(b(2)?), 3),
            _ => (Op::Other(first), 1),
        },
        0x10 => match b(1)? {
            0x04 => (Op::StatusRequest(b(2)?), 3),
            0x05 => (Op::Enquiry(b(2)?), 3),
            _ => (Op::Other(first), 1),
        },
        0x1D => match b(1)? {
            b'P' => (Op::MotionUnits(b(2)?, b(3)?), 4),
            b'r' => (Op::TransmitStatus(b(2)?), 3),
            b'a' => (Op::AutoStatusBack(b(2)?), 3),
            b'V' => {
                let m = b(2)?;
                if matches!(m, 65 | 66 | 97 | 98 | 103 | 104) {
                    b(3)?;
                    (Op::Cut, 4)
                } else {
                    (Op::Cut, 3)
                }
            }
            b'v' if b(2)? == b'0' => {
                let width_bytes = u16::from_le_bytes([b(4)?, b(5)?]);
                let rows = u16::from_le_bytes([b(6)?, b(7)?]);
                let len = width_bytes as usize * rows as usize;
                if buf.len() < 8 + len {
                    return None;
                }
                (
                    Op::Raster {
                        width_bytes,
                        rows,
                        data: buf[8..8 + len].to_vec(),
                    },
                    8 + len,
                )
            }
            b'(' if b(2)? == b'k' => {
                let len = u16::from_le_bytes([b(3)?, b(4)?]) as usize;
                if buf.len() < 5 + len || len < 2 {
                    return if len < 2 {
                        Some((Op::Other(first), 1))
                    } else {
                        None
                    };
                }
                let body = &buf[5..5 + len];
                let op = match (body[0], body[1]) {
                    (49, 65) => Op::QrModel(body.get(2).copied().unwrap_or(50)),
                    (49, 67) => Op::QrSize(body.get(2).copied().unwrap_or(3)),
                    (49, 69) => Op::QrLevel(body.get(2).copied().unwrap_or(48)),
                    (49, 80) => Op::QrStore(body.get(3..).unwrap_or_default().to_vec()),
                    (49, 81) => Op::QrPrint,
                    _ => Op::Other(first),
                };
                (op, 5 + len)
            }
            _ => (Op::Other(first), 1),
        },
        0x0A => (Op::LineFeed, 1),
        _ => (Op::Other(first), 1),
    })
}

/// Parses a whole job; trailing incomplete bytes are reported as `Other`.
pub fn parse(mut buf: &[u8]) -> Vec<Op> {
    let mut ops = Vec::new();
    while !buf.is_empty() {
        match next_op(buf) {
            Some((op, n)) => {
                ops.push(op);
                buf = &buf[n..];
            }
            None => {
                ops.extend(buf.iter().map(|&b| Op::Other(b)));
                break;
            }
        }
    }
    ops
}

/// What a job put on paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printed {
    pub page: Bitmap,
    /// QR payloads in print order (as stored by `GS ( k` fn 80).
    pub qr_payloads: Vec<String>,
    pub cut: bool,
}

/// Plays the commands onto paper `width` dots wide, as a TM-T88 would.
pub fn print(ops: &[Op], width: u32) -> Printed {
    let mut page = Bitmap::new(width, 0);
    let mut out = Printed {
        page: Bitmap::new(width, 0),
        qr_payloads: Vec::new(),
        cut: false,
    };
    // TM-T88 defaults: vertical motion unit 1/360 inch until `GS P` says otherwise.
    let mut y_unit = 360u32;
    let (mut justify, mut qr_size, mut qr_data) = (0u8, 3u8, Vec::new());
    let feed_rows = |page: &mut Bitmap, rows: u32| page.append(&Bitmap::new(width, rows));
    for op in ops {
        match op {
            Op::Init => {
                y_unit = 360;
                justify = 0;
            }
            Op::MotionUnits(_, y) if *y > 0 => y_unit = u32::from(*y),
            Op::Feed(n) => feed_rows(&mut page, (u32::from(*n) * 203).div_ceil(y_unit)),
            Op::LineFeed => feed_rows(&mut page, 30),
            Op::Justify(n) => justify = *n,
            Op::Raster {
                width_bytes,
                rows,
                data,
            } => {
                let mut band = Bitmap::new(width, u32::from(*rows));
                let w = u32::from(*width_bytes) * 8;
                let x0 = offset(justify, width, w);
                for y in 0..u32::from(*rows) {
                    for x in 0..w {
                        let byte = data[(y * u32::from(*width_bytes) + x / 8) as usize];
                        if byte & (0x80 >> (x % 8)) != 0 {
                            band.set((x0 + x) as i32, y as i32);
                        }
                    }
                }
                page.append(&band);
            }
            Op::QrSize(n) => qr_size = (*n).clamp(1, 16),
            Op::QrStore(d) => qr_data = d.clone(),
            Op::QrPrint => {
                if let Some(b) = qr_bitmap(&qr_data, qr_size, justify, width) {
                    page.append(&b);
                    out.qr_payloads
                        .push(String::from_utf8_lossy(&qr_data).into_owned());
                }
            }
            Op::Cut => out.cut = true,
            _ => {}
        }
    }
    out.page = page;
    out
}

fn offset(justify: u8, width: u32, w: u32) -> u32 {
    match justify {
        1 | 49 => width.saturating_sub(w) / 2,
        2 | 50 => width.saturating_sub(w),
        _ => 0,
    }
}

fn qr_bitmap(data: &[u8], module: u8, justify: u8, width: u32) -> Option<Bitmap> {
    let code = qrcode::QrCode::with_error_correction_level(data, qrcode::EcLevel::M).ok()?;
    let n = code.width() as u32;
    let m = u32::from(module);
    let mut b = Bitmap::new(width, n * m);
    let x0 = offset(justify, width, n * m);
    let colors = code.to_colors();
    for (i, c) in colors.iter().enumerate() {
        if *c == qrcode::Color::Dark {
            let (cx, cy) = (i as u32 % n, i as u32 / n);
            for dy in 0..m {
                for dx in 0..m {
                    b.set((x0 + cx * m + dx) as i32, (cy * m + dy) as i32);
                }
            }
        }
    }
    Some(b)
}

/// Encodes a 1-bit picture as a PNG (white paper, black dots), with a white border.
pub fn to_png(page: &Bitmap) -> Vec<u8> {
    const BORDER: u32 = 16;
    let (w, h) = (page.width + 2 * BORDER, page.height + 2 * BORDER);
    let mut gray = vec![255u8; (w * h) as usize];
    for y in 0..page.height {
        for x in 0..page.width {
            if page.get(x, y) {
                gray[((y + BORDER) * w + x + BORDER) as usize] = 0;
            }
        }
    }
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Grayscale);
        enc.set_depth(png::BitDepth::Eight);
        // Writing to a Vec cannot fail; an empty result tells the caller if it ever does.
        let Ok(mut writer) = enc.write_header() else {
            return Vec::new();
        };
        if writer.write_image_data(&gray).is_err() {
            return Vec::new();
        }
    }
    out
}
