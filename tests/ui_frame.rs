//! The frame of every screen: fixed zones, and nothing moves under a finger while a person
//! enters something.
//! Run: `ICED_TEST_BACKEND=tiny-skia cargo test --test ui_frame`.
#![cfg(feature = "ui")]

mod ui_support;

use iced::{Rectangle, Size};
use iced_test::Simulator;
use simkiosk::i18n::Lang;
use simkiosk::ui::Message;
use simkiosk::ui::widget::bar;
use simkiosk::ui::widget::keypad::{KEYS, key_id};
use std::sync::Arc;
use ui_support::devices::{Script, ScriptedDevices};
use ui_support::{Harness, LANDSCAPE, PORTRAIT, demo_config, settings};

fn harness(size: Size) -> Harness {
    Harness::new(
        Arc::new(ScriptedDevices::new(demo_config(), Script::Approve)),
        size,
    )
}

/// The bounds of every keypad key as laid out now, in reading order.
fn key_bounds(h: &Harness) -> Vec<Rectangle> {
    let mut sim = Simulator::with_size(settings(), h.size, h.kiosk.view());
    KEYS.iter()
        .map(|&key| {
            sim.find(key_id(key))
                .unwrap_or_else(|e| panic!("key {key:?} is not on the identify screen: {e}"))
                .bounds()
        })
        .collect()
}

fn to_identify(h: &mut Harness) {
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap(Lang::Ja.native_name());
    assert_eq!(h.screen_name(), "identify");
}

/// Checks that the keys are where they were in `before`, naming the state that moved them.
fn assert_same(before: &[Rectangle], h: &Harness, state: &str) {
    let now = key_bounds(h);
    for ((key, b), n) in KEYS.iter().zip(before).zip(&now) {
        assert_eq!(
            b, n,
            "key {key:?} moved from {b:?} to {n:?} after {state} ({}×{})",
            h.size.width, h.size.height
        );
    }
}

/// Defect seen in the field: an error message or a language switch pushed the pad 115–170 px
/// down, so a finger on "5" typed "2". The keys must keep their bounds through every state of the
/// identify screen, at either text size, in either orientation.
#[test]
fn keypad_keys_never_move_while_a_number_is_entered() {
    for size in [PORTRAIT, LANDSCAPE] {
        let mut h = harness(size);
        to_identify(&mut h);
        let base = key_bounds(&h);
        h.type_digits("0901");
        assert_same(&base, &h, "typing digits");
        // Too short: the entry is refused with a message.
        h.tap(&h.tr("ui-identify-submit"));
        assert!(
            h.kiosk.identify_state().error.is_some(),
            "a 4-digit entry is refused"
        );
        assert_same(&base, &h, "an error message");
        for large in [false, true] {
            if h.kiosk.prefs().large_text != large {
                h.send(Message::Bar(bar::Message::LargeText));
            }
            for lang in Lang::ALL {
                h.send(Message::Bar(bar::Message::Lang(lang)));
                let text = if large { "large" } else { "normal" };
                assert_same(
                    &base,
                    &h,
                    &format!("switching to {lang:?} with {text} text"),
                );
                h.tap(&h.tr("ui-identify-submit"));
                assert_same(&base, &h, &format!("an error in {lang:?} with {text} text"));
            }
        }
        // The ICCID mode has another title, hint and switch label.
        h.tap(&h.tr("ui-identify-use-iccid"));
        assert_same(&base, &h, "switching to ICCID entry");
        h.type_digits("89811");
        h.tap(&h.tr("ui-identify-submit"));
        assert_same(&base, &h, "an ICCID error");
        // A lookup that finds nothing shows its own message in the same zone.
        h.tap(&h.tr("ui-identify-use-number"));
        h.type_digits("09000000000");
        h.tap(&h.tr("ui-identify-submit"));
        assert_eq!(h.screen_name(), "lookup-failed");
        assert_same(&base, &h, "a lookup that found nothing");
    }
}
