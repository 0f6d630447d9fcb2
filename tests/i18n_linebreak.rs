//! Line breaking as the kiosk lays text out: cosmic-text (which iced and the receipt raster use)
//! over the embedded faces, after `i18n::linebreak` has marked the text. No window, no iced.

use cosmic_text::fontdb::{Database, Source};
use cosmic_text::{
    Attrs, Buffer, Color, Family, FontSystem, Metrics, Shaping, SwashCache, Weight, Wrap,
};
use simkiosk::i18n::linebreak::{self, WORD_JOINER, ZERO_WIDTH_SPACE};
use simkiosk::i18n::{Lang, Localizer, fonts};
use std::sync::Arc;

mod i18n_support;

/// Body text size on screen (`ui::ctx::BODY`) with the large-text toggle's factor left out.
const SIZE: f32 = 36.0;

fn font_system() -> FontSystem {
    let mut db = Database::new();
    for f in fonts::faces() {
        db.load_font_source(Source::Binary(Arc::new(f.bytes)));
    }
    FontSystem::new_with_locale_and_db("ja-JP".into(), db)
}

fn shaped(fs: &mut FontSystem, family: &str, text: &str, width: f32) -> Buffer {
    let mut buffer = Buffer::new(fs, Metrics::new(SIZE, SIZE * 1.5));
    // iced's default wrapping (`Wrapping::Word`): a line breaks only at a break opportunity.
    buffer.set_wrap(fs, Wrap::Word);
    buffer.set_size(fs, Some(width), None);
    let attrs = Attrs::new().family(Family::Name(family));
    buffer.set_text(fs, text, &attrs, Shaping::Advanced, None);
    buffer.shape_until_scroll(fs, false);
    buffer
}

/// Each visual line of `text` laid out `width` px wide: its text from where it starts to where
/// the next line starts (trailing spaces included), without marks, and its drawn width.
fn lines(fs: &mut FontSystem, family: &str, text: &str, width: f32) -> Vec<(String, f32)> {
    let buffer = shaped(fs, family, text, width);
    let runs: Vec<(usize, f32)> = buffer
        .layout_runs()
        .map(|run| {
            let start = run.glyphs.iter().map(|g| g.start).min().unwrap_or(0);
            (start, run.line_w)
        })
        .collect();
    let mut out = Vec::new();
    for (i, &(start, w)) in runs.iter().enumerate() {
        let end = runs.get(i + 1).map_or(text.len(), |r| r.0);
        out.push((linebreak::strip(&text[start..end]), w));
    }
    out
}

/// Byte offsets (in the unmarked text) where the layout started a new line.
fn break_offsets(lines: &[(String, f32)]) -> Vec<usize> {
    let mut at = 0;
    let mut out = Vec::new();
    for (text, _) in &lines[..lines.len().saturating_sub(1)] {
        at += text.len();
        out.push(at);
    }
    out
}

/// A Thai sentence written for this test as its words (Thai is written without spaces), from
/// a card-payment instruction: "Please insert or tap your card at the card reader and wait a
/// moment until the payment is complete. Thank you for using the service."
const THAI_WORDS: [&str; 23] = [
    "กรุณา",
    "เสียบ",
    "บัตร",
    "หรือ",
    "แตะ",
    "บัตร",
    "ที่",
    "เครื่อง",
    "อ่าน",
    "บัตร",
    "แล้ว",
    "รอ",
    "สักครู่",
    "จนกว่า",
    "การ",
    "ชำระ",
    "เงิน",
    "จะ",
    "เสร็จ",
    "ขอบคุณ",
    "ที่",
    "ใช้",
    "บริการ",
];

