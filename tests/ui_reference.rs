//! Reference snapshots of the frame and input screens, the plans and the landscape language menu
//! (ja and en portrait, en landscape, large text), committed under `tests/golden/ui/` and
//! compared with a tolerance: a layout regression (a moved keypad, a clipped title, a lost
//! button) fails; a one-pixel change of antialiasing
//! does not. Full-size PNGs of the same screens are written to `target/ui-reference/` to look at.
//!
//! Run: `ICED_TEST_BACKEND=tiny-skia cargo test --test ui_reference`.
//! After an intended change: `UPDATE_UI_REFERENCE=1 ICED_TEST_BACKEND=tiny-skia cargo test
//! --test ui_reference`, look at the PNGs, and commit them.
#![cfg(feature = "ui")]

mod ui_support;

use iced::Size;
use simkiosk::i18n::Lang;
use simkiosk::ui::Message;
use simkiosk::ui::widget::bar;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use ui_support::devices::{Script, ScriptedDevices};
use ui_support::{Harness, LANDSCAPE, PORTRAIT, demo_config};

/// References are stored at a quarter of the rendered size (box-averaged): small files, and
/// insensitive to sub-pixel differences of glyph rasterisation.
const SHRINK: usize = 4;
/// A channel differing by more than this counts the pixel as changed.
const CHANNEL_TOLERANCE: u8 = 48;
/// At most this share of the pixels may change (0.3 %: a moved button changes several percent).
const CHANGED_MAX: f64 = 0.003;

/// The screens kept as references, by their name in the walk without its running number (a
/// screen added to the walk renumbers the ones after it).
const SCREENS: [&str; 7] = [
    "language",
    "identify-wrong-entry",
    "identify-iccid",
    "plans-3-periods",
    "idle-prompt",
    "operator-pin",
    // Landscape only: the language menu over the identify screen.
    "language-menu",
];

/// The screens the walk shows only in landscape.
const LANDSCAPE_ONLY: [&str; 1] = ["language-menu"];

struct Image {
    width: usize,
    height: usize,
    rgba: Vec<u8>,
}

fn decode(path: &Path) -> Image {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .unwrap_or_else(|e| panic!("{} is not a PNG: {e}", path.display()));
    let mut rgba = vec![0; reader.output_buffer_size().expect("the PNG fits in memory")];
    let info = reader
        .next_frame(&mut rgba)
        .unwrap_or_else(|e| panic!("{} does not decode: {e}", path.display()));
    assert_eq!(
        info.color_type,
        png::ColorType::Rgba,
        "{} is not RGBA",
        path.display()
    );
    rgba.truncate(info.buffer_size());
    Image {
        width: info.width as usize,
        height: info.height as usize,
        rgba,
    }
}

fn encode(image: &Image, path: &Path) {
    let file = std::fs::File::create(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut encoder = png::Encoder::new(file, image.width as u32, image.height as u32);
    encoder.set_color(png::ColorType::Rgba);
    let mut writer = encoder.write_header().expect("the PNG header is written");
    writer
        .write_image_data(&image.rgba)
        .expect("the PNG data is written");
}

fn shrink(image: &Image) -> Image {
    let (w, h) = (image.width / SHRINK, image.height / SHRINK);
    let mut rgba = vec![0; w * h * 4];
    for y in 0..h {
        for x in 0..w {
            for c in 0..4 {
                let mut sum = 0u32;
                for dy in 0..SHRINK {
                    for dx in 0..SHRINK {
                        let i = ((y * SHRINK + dy) * image.width + x * SHRINK + dx) * 4 + c;
                        sum += u32::from(image.rgba[i]);
                    }
                }
                rgba[(y * w + x) * 4 + c] = (sum / (SHRINK * SHRINK) as u32) as u8;
            }
        }
    }
    Image {
        width: w,
        height: h,
        rgba,
    }
}

/// The share of pixels that differ beyond the channel tolerance.
fn changed(a: &Image, b: &Image) -> f64 {
    let differing = a
        .rgba
        .chunks(4)
        .zip(b.rgba.chunks(4))
        .filter(|(p, q)| {
            p.iter()
                .zip(*q)
                .any(|(x, y)| x.abs_diff(*y) > CHANNEL_TOLERANCE)
        })
        .count();
    differing as f64 / (a.width * a.height) as f64
}

fn harness(size: Size) -> Harness {
    Harness::new(
        Arc::new(ScriptedDevices::new(demo_config(), Script::Approve)),
        size,
    )
}

/// Walks the flow in `lang` at `size`, comparing each chosen screen with its reference; returns
/// what differs.
fn compare(set: &str, lang: Lang, size: Size, large: bool) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let looked = root.join("target/ui-reference").join(set);
    let golden = root.join("tests/golden/ui").join(set);
    std::fs::create_dir_all(&looked).expect("target/ui-reference is writable");
    let update = std::env::var_os("UPDATE_UI_REFERENCE").is_some();
    if update {
        std::fs::create_dir_all(&golden).expect("tests/golden/ui is writable");
    }
    let mut failures = Vec::new();
    let mut seen = 0;
    let mut h = harness(size);
    ui_support::walk::walk(&mut h, lang, &mut |h, name| {
        if h.kiosk.prefs().large_text != large {
            h.send(Message::Bar(bar::Message::LargeText));
        }
        let name = name.split_once('-').map_or(name, |(_, bare)| bare);
        if !SCREENS.contains(&name) {
            return;
        }
        seen += 1;
        let full: PathBuf = h.snapshot(&looked.join(format!("{name}.png")));
        let now = shrink(&decode(&full));
        let reference = golden.join(format!("{name}.png"));
        if update {
            encode(&now, &reference);
            return;
        }
        if !reference.exists() {
            failures.push(format!(
                "{set}/{name}: no reference (run with UPDATE_UI_REFERENCE=1)"
            ));
            return;
        }
        let then = decode(&reference);
        if (then.width, then.height) != (now.width, now.height) {
            failures.push(format!(
                "{set}/{name}: {}×{} now, {}×{} in the reference",
                now.width, now.height, then.width, then.height
            ));
            return;
        }
        let share = changed(&then, &now);
        if share > CHANGED_MAX {
            failures.push(format!(
                "{set}/{name}: {:.2} % of the pixels changed (at most {:.2} %); see {}",
                share * 100.0,
                CHANGED_MAX * 100.0,
                full.display()
            ));
        }
    });
    let expected = if size.width > size.height {
        SCREENS.len()
    } else {
        SCREENS.len() - LANDSCAPE_ONLY.len()
    };
    assert_eq!(seen, expected, "{set}: every chosen screen was reached");
    failures
}

#[test]
fn frame_and_input_screens_match_their_references() {
    let mut failures = Vec::new();
    failures.extend(compare("ja-portrait", Lang::Ja, PORTRAIT, false));
    failures.extend(compare("en-portrait", Lang::En, PORTRAIT, false));
    failures.extend(compare("en-landscape", Lang::En, LANDSCAPE, false));
    failures.extend(compare("ko-portrait-large", Lang::Ko, PORTRAIT, true));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
