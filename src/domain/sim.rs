//! SIM identity: a Japanese mobile number (MSISDN) or an ICCID.
//!
//! Rules (issue 2, item 4):
//! - mobile number: `070`/`080`/`090` + 8 digits (11 digits), hyphens and spaces allowed,
//!   or the international form `+81 90-1234-5678` / `81 90 1234 5678` (trunk `0` dropped);
//! - ICCID (ITU-T E.118): 19 or 20 digits, prefix `89` (telecom), last digit a Luhn check digit.
//!
//! Full-width digits, hyphens and spaces (as typed with a Japanese IME) are accepted too.
//!
//! `020` + 8 digits are data-only numbers (M2M and data SIMs, MIC numbering plan since 2017):
//! accepted only where a carrier of the catalogue sells them ([`NumberRules::data_020`]).

use serde::{Deserialize, Serialize};

/// A validated SIM identity in canonical form.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SimId {
    /// National form, 11 digits, starting 070/080/090, or 020 where accepted (e.g. `09012345678`).
    Msisdn(String),
    /// 19 or 20 digits starting `89`, Luhn-valid.
    Iccid(String),
}

impl SimId {
    /// Parse what a customer typed; see [`parse_sim`].
    pub fn parse(input: &str) -> Result<SimId, SimIdError> {
        parse_sim(input)
    }

    /// The canonical digits, as sent to the carrier backend.
    pub fn canonical(&self) -> &str {
        match self {
            SimId::Msisdn(d) | SimId::Iccid(d) => d,
        }
    }

    /// Safe for logs, receipts and the journal: `090-****-5678`, ICCID `8981…1234` style.
    pub fn masked(&self) -> String {
        // The variants are public, so a hand-built value may be short or non-ASCII: never panic,
        // and show nothing rather than too much.
        let ends = |d: &str, head: usize| -> Option<(String, String)> {
            let chars: Vec<char> = d.chars().collect();
            (chars.len() > head + 4).then(|| {
                (
                    chars[..head].iter().collect(),
                    chars[chars.len() - 4..].iter().collect(),
                )
            })
        };
        match self {
            SimId::Msisdn(d) => match ends(d, 3) {
                Some((h, t)) => format!("{h}-****-{t}"),
                None => "***".into(),
            },
            SimId::Iccid(d) => match ends(d, 4) {
                Some((h, t)) => format!("{h}…{t}"),
                None => "****".into(),
            },
        }
    }
}

impl std::str::FromStr for SimId {
    type Err = SimIdError;
    fn from_str(s: &str) -> Result<SimId, SimIdError> {
        parse_sim(s)
    }
}

/// Digits in a national mobile number (`090` + 8).
pub const MSISDN_DIGITS: usize = 11;
/// Shortest and longest ICCID (ITU-T E.118: up to 19 digits + check digit; 19 is common in Japan).
pub const ICCID_MIN_DIGITS: usize = 19;
pub const ICCID_MAX_DIGITS: usize = 20;
/// Digits of `81` + national number without its trunk `0`.
const INTERNATIONAL_DIGITS: usize = 12;

/// Why an entry is not a SIM identity. Each variant names a Fluent message (`fluent_id`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SimIdError {
    #[error("nothing was entered")]
    Empty,
    /// `position` counts characters from 1 in the original input.
    #[error("{ch:?} at position {position} is not a digit")]
    InvalidCharacter { ch: char, position: usize },
    #[error("only {digits} digits; {expected} expected")]
    TooShort { digits: usize, expected: usize },
    #[error("{digits} digits; at most {max} expected")]
    TooLong { digits: usize, max: usize },
    /// A Japanese number that is not a mobile one (`03` Tokyo landline, `050` IP phone ...).
    #[error("{prefix} is not a mobile number prefix (070, 080 or 090)")]
    NotAMobileNumber { prefix: String },
    /// A national number typed without its leading `0` (`9012345678`).
    #[error("the leading 0 is missing (0{digits}?)")]
    MissingLeadingZero { digits: String },
    /// An international number of another country (`+1 ...`).
    #[error("+{code} is not the Japanese country code +81")]
    ForeignCountryCode { code: String },
    /// Long enough for an ICCID but not starting `89`.
    #[error("an ICCID starts with 89, not {found}")]
    IccidPrefix { found: String },
    #[error("ICCID check digit is {found}, expected {expected}")]
    IccidCheckDigit { expected: u8, found: u8 },
}

