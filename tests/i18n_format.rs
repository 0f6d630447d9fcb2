//! Per-language formatting, checked literally for every language.

use chrono::{DateTime, NaiveDate};
use simkiosk::domain::money::Yen;
use simkiosk::i18n::{Lang, Localizer, clean_for_print};

fn l10n() -> Localizer {
    Localizer::embedded().expect("the embedded locales load")
}

/// U+00A0: prices, units and percentages never break from their number.
const NB: &str = "\u{A0}";

/// One expectation per language, in [`Lang::ALL`]'s order (a new language must add its line).
fn each(expected: [(Lang, &str); 11], f: impl Fn(Lang) -> String) {
    assert_eq!(
        expected.map(|(l, _)| l),
        Lang::ALL,
        "one expectation per language, in Lang::ALL's order"
    );
    for (lang, want) in expected {
        assert_eq!(f(lang), want.replace('~', NB), "{}", lang.tag());
    }
}

#[test]
fn yen_as_on_a_price_tag_following_cldr_for_each_locale() {
    let l = l10n();
    each(
        [
            (Lang::Ja, "1,980円"),
            (Lang::En, "¥1,980"),
            (Lang::ZhHans, "1,980日元"),
            (Lang::ZhHant, "1,980日圓"),
            (Lang::Ko, "1,980엔"),
            (Lang::Th, "¥1,980"),
            (Lang::Vi, "1.980~¥"),
            (Lang::Id, "¥1.980"),
            (Lang::Es, "1980~¥"),
            (Lang::Fr, "1~980~¥"),
            (Lang::De, "1.980~¥"),
        ],
        |lang| l.yen(lang, Yen(1980)),
    );
}

#[test]
fn yen_discounts_put_the_sign_first() {
    let l = l10n();
    each(
        [
            (Lang::Ja, "-200円"),
            (Lang::En, "-¥200"),
            (Lang::ZhHans, "-200日元"),
            (Lang::ZhHant, "-200日圓"),
            (Lang::Ko, "-200엔"),
            (Lang::Th, "-¥200"),
            (Lang::Vi, "-200~¥"),
            (Lang::Id, "-¥200"),
            (Lang::Es, "-200~¥"),
            (Lang::Fr, "-200~¥"),
            (Lang::De, "-200~¥"),
        ],
        |lang| l.yen(lang, Yen(-200)),
    );
}

#[test]
fn yen_groups_large_and_small_amounts() {
    let l = l10n();
    assert_eq!(l.yen(Lang::Ja, Yen(0)), "0円");
    assert_eq!(l.yen(Lang::En, Yen(980)), "¥980");
    assert_eq!(l.yen(Lang::En, Yen(1_234_567)), "¥1,234,567");
    assert_eq!(l.yen(Lang::Ko, Yen(-12_000)), "-12,000엔");
    assert_eq!(
        l.yen(Lang::Es, Yen(12_000)),
        format!("12.000{NB}¥"),
        "Spanish groups from five digits"
    );
    assert_eq!(l.yen(Lang::De, Yen(-12_000)), format!("-12.000{NB}¥"));
    assert_eq!(l.yen(Lang::Fr, Yen(0)), format!("0{NB}¥"));
    assert_eq!(
        l.yen(Lang::Ja, Yen(i64::MIN)),
        "-9,223,372,036,854,775,808円"
    );
}

#[test]
fn dates() {
    let l = l10n();
    let d = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    each(
        [
            (Lang::Ja, "2026年11月25日"),
            (Lang::En, "Nov 25, 2026"),
            (Lang::ZhHans, "2026年11月25日"),
            (Lang::ZhHant, "2026年11月25日"),
            (Lang::Ko, "2026년 11월 25일"),
            (Lang::Th, "25 พ.ย. 2026"),
            (Lang::Vi, "25/11/2026"),
            (Lang::Id, "25 Nov 2026"),
            (Lang::Es, "25 nov 2026"),
            (Lang::Fr, "25 nov. 2026"),
            (Lang::De, "25.11.2026"),
        ],
        |lang| l.date(lang, d),
    );
}

