//! The simulator's ESC/POS interpreter, byte vector by byte vector: text modes, code pages,
//! kanji mode, pictures, barcodes, QR, and what it does with commands it does not draw.

use simkiosk::printer::interp::{self, Rendered};
use simkiosk::printer::raster::Bitmap;

const W: u32 = 576;

fn render(bytes: &[u8]) -> Rendered {
    interp::render(bytes, W)
}

/// (min x, min y, max x, max y) of the black dots, or None on a blank page.
fn ink_box(page: &Bitmap) -> Option<(u32, u32, u32, u32)> {
    let mut b: Option<(u32, u32, u32, u32)> = None;
    for y in 0..page.height {
        for x in 0..page.width {
            if page.get(x, y) {
                b = Some(match b {
                    None => (x, y, x, y),
                    Some((x0, y0, x1, y1)) => (x0.min(x), y0.min(y), x1.max(x), y1.max(y)),
                });
            }
        }
    }
    b
}

fn ink_size(bytes: &[u8]) -> (u32, u32) {
    let (x0, y0, x1, y1) = ink_box(&render(bytes).page).expect("something printed");
    (x1 - x0 + 1, y1 - y0 + 1)
}

fn dots(page: &Bitmap) -> usize {
    page.bits.iter().map(|b| b.count_ones() as usize).sum()
}

#[test]
fn text_prints_in_12_dot_cells_and_a_line_feed_ends_the_line() {
    let r = render(b"HHHH\n");
    let (x0, _, x1, _) = ink_box(&r.page).expect("text printed");
    assert!(
        x0 < 12,
        "the line starts at the left edge: first dot at {x0}"
    );
    assert!(
        (36..48).contains(&x1),
        "four font A cells end before dot 48: last dot at {x1}"
    );
    assert_eq!(
        r.page.height, 30,
        "one line at the default 1/6-inch spacing"
    );
    assert!(r.notes.is_empty(), "{:?}", r.notes);
}

#[test]
fn esc_exclamation_double_height_and_width_magnify_the_characters() {
    let (w, h) = ink_size(b"H\n");
    assert_eq!(
        ink_size(b"\x1b!\x10H\n"),
        (w, 2 * h),
        "ESC ! 0x10: double height"
    );
    assert_eq!(
        ink_size(b"\x1b!\x20H\n"),
        (2 * w, h),
        "ESC ! 0x20: double width"
    );
}

#[test]
fn gs_exclamation_sets_width_and_height_magnification() {
    let (w, h) = ink_size(b"H\n");
    assert_eq!(
        ink_size(b"\x1d!\x21H\n"),
        (3 * w, 2 * h),
        "GS ! 0x21: 3 wide, 2 high"
    );
    assert_eq!(ink_size(b"\x1d!\x21\x1d!\x00H\n"), (w, h), "GS ! 0 resets");
}

#[test]
fn of_esc_exclamation_and_gs_exclamation_the_last_size_received_wins() {
    let (w, h) = ink_size(b"H\n");
    assert_eq!(
        ink_size(b"\x1d!\x22\x1b!\x00H\n"),
        (w, h),
        "ESC ! 0 after GS ! 0x22"
    );
    assert_eq!(
        ink_size(b"\x1b!\x30\x1d!\x00H\n"),
        (w, h),
        "GS ! 0 after ESC ! 0x30"
    );
    assert_eq!(
        ink_size(b"\x1b!\x30\x1d!\x01H\n"),
        (w, 2 * h),
        "GS ! 1 after ESC ! 0x30"
    );
}

#[test]
fn font_b_is_smaller_than_font_a() {
    let (wa, ha) = ink_size(b"H\n");
    let (wb, hb) = ink_size(b"\x1b!\x01H\n");
    assert!(wb < wa && hb < ha, "font B {wb}x{hb} vs font A {wa}x{ha}");
}

