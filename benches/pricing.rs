//! Quoting a plan with a multi-month tier and promotions (best-of + stackable), and parsing the
//! shipped kiosk.toml. Run: `cargo bench --no-default-features --bench pricing`.

use chrono::{TimeZone, Utc};
use criterion::{Criterion, black_box, criterion_group, criterion_main};
use simkiosk::config::Config;
use simkiosk::domain::{Catalogue, Names, Promotion, PromotionKind, Yen};

const KIOSK_TOML: &str = include_str!("../kiosk.toml");

/// The shipped catalogue plus two competing promotions and a stackable one, all active.
fn catalogue() -> Catalogue {
    let config = Config::from_str(KIOSK_TOML, "kiosk.toml").expect("shipped kiosk.toml loads");
    let c = config.catalogue();
    let start = Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap();
    let end = Utc.with_ymd_and_hms(2027, 2, 1, 0, 0, 0).unwrap();
    let extra = |id: &str, kind, stackable| Promotion {
        id: id.into(),
        name: Names::new([("en", id)]),
        kind,
        plans: None,
        start,
        end,
        stackable,
    };
    let mut promotions = c.promotions().to_vec();
    promotions.push(extra("yen-500", PromotionKind::Fixed(Yen(500)), false));
    promotions.push(extra("bonus-100", PromotionKind::Fixed(Yen(100)), true));
    Catalogue::new(
        c.carriers().to_vec(),
        c.plans().to_vec(),
        c.tiers().to_vec(),
        promotions,
    )
    .expect("bench catalogue is valid")
}

fn bench(c: &mut Criterion) {
    let cat = catalogue();
    let now = Utc.with_ymd_and_hms(2026, 12, 10, 3, 0, 0).unwrap();
    c.bench_function("quote 6 periods, tier + 3 active promotions", |b| {
        b.iter(|| {
            cat.quote(
                black_box("docomo-30d-unlimited"),
                black_box(6),
                black_box(now),
            )
            .unwrap()
        })
    });
    c.bench_function("load kiosk.toml (parse + validate)", |b| {
        b.iter(|| Config::from_str(black_box(KIOSK_TOML), "kiosk.toml").unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