#[test]
fn a_long_thai_sentence_breaks_only_between_dictionary_words_and_fits_a_narrow_button() {
    let mut fs = font_system();
    let sentence = THAI_WORDS.concat();
    let width = 300.0;
    // Without the segmenter's marks UAX #14 finds no break in Thai: one line, far too wide.
    let raw = lines(&mut fs, fonts::THAI, &sentence, width);
    assert_eq!(raw.len(), 1, "cosmic-text broke unmarked Thai: {raw:?}");
    assert!(raw[0].1 > width, "the sentence must not fit unbroken");

    let prepared = linebreak::prepare("th", &sentence);
    let laid = lines(&mut fs, fonts::THAI, &prepared, width);
    assert!(laid.len() >= 4, "the sentence should wrap: {laid:?}");
    let joined: String = laid.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(joined, sentence, "the lines together are the sentence");
    let word_ends: Vec<usize> = THAI_WORDS
        .iter()
        .scan(0, |at, w| {
            *at += w.len();
            Some(*at)
        })
        .collect();
    for at in break_offsets(&laid) {
        assert!(
            word_ends.contains(&at),
            "a line breaks inside a word, after {:?}: {laid:?}",
            &sentence[..at]
        );
    }
    for (text, w) in &laid {
        assert!(*w <= width, "line {text:?} is {w} px wide, over {width}");
    }
}

#[test]
fn korean_breaks_only_at_spaces() {
    let mut fs = font_system();
    // "Please wait a moment. There is data you can still use." (the "기다/려", "사용/할" defect).
    let sentence = "잠시만 기다려 주세요. 아직 사용할 수 있는 데이터가 남아 있습니다.";
    let width = 200.0;
    let raw = lines(&mut fs, fonts::KR, sentence, width);
    assert!(
        raw[..raw.len() - 1].iter().any(|(t, _)| !t.ends_with(' ')),
        "cosmic-text no longer breaks Korean inside words; keep-all may be redundant: {raw:?}"
    );

    let laid = lines(
        &mut fs,
        fonts::KR,
        &linebreak::prepare("ko", sentence),
        width,
    );
    assert!(laid.len() >= 3, "the sentence should wrap: {laid:?}");
    let joined: String = laid.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(joined, sentence);
    for at in break_offsets(&laid) {
        assert!(
            sentence[..at].ends_with(' '),
            "a line breaks inside a word, after {:?}: {laid:?}",
            &sentence[..at]
        );
    }
}

/// A value inside a sentence, as the localizer for display builds it: the value glued, the
/// sentence prepared for its language.
fn in_sentence(tag: &str, before: &str, value: &str, after: &str) -> String {
    linebreak::prepare(tag, &format!("{before}{}{after}", linebreak::glue(value)))
}

#[test]
fn dates_prices_and_numbers_never_split_at_any_width_that_fits_them() {
    let mut fs = font_system();
    let cases = [
        ("ja", fonts::JP, "有効期限は", "2027年6月5日", "までです。"),
        (
            "en",
            fonts::JP,
            "Valid until ",
            "Mar 8, 2027",
            " (Japan time).",
        ),
        ("ja", fonts::JP, "お支払い金額は", "¥12,345", "です。"),
        ("zh-Hans", fonts::SC, "有效期至", "2027年6月5日", "。"),
        ("ko", fonts::KR, "유효기간: ", "2027년 6월 5일", "까지"),
        ("en", fonts::JP, "Call ", "090-1234-5678", " for help."),
        ("en", fonts::JP, "ICCID ", "8981100000000000010", " found."),
        ("th", fonts::THAI, "ใช้ได้ถึง", "5 มิ.ย. 2570", "เท่านั้น"),
    ];
    for (tag, family, before, value, after) in cases {
        let text = in_sentence(tag, before, value, after);
        let own = lines(&mut fs, family, &linebreak::glue(value), 10_000.0);
        let value_w = own[0].1.ceil();
        let mut width = value_w;
        while width <= value_w * 3.0 {
            let laid = lines(&mut fs, family, &text, width);
            assert!(
                laid.iter().any(|(t, _)| t.contains(value)),
                "{tag}: {value:?} split at {width} px: {laid:?}"
            );
            width += 7.0;
        }
    }
}

#[test]
fn unmarked_dates_do_split_which_is_why_values_are_glued() {
    // The defect seen on the screens ("2027年6 / 月5日", "Mar 8, / 2027"): if cosmic-text ever
    // stops breaking these, the gluing above is redundant and this says so.
    let mut fs = font_system();
    for (family, text, value) in [
        (
            fonts::JP,
            "有効期限は2027年6月5日までです。",
            "2027年6月5日",
        ),
        (
            fonts::JP,
            "Valid until Mar 8, 2027 (Japan time).",
            "Mar 8, 2027",
        ),
    ] {
        let split = (100..600).step_by(5).any(|w| {
            !lines(&mut fs, family, text, w as f32)
                .iter()
                .any(|(t, _)| t.contains(value))
        });
        assert!(split, "{value:?} never split unmarked in {text:?}");
    }
}