impl SimIdError {
    /// The message id in `locales/<lang>/sim.ftl`.
    pub fn fluent_id(&self) -> &'static str {
        match self {
            SimIdError::Empty => "sim-error-empty",
            SimIdError::InvalidCharacter { .. } => "sim-error-invalid-character",
            SimIdError::TooShort { .. } => "sim-error-too-short",
            SimIdError::TooLong { .. } => "sim-error-too-long",
            SimIdError::NotAMobileNumber { .. } => "sim-error-not-mobile",
            SimIdError::MissingLeadingZero { .. } => "sim-error-missing-zero",
            SimIdError::ForeignCountryCode { .. } => "sim-error-foreign-country",
            SimIdError::IccidPrefix { .. } => "sim-error-iccid-prefix",
            SimIdError::IccidCheckDigit { .. } => "sim-error-iccid-check-digit",
        }
    }

    /// The Fluent arguments the message uses (names match `sim.ftl`). Counts stay numbers so
    /// Fluent picks the plural form ("1 digit", not "1 digits").
    pub fn fluent_args(&self) -> Vec<(&'static str, ArgValue)> {
        use ArgValue::{Number, Text};
        match self {
            SimIdError::Empty => vec![],
            SimIdError::InvalidCharacter { ch, position } => {
                vec![
                    ("ch", Text(ch.to_string())),
                    ("position", Number(*position)),
                ]
            }
            SimIdError::TooShort { digits, expected } => {
                vec![("digits", Number(*digits)), ("expected", Number(*expected))]
            }
            SimIdError::TooLong { digits, max } => {
                vec![("digits", Number(*digits)), ("max", Number(*max))]
            }
            SimIdError::NotAMobileNumber { prefix } => vec![("prefix", Text(prefix.clone()))],
            SimIdError::MissingLeadingZero { digits } => vec![("digits", Text(digits.clone()))],
            SimIdError::ForeignCountryCode { code } => vec![("code", Text(code.clone()))],
            SimIdError::IccidPrefix { found } => vec![("found", Text(found.clone()))],
            SimIdError::IccidCheckDigit { expected, found } => {
                vec![
                    ("expected", Number(usize::from(*expected))),
                    ("found", Number(usize::from(*found))),
                ]
            }
        }
    }
}

/// One argument of a message: a count (plural rules apply) or text shown as typed
/// (digit strings such as "050" keep their leading zero).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgValue {
    Number(usize),
    Text(String),
}

/// Normalise one typed character: ASCII or full-width digit -> Some(digit char);
/// separators -> None (skipped); anything else is an error.
enum Typed {
    Digit(char),
    Separator,
    Plus,
    Other,
}

fn classify(ch: char) -> Typed {
    match ch {
        '0'..='9' => Typed::Digit(ch),
        // Full-width digits U+FF10..U+FF19 from a Japanese IME.
        '\u{FF10}'..='\u{FF19}' => Typed::Digit(char::from(b'0' + (ch as u32 - 0xFF10) as u8)),
        '-' | ' ' | '\u{3000}' | '\u{FF0D}' | '\u{2010}' | '\u{2212}' | '\u{30FC}' => {
            Typed::Separator
        }
        '+' | '\u{FF0B}' => Typed::Plus,
        _ => Typed::Other,
    }
}

/// Which national numbers the kiosk takes, from the carriers of its catalogue.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NumberRules {
    /// `020` data-only numbers, besides 070/080/090: some carriers' data SIMs have them.
    pub data_020: bool,
}

/// Parse a mobile number or an ICCID as typed by a customer (070/080/090 numbers only).
pub fn parse_sim(input: &str) -> Result<SimId, SimIdError> {
    parse_sim_with(input, NumberRules::default())
}

/// Like [`parse_sim`], with `rules` saying which national prefixes are taken.
pub fn parse_sim_with(input: &str, rules: NumberRules) -> Result<SimId, SimIdError> {
    let mut digits = String::with_capacity(input.len());
    let mut plus = false;
    // Digits before the first separator: the country code when `+` was typed (`+852 ...`).
    let mut first_group: Option<usize> = None;
    for (i, ch) in input.chars().enumerate() {
        match classify(ch) {
            Typed::Digit(d) => digits.push(d),
            Typed::Separator => {
                if !digits.is_empty() && first_group.is_none() {
                    first_group = Some(digits.len());
                }
            }
            // `+` only before the first digit, once.
            Typed::Plus if digits.is_empty() && !plus => plus = true,
            Typed::Plus | Typed::Other => {
                return Err(SimIdError::InvalidCharacter {
                    ch,
                    position: i + 1,
                });
            }
        }
    }
    if digits.is_empty() {
        return Err(SimIdError::Empty);
    }
    if plus {
        return parse_international(&digits, first_group, rules);
    }
    if digits.starts_with('0') {
        return parse_national(&digits, rules);
    }
    if digits.starts_with("89") {
        return parse_iccid(&digits);
    }
    if digits.starts_with("81") && digits.len() == INTERNATIONAL_DIGITS {
        return parse_international(&digits, None, rules);
    }
    if digits.len() > MSISDN_DIGITS {
        return Err(SimIdError::IccidPrefix {
            found: digits[..2].to_string(),
        });
    }
    if digits.len() == MSISDN_DIGITS - 1 && is_mobile_prefix(&format!("0{}", &digits[..2]), rules) {
        return Err(SimIdError::MissingLeadingZero { digits });
    }
    if digits == "8" {
        // Could still become an ICCID (89...) or an international number (81...).
        return Err(SimIdError::TooShort {
            digits: 1,
            expected: ICCID_MIN_DIGITS,
        });
    }
    let take = digits.len().min(2);
    Err(SimIdError::NotAMobileNumber {
        prefix: digits[..take].to_string(),
    })
}

