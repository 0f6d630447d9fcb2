//! The ECR's commands as APDUs (PA00P015 chapter 2).

use super::apdu::Apdu;
use super::bmp::{fields::CURRENCY_JPY, u64_to_bcd};

/// Registration config byte (PA00P015 §2.1): 0x02 payment receipts via ECR, 0x04 administration
/// receipts via ECR, 0x08 intermediate status to the ECR, 0x10 no amount entry at the PT, 0x20 no
/// administration at the PT, 0x80 receipts as print text blocks (06 D3).
pub const CONFIG_DEFAULT: u8 = 0x02 | 0x04 | 0x08 | 0x10 | 0x20 | 0x80;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `06 00`: password, config byte, currency (no tag), as the vectors show.
    Registration {
        password: u32,
        config: u8,
        currency: u16,
    },
    /// `06 01`: BMP 04 amount, BMP 49 currency, empty TLV container.
    Authorisation { amount: u64, currency: u16 },
    /// `06 30`: password, BMP 87 receipt no., BMP 04 amount, BMP 49 currency.
    Reversal {
        password: u32,
        receipt_no: u32,
        amount: Option<u64>,
    },
    /// `06 20`.
    RepeatReceipt { password: u32 },
    /// `06 50`.
    EndOfDay { password: u32 },
    /// `06 B0` sent as a master command.
    Abort,
    /// `05 01`.
    StatusEnquiry { password: u32 },
    /// `06 70`.
    Diagnosis,
    /// `06 02`.
    LogOff,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CommandError {
    #[error("password {0} has more than 6 digits")]
    Password(u32),
    #[error("amount {0} does not fit 12 BCD digits")]
    Amount(u64),
    #[error("receipt number {0} does not fit 4 BCD digits")]
    Receipt(u32),
}

fn password(p: u32) -> Result<Vec<u8>, CommandError> {
    u64_to_bcd(u64::from(p), 3).ok_or(CommandError::Password(p))
}

fn currency(c: u16) -> Vec<u8> {
    u64_to_bcd(u64::from(c), 2).unwrap_or_else(|| vec![0x03, 0x92])
}

impl Command {
    pub fn name(&self) -> &'static str {
        match self {
            Command::Registration { .. } => "registration",
            Command::Authorisation { .. } => "authorisation",
            Command::Reversal { .. } => "reversal",
            Command::RepeatReceipt { .. } => "repeat receipt",
            Command::EndOfDay { .. } => "end-of-day",
            Command::Abort => "abort",
            Command::StatusEnquiry { .. } => "status enquiry",
            Command::Diagnosis => "diagnosis",
            Command::LogOff => "log-off",
        }
    }

    /// Commands the terminal finishes with its `80 00 00` (no completion follows).
    pub fn ends_with_answer(&self) -> bool {
        matches!(self, Command::Abort | Command::LogOff)
    }

    pub fn authorisation_jpy(yen: u64) -> Self {
        Command::Authorisation {
            amount: yen,
            currency: CURRENCY_JPY,
        }
    }

    pub fn apdu(&self) -> Result<Apdu, CommandError> {
        let (class, instr, data) = match *self {
            Command::Registration {
                password: p,
                config,
                currency: c,
            } => {
                let mut d = password(p)?;
                d.push(config);
                d.extend(currency(c));
                (0x06, 0x00, d)
            }
            Command::Authorisation {
                amount,
                currency: c,
            } => {
                let mut d = vec![0x04];
                d.extend(u64_to_bcd(amount, 6).ok_or(CommandError::Amount(amount))?);
                d.push(0x49);
                d.extend(currency(c));
                d.extend([0x06, 0x00]);
                (0x06, 0x01, d)
            }
            Command::Reversal {
                password: p,
                receipt_no,
                amount,
            } => {
                let mut d = password(p)?;
                d.push(0x87);
                d.extend(
                    u64_to_bcd(u64::from(receipt_no), 2)
                        .ok_or(CommandError::Receipt(receipt_no))?,
                );
                if let Some(a) = amount {
                    d.push(0x04);
                    d.extend(u64_to_bcd(a, 6).ok_or(CommandError::Amount(a))?);
                }
                d.push(0x49);
                d.extend(currency(CURRENCY_JPY));
                (0x06, 0x30, d)
            }
            Command::RepeatReceipt { password: p } => (0x06, 0x20, password(p)?),
            Command::EndOfDay { password: p } => (0x06, 0x50, password(p)?),
            Command::Abort => (0x06, 0xB0, Vec::new()),
            Command::StatusEnquiry { password: p } => (0x05, 0x01, password(p)?),
            Command::Diagnosis => (0x06, 0x70, Vec::new()),
            Command::LogOff => (0x06, 0x02, Vec::new()),
        };
        Ok(Apdu::new(class, instr, data))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::payment::zvt::frame::{encode_frame, unhex};

    fn wire(c: &Command) -> Vec<u8> {
        encode_frame(&c.apdu().unwrap().encode().unwrap())
    }

    #[test]
    fn registration_jpy_vector() {
        let c = Command::Registration {
            password: 123456,
            config: 0xBA,
            currency: 392,
        };
        assert_eq!(
            wire(&c),
            unhex("10 02 06 00 06 12 34 56 ba 03 92 10 03 b7 a4").unwrap()
        );
    }

    #[test]
    fn feig_registration_and_end_of_day() {
        let c = Command::Registration {
            password: 123456,
            config: 0xDE,
            currency: 978,
        };
        assert_eq!(
            wire(&c),
            unhex("10 02 06 00 06 12 34 56 de 09 78 10 03 2c 28").unwrap()
        );
        let e = Command::EndOfDay { password: 123456 };
        assert_eq!(
            wire(&e),
            unhex("10 02 06 50 03 12 34 56 10 03 c4 af").unwrap()
        );
    }

    #[test]
    fn authorisation_1000_jpy_vector_is_stuffed() {
        let c = Command::authorisation_jpy(1000);
        assert_eq!(
            wire(&c),
            unhex("10 02 06 01 0c 04 00 00 00 00 10 10 00 49 03 92 06 00 10 03 fa 2c").unwrap()
        );
    }

    #[test]
    fn diagnosis_crc_vector() {
        assert_eq!(
            wire(&Command::Diagnosis),
            unhex("10 02 06 70 00 10 03 D9 F9").unwrap()
        );
    }

    #[test]
    fn reversal_carries_receipt_amount_and_currency() {
        let c = Command::Reversal {
            password: 123456,
            receipt_no: 231,
            amount: Some(1980),
        };
        assert_eq!(
            c.apdu().unwrap().encode().unwrap(),
            unhex("06 30 10 12 34 56 87 02 31 04 00 00 00 00 19 80 49 03 92").unwrap()
        );
    }

    #[test]
    fn out_of_range_values_are_errors() {
        assert_eq!(
            Command::StatusEnquiry {
                password: 1_000_000
            }
            .apdu(),
            Err(CommandError::Password(1_000_000))
        );
        assert_eq!(
            Command::Reversal {
                password: 0,
                receipt_no: 10_000,
                amount: None
            }
            .apdu(),
            Err(CommandError::Receipt(10_000))
        );
    }
}
