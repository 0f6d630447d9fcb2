//! Where a line of localized text may break, said with invisible marks before it is laid out.
//!
//! iced and the receipt raster lay text out with cosmic-text, which breaks lines by UAX #14 alone:
//! Thai (no spaces between words) never breaks, Hangul breaks between any two syllables ("기다/려"),
//! and "2027年6月5日" may break after 年 or 月. One pure step fixes all three by inserting marks
//! UAX #14 honours, so every renderer behaves the same without knowing any language:
//! - U+2060 WORD JOINER (class WJ, "× WJ ×"): no break on either side. Between the characters of
//!   a Korean word (keep-all: Korean breaks at spaces only), inside formatted values (dates,
//!   prices, phone numbers, ICCIDs) and between a digit and the letter beside it (`30日`, `5GB`).
//! - U+200B ZERO WIDTH SPACE (class ZW): a break opportunity, put between two Thai words found by
//!   ICU4X's dictionary line segmenter.
//!
//! Neither mark is drawn (zero width, no ink; `tests/i18n_linebreak.rs` proves it with the embedded
//! faces). [`strip`] takes them out again for anything that is not laid out (text-mode printing).

use std::sync::OnceLock;

use icu_segmenter::LineSegmenter;
use icu_segmenter::options::LineBreakOptions;

/// U+2060: no line break on either side (UAX #14 class WJ).
pub const WORD_JOINER: char = '\u{2060}';
/// U+200B: a line break opportunity that draws nothing (UAX #14 class ZW).
pub const ZERO_WIDTH_SPACE: char = '\u{200B}';

/// Longest string argument treated as one value: a date with its weekday and time, an ICCID, a
/// price. Longer arguments (an error text, a name) are prose and may break like any other text.
pub const MAX_VALUE_CHARS: usize = 32;

/// `text` in the language tagged `tag` (BCP 47), with the marks that make cosmic-text break it
/// where that language breaks lines. Idempotent: preparing prepared text changes nothing.
pub fn prepare(tag: &str, text: &str) -> String {
    let text = join_digits(text);
    match tag {
        "ko" => keep_all(&text),
        "th" => thai_words(&text),
        _ => text,
    }
}