fn is_mobile_prefix(p: &str, rules: NumberRules) -> bool {
    matches!(p, "070" | "080" | "090") || (rules.data_020 && p == "020")
}

/// `81` + national number without trunk `0` (a stray `0` after `81` is forgiven).
/// `code_len`: digits the customer grouped as the country code, if they typed a separator.
fn parse_international(
    digits: &str,
    code_len: Option<usize>,
    rules: NumberRules,
) -> Result<SimId, SimIdError> {
    let Some(rest) = digits.strip_prefix("81") else {
        if digits.len() < 2 && "81".starts_with(digits) {
            return Err(SimIdError::TooShort {
                digits: digits.len(),
                expected: INTERNATIONAL_DIGITS,
            });
        }
        // Without a separator the code's length is unknown: 1 (+1 NANP, +7) or else 2 digits.
        let guess = if digits.starts_with(['1', '7']) { 1 } else { 2 };
        let code: String = digits
            .chars()
            .take(code_len.unwrap_or(guess).min(3))
            .collect();
        return Err(SimIdError::ForeignCountryCode { code });
    };
    let national = if rest.starts_with('0') {
        rest.to_string()
    } else {
        format!("0{rest}")
    };
    match parse_national(&national, rules) {
        Ok(sim) => Ok(sim),
        // Count what the customer typed, not our reconstructed trunk 0.
        Err(SimIdError::TooShort { .. }) => Err(SimIdError::TooShort {
            digits: digits.len(),
            expected: INTERNATIONAL_DIGITS,
        }),
        Err(SimIdError::TooLong { .. }) => Err(SimIdError::TooLong {
            digits: digits.len(),
            max: INTERNATIONAL_DIGITS,
        }),
        Err(e) => Err(e),
    }
}

fn parse_national(digits: &str, rules: NumberRules) -> Result<SimId, SimIdError> {
    let b = digits.as_bytes();
    // Judge the prefix as soon as it is known, so `03-1234-5678` says "landline", not "too short".
    let data = rules.data_020 && b.get(1) == Some(&b'2');
    if b.len() >= 2 && !matches!(b[1], b'7' | b'8' | b'9') && !data {
        return Err(SimIdError::NotAMobileNumber {
            prefix: digits[..2].to_string(),
        });
    }
    if b.len() >= 3 && b[2] != b'0' {
        return Err(SimIdError::NotAMobileNumber {
            prefix: digits[..3].to_string(),
        });
    }
    if b.len() < MSISDN_DIGITS {
        return Err(SimIdError::TooShort {
            digits: b.len(),
            expected: MSISDN_DIGITS,
        });
    }
    if b.len() > MSISDN_DIGITS {
        return Err(SimIdError::TooLong {
            digits: b.len(),
            max: MSISDN_DIGITS,
        });
    }
    Ok(SimId::Msisdn(digits.to_string()))
}

fn parse_iccid(digits: &str) -> Result<SimId, SimIdError> {
    if digits.len() < ICCID_MIN_DIGITS {
        return Err(SimIdError::TooShort {
            digits: digits.len(),
            expected: ICCID_MIN_DIGITS,
        });
    }
    if digits.len() > ICCID_MAX_DIGITS {
        return Err(SimIdError::TooLong {
            digits: digits.len(),
            max: ICCID_MAX_DIGITS,
        });
    }
    let (body, check) = digits.split_at(digits.len() - 1);
    let expected = luhn_check_digit(body);
    let found = check.as_bytes()[0] - b'0';
    if expected != found {
        return Err(SimIdError::IccidCheckDigit { expected, found });
    }
    Ok(SimId::Iccid(digits.to_string()))
}

/// The Luhn (ISO/IEC 7812-1 annex B) check digit for `body` (ASCII digits only).
pub fn luhn_check_digit(body: &str) -> u8 {
    // Double every second digit counting from the right of the body (the check digit goes after it).
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

/// Group digits for the keypad display while they are typed: `090-1234-5678` for a national
/// number (3-4-4), groups of 4 separated by spaces otherwise (ICCID). Non-digits are ignored.
pub fn format_partial(digits: &str) -> String {
    let d: Vec<char> = digits.chars().filter(char::is_ascii_digit).collect();
    let mut out = String::with_capacity(d.len() + 5);
    if d.first() == Some(&'0') && d.len() <= MSISDN_DIGITS {
        for (i, c) in d.iter().enumerate() {
            if i == 3 || i == 7 {
                out.push('-');
            }
            out.push(*c);
        }
    } else {
        for (i, c) in d.iter().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push(' ');
            }
            out.push(*c);
        }
    }
    out
}
