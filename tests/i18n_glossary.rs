//! One term per concept: no `.ftl` value uses a synonym `locales/GLOSSARY.md` lists to avoid.

mod i18n_support;

use simkiosk::i18n::Lang;

/// (lang, concept, avoided word) from the glossary's table rows.
fn avoided() -> Vec<(Lang, String, String)> {
    let path = i18n_support::root().join("locales/GLOSSARY.md");
    let text = std::fs::read_to_string(&path).expect("locales/GLOSSARY.md exists");
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let cells: Vec<&str> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        if !line.starts_with('|')
            || cells.len() != 5
            || cells[0] == "concept"
            || cells[0].starts_with('-')
        {
            continue;
        }
        let lang = Lang::ALL
            .into_iter()
            .find(|l| l.tag() == cells[1])
            .unwrap_or_else(|| {
                panic!(
                    "GLOSSARY.md line {}: unknown language {:?}",
                    n + 1,
                    cells[1]
                )
            });
        for w in cells[3].split(',').map(str::trim).filter(|w| !w.is_empty()) {
            out.push((lang, cells[0].to_string(), w.to_string()));
        }
    }
    out
}

#[test]
fn the_glossary_lists_synonyms_for_every_language() {
    let rows = avoided();
    for lang in Lang::ALL {
        assert!(
            rows.iter().filter(|(l, _, _)| *l == lang).count() >= 5,
            "GLOSSARY.md lists fewer than 5 avoided words for {}",
            lang.tag()
        );
    }
}

#[test]
fn no_locale_value_uses_a_synonym_the_glossary_avoids() {
    let rows = avoided();
    let mut found = Vec::new();
    for f in i18n_support::ftl_files() {
        for (n, line) in f.text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            // The value: after `id =` on a message line, the whole line on a continuation.
            let value = match line.split_once(" = ") {
                Some((id, v)) if !id.starts_with(' ') => v,
                _ => line,
            };
            let lower = value.to_lowercase();
            for (lang, concept, word) in &rows {
                if *lang == f.lang && lower.contains(&word.to_lowercase()) {
                    found.push(format!(
                        "{}:{}: {word:?} ({concept}): {}",
                        f.path.display(),
                        n + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "synonyms the glossary avoids:\n{}",
        found.join("\n")
    );
}
