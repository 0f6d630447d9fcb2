//! Raster pieces -> the ESC/POS byte stream of one job (pure).
//!
//! Text is sent as `GS v 0` raster bands; blank rows become paper feed (`ESC J`, ~30% fewer
//! bytes); QR codes are drawn by the printer (`GS ( k`, model 2, level M). The escpos crate builds
//! the commands it has (init, justification, QR, cut); the rest are raw bytes named below.

use super::raster::{Bitmap, Piece};
use escpos::driver::Driver;
use escpos::printer::Printer;
use escpos::utils::{JustifyMode, Protocol, QRCodeCorrectionLevel, QRCodeModel, QRCodeOption};
use std::sync::{Arc, Mutex};

/// `GS P x y` (1D 50 203 203): motion units 1/203 inch, so `ESC J n` feeds n dots at 203 dpi.
const GS_P_203: [u8; 4] = [0x1D, 0x50, 203, 203];
/// `ESC J n` (1B 4A n): print the buffer and feed n motion units.
const ESC_J: [u8; 2] = [0x1B, 0x4A];
/// `GS v 0 m xL xH yL yH` (1D 76 30 00 …): print raster bit image, normal density.
const GS_V_0: [u8; 4] = [0x1D, 0x76, 0x30, 0x00];
/// Rows per `GS v 0` band: small enough for a TM-T88 receive buffer, large enough to stay fast.
pub const BAND_ROWS: u32 = 128;
/// QR module size in dots (`GS ( k` fn 167): 6 dots ≈ 0.75 mm, scans well from a phone.
pub const QR_MODULE_DOTS: u8 = 6;

/// The escpos crate writes into a driver; this one keeps the bytes.
#[derive(Clone, Default)]
struct Collect(Arc<Mutex<Vec<u8>>>);

impl Driver for Collect {
    fn name(&self) -> String {
        "memory".into()
    }
    fn write(&self, data: &[u8]) -> escpos::errors::Result<()> {
        self.0
            .lock()
            .map_err(|_| escpos::errors::PrinterError::Io("poisoned".into()))?
            .extend_from_slice(data);
        Ok(())
    }
    fn read(&self, _buf: &mut [u8]) -> escpos::errors::Result<usize> {
        Ok(0)
    }
    fn flush(&self) -> escpos::errors::Result<()> {
        Ok(())
    }
}

/// Why pieces could not become a job (a QR payload too long for the printer, …).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("ESC/POS encoding: {0}")]
pub struct EncodeError(pub String);

fn crate_err(e: escpos::errors::PrinterError) -> EncodeError {
    EncodeError(e.to_string())
}

/// Encodes a whole job: initialise, pieces, feed and cut. Ends without `GS r`: the driver adds
/// the confirmation request it waits for.
pub fn encode_job(pieces: &[Piece]) -> Result<Vec<u8>, EncodeError> {
    let sink = Collect::default();
    let mut p = Printer::new(sink.clone(), Protocol::default(), None);
    p.init().map_err(crate_err)?;
    p.custom(&GS_P_203).map_err(crate_err)?;
    for piece in pieces {
        match piece {
            Piece::Image(bitmap) => {
                p.custom(&raster_bytes(bitmap)).map_err(crate_err)?;
            }
            Piece::Qr(payload) => {
                p.custom(&qr_bytes(payload)?).map_err(crate_err)?;
            }
        }
    }
    // Feed the last line past the cutter, then `GS V A 0` (feed and full cut).
    p.custom(&feed(96)).map_err(crate_err)?;
    p.cut().map_err(crate_err)?;
    p.print().map_err(crate_err)?;
    let bytes = sink
        .0
        .lock()
        .map_err(|_| EncodeError("poisoned buffer".into()))?
        .clone();
    Ok(bytes)
}

/// A centred QR code drawn by the printer: `GS ( k` model 2, module 6 dots, error level M.
pub fn qr_bytes(payload: &str) -> Result<Vec<u8>, EncodeError> {
    let sink = Collect::default();
    let mut p = Printer::new(sink.clone(), Protocol::default(), None);
    let option = QRCodeOption::new(
        QRCodeModel::Model2,
        QR_MODULE_DOTS,
        QRCodeCorrectionLevel::M,
    );
    p.justify(JustifyMode::CENTER).map_err(crate_err)?;
    p.qrcode_option(payload, option).map_err(crate_err)?;
    p.justify(JustifyMode::LEFT).map_err(crate_err)?;
    p.print().map_err(crate_err)?;
    let bytes = sink
        .0
        .lock()
        .map_err(|_| EncodeError("poisoned buffer".into()))?
        .clone();
    Ok(bytes)
}

/// `ESC J n` for any number of dots (n ≤ 255 per command).
fn feed(mut dots: u32) -> Vec<u8> {
    let mut out = Vec::new();
    while dots > 0 {
        let n = dots.min(255);
        out.extend_from_slice(&ESC_J);
        out.push(n as u8);
        dots -= n;
    }
    out
}

/// A picture as `GS v 0` bands of non-blank rows with `ESC J` for the blank rows between them.
pub fn raster_bytes(bitmap: &Bitmap) -> Vec<u8> {
    let mut out = Vec::new();
    let mut y = 0;
    while y < bitmap.height {
        if bitmap.row_is_blank(y) {
            let start = y;
            while y < bitmap.height && bitmap.row_is_blank(y) {
                y += 1;
            }
            out.extend(feed(y - start));
            continue;
        }
        let start = y;
        while y < bitmap.height && y - start < BAND_ROWS && !bitmap.row_is_blank(y) {
            y += 1;
        }
        band(bitmap, start, y, &mut out);
    }
    out
}

/// One `GS v 0` band, cut after its last inked byte column (left-aligned text needs fewer bytes).
fn band(bitmap: &Bitmap, from: u32, to: u32, out: &mut Vec<u8>) {
    let used = (from..to)
        .map(|y| {
            bitmap
                .row(y)
                .iter()
                .rposition(|&b| b != 0)
                .map_or(0, |i| i + 1)
        })
        .max()
        .unwrap_or(0);
    out.extend_from_slice(&GS_V_0);
    out.extend_from_slice(&(used as u16).to_le_bytes());
    out.extend_from_slice(&((to - from) as u16).to_le_bytes());
    for y in from..to {
        out.extend_from_slice(&bitmap.row(y)[..used]);
    }
}
