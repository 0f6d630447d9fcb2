//! Pricing: multi-period tiers, promotions at their JST edges, best-of vs stackable, contained tax.

use chrono::{DateTime, TimeZone, Utc};
use simkiosk::domain::quote::{Discount, DiscountKind};
use simkiosk::domain::tax::{consumption_tax, contained_tax};
use simkiosk::domain::{
    Carrier, Catalogue, CatalogueError, DataAllowance, MultiPeriodTier, Names, Plan, Promotion,
    PromotionKind, QuoteError, Yen,
};

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, s)
        .single()
        .expect("valid test instant")
}

fn plan(id: &str, carrier: &str, price: i64, periods: &[u32]) -> Plan {
    Plan {
        id: id.into(),
        carrier_id: carrier.into(),
        name: Names::new([("en", id.to_uppercase())]),
        data: DataAllowance::Megabytes(3072),
        days: 30,
        price: Yen(price),
        periods: periods.to_vec(),
    }
}

fn carrier(id: &str) -> Carrier {
    Carrier {
        id: id.into(),
        name: id.into(),
        name_ja: None,
        data_carries_over: false,
        numbers_020: false,
    }
}

/// December 2026 in JST: 2026-12-01T00:00+09:00 (= 2026-11-30T15:00Z) up to 2027-01-01T00:00+09:00.
fn promo(id: &str, kind: PromotionKind, plans: Option<&[&str]>, stackable: bool) -> Promotion {
    Promotion {
        id: id.into(),
        name: Names::new([("en", id)]),
        kind,
        plans: plans.map(|p| p.iter().map(|s| s.to_string()).collect()),
        start: utc(2026, 11, 30, 15, 0, 0),
        end: utc(2026, 12, 31, 15, 0, 0),
        stackable,
    }
}

fn tiers() -> Vec<MultiPeriodTier> {
    vec![
        MultiPeriodTier {
            periods: 6,
            percent: 12,
        },
        MultiPeriodTier {
            periods: 2,
            percent: 5,
        },
        MultiPeriodTier {
            periods: 3,
            percent: 8,
        },
    ]
}

fn catalogue(promotions: Vec<Promotion>) -> Catalogue {
    Catalogue::new(
        vec![carrier("docomo"), carrier("au")],
        vec![
            plan("small", "docomo", 1980, &[1]),
            plan("big", "docomo", 5500, &[1, 2, 3, 4, 6]),
            plan("odd", "au", 1999, &[1, 2]),
        ],
        tiers(),
        promotions,
    )
    .expect("test catalogue is valid")
}

/// Before any promotion exists.
fn november() -> DateTime<Utc> {
    utc(2026, 11, 1, 3, 0, 0)
}

fn december() -> DateTime<Utc> {
    utc(2026, 12, 10, 3, 0, 0)
}

#[test]
fn contained_tax_is_truncated_and_computed_on_the_total() {
    for (total, tax) in [
        (1_980, 180),
        (5_000, 454),
        (1, 0),
        (0, 0),
        (10, 0),
        (11, 1),
        (110, 10),
        (3_300, 300),
        (12_144, 1_104),
        (1_000_000, 90_909),
        (-500, 0),
    ] {
        assert_eq!(
            consumption_tax(Yen(total)),
            Yen(tax),
            "tax contained in {total} yen"
        );
    }
    // The reduced 8 % rate, should a plan ever need it.
    assert_eq!(contained_tax(Yen(1_080), 8), Yen(80));
}

#[test]
fn one_month_without_promotion() {
    let q = catalogue(vec![]).quote("small", 1, november()).unwrap();
    assert_eq!(
        (q.carrier_id.as_str(), q.plan_id.as_str(), q.periods),
        ("docomo", "small", 1)
    );
    assert_eq!(
        (q.unit_price, q.subtotal, q.total),
        (Yen(1980), Yen(1980), Yen(1980))
    );
    assert!(
        q.discounts.is_empty(),
        "no discount expected: {:?}",
        q.discounts
    );
    assert_eq!((q.tax_contained, q.tax_rate_percent), (Yen(180), 10));
}

