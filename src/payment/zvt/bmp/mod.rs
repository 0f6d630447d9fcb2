//! BMP fields (PA00P015 chapter 9): a tag byte, then a fixed-length or LL/LLL-var value, and the
//! TLV container (BMP 06, BER lengths). Unknown tags are skipped by their length when the spec
//! gives one; an unknown tag whose length cannot be known is an error, never a silent stop.

pub mod fields;

pub use fields::{Fields, StatusInfo};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BmpError {
    #[error("BMP {tag:02x} needs {need} bytes at offset {at}, only {have} left")]
    Truncated {
        tag: u8,
        at: usize,
        need: usize,
        have: usize,
    },
    #[error("BMP {tag:02x} at offset {at} has a bad LLVAR/LLLVAR length prefix")]
    BadVarLength { tag: u8, at: usize },
    #[error("unknown BMP {tag:02x} at offset {at}: its length is not knowable")]
    Unknown { tag: u8, at: usize },
    #[error("TLV: {0}")]
    Tlv(String),
    #[error("BMP {tag:02x}: {what}")]
    BadValue { tag: u8, what: String },
}

/// How a BMP's value is delimited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Fixed(usize),
    /// Two `Fx` bytes give the length in decimal.
    LlVar,
    /// Three `Fx` bytes.
    LllVar,
    /// BER length (BMP 06).
    Tlv,
}

/// The BMP table (PA00P015 §9, bitmaps). Tags not here are unknown.
pub fn format_of(tag: u8) -> Option<Format> {
    use Format::*;
    Some(match tag {
        0x01 | 0x02 | 0x03 | 0x05 | 0x19 | 0x27 | 0x8A | 0x8C | 0xA0 | 0xD0 | 0xD2 | 0xE0 => {
            Fixed(1)
        }
        0x0D | 0x0E | 0x17 | 0x3A | 0x49 | 0x87 => Fixed(2),
        0x0B | 0x0C | 0x37 | 0x3D | 0x88 | 0xAA => Fixed(3),
        0x29 => Fixed(4),
        0xBA => Fixed(5),
        0x04 => Fixed(6),
        0x3B => Fixed(8),
        0x2A => Fixed(15),
        0x22 | 0x23 | 0x2D | 0x8B | 0xA7 | 0xD1 | 0xE1..=0xE8 => LlVar,
        0x24 | 0x2E | 0x3C | 0x60 | 0x92 | 0x9A | 0xAF => LllVar,
        0x06 => Tlv,
        _ => return None,
    })
}

/// Decimal length from `F?` digits (LLVAR `F1 F2` = 12).
fn var_len(prefix: &[u8]) -> Option<usize> {
    prefix.iter().try_fold(0usize, |acc, &b| {
        (b & 0xF0 == 0xF0 && b & 0x0F <= 9).then(|| acc * 10 + usize::from(b & 0x0F))
    })
}

/// Parse a BER length at `bytes[0..]`: returns (length, bytes used).
pub fn ber_len(bytes: &[u8]) -> Result<(usize, usize), BmpError> {
    let first = *bytes
        .first()
        .ok_or_else(|| BmpError::Tlv("missing length".into()))?;
    match first {
        0..=0x7F => Ok((usize::from(first), 1)),
        0x81 => bytes
            .get(1)
            .map(|&l| (usize::from(l), 2))
            .ok_or_else(|| BmpError::Tlv("81 length without its byte".into())),
        0x82 => match bytes.get(1..3) {
            Some(&[hi, lo]) => Ok((usize::from(u16::from_be_bytes([hi, lo])), 3)),
            _ => Err(BmpError::Tlv("82 length without its two bytes".into())),
        },
        other => Err(BmpError::Tlv(format!(
            "unsupported length form {other:02x}"
        ))),
    }
}

/// Encode a BER length.
pub fn ber_len_encode(n: usize, out: &mut Vec<u8>) {
    if n < 0x80 {
        out.push(n as u8);
    } else if n <= 0xFF {
        out.extend_from_slice(&[0x81, n as u8]);
    } else {
        out.push(0x82);
        out.extend_from_slice(&(n.min(0xFFFF) as u16).to_be_bytes());
    }
}

