//! The frame of every screen: fixed zones, and nothing moves under a finger while a person
//! enters something.
//! Run: `ICED_TEST_BACKEND=tiny-skia cargo test --test ui_frame`.
#![cfg(feature = "ui")]

mod ui_support;

use iced::{Rectangle, Size};
use iced_test::Simulator;
use simkiosk::i18n::Lang;
use simkiosk::ui::Message;
use simkiosk::ui::screen::CHOICE_IDS;
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

/// Where the idle dialog and its two buttons are now.
fn idle_dialog_bounds(h: &Harness) -> [Rectangle; 3] {
    let mut sim = Simulator::with_size(settings(), h.size, h.kiosk.view());
    let mut find = |label: String| {
        sim.find(label.as_str())
            .unwrap_or_else(|e| panic!("{label:?} is not on the idle prompt: {e}"))
            .bounds()
    };
    let more = find(h.tr("ui-idle-more"));
    let start_over = find(h.tr("ui-idle-start-over"));
    let dialog = sim
        .find(iced::widget::Id::new(simkiosk::ui::widget::idle::DIALOG_ID))
        .expect("the idle dialog has its id")
        .bounds();
    [dialog, more, start_over]
}

/// Defect seen in the field: the dialog resized every second as the countdown's text changed
/// width, moving its button ~30 px. Its frame and both buttons keep their bounds from 20 s to 1 s.
#[test]
fn idle_dialog_keeps_its_size_and_buttons_while_counting_down() {
    let config = demo_config();
    for size in [PORTRAIT, LANDSCAPE] {
        let mut h = harness(size);
        to_identify(&mut h);
        h.send(Message::Bar(bar::Message::Lang(Lang::En)));
        h.type_digits("090");
        h.kiosk
            .advance_clock(config.timeouts.idle + std::time::Duration::from_millis(10));
        h.send(Message::Tick);
        let first = h.kiosk.idle_prompt_secs().expect("the idle prompt shows");
        let base = idle_dialog_bounds(&h);
        for _ in 1..first {
            h.kiosk.advance_clock(std::time::Duration::from_secs(1));
            h.send(Message::Tick);
            let secs = h.kiosk.idle_prompt_secs().expect("still counting down");
            assert_eq!(
                idle_dialog_bounds(&h),
                base,
                "the idle dialog or a button moved at {secs} s (first shown at {first} s)"
            );
        }
        assert!(
            h.kiosk.idle_prompt_secs().is_some_and(|s| s <= 1),
            "the countdown was followed to its last second"
        );
    }
}

/// The second button of the idle prompt ends the session at once, back to attract.
#[test]
fn idle_dialog_start_over_returns_to_attract() {
    let config = demo_config();
    let mut h = harness(PORTRAIT);
    to_identify(&mut h);
    h.type_digits("090");
    h.kiosk
        .advance_clock(config.timeouts.idle + std::time::Duration::from_millis(10));
    h.send(Message::Tick);
    assert!(
        h.kiosk.idle_prompt_secs().is_some(),
        "the idle prompt shows"
    );
    h.tap(&h.tr("ui-idle-start-over"));
    assert_eq!(h.screen_name(), "attract", "start over returns to attract");
}

