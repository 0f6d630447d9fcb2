//! `GS k` barcodes drawn as bars (the `barcoders` crate encodes the symbologies), with the
//! settings of `GS h` (height), `GS w` (module width), `GS H` (HRI position), `GS f` (HRI font).

use crate::printer::raster::Bitmap;
use barcoders::sym::{code39::Code39, code128::Code128, ean8::EAN8, ean13::EAN13};

/// The barcode settings in force (defaults of a TM-T88 after `ESC @`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// `GS h n`: bar height in dots (default 162).
    pub height: u8,
    /// `GS w n`: width of the narrowest module in dots, 2–6 (default 3).
    pub module: u8,
    /// `GS H n`: HRI characters 0 none, 1 above, 2 below, 3 both (default 0).
    pub hri: u8,
    /// `GS f n`: HRI in font B (n 1 or 49) instead of font A.
    pub hri_font_b: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            height: 162,
            module: 3,
            hri: 0,
            hri_font_b: false,
        }
    }
}

/// A barcode ready to place: its bars and its human-readable text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bars {
    /// The symbology's name, for logs and tests ("EAN13", "CODE128", …).
    pub kind: &'static str,
    pub bars: Bitmap,
    /// The HRI text (the data as a reader would return it).
    pub text: String,
}

/// `GS k m …`: the symbology of m, function A (0–6) or B (65–73).
fn kind(m: u8) -> Option<&'static str> {
    Some(match m {
        0 | 65 => "UPC-A",
        2 | 67 => "EAN13",
        3 | 68 => "EAN8",
        4 | 69 => "CODE39",
        73 => "CODE128",
        _ => return None,
    })
}

/// Encodes the data of a `GS k` command (its bytes after m, without n or the NUL).
pub fn encode(m: u8, data: &[u8], settings: &Settings) -> Result<Bars, String> {
    let kind =
        kind(m).ok_or_else(|| format!("GS k m={m}: symbology not drawn by the simulator"))?;
    let ascii = || String::from_utf8_lossy(data).into_owned();
    let bad = |e: barcoders::error::Error| format!("{kind} data {:?}: {e:?}", ascii());
    let (modules, text) = match kind {
        "UPC-A" => {
            // UPC-A is EAN-13 with a leading 0; its HRI leaves that 0 out.
            let modules = EAN13::new(format!("0{}", ascii())).map_err(bad)?.encode();
            (modules, ascii())
        }
        "EAN13" => (EAN13::new(ascii()).map_err(bad)?.encode(), ascii()),
        "EAN8" => (EAN8::new(ascii()).map_err(bad)?.encode(), ascii()),
        "CODE39" => {
            let text = ascii().trim_matches('*').to_string();
            (Code39::new(&text).map_err(bad)?.encode(), text)
        }
        _ => {
            let (symbols, text) = code128_symbols(data)?;
            (Code128::new(symbols).map_err(bad)?.encode(), text)
        }
    };
    let module = u32::from(settings.module.clamp(1, 6));
    let height = u32::from(settings.height.max(1));
    let mut bars = Bitmap::new(modules.len() as u32 * module, height);
    for (i, &dark) in modules.iter().enumerate() {
        if dark == 1 {
            super::graphics::fill(&mut bars, i as u32 * module, 0, module, height);
        }
    }
    Ok(Bars { kind, bars, text })
}

/// ESC/POS CODE128 data (`GS k` m=73) → the `barcoders` notation and the HRI text: `{A` `{B` `{C`
/// select a code set, `{S` shift, `{1`–`{4` FNC1–4, `{{` a `{`; in code set C each byte 0–99 is
/// two digits (ESC/POS `GS k`, CODE128 notes).
fn code128_symbols(data: &[u8]) -> Result<(String, String), String> {
    let (mut symbols, mut text) = (String::new(), String::new());
    let mut set_c = false;
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b == b'{' {
            let Some(&next) = data.get(i + 1) else {
                return Err("CODE128 data ends in a lone '{'".into());
            };
            i += 2;
            let (sym, c) = match next {
                b'A' => ('À', false),
                b'B' => ('Ɓ', false),
                b'C' => ('Ć', true),
                b'S' => ('Ž', set_c),
                b'1' => ('Ź', set_c),
                b'2' => ('ź', set_c),
                b'3' => ('Ż', set_c),
                b'4' => ('ż', set_c),
                b'{' => {
                    symbols.push('{');
                    text.push('{');
                    continue;
                }
                other => return Err(format!("CODE128 data: unknown '{{{}'", char::from(other))),
            };
            symbols.push(sym);
            set_c = c;
            continue;
        }
        if i == 0 {
            return Err("CODE128 data must start with a code set ({A, {B or {C)".into());
        }
        if set_c {
            if b > 99 {
                return Err(format!("CODE128 code set C byte {b} is over 99"));
            }
            let pair = format!("{b:02}");
            symbols.push_str(&pair);
            text.push_str(&pair);
        } else {
            symbols.push(char::from(b));
            text.push(char::from(b));
        }
        i += 1;
    }
    Ok((symbols, text))
}