/// One parsed BMP: its tag and raw value (length prefix removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bmp<'a> {
    pub tag: u8,
    pub value: &'a [u8],
}

/// Split a BMP list into fields. Errors name the tag and the offset.
pub fn parse_bmps(data: &[u8]) -> Result<Vec<Bmp<'_>>, BmpError> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < data.len() {
        let tag = data[at];
        let rest = &data[at + 1..];
        let fmt = format_of(tag).ok_or(BmpError::Unknown { tag, at })?;
        let (skip, len) = match fmt {
            Format::Fixed(n) => (0, n),
            Format::LlVar | Format::LllVar => {
                let p = if fmt == Format::LlVar { 2 } else { 3 };
                let prefix = rest.get(..p).ok_or(BmpError::Truncated {
                    tag,
                    at,
                    need: p,
                    have: rest.len(),
                })?;
                (
                    p,
                    var_len(prefix).ok_or(BmpError::BadVarLength { tag, at })?,
                )
            }
            Format::Tlv => {
                let (n, used) = ber_len(rest)?;
                (used, n)
            }
        };
        let value = rest.get(skip..skip + len).ok_or(BmpError::Truncated {
            tag,
            at,
            need: skip + len,
            have: rest.len(),
        })?;
        out.push(Bmp { tag, value });
        at += 1 + skip + len;
    }
    Ok(out)
}

/// A TLV data object (BER tag of one or more bytes); constructed ones hold their children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tlv {
    pub tag: u32,
    pub value: Vec<u8>,
    pub children: Vec<Tlv>,
}

const MAX_TLV_DEPTH: usize = 8;

/// Parse the contents of a TLV container (BMP 06).
pub fn parse_tlv(data: &[u8]) -> Result<Vec<Tlv>, BmpError> {
    parse_tlv_depth(data, 0)
}

fn parse_tlv_depth(data: &[u8], depth: usize) -> Result<Vec<Tlv>, BmpError> {
    if depth > MAX_TLV_DEPTH {
        return Err(BmpError::Tlv("nested deeper than 8 levels".into()));
    }
    let mut out = Vec::new();
    let mut at = 0;
    while at < data.len() {
        let first = data[at];
        let mut tag = u32::from(first);
        let mut i = at + 1;
        if first & 0x1F == 0x1F {
            // Multi-byte tag: continue while bit 8 is set (ISO 8825-1).
            loop {
                let b = *data
                    .get(i)
                    .ok_or_else(|| BmpError::Tlv(format!("tag cut at {at}")))?;
                if i - at > 3 {
                    return Err(BmpError::Tlv(format!("tag longer than 4 bytes at {at}")));
                }
                tag = (tag << 8) | u32::from(b);
                i += 1;
                if b & 0x80 == 0 {
                    break;
                }
            }
        }
        let (len, used) = ber_len(&data[i..])?;
        i += used;
        let value = data
            .get(i..i + len)
            .ok_or_else(|| BmpError::Tlv(format!("tag {tag:x} wants {len} bytes at {i}")))?;
        let children = if first & 0x20 != 0 {
            parse_tlv_depth(value, depth + 1)?
        } else {
            Vec::new()
        };
        out.push(Tlv {
            tag,
            value: value.to_vec(),
            children,
        });
        at = i + len;
    }
    Ok(out)
}

/// BCD bytes to a number (`00 10 00` = 1000). Non-decimal nibbles are an error.
pub fn bcd_to_u64(tag: u8, bytes: &[u8]) -> Result<u64, BmpError> {
    bytes.iter().try_fold(0u64, |acc, &b| {
        let (hi, lo) = (b >> 4, b & 0x0F);
        if hi > 9 || lo > 9 {
            return Err(BmpError::BadValue {
                tag,
                what: format!("{b:02x} is not BCD"),
            });
        }
        Ok(acc.saturating_mul(100) + u64::from(hi) * 10 + u64::from(lo))
    })
}