#[test]
fn the_localizer_for_display_glues_formatted_arguments_and_leaves_plain_text_alone() {
    let plain = Localizer::embedded().expect("embedded locales load");
    let display = plain.for_display();
    let date = plain.date(
        Lang::En,
        chrono::NaiveDate::from_ymd_opt(2027, 3, 8).unwrap(),
    );
    assert!(date.contains(' '), "{date:?}");
    let args = [("amount", date.clone().into())];
    // Any message with a string argument shows the gluing; ui-plans-saving takes an amount.
    let shown = display.text_with(Lang::En, "ui-plans-saving", &args);
    assert!(
        shown.contains(&linebreak::glue(&date)),
        "the argument is not glued in {shown:?}"
    );
    assert_eq!(
        linebreak::strip(&shown),
        plain.text_with(Lang::En, "ui-plans-saving", &args),
        "display text differs from plain text by more than the marks"
    );
    let plain_ko = plain.text(Lang::Ko, "ui-back");
    assert!(!plain_ko.contains(WORD_JOINER), "plain text carries marks");
}

/// Every pixel cosmic-text draws for `text` in `family`.
fn ink(
    fs: &mut FontSystem,
    cache: &mut SwashCache,
    family: &str,
    text: &str,
    bold: bool,
) -> Vec<(i32, i32, u8)> {
    let mut buffer = Buffer::new(fs, Metrics::new(SIZE, SIZE * 1.5));
    buffer.set_size(fs, None, None);
    let weight = if bold { Weight::BOLD } else { Weight::NORMAL };
    let attrs = Attrs::new().family(Family::Name(family)).weight(weight);
    buffer.set_text(fs, text, &attrs, Shaping::Advanced, None);
    buffer.shape_until_scroll(fs, false);
    let mut out = Vec::new();
    buffer.draw(fs, cache, Color::rgb(0, 0, 0), |x, y, w, h, c| {
        if c.a() > 0 {
            for dy in 0..h as i32 {
                for dx in 0..w as i32 {
                    out.push((x + dx, y + dy, c.a()));
                }
            }
        }
    });
    out.sort_unstable();
    out
}

#[test]
fn the_marks_draw_nothing_in_any_face() {
    let mut fs = font_system();
    let mut cache = SwashCache::new();
    let samples = [
        (fonts::KR, "ko", "기다려 주세요"),
        (fonts::JP, "ja", "2027年6月5日"),
        (fonts::SC, "zh-Hans", "2027年6月5日"),
        (fonts::TC, "zh-Hant", "2027年6月5日"),
        (fonts::THAI, "th", "ขอบคุณที่ใช้บริการ"),
        (fonts::LATIN, "vi", "Ngày 5 tháng 6"),
    ];
    for (family, tag, text) in samples {
        let marked = linebreak::glue(&linebreak::prepare(tag, text));
        assert!(
            marked.contains(WORD_JOINER) || marked.contains(ZERO_WIDTH_SPACE),
            "{tag}: nothing was marked in {text:?}"
        );
        for bold in [false, true] {
            assert_eq!(
                ink(&mut fs, &mut cache, family, &marked, bold),
                ink(&mut fs, &mut cache, family, text, bold),
                "{tag} (bold={bold}): the marks in {marked:?} change what is drawn"
            );
        }
    }
}

