//! Serial framing (PA00P016 §2): `DLE STX <APDU, 0x10 doubled> DLE ETX CRC-lo CRC-hi`, and the
//! one-byte ACK/NAK answers. Pure: bytes in, events out.

/// Data link escape (PA00P016 §2.2).
pub const DLE: u8 = 0x10;
/// Start of text.
pub const STX: u8 = 0x02;
/// End of text; the CRC covers it.
pub const ETX: u8 = 0x03;
/// Positive acknowledgement of a frame (sent bare, no DLE).
pub const ACK: u8 = 0x06;
/// Negative acknowledgement: the sender repeats the frame (at most twice).
pub const NAK: u8 = 0x15;

/// Longest APDU we accept on the wire: 3 header + `FF lo hi` + 65535 data.
pub const MAX_APDU: usize = 65535 + 5;

/// CRC-16/KERMIT (poly 0x1021 reflected = 0x8408, init 0, no xor-out). PROTOCOL.md: the spec's
/// wording suggests XMODEM; devices and captures agree on KERMIT.
pub fn crc16_kermit(data: &[u8]) -> u16 {
    let mut crc: u16 = 0;
    for &b in data {
        crc ^= u16::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0x8408
            } else {
                crc >> 1
            };
        }
    }
    crc
}

/// The CRC of a frame: over the unstuffed APDU followed by ETX.
pub fn frame_crc(apdu: &[u8]) -> u16 {
    let mut crc = crc16_kermit(apdu);
    // Continue the CRC over ETX without copying the APDU.
    crc ^= u16::from(ETX);
    for _ in 0..8 {
        crc = if crc & 1 != 0 {
            (crc >> 1) ^ 0x8408
        } else {
            crc >> 1
        };
    }
    crc
}

/// Wrap an APDU in a serial frame.
pub fn encode_frame(apdu: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(apdu.len() + 8);
    out.extend_from_slice(&[DLE, STX]);
    for &b in apdu {
        out.push(b);
        if b == DLE {
            out.push(DLE);
        }
    }
    out.extend_from_slice(&[DLE, ETX]);
    let crc = frame_crc(apdu);
    out.extend_from_slice(&crc.to_le_bytes());
    out
}