#[test]
fn emphasis_by_esc_e_or_esc_exclamation_strikes_every_dot_again_one_to_the_right() {
    let plain = render(b"Hi\n").page;
    for bold in [&b"\x1bE\x01Hi\n"[..], b"\x1b!\x08Hi\n"] {
        let page = render(bold).page;
        for y in 0..plain.height {
            for x in 0..plain.width - 1 {
                if plain.get(x, y) {
                    assert!(
                        page.get(x, y) && page.get(x + 1, y),
                        "dot ({x},{y}) not doubled"
                    );
                }
            }
        }
        assert!(dots(&page) > dots(&plain), "emphasised text has more ink");
    }
}

#[test]
fn underline_by_esc_minus_draws_one_or_two_rows_under_the_cells() {
    for (n, rows) in [(1u8, 1u32), (2, 2)] {
        let page = render(&[b"\x1b-".as_slice(), &[n], b"ab\n"].concat()).page;
        let full: Vec<u32> = (0..page.height)
            .filter(|&y| (0..24).all(|x| page.get(x, y)))
            .collect();
        assert_eq!(
            full.len() as u32,
            rows,
            "ESC - {n}: rows inked across both cells: {full:?}"
        );
        assert_eq!(
            full[0],
            24 - rows,
            "the underline sits at the bottom of the 24-dot cell"
        );
    }
}

#[test]
fn esc_a_centres_and_right_aligns_the_line() {
    let (x0, _, x1, _) = ink_box(&render(b"\x1ba\x01HHHH\n").page).expect("ink");
    let centre = (x0 + x1) / 2;
    assert!(centre.abs_diff(W / 2) <= 6, "centred text spans {x0}..{x1}");
    let (_, _, x1, _) = ink_box(&render(b"\x1ba\x02HHHH\n").page).expect("ink");
    assert!(x1 >= W - 12, "right-aligned text ends at {x1}");
}

#[test]
fn upside_down_and_rotated_printing_turn_the_characters() {
    let plain = render(b"Hi\n").page;
    let turned = render(b"\x1b{\x01Hi\n").page;
    assert_eq!(turned.height, plain.height);
    let h = 24; // the line's characters; the rest of the line is feed
    for y in 0..h {
        for x in 0..W {
            assert_eq!(
                turned.get(W - 1 - x, h - 1 - y),
                plain.get(x, y),
                "ESC {{ 1: dot ({x},{y})"
            );
        }
    }
    let (w, hh) = ink_size(b"H\n");
    assert_eq!(
        ink_size(b"\x1bV\x01H\n"),
        (hh, w),
        "ESC V 1: a quarter turn"
    );
}

#[test]
fn the_same_character_in_different_code_pages_prints_the_same() {
    // (ESC t page, byte) pairs naming one character each.
    let same = [
        ("£", [(0u8, 0x9Cu8), (16, 0xA3), (2, 0x9C)]),
        ("é", [(0, 0x82), (16, 0xE9), (19, 0x82)]),
        ("€", [(16, 0x80), (15, 0xA4), (19, 0xD5)]),
    ];
    for (what, pairs) in same {
        let pages: Vec<Bitmap> = pairs
            .iter()
            .map(|&(page, b)| render(&[0x1B, b't', page, b, b'\n']).page)
            .collect();
        assert!(dots(&pages[0]) > 0, "{what} printed nothing");
        for (i, p) in pages.iter().enumerate().skip(1) {
            assert_eq!(
                p, &pages[0],
                "{what}: ESC t {} byte {:#04X}",
                pairs[i].0, pairs[i].1
            );
        }
    }
}

#[test]
fn katakana_page_and_japan_character_set() {
    // ESC t 1 (Katakana): B1 is ｱ; SJIS single byte B1 in kanji mode is the same character.
    let kana = render(b"\x1bt\x01\xb1\n").page;
    assert!(dots(&kana) > 0, "ｱ printed nothing");
    assert_ne!(kana, render(b"\x1bt\x00\xb1\n").page, "PC437 B1 is not ｱ");
    // ESC R 8 (Japan): 5C is ¥, as 9D is in PC437.
    assert_eq!(
        render(b"\x1bR\x08\x5c\n").page,
        render(b"\x1bt\x00\x9d\n").page
    );
}

