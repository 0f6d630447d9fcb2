//! Choosing a kiosk language from requested BCP 47 tags (a phone's or browser's preferences).

use unic_langid::LanguageIdentifier;

use super::Lang;

/// Picks the kiosk language for a list of requested BCP 47 tags (best first), using CLDR likely
/// subtags: `zh-TW`/`zh-HK` give zh-Hant, `zh-CN`/`zh` give zh-Hans, `ja-JP` gives ja, and a
/// language not offered gives `default`. Java's legacy `in` (older Android phones) means `id`.
pub fn negotiate(requested: &[&str], offered: &[Lang], default: Lang) -> Lang {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|t| t.parse::<LanguageIdentifier>().ok())
        .map(modern)
        .collect();
    let available: Vec<LanguageIdentifier> = offered
        .iter()
        .filter_map(|l| l.tag().parse().ok())
        .collect();
    let default_id: LanguageIdentifier = default.tag().parse().unwrap_or_default();
    let chosen = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(&default_id),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .and_then(|id| Lang::from_tag(&id.to_string()))
        .unwrap_or(default)
}

/// Replaces the deprecated ISO 639 code Java still reports for Indonesian (`in` → `id`).
fn modern(mut id: LanguageIdentifier) -> LanguageIdentifier {
    if id.language.as_str() == "in"
        && let Ok(lang) = "id".parse()
    {
        id.language = lang;
    }
    id
}
