//! SIM identity: every rule of `parse_sim`, the error ids, and keypad formatting.

use simkiosk::domain::sim::{
    NumberRules, SimId, SimIdError, format_partial, luhn_check_digit, parse_sim, parse_sim_with,
};

fn msisdn(s: &str) -> SimId {
    SimId::Msisdn(s.to_string())
}

/// A 19-digit ICCID with a correct Luhn check digit, built from an 18-digit body.
fn valid_iccid(body: &str) -> String {
    format!("{body}{}", luhn_check_digit(body))
}

#[test]
fn mobile_numbers_in_every_accepted_spelling() {
    for input in [
        "09012345678",
        "090-1234-5678",
        "090 1234 5678",
        " 090-1234 5678 ",
        "+81 90-1234-5678",
        "+819012345678",
        "+81 090 1234 5678", // the stray trunk 0 people type after +81
        "819012345678",
        "０９０－１２３４－５６７８", // full-width, as typed with a Japanese IME
    ] {
        assert_eq!(
            parse_sim(input),
            Ok(msisdn("09012345678")),
            "input {input:?}"
        );
    }
    assert_eq!(parse_sim("070-1111-2222"), Ok(msisdn("07011112222")));
    assert_eq!(parse_sim("080 3333 4444"), Ok(msisdn("08033334444")));
    assert_eq!(SimId::parse("09012345678"), parse_sim("09012345678"));
    assert_eq!("09012345678".parse::<SimId>(), Ok(msisdn("09012345678")));
}

#[test]
fn empty_input() {
    assert_eq!(parse_sim(""), Err(SimIdError::Empty));
    assert_eq!(parse_sim("  - -"), Err(SimIdError::Empty));
}

#[test]
fn invalid_characters_report_the_character_and_its_position() {
    assert_eq!(
        parse_sim("090-12a4"),
        Err(SimIdError::InvalidCharacter {
            ch: 'a',
            position: 7
        })
    );
    assert_eq!(
        parse_sim("090.1234"),
        Err(SimIdError::InvalidCharacter {
            ch: '.',
            position: 4
        })
    );
    // A plus sign is only valid before the first digit.
    assert_eq!(
        parse_sim("090+1234"),
        Err(SimIdError::InvalidCharacter {
            ch: '+',
            position: 4
        })
    );
    assert_eq!(
        parse_sim("++81"),
        Err(SimIdError::InvalidCharacter {
            ch: '+',
            position: 2
        })
    );
}

#[test]
fn too_short_and_too_long_mobile_numbers() {
    assert_eq!(
        parse_sim("090-1234-567"),
        Err(SimIdError::TooShort {
            digits: 10,
            expected: 11
        })
    );
    assert_eq!(
        parse_sim("0"),
        Err(SimIdError::TooShort {
            digits: 1,
            expected: 11
        })
    );
    assert_eq!(
        parse_sim("090-1234-56789"),
        Err(SimIdError::TooLong {
            digits: 12,
            max: 11
        })
    );
    assert_eq!(
        parse_sim("+81 90 1234 567"),
        Err(SimIdError::TooShort {
            digits: 11,
            expected: 12
        })
    );
    assert_eq!(
        parse_sim("+81 90 1234 56789"),
        Err(SimIdError::TooLong {
            digits: 13,
            max: 12
        })
    );
}

#[test]
fn landlines_and_other_services_are_not_mobile_numbers() {
    let not_mobile = |p: &str| {
        Err(SimIdError::NotAMobileNumber {
            prefix: p.to_string(),
        })
    };
    assert_eq!(parse_sim("03-1234-5678"), not_mobile("03")); // Tokyo landline
    assert_eq!(parse_sim("06-1234-5678"), not_mobile("06")); // Osaka landline
    assert_eq!(parse_sim("050-1234-5678"), not_mobile("05")); // IP phone
    assert_eq!(parse_sim("0120-123-456"), not_mobile("01")); // free dial
    assert_eq!(parse_sim("091-1234-5678"), not_mobile("091"));
    assert_eq!(parse_sim("+81 3-1234-5678"), not_mobile("03"));
    assert_eq!(parse_sim("12345"), not_mobile("12"));
}

