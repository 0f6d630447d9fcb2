//! Card data never reaches a log: APDUs are masked before any trace line (PA00P015 BMP list).
//! PAN (BMP 22) keeps its last 4 digits; expiry (0E) and track data (23 track 2, 24 track 3,
//! 2D track 1, 2E synchronous chip data) are blanked whole. Print lines (06 D1, 06 D3) keep
//! only the last 4 digits of any run of 5 or more. An APDU whose fields cannot be read is
//! blanked after its header: masking fails closed.

use super::apdu::ApduStream;
use super::bmp::{Format, format_of};
use super::frame::{FrameDecoder, FrameEvent, hex};
use super::link::LinkMode;

/// BMP 22: PAN / EF_ID, LLVAR BCD, `E` nibbles already masked by the terminal.
const BMP_PAN: u8 = 0x22;
/// Fixed-length BMP 0E: expiry date YYMM.
const BMP_EXPIRY: u8 = 0x0E;
/// Track 2, track 3, track 1, synchronous chip data: blanked whole.
const BMP_TRACKS: [u8; 4] = [0x23, 0x24, 0x2D, 0x2E];
/// Filler for blanked bytes (two masked BCD nibbles).
const BLANK: u8 = 0xEE;
/// Digits of a PAN (and of a digit run in print text) left readable.
const KEEP_DIGITS: usize = 4;

/// Header length (CLASS INSTR LEN, or LEN = FF lo hi) and the data's end, if well formed.
fn data_range(apdu: &[u8]) -> Option<(usize, usize)> {
    let len = *apdu.get(2)?;
    let (start, n) = if len == 0xFF {
        (
            5,
            usize::from(u16::from_le_bytes([*apdu.get(3)?, *apdu.get(4)?])),
        )
    } else {
        (3, usize::from(len))
    };
    Some((start, (start + n).min(apdu.len())))
}

/// A copy of `apdu` (unstuffed) that is safe to log.
pub fn masked_apdu(apdu: &[u8]) -> Vec<u8> {
    let mut out = apdu.to_vec();
    let Some((start, end)) = data_range(apdu) else {
        return out;
    };
    match (apdu[0], apdu[1]) {
        // Nothing sensitive, no fields: answers, intermediate statuses, abort from the ECR.
        (0x80 | 0x84, _) | (0x04, 0xFF) | (0x06, 0xB0) => {}
        (0x06, 0xD1 | 0xD3) => mask_text(&mut out[start..end]),
        // Abort from the terminal: a result code, then fields.
        (0x06, 0x1E) => mask_fields(&mut out[(start + 1).min(end)..end]),
        // Commands with a 3-byte password before their fields.
        (0x06, 0x00 | 0x20 | 0x30 | 0x50 | 0x70 | 0x02) | (0x05, 0x01) => {
            mask_fields(&mut out[(start + 3).min(end)..end])
        }
        _ => mask_fields(&mut out[start..end]),
    }
    out
}

/// Masks sensitive BMPs in place; blanks everything from a field it cannot read.
fn mask_fields(data: &mut [u8]) {
    let mut at = 0;
    while at < data.len() {
        let tag = data[at];
        let Some((skip, len)) = field_len(tag, &data[at + 1..]) else {
            data[at..].fill(BLANK);
            return;
        };
        let value = at + 1 + skip;
        let Some(v) = data.get_mut(value..value + len) else {
            data[at..].fill(BLANK);
            return;
        };
        if tag == BMP_PAN {
            mask_bcd_pan(v);
        } else if tag == BMP_EXPIRY || BMP_TRACKS.contains(&tag) {
            v.fill(BLANK);
        }
        at = value + len;
    }
}

/// (prefix length, value length) of the field after `tag`.
fn field_len(tag: u8, rest: &[u8]) -> Option<(usize, usize)> {
    let var = |p: usize| {
        let n = rest.get(..p)?.iter().try_fold(0usize, |acc, &b| {
            (b & 0xF0 == 0xF0 && b & 0x0F <= 9).then(|| acc * 10 + usize::from(b & 0x0F))
        })?;
        Some((p, n))
    };
    match format_of(tag)? {
        Format::Fixed(n) => Some((0, n)),
        Format::LlVar => var(2),
        Format::LllVar => var(3),
        Format::Tlv => {
            let (n, used) = super::bmp::ber_len(rest).ok()?;
            Some((used, n))
        }
    }
}

/// Keeps the last 4 decimal digits of a BCD PAN; every other digit nibble becomes `E`.
fn mask_bcd_pan(v: &mut [u8]) {
    let mut kept = 0;
    for i in (0..v.len() * 2).rev() {
        let (byte, high) = (i / 2, i % 2 == 0);
        let nibble = if high { v[byte] >> 4 } else { v[byte] & 0x0F };
        if nibble > 9 {
            continue;
        }
        if kept < KEEP_DIGITS {
            kept += 1;
            continue;
        }
        v[byte] = if high {
            (v[byte] & 0x0F) | 0xE0
        } else {
            (v[byte] & 0xF0) | 0x0E
        };
    }
}