#[test]
fn multi_month_tiers() {
    let cat = catalogue(vec![]);
    let q = cat.quote("big", 3, november()).unwrap();
    assert_eq!(q.subtotal, Yen(16_500));
    assert_eq!(
        q.discounts,
        vec![Discount {
            kind: DiscountKind::MultiPeriod {
                periods: 3,
                percent: 8
            },
            amount: Yen(1_320)
        }]
    );
    assert_eq!((q.total, q.tax_contained), (Yen(15_180), Yen(1_380)));

    let q6 = cat.quote("big", 6, november()).unwrap();
    assert_eq!((q6.subtotal, q6.total), (Yen(33_000), Yen(29_040)));

    // 4 periods fall back to the largest tier not above them: 3 periods, 8 %.
    let q4 = cat.quote("big", 4, november()).unwrap();
    assert_eq!(
        q4.discounts[0].kind,
        DiscountKind::MultiPeriod {
            periods: 3,
            percent: 8
        }
    );
    assert_eq!(q4.total, Yen(22_000 - 1_760));
}

#[test]
fn percentage_discounts_round_in_the_customers_favour() {
    // 2 x 1,999 = 3,998; 5 % = 199.9 -> 200 off (rounded up), total 3,798.
    let q = catalogue(vec![]).quote("odd", 2, november()).unwrap();
    assert_eq!(q.discounts[0].amount, Yen(200));
    assert_eq!((q.total, q.tax_contained), (Yen(3_798), Yen(345)));
}

#[test]
fn promotion_window_edges_in_jst() {
    let cat = catalogue(vec![promo("dec", PromotionKind::Percent(10), None, false)]);
    let discounted = |now| cat.quote("big", 1, now).unwrap().total == Yen(4_950);
    // Start: 2026-12-01 00:00:00 JST = 2026-11-30 15:00:00 UTC (inclusive).
    assert!(
        !discounted(utc(2026, 11, 30, 14, 59, 59)),
        "one second before the JST start"
    );
    assert!(
        discounted(utc(2026, 11, 30, 15, 0, 0)),
        "exactly at the JST start"
    );
    assert!(
        discounted(utc(2026, 11, 30, 15, 0, 1)),
        "one second after the JST start"
    );
    // End: 2027-01-01 00:00:00 JST = 2026-12-31 15:00:00 UTC (exclusive).
    assert!(
        discounted(utc(2026, 12, 31, 14, 59, 59)),
        "one second before the JST end"
    );
    assert!(
        !discounted(utc(2026, 12, 31, 15, 0, 0)),
        "exactly at the JST end"
    );
    assert!(
        !discounted(utc(2026, 12, 31, 15, 0, 1)),
        "one second after the JST end"
    );
    // The UTC date alone would be wrong: 2026-11-30 20:00 UTC is already December in Japan.
    assert!(discounted(utc(2026, 11, 30, 20, 0, 0)));
}

#[test]
fn only_the_best_promotion_applies_by_default() {
    let cat = catalogue(vec![
        promo("ten-percent", PromotionKind::Percent(10), None, false),
        promo("yen-300", PromotionKind::Fixed(Yen(300)), None, false),
    ]);
    // On 5,500 yen, 10 % (550) beats 300 yen.
    let q = cat.quote("big", 1, december()).unwrap();
    let ids: Vec<_> = q.discounts.iter().map(|d| d.kind.clone()).collect();
    assert_eq!(
        ids,
        vec![DiscountKind::Promotion {
            promotion_id: "ten-percent".into()
        }]
    );
    assert_eq!(q.total, Yen(4_950));
    // On 1,980 yen, 300 yen beats 10 % (198).
    let q = cat.quote("small", 1, december()).unwrap();
    assert_eq!(
        q.discounts,
        vec![Discount {
            kind: DiscountKind::Promotion {
                promotion_id: "yen-300".into()
            },
            amount: Yen(300)
        }]
    );
    assert_eq!((q.total, q.tax_contained), (Yen(1_680), Yen(152)));
}

#[test]
fn equal_promotions_go_to_the_first_in_the_catalogue() {
    let cat = catalogue(vec![
        promo("first", PromotionKind::Fixed(Yen(550)), None, false),
        promo("second", PromotionKind::Percent(10), None, false),
    ]);
    let q = cat.quote("big", 1, december()).unwrap();
    assert_eq!(
        q.discounts[0].kind,
        DiscountKind::Promotion {
            promotion_id: "first".into()
        }
    );
}

