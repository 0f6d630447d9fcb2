//! The BMP fields a kiosk reads and writes, as one typed struct (PA00P015 §9).

use super::{BmpError, Tlv, bcd_to_u64, lllvar, llvar, parse_bmps, parse_tlv, u64_to_bcd};
use crate::domain::Yen;
use crate::payment::Approval;

/// ISO 4217 numeric code of the yen, as BMP 49 carries it (`03 92`).
pub const CURRENCY_JPY: u16 = 392;

/// The fields of a status information, completion or command. Card data is kept masked only.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Fields {
    /// BMP 27.
    pub result_code: Option<u8>,
    /// BMP 04, in minor units (whole yen for JPY).
    pub amount: Option<u64>,
    /// BMP 49, ISO 4217 numeric (392 = JPY).
    pub currency: Option<u16>,
    /// BMP 19.
    pub payment_type: Option<u8>,
    /// BMP 0B.
    pub trace_no: Option<u32>,
    /// BMP 87.
    pub receipt_no: Option<u32>,
    /// BMP 88.
    pub turnover_no: Option<u32>,
    /// BMP 0C, `HHMMSS`.
    pub time: Option<String>,
    /// BMP 0D, `MMDD`.
    pub date: Option<String>,
    /// BMP 22, every digit but the last four replaced by `*`.
    pub masked_pan: Option<String>,
    /// BMP 8B.
    pub card_name: Option<String>,
    /// BMP 8A.
    pub card_type: Option<u8>,
    /// BMP 3B.
    pub auth_code: Option<String>,
    /// BMP 29.
    pub terminal_id: Option<String>,
    /// BMP 2A.
    pub vu_number: Option<String>,
    /// BMP 3C.
    pub additional_text: Option<String>,
    /// BMP 06.
    pub tlv: Vec<Tlv>,
}

/// A status information (`04 0F`) is a list of fields.
pub type StatusInfo = Fields;

fn ascii(bytes: &[u8]) -> String {
    let s: String = bytes
        .iter()
        .take_while(|&&b| b != 0)
        .map(|&b| {
            if (0x20..0x7F).contains(&b) {
                b as char
            } else {
                '?'
            }
        })
        .collect();
    s.trim_end().to_string()
}

fn bcd_u32(tag: u8, v: &[u8]) -> Result<u32, BmpError> {
    u32::try_from(bcd_to_u64(tag, v)?).map_err(|_| BmpError::BadValue {
        tag,
        what: "number too large".into(),
    })
}

fn bcd_digits(tag: u8, v: &[u8]) -> Result<String, BmpError> {
    bcd_to_u64(tag, v)?;
    Ok(v.iter().map(|b| format!("{b:02x}")).collect())
}

/// BMP 22: BCD nibbles, `E` masked, `F` padding. Keep only the last four digits visible.
pub fn mask_pan(v: &[u8]) -> String {
    let nibbles: Vec<u8> = v
        .iter()
        .flat_map(|b| [b >> 4, b & 0x0F])
        .filter(|&n| n != 0x0F)
        .collect();
    let n = nibbles.len();
    nibbles
        .iter()
        .enumerate()
        .map(|(i, &d)| {
            if i + 4 < n || d > 9 {
                '*'
            } else {
                char::from(b'0' + d)
            }
        })
        .collect()
}

impl Fields {
    /// Parse a BMP list; every field read, unknown ones skipped by length or reported.
    pub fn parse(data: &[u8]) -> Result<Fields, BmpError> {
        let mut f = Fields::default();
        for bmp in parse_bmps(data)? {
            let (tag, v) = (bmp.tag, bmp.value);
            match tag {
                0x27 => f.result_code = Some(v[0]),
                0x04 => f.amount = Some(bcd_to_u64(tag, v)?),
                0x49 => f.currency = Some(bcd_to_u64(tag, v)? as u16),
                0x19 => f.payment_type = Some(v[0]),
                0x0B => f.trace_no = Some(bcd_u32(tag, v)?),
                0x87 => f.receipt_no = Some(bcd_u32(tag, v)?),
                0x88 => f.turnover_no = Some(bcd_u32(tag, v)?),
                0x0C => f.time = Some(bcd_digits(tag, v)?),
                0x0D => f.date = Some(bcd_digits(tag, v)?),
                0x22 => f.masked_pan = Some(mask_pan(v)),
                0x8B => f.card_name = Some(ascii(v)),
                0x8A => f.card_type = Some(v[0]),
                0x3B => f.auth_code = Some(ascii(v)),
                0x29 => f.terminal_id = Some(bcd_digits(tag, v)?),
                0x2A => f.vu_number = Some(ascii(v)),
                0x3C => f.additional_text = Some(ascii(v)),
                0x06 => f.tlv = parse_tlv(v)?,
                // Known length, not needed by a kiosk (expiry, card sequence, totals ...).
                _ => {}
            }
        }
        Ok(f)
    }

