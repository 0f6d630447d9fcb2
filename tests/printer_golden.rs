//! Golden tests of the receipt: the model (text lines per language) and the byte stream (decoded
//! back into a picture and its QR payload by the ESC/POS decoder, then compared with
//! tests/golden/receipt_*). After a deliberate change: `UPDATE_GOLDEN=1 cargo test --test
//! printer_golden`, then look at the PNGs before committing them.

use simkiosk::i18n::Lang;
use simkiosk::printer::decode;
use simkiosk::printer::layout::{self, Line, Span, TextSize};
use simkiosk::printer::raster::{Piece, WIDTH_58MM, WIDTH_80MM};
use simkiosk::printer::render::{receipt_lines, render_lines};
use simkiosk::printer::{ReceiptFacts, render_escpos};
use std::path::PathBuf;

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDEN").is_some()
}

/// Compares with a golden file, or writes it when UPDATE_GOLDEN is set.
fn check_golden(name: &str, actual: &[u8]) {
    let path = golden(name);
    if updating() {
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected = std::fs::read(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with UPDATE_GOLDEN=1)", path.display()));
    if expected != actual {
        let seen = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("target")
            .join(format!("actual_{name}"));
        let _ = std::fs::write(&seen, actual);
        panic!(
            "{name} differs from the golden file; the actual output is in {}",
            seen.display()
        );
    }
}

/// Decodes a PNG to (width, height, gray pixels).
fn read_png(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .expect("png header");
    let mut buf = vec![0; reader.output_buffer_size().expect("png size")];
    let info = reader.next_frame(&mut buf).expect("png frame");
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf)
}

fn qr_payloads(page: &simkiosk::printer::raster::Bitmap) -> Vec<String> {
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(
        page.width as usize,
        page.height as usize,
        |x, y| {
            if page.get(x as u32, y as u32) { 0 } else { 255 }
        },
    );
    img.detect_grids()
        .into_iter()
        .map(|g| g.decode().expect("QR decodes").1)
        .collect()
}

#[test]
fn model_golden_text_per_language() {
    for lang in Lang::ALL {
        let text = layout::to_text(&receipt_lines(&ReceiptFacts::sample(lang)).expect("lines"));
        check_golden(&format!("receipt_{}.txt", lang.tag()), text.as_bytes());
    }
}

#[test]
fn byte_stream_golden_picture_and_qr_payload_per_language() {
    for lang in Lang::ALL {
        let facts = ReceiptFacts::sample(lang);
        let job = render_escpos(&facts, WIDTH_80MM).expect("render");
        let printed = decode::print(&decode::parse(&job), WIDTH_80MM);
        assert!(printed.cut, "{lang:?}: the job must end with a cut");
        // The printer draws the QR code: the stream carries the payload, not a picture of it.
        assert_eq!(
            printed.qr_payloads,
            vec![facts.qr_url.clone().expect("sample has a QR URL")]
        );
        // And the picture the printer would make scans back to the same payload.
        assert_eq!(
            qr_payloads(&printed.page),
            printed.qr_payloads,
            "{lang:?}: QR on paper"
        );
        let png = decode::to_png(&printed.page);
        let name = format!("receipt_{}.png", lang.tag());
        if updating() {
            check_golden(&name, &png);
            continue;
        }
        let expected = std::fs::read(golden(&name)).expect("golden png (run with UPDATE_GOLDEN=1)");
        let (ew, eh, epx) = read_png(&expected);
        let (aw, ah, apx) = read_png(&png);
        assert_eq!((aw, ah), (ew, eh), "{name}: size changed");
        let differing = epx.iter().zip(&apx).filter(|(a, b)| a != b).count();
        // The faces are re-subset by tools/subset-fonts.sh now and then, which moves a few
        // anti-aliasing edge dots; a moved line, a missing glyph or a tofu box changes thousands.
        let allowed = epx.len() / 500;
        if differing > allowed {
            let seen = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("target")
                .join(format!("actual_{name}"));
            let _ = std::fs::write(&seen, &png);
            panic!(
                "{name}: {differing} pixels differ (at most {allowed} allowed); actual picture in {}",
                seen.display()
            );
        }
    }
}

#[test]
fn qr_payload_golden() {
    let job = render_escpos(&ReceiptFacts::sample(Lang::Ja), WIDTH_80MM).expect("render");
    let printed = decode::print(&decode::parse(&job), WIDTH_80MM);
    check_golden(
        "receipt_qr_payload.txt",
        printed.qr_payloads.join("\n").as_bytes(),
    );
}

