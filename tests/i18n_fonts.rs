//! The embedded faces (Noto Sans CJK, Noto Sans, Noto Sans Thai): names, coverage of every shown
//! character, regional glyph forms. When a coverage test fails, run `tools/subset-fonts.sh` and
//! commit assets/fonts/.

mod i18n_support;

use chrono::{DateTime, NaiveDate};
use simkiosk::domain::money::Yen;
use simkiosk::i18n::fonts::{self, Face};
use simkiosk::i18n::{Lang, Localizer};

fn face(family: &str, bold: bool) -> &'static Face {
    fonts::face(family, bold).unwrap_or_else(|| panic!("no embedded face {family} bold={bold}"))
}

/// The family name recorded in the font file itself (name ID 1).
fn file_family(f: &Face) -> String {
    let parsed = ttf_parser::Face::parse(f.bytes, 0).expect("embedded font parses");
    parsed
        .names()
        .into_iter()
        .filter(|n| n.name_id == ttf_parser::name_id::FAMILY && n.is_unicode())
        .find_map(|n| n.to_string())
        .expect("a Unicode family name")
}

#[test]
fn twelve_faces_whose_files_carry_the_family_names_we_use() {
    let faces = fonts::faces();
    assert_eq!(
        faces.len(),
        12,
        "JP, SC, TC, KR, Latin and Thai in Regular and Bold"
    );
    for f in faces {
        assert_eq!(file_family(f), f.family, "family name inside the file");
        let parsed = ttf_parser::Face::parse(f.bytes, 0).unwrap();
        assert_eq!(parsed.is_bold(), f.bold, "{} bold flag", f.family);
    }
    for lang in Lang::ALL {
        let family = fonts::family(lang);
        assert!(
            fonts::face(family, false).is_some() && fonts::face(family, true).is_some(),
            "{}",
            lang.tag()
        );
    }
    assert_eq!(fonts::family(Lang::Ja), "Noto Sans CJK JP");
    assert_eq!(fonts::family(Lang::En), "Noto Sans CJK JP");
    assert_eq!(fonts::family(Lang::ZhHans), "Noto Sans CJK SC");
    assert_eq!(fonts::family(Lang::ZhHant), "Noto Sans CJK TC");
    assert_eq!(fonts::family(Lang::Ko), "Noto Sans CJK KR");
    assert_eq!(fonts::family_for_tag("th"), "Noto Sans Thai");
    for tag in ["vi", "id", "es", "fr", "de"] {
        assert_eq!(fonts::family_for_tag(tag), "Noto Sans", "{tag}");
    }
}

#[test]
fn the_fonts_stay_within_their_size_budget_and_ship_their_licence() {
    let total: usize = fonts::faces().iter().map(|f| f.bytes.len()).sum();
    assert!(
        total < 8 * 1024 * 1024,
        "embedded fonts are {total} bytes, over the 8 MiB budget"
    );
    let ofl = std::fs::read_to_string(i18n_support::root().join("assets/fonts/OFL.txt"))
        .expect("assets/fonts/OFL.txt");
    assert!(
        ofl.contains("SIL OPEN FONT LICENSE Version 1.1"),
        "OFL.txt is not the OFL"
    );
}

/// Characters of `text` in a language (by tag) that would be drawn badly or not at all: a letter
/// of the Latin or Thai languages their own face lacks (a fallback face would mix designs and, for
/// Vietnamese, stack diacritics wrongly), or any character no embedded face of the weight has.
/// Thai screens draw Latin-first (src/ui/ctx.rs: Noto Sans Thai has no digits nor Latin): only a
/// letter of the Thai block must be the Thai face's; any other comes from the face that has it.
fn uncovered_tag(tag: &str, text: &str) -> Vec<char> {
    let own = fonts::family_for_tag(tag);
    let strict = own == fonts::LATIN || own == fonts::THAI;
    let thai_script = |c: char| ('\u{0E00}'..='\u{0E7F}').contains(&c);
    let mut missing = Vec::new();
    for bold in [false, true] {
        for c in face(own, bold).missing(text) {
            let own_only = strict && c.is_alphabetic() && (own != fonts::THAI || thai_script(c));
            let elsewhere = fonts::faces()
                .iter()
                .any(|f| f.bold == bold && f.glyph(c).is_some());
            if (own_only || !elsewhere) && !missing.contains(&c) {
                missing.push(c);
            }
        }
    }
    missing.sort_unstable();
    missing
}