#[test]
fn a_national_number_without_its_leading_zero() {
    assert_eq!(
        parse_sim("90-1234-5678"),
        Err(SimIdError::MissingLeadingZero {
            digits: "9012345678".into()
        })
    );
}

#[test]
fn foreign_country_codes() {
    let foreign = |c: &str| {
        Err(SimIdError::ForeignCountryCode {
            code: c.to_string(),
        })
    };
    assert_eq!(parse_sim("+1 415 555 0100"), foreign("1"));
    assert_eq!(parse_sim("+14155550100"), foreign("1"));
    assert_eq!(parse_sim("+852 9123 4567"), foreign("852"));
    assert_eq!(parse_sim("+442079460000"), foreign("44"));
    assert_eq!(
        parse_sim("+8"),
        Err(SimIdError::TooShort {
            digits: 1,
            expected: 12
        })
    );
}

#[test]
fn iccids() {
    let iccid19 = valid_iccid("898110012345678901");
    assert_eq!(iccid19.len(), 19);
    assert_eq!(parse_sim(&iccid19), Ok(SimId::Iccid(iccid19.clone())));
    let iccid20 = valid_iccid("8981100123456789012");
    assert_eq!(parse_sim(&iccid20), Ok(SimId::Iccid(iccid20.clone())));
    // Grouped as printed on SIM cards.
    let grouped = format_partial(&iccid19);
    assert_eq!(parse_sim(&grouped), Ok(SimId::Iccid(iccid19)));
}

#[test]
fn luhn_check_digit_matches_the_standard_example() {
    // ISO/IEC 7812 annex B worked example: 7992739871 -> 3.
    assert_eq!(luhn_check_digit("7992739871"), 3);
    assert_eq!(luhn_check_digit("0"), 0);
}

#[test]
fn iccid_with_a_wrong_check_digit() {
    let body = "898110012345678901";
    let good = luhn_check_digit(body);
    let bad = (good + 1) % 10;
    assert_eq!(
        parse_sim(&format!("{body}{bad}")),
        Err(SimIdError::IccidCheckDigit {
            expected: good,
            found: bad
        })
    );
}

#[test]
fn iccid_length_and_prefix() {
    assert_eq!(
        parse_sim("8981 1001 2345"),
        Err(SimIdError::TooShort {
            digits: 12,
            expected: 19
        })
    );
    assert_eq!(
        parse_sim("8"),
        Err(SimIdError::TooShort {
            digits: 1,
            expected: 19
        })
    );
    assert_eq!(
        parse_sim("898110012345678901234"),
        Err(SimIdError::TooLong {
            digits: 21,
            max: 20
        })
    );
    assert_eq!(
        parse_sim("1234567890123456789"),
        Err(SimIdError::IccidPrefix { found: "12".into() })
    );
}

#[test]
fn canonical_and_masked_forms() {
    let m = parse_sim("+81 90-1234-5678").unwrap();
    assert_eq!(m.canonical(), "09012345678");
    assert_eq!(m.masked(), "090-****-5678");
    let i = parse_sim(&valid_iccid("898110012345678901")).unwrap();
    assert!(
        i.masked().starts_with("8981…"),
        "masked ICCID {}",
        i.masked()
    );
    assert!(
        !i.masked().contains("12345678"),
        "masked ICCID leaks digits: {}",
        i.masked()
    );
    // Hand-built values never make masking panic.
    assert_eq!(SimId::Msisdn("090".into()).masked(), "***");
    assert_eq!(SimId::Iccid("".into()).masked(), "****");
}

