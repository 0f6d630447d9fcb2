//! What the customer sees for each terminal message: ZVT codes to Fluent ids in
//! `locales/<lang>/payment.ftl`. Intermediate statuses: PA00P015 chapter 11; result codes: chapter 10.

use crate::payment::TerminalMessage;

/// The Fluent id of the customer text for a terminal message.
pub fn message_id(message: TerminalMessage) -> &'static str {
    match message {
        TerminalMessage::Intermediate(code) => intermediate_id(code),
        TerminalMessage::Result(code) => result_id(code),
    }
}

fn intermediate_id(code: u8) -> &'static str {
    match code {
        0x00 => "pay-confirm-amount",
        0x01 | 0x02 | 0x41 => "pay-watch-pin",
        0x03 | 0x07 | 0x10 => "pay-card-not-accepted",
        0x04 => "pay-wait-host",
        0x08 => "pay-card-unknown",
        0x09 => "pay-card-expired",
        0x0A | 0x2A => "pay-insert-card",
        0x0B => "pay-remove-card",
        0x0C | 0x19 => "pay-card-unreadable",
        0x0D | 0x12 => "pay-processing-error",
        0x13 => "pay-not-possible",
        0x14 | 0x16 => "pay-insufficient-funds",
        0x15 => "pay-wrong-pin",
        0x18 => "pay-pin-tries-exceeded",
        0x1B | 0x1C => "pay-approved",
        0x1D => "pay-declined",
        // 05 auto-reversal, 06 post-bookings, 0E/17 please wait, 0F end-of-day, 28/29/2C
        // selections, D2/D3 dial-up, E0/E1 selections, F1-F3 on/offline: all "please wait".
        0x05 | 0x06 | 0x0E | 0x0F | 0x11 | 0x17 | 0x28 | 0x29 | 0x2B | 0x2C | 0xD2 | 0xD3
        | 0xE0 | 0xE1 | 0xF1 | 0xF2 | 0xF3 => "pay-please-wait",
        _ => "pay-processing",
    }
}

fn result_id(code: u8) -> &'static str {
    match code {
        0x00 => "pay-approved",
        0x05 => "pay-declined",
        // 1-99 decimal are the card issuer's (host's) own codes.
        0x01..=0x63 => "pay-declined-host",
        0x64 | 0x65 | 0x72 | 0x73 => "pay-card-unreadable",
        0x66 => "pay-processing-error",
        0x67 | 0x68 | 0x6E | 0x79 | 0xC5 => "pay-card-not-accepted",
        0x6A | 0x6B | 0x77 | 0xA0 | 0xC2 | 0xCC => "pay-terminal-unavailable",
        0x6C => "pay-aborted",
        0x6F | 0xC6 => "pay-wrong-currency",
        0x71 => "pay-insufficient-funds",
        0x78 => "pay-card-expired",
        0x7A => "pay-card-unknown",
        0x83 => "pay-not-possible",
        0x9A | 0xFF => "pay-terminal-error",
        0x9C => "pay-please-wait",
        0xA1 | 0xA3 => "pay-host-unavailable",
        0xB4 => "pay-already-reversed",
        0xB5 => "pay-reversal-not-possible",
        0xC3 => "pay-amount-too-large",
        0xC8 => "pay-amount-too-small",
        _ => "pay-failed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCALES: [(&str, &str); 11] = [
        ("en", include_str!("../../../locales/en/payment.ftl")),
        ("ja", include_str!("../../../locales/ja/payment.ftl")),
        (
            "zh-Hans",
            include_str!("../../../locales/zh-Hans/payment.ftl"),
        ),
        (
            "zh-Hant",
            include_str!("../../../locales/zh-Hant/payment.ftl"),
        ),
        ("ko", include_str!("../../../locales/ko/payment.ftl")),
        ("th", include_str!("../../../locales/th/payment.ftl")),
        ("vi", include_str!("../../../locales/vi/payment.ftl")),
        ("id", include_str!("../../../locales/id/payment.ftl")),
        ("es", include_str!("../../../locales/es/payment.ftl")),
        ("fr", include_str!("../../../locales/fr/payment.ftl")),
        ("de", include_str!("../../../locales/de/payment.ftl")),
    ];

    fn ids(ftl: &str) -> Vec<&str> {
        ftl.lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
            .filter(|id| id.starts_with("pay-"))
            .collect()
    }

    #[test]
    fn every_code_maps_to_an_id_present_in_every_language() {
        for code in 0..=255u8 {
            for m in [
                TerminalMessage::Intermediate(code),
                TerminalMessage::Result(code),
            ] {
                let id = message_id(m);
                for (lang, ftl) in LOCALES {
                    assert!(ids(ftl).contains(&id), "{m:?} -> {id} missing in {lang}");
                }
            }
        }
    }

    #[test]
    fn protocol_md_codes_are_specific() {
        assert_eq!(
            message_id(TerminalMessage::Intermediate(0x0A)),
            "pay-insert-card"
        );
        assert_eq!(
            message_id(TerminalMessage::Intermediate(0x17)),
            "pay-please-wait"
        );
        assert_eq!(message_id(TerminalMessage::Result(0x05)), "pay-declined");
        assert_eq!(message_id(TerminalMessage::Result(0x6C)), "pay-aborted");
        assert_eq!(
            message_id(TerminalMessage::Result(0xC3)),
            "pay-amount-too-large"
        );
        assert_eq!(
            message_id(TerminalMessage::Result(0x33)),
            "pay-declined-host"
        );
    }
}
