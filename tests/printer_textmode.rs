//! The optional text mode (Japanese receipt as Shift_JIS kanji text): golden bytes and its limits.

use simkiosk::i18n::Lang;
use simkiosk::printer::decode::{self, Op};
use simkiosk::printer::raster::WIDTH_80MM;
use simkiosk::printer::render::render_escpos_text;
use simkiosk::printer::{ReceiptFacts, render_escpos};
use std::path::PathBuf;

fn job() -> Vec<u8> {
    render_escpos_text(&ReceiptFacts::sample(Lang::Ja), WIDTH_80MM).expect("Japanese text job")
}

#[test]
fn starts_in_kanji_mode_with_shift_jis() {
    let job = job();
    #[rustfmt::skip]
    let head = [
        0x1B, 0x40,         // ESC @
        0x1B, 0x52, 8,      // ESC R 8: Japan (0x5C is ¥)
        0x1B, 0x74, 1,      // ESC t 1: Katakana
        0x1C, 0x43, 1,      // FS C 1: Shift_JIS
        0x1C, 0x26,         // FS &: kanji mode on
    ];
    assert_eq!(&job[..head.len()], &head);
    assert_eq!(
        &job[job.len() - 4..],
        &[0x1D, 0x56, 0x41, 0x00],
        "ends with feed and cut"
    );
}

#[test]
fn golden_bytes_and_readable_lines() {
    let job = job();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/receipt_ja_text.bin");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &job).expect("write golden");
    }
    let golden = std::fs::read(&path).expect("golden (run with UPDATE_GOLDEN=1)");
    assert_eq!(job, golden, "text-mode bytes changed");
    let (text, _, bad) = encoding_rs::SHIFT_JIS.decode(&job);
    assert!(!bad, "all text is valid Shift_JIS");
    // Label left, amount right, padded to 48 columns (a kanji counts two).
    let line = text
        .lines()
        .find(|l| l.contains("内消費税"))
        .expect("tax line");
    let cols: usize = line
        .trim_start_matches(|c: char| c.is_control() || c == '!')
        .chars()
        .map(|c| if c.is_ascii() { 1 } else { 2 })
        .sum();
    assert!(line.ends_with("985円"), "tax line: {line:?}");
    assert!(cols <= 48, "tax line is {cols} columns: {line:?}");
    let ops = decode::parse(&job);
    assert!(
        ops.contains(&Op::QrStore(
            b"https://r.simkiosk.example/t/TX-20261125-000042".to_vec()
        )),
        "QR by the printer"
    );
}

#[test]
fn far_fewer_bytes_than_the_raster() {
    let raster = render_escpos(&ReceiptFacts::sample(Lang::Ja), WIDTH_80MM).expect("raster");
    assert!(
        job().len() * 5 < raster.len(),
        "text {} vs raster {} bytes",
        job().len(),
        raster.len()
    );
}

#[test]
fn other_languages_are_refused_with_a_reason() {
    for lang in [Lang::En, Lang::ZhHans, Lang::ZhHant, Lang::Ko] {
        let err =
            render_escpos_text(&ReceiptFacts::sample(lang), WIDTH_80MM).expect_err("not Japanese");
        assert!(err.to_string().contains("Japanese only"), "{lang:?}: {err}");
    }
}