/// Every Thai message as the screens and the receipt get it, a `|` at each line break
/// opportunity the segmenter marked (variables filled with 2). Reviewed by a reader of Thai in
/// `tests/golden/th_line_breaks.txt`; `UPDATE_GOLDEN=1` rewrites it after a deliberate change.
fn thai_messages_with_breaks() -> Vec<(String, String)> {
    let display = Localizer::embedded()
        .expect("embedded locales load")
        .for_display();
    let mut out = Vec::new();
    for f in i18n_support::ftl_files()
        .into_iter()
        .filter(|f| f.lang == Lang::Th)
    {
        for m in i18n_support::messages(&f.text).0 {
            let args: Vec<(&str, fluent_bundle::FluentValue)> = m
                .vars
                .iter()
                .map(|v| (v.as_str(), fluent_bundle::FluentValue::from(2)))
                .collect();
            // `text_with` is what the screens call: the display path, with its marks.
            let text = display
                .text_with(Lang::Th, &m.id, &args)
                .replace(['\u{2068}', '\u{2069}', WORD_JOINER], "")
                .replace(ZERO_WIDTH_SPACE, "|");
            out.push((m.id, text));
        }
    }
    out
}

#[test]
fn every_thai_message_breaks_where_the_reviewed_golden_file_says() {
    let actual: String = thai_messages_with_breaks()
        .iter()
        .map(|(id, text)| format!("{id} = {text}\n"))
        .collect();
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/th_line_breaks.txt");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &actual).expect("write tests/golden/th_line_breaks.txt");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_GOLDEN=1)", path.display()));
    for (want, got) in expected.lines().zip(actual.lines()) {
        assert_eq!(got, want, "a Thai message breaks elsewhere than reviewed");
    }
    assert_eq!(
        actual.lines().count(),
        expected.lines().count(),
        "Thai messages were added or removed: UPDATE_GOLDEN=1 and review the new lines"
    );
}

/// A Thai syllable is never cut: no break before a vowel or tone mark written above, below or
/// after its consonant (U+0E30..U+0E3A, U+0E45, U+0E47..U+0E4E), nor after a vowel written before
/// it (U+0E40..U+0E44). This catches many of the segmenter's mid-syllable breaks in messages
/// added later (the dictionary once gave "ทุกร|า|ยก|า|ร" and "งไ|ม่ไ|ด้"), before anyone reviews them;
/// a word split between syllables ("ซิ|ม") only the golden file's review and the whole-word list catch.
#[test]
fn no_thai_message_breaks_inside_a_syllable_or_a_word_kept_whole() {
    let follows =
        |c: char| matches!(c, '\u{0E30}'..='\u{0E3A}' | '\u{0E45}' | '\u{0E47}'..='\u{0E4E}');
    let leads = |c: char| matches!(c, '\u{0E40}'..='\u{0E44}');
    for (id, text) in thai_messages_with_breaks() {
        for (at, _) in text.match_indices('|') {
            let before = text[..at].chars().next_back().unwrap_or(' ');
            let after = text[at + 1..].chars().next().unwrap_or(' ');
            assert!(
                !follows(after) && !leads(before),
                "th {id}: a break cuts a syllable at {:?}|{:?}: {text}",
                &text[..at],
                &text[at + 1..]
            );
        }
        // Break positions counted in the text without its marks.
        let mut plain = String::new();
        let mut breaks = Vec::new();
        for c in text.chars() {
            if c == '|' {
                breaks.push(plain.len());
            } else {
                plain.push(c);
            }
        }
        for word in linebreak::THAI_WHOLE_WORDS {
            for (at, _) in plain.match_indices(word) {
                assert!(
                    !breaks.iter().any(|&b| b > at && b < at + word.len()),
                    "th {id}: {word:?} is split: {text}"
                );
            }
        }
    }
}

/// The same text in the kiosk itself (iced, tiny-skia, headless): the flow walked with a
/// localizer for display, as the kiosk binary runs it.
#[cfg(feature = "ui")]
mod ui_support;

#[cfg(feature = "ui")]
mod on_screen {
    use super::ui_support::devices::{Script, ScriptedDevices};
    use super::ui_support::{Harness, PORTRAIT, demo_config, overflow, walk};
    use simkiosk::i18n::{Lang, Localizer};
    use simkiosk::ui::widget::bar;
    use simkiosk::ui::{Kiosk, Message, Runner};
    use std::path::{Path, PathBuf};
    use std::sync::Arc;

    fn harness(l10n: Localizer) -> Harness {
        let devices = Arc::new(ScriptedDevices::new(demo_config(), Script::Approve));
        let kiosk = Kiosk::new(
            &demo_config(),
            devices,
            l10n.clone(),
            PORTRAIT,
            Runner::Queue,
        );
        Harness {
            kiosk,
            l10n,
            size: PORTRAIT,
        }
    }

