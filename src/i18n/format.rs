//! Per-locale yen amounts, dates and data allowances (ICU4X for digits and dates, Fluent for words).
//!
//! Price tags, as a reader of each language expects them on a kiosk in Japan:
//! - ja `1,980円`, en `¥1,980`, ko `1,980엔`;
//! - zh-Hans `1,980日元` and zh-Hant `1,980日圓`: to a Chinese reader `¥` means renminbi, so the
//!   currency is spelled out as on Japanese shops' Chinese price lists;
//! - the others as CLDR places the symbol for the locale, with yen's 0 decimals: th `¥1,980`,
//!   id `¥1.980`, vi and de `1.980 ¥`, es `1980 ¥` (Spanish groups only from 10,000:
//!   `12.000 ¥`), fr `1 980 ¥` (no-break spaces).
//!
//! Discounts put an ASCII `-` before the whole amount (`-¥200`, `-200円`): it survives every
//! printer code page, where U+2212 does not. Where the sign and unit go is up to each language's
//! `common-yen` message; this module supplies the grouped digits.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};
use fixed_decimal::Decimal;
use fluent_bundle::FluentValue;
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_datetime::input::{DateTime as IcuDateTime, Time};
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;

use super::{Lang, Localizer};
use crate::domain::money::Yen;

/// Japan Standard Time, UTC+9 (no daylight saving): receipts show the shop's local time.
const JST_SECONDS: i32 = 9 * 3600;

impl Localizer {
    /// A price: `1,980円` (ja), `¥1,980` (en), `1,980日元` (zh-Hans), `1,980日圓` (zh-Hant),
    /// `1,980엔` (ko); negative for a discount (`-¥200`).
    pub fn yen(&self, lang: Lang, amount: Yen) -> String {
        let digits = group_integer(lang, amount.value().unsigned_abs());
        let sign = if amount.value() < 0 { "-" } else { "" };
        self.text_with(
            lang,
            "common-yen",
            &[
                ("sign", FluentValue::from(sign)),
                ("amount", FluentValue::from(digits)),
            ],
        )
    }

    /// A calendar date: `2026年11月25日`, `Nov 25, 2026`, `2026년 11월 25일`, `25.11.2026`.
    pub fn date(&self, lang: Lang, date: NaiveDate) -> String {
        let Some(d) = icu_date(date) else {
            return date.format("%Y-%m-%d").to_string();
        };
        match FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(
            locale(lang).into(),
            date_fields(lang),
        ) {
            Ok(f) => for_display(f.format(&d).to_string()),
            Err(e) => {
                tracing::warn!(lang = lang.tag(), error = %e, "i18n: no date format; using ISO 8601");
                date.format("%Y-%m-%d").to_string()
            }
        }
    }