#[test]
fn typical_receipt_stays_within_the_byte_budget() {
    for lang in Lang::ALL {
        let job = render_escpos(&ReceiptFacts::sample(lang), WIDTH_80MM).expect("render");
        // Vietnamese stacks two marks over a vowel: its lines fill raster rows the others leave
        // blank (41,272 bytes for the sample, the largest of the eleven).
        assert!(
            job.len() < 44 * 1024,
            "{lang:?}: {} bytes sent, budget 44 KB",
            job.len()
        );
    }
}

#[test]
fn reprint_is_marked_in_japanese_and_the_customers_language() {
    let mut facts = ReceiptFacts::sample(Lang::En);
    facts.reprint = true;
    let text = layout::to_text(&receipt_lines(&facts).expect("lines"));
    assert!(
        text.starts_with("^ 再発行 / REPRINT\n"),
        "first line: {}",
        text.lines().next().unwrap_or("")
    );
    facts.reprint = false;
    let text = layout::to_text(&receipt_lines(&facts).expect("lines"));
    assert!(
        !text.contains("再発行") && !text.contains("REPRINT"),
        "an original says nothing of reprints"
    );
}

#[test]
fn bidi_marks_and_narrow_spaces_never_reach_the_paper() {
    let mut facts = ReceiptFacts::sample(Lang::En);
    facts.store.name = "\u{2068}SIM\u{00A0}Kiosk\u{2069}\u{202F}Narita\u{2009}T2".into();
    let text = layout::to_text(&receipt_lines(&facts).expect("lines"));
    assert!(
        text.contains("^ SIM Kiosk Narita T2\n"),
        "store line cleaned: {text}"
    );
    for c in ['\u{2068}', '\u{2069}', '\u{202F}', '\u{00A0}', '\u{2009}'] {
        assert!(
            !text.contains(c),
            "U+{:04X} left in the receipt text",
            c as u32
        );
    }
}

#[test]
fn bad_registration_number_is_refused() {
    let mut facts = ReceiptFacts::sample(Lang::Ja);
    facts.store.registration_number = "1234567890123".into();
    let err = render_escpos(&facts, WIDTH_80MM).expect_err("no T prefix");
    assert!(err.to_string().contains("registration number"), "{err}");
}

fn glyph(text: &str, lang: Lang) -> simkiosk::printer::raster::Bitmap {
    let line = Line::Text {
        spans: vec![Span {
            text: text.into(),
            lang,
        }],
        size: TextSize::Large,
        align: layout::Align::Left,
    };
    match render_lines(&[line], WIDTH_80MM)
        .expect("render")
        .as_slice()
    {
        [Piece::Image(b)] => b.clone(),
        other => panic!("one picture expected, got {} pieces", other.len()),
    }
}

/// 直 and 骨 are drawn differently in Japanese and Chinese: the face follows the span's language.
#[test]
fn han_glyph_forms_follow_the_language() {
    for ch in ["直", "骨"] {
        let ja = glyph(ch, Lang::Ja);
        let sc = glyph(ch, Lang::ZhHans);
        let tc = glyph(ch, Lang::ZhHant);
        assert!(
            ja.bits.iter().any(|&b| b != 0),
            "{ch} in Japanese printed nothing (tofu or missing face)"
        );
        assert_ne!(
            ja.bits, sc.bits,
            "{ch}: Japanese and Simplified Chinese forms must differ"
        );
        assert_ne!(
            ja.bits, tc.bits,
            "{ch}: Japanese and Traditional Chinese forms must differ"
        );
    }
}

#[test]
fn narrow_58mm_paper_renders_within_384_dots() {
    let job = render_escpos(&ReceiptFacts::sample(Lang::ZhHant), WIDTH_58MM).expect("render");
    for op in decode::parse(&job) {
        if let decode::Op::Raster { width_bytes, .. } = op {
            assert!(
                u32::from(width_bytes) * 8 <= WIDTH_58MM,
                "band of {width_bytes} bytes is wider than 58 mm"
            );
        }
    }
    let printed = decode::print(&decode::parse(&job), WIDTH_58MM);
    assert_eq!(
        qr_payloads(&printed.page).len(),
        1,
        "QR fits and scans on 58 mm"
    );
}

fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("read locales").flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_tree(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).expect("copy");
        }
    }
}

