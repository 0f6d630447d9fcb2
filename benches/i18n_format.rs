//! Cost of loading the locales and of the per-frame formatting calls the UI makes.
//! `cargo bench --bench i18n_format` (docs/PERFORMANCE.md)

use chrono::{DateTime, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use simkiosk::domain::money::Yen;
use simkiosk::i18n::{Lang, Localizer};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    c.bench_function("i18n/load_embedded", |b| {
        b.iter(|| Localizer::embedded().unwrap())
    });
    let l = Localizer::embedded().unwrap();
    c.bench_function("i18n/text", |b| {
        b.iter(|| l.text(black_box(Lang::Ja), black_box("common-data-unlimited")))
    });
    c.bench_function("i18n/text_with_plural", |b| {
        b.iter(|| l.text_with(black_box(Lang::En), "common-days", &[("count", 7.into())]))
    });
    c.bench_function("i18n/yen", |b| {
        b.iter(|| l.yen(black_box(Lang::Ja), black_box(Yen(1980))))
    });
    // What a screen gets: Thai segmented between words (the longest customer message), Korean
    // joined within words (docs/PERFORMANCE.md, "line breaks").
    let display = l.for_display();
    c.bench_function("i18n/text_for_display_thai_longest", |b| {
        b.iter(|| display.text(black_box(Lang::Th), black_box("ui-receipt-paper-out")))
    });
    c.bench_function("i18n/text_for_display_korean", |b| {
        b.iter(|| display.text(black_box(Lang::Ko), black_box("ui-receipt-paper-out")))
    });
    let d = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    c.bench_function("i18n/date", |b| {
        b.iter(|| l.date(black_box(Lang::Ko), black_box(d)))
    });
    let at = DateTime::parse_from_rfc3339("2026-11-25T05:05:00Z").unwrap();
    c.bench_function("i18n/date_time", |b| {
        b.iter(|| l.date_time(black_box(Lang::En), black_box(at)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
