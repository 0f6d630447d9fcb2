//! APDU codec (PA00P015 §1.2): `CLASS INSTR LEN data`, LEN 0..=254 or `FF lo hi` (little-endian).

use std::fmt;

/// Positive answer `80 00 00` (PA00P015 §2).
pub const ACK_CLASS: u8 = 0x80;
/// Negative answer `84 xx 00`.
pub const NAK_CLASS: u8 = 0x84;

#[derive(Clone, PartialEq, Eq)]
pub struct Apdu {
    pub class: u8,
    pub instr: u8,
    pub data: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApduError {
    #[error("APDU too short: {0} bytes, need at least 3")]
    TooShort(usize),
    #[error("APDU {class:02x} {instr:02x} says {declared} data bytes but carries {actual}")]
    LengthMismatch {
        class: u8,
        instr: u8,
        declared: usize,
        actual: usize,
    },
    #[error("APDU data of {0} bytes exceeds 65535")]
    TooLong(usize),
}

impl fmt::Debug for Apdu {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Apdu({:02x} {:02x} [{}])",
            self.class,
            self.instr,
            self.data.len()
        )
    }
}

impl Apdu {
    pub fn new(class: u8, instr: u8, data: Vec<u8>) -> Self {
        Self { class, instr, data }
    }

    /// `80 00 00`.
    pub fn ack() -> Self {
        Self::new(ACK_CLASS, 0x00, Vec::new())
    }

    /// `84 code 00`: the negative answer carries its code in the INSTR byte.
    pub fn nak(code: u8) -> Self {
        Self::new(NAK_CLASS, code, Vec::new())
    }

    pub fn command(&self) -> (u8, u8) {
        (self.class, self.instr)
    }

    pub fn is(&self, class: u8, instr: u8) -> bool {
        self.class == class && self.instr == instr
    }

    pub fn encode(&self) -> Result<Vec<u8>, ApduError> {
        let n = self.data.len();
        let mut out = Vec::with_capacity(n + 5);
        out.extend_from_slice(&[self.class, self.instr]);
        if n < 0xFF {
            out.push(n as u8);
        } else if n <= 0xFFFF {
            out.push(0xFF);
            out.extend_from_slice(&(n as u16).to_le_bytes());
        } else {
            return Err(ApduError::TooLong(n));
        }
        out.extend_from_slice(&self.data);
        Ok(out)
    }

    /// Decode exactly one APDU (as a serial frame carries it).
    pub fn decode(bytes: &[u8]) -> Result<Apdu, ApduError> {
        match header_len(bytes)? {
            None => Err(ApduError::TooShort(bytes.len())),
            Some((hdr, declared)) => {
                let actual = bytes.len() - hdr;
                if actual != declared {
                    return Err(ApduError::LengthMismatch {
                        class: bytes[0],
                        instr: bytes[1],
                        declared,
                        actual,
                    });
                }
                Ok(Apdu::new(bytes[0], bytes[1], bytes[hdr..].to_vec()))
            }
        }
    }
}

/// `(header length, data length)` once enough bytes are there; `None` if more are needed.
fn header_len(bytes: &[u8]) -> Result<Option<(usize, usize)>, ApduError> {
    if bytes.len() < 3 {
        return Ok(None);
    }
    if bytes[2] != 0xFF {
        return Ok(Some((3, usize::from(bytes[2]))));
    }
    if bytes.len() < 5 {
        return Ok(None);
    }
    Ok(Some((
        5,
        usize::from(u16::from_le_bytes([bytes[3], bytes[4]])),
    )))
}

/// Splits a TCP byte stream (bare APDUs, no framing) into APDUs by their length fields.
#[derive(Debug, Default, Clone)]
pub struct ApduStream {
    buf: Vec<u8>,
}

impl ApduStream {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// Bytes held that do not yet make a whole APDU.
    pub fn pending(&self) -> usize {
        self.buf.len()
    }

    pub fn next_apdu(&mut self) -> Option<Apdu> {
        let (hdr, n) = header_len(&self.buf).ok().flatten()?;
        if self.buf.len() < hdr + n {
            return None;
        }
        let rest = self.buf.split_off(hdr + n);
        let whole = std::mem::replace(&mut self.buf, rest);
        Some(Apdu::new(whole[0], whole[1], whole[hdr..].to_vec()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_length_round_trip() {
        let a = Apdu::new(0x06, 0x00, vec![0x12, 0x34, 0x56, 0xBA, 0x03, 0x92]);
        let wire = a.encode().unwrap();
        assert_eq!(wire, [0x06, 0x00, 0x06, 0x12, 0x34, 0x56, 0xBA, 0x03, 0x92]);
        assert_eq!(Apdu::decode(&wire).unwrap(), a);
    }

    #[test]
    fn extended_length_is_ff_lo_hi() {
        let a = Apdu::new(0x06, 0xD3, vec![0x41; 0x0461]);
        let wire = a.encode().unwrap();
        assert_eq!(&wire[..5], &[0x06, 0xD3, 0xFF, 0x61, 0x04]);
        assert_eq!(Apdu::decode(&wire).unwrap(), a);
        // 255 data bytes cannot use the short form: FF is the escape.
        let b = Apdu::new(0x06, 0xD3, vec![0; 255]).encode().unwrap();
        assert_eq!(&b[2..5], &[0xFF, 0xFF, 0x00]);
    }

    #[test]
    fn length_mismatch_is_an_error() {
        assert_eq!(
            Apdu::decode(&[0x80, 0x00, 0x02, 0x01]),
            Err(ApduError::LengthMismatch {
                class: 0x80,
                instr: 0,
                declared: 2,
                actual: 1
            })
        );
        assert_eq!(Apdu::decode(&[0x80]), Err(ApduError::TooShort(1)));
        assert_eq!(
            Apdu::decode(&[0x80, 0, 0xFF, 0x01]),
            Err(ApduError::TooShort(4))
        );
    }

    #[test]
    fn stream_splits_bare_apdus() {
        let mut s = ApduStream::new();
        s.push(&[0x80, 0x00, 0x00, 0x04, 0xFF, 0x01]);
        assert_eq!(s.next_apdu(), Some(Apdu::ack()));
        assert_eq!(s.next_apdu(), None);
        s.push(&[0x0A]);
        assert_eq!(s.next_apdu(), Some(Apdu::new(0x04, 0xFF, vec![0x0A])));
        assert_eq!(s.pending(), 0);
    }
}