#[test]
fn kanji_mode_prints_shift_jis_and_jis_alike_in_24_dot_cells() {
    // 漢字 in Shift_JIS (FS C 1) and in JIS (FS C 0).
    let sjis = render(b"\x1cC\x01\x1c&\x8a\xbf\x8e\x9a\n");
    let jis = render(b"\x1cC\x00\x1c&\x34\x41\x3b\x7a\n");
    assert!(sjis.notes.is_empty(), "{:?}", sjis.notes);
    assert_eq!(sjis.page, jis.page, "the same two kanji");
    let (x0, _, x1, _) = ink_box(&sjis.page).expect("kanji printed");
    assert!(x1 - x0 > 30 && x1 < 48, "two 24-dot cells: ink {x0}..{x1}");
    // FS . leaves kanji mode: the same bytes are single-byte characters again.
    let off = render(b"\x1cC\x01\x1c&\x1c.\x8a\xbf\x8e\x9a\n");
    assert_ne!(off.page, sjis.page);
}

#[test]
fn gs_v_0_and_esc_star_draw_the_same_picture() {
    // A 24 x 24 picture: a diagonal and a frame.
    let mut pic = Bitmap::new(24, 24);
    for i in 0..24 {
        pic.set(i, i);
        pic.set(i, 0);
        pic.set(0, i);
    }
    let mut raster = vec![0x1D, b'v', b'0', 0, 3, 0, 24, 0];
    raster.extend_from_slice(&pic.bits);
    // ESC * 33: 24 columns of 3 bytes, top to bottom; ESC J 0 prints the line with no feed.
    let mut column = vec![0x1B, b'*', 33, 24, 0];
    for x in 0..24 {
        for band in 0..3 {
            let mut byte = 0u8;
            for bit in 0..8 {
                if pic.get(x, band * 8 + bit) {
                    byte |= 0x80 >> bit;
                }
            }
            column.push(byte);
        }
    }
    column.extend_from_slice(&[0x1B, b'J', 0]);
    let (a, b) = (render(&raster), render(&column));
    assert_eq!(a.page.height, 24);
    assert_eq!(a.page, b.page, "GS v 0 and ESC * 33 disagree");
    for y in 0..24 {
        for x in 0..24 {
            assert_eq!(a.page.get(x, y), pic.get(x, y), "dot ({x},{y})");
        }
    }
}

#[test]
fn gs_paren_l_graphics_print_as_gs_v_0_does() {
    // 16 x 3 dots: rows FF 00, 0F F0, 81 81.
    let data = [0xFF, 0x00, 0x0F, 0xF0, 0x81, 0x81];
    let mut raster = vec![0x1D, b'v', b'0', 0, 2, 0, 3, 0];
    raster.extend_from_slice(&data);
    // GS ( L fn 112 (store: m 48, a 48, bx 1, by 1, c 49, x 16, y 3), then fn 50 (print).
    let mut graphics = vec![0x1D, b'(', b'L', 16, 0, 48, 112, 48, 1, 1, 49, 16, 0, 3, 0];
    graphics.extend_from_slice(&data);
    graphics.extend_from_slice(&[0x1D, b'(', b'L', 2, 0, 48, 50]);
    let r = render(&graphics);
    assert!(r.notes.is_empty(), "{:?}", r.notes);
    assert_eq!(r.page, render(&raster).page);
}

#[test]
fn qr_code_by_gs_paren_k_scans_back() {
    let payload = b"https://r.simkiosk.example/t/1";
    let mut job = vec![0x1D, b'(', b'k', 3, 0, 49, 67, 6];
    let n = payload.len() + 3;
    job.extend_from_slice(&[0x1D, b'(', b'k', n as u8, 0, 49, 80, 48]);
    job.extend_from_slice(payload);
    job.extend_from_slice(&[0x1D, b'(', b'k', 3, 0, 49, 81, 48]);
    let r = render(&job);
    assert_eq!(
        r.qr_payloads,
        vec![String::from_utf8_lossy(payload).to_string()]
    );
    let page = &r.page;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(
        page.width as usize + 40,
        page.height as usize + 40,
        |x, y| {
            let (x, y) = (x as i64 - 20, y as i64 - 20);
            let ink = x >= 0 && y >= 0 && page.get(x as u32, y as u32);
            if ink { 0 } else { 255 }
        },
    );
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR symbol on paper");
    assert_eq!(grids[0].decode().expect("QR decodes").1.as_bytes(), payload);
}

