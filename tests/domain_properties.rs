//! Properties over many generated inputs: SIM parsing never panics and round-trips; quotes keep
//! their arithmetic invariants whatever the promotions.

use chrono::{TimeZone, Utc};
use proptest::prelude::*;
use simkiosk::domain::sim::luhn_check_digit;
use simkiosk::domain::{
    Carrier, Catalogue, DataAllowance, MultiPeriodTier, Names, Plan, Promotion, PromotionKind,
    SimId, SimIdError, Yen, format_partial, parse_sim,
};

proptest! {
    #[test]
    fn parse_sim_never_panics(input in any::<String>()) {
        let _ = parse_sim(&input);
    }

    #[test]
    fn mobile_numbers_parse_in_every_spelling(prefix in prop::sample::select(vec!["070", "080", "090"]), rest in "[0-9]{8}") {
        let canonical = format!("{prefix}{rest}");
        let spellings = [
            canonical.clone(),
            format!("{prefix}-{}-{}", &rest[..4], &rest[4..]),
            format!("+81 {}-{}-{}", &prefix[1..], &rest[..4], &rest[4..]),
            format!("81{}{rest}", &prefix[1..]),
            format_partial(&canonical),
        ];
        for s in spellings {
            prop_assert_eq!(parse_sim(&s), Ok(SimId::Msisdn(canonical.clone())), "spelling {}", s);
        }
    }

    #[test]
    fn iccids_with_their_luhn_digit_parse_and_any_other_digit_fails(body in "89[0-9]{16,17}", wrong in 1u8..10) {
        let good = luhn_check_digit(&body);
        let iccid = format!("{body}{good}");
        prop_assert_eq!(parse_sim(&format_partial(&iccid)), Ok(SimId::Iccid(iccid.clone())));
        let bad = (good + wrong) % 10;
        prop_assert_eq!(
            parse_sim(&format!("{body}{bad}")),
            Err(SimIdError::IccidCheckDigit { expected: good, found: bad })
        );
    }

    #[test]
    fn format_partial_only_adds_separators(digits in "[0-9]{0,22}") {
        let shown = format_partial(&digits);
        let back: String = shown.chars().filter(char::is_ascii_digit).collect();
        prop_assert_eq!(back, digits);
    }

    #[test]
    fn quotes_keep_their_invariants(
        price in 1i64..200_000,
        months in 1u32..=6,
        tier_percent in 1u32..=99,
        promos in prop::collection::vec((any::<bool>(), 1i64..30_000, any::<bool>()), 0..4),
    ) {
        let start = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let end = Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap();
        let promotions = promos
            .iter()
            .enumerate()
            .map(|(i, &(percent, amount, stackable))| Promotion {
                id: format!("p{i}"),
                name: Names::new([("en", format!("p{i}"))]),
                kind: if percent { PromotionKind::Percent((amount % 99 + 1) as u32) } else { PromotionKind::Fixed(Yen(amount)) },
                plans: None,
                start,
                end,
                stackable,
            })
            .collect();
        let cat = Catalogue::new(
            vec![Carrier { id: "c".into(), name: "C".into(), name_ja: None, data_carries_over: false, numbers_020: false }],
            vec![Plan {
                id: "p".into(),
                carrier_id: "c".into(),
                name: Names::new([("en", "P")]),
                data: DataAllowance::Unlimited,
                days: 30,
                price: Yen(price),
                periods: (1..=6).collect(),
            }],
            vec![MultiPeriodTier { periods: 2, percent: tier_percent }],
            promotions,
        )
        .unwrap();
        let q = cat.quote("p", months, Utc.with_ymd_and_hms(2026, 6, 1, 0, 0, 0).unwrap()).unwrap();
        prop_assert_eq!(q.subtotal, Yen(price * i64::from(months)));
        prop_assert!(q.total >= Yen::ZERO && q.total <= q.subtotal, "total {:?}", q.total);
        let discounted: i64 = q.discounts.iter().map(|d| d.amount.0).sum();
        prop_assert_eq!(q.subtotal.0 - discounted, q.total.0, "discounts add up");
        prop_assert!(q.discounts.iter().all(|d| d.amount.0 >= 0));
        prop_assert_eq!(q.tax_contained.0, q.total.0 * 10 / 110);
        let non_stackable = q.discounts.iter().filter(|d| matches!(&d.kind, simkiosk::domain::DiscountKind::Promotion { promotion_id } if !promos[promotion_id[1..].parse::<usize>().unwrap()].2)).count();
        prop_assert!(non_stackable <= 1, "at most one non-stackable promotion applies");
    }
}
