//! Shaping every Fluent message with cosmic-text (what iced and the raster receipt use) on a font
//! database holding only the embedded faces: no missing glyph, and the face chosen per language.

mod i18n_support;

use cosmic_text::{Attrs, Buffer, Family, FontSystem, Metrics, Shaping, fontdb};
use simkiosk::i18n::{Lang, fonts};

fn font_system() -> FontSystem {
    let mut db = fontdb::Database::new();
    for face in fonts::faces() {
        db.load_font_data(face.bytes.to_vec());
    }
    assert_eq!(
        db.len(),
        fonts::faces().len(),
        "every embedded face loads into fontdb"
    );
    // The kiosk machine's locale must not matter: pick one that prefers none of our faces.
    FontSystem::new_with_locale_and_db("en-US".into(), db)
}

/// Shapes `text` in `family`; returns (character, family of the face used, glyph id) per glyph.
fn shape(fs: &mut FontSystem, family: &str, text: &str) -> Vec<(char, String, u16)> {
    let mut buffer = Buffer::new(fs, Metrics::new(32.0, 40.0));
    buffer.set_size(fs, Some(100_000.0), None);
    buffer.set_text(
        fs,
        text,
        &Attrs::new().family(Family::Name(family)),
        Shaping::Advanced,
        None,
    );
    buffer.shape_until_scroll(fs, false);
    let mut out = Vec::new();
    for run in buffer.layout_runs() {
        for g in run.glyphs {
            let c = run.text[g.start..g.end].chars().next().unwrap_or(' ');
            let fam = fs
                .db()
                .face(g.font_id)
                .and_then(|f| f.families.first().map(|(n, _)| n.clone()))
                .unwrap_or_default();
            out.push((c, fam, g.glyph_id));
        }
    }
    out
}

#[test]
fn every_message_shapes_without_a_missing_glyph() {
    let mut fs = font_system();
    let mut failures = Vec::new();
    for file in i18n_support::ftl_files() {
        let (_, chars) = i18n_support::messages(&file.text);
        let text: String = chars.chars().filter(|c| !c.is_control()).collect();
        let tofu: Vec<char> = shape(&mut fs, fonts::family(file.lang), &text)
            .into_iter()
            .filter(|(c, _, gid)| *gid == 0 && !c.is_whitespace())
            .map(|(c, _, _)| c)
            .collect();
        if !tofu.is_empty() {
            failures.push(format!("{}: {tofu:?}", file.path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "tofu; run tools/subset-fonts.sh:\n{}",
        failures.join("\n")
    );
}

#[test]
fn han_takes_the_face_of_the_language() {
    let mut fs = font_system();
    for lang in Lang::ALL {
        let want = fonts::family(lang);
        // Thai and the Latin-script languages have no Han of their own: it falls back.
        if !want.starts_with("Noto Sans CJK") {
            continue;
        }
        for (c, fam, gid) in shape(&mut fs, want, "直骨") {
            assert_ne!(gid, 0, "{c} missing for {}", lang.tag());
            assert_eq!(
                fam,
                want,
                "{c} for {} drawn from the wrong face",
                lang.tag()
            );
        }
    }
}

#[test]
fn characters_a_regional_face_lacks_fall_back_to_an_embedded_face() {
    let mut fs = font_system();
    // Kana is not in the Korean subset; the JP face supplies it instead of tofu.
    let shaped = shape(&mut fs, fonts::KR, "한국어 カナ");
    for (c, fam, gid) in shaped {
        assert_ne!(gid, 0, "{c} became tofu");
        if c == 'カ' {
            assert_eq!(fam, fonts::JP, "kana fell back to {fam}");
        }
    }
}

#[test]
fn a_character_no_face_has_is_detected_as_tofu() {
    // Control for the tests above: Devanagari is in none of the subsets, so its glyph id is 0.
    let mut fs = font_system();
    let shaped = shape(&mut fs, fonts::JP, "क");
    assert!(
        shaped.iter().any(|(c, _, gid)| *c == 'क' && *gid == 0),
        "{shaped:?}"
    );
}