#[test]
fn receipt_date_times_are_in_japan_time() {
    let l = l10n();
    // 05:05 UTC is 14:05 JST the same day.
    let at = DateTime::parse_from_rfc3339("2026-11-25T05:05:00Z").unwrap();
    each(
        [
            (Lang::Ja, "2026年11月25日 14:05"),
            (Lang::En, "Nov 25, 2026, 2:05 PM"),
            (Lang::ZhHans, "2026年11月25日 14:05"),
            (Lang::ZhHant, "2026年11月25日 下午2:05"),
            (Lang::Ko, "2026년 11월 25일 오후 2:05"),
            (Lang::Th, "25 พ.ย. 2026 14:05"),
            (Lang::Vi, "14:05 25/11/2026"),
            (Lang::Id, "25 Nov 2026, 14.05"),
            (Lang::Es, "25 nov 2026, 14:05"),
            (Lang::Fr, "25 nov. 2026, 14:05"),
            (Lang::De, "25.11.2026, 14:05"),
        ],
        |lang| clean_for_print(&l.date_time(lang, at)),
    );
    assert_eq!(
        l.date_time(Lang::En, at),
        "Nov 25, 2026, 2:05\u{00A0}PM",
        "no U+202F: the fonts lack it"
    );
    // 20:30 UTC on the 24th is already the 25th in Japan.
    let late = DateTime::parse_from_rfc3339("2026-11-24T20:30:00+00:00").unwrap();
    assert_eq!(l.date_time(Lang::Ja, late), "2026年11月25日 5:30");
}

#[test]
fn data_amounts() {
    let l = l10n();
    each(
        [
            (Lang::Ja, "3GB"),
            (Lang::En, "3 GB"),
            (Lang::ZhHans, "3 GB"),
            (Lang::ZhHant, "3 GB"),
            (Lang::Ko, "3GB"),
            (Lang::Th, "3~GB"),
            (Lang::Vi, "3~GB"),
            (Lang::Id, "3~GB"),
            (Lang::Es, "3~GB"),
            (Lang::Fr, "3~Go"),
            (Lang::De, "3~GB"),
        ],
        |lang| l.data_amount(lang, Some(3072)),
    );
    each(
        [
            (Lang::Ja, "500MB"),
            (Lang::En, "500 MB"),
            (Lang::ZhHans, "500 MB"),
            (Lang::ZhHant, "500 MB"),
            (Lang::Ko, "500MB"),
            (Lang::Th, "500~MB"),
            (Lang::Vi, "500~MB"),
            (Lang::Id, "500~MB"),
            (Lang::Es, "500~MB"),
            (Lang::Fr, "500~Mo"),
            (Lang::De, "500~MB"),
        ],
        |lang| l.data_amount(lang, Some(500)),
    );
    each(
        [
            (Lang::Ja, "無制限"),
            (Lang::En, "Unlimited"),
            (Lang::ZhHans, "不限流量"),
            (Lang::ZhHant, "無限流量"),
            (Lang::Ko, "무제한"),
            (Lang::Th, "ไม่จำกัด"),
            (Lang::Vi, "Không giới hạn"),
            (Lang::Id, "Tanpa batas"),
            (Lang::Es, "Ilimitado"),
            (Lang::Fr, "Illimité"),
            (Lang::De, "Unbegrenzt"),
        ],
        |lang| l.data_amount(lang, None),
    );
    assert_eq!(
        l.data_amount(Lang::En, Some(3000)),
        "3 GB",
        "decimal gigabytes"
    );
    assert_eq!(l.data_amount(Lang::En, Some(1536)), "1.5 GB");
    assert_eq!(l.data_amount(Lang::Th, Some(1536)), format!("1.5{NB}GB"));
    assert_eq!(
        l.data_amount(Lang::De, Some(1536)),
        format!("1,5{NB}GB"),
        "decimal comma"
    );
    assert_eq!(l.data_amount(Lang::Fr, Some(1536)), format!("1,5{NB}Go"));
    assert_eq!(l.data_amount(Lang::Vi, Some(1536)), format!("1,5{NB}GB"));
    assert_eq!(l.data_amount(Lang::En, Some(20480)), "20 GB");
    assert_eq!(
        l.data_amount(Lang::En, Some(2040)),
        "2 GB",
        "2040 MB rounds to 2.0, shown whole"
    );
    assert_eq!(l.data_amount(Lang::En, Some(0)), "0 MB");
    assert_eq!(l.data_amount(Lang::Ja, Some(999)), "999MB");
    assert_eq!(
        l.data_amount(Lang::En, Some(1023)),
        "1 GB",
        "1023 MB rounds to 1.0"
    );
    assert_eq!(
        l.data_amount(Lang::En, Some(u64::MAX)),
        "18,014,398,509,481,984 GB",
        "no overflow at the top of the range"
    );
}