    /// Encode the set fields as a BMP list (the simulator's status information).
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut put = |tag: u8, v: &[u8]| {
            out.push(tag);
            out.extend_from_slice(v);
        };
        let bcd = |n: u64, len: usize| u64_to_bcd(n, len).unwrap_or_else(|| vec![0x99; len]);
        if let Some(c) = self.result_code {
            put(0x27, &[c]);
        }
        if let Some(a) = self.amount {
            put(0x04, &bcd(a, 6));
        }
        if let Some(t) = self.trace_no {
            put(0x0B, &bcd(u64::from(t), 3));
        }
        for (tag, s, len) in [(0x0C, &self.time, 3), (0x0D, &self.date, 2)] {
            if let Some(s) = s {
                put(tag, &bcd(s.parse().unwrap_or(0), len));
            }
        }
        if let Some(pan) = &self.masked_pan {
            let nib: Vec<u8> = pan
                .bytes()
                .map(|c| if c.is_ascii_digit() { c - b'0' } else { 0x0E })
                .collect();
            let mut bytes: Vec<u8> = nib
                .chunks(2)
                .map(|p| (p[0] << 4) | p.get(1).copied().unwrap_or(0x0F))
                .collect();
            bytes = llvar(&bytes);
            put(0x22, &bytes);
        }
        if let Some(t) = &self.terminal_id {
            put(0x29, &bcd(t.parse().unwrap_or(0), 4));
        }
        if let Some(vu) = &self.vu_number {
            let mut b = vu.as_bytes().to_vec();
            b.resize(15, b' ');
            put(0x2A, &b);
        }
        if let Some(a) = &self.auth_code {
            let mut b = a.as_bytes().to_vec();
            b.resize(8, 0);
            put(0x3B, &b);
        }
        if let Some(c) = self.currency {
            put(0x49, &bcd(u64::from(c), 2));
        }
        if let Some(r) = self.receipt_no {
            put(0x87, &bcd(u64::from(r), 2));
        }
        if let Some(t) = self.turnover_no {
            put(0x88, &bcd(u64::from(t), 3));
        }
        if let Some(t) = self.card_type {
            put(0x8A, &[t]);
        }
        if let Some(n) = &self.card_name {
            put(0x8B, &llvar(n.as_bytes()));
        }
        if let Some(t) = &self.additional_text {
            put(0x3C, &lllvar(t.as_bytes()));
        }
        out
    }

    /// The approval the engine journals. Amount in yen (JPY has no minor unit).
    pub fn to_approval(&self) -> Approval {
        Approval {
            amount: Yen(self.amount.unwrap_or(0) as i64),
            receipt_no: self.receipt_no,
            trace_no: self.trace_no,
            turnover_no: self.turnover_no,
            masked_pan: self.masked_pan.clone(),
            card_name: self.card_name.clone(),
            auth_code: self.auth_code.clone(),
            terminal_id: self.terminal_id.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::payment::zvt::frame::unhex;

    /// Status information of 04_auth_success_1000_jpy, every field.
    #[test]
    fn jpy_auth_status_information_fields() {
        let data = unhex(
            "27 00 04 00 00 00 00 10 00 0b 00 00 01 0c 10 30 00 0d 01 15 0e 28 12 17 00 01 19 70 \
             22 f0 f8 35 66 00 ee ee ee 05 05 29 12 34 56 78 2a 4a 50 4b 49 4f 53 4b 30 30 30 30 \
             30 30 30 31 3b 31 32 33 34 35 36 00 00 49 03 92 87 00 01 88 00 00 01 8a 0e 8b f0 f4 \
             4a 43 42 00 8c 01 06 0b 60 09 43 07 a0 00 00 00 65 10 10",
        )
        .unwrap();
        let f = Fields::parse(&data).unwrap();
        assert_eq!(f.result_code, Some(0));
        assert_eq!(f.amount, Some(1000));
        assert_eq!(f.currency, Some(CURRENCY_JPY));
        assert_eq!(f.trace_no, Some(1));
        assert_eq!(f.receipt_no, Some(1));
        assert_eq!(f.turnover_no, Some(1));
        assert_eq!(f.time.as_deref(), Some("103000"));
        assert_eq!(f.date.as_deref(), Some("0115"));
        assert_eq!(f.masked_pan.as_deref(), Some("************0505"));
        assert_eq!(f.terminal_id.as_deref(), Some("12345678"));
        assert_eq!(f.vu_number.as_deref(), Some("JPKIOSK00000001"));
        assert_eq!(f.auth_code.as_deref(), Some("123456"));
        assert_eq!(f.card_name.as_deref(), Some("JCB"));
        assert_eq!(f.card_type, Some(0x0E));
        assert_eq!(f.payment_type, Some(0x70));
        assert_eq!(f.tlv[0].tag, 0x60);
        assert_eq!(
            f.tlv[0].children[0].value,
            [0xA0, 0, 0, 0, 0x65, 0x10, 0x10]
        );
    }

    #[test]
    fn encode_then_parse_round_trip() {
        let f = Fields {
            result_code: Some(0),
            amount: Some(1980),
            currency: Some(392),
            trace_no: Some(42),
            receipt_no: Some(7),
            turnover_no: Some(9),
            time: Some("231500".into()),
            date: Some("1125".into()),
            masked_pan: Some("************0119".into()),
            card_name: Some("VISA".into()),
            card_type: Some(0x0A),
            auth_code: Some("A1B2C3".into()),
            terminal_id: Some("52523535".into()),
            vu_number: Some("SIMKIOSK".into()),
            additional_text: Some("demo".into()),
            ..Fields::default()
        };
        let back = Fields::parse(&f.encode()).unwrap();
        assert_eq!(back, f);
    }

    #[test]
    fn odd_pan_padding_and_masking() {
        assert_eq!(mask_pan(&[0x12, 0x34, 0x56, 0x78, 0x9F]), "*****6789");
    }
}
