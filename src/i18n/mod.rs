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

/// The languages the kiosk speaks. Everything per language (tag, own name) lives in one
/// table, [`Lang::ALL`]'s order is the picker's default order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Ja,
    En,
    ZhHans,
    ZhHant,
    Ko,
    Th,
    Vi,
    Id,
    Es,
    Fr,
    De,
}

/// One row per language: BCP 47 tag (also the folder under `locales/`) and the language's
/// name in its own script.
const TABLE: [(Lang, &str, &str); 11] = [
    (Lang::Ja, "ja", "日本語"),
    (Lang::En, "en", "English"),
    (Lang::ZhHans, "zh-Hans", "简体中文"),
    (Lang::ZhHant, "zh-Hant", "繁體中文"),
    (Lang::Ko, "ko", "한국어"),
    (Lang::Th, "th", "ไทย"),
    (Lang::Vi, "vi", "Tiếng Việt"),
    (Lang::Id, "id", "Bahasa Indonesia"),
    (Lang::Es, "es", "Español"),
    (Lang::Fr, "fr", "Français"),
    (Lang::De, "de", "Deutsch"),
];

impl Lang {
    pub const ALL: [Lang; 11] = {
        let mut all = [Lang::Ja; 11];
        let mut i = 0;
        while i < TABLE.len() {
            all[i] = TABLE[i].0;
            i += 1;
        }
        all
    };

    fn row(self) -> &'static (Lang, &'static str, &'static str) {
        // Every variant has its row (`every_language_has_one_row` below), in declaration order.
        &TABLE[self as usize]
    }

    /// BCP 47 tag, also the folder name under `locales/`.
    pub fn tag(self) -> &'static str {
        self.row().1
    }

    /// The language named in its own script, for the language picker.
    pub fn native_name(self) -> &'static str {
        self.row().2
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// Every tag, comma-separated, for error messages ("ja, en, zh-Hans, …").
    pub fn tag_list() -> String {
        Lang::ALL.map(Lang::tag).join(", ")
    }
}

/// Serialized as its BCP 47 tag (`"zh-Hans"`), as kiosk.toml and the journal write it.
impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.tag())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let tag = String::deserialize(d)?;
        // Exact tags only, as the derived form accepted before.
        Lang::ALL
            .into_iter()
            .find(|l| l.tag() == tag)
            .ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "unknown language {tag:?}: one of {}",
                    Lang::tag_list()
                ))
            })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_one_row_in_declaration_order() {
        for (i, row) in TABLE.iter().enumerate() {
            assert_eq!(
                row.0 as usize, i,
                "TABLE row {i} ({}) is out of order",
                row.1
            );
        }
        let mut tags: Vec<&str> = TABLE.iter().map(|r| r.1).collect();
        tags.sort_unstable();
        tags.dedup();
        assert_eq!(tags.len(), TABLE.len(), "a tag is listed twice");
    }

    #[test]
    fn a_language_serializes_as_its_tag_and_back() {
        for lang in Lang::ALL {
            let json = serde_json::to_string(&lang).expect("serialize");
            assert_eq!(json, format!("\"{}\"", lang.tag()));
            assert_eq!(serde_json::from_str::<Lang>(&json).expect("parse"), lang);
        }
        assert!(serde_json::from_str::<Lang>("\"xx\"").is_err());
    }
}
