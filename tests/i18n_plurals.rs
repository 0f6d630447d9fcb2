//! Counts reach Fluent as numbers, so every language picks its plural form ("1 digit", "2 digits").

mod i18n_support;

use std::collections::BTreeSet;

use fluent_bundle::{FluentArgs, FluentValue};
use simkiosk::domain::{SimIdError, parse_sim};
use simkiosk::i18n::{Lang, Localizer};

/// Variables the code passes as counts (the others are preformatted text: yen, dates, names).
fn is_count(id: &str, var: &str) -> bool {
    match var {
        "count" | "seconds" | "remaining" | "percent" | "rate" | "gb" | "mb" | "months"
        | "position" | "max" | "expected" => true,
        "digits" => id.starts_with("sim-error-too-"),
        "days" => id == "ui-plans-per-period",
        _ => false,
    }
}

/// Every message (per language) with at least one count variable, and all of its variables.
fn counted_messages() -> Vec<(Lang, String, BTreeSet<String>)> {
    let mut out = Vec::new();
    for f in i18n_support::ftl_files() {
        let (msgs, _) = i18n_support::messages(&f.text);
        for m in msgs {
            if m.vars.iter().any(|v| is_count(&m.id, v)) {
                out.push((f.lang, m.id, m.vars));
            }
        }
    }
    out
}

fn render(l: &Localizer, lang: Lang, id: &str, vars: &BTreeSet<String>, n: u32) -> String {
    let mut args = FluentArgs::new();
    for v in vars {
        if is_count(id, v) {
            args.set(v.clone(), FluentValue::from(n));
        } else {
            args.set(v.clone(), FluentValue::from("X"));
        }
    }
    l.try_text(lang, id, Some(&args))
        .unwrap_or_else(|e| panic!("{e}"))
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// The word right after the number `n` standing alone ("1 digits" -> "digits").
fn word_after(text: &str, n: u32) -> Option<String> {
    let needle = format!("{n} ");
    let mut rest = text;
    while let Some(i) = rest.find(&needle) {
        let before = rest[..i].chars().last();
        let tail = &rest[i + needle.len()..];
        if !before.is_some_and(|c| c.is_ascii_digit()) {
            let w: String = tail.chars().take_while(|c| c.is_alphabetic()).collect();
            if !w.is_empty() {
                return Some(w);
            }
        }
        rest = tail;
    }
    None
}

#[test]
fn counted_messages_exist_in_every_language() {
    let found = counted_messages();
    for lang in Lang::ALL {
        let n = found.iter().filter(|(l, _, _)| *l == lang).count();
        assert!(
            n >= 10,
            "{}: only {n} messages with a count found",
            lang.tag()
        );
    }
}

#[test]
fn every_count_renders_at_0_1_2_and_5_in_every_language() {
    let l = Localizer::embedded().expect("embedded locales load");
    for (lang, id, vars) in counted_messages() {
        for n in [0u32, 1, 2, 5] {
            let text = render(&l, lang, &id, &vars, n);
            assert!(
                !text.contains('{') && !text.trim().is_empty(),
                "{} `{id}` at {n}: {text:?}",
                lang.tag()
            );
        }
    }
}

#[test]
fn english_says_1_in_the_singular() {
    let l = Localizer::embedded().expect("embedded locales load");
    for (lang, id, vars) in counted_messages() {
        if lang != Lang::En {
            continue;
        }
        let one = render(&l, lang, &id, &vars, 1);
        let two = render(&l, lang, &id, &vars, 2);
        if let (Some(w1), Some(w2)) = (word_after(&one, 1), word_after(&two, 2)) {
            assert!(
                !(w1 == w2 && w1.ends_with('s') && w1 != "GB" && w1 != "MB"),
                "en `{id}`: {one:?} uses the plural after 1"
            );
        }
    }
}

#[test]
fn east_asian_languages_show_the_count_as_digits() {
    let l = Localizer::embedded().expect("embedded locales load");
    for (lang, id, vars) in counted_messages() {
        if lang == Lang::En {
            continue;
        }
        // Counts printed by the message (not only used to pick a form) keep their digits.
        let text = render(&l, lang, &id, &vars, 5);
        let en = render(&l, Lang::En, &id, &vars, 5);
        if en.contains('5') {
            assert!(
                text.contains('5'),
                "{} `{id}` at 5 loses the number: {text:?}",
                lang.tag()
            );
        }
    }
}

#[test]
fn a_short_entry_error_reaches_fluent_as_a_number() {
    let l = Localizer::embedded().expect("embedded locales load");
    let err = parse_sim("0").expect_err("one digit is too short");
    assert!(
        matches!(err, SimIdError::TooShort { digits: 1, .. }),
        "{err:?}"
    );
    let args: Vec<(&str, FluentValue)> = err
        .fluent_args()
        .into_iter()
        .map(|(k, v)| (k, v.into()))
        .collect();
    let text = l.text_with(Lang::En, err.fluent_id(), &args);
    assert!(
        text.contains("1 digit ") && !text.contains("1 digits"),
        "the count was passed as text: {text:?}"
    );
}

/// CLDR gives Thai, Vietnamese and Indonesian only `other`: a `[one]` variant there is never
/// chosen (an exact `[1]` is, for "yesterday" / "tomorrow").
#[test]
fn languages_without_plural_forms_have_no_one_variant() {
    for f in i18n_support::ftl_files() {
        if !matches!(f.lang, Lang::Th | Lang::Vi | Lang::Id) {
            continue;
        }
        for (n, line) in f.text.lines().enumerate() {
            assert!(
                !line.contains("[one]"),
                "{}:{}: `[one]` is never selected in {}: {line}",
                f.path.display(),
                n + 1,
                f.lang.tag()
            );
        }
    }
}

/// Spanish and German put 1 in the singular; French 0 and 1 (CLDR `one`).
#[test]
fn european_languages_pick_the_singular_by_cldr() {
    let l = Localizer::embedded().expect("embedded locales load");
    let too_short = |lang, digits: u32| {
        let mut args = FluentArgs::new();
        args.set("digits", FluentValue::from(digits));
        args.set("expected", FluentValue::from(11));
        l.try_text(lang, "sim-error-too-short", Some(&args))
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let cases = [
        (Lang::De, 1, "1 Ziffer "),
        (Lang::De, 2, "2 Ziffern"),
        (Lang::Es, 1, "1 dígito "),
        (Lang::Es, 2, "2 dígitos"),
        (Lang::Fr, 0, "0 chiffre "),
        (Lang::Fr, 1, "1 chiffre "),
        (Lang::Fr, 2, "2 chiffres"),
    ];
    for (lang, n, want) in cases {
        let text = too_short(lang, n);
        assert!(text.contains(want), "{} at {n}: {text:?}", lang.tag());
    }
}