    fn plain() -> Localizer {
        Localizer::embedded().expect("embedded locales load")
    }

    fn for_display() -> Harness {
        harness(plain().for_display())
    }

    /// What the overflow walk reports on every screen of `lang` at large text, marks removed.
    fn overflows_at_large_text(mut h: Harness, lang: Lang) -> Vec<String> {
        h.send(Message::Bar(bar::Message::LargeText));
        let mut found = Vec::new();
        walk::walk(&mut h, lang, &mut |h, name| {
            for o in overflow::overflows(h.kiosk.view(), h.size) {
                found.push(format!(
                    "{name}: {}",
                    o.replace("\\u{2060}", "").replace("\\u{200b}", "")
                ));
            }
        });
        found
    }

    fn out_dir(sub: &str) -> PathBuf {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("target/snapshots/linebreak")
            .join(sub);
        std::fs::create_dir_all(&dir).expect("target/snapshots is writable");
        dir
    }

    /// Marked text never breaks where plain text did, so a label may need a wider line: no
    /// screen may overflow with marks where it fits without them. (The overflow walk itself is
    /// tests/ui_frame.rs; a layout that overflows either way is its finding, not this test's.)
    #[test]
    fn marked_text_overflows_no_screen_that_plain_text_fits_at_large_text() {
        for lang in [Lang::Ko, Lang::Ja, Lang::En, Lang::ZhHans, Lang::ZhHant] {
            let before = overflows_at_large_text(harness(plain()), lang);
            let after = overflows_at_large_text(for_display(), lang);
            let new: Vec<&String> = after.iter().filter(|o| !before.contains(o)).collect();
            assert!(
                new.is_empty(),
                "{}: overflows only with line-break marks:\n{}",
                lang.tag(),
                new.iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }

    /// Catalogue names are not messages, yet the screens mark them like one: a Korean plan name
    /// on the plans screen stays whole at its spaces ("트래블 3GB" with joiners inside "트래블").
    #[test]
    fn catalogue_names_on_screen_are_marked_for_display() {
        let plain = plain();
        let display = plain.for_display();
        assert_eq!(plain.name(Lang::Ko, "트래블 3GB"), "트래블 3GB");
        let marked = display.name(Lang::Ko, "트래블 3GB");
        assert!(
            marked.contains(simkiosk::i18n::linebreak::WORD_JOINER),
            "{marked:?}"
        );
        let thai = display.name(Lang::Th, "ลองสเตย์ไม่จำกัด");
        assert_eq!(
            simkiosk::i18n::linebreak::strip(&thai.replace('\u{200B}', "|")),
            "ลองสเตย์|ไม่|จำกัด"
        );
        let mut h = for_display();
        let mut seen = false;
        walk::walk(&mut h, Lang::Ko, &mut |h, name| {
            if name.ends_with("-plans") {
                let view = h.kiosk.view();
                let mut sim =
                    iced_test::Simulator::with_size(super::ui_support::settings(), h.size, view);
                seen = sim.find(marked.as_str()).is_ok();
            }
        });
        assert!(
            seen,
            "the plans screen shows {marked:?}, marked, as the plan's name"
        );
    }

    /// The large-text toggle on, as the idle prompt's tests lay it out.
    const LARGE_TEXT: simkiosk::ui::theme::Prefs = simkiosk::ui::theme::Prefs {
        large_text: true,
        high_contrast: false,
    };

    /// Lines of `text` at `size` px laid out `width` px wide, bold as headings and large buttons.
    fn lines_at(
        fs: &mut cosmic_text::FontSystem,
        family: &str,
        text: &str,
        size: f32,
        width: f32,
        bold: bool,
    ) -> usize {
        use cosmic_text::{Attrs, Buffer, Family, Metrics, Shaping, Weight, Wrap};
        let mut buffer = Buffer::new(fs, Metrics::new(size, size * 1.5));
        buffer.set_wrap(fs, Wrap::Word);
        buffer.set_size(fs, Some(width), None);
        let weight = if bold { Weight::BOLD } else { Weight::NORMAL };
        let attrs = Attrs::new().family(Family::Name(family)).weight(weight);
        buffer.set_text(fs, text, &attrs, Shaping::Advanced, None);
        buffer.shape_until_scroll(fs, false);
        buffer.layout_runs().count()
    }

    /// The idle prompt's buttons are tall enough for their labels in every language at large
    /// text. (The overflow walk cannot see this:
    /// iced clips a label taller than its button; Thai "ต้องการเวลา / เพิ่ม" was cut in half.)
    #[test]
    fn idle_prompt_buttons_are_tall_enough_for_their_labels_at_large_text() {
        use simkiosk::i18n::fonts;
        use simkiosk::ui::ctx::{BODY, LINE_HEIGHT_FACTOR};
        use simkiosk::ui::theme::GAP;
        use simkiosk::ui::widget::{LARGE_BUTTON_PADDING_X, LARGE_BUTTON_PADDING_Y, idle};
        let l10n = plain().for_display();
        let size = LARGE_TEXT.size(BODY);
        // The dialog's padding each side, two buttons GAP apart, each with its own padding.
        let width = (idle::WIDTH - 2.0 * idle::PADDING - GAP) / 2.0 - 2.0 * LARGE_BUTTON_PADDING_X;
        let mut fs = super::font_system();
        for lang in Lang::ALL {
            for id in ["ui-idle-more", "ui-idle-start-over"] {
                let label = l10n.text(lang, id);
                let family = fonts::family(lang);
                let n = lines_at(&mut fs, family, &label, size, width, true);
                let needed = n as f32 * size * LINE_HEIGHT_FACTOR + 2.0 * LARGE_BUTTON_PADDING_Y;
                assert!(
                    needed <= idle::buttons_height(size),
                    "{} {id}: {:?} takes {n} lines, {needed} px, in a button {} px tall",
                    lang.tag(),
                    simkiosk::i18n::linebreak::strip(&label),
                    idle::buttons_height(size)
                );
            }
        }
    }

    /// The idle prompt keeps two lines for its title and two for its countdown (`widget::idle`):
    /// German "Brauchen Sie mehr / Zeit?" at large text once ran into the seconds below it.
    #[test]
    fn idle_prompt_title_and_countdown_take_at_most_two_lines_at_large_text() {
        use simkiosk::i18n::fonts;
        use simkiosk::ui::ctx::{BODY, TITLE};
        use simkiosk::ui::widget::idle;
        let l10n = plain().for_display();
        let large = LARGE_TEXT;
        let width = idle::WIDTH - 2.0 * idle::PADDING;
        let mut fs = super::font_system();
        for lang in Lang::ALL {
            let family = fonts::family(lang);
            let title = l10n.text(lang, "ui-idle-title");
            let countdown = l10n.text_with(lang, "ui-idle-countdown", &[("seconds", 20.into())]);
            for (what, text, size, bold) in [
                ("title", &title, large.size(TITLE), true),
                ("countdown", &countdown, large.size(BODY), false),
            ] {
                let n = lines_at(&mut fs, family, text, size, width, bold);
                assert!(
                    n <= 2,
                    "{} idle {what}: {:?} takes {n} lines; the dialog keeps two",
                    lang.tag(),
                    simkiosk::i18n::linebreak::strip(text)
                );
            }
        }
    }

    #[test]
    #[ignore = "writes PNGs for people to look at: cargo test --test i18n_linebreak -- --ignored"]
    fn snapshots_of_korean_large_text_and_dates() {
        let mut h = for_display();
        h.send(Message::Bar(bar::Message::LargeText));
        let dir = out_dir("ko-large");
        walk::walk(&mut h, Lang::Ko, &mut |h, name| {
            h.snapshot(&dir.join(format!("{name}.png")));
        });
        for (lang, large) in [(Lang::Ja, true), (Lang::En, true), (Lang::Ja, false)] {
            let mut h = for_display();
            if large {
                h.send(Message::Bar(bar::Message::LargeText));
            }
            let dir = out_dir(&format!(
                "{}{}",
                lang.tag(),
                if large { "-large" } else { "" }
            ));
            walk::walk(&mut h, lang, &mut |h, name| {
                h.snapshot(&dir.join(format!("{name}.png")));
            });
        }
    }
}