#[test]
fn stackable_promotions_apply_after_tier_and_best() {
    let cat = catalogue(vec![
        promo("ten-percent", PromotionKind::Percent(10), None, false),
        promo("yen-100", PromotionKind::Fixed(Yen(100)), None, false),
        promo(
            "bonus-200",
            PromotionKind::Fixed(Yen(200)),
            Some(&["big"]),
            true,
        ),
    ]);
    // 2 x 5,500 = 11,000; tier 5 % = 550 -> 10,450; best 10 % = 1,045 -> 9,405; stack 200 -> 9,205.
    let q = cat.quote("big", 2, december()).unwrap();
    let amounts: Vec<_> = q.discounts.iter().map(|d| d.amount.0).collect();
    assert_eq!(amounts, vec![550, 1_045, 200]);
    assert_eq!(
        q.discounts[2].kind,
        DiscountKind::Promotion {
            promotion_id: "bonus-200".into()
        }
    );
    assert_eq!((q.total, q.tax_contained), (Yen(9_205), Yen(836)));
    // The stackable one is limited to "big".
    let small = cat.quote("small", 1, december()).unwrap();
    assert_eq!(small.discounts.len(), 1, "{:?}", small.discounts);
}

#[test]
fn the_total_is_never_negative() {
    let cat = catalogue(vec![
        promo("huge", PromotionKind::Fixed(Yen(10_000)), None, false),
        promo("more", PromotionKind::Fixed(Yen(500)), None, true),
    ]);
    let q = cat.quote("small", 1, december()).unwrap();
    assert_eq!((q.total, q.tax_contained), (Yen(0), Yen(0)));
    let amounts: Vec<_> = q.discounts.iter().map(|d| d.amount.0).collect();
    assert_eq!(
        amounts,
        vec![1_980, 0],
        "discounts never exceed what is left"
    );
}

#[test]
fn unknown_plans_and_period_counts_are_errors() {
    let cat = catalogue(vec![]);
    assert_eq!(
        cat.quote("nope", 1, december()),
        Err(QuoteError::UnknownPlan {
            plan_id: "nope".into()
        })
    );
    assert_eq!(
        cat.quote("small", 3, december()),
        Err(QuoteError::PeriodsNotAllowed {
            plan_id: "small".into(),
            periods: 3,
            allowed: vec![1]
        })
    );
}

#[test]
fn lookups_for_the_ui() {
    let cat = catalogue(vec![
        promo("dec-big", PromotionKind::Percent(10), Some(&["big"]), false),
        promo("dec-all", PromotionKind::Fixed(Yen(100)), None, true),
    ]);
    let docomo: Vec<_> = cat.plans_for("docomo").map(|p| p.id.as_str()).collect();
    assert_eq!(docomo, ["small", "big"]);
    assert_eq!(cat.plans_for("softbank").count(), 0);
    assert_eq!(cat.plan("odd").map(|p| p.price), Some(Yen(1999)));
    assert!(cat.plan("missing").is_none());
    let badges: Vec<_> = cat
        .active_promotions("big", december())
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(badges, ["dec-big", "dec-all"]);
    let badges: Vec<_> = cat
        .active_promotions("small", december())
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(badges, ["dec-all"]);
    assert_eq!(cat.active_promotions("big", november()).count(), 0);
    assert_eq!(
        cat.tiers().iter().map(|t| t.periods).collect::<Vec<_>>(),
        [2, 3, 6],
        "tiers sorted"
    );
}

#[test]
fn inconsistent_catalogues_are_rejected_with_every_reason() {
    let mut bad_promo = promo("p", PromotionKind::Percent(10), Some(&["ghost"]), false);
    bad_promo.end = bad_promo.start;
    let errors = Catalogue::new(
        vec![carrier("docomo"), carrier("docomo")],
        vec![
            plan("a", "kddi", 0, &[]),
            Plan {
                days: 31,
                ..plan("b", "docomo", 100, &[1])
            },
        ],
        vec![MultiPeriodTier {
            periods: 1,
            percent: 5,
        }],
        vec![bad_promo],
    )
    .unwrap_err();
    let has = |e: &CatalogueError| errors.contains(e);
    assert!(
        has(&CatalogueError::DuplicateId {
            what: "carrier",
            id: "docomo".into()
        }),
        "{errors:?}"
    );
    assert!(has(&CatalogueError::UnknownCarrier {
        plan_id: "a".into(),
        carrier_id: "kddi".into()
    }));
    assert!(has(&CatalogueError::UnknownPlan {
        promotion_id: "p".into(),
        plan_id: "ghost".into()
    }));
    assert_eq!(errors.len(), 8, "every problem is reported: {errors:#?}");
}