/// What the decoder recognised in the byte stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameEvent {
    Ack,
    Nak,
    /// A frame with a good CRC; the unstuffed APDU.
    Frame(Vec<u8>),
    /// A frame that must be NAKed (bad CRC, bad stuffing, too long).
    BadFrame(&'static str),
    /// A byte outside any frame that means nothing.
    Garbage(u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Idle,
    Dle,
    Body,
    BodyDle,
    Crc1,
    Crc2(u8),
}

/// Incremental frame decoder; feed it bytes as they come.
#[derive(Debug, Clone)]
pub struct FrameDecoder {
    state: State,
    buf: Vec<u8>,
}

impl Default for FrameDecoder {
    fn default() -> Self {
        Self::new()
    }
}

impl FrameDecoder {
    pub fn new() -> Self {
        Self {
            state: State::Idle,
            buf: Vec::new(),
        }
    }

    /// True while a frame has started and not yet ended (T1 applies between its bytes).
    pub fn in_frame(&self) -> bool {
        !matches!(self.state, State::Idle)
    }

    /// Drop a partial frame (T1 expired).
    pub fn reset(&mut self) {
        self.state = State::Idle;
        self.buf.clear();
    }

    /// Feed one byte; returns an event when one is complete.
    pub fn push(&mut self, b: u8) -> Option<FrameEvent> {
        match self.state {
            State::Idle => match b {
                DLE => {
                    self.state = State::Dle;
                    None
                }
                ACK => Some(FrameEvent::Ack),
                NAK => Some(FrameEvent::Nak),
                other => Some(FrameEvent::Garbage(other)),
            },
            State::Dle => match b {
                STX => {
                    self.buf.clear();
                    self.state = State::Body;
                    None
                }
                DLE => Some(FrameEvent::Garbage(DLE)),
                other => {
                    self.state = State::Idle;
                    Some(FrameEvent::Garbage(other))
                }
            },
            State::Body => {
                if b == DLE {
                    self.state = State::BodyDle;
                } else if self.buf.len() >= MAX_APDU {
                    self.reset();
                    return Some(FrameEvent::BadFrame("frame longer than any APDU"));
                } else {
                    self.buf.push(b);
                }
                None
            }
            State::BodyDle => match b {
                DLE => {
                    self.buf.push(DLE);
                    self.state = State::Body;
                    None
                }
                ETX => {
                    self.state = State::Crc1;
                    None
                }
                STX => {
                    // A new frame started inside this one: the sender gave up on the first.
                    self.buf.clear();
                    self.state = State::Body;
                    Some(FrameEvent::BadFrame("frame restarted before its end"))
                }
                _ => {
                    self.reset();
                    Some(FrameEvent::BadFrame("lone DLE inside a frame"))
                }
            },
            State::Crc1 => {
                self.state = State::Crc2(b);
                None
            }
            State::Crc2(lo) => {
                let got = u16::from_le_bytes([lo, b]);
                self.state = State::Idle;
                let apdu = std::mem::take(&mut self.buf);
                if frame_crc(&apdu) == got {
                    Some(FrameEvent::Frame(apdu))
                } else {
                    Some(FrameEvent::BadFrame("CRC mismatch"))
                }
            }
        }
    }
}

/// Hex for trace logs.
pub fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 3);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// Parse `10 02 ab ...` (spaces optional) into bytes; for tests and vectors.
pub fn unhex(s: &str) -> Result<Vec<u8>, String> {
    let clean: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if !clean.len().is_multiple_of(2) {
        return Err(format!("odd number of hex digits in {s:?}"));
    }
    (0..clean.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&clean[i..i + 2], 16).map_err(|e| format!("{e} in {s:?}")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_all(bytes: &[u8]) -> Vec<FrameEvent> {
        let mut d = FrameDecoder::new();
        bytes.iter().filter_map(|&b| d.push(b)).collect()
    }

    #[test]
    fn kermit_check_value() {
        assert_eq!(crc16_kermit(b"123456789"), 0x2189);
    }

    /// ../shared/zvt/vectors/10_crc_vectors.txt, every frame.
    #[test]
    fn crc_vectors_encode_and_decode_byte_exact() {
        let text = include_str!("../../../tests/data/zvt/10_crc_vectors.txt");
        let mut n = 0;
        for line in text
            .lines()
            .map(str::trim)
            .filter(|l| l.starts_with("10 02"))
        {
            let wire = unhex(line).unwrap();
            let events = decode_all(&wire);
            let [FrameEvent::Frame(apdu)] = events.as_slice() else {
                panic!("{line}: decoded to {events:?}, expected one good frame");
            };
            assert_eq!(encode_frame(apdu), wire, "re-encoding {line}");
            n += 1;
        }
        assert_eq!(n, 8, "all eight CRC vectors read");
    }

    #[test]
    fn stuffing_doubles_dle() {
        // ¥1,000 contains 0x10 (PROTOCOL.md).
        let apdu = [0x06, 0x01, 0x07, 0x04, 0, 0, 0, 0, 0x10, 0];
        let wire = encode_frame(&apdu);
        assert_eq!(
            &wire[2..13],
            &[0x06, 0x01, 0x07, 0x04, 0, 0, 0, 0, 0x10, 0x10, 0]
        );
        assert_eq!(decode_all(&wire), vec![FrameEvent::Frame(apdu.to_vec())]);
    }

    #[test]
    fn bad_crc_is_reported_not_delivered() {
        let mut wire = encode_frame(&[0x80, 0, 0]);
        *wire.last_mut().unwrap() ^= 0xFF;
        assert_eq!(
            decode_all(&wire),
            vec![FrameEvent::BadFrame("CRC mismatch")]
        );
    }

    #[test]
    fn ack_nak_and_garbage_between_frames() {
        let mut bytes = vec![ACK, 0xAA, NAK];
        bytes.extend(encode_frame(&[0x80, 0, 0]));
        assert_eq!(
            decode_all(&bytes),
            vec![
                FrameEvent::Ack,
                FrameEvent::Garbage(0xAA),
                FrameEvent::Nak,
                FrameEvent::Frame(vec![0x80, 0, 0])
            ]
        );
    }

    #[test]
    fn lone_dle_inside_frame_is_bad() {
        assert_eq!(
            decode_all(&[DLE, STX, 0x80, DLE, 0x41]),
            vec![FrameEvent::BadFrame("lone DLE inside a frame")]
        );
    }
}
