//! PNG snapshots of every screen in every language, for people to look at (not compared):
//!
//!     ICED_TEST_BACKEND=tiny-skia cargo test --test ui_snapshots -- --ignored
//!
//! writes `target/snapshots/<lang>/<NN-screen>.png` (portrait 1080×1920, drawn at scale 2),
//! `target/snapshots/landscape/…`, `target/snapshots/large-ko/…` (large text),
//! `target/snapshots/a11y/…` (high contrast and large text) and
//! `target/snapshots/chosen/<portrait|landscape>-<normal|large>/<lang>/…` for en, ja, de and th (the
//! narrowest, the longest and the tallest scripts; `SNAPSHOT_LANGS=vi,fr` for others).
//! `SNAPSHOT_SCREENS=plans,review` writes only the screens whose names contain one of those words.
#![cfg(feature = "ui")]

mod ui_support;

use simkiosk::i18n::Lang;
use simkiosk::ui::Message;
use simkiosk::ui::widget::bar;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use ui_support::devices::{Script, ScriptedDevices};
use ui_support::{Harness, LANDSCAPE, PORTRAIT, demo_config};

fn out_dir(sub: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/snapshots")
        .join(sub);
    std::fs::create_dir_all(&dir).expect("target/snapshots is writable");
    dir
}

/// Walk one customer through every screen in `lang`, writing a PNG of each into `dir`.
fn walk_to(h: &mut Harness, lang: Lang, dir: &Path) -> Vec<PathBuf> {
    let mut shots = Vec::new();
    ui_support::walk::walk(h, lang, &mut |h, name| {
        shots.push(h.snapshot(&dir.join(format!("{name}.png"))))
    });
    shots
}

fn harness(size: iced::Size) -> Harness {
    Harness::new(
        Arc::new(ScriptedDevices::new(demo_config(), Script::Approve)),
        size,
    )
}

#[test]
#[ignore = "writes PNGs for people to look at: cargo test --test ui_snapshots -- --ignored"]
fn every_screen_in_every_language() {
    for lang in Lang::ALL {
        let mut h = harness(PORTRAIT);
        let shots = walk_to(&mut h, lang, &out_dir(lang.tag()));
        assert!(
            shots.len() >= 20,
            "{}: {} screens written",
            lang.tag(),
            shots.len()
        );
    }
}

#[test]
#[ignore = "writes PNGs for people to look at: cargo test --test ui_snapshots -- --ignored"]
fn landscape_and_accessibility() {
    let mut h = harness(LANDSCAPE);
    walk_to(&mut h, Lang::En, &out_dir("landscape"));
    // Landscape with large text: the tightest fit.
    let mut h = harness(LANDSCAPE);
    let dir = out_dir("landscape-large");
    ui_support::walk::walk(&mut h, Lang::En, &mut |h, name| {
        if !h.kiosk.prefs().large_text {
            h.send(Message::Bar(bar::Message::LargeText));
        }
        h.snapshot(&dir.join(format!("{name}.png")));
    });
    // Large text in Korean up to the done screen (the toggles reset for the next customer).
    let mut h = harness(PORTRAIT);
    h.send(Message::Bar(bar::Message::LargeText));
    walk_to(&mut h, Lang::Ko, &out_dir("large-ko"));
    let mut h = harness(PORTRAIT);
    h.send(Message::Bar(bar::Message::HighContrast));
    h.send(Message::Bar(bar::Message::LargeText));
    let dir = out_dir("a11y");
    h.snapshot(&dir.join("01-attract.png"));
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap("English");
    h.type_digits("09012345678");
    h.tap(&h.tr("ui-identify-submit"));
    h.snapshot(&dir.join("02-status.png"));
    h.tap(&h.tr("ui-status-continue"));
    h.snapshot(&dir.join("03-plans.png"));
    h.tap(&h.tr("ui-plans-next"));
    h.snapshot(&dir.join("04-review.png"));
}

/// en, ja, de and th, or the languages in `SNAPSHOT_LANGS` (comma-separated tags).
fn chosen_langs() -> Vec<Lang> {
    match std::env::var("SNAPSHOT_LANGS") {
        Ok(list) => Lang::ALL
            .into_iter()
            .filter(|l| list.split(',').any(|t| t == l.tag()))
            .collect(),
        Err(_) => vec![Lang::En, Lang::Ja, Lang::De, Lang::Th],
    }
}

/// Is the screen `name` one to write (`SNAPSHOT_SCREENS`, comma-separated parts of names)?
fn wanted(name: &str) -> bool {
    std::env::var("SNAPSHOT_SCREENS").map_or(true, |list| {
        list.split(',')
            .any(|part| !part.is_empty() && name.contains(part))
    })
}

#[test]
#[ignore = "writes PNGs for people to look at: cargo test --test ui_snapshots -- --ignored"]
fn chosen_languages_in_both_orientations_and_text_sizes() {
    for (orientation, size) in [("portrait", PORTRAIT), ("landscape", LANDSCAPE)] {
        for (text, large) in [("normal", false), ("large", true)] {
            for lang in chosen_langs() {
                let dir = out_dir(&format!("chosen/{orientation}-{text}/{}", lang.tag()));
                let mut h = harness(size);
                ui_support::walk::walk(&mut h, lang, &mut |h, name| {
                    // The toggles reset for each customer: set them again on every screen.
                    if h.kiosk.prefs().large_text != large {
                        h.send(Message::Bar(bar::Message::LargeText));
                    }
                    if wanted(name) {
                        h.snapshot(&dir.join(format!("{name}.png")));
                    }
                });
            }
        }
    }
}