#[test]
fn every_error_names_a_sim_message_in_every_locale() {
    let errors = [
        SimIdError::Empty,
        SimIdError::InvalidCharacter {
            ch: 'x',
            position: 1,
        },
        SimIdError::TooShort {
            digits: 1,
            expected: 11,
        },
        SimIdError::TooLong {
            digits: 12,
            max: 11,
        },
        SimIdError::NotAMobileNumber {
            prefix: "03".into(),
        },
        SimIdError::MissingLeadingZero {
            digits: "9012345678".into(),
        },
        SimIdError::ForeignCountryCode { code: "1".into() },
        SimIdError::IccidPrefix { found: "12".into() },
        SimIdError::IccidCheckDigit {
            expected: 1,
            found: 2,
        },
    ];
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/locales");
    for lang in ["ja", "en", "zh-Hans", "zh-Hant", "ko"] {
        let ftl =
            std::fs::read_to_string(format!("{root}/{lang}/sim.ftl")).expect("sim.ftl exists");
        for e in &errors {
            let id = e.fluent_id();
            assert!(id.starts_with("sim-"), "{id} lacks the sim- prefix");
            assert!(
                ftl.lines().any(|l| l.starts_with(&format!("{id} ="))),
                "{lang}/sim.ftl lacks {id}"
            );
            for (arg, _) in e.fluent_args() {
                assert!(
                    ftl.contains(&format!("${arg}")),
                    "{lang}/sim.ftl never uses ${arg} ({id})"
                );
            }
        }
    }
}

#[test]
fn keypad_display_groups_digits_as_they_are_typed() {
    let cases = [
        ("", ""),
        ("0", "0"),
        ("090", "090"),
        ("0901", "090-1"),
        ("0901234", "090-1234"),
        ("09012345", "090-1234-5"),
        ("09012345678", "090-1234-5678"),
        ("090123456789", "0901 2345 6789"),
        ("89", "89"),
        ("89811", "8981 1"),
        ("8981100123456789012", "8981 1001 2345 6789 012"),
        ("090-12", "090-12"),
    ];
    for (typed, shown) in cases {
        assert_eq!(format_partial(typed), shown, "typed {typed:?}");
    }
}

#[test]
fn data_only_020_numbers_are_taken_only_where_a_carrier_sells_them() {
    let with_020 = NumberRules { data_020: true };
    let not_mobile = Err(SimIdError::NotAMobileNumber {
        prefix: "02".into(),
    });
    // By default (no carrier with 020 SIMs) a 020 number is refused as not mobile.
    assert_eq!(parse_sim("020-1234-5678"), not_mobile);
    assert_eq!(
        parse_sim_with("020-1234-5678", NumberRules::default()),
        not_mobile
    );
    // Allowed: national, international and without the leading 0 as for 090.
    assert_eq!(
        parse_sim_with("020-1234-5678", with_020),
        Ok(msisdn("02012345678"))
    );
    assert_eq!(
        parse_sim_with("+81 20-1234-5678", with_020),
        Ok(msisdn("02012345678"))
    );
    assert_eq!(
        parse_sim_with("20-1234-5678", with_020),
        Err(SimIdError::MissingLeadingZero {
            digits: "2012345678".into()
        })
    );
    // Still 11 digits, and still only 020: 021 and landlines stay refused.
    assert_eq!(
        parse_sim_with("020-1234-567", with_020),
        Err(SimIdError::TooShort {
            digits: 10,
            expected: 11
        })
    );
    assert_eq!(
        parse_sim_with("021-1234-5678", with_020),
        Err(SimIdError::NotAMobileNumber {
            prefix: "021".into()
        })
    );
    assert_eq!(
        parse_sim_with("03-1234-5678", with_020),
        Err(SimIdError::NotAMobileNumber {
            prefix: "03".into()
        })
    );
    // The rule does not change the usual mobile numbers.
    assert_eq!(
        parse_sim_with("090-1234-5678", with_020),
        Ok(msisdn("09012345678"))
    );
}
