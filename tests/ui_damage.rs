//! What the software renderer leaves on screen: frames redrawn by damage over the previous ones
//! must show exactly what a fresh render of the same screen shows.
//! Run: `ICED_TEST_BACKEND=tiny-skia cargo test --test ui_damage` (on a failure, both pictures
//! of each differing frame are written to `target/ui-damage/`).
#![cfg(all(feature = "ui", not(feature = "wgpu")))]

mod ui_support;

use simkiosk::i18n::Lang;
use simkiosk::ui::Message;
use simkiosk::ui::widget::bar;
use std::path::Path;
use std::sync::Arc;
use ui_support::damage::{Window, fresh};
use ui_support::devices::{Script, ScriptedDevices};
use ui_support::{Harness, LANDSCAPE, PORTRAIT, demo_config};

/// A channel differing by more than this counts the pixel as different (both renders rasterise
/// glyphs identically; a leftover differs by far more).
const TOLERANCE: u8 = 16;

/// How many pixels differ between the frame on screen and a fresh render, and the first.
fn differences(shown: &[u8], fresh: &[u8], width: usize) -> (usize, Option<(usize, usize)>) {
    let mut n = 0;
    let mut first = None;
    for (i, (a, b)) in shown.chunks(4).zip(fresh.chunks(4)).enumerate() {
        if a.iter().zip(b).any(|(x, y)| x.abs_diff(*y) > TOLERANCE) {
            n += 1;
            first.get_or_insert((i % width, i / width));
        }
    }
    (n, first)
}

fn write_png(path: &Path, rgba: &[u8], width: u32, height: u32) {
    let file = std::fs::File::create(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut encoder = png::Encoder::new(file, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder
        .write_header()
        .and_then(|mut w| w.write_image_data(rgba))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// Present the kiosk's view as the next frame, then compare the window with a fresh render.
fn present_and_compare(h: &Harness, window: &mut Window, what: &str, failures: &mut Vec<String>) {
    let theme = h.kiosk.theme();
    window.present(h.kiosk.view(), &theme);
    let expected = fresh(h.kiosk.view(), h.size, &theme);
    let (w, ht) = (h.size.width as u32, h.size.height as u32);
    let (n, first) = differences(window.rgba(), &expected, w as usize);
    if n > 0 {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/ui-damage");
        std::fs::create_dir_all(&dir).expect("target/ui-damage is writable");
        write_png(
            &dir.join(format!("{what}-{w}x{ht}-shown.png")),
            window.rgba(),
            w,
            ht,
        );
        write_png(
            &dir.join(format!("{what}-{w}x{ht}-fresh.png")),
            &expected,
            w,
            ht,
        );
        failures.push(format!(
            "{what} ({w}×{ht}): {n} pixels differ from a fresh render, the first at {first:?}"
        ));
    }
}

/// Defect seen in the field: after the large-text toggle, a fragment of an earlier title's glyph
/// stayed on screen through the following screens. The software renderer redraws only what
/// changed, taking a text's extent from its advance box, so ink past it (the hook of a bold "f"
/// ending a wrapped title line) was never cleared. Walking a customer through every screen with
/// the toggle pressed on every third one, each frame on the window must equal the same screen
/// rendered fresh.
#[test]
fn frames_after_the_large_text_toggle_match_the_same_screen_rendered_fresh() {
    let mut failures = Vec::new();
    for size in [PORTRAIT, LANDSCAPE] {
        let mut h = Harness::new(
            Arc::new(ScriptedDevices::new(demo_config(), Script::Approve)),
            size,
        );
        let mut window = Window::new(size);
        let mut n = 0;
        ui_support::walk::walk(&mut h, Lang::En, &mut |h, name| {
            n += 1;
            if n % 3 == 0 {
                h.send(Message::Bar(bar::Message::LargeText));
                present_and_compare(h, &mut window, &format!("{name}-toggled"), &mut failures);
            }
            present_and_compare(h, &mut window, name, &mut failures);
        });
        // The comparison means something only if some frames were drawn by their damage alone.
        assert!(
            window.partial > 0,
            "every frame redrew the whole window at {size:?}: damage is no longer exercised"
        );
    }
    assert!(
        failures.is_empty(),
        "frames differ from a fresh render of the same screen (pictures in target/ui-damage/):\n{}",
        failures.join("\n")
    );
}