/// Defect seen in the field: large text clipped the months tiles, a scrollbar covered a plan card,
/// landscape hid the start button and the PIN pad's bottom row. Every screen, in both orientations,
/// both text sizes, both palettes and every language, lays out inside the window with no widget
/// reaching outside its parent and no scrollable anywhere.
#[test]
fn every_screen_fits_its_window_without_scrolling_or_clipping() {
    let mut problems = Vec::new();
    let mut screens = 0;
    for size in [PORTRAIT, LANDSCAPE] {
        for large in [false, true] {
            for contrast in [false, true] {
                for lang in Lang::ALL {
                    let mut h = harness(size);
                    ui_support::walk::walk(&mut h, lang, &mut |h, name| {
                        // The toggles reset for each customer: set them again on every screen.
                        if h.kiosk.prefs().large_text != large {
                            h.send(Message::Bar(bar::Message::LargeText));
                        }
                        if h.kiosk.prefs().high_contrast != contrast {
                            h.send(Message::Bar(bar::Message::HighContrast));
                        }
                        screens += 1;
                        for p in ui_support::overflow::overflows(h.kiosk.view(), h.size) {
                            problems.push(format!(
                                "{name} {lang:?} {}×{} large={large} contrast={contrast}: {p}",
                                size.width, size.height
                            ));
                        }
                    });
                }
            }
        }
    }
    assert!(screens >= 40 * 20, "only {screens} screens were laid out");
    // Which screens, in which setting, then the first details.
    let mut settings: Vec<&str> = problems
        .iter()
        .map(|p| p.split(": ").next().unwrap_or(p))
        .collect();
    settings.dedup();
    assert!(
        problems.is_empty(),
        "{} overflows on {} screens and settings:\n{}\nthe first 20:\n{}",
        problems.len(),
        settings.len(),
        settings.join("\n"),
        problems
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// The smallest touch target on the panel, in the panel's own pixels (a fingertip's width).
const MIN_TARGET: f32 = 48.0;

/// Defect seen on a 720×1280 panel: with the eleven languages of the demo configuration the
/// attract screen's greetings and its start button were cut off, laid out at the panel's size
/// with no scale. The small panel (either orientation) shows the screens designed for
/// 1080×1920 at 2/3 from the first frame: every screen of the walk, in every language, at both
/// text sizes, lays out without overflow or scrolling, and every touch target is at least
/// 48 px wide and high on the panel.
#[test]
fn every_screen_fits_a_720x1280_panel_with_48_px_touch_targets() {
    assert_eq!(
        demo_config().languages.offered.len(),
        Lang::ALL.len(),
        "the walk offers every language, as the demo kiosk.toml does"
    );
    let mut problems = Vec::new();
    let mut screens = 0;
    for panel in [Size::new(720.0, 1280.0), Size::new(1280.0, 720.0)] {
        for large in [false, true] {
            for lang in Lang::ALL {
                let mut h = harness(panel);
                let scale = h.kiosk.scale_factor();
                let design = if panel.width < panel.height {
                    PORTRAIT
                } else {
                    LANDSCAPE
                };
                assert_eq!(
                    h.kiosk.layout_size(),
                    design,
                    "a {}×{} panel lays the screens out at their design size (scale {scale})",
                    panel.width,
                    panel.height
                );
                ui_support::walk::walk(&mut h, lang, &mut |h, name| {
                    if h.kiosk.prefs().large_text != large {
                        h.send(Message::Bar(bar::Message::LargeText));
                    }
                    screens += 1;
                    let setting = format!(
                        "{name} {lang:?} panel {}×{} large={large}",
                        panel.width, panel.height
                    );
                    for p in ui_support::overflow::overflows(h.kiosk.view(), h.size) {
                        problems.push(format!("{setting}: {p}"));
                    }
                    for t in ui_support::targets::targets(h.kiosk.view(), h.size) {
                        let (w, h) = (t.bounds.width * scale, t.bounds.height * scale);
                        if w < MIN_TARGET - 0.5 || h < MIN_TARGET - 0.5 {
                            problems.push(format!(
                                "{setting}: a target of {w:.0}×{h:.0} px on the panel at {:?} ({})",
                                t.bounds, t.answer
                            ));
                        }
                    }
                });
            }
        }
    }
    assert!(screens >= 40 * 11, "only {screens} screens were laid out");
    assert!(
        problems.is_empty(),
        "{} problems on the small panel; the first 20:\n{}",
        problems.len(),
        problems
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Everything logged (DEBUG and up) while `f` runs.
fn captured_logs(f: impl FnOnce()) -> String {
    #[derive(Clone, Default)]
    struct Sink(Arc<std::sync::Mutex<Vec<u8>>>);
    impl std::io::Write for Sink {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().expect("log sink").extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let sink = Sink::default();
    let writer = sink.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .finish();
    tracing::subscriber::with_default(subscriber, f);
    let bytes = sink.0.lock().expect("log sink").clone();
    String::from_utf8(bytes).expect("logs are UTF-8")
}

/// Defect seen in the field: the transitions a timer makes (idle → attract, done → attract) were
/// missing from the log that records every other screen change.
#[test]
fn timer_transitions_are_logged_like_the_others() {
    let config = demo_config();
    let mut h = harness(PORTRAIT);
    to_identify(&mut h);
    let logs = captured_logs(|| {
        // The prompt first, then its countdown runs out.
        h.kiosk
            .advance_clock(config.timeouts.idle + std::time::Duration::from_secs(1));
        h.send(Message::Tick);
        h.kiosk
            .advance_clock(config.timeouts.idle_prompt + std::time::Duration::from_secs(1));
        h.send(Message::Tick);
    });
    assert_eq!(
        h.screen_name(),
        "attract",
        "the idle time-out ends the session"
    );
    assert!(
        logs.contains("from=\"identify\"") && logs.contains("to=\"attract\""),
        "idle → attract is not logged as a transition:\n{logs}"
    );

    // A whole sale up to the done screen, then nobody touches it.
    to_identify(&mut h);
    h.type_digits("09012345678");
    h.tap(&h.tr("ui-identify-submit"));
    h.tap(&h.tr("ui-status-continue"));
    h.tap(&h.tr("ui-plans-next"));
    h.send(Message::Review(simkiosk::ui::screen::review::Message::Pay));
    h.send(Message::Device(simkiosk::flow::Event::PaymentApproved));
    h.send(Message::Device(simkiosk::flow::Event::Renewed {
        transaction_id: "T000123".into(),
        new_expiry: chrono::NaiveDate::from_ymd_opt(2026, 12, 25).expect("a date"),
    }));
    h.send(Message::Device(simkiosk::flow::Event::ReceiptDone(
        simkiosk::flow::ReceiptOutcome::Failed,
    )));
    h.tap(&h.tr("ui-receipt-finish"));
    assert_eq!(h.screen_name(), "done");
    let logs = captured_logs(|| {
        h.kiosk
            .advance_clock(config.timeouts.done + std::time::Duration::from_secs(1));
        h.send(Message::Tick);
    });
    assert_eq!(
        h.screen_name(),
        "attract",
        "done returns to attract by itself"
    );
    assert!(
        logs.contains("from=\"done\"") && logs.contains("to=\"attract\""),
        "done → attract is not logged as a transition:\n{logs}"
    );
}

/// The header says which of the customer's six steps a screen is (identify, status, plan, review,
/// pay, done), in the customer's language, and nothing on the screens around them. Portrait says
/// it short ("2/6"): its header row also holds both toggles and Cancel.
#[test]
fn header_counts_the_customers_six_steps() {
    let expected = |name: &str| -> Option<u32> {
        let screen = name.split_once('-').map_or(name, |(_, s)| s);
        match screen {
            s if s.starts_with("identify") || s == "lookup-failed" || s == "idle-prompt" => Some(1),
            "status" => Some(2),
            s if s.starts_with("plans") => Some(3),
            "review" => Some(4),
            s if s.starts_with("pay") || s == "processing" || s.starts_with("receipt") => Some(5),
            "done" => Some(6),
            _ => None,
        }
    };
    for lang in [Lang::En, Lang::Ja, Lang::Ko] {
        let mut h = harness(PORTRAIT);
        let mut seen = Vec::new();
        ui_support::walk::walk(&mut h, lang, &mut |h, name| {
            let said: Vec<String> = (1..=bar::STEPS)
                .map(|n| {
                    h.l10n.text_with(
                        lang,
                        "ui-step-short",
                        &[("current", n.into()), ("total", bar::STEPS.into())],
                    )
                })
                .collect();
            let shown: Vec<u32> = (1..=bar::STEPS)
                .filter(|&n| h.shows(&said[n as usize - 1]))
                .collect();
            let want = expected(name);
            assert_eq!(
                shown,
                want.into_iter().collect::<Vec<_>>(),
                "{name} in {lang:?}: the header shows step(s) {shown:?}, expected {want:?}"
            );
            seen.extend(want);
        });
        seen.dedup();
        assert!(
            seen.starts_with(&(1..=bar::STEPS).collect::<Vec<_>>()),
            "the walk in {lang:?} went through every step in order: {seen:?}"
        );
    }
}

/// A shop may configure any brand colour for the header: the text drawn on it (black or white,
/// computed) must pass WCAG AA (4.5:1) for every colour, checked here on a 16-level grid of
/// the RGB cube, dark greys and saturated mid-tones included.
#[test]
fn text_on_any_brand_colour_passes_wcag_aa() {
    use simkiosk::ui::theme::{contrast_ratio, text_on};
    let levels: Vec<u8> = (0..=255).step_by(17).collect();
    for &r in &levels {
        for &g in &levels {
            for &b in &levels {
                let bg = iced::Color::from_rgb8(r, g, b);
                let ratio = contrast_ratio(text_on(bg), bg);
                assert!(
                    ratio >= 4.5,
                    "text on #{r:02X}{g:02X}{b:02X} has a contrast of {ratio:.2}:1"
                );
            }
        }
    }
}

/// The icons in `assets/icons/` are the ones the kiosk draws: each SVG is written from the same
/// strokes the canvas draws (`UPDATE_ICONS=1` rewrites them after an intended change), and the
/// licence file lists every one of them.
#[test]
fn icons_in_assets_are_the_drawn_ones() {
    use simkiosk::ui::widget::icon;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icons");
    let licence = std::fs::read_to_string(dir.join("LICENSE"))
        .expect("assets/icons/LICENSE says where the icons come from");
    for i in icon::ALL {
        let path = dir.join(format!("{}.svg", i.name));
        let drawn = icon::svg(&i);
        if std::env::var_os("UPDATE_ICONS").is_some() {
            std::fs::write(&path, &drawn).expect("assets/icons is writable");
        }
        let stored = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_ICONS=1 writes it)", path.display()));
        assert_eq!(
            stored,
            drawn,
            "{} differs from the icon the kiosk draws",
            path.display()
        );
        assert!(
            licence.contains(&format!("{}.svg", i.name)),
            "assets/icons/LICENSE does not list {}.svg",
            i.name
        );
    }
}

/// Defect seen on the review screen: with card and PayPay both offered, the card's button was
/// half the width of PayPay's and its two-line label ran out of the button. Every payment method
/// gets a button of the same size, with room for a two-line label, in every language, both
/// orientations and both text sizes.
#[test]
fn payment_method_buttons_are_the_same_size_with_room_for_two_lines() {
    for size in [PORTRAIT, LANDSCAPE] {
        for large in [false, true] {
            for lang in Lang::ALL {
                let mut h = harness(size);
                h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
                h.tap(lang.native_name());
                h.type_digits("09012345678");
                h.tap(&h.tr("ui-identify-submit"));
                h.tap(&h.tr("ui-status-continue"));
                h.tap(&h.tr("ui-plans-next"));
                assert_eq!(h.screen_name(), "review");
                if h.kiosk.prefs().large_text != large {
                    h.send(Message::Bar(bar::Message::LargeText));
                }
                let mut sim = Simulator::with_size(settings(), h.size, h.kiosk.view());
                let setting = format!("{lang:?} {}×{} large={large}", size.width, size.height);
                let [card, wallet] = [CHOICE_IDS[0], CHOICE_IDS[1]].map(|id| {
                    sim.find(iced::widget::Id::new(id))
                        .unwrap_or_else(|e| panic!("no payment choice {id} ({setting}): {e}"))
                        .bounds()
                });
                assert_eq!(
                    (card.width, card.height, card.y),
                    (wallet.width, wallet.height, wallet.y),
                    "card and PayPay buttons differ ({setting})"
                );
                // Two lines of the label (1.5 line height) and the button's padding.
                let line = if large { (36.0f32 * 1.3).round() } else { 36.0 } * 1.5;
                assert!(
                    card.height >= 2.0 * line + 36.0 - 1.0,
                    "no room for a two-line label: {card:?} ({setting})"
                );
                for (id, frame) in [("ui-review-pay", card), ("ui-review-pay-wallet", wallet)] {
                    let label = h.tr(id);
                    let text = sim
                        .find(label.as_str())
                        .unwrap_or_else(|e| panic!("{label:?} is not on review ({setting}): {e}"))
                        .bounds();
                    assert!(
                        frame.contains(text.position())
                            && text.x + text.width <= frame.x + frame.width + 0.5
                            && text.y + text.height <= frame.y + frame.height + 0.5,
                        "{label:?} at {text:?} reaches out of its button {frame:?} ({setting})"
                    );
                }
            }
        }
    }
}

/// The plan cards of a row are one height, whatever wraps in which language ("equal-height
/// cards, aligned tiles"), in both orientations and text sizes.
/// The plans screen for the demo SIM in `lang` on a `size` window, at large text or not.
fn plans_screen(size: Size, lang: Lang, large: bool) -> Harness {
    let mut h = harness(size);
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap(lang.native_name());
    h.type_digits("09012345678");
    h.tap(&h.tr("ui-identify-submit"));
    h.tap(&h.tr("ui-status-continue"));
    assert_eq!(h.screen_name(), "plans");
    if h.kiosk.prefs().large_text != large {
        h.send(Message::Bar(bar::Message::LargeText));
    }
    h
}

#[test]
fn plan_cards_of_a_row_are_the_same_height() {
    let config = demo_config();
    let plans: Vec<_> = config.catalogue().plans().to_vec();
    for size in [PORTRAIT, LANDSCAPE] {
        let per_row = if size.width < size.height { 2 } else { 4 };
        for large in [false, true] {
            for lang in Lang::ALL {
                let h = plans_screen(size, lang, large);
                let setting = format!("{lang:?} {}×{} large={large}", size.width, size.height);
                // The docomo plans the demo SIM is offered, in catalogue order.
                let cards: Vec<(String, Rectangle)> = plans
                    .iter()
                    .filter(|p| p.carrier_id == "docomo")
                    .map(|p| {
                        let name = p.name.get(lang.tag()).to_owned();
                        let chain = ui_support::overflow::enclosing(h.kiosk.view(), h.size, &name);
                        // …, the card's button, its column: the button is second from the end.
                        let card = chain
                            .len()
                            .checked_sub(2)
                            .map(|i| chain[i])
                            .unwrap_or_else(|| panic!("no card named {name:?} ({setting})"));
                        (name, card)
                    })
                    .collect();
                for row in cards.chunks(per_row) {
                    let (first, a) = &row[0];
                    for (name, b) in &row[1..] {
                        assert_eq!(
                            (a.y, a.height),
                            (b.y, b.height),
                            "{first:?} and {name:?} differ in height ({setting})"
                        );
                    }
                }
            }
        }
    }
}

/// The landscape language menu (the header's "<language> ▼" when more languages are offered
/// than its row holds) lists every language by its own name on one line, each button the same
/// size and at least a touch target, in every language and text size. Seen before: "Bahasa
/// Indonesia" took two lines and made its row of buttons uneven.
#[test]
fn language_menu_buttons_are_one_size_with_every_name_on_one_line() {
    for large in [false, true] {
        for lang in Lang::ALL {
            let mut h = harness(LANDSCAPE);
            to_identify(&mut h);
            h.send(Message::Bar(bar::Message::Lang(lang)));
            if h.kiosk.prefs().large_text != large {
                h.send(Message::Bar(bar::Message::LargeText));
            }
            h.send(Message::Bar(bar::Message::LanguageMenu));
            let setting = format!("{lang:?} large={large}");
            // Under the menu's backdrop nothing answers: the targets are the menu's.
            let targets = ui_support::targets::innermost(ui_support::targets::targets(
                h.kiosk.view(),
                h.size,
            ));
            let buttons: Vec<_> = targets
                .iter()
                .filter(|t| t.answer.contains("Bar(Lang("))
                .collect();
            assert_eq!(
                buttons.len(),
                Lang::ALL.len(),
                "the open menu offers every language and nothing else answers but it ({setting}): \
                 {targets:?}"
            );
            let first = buttons[0].bounds;
            for b in &buttons {
                assert_eq!(
                    (b.bounds.width, b.bounds.height),
                    (first.width, first.height),
                    "{} differs in size from {} ({setting})",
                    b.answer,
                    buttons[0].answer
                );
                assert!(
                    b.bounds.height >= simkiosk::ui::theme::TOUCH_MIN,
                    "{} is {:?} ({setting})",
                    b.answer,
                    b.bounds
                );
            }
            let line = if large { (36.0f32 * 1.3).round() } else { 36.0 } * 1.5;
            let texts = ui_support::overflow::texts(h.kiosk.view(), h.size);
            for l in Lang::ALL {
                let name = l.native_name();
                let (_, t) = texts
                    .iter()
                    .rev()
                    .find(|(s, _)| s == name)
                    .unwrap_or_else(|| panic!("{name:?} is not in the menu ({setting})"));
                assert!(
                    t.height <= line + 0.5,
                    "{name:?} takes more than one line: {t:?} ({setting})"
                );
                assert!(
                    buttons.iter().any(|b| b.bounds.contains(t.position())
                        && t.x + t.width <= b.bounds.x + b.bounds.width + 0.5
                        && t.y + t.height <= b.bounds.y + b.bounds.height + 0.5),
                    "{name:?} at {t:?} is not inside a menu button ({setting})"
                );
            }
        }
    }
}

/// A `w`×`h` PNG of pure magenta at `path`: a colour no screen of the kiosk draws.
fn magenta_png(path: &std::path::Path, w: u32, h: u32) {
    let file = std::fs::File::create(path).expect("the logo is written");
    let mut enc = png::Encoder::new(std::io::BufWriter::new(file), w, h);
    enc.set_color(png::ColorType::Rgba);
    let mut writer = enc.write_header().expect("the PNG header is written");
    let pixels: Vec<u8> = (0..w * h).flat_map(|_| [255, 0, 255, 255]).collect();
    writer
        .write_image_data(&pixels)
        .expect("the PNG data is written");
}

/// The screen as it is now, drawn: its pixels (RGBA) and how many there are per layout pixel.
struct Drawn {
    width: usize,
    height: usize,
    rgba: Vec<u8>,
    scale: f32,
}

fn draw(h: &mut Harness, path: &std::path::Path) -> Drawn {
    let written = h.snapshot(path);
    let file = std::fs::File::open(&written).expect("the snapshot is written");
    let mut reader = png::Decoder::new(std::io::BufReader::new(file))
        .read_info()
        .expect("the snapshot is a PNG");
    let mut rgba = vec![0; reader.output_buffer_size().expect("it fits in memory")];
    let info = reader.next_frame(&mut rgba).expect("the snapshot decodes");
    assert_eq!(
        info.color_type,
        png::ColorType::Rgba,
        "the snapshot is RGBA"
    );
    Drawn {
        width: info.width as usize,
        height: info.height as usize,
        rgba,
        scale: info.width as f32 / h.size.width,
    }
}

/// The bounding box (left, top, right, bottom, in layout pixels) of the magenta pixels drawn
/// between the layout heights `from` and `to`, if any.
fn magenta(d: &Drawn, from: f32, to: f32) -> Option<(f32, f32, f32, f32)> {
    let rows = ((from * d.scale) as usize).min(d.height)..((to * d.scale) as usize).min(d.height);
    let mut found: Option<(usize, usize, usize, usize)> = None;
    for y in rows {
        for x in 0..d.width {
            let p = &d.rgba[(y * d.width + x) * 4..][..3];
            if p[0] > 200 && p[1] < 60 && p[2] > 200 {
                let b = found.get_or_insert((x, y, x + 1, y + 1));
                *b = (b.0.min(x), b.1.min(y), b.2.max(x + 1), b.3.max(y + 1));
            }
        }
    }
    found.map(|(l, t, r, b)| {
        let k = d.scale;
        (l as f32 / k, t as f32 / k, r as f32 / k, b as f32 / k)
    })
}

/// `[store] logo`: a shop's logo far larger than its places, of either shape, is drawn scaled
/// down with its aspect kept, inside the header's corner and (portrait) inside its 600×120 zone
/// on the attract screen, never beyond them; and the screens with it still fit.
#[test]
fn a_large_logo_is_scaled_into_its_corner_and_its_zone_on_attract() {
    use simkiosk::ui::{Kiosk, Runner};
    let dir = tempfile::tempdir().expect("a temporary directory");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/ui-logo");
    std::fs::create_dir_all(&out).expect("target/ui-logo is writable");
    // The header's corner: the logo fitted into 80×48 at its top (16 px down, a touch high).
    let corner = Rectangle::new(
        iced::Point::new(0.0, 16.0),
        Size::new(bar::CORNER, simkiosk::ui::theme::TOUCH_MIN),
    );
    let below_corner = corner.y + corner.height;
    for (shape, w, hgt) in [("wide", 1600u32, 200u32), ("tall", 200, 1600)] {
        let logo = dir.path().join(format!("{shape}.png"));
        magenta_png(&logo, w, hgt);
        let mut config = demo_config();
        config.store.logo = Some(logo);
        let aspect = w as f32 / hgt as f32;
        for size in [PORTRAIT, LANDSCAPE] {
            let l10n = simkiosk::i18n::Localizer::embedded().expect("embedded locales load");
            let kiosk = Kiosk::new(
                &config,
                Arc::new(ScriptedDevices::new(config.clone(), Script::Approve)),
                l10n.clone(),
                size,
                Runner::Queue,
            );
            let mut h = Harness { kiosk, l10n, size };
            let portrait = size.width < size.height;
            let setting = format!("{shape} logo, {}×{}", size.width, size.height);
            let file = |screen: &str| {
                let o = if portrait { "portrait" } else { "landscape" };
                out.join(format!("{shape}-{o}-{screen}.png"))
            };
            let check = |what: &str, (l, t, r, b): (f32, f32, f32, f32), zone: Rectangle| {
                assert!(
                    l >= zone.x - 1.0
                        && t >= zone.y - 1.0
                        && r <= zone.x + zone.width + 1.0
                        && b <= zone.y + zone.height + 1.0,
                    "the logo {what} is drawn at ({l}, {t})–({r}, {b}), beyond {zone:?} ({setting})"
                );
                // A side of a few pixels rounds far from the aspect: compare the long side.
                let drawn = (r - l) / (b - t);
                let close = if aspect >= 1.0 {
                    (drawn / aspect - 1.0).abs() < 0.15
                } else {
                    (aspect / drawn - 1.0).abs() < 0.15 || (r - l) <= 3.0
                };
                assert!(
                    close,
                    "the logo {what} is drawn {drawn:.2}:1, not {aspect:.2}:1 ({setting})"
                );
            };
            let attract = draw(&mut h, &file("attract"));
            let in_corner = magenta(&attract, 0.0, below_corner + 8.0)
                .unwrap_or_else(|| panic!("no logo in the corner of attract ({setting})"));
            check("in the corner of attract", in_corner, corner);
            let large = magenta(&attract, below_corner + 8.0, size.height);
            if portrait {
                let (l, t, r, b) =
                    large.unwrap_or_else(|| panic!("no large logo on attract ({setting})"));
                let zone = Rectangle::new(
                    iced::Point::new((size.width - 600.0) / 2.0, t),
                    Size::new(600.0, 120.0),
                );
                check("on attract", (l, t, r, b), zone);
            } else {
                assert_eq!(
                    large, None,
                    "landscape keeps the logo in its corner ({setting})"
                );
            }
            // A screen of the sale: the corner only, and the screen fits.
            to_identify(&mut h);
            let identify = draw(&mut h, &file("identify"));
            let in_corner = magenta(&identify, 0.0, size.height)
                .unwrap_or_else(|| panic!("no logo in the corner of identify ({setting})"));
            check("on identify", in_corner, corner);
            let problems = ui_support::overflow::overflows(h.kiosk.view(), h.size);
            assert!(
                problems.is_empty(),
                "identify overflows with the logo ({setting}): {problems:?}"
            );
        }
    }
}

/// The bounds of the plan card named `name` (its button, found from the name's text).
fn card_bounds(h: &Harness, name: &str, setting: &str) -> Rectangle {
    let chain = ui_support::overflow::enclosing(h.kiosk.view(), h.size, name);
    // …, the card's button, its column: the button is second from the end.
    chain
        .len()
        .checked_sub(2)
        .map(|i| chain[i])
        .unwrap_or_else(|| panic!("no card named {name:?} ({setting})"))
}

/// Defect seen on the portrait plans screen: the cards took their content's height and left
/// the lower half of the screen blank. The cards grow into the content zone, and the zone of the
/// periods control is kept under them, so choosing a plan sold for several periods moves no card;
/// its control, not squeezed, then ends just above the action bar (the question's second line is
/// kept for the languages whose question wraps), in every language, orientation and text size.
#[test]
fn plan_cards_fill_the_content_zone_and_stay_put_when_a_plan_is_chosen() {
    use simkiosk::ui::screen::plans;
    let config = demo_config();
    let plans_of_docomo: Vec<_> = config
        .catalogue()
        .plans()
        .iter()
        .filter(|p| p.carrier_id == "docomo")
        .cloned()
        .collect();
    let several = plans_of_docomo
        .iter()
        .find(|p| p.periods.len() > 1)
        .expect("the demo sells a docomo plan for several periods");
    for size in [PORTRAIT, LANDSCAPE] {
        for large in [false, true] {
            for lang in Lang::ALL {
                let mut h = plans_screen(size, lang, large);
                let setting = format!("{lang:?} {}×{} large={large}", size.width, size.height);
                let names: Vec<String> = plans_of_docomo
                    .iter()
                    .map(|p| p.name.get(lang.tag()).to_owned())
                    .collect();
                let before: Vec<Rectangle> =
                    names.iter().map(|n| card_bounds(&h, n, &setting)).collect();
                let back = {
                    let chain =
                        ui_support::overflow::enclosing(h.kiosk.view(), h.size, &h.tr("ui-back"));
                    chain[chain.len() - 2]
                };
                let bottom = before.iter().map(|r| r.y + r.height).fold(0.0, f32::max);
                h.send(Message::Plans(plans::Message::Select(several.id.clone())));
                for (name, b) in names.iter().zip(&before) {
                    let after = card_bounds(&h, name, &setting);
                    assert_eq!(
                        &after, b,
                        "the card {name:?} moved when a plan with several periods was chosen \
                         ({setting})"
                    );
                }
                // Every text under the cards (the question, the saving of each count, the
                // segments) whole: at least a badge's line high and above the action bar's
                // spacing.
                let line = |base: f32| if large { (base * 1.3).round() } else { base } * 1.5;
                for &m in &several.periods {
                    h.send(Message::Plans(plans::Message::Periods(m)));
                    for (text, b) in ui_support::overflow::texts(h.kiosk.view(), h.size) {
                        if b.y >= bottom && b.y < back.y - 32.0 && !text.trim().is_empty() {
                            assert!(
                                b.height >= line(22.0) - 0.5
                                    && b.y + b.height <= back.y - 32.0 + 0.5,
                                "{text:?} under the cards is cut to {b:?} (action bar at {}) \
                                 with {m} periods ({setting})",
                                back.y
                            );
                        }
                    }
                }
                let mut sim = Simulator::with_size(settings(), h.size, h.kiosk.view());
                for &m in &several.periods {
                    let seg = sim
                        .find(plans::segment_id(m))
                        .unwrap_or_else(|e| panic!("no segment for {m} periods ({setting}): {e}"))
                        .bounds();
                    assert!(
                        seg.y >= bottom && seg.y + seg.height <= back.y,
                        "the segment for {m} periods at {seg:?} is not between the cards \
                         (bottom {bottom}) and the action bar ({back:?}) ({setting})"
                    );
                    assert!(
                        seg.height >= line(36.0) + line(28.0) - 0.5,
                        "the segment for {m} periods is squeezed to {seg:?} ({setting})"
                    );
                    // Under the control: at most the question's kept second line, the gap
                    // under the zone and the page's spacing above its action bar.
                    let blank = back.y - (seg.y + seg.height);
                    let allowed = line(36.0) + simkiosk::ui::theme::GAP + 32.0;
                    assert!(
                        blank <= allowed + 0.5,
                        "{blank} px blank between the periods control and the action bar, more \
                         than {allowed} ({setting})"
                    );
                }
            }
        }
    }
}

/// A 720×1280 panel shows the screens designed for 1080×1920 at 2/3 (the attract screen's
/// eleven greetings and its start button were cut off there), and the scale is stable when iced
/// reports the size it lays out at after scaling.
#[test]
fn a_smaller_panel_draws_the_same_screens_smaller() {
    let mut h = harness(PORTRAIT);
    h.send(Message::Resized(Size::new(720.0, 1280.0)));
    let scale = h.kiosk.scale_factor();
    assert!((scale - 2.0 / 3.0).abs() < 1e-4, "scale {scale}");
    assert_eq!(h.kiosk.layout_size(), Size::new(1080.0, 1920.0));
    // iced now reports the panel divided by the scale: nothing changes.
    h.send(Message::Resized(Size::new(1080.0, 1920.0)));
    assert!(
        (h.kiosk.scale_factor() - scale).abs() < 1e-4,
        "the scale drifted"
    );
    assert_eq!(h.kiosk.layout_size(), Size::new(1080.0, 1920.0));
    // Landscape by its own design size; a 16:10 panel by its tighter side.
    for (panel, want) in [
        (Size::new(1280.0, 720.0), 2.0 / 3.0),
        (Size::new(800.0, 1280.0), 2.0 / 3.0),
        (Size::new(1440.0, 2560.0), 4.0 / 3.0),
        (Size::new(1080.0, 1920.0), 1.0),
    ] {
        let got = simkiosk::ui::fit_scale(panel);
        assert!(
            (got - want).abs() < 1e-4,
            "{panel:?}: {got}, expected {want}"
        );
        // The window is sized in these logical pixels: iced multiplies them by the scale.
        let laid = simkiosk::ui::layout_size(panel);
        assert!(
            (laid.width * got - panel.width).abs() < 0.01
                && (laid.height * got - panel.height).abs() < 0.01,
            "{panel:?} is laid out at {laid:?}, which does not fill it at {got}"
        );
    }
}
