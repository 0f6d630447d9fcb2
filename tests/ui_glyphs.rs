//! No tofu: every `ui-` message, in every language, and the few characters the views add
//! themselves, are covered by the face that language is drawn with (the subsets are small, so
//! a new word in kiosk.ftl needs `tools/subset-fonts.sh`).

use simkiosk::i18n::{Lang, Localizer, fonts};

/// Characters the views draw outside Fluent in the language's face: "plan × months", the
/// formatted SIM entry and the masked number.
const VIEW_CHARS: &str = "×-*… 0123456789";
/// Symbols the views draw with the JP face (it carries all of JIS X 0208): the start arrow,
/// the PIN dots and the done mark (`ui-done-mark`, the same in every language).
const SYMBOLS: &str = "→●✓";

/// The message areas the screens show: their own, the card terminal's, the SIM entry errors and
/// the shared words.
const SHOWN: [&str; 4] = ["ui-", "pay-", "sim-", "common-"];

/// Sample arguments so the message text, not a placeholder, is checked.
fn args() -> Vec<(&'static str, fluent_bundle::FluentValue<'static>)> {
    ["seconds", "days", "percent", "rate", "count"]
        .into_iter()
        .map(|k| (k, 3.into()))
        .chain(
            [
                "amount",
                "date",
                "name",
                "reference",
                "prefix",
                "digits",
                "expected",
                "max",
                "found",
                "code",
                "ch",
                "position",
                "sign",
            ]
            .into_iter()
            .map(|k| (k, "1".into())),
        )
        .collect()
}

#[test]
fn every_ui_message_has_its_glyphs() {
    let l10n = Localizer::embedded().expect("embedded locales load");
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let family = fonts::family(lang);
        for bold in [false, true] {
            let face = fonts::face(family, bold)
                .unwrap_or_else(|| panic!("{family} bold={bold} is embedded"));
            // Thai screens start from the Latin face and fall back to Noto Sans Thai and the
            // JP face (ui::ctx::font_for): a character any of them has is drawn.
            let latin = fonts::face(fonts::LATIN, bold).expect("the Latin face is embedded");
            let jp = fonts::face(fonts::JP, bold).expect("the JP face is embedded");
            let lacks = |text: &str| -> Vec<char> {
                let missing = face.missing(text);
                if lang == Lang::Th {
                    missing
                        .into_iter()
                        .filter(|&c| latin.glyph(c).is_none() && jp.glyph(c).is_none())
                        .collect()
                } else {
                    missing
                }
            };
            for id in l10n
                .message_ids(lang)
                .into_iter()
                .filter(|id| SHOWN.iter().any(|p| id.starts_with(p)) && id != "ui-done-mark")
            {
                let text = l10n.text_with(lang, &id, &args());
                let missing = lacks(&text);
                if !missing.is_empty() {
                    problems.push(format!(
                        "{} {id} ({family} bold={bold}): {missing:?}",
                        lang.tag()
                    ));
                }
            }
            let missing = lacks(VIEW_CHARS);
            if !missing.is_empty() {
                problems.push(format!(
                    "{} view characters ({family} bold={bold}): {missing:?}",
                    lang.tag()
                ));
            }
            // Each language's own name, on the language screen and the bar, in its own face.
            let missing = lacks(lang.native_name());
            if !missing.is_empty() {
                problems.push(format!(
                    "{} native name ({family}): {missing:?}",
                    lang.tag()
                ));
            }
        }
    }
    for bold in [false, true] {
        let jp = fonts::face(fonts::JP, bold).expect("the JP face is embedded");
        let missing = jp.missing(SYMBOLS);
        if !missing.is_empty() {
            problems.push(format!("symbols ({} bold={bold}): {missing:?}", fonts::JP));
        }
    }
    assert!(
        problems.is_empty(),
        "glyphs missing (run tools/subset-fonts.sh):\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_ui_id_exists_in_every_language() {
    let l10n = Localizer::embedded().expect("embedded locales load");
    let en: Vec<String> = l10n
        .message_ids(Lang::En)
        .into_iter()
        .filter(|id| id.starts_with("ui-"))
        .collect();
    assert!(
        en.len() > 60,
        "kiosk.ftl has its ui- messages ({} found)",
        en.len()
    );
    for lang in Lang::ALL {
        for id in &en {
            assert!(
                l10n.has(lang, id),
                "{}: {id} is missing from kiosk.ftl",
                lang.tag()
            );
        }
    }
}