fn uncovered(lang: Lang, text: &str) -> Vec<char> {
    uncovered_tag(lang.tag(), text)
}

fn report(missing: &[char]) -> String {
    missing
        .iter()
        .map(|c| format!("{c} U+{:04X}", *c as u32))
        .collect::<Vec<_>>()
        .join(", ")
}

#[test]
fn every_character_of_every_message_has_a_glyph() {
    let mut failures = Vec::new();
    let files = i18n_support::ftl_files();
    assert!(!files.is_empty(), "no .ftl files found");
    for file in files {
        let (_, chars) = i18n_support::messages(&file.text);
        let missing = uncovered(file.lang, &chars);
        if !missing.is_empty() {
            failures.push(format!(
                "{} (face {}): {}",
                file.path.display(),
                fonts::family(file.lang),
                report(&missing)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "characters with no glyph; run tools/subset-fonts.sh:\n{}",
        failures.join("\n")
    );
}

/// Han and Hangul: the characters whose shapes differ by region, so the fallback face will not do.
fn regional(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

#[test]
fn han_and_hangul_take_their_own_languages_face() {
    let mut failures = Vec::new();
    for file in i18n_support::ftl_files() {
        let (_, chars) = i18n_support::messages(&file.text);
        let own: String = chars.chars().filter(|&c| regional(c)).collect();
        for bold in [false, true] {
            let missing = face(fonts::family(file.lang), bold).missing(&own);
            if !missing.is_empty() {
                failures.push(format!(
                    "{} ({} bold={bold}): {}",
                    file.path.display(),
                    fonts::family(file.lang),
                    report(&missing)
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "would be drawn in another region's forms; run tools/subset-fonts.sh:\n{}",
        failures.join("\n")
    );
}

#[test]
fn formatted_prices_dates_and_amounts_have_glyphs() {
    let l = Localizer::embedded().unwrap();
    let at = DateTime::parse_from_rfc3339("2026-11-25T05:05:00Z").unwrap();
    let am = DateTime::parse_from_rfc3339("2026-11-24T23:05:00Z").unwrap();
    for lang in Lang::ALL {
        let text = [
            l.yen(lang, Yen(-1_234_567)),
            l.date(lang, NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()),
            l.date_time(lang, at),
            l.date_time(lang, am),
            l.data_amount(lang, Some(1536)),
            l.data_amount(lang, None),
        ]
        .concat();
        let missing = uncovered(lang, &text);
        assert!(
            missing.is_empty(),
            "{} ({text}): no glyph for {}",
            lang.tag(),
            report(&missing)
        );
    }
}

#[test]
fn language_names_have_glyphs_in_their_own_face() {
    // The picker may draw every name in the current language's face; a character that face lacks
    // falls back to the name's own face, which must have it.
    for lang in Lang::ALL {
        let missing = uncovered(lang, lang.native_name());
        assert!(
            missing.is_empty(),
            "{} ({}): {}",
            lang.native_name(),
            fonts::family(lang),
            report(&missing)
        );
    }
}

/// Sentences in the languages whose faces are not CJK, written for this test (not taken from the
/// locales, which another change may not have yet): every letter must be in the language's face.
const LATIN_AND_THAI_SAMPLES: [(&str, &str); 7] = [
    (
        "vi",
        "Vui lòng chọn gói cước. Dữ liệu còn lại; hết hạn ngày 5 tháng 6 năm 2027. \
         Đặt thẻ vào máy, chờ xác nhận. Ắ Ặ Ẩ Ẫ Ổ Ỗ Ữ Ự Ỹ ỳ ỷ ỵ ữ ự ơ ư đ Đ",
    ),
    (
        "th",
        "กรุณาเลือกแพ็กเกจ ข้อมูลคงเหลือ วันหมดอายุ ใบเสร็จรับเงิน เครื่องอ่านบัตร \
         ชำระเงินสำเร็จ ขอบคุณที่ใช้บริการ ฿ ๑๒๓ ฯ ๆ",
    ),
    (
        "id",
        "Silakan pilih paket. Sisa kuota, masa berlaku, struk.",
    ),
    (
        "es",
        "Elija un plan. Introduzca o acerque la tarjeta. ¿Necesita más tiempo? ¡Gracias! ñ á é í ó ú ü",
    ),
    (
        "fr",
        "Choisissez un forfait. Insérez ou approchez la carte. Reçu, à, è, ê, ë, î, ï, ô, œ, ù, û, ÿ, Ç « »",
    ),
    (
        "de",
        "Bitte wählen Sie einen Tarif. Karte einstecken oder auflegen. Größe, Übersicht, Ärger, Öl, ß, „ “",
    ),
    ("en", "Choose a plan — “quoted” ‘text’ … 1,980 ¥"),
];

#[test]
fn latin_and_thai_languages_have_every_letter_in_their_own_face() {
    let mut failures = Vec::new();
    for (tag, text) in LATIN_AND_THAI_SAMPLES {
        let missing = uncovered_tag(tag, text);
        if !missing.is_empty() {
            failures.push(format!(
                "{tag} ({}): {}",
                fonts::family_for_tag(tag),
                report(&missing)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "letters the face lacks; run tools/subset-fonts.sh:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_invisible_line_break_marks_have_a_face() {
    // src/i18n/linebreak.rs inserts these; the CJK faces lack U+200B and U+2060, Noto Sans has them
    // (and a fallback glyph, not a missing one, keeps cosmic-text from drawing a box).
    for bold in [false, true] {
        let missing = face(fonts::LATIN, bold).missing("\u{00A0}\u{200B}\u{2060}");
        assert!(
            missing.is_empty(),
            "Noto Sans (bold={bold}) lacks {}",
            report(&missing)
        );
    }
}

#[test]
fn configuration_text_has_glyphs() {
    for path in i18n_support::config_files() {
        let text = std::fs::read_to_string(&path).unwrap();
        // The file holds every language's names at once (and the store's Japanese address): each
        // character needs an embedded face of both weights.
        let missing = uncovered_tag("ja", &text);
        assert!(
            missing.is_empty(),
            "{}: {}; run tools/subset-fonts.sh",
            path.display(),
            report(&missing)
        );
    }
}

#[test]
fn the_jp_face_carries_all_of_jis_x_0208_level_1_and_2_kanji() {
    // Spot checks across both levels and the row ends: 亜 (16-01), 腕 (47-51), 弌 (48-01), 熙 (84-06).
    for bold in [false, true] {
        for c in ['亜', '腕', '弌', '熙'] {
            assert!(
                face(fonts::JP, bold).glyph(c).is_some(),
                "JP face (bold={bold}) lacks {c}"
            );
        }
    }
    let kana: String = ('\u{3041}'..='\u{3096}')
        .chain('\u{30A1}'..='\u{30FA}')
        .collect();
    assert_eq!(face(fonts::JP, false).missing(&kana), Vec::<char>::new());
    assert_eq!(face(fonts::JP, true).missing(&kana), Vec::<char>::new());
}

/// The outline of `c` in `f` as a list of drawing commands.
fn outline(f: &Face, c: char) -> Vec<String> {
    struct Rec(Vec<String>);
    impl ttf_parser::OutlineBuilder for Rec {
        fn move_to(&mut self, x: f32, y: f32) {
            self.0.push(format!("M{x} {y}"));
        }
        fn line_to(&mut self, x: f32, y: f32) {
            self.0.push(format!("L{x} {y}"));
        }
        fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
            self.0.push(format!("Q{x1} {y1} {x} {y}"));
        }
        fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
            self.0.push(format!("C{x1} {y1} {x2} {y2} {x} {y}"));
        }
        fn close(&mut self) {
            self.0.push("Z".into());
        }
    }
    let parsed = ttf_parser::Face::parse(f.bytes, 0).unwrap();
    let gid = parsed
        .glyph_index(c)
        .unwrap_or_else(|| panic!("{} lacks {c}", f.family));
    let mut rec = Rec(Vec::new());
    parsed
        .outline_glyph(gid, &mut rec)
        .unwrap_or_else(|| panic!("{} has no outline for {c}", f.family));
    rec.0
}

#[test]
fn japanese_and_chinese_faces_draw_regional_han_forms() {
    for bold in [false, true] {
        let (jp, sc, tc) = (
            face(fonts::JP, bold),
            face(fonts::SC, bold),
            face(fonts::TC, bold),
        );
        // Same glyph design in both: the comparison itself is sound.
        assert_eq!(
            outline(jp, 'A'),
            outline(sc, 'A'),
            "Latin A should be identical (bold={bold})"
        );
        for c in ['直', '骨'] {
            assert_ne!(
                outline(jp, c),
                outline(sc, c),
                "{c} looks the same in JP and SC (bold={bold})"
            );
        }
        assert_ne!(
            outline(jp, '直'),
            outline(tc, '直'),
            "直 looks the same in JP and TC (bold={bold})"
        );
    }
}