#[test]
fn plurals_of_days() {
    let l = l10n();
    let days = |lang, n: i64| l.text_with(lang, "common-days", &[("count", n.into())]);
    assert_eq!(days(Lang::En, 1), "1 day");
    assert_eq!(days(Lang::En, 7), "7 days");
    assert_eq!(days(Lang::De, 1), "1 Tag");
    assert_eq!(days(Lang::Es, 1), "1 día");
    assert_eq!(days(Lang::Fr, 0), "0 jour", "French: 0 is singular");
    assert_eq!(days(Lang::Fr, 1), "1 jour");
    assert_eq!(days(Lang::Fr, 2), "2 jours");
    each(
        [
            (Lang::Ja, "30日間"),
            (Lang::En, "30 days"),
            (Lang::ZhHans, "30天"),
            (Lang::ZhHant, "30天"),
            (Lang::Ko, "30일"),
            (Lang::Th, "30 วัน"),
            (Lang::Vi, "30 ngày"),
            (Lang::Id, "30 hari"),
            (Lang::Es, "30 días"),
            (Lang::Fr, "30 jours"),
            (Lang::De, "30 Tage"),
        ],
        |lang| days(lang, 30),
    );
}

#[test]
fn several_periods_say_count_days_and_total() {
    let l = l10n();
    let periods = |lang| {
        l.text_with(
            lang,
            "common-periods",
            &[
                ("count", 2.into()),
                ("days", 15.into()),
                ("total", 30.into()),
            ],
        )
    };
    each(
        [
            (Lang::Ja, "2回分（計30日間）"),
            (Lang::En, "2 × 15 days (30 days)"),
            (Lang::ZhHans, "2份（共30天）"),
            (Lang::ZhHant, "2期（共30天）"),
            (Lang::Ko, "2회분(총 30일)"),
            (Lang::Th, "2 รอบ × 15 วัน (รวม 30 วัน)"),
            (Lang::Vi, "2 kỳ × 15 ngày (30 ngày)"),
            (Lang::Id, "2 × 15 hari (30 hari)"),
            (Lang::Es, "2 × 15 días (30 días)"),
            (Lang::Fr, "2 × 15 jours (30 jours)"),
            (Lang::De, "2 × 15 Tage (30 Tage)"),
        ],
        periods,
    );
}

#[test]
fn numbers_are_grouped() {
    let l = l10n();
    each(
        [
            (Lang::Ja, "1,234,567"),
            (Lang::En, "1,234,567"),
            (Lang::ZhHans, "1,234,567"),
            (Lang::ZhHant, "1,234,567"),
            (Lang::Ko, "1,234,567"),
            (Lang::Th, "1,234,567"),
            (Lang::Vi, "1.234.567"),
            (Lang::Id, "1.234.567"),
            (Lang::Es, "1.234.567"),
            (Lang::Fr, "1~234~567"),
            (Lang::De, "1.234.567"),
        ],
        |lang| l.number(lang, 1_234_567),
    );
    assert_eq!(
        l.number(Lang::Es, 1980),
        "1980",
        "Spanish: no group of four digits"
    );
    assert_eq!(l.number(Lang::En, -5), "-5");
}

#[test]
fn clean_for_print_strips_isolation_and_odd_spaces() {
    assert_eq!(clean_for_print("\u{2068}¥1,980\u{2069}"), "¥1,980");
    assert_eq!(clean_for_print("2:05\u{202F}PM"), "2:05 PM");
    assert_eq!(clean_for_print("a\u{00A0}b\u{2009}c"), "a b c");
    assert_eq!(clean_for_print("日本語 text"), "日本語 text");
}

#[test]
fn outputs_carry_no_isolation_marks() {
    let l = l10n();
    for lang in Lang::ALL {
        let s = l.yen(lang, Yen(1980)) + &l.data_amount(lang, Some(3072));
        assert!(
            !s.contains(['\u{2068}', '\u{2069}']),
            "{}: {s:?}",
            lang.tag()
        );
    }
}
