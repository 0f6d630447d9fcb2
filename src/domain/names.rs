//! Names given per language in kiosk.toml (`name = { ja = "…", en = "…" }`).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The language used when a name lacks the customer's language (check-config reports the gap).
const FALLBACKS: [&str; 2] = ["en", "ja"];

/// A display name per language tag (`ja`, `en`, `zh-Hans`, …).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Names(BTreeMap<String, String>);

impl Names {
    /// From `(language tag, name)` pairs; a later pair for the same tag replaces an earlier one.
    pub fn new<I, K, V>(pairs: I) -> Names
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        Names(
            pairs
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        )
    }

    /// The name in `lang`; else English, else Japanese, else any; `""` only when empty.
    pub fn get(&self, lang: &str) -> &str {
        std::iter::once(lang)
            .chain(FALLBACKS)
            .find_map(|l| self.0.get(l))
            .or_else(|| self.0.values().next())
            .map_or("", String::as_str)
    }

    /// The languages of `offered` that have no name, in the order given.
    pub fn missing<'a>(&self, offered: &[&'a str]) -> Vec<&'a str> {
        offered
            .iter()
            .copied()
            .filter(|l| !self.0.contains_key(*l))
            .collect()
    }

    /// `(tag, name)` pairs, ordered by tag.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_language_falls_back_to_english_then_japanese() {
        let both = Names::new([("ja", "旅行"), ("en", "Travel")]);
        assert_eq!(both.get("ko"), "Travel", "English is the first fallback");
        let ja_only = Names::new([("ja", "旅行")]);
        assert_eq!(ja_only.get("ko"), "旅行", "Japanese is the second fallback");
        assert_eq!(both.get("ja"), "旅行", "the own language wins");
    }

    #[test]
    fn missing_lists_offered_languages_without_a_name_in_order() {
        let n = Names::new([("ja", "旅行"), ("en", "Travel")]);
        assert_eq!(n.missing(&["ja", "ko", "en", "zh-Hans"]), ["ko", "zh-Hans"]);
    }
}
