//! The embedded faces: Noto Sans CJK, Noto Sans and Noto Sans Thai subsets made by
//! `tools/subset-fonts.sh`.
//!
//! One CJK face per script region so that Han characters take each language's forms (直 and 骨
//! differ between Japanese and Chinese). The JP face also serves English and carries all of JIS X
//! 0208 for store names and addresses. Noto Sans draws the Latin languages (Vietnamese needs its
//! stacked diacritics) and is cosmic-text's first fallback for Latin, digits and the invisible
//! line-break marks; Noto Sans Thai draws Thai. A character one face lacks is found in another
//! (cosmic-text falls back across every registered face).
//! Licence: SIL Open Font License 1.1, `assets/fonts/OFL.txt`.

use super::Lang;

/// One embedded font face.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Face {
    /// The family name the font file carries (name ID 1), as iced and cosmic-text look it up.
    pub family: &'static str,
    /// The OpenType (CFF) file.
    pub bytes: &'static [u8],
    pub bold: bool,
}

pub const JP: &str = "Noto Sans CJK JP";
pub const SC: &str = "Noto Sans CJK SC";
pub const TC: &str = "Noto Sans CJK TC";
pub const KR: &str = "Noto Sans CJK KR";
/// Latin with full Vietnamese diacritics (vi, es, fr, de, id).
pub const LATIN: &str = "Noto Sans";
pub const THAI: &str = "Noto Sans Thai";

macro_rules! face {
    ($family:expr, $file:literal, $bold:expr) => {
        Face {
            family: $family,
            bytes: include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/fonts/", $file)),
            bold: $bold,
        }
    };
}

static FACES: [Face; 12] = [
    face!(JP, "NotoSansCJKJP-Regular.otf", false),
    face!(JP, "NotoSansCJKJP-Bold.otf", true),
    face!(SC, "NotoSansCJKSC-Regular.otf", false),
    face!(SC, "NotoSansCJKSC-Bold.otf", true),
    face!(TC, "NotoSansCJKTC-Regular.otf", false),
    face!(TC, "NotoSansCJKTC-Bold.otf", true),
    face!(KR, "NotoSansCJKKR-Regular.otf", false),
    face!(KR, "NotoSansCJKKR-Bold.otf", true),
    face!(LATIN, "NotoSans-Regular.ttf", false),
    face!(LATIN, "NotoSans-Bold.ttf", true),
    face!(THAI, "NotoSansThai-Regular.ttf", false),
    face!(THAI, "NotoSansThai-Bold.ttf", true),
];

/// Every embedded face, to register with iced (`.font(face.bytes)`) or a cosmic-text font db.
pub fn faces() -> &'static [Face] {
    &FACES
}

/// The family to render `lang` in. English uses the JP face (its Latin is Noto Sans's design);
/// a language this table does not know yet gets the JP face and cosmic-text's fallback.
pub fn family(lang: Lang) -> &'static str {
    family_for_tag(lang.tag())
}

/// [`family`] by BCP 47 tag (`"th"`, `"vi"`, …), so tests and tools can ask about any language.
pub fn family_for_tag(tag: &str) -> &'static str {
    match tag {
        "zh-Hans" => SC,
        "zh-Hant" => TC,
        "ko" => KR,
        "th" => THAI,
        "vi" | "id" | "es" | "fr" | "de" => LATIN,
        _ => JP,
    }
}

/// The face of `family` with the given weight, if embedded.
pub fn face(family: &str, bold: bool) -> Option<&'static Face> {
    FACES.iter().find(|f| f.family == family && f.bold == bold)
}

impl Face {
    /// The glyph id `c` maps to, or `None` when the face lacks it (it would render as tofu).
    pub fn glyph(&self, c: char) -> Option<u16> {
        let face = ttf_parser::Face::parse(self.bytes, 0).ok()?;
        face.glyph_index(c).map(|g| g.0)
    }

    /// The characters of `text` this face cannot draw (controls and line breaks excepted).
    pub fn missing(&self, text: &str) -> Vec<char> {
        let Ok(face) = ttf_parser::Face::parse(self.bytes, 0) else {
            return text.chars().filter(|c| !c.is_control()).collect();
        };
        let mut missing: Vec<char> = text
            .chars()
            .filter(|&c| !c.is_control() && face.glyph_index(c).is_none())
            .collect();
        missing.sort_unstable();
        missing.dedup();
        missing
    }
}