/// Dark runs along one row: (start, width).
fn runs(page: &Bitmap, y: u32) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let mut x = 0;
    while x < page.width {
        if page.get(x, y) {
            let s = x;
            while x < page.width && page.get(x, y) {
                x += 1;
            }
            out.push((s, x - s));
        }
        x += 1;
    }
    out
}

#[test]
fn ean13_prints_30_bars_of_95_modules_with_its_digits_below() {
    // GS h 80, GS w 2, GS H 2 (HRI below), GS k 2 (EAN13, function A).
    let r = render(b"\x1dh\x50\x1dw\x02\x1dH\x02\x1dk\x024006381333931\x00");
    assert!(r.notes.is_empty(), "{:?}", r.notes);
    assert_eq!(
        r.barcodes,
        vec![("EAN13".to_string(), "4006381333931".to_string())]
    );
    let bars = runs(&r.page, 40);
    assert_eq!(bars.len(), 30, "an EAN-13 has 30 dark bars");
    let (first, last) = (bars[0], bars[bars.len() - 1]);
    assert_eq!(last.0 + last.1 - first.0, 95 * 2, "95 modules of 2 dots");
    assert_eq!(
        r.page.height,
        80 + 24,
        "80-dot bars and a font A line of digits"
    );
    assert!(
        dots(&render(b"\x1dk\x024006381333932\x00").page) == 0,
        "a wrong check digit prints nothing"
    );
}

#[test]
fn code128_function_b_prints_its_data() {
    let r = render(b"\x1dk\x49\x0a{BSIM-0042");
    assert!(r.notes.is_empty(), "{:?}", r.notes);
    assert_eq!(
        r.barcodes,
        vec![("CODE128".to_string(), "SIM-0042".to_string())]
    );
    assert_eq!(r.page.height, 162, "default bar height");
}

#[test]
fn commands_not_drawn_are_skipped_whole_and_unknown_ones_are_noted() {
    let alone = render(b"AB\n");
    // ESC D (tab stops, NUL-ended), GS ( L (graphics data that looks like text), ESC p (drawer).
    let known = render(b"\x1bD\x08\x10\x00\x1d(L\x07\x000pHELLO\x1bp\x00\x19\xfaAB\n");
    assert_eq!(
        known.page, alone.page,
        "a skipped command's bytes printed as text"
    );
    let unknown = render(b"\x1b\x7fAB\n");
    assert_eq!(unknown.page, alone.page);
    assert_eq!(unknown.notes.len(), 1, "{:?}", unknown.notes);
    assert!(
        unknown.notes[0].contains("1B 7F"),
        "the note names the bytes: {}",
        unknown.notes[0]
    );
}

#[test]
fn a_command_cut_off_at_the_end_of_the_job_is_reported() {
    let r = render(b"AB\n\x1dv0\x00\x0a\x00\x0a\x00\xff\xff");
    assert_eq!(r.notes.len(), 1, "{:?}", r.notes);
    assert!(
        r.notes[0].contains("truncated") && r.notes[0].contains("1D 76 30"),
        "{}",
        r.notes[0]
    );
    assert_eq!(
        r.page,
        render(b"AB\n").page,
        "what came before still prints"
    );
}

#[test]
fn cut_feed_and_init() {
    let r = render(b"\x1bd\x03\x1dVA\x10");
    assert!(r.cut, "GS V A cuts");
    // ESC d 3: three lines of 30 dots; GS V A 16: 16/360 inch more at 203 dpi.
    assert_eq!(r.page.height, 3 * 30 + 10);
    // ESC @ puts every mode back: double height is gone.
    assert_eq!(render(b"\x1b!\x10\x1b@H\n").page, render(b"H\n").page);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
    /// Whatever a host sends, the interpreter draws a page as wide as the paper and never panics.
    #[test]
    fn arbitrary_bytes_never_panic_the_interpreter(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..512)) {
        let r = interp::render(&bytes, 384);
        proptest::prop_assert_eq!(r.page.width, 384);
    }
}