/// In printable text, a run of 5 or more digits keeps only its last 4.
fn mask_text(text: &mut [u8]) {
    let mut i = 0;
    while i < text.len() {
        if !text[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let run_end = (i..text.len())
            .find(|&j| !text[j].is_ascii_digit())
            .unwrap_or(text.len());
        if run_end - i > KEEP_DIGITS {
            text[i..run_end - KEEP_DIGITS].fill(b'*');
        }
        i = run_end;
    }
}

/// Turns raw line bytes, in any chunks, into masked log lines (the diagnostics `--trace`).
pub struct WireLog {
    decoder: FrameDecoder,
    stream: ApduStream,
    mode: LinkMode,
}

impl WireLog {
    pub fn new(mode: LinkMode) -> Self {
        Self {
            decoder: FrameDecoder::new(),
            stream: ApduStream::new(),
            mode,
        }
    }

    /// One line per complete APDU (masked), ACK, NAK or broken frame in `bytes`.
    pub fn lines(&mut self, bytes: &[u8]) -> Vec<String> {
        let mut out = Vec::new();
        if self.mode == LinkMode::Tcp {
            self.stream.push(bytes);
            while let Some(a) = self.stream.next_apdu() {
                if let Ok(raw) = a.encode() {
                    out.push(hex(&masked_apdu(&raw)));
                }
            }
            return out;
        }
        for &b in bytes {
            match self.decoder.push(b) {
                Some(FrameEvent::Frame(a)) => out.push(hex(&masked_apdu(&a))),
                Some(FrameEvent::Ack) => out.push("ACK".into()),
                Some(FrameEvent::Nak) => out.push("NAK".into()),
                Some(FrameEvent::BadFrame(why)) => out.push(format!("broken frame: {why}")),
                Some(FrameEvent::Garbage(_)) | None => {}
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::payment::zvt::frame::{ACK, encode_frame};

    #[test]
    fn the_wire_log_shows_frames_masked_whatever_the_chunks() {
        let mut wire = vec![ACK];
        wire.extend(encode_frame(&status_with_full_pan()));
        let mut log = WireLog::new(LinkMode::Serial);
        let lines: Vec<String> = wire.chunks(3).flat_map(|c| log.lines(c)).collect();
        assert_eq!(
            lines,
            [
                "ACK".to_string(),
                hex(&masked_apdu(&status_with_full_pan()))
            ]
        );
        assert!(!lines.concat().contains("49 29"), "PAN digits in {lines:?}");
    }

    /// 04 0F with result 00, PAN 4929 1234 5678 0119 (16 digits, LLVAR F0 F8), expiry 2812.
    fn status_with_full_pan() -> Vec<u8> {
        let bmps = [
            0x27, 0x00, 0x22, 0xF0, 0xF8, 0x49, 0x29, 0x12, 0x34, 0x56, 0x78, 0x01, 0x19, 0x0E,
            0x28, 0x12,
        ];
        let mut a = vec![0x04, 0x0F, bmps.len() as u8];
        a.extend(bmps);
        a
    }

    #[test]
    fn pan_keeps_only_its_last_four_digits_and_expiry_is_blanked() {
        let m = masked_apdu(&status_with_full_pan());
        assert_eq!(
            hex(&m),
            "04 0f 10 27 00 22 f0 f8 ee ee ee ee ee ee 01 19 0e ee ee",
            "PAN digits but the last 4 masked, expiry blanked, the rest untouched"
        );
    }

    #[test]
    fn track_data_is_blanked_whole() {
        // 23: track 2 LLVAR of 4 bytes.
        let a = [0x06, 0x01, 0x07, 0x23, 0xF0, 0xF4, 0x49, 0x29, 0x12, 0x34];
        assert_eq!(hex(&masked_apdu(&a)), "06 01 07 23 f0 f4 ee ee ee ee");
    }

    #[test]
    fn unreadable_fields_are_blanked_from_where_reading_stopped() {
        // 22 with a length longer than the data: everything from the tag is blanked.
        let a = [0x04, 0x0F, 0x06, 0x27, 0x00, 0x22, 0xF0, 0xF9, 0x49];
        assert_eq!(hex(&masked_apdu(&a)), "04 0f 06 27 00 ee ee ee ee");
    }

    #[test]
    fn long_digit_runs_in_print_lines_keep_their_last_four() {
        let mut a = vec![0x06, 0xD1, 0x00, 0x80];
        a.extend(b"VISA 4929123456780119 OK");
        a[2] = (a.len() - 3) as u8;
        let m = masked_apdu(&a);
        assert_eq!(&m[4..], b"VISA ************0119 OK");
    }
}