/// A formatted value that must stay on one line: a word joiner between every two characters,
/// spaces included (`Mar 8, 2027`, `2027년 6월 5일`, `¥12,345`, `090-1234-5678`).
pub fn glue(value: &str) -> String {
    let mut out = String::with_capacity(value.len() * 2);
    let mut prev: Option<char> = None;
    for c in value.chars() {
        if let Some(p) = prev
            && !is_mark(p)
            && !is_mark(c)
            && !is_line_end(p)
            && !is_line_end(c)
        {
            out.push(WORD_JOINER);
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// Whether a string argument of a message is a formatted value to [`glue`]: it has a digit and
/// is short. Prose arguments (an error text) stay breakable.
pub fn is_value(arg: &str) -> bool {
    arg.chars().any(|c| c.is_ascii_digit()) && arg.chars().count() <= MAX_VALUE_CHARS
}

/// `text` without the marks this module inserts, for output that is not laid out (a printer's
/// resident font, a log line, a comparison).
pub fn strip(text: &str) -> String {
    text.chars().filter(|&c| !is_mark(c)).collect()
}

fn is_mark(c: char) -> bool {
    c == WORD_JOINER || c == ZERO_WIDTH_SPACE
}

fn is_line_end(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Joins `between(a, b)` pairs of adjacent characters with a word joiner, unless already joined.
fn join_where(text: &str, between: impl Fn(char, char) -> bool) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if let Some(p) = prev
            && !is_mark(p)
            && !is_mark(c)
            && between(p, c)
        {
            out.push(WORD_JOINER);
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// A number stays whole with its unit and the date parts around it (`30日`, `5GB`, `¥1,980`,
/// `2027年6月5日`): in UAX #14 a number may break before an ideograph, which split
/// "2027年6 / 月5日". A word before a number (`計180日`) may still end a line.
fn join_digits(text: &str) -> String {
    let solid = |c: char| !c.is_whitespace() && !is_line_end(c);
    join_where(text, |a, b| {
        (a.is_ascii_digit() && solid(b)) || (b.is_ascii_digit() && leads_number(a))
    })
}

/// What may stand right before a digit inside one value: a sign or currency, a separator of the
/// same number, or the unit of the date part before it (年 in 年6月).
fn leads_number(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            ',' | '.'
                | ':'
                | '/'
                | '-'
                | '+'
                | '\u{2212}'
                | '#'
                | '¥'
                | '￥'
                | '$'
                | '€'
                | '₩'
                | '฿'
                | '年'
                | '月'
                | '日'
                | '時'
                | '时'
                | '分'
        )
}

/// Korean keep-all (CSS `word-break: keep-all`): a line breaks at spaces only, never between the
/// syllables of a word ("기다려", "사용할").
fn keep_all(text: &str) -> String {
    let solid = |c: char| !c.is_whitespace() && !is_line_end(c);
    join_where(text, |a, b| solid(a) && solid(b))
}

fn is_thai(c: char) -> bool {
    ('\u{0E00}'..='\u{0E7F}').contains(&c)
}

fn segmenter() -> &'static icu_segmenter::LineSegmenterBorrowed<'static> {
    static SEGMENTER: OnceLock<icu_segmenter::LineSegmenterBorrowed<'static>> = OnceLock::new();
    SEGMENTER.get_or_init(|| LineSegmenter::new_dictionary(LineBreakOptions::default()))
}

/// Words ICU4X's Thai dictionary does not know: loanwords and the kiosk's own terms. Unknown to
/// it, ซิม (SIM) came out as "ซิ|มเน็|ต" and threw the words after it off as well ("ซิ|มยั|งไ|ม่ไ|ด้รั|บ"),
/// so each of these is kept whole and the text on either side is segmented on its own. A word
/// is added here when `tests/golden/th_line_breaks.txt` shows it split.
pub const THAI_WHOLE_WORDS: &[&str] = &[
    "ซิม",
    "เน็ต",
    "แพ็กเกจ",
    "แพ็ก",
    "คิวอาร์โค้ด",
    "โค้ด",
    "ดาต้า",
    "แอป",
    "สแกน",
    "ทำตาม",
    "รายการ",
    "คอนทราสต์",
    "ออฟไลน์",
    "รีสตาร์ต",
    "รีเฟรช",
    "อิเล็กทรอนิกส์",
    "เคาน์เตอร์",
    "โปรโมชัน",
    "เวอร์ชัน",
    "ลองสเตย์",
    "สแตนดาร์ด",
];

/// Thai has no spaces between words: the dictionary segmenter finds the word boundaries and a
/// zero width space marks each one that falls between two Thai characters (elsewhere UAX #14
/// already breaks where it should). The [`THAI_WHOLE_WORDS`] are cut out first and never split.
/// Values glued before keep their joiners: no mark is put beside a word joiner.
fn thai_words(text: &str) -> String {
    if !text.chars().any(is_thai) {
        return text.to_string();
    }
    // Marks from an earlier pass are taken out so that preparing twice finds the same breaks.
    let text = without_thai_breaks(text);
    let mut breaks = Vec::new();
    for (start, end, whole) in thai_pieces(&text) {
        breaks.push(start);
        if !whole {
            let piece = &text[start..end];
            breaks.extend(
                segmenter()
                    .segment_str(piece)
                    .filter(|&at| at > 0 && at < piece.len())
                    .map(|at| start + at),
            );
        }
    }
    let mut out = String::with_capacity(text.len() + 32);
    let mut last = 0;
    for at in breaks {
        let before = text[..at].chars().next_back();
        let after = text[at..].chars().next();
        if let (Some(b), Some(a)) = (before, after)
            && is_thai(b)
            && is_thai(a)
        {
            out.push_str(&text[last..at]);
            out.push(ZERO_WIDTH_SPACE);
            last = at;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// `text` cut into pieces `(start, end, whole)`: each [`THAI_WHOLE_WORDS`] occurrence (longest
/// first) is a whole piece; the stretches between them are left to the segmenter.
fn thai_pieces(text: &str) -> Vec<(usize, usize, bool)> {
    let mut pieces = Vec::new();
    let (mut at, mut stretch) = (0, 0);
    while at < text.len() {
        let word = THAI_WHOLE_WORDS
            .iter()
            .filter(|w| text[at..].starts_with(**w))
            .max_by_key(|w| w.len());
        if let Some(word) = word {
            if stretch < at {
                pieces.push((stretch, at, false));
            }
            pieces.push((at, at + word.len(), true));
            at += word.len();
            stretch = at;
        } else {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
    }
    if stretch < text.len() {
        pieces.push((stretch, text.len(), false));
    }
    pieces
}

/// `text` without the zero width spaces [`thai_words`] puts between two Thai characters.
fn without_thai_breaks(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let between_thai = c == ZERO_WIDTH_SPACE
            && i > 0
            && is_thai(chars[i - 1])
            && chars.get(i + 1).is_some_and(|&n| is_thai(n));
        if !between_thai {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const WJ: char = WORD_JOINER;

    #[test]
    fn korean_words_are_joined_and_spaces_stay_breakable() {
        assert_eq!(
            prepare("ko", "잠시 기다려 주세요"),
            format!("잠{WJ}시 기{WJ}다{WJ}려 주{WJ}세{WJ}요")
        );
    }

    #[test]
    fn a_digit_is_joined_to_the_character_beside_it_in_every_language() {
        assert_eq!(
            prepare("ja", "2027年6月5日まで"),
            format!("2{WJ}0{WJ}2{WJ}7{WJ}年{WJ}6{WJ}月{WJ}5{WJ}日まで")
        );
        assert_eq!(prepare("en", "in 3 days"), "in 3 days");
        assert_eq!(
            prepare("ja", "6回分（計180日間）"),
            format!("6{WJ}回分（計1{WJ}8{WJ}0{WJ}日間）"),
            "the word before a number may still end a line"
        );
    }

    #[test]
    fn a_glued_value_has_a_joiner_between_every_two_characters() {
        assert_eq!(
            glue("Mar 8"),
            format!("M{WJ}a{WJ}r{WJ} {WJ}8"),
            "spaces inside a value are joined too"
        );
        assert_eq!(strip(&glue("¥12,345")), "¥12,345");
    }

    #[test]
    fn preparing_twice_changes_nothing() {
        for (tag, text) in [
            ("ko", "데이터 잔량 1,200 MB"),
            ("ja", "2027年6月5日"),
            ("th", "กรุณาเลือกแพ็กเกจที่ต้องการ"),
        ] {
            let once = prepare(tag, text);
            assert_eq!(prepare(tag, &once), once, "{tag}: {text}");
        }
    }

    #[test]
    fn thai_words_are_separated_by_zero_width_spaces() {
        let prepared = prepare("th", "ขอบคุณที่ใช้บริการ");
        let words: Vec<&str> = prepared.split(ZERO_WIDTH_SPACE).collect();
        assert!(words.len() >= 3, "{words:?}");
        assert_eq!(strip(&prepared), "ขอบคุณที่ใช้บริการ");
        assert!(
            words.contains(&"ขอบคุณ"),
            "ขอบคุณ (thank you) is one word: {words:?}"
        );
    }

    /// The words between the marks, for comparing with what a reader sees as words.
    fn thai(text: &str) -> String {
        strip(&prepare("th", text).replace(ZERO_WIDTH_SPACE, "|"))
    }

    #[test]
    fn a_loanword_the_dictionary_lacks_stays_whole_and_the_words_after_it_are_found() {
        assert_eq!(thai("ต่ออายุซิมเน็ต"), "ต่อ|อายุ|ซิม|เน็ต", "renew SIM net");
        assert_eq!(
            thai("หากซิมยังไม่ได้รับการต่ออายุ"),
            "หาก|ซิม|ยัง|ไม่|ได้|รับ|การ|ต่อ|อายุ",
            "without ซิม in the list: หาก|ซิ|มยั|งไ|ม่ไ|ด้รั|บ…"
        );
        assert_eq!(thai("สแกนคิวอาร์โค้ด"), "สแกน|คิวอาร์โค้ด");
    }

    #[test]
    fn words_the_dictionary_split_wrongly_are_whole() {
        assert_eq!(thai("ทุกรายการเรียบร้อยแล้ว"), "ทุก|รายการ|เรียบร้อย|แล้ว");
        assert_eq!(thai("กรุณาทำตามคำแนะนำ"), "กรุณา|ทำตาม|คำ|แนะนำ");
    }

    #[test]
    fn preparing_a_thai_message_twice_finds_the_same_breaks() {
        let text = "พิมพ์ใบเสร็จไม่ได้ แต่ต่ออายุซิมเรียบร้อยแล้ว 30 นาที";
        let once = prepare("th", text);
        assert_eq!(prepare("th", &once), once);
    }

    #[test]
    fn values_are_short_strings_with_a_digit() {
        assert!(is_value("¥1,980"));
        assert!(is_value("2027年6月5日"));
        assert!(!is_value("docomo"));
        assert!(!is_value(
            "the card terminal did not answer within 30 s on /dev/ttyUSB0"
        ));
    }
}