#[test]
fn a_translation_equal_to_the_japanese_prints_once() {
    // Chinese may well write 合計 as Japanese does: then 「合計」, never 「合計 / 合計」.
    let dir = std::env::temp_dir().join(format!("receipt-locales-{}", std::process::id()));
    copy_tree(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales"),
        &dir,
    );
    let ftl = dir.join("zh-Hant/receipt.ftl");
    let text = std::fs::read_to_string(&ftl).expect("zh-Hant receipt.ftl");
    let edited: Vec<String> = text
        .lines()
        .map(|l| {
            if l.starts_with("receipt-total =") {
                "receipt-total = 合計".to_string()
            } else {
                l.to_string()
            }
        })
        .collect();
    std::fs::write(&ftl, edited.join("\n") + "\n").expect("write");
    let wording = simkiosk::i18n::Localizer::from_dir(&dir).expect("edited locales load");
    let lines = layout::layout(&ReceiptFacts::sample(Lang::ZhHant), &wording);
    let text = layout::to_text(&lines);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        text.lines().any(|l| l.starts_with("合計 | ")),
        "the total heading prints once: {text}"
    );
    assert!(
        !text.contains("合計 / 合計"),
        "「合計 / 合計」 printed: {text}"
    );
}

#[test]
fn no_receipt_repeats_a_heading_in_both_languages() {
    for lang in Lang::ALL {
        let text = layout::to_text(&receipt_lines(&ReceiptFacts::sample(lang)).expect("lines"));
        for line in text.lines() {
            let left = line.split(" | ").next().unwrap_or(line);
            if let Some((ja, own)) = left.split_once(" / ") {
                assert_ne!(ja.trim_start_matches("^ "), own, "{lang:?}: {line}");
            }
        }
    }
}

#[test]
fn only_the_japanese_receipt_omits_japan_time() {
    for lang in Lang::ALL {
        let text = layout::to_text(&receipt_lines(&ReceiptFacts::sample(lang)).expect("lines"));
        let expiry = text
            .lines()
            .find(|l| l.starts_with("新しい有効期限"))
            .unwrap_or_else(|| panic!("{lang:?}: no expiry line in {text}"));
        if lang == Lang::Ja {
            assert!(
                !text.contains("JST"),
                "the Japanese receipt says JST: {text}"
            );
        } else {
            assert!(
                expiry.ends_with(" (JST)"),
                "{lang:?}: expiry without (JST): {expiry}"
            );
        }
    }
}

#[test]
fn data_amounts_print_as_the_screens_show_them() {
    let wording = simkiosk::i18n::Localizer::embedded().expect("locales");
    for lang in Lang::ALL {
        let mut facts = ReceiptFacts::sample(lang);
        facts.items[0].data_mb = Some(5000);
        let text = layout::to_text(&receipt_lines(&facts).expect("lines"));
        // The paper has plain spaces where the screen has no-break ones (5 GB, 5 Go).
        let on_screen = simkiosk::i18n::clean_for_print(&wording.data_amount(lang, Some(5000)));
        assert!(
            text.contains(&on_screen),
            "{lang:?}: 5000 MB is not {on_screen:?} on the receipt: {text}"
        );
        assert!(
            !text.contains("5000"),
            "{lang:?}: 5000 MB printed raw: {text}"
        );
    }
}

#[test]
fn the_receipt_is_dated_when_the_payment_was_approved() {
    use chrono::{TimeZone, Utc};
    use simkiosk::journal::{Detail, EventRecord, TxState};
    let start = Utc.with_ymd_and_hms(2026, 11, 25, 4, 59, 0).unwrap();
    let event = |seq: u32, minutes: i64, from: Option<TxState>, to: TxState| EventRecord {
        tx_id: "TX-1".into(),
        seq,
        at: start + chrono::Duration::minutes(minutes),
        from,
        to,
        detail: Detail::default(),
    };
    let history = vec![
        event(1, 0, None, TxState::Created),
        event(2, 1, Some(TxState::Created), TxState::PaymentRequested),
        event(
            3,
            3,
            Some(TxState::PaymentRequested),
            TxState::PaymentApproved,
        ),
        event(
            4,
            4,
            Some(TxState::PaymentApproved),
            TxState::RenewalRequested,
        ),
    ];
    assert_eq!(
        simkiosk::engine::paid_at(&history),
        Some(start + chrono::Duration::minutes(3)),
        "the transaction date is the approval, not the session start"
    );
    assert_eq!(
        simkiosk::engine::paid_at(&history[..2]),
        None,
        "not yet paid"
    );
}
