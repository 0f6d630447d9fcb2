//! Periods, not months: a quote for n periods of a plan buys `days × n` days, and quotes stored
//! in journals before the rename (`months`, `MultiMonth`) still read.

use simkiosk::config::Config;
use simkiosk::domain::Quote;
use simkiosk::domain::quote::DiscountKind;

fn shipped() -> Config {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk.toml");
    Config::load(path).unwrap_or_else(|e| panic!("shipped kiosk.toml rejected:\n{e}"))
}

#[test]
fn two_periods_of_a_15_day_plan_buy_30_days_with_the_multi_period_discount() {
    let c = shipped();
    let cat = c.catalogue();
    let plan = cat.plan("docomo-15d-10gb").expect("docomo 15-day plan");
    // Before any promotion window of the shipped file.
    let at = chrono::DateTime::parse_from_rfc3339("2026-06-01T00:00:00+09:00")
        .expect("valid instant")
        .with_timezone(&chrono::Utc);
    let q = cat.quote(&plan.id, 2, at).expect("2 periods are on offer");
    assert_eq!(q.periods, 2);
    assert_eq!(q.total_days(plan.days), 30, "2 × 15 days");
    assert!(
        matches!(
            q.discounts.first().map(|d| &d.kind),
            Some(DiscountKind::MultiPeriod {
                periods: 2,
                percent: 5
            })
        ),
        "the tier for buying 2 periods at once: {:?}",
        q.discounts
    );
}

#[test]
fn a_quote_stored_before_the_rename_still_reads() {
    let stored = r#"{"carrier_id":"docomo","plan_id":"docomo-30d-20gb","months":3,
        "unit_price":4400,"subtotal":13200,
        "discounts":[{"kind":{"MultiMonth":{"months":3,"percent":8}},"amount":1056}],
        "total":12144,"tax_contained":1104,"tax_rate_percent":10}"#;
    let q: Quote = serde_json::from_str(stored).expect("a journaled quote reads");
    assert_eq!(q.periods, 3);
    assert_eq!(
        q.discounts[0].kind,
        DiscountKind::MultiPeriod {
            periods: 3,
            percent: 8
        }
    );
    let again = serde_json::to_string(&q).expect("serialises");
    assert!(
        again.contains(r#""months":3"#) && again.contains("MultiMonth"),
        "the persisted names stay, so older readers still understand new rows: {again}"
    );
}