    /// Date and time in Japan Standard Time, for receipts: `2026年11月25日 14:05`,
    /// `Nov 25, 2026, 2:05 PM` (a no-break space before PM; printers want [`clean_for_print`]).
    pub fn date_time(&self, lang: Lang, at: DateTime<FixedOffset>) -> String {
        let jst = FixedOffset::east_opt(JST_SECONDS)
            .map(|o| at.with_timezone(&o))
            .unwrap_or(at);
        let fallback = || jst.format("%Y-%m-%d %H:%M").to_string();
        let (Some(date), Ok(time)) = (
            icu_date(jst.date_naive()),
            Time::try_new(jst.hour() as u8, jst.minute() as u8, 0, 0),
        ) else {
            return fallback();
        };
        let fset = date_fields(lang).with_time_hm();
        match FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale(lang).into(), fset) {
            Ok(f) => for_display(f.format(&IcuDateTime { date, time }).to_string()),
            Err(e) => {
                tracing::warn!(lang = lang.tag(), error = %e, "i18n: no date-time format; using ISO 8601");
                fallback()
            }
        }
    }

    /// A data allowance given in MB: `500 MB`, `3 GB`, `1.5 GB`, or the language's "unlimited".
    ///
    /// Catalogues write gigabytes either as multiples of 1,024 MB (carriers' convention) or of
    /// 1,000 MB; both show as whole GB. Other amounts of 1,000 MB and more show one decimal of
    /// 1,024-MB gigabytes.
    pub fn data_amount(&self, lang: Lang, mb: Option<u64>) -> String {
        let Some(mb) = mb else {
            return self.text(lang, "common-data-unlimited");
        };
        if mb < 1000 {
            return self.text_with(
                lang,
                "common-data-mb",
                &[("amount", group_integer(lang, mb).into())],
            );
        }
        let amount = if mb.is_multiple_of(1024) {
            group_integer(lang, mb / 1024)
        } else if mb.is_multiple_of(1000) {
            group_integer(lang, mb / 1000)
        } else {
            // Tenths of a GB, rounded half up (in u128: no overflow for any u64).
            let tenths = ((u128::from(mb) * 10 + 512) / 1024) as u64;
            if tenths.is_multiple_of(10) {
                group_integer(lang, tenths / 10)
            } else {
                let mut d = Decimal::from(tenths);
                d.multiply_pow10(-1);
                format_decimal(lang, &d)
            }
        };
        self.text_with(lang, "common-data-gb", &[("amount", amount.into())])
    }

    /// An integer with the locale's grouping (`1,980`), for messages that take a plain number.
    pub fn number(&self, lang: Lang, n: i64) -> String {
        format_decimal(lang, &Decimal::from(n))
    }
}

/// Text meant for a receipt printer or a legacy code page: drops bidi isolation and direction
/// marks and turns the narrow, no-break and thin spaces ICU emits into plain spaces.
pub fn clean_for_print(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'))
        .map(|c| match c {
            '\u{202F}' | '\u{00A0}' | '\u{2009}' => ' ',
            c => c,
        })
        .collect()
}

/// ICU puts U+202F (narrow no-break space) before "PM" and may use U+2009; Noto Sans CJK has
/// neither glyph, so they become U+00A0, which it has and which still does not break.
fn for_display(s: String) -> String {
    if s.contains(['\u{202F}', '\u{2009}']) {
        s.replace(['\u{202F}', '\u{2009}'], "\u{00A0}")
    } else {
        s
    }
}

/// The date length a reader of `lang` knows best, short enough for a receipt line:
/// ja/zh/ko long (the familiar 年月日 / 년월일; their medium forms are `2026/11/25` and
/// `2026. 11. 25.`), en `Nov 25, 2026`, th `25 พ.ย. 2026`, vi `25/11/2026`, id `25 Nov 2026`,
/// es `25 nov 2026`, fr `25 nov. 2026`, de `25.11.2026` (a large-text date fits half a
/// landscape screen). Always the Gregorian calendar: the
/// shop and the carrier count days by it (a Thai reader sees 2026, not 2569).
fn date_fields(lang: Lang) -> YMD {
    match lang {
        Lang::Ja | Lang::ZhHans | Lang::ZhHant | Lang::Ko => YMD::long(),
        Lang::En | Lang::Th | Lang::Id | Lang::Es | Lang::Fr | Lang::De => YMD::medium(),
        Lang::Vi => YMD::short(),
    }
}

fn locale(lang: Lang) -> Locale {
    lang.tag().parse().unwrap_or(Locale::UNKNOWN)
}

fn icu_date(date: NaiveDate) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(date.year(), date.month() as u8, date.day() as u8).ok()
}

fn group_integer(lang: Lang, n: u64) -> String {
    format_decimal(lang, &Decimal::from(n))
}

fn format_decimal(lang: Lang, d: &Decimal) -> String {
    match DecimalFormatter::try_new(locale(lang).into(), Default::default()) {
        Ok(f) => for_display(f.format(d).to_string()),
        Err(e) => {
            tracing::warn!(lang = lang.tag(), error = %e, "i18n: no number format; digits ungrouped");
            d.to_string()
        }
    }
}