/// A number as `len` BCD bytes, or None if it does not fit.
pub fn u64_to_bcd(mut n: u64, len: usize) -> Option<Vec<u8>> {
    let mut out = vec![0u8; len];
    for byte in out.iter_mut().rev() {
        let lo = (n % 10) as u8;
        n /= 10;
        let hi = (n % 10) as u8;
        n /= 10;
        *byte = (hi << 4) | lo;
    }
    (n == 0).then_some(out)
}

/// Encode an LLVAR value with its `Fx Fy` prefix (at most 99 bytes).
pub fn llvar(value: &[u8]) -> Vec<u8> {
    let n = value.len().min(99);
    let mut out = vec![0xF0 | (n / 10) as u8, 0xF0 | (n % 10) as u8];
    out.extend_from_slice(&value[..n]);
    out
}

/// Encode an LLLVAR value (at most 999 bytes).
pub fn lllvar(value: &[u8]) -> Vec<u8> {
    let n = value.len().min(999);
    let mut out = vec![
        0xF0 | (n / 100) as u8,
        0xF0 | (n / 10 % 10) as u8,
        0xF0 | (n % 10) as u8,
    ];
    out.extend_from_slice(&value[..n]);
    out
}

/// Read an LLLVAR at the start of `data` (used by completions that carry a software version
/// without a tag): returns (value, bytes used).
pub fn take_lllvar(data: &[u8]) -> Option<(&[u8], usize)> {
    let n = var_len(data.get(..3)?)?;
    Some((data.get(3..3 + n)?, 3 + n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bcd_both_ways() {
        assert_eq!(u64_to_bcd(1000, 6).unwrap(), [0, 0, 0, 0, 0x10, 0x00]);
        assert_eq!(bcd_to_u64(0x04, &[0, 0, 0, 0, 0x10, 0x00]).unwrap(), 1000);
        assert_eq!(u64_to_bcd(123456, 2), None);
        assert!(bcd_to_u64(0x04, &[0x1A]).is_err());
    }

    #[test]
    fn unknown_known_length_tags_are_skipped_and_unknowable_is_an_error() {
        // 0x2E (LLLVAR, not used by us) is skipped by its length; 0x27 still read after it.
        let data = [0x2E, 0xF0, 0xF0, 0xF2, 0xAA, 0xBB, 0x27, 0x05];
        let bmps = parse_bmps(&data).unwrap();
        assert_eq!(bmps.len(), 2);
        assert_eq!(
            bmps[1],
            Bmp {
                tag: 0x27,
                value: &[0x05]
            }
        );
        assert_eq!(
            parse_bmps(&[0x27, 0x00, 0x7B, 0x01]),
            Err(BmpError::Unknown { tag: 0x7B, at: 2 })
        );
    }

    #[test]
    fn truncated_and_bad_prefix_are_errors() {
        assert!(matches!(
            parse_bmps(&[0x04, 0x00]),
            Err(BmpError::Truncated { tag: 0x04, .. })
        ));
        assert_eq!(
            parse_bmps(&[0x22, 0xF0, 0x3A]),
            Err(BmpError::BadVarLength { tag: 0x22, at: 0 })
        );
    }

    #[test]
    fn tlv_ber_lengths_and_nesting() {
        // 06 82 04 5D in the real Feig print block: 82 hi lo, big-endian.
        assert_eq!(ber_len(&[0x82, 0x04, 0x5D]).unwrap(), (0x045D, 3));
        assert_eq!(ber_len(&[0x81, 0x90]).unwrap(), (0x90, 2));
        let data = [0x1F, 0x07, 0x01, 0x02, 0x25, 0x04, 0x07, 0x02, 0x41, 0x42];
        let t = parse_tlv(&data).unwrap();
        assert_eq!(t[0].tag, 0x1F07);
        assert_eq!(t[1].tag, 0x25);
        assert_eq!(t[1].children[0].value, b"AB");
        let mut enc = Vec::new();
        ber_len_encode(0x045D, &mut enc);
        assert_eq!(enc, [0x82, 0x04, 0x5D]);
    }
}
