//! Languages, Fluent bundles, and per-locale yen and date formatting.

use serde::{Deserialize, Serialize};

pub mod fonts;
mod format;
pub mod linebreak;
mod localizer;
mod negotiate;
mod sources;

pub use format::clean_for_print;
pub use localizer::{I18nError, Localizer};
pub use negotiate::negotiate;

/// The languages the kiosk speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[serde(rename = "ja")]
    Ja,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "zh-Hant")]
    ZhHant,
    #[serde(rename = "ko")]
    Ko,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::Ja, Lang::En, Lang::ZhHans, Lang::ZhHant, Lang::Ko];

    /// BCP 47 tag, also the folder name under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::Ko => "ko",
        }
    }

    /// The language named in its own script, for the language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ja => "日本語",
            Lang::En => "English",
            Lang::ZhHans => "简体中文",
            Lang::ZhHant => "繁體中文",
            Lang::Ko => "한국어",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }
}

/// A domain argument as Fluent sees it: counts as numbers, so plural selectors work.
impl From<crate::domain::ArgValue> for fluent_bundle::FluentValue<'static> {
    fn from(v: crate::domain::ArgValue) -> Self {
        match v {
            crate::domain::ArgValue::Number(n) => fluent_bundle::FluentValue::from(n),
            crate::domain::ArgValue::Text(s) => fluent_bundle::FluentValue::from(s),
        }
    }
}
