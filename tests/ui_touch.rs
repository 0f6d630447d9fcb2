//! The kiosk by touch alone: every tap here is a `FingerPressed`/`FingerLifted` pair at the
//! widget's position, with no mouse event and no cursor movement (the simulator's cursor stays
//! unavailable unless a test parks the mouse pointer on purpose). A whole renewal on the demo
//! engine, the other customer screens' buttons, the staff corner held by a finger, and touch
//! after the mouse was used once (iced#3471). The mouse pointer is hidden over the kiosk.
//! Run: `ICED_TEST_BACKEND=tiny-skia cargo test --test ui_touch`.
#![cfg(feature = "ui")]

mod ui_support;

use iced::widget::button;
use iced::{Element, Event, Point, mouse, touch};
use iced_test::Simulator;
use iced_test::core::renderer::Headless;
use iced_test::runtime::user_interface::{self, UserInterface};
use simkiosk::flow::{SaleFailure, Screen};
use simkiosk::i18n::{Lang, fonts};
use simkiosk::ui::Message;
use simkiosk::ui::widget::touch as touch_root;
use std::sync::Arc;
use std::time::Duration;
use ui_support::devices::{Script, ScriptedDevices};
use ui_support::{Harness, PORTRAIT, demo_config, settings};

/// The demo SIM `090-1234-5678` (docomo, active).
const DEMO_NUMBER: &str = "09012345678";

const FINGER: touch::Finger = touch::Finger(7);

fn press(position: Point) -> Event {
    Event::Touch(touch::Event::FingerPressed {
        id: FINGER,
        position,
    })
}

fn lift(position: Point) -> Event {
    Event::Touch(touch::Event::FingerLifted {
        id: FINGER,
        position,
    })
}

/// A kiosk driven by a finger. `pointer`: where a mouse left the pointer, if one was used.
struct Touch {
    h: Harness,
    pointer: Option<Point>,
}

impl Touch {
    fn new(h: Harness) -> Touch {
        Touch { h, pointer: None }
    }

    /// The screen as the runtime holds it: the cursor is unavailable (never moved) unless a
    /// mouse parked the pointer somewhere.
    fn simulator(&self) -> Simulator<'_, Message> {
        let mut sim = Simulator::with_size(settings(), self.h.size, self.h.kiosk.view());
        if let Some(p) = self.pointer {
            sim.point_at(p);
        }
        sim
    }

    /// The centre of the widget showing exactly `label`.
    fn centre_of(&self, label: &str) -> Point {
        let mut sim = self.simulator();
        let target = sim.find(label).unwrap_or_else(|e| {
            panic!(
                "no {label:?} to touch on the {} screen: {e}",
                self.h.screen_name()
            )
        });
        target
            .visible_bounds()
            .unwrap_or_else(|| panic!("{label:?} is off screen on {}", self.h.screen_name()))
            .center()
    }

    /// Feed `events` to the screen as it is now; the messages it produced, not yet sent.
    fn events(&self, events: &[Event]) -> Vec<Message> {
        let mut sim = self.simulator();
        let _ = sim.simulate(events.iter().cloned());
        sim.into_messages().collect()
    }

    /// What the application does with a screen's messages: the activity the root's subscription
    /// reports for a finger down, the messages, then the devices' queued work.
    fn deliver(&mut self, messages: Vec<Message>) {
        self.h.send(Message::Activity);
        for m in messages {
            self.h.send(m);
        }
        self.h.kiosk.run_queued();
    }

    /// Touch the widget showing `label`: finger down and up at its centre.
    fn tap(&mut self, label: &str) {
        let at = self.centre_of(label);
        let messages = self.events(&[press(at), lift(at)]);
        assert!(
            !messages.is_empty(),
            "touching {label:?} at {at:?} on the {} screen did nothing (pointer {:?})",
            self.h.screen_name(),
            self.pointer
        );
        self.deliver(messages);
    }

    fn tap_id(&mut self, id: &str) {
        let label = self.h.tr(id);
        self.tap(&label);
    }

    fn type_digits(&mut self, digits: &str) {
        for d in digits.chars() {
            self.tap(&d.to_string());
        }
    }

    /// A mouse click on `label`, the way winit reports one: the pointer moves there, presses
    /// and releases, and stays there afterwards.
    fn click_with_mouse(&mut self, label: &str) {
        let at = self.centre_of(label);
        self.pointer = Some(at);
        let messages = self.events(&[
            Event::Mouse(mouse::Event::CursorMoved { position: at }),
            Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)),
            Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Left)),
        ]);
        assert!(
            !messages.is_empty(),
            "the mouse click on {label:?} did nothing"
        );
        self.deliver(messages);
    }
}

fn scripted(script: Script) -> Touch {
    Touch::new(Harness::new(
        Arc::new(ScriptedDevices::new(demo_config(), script)),
        PORTRAIT,
    ))
}

/// The kiosk on the real demo engine (terminal and printer simulators, demo carrier), its files
/// in `dir`.
fn on_engine(dir: &std::path::Path) -> Touch {
    let mut config = demo_config();
    config.journal.path = dir.join("journal.db");
    config.carrier.kind = simkiosk::config::CarrierKind::Demo {
        demo_db: dir.join("carrier.db"),
    };
    let devices = simkiosk::ui::EngineDevices::new(&config).expect("the demo engine starts");
    Touch::new(Harness::new(Arc::new(devices), PORTRAIT))
}

/// Attract to review by touch, in `lang`.
fn touch_to_review(t: &mut Touch, lang: Lang) {
    assert_eq!(t.h.screen_name(), "attract");
    t.tap(&t.h.tr_in(Lang::Ja, "ui-attract-touch"));
    assert_eq!(t.h.screen_name(), "language", "a touch on attract starts");
    t.tap(lang.native_name());
    assert_eq!(t.h.kiosk.lang(), lang, "the language touched is in use");
    assert_eq!(t.h.screen_name(), "identify");
    t.type_digits(DEMO_NUMBER);
    assert!(
        t.h.shows("090-1234-5678"),
        "eleven touched keys make the number"
    );
    t.tap_id("ui-identify-submit");
    assert_eq!(t.h.screen_name(), "status", "the lookup found the SIM");
    t.tap_id("ui-status-continue");
    assert_eq!(t.h.screen_name(), "plans");
    t.tap_id("ui-plans-next");
    assert_eq!(t.h.screen_name(), "review", "a plan is pre-selected");
}

#[test]
fn a_whole_renewal_runs_on_touch_events_alone() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut t = on_engine(dir.path());
    touch_to_review(&mut t, Lang::En);
    t.tap_id("ui-review-pay");
    let Screen::Done { new_expiry, .. } = t.h.screen().clone() else {
        panic!("the touched sale ends on done, not {}", t.h.screen_name());
    };
    let expiry = t.h.l10n.date(Lang::En, new_expiry);
    assert!(t.h.shows(&expiry), "done shows the new expiry {expiry:?}");
    t.tap_id("ui-done-finish");
    assert_eq!(t.h.screen_name(), "attract", "finish returns to attract");
    assert_eq!(t.pointer, None, "no mouse took part");
}

#[test]
fn the_other_customer_buttons_answer_touch() {
    let mut t = scripted(Script::Decline { result_code: 0x05 });
    t.tap(&t.h.tr_in(Lang::Ja, "ui-attract-touch"));
    // The bar's toggles, on the language screen.
    t.tap_id("ui-high-contrast");
    assert!(t.h.kiosk.prefs().high_contrast, "high contrast by touch");
    t.tap_id("ui-large-text");
    assert!(t.h.kiosk.prefs().large_text, "large text by touch");
    t.tap("English");
    // The bar's language pills keep the screen.
    t.tap("한국어");
    assert_eq!(t.h.kiosk.lang(), Lang::Ko, "a language pill by touch");
    t.tap("English");
    // ICCID mode and back, a failed lookup, clear.
    t.tap_id("ui-identify-use-iccid");
    assert!(t.h.shows(&t.h.tr("ui-identify-use-number")), "ICCID mode");
    t.tap_id("ui-identify-use-number");
    t.type_digits("09000000000");
    t.tap_id("ui-identify-submit");
    assert_eq!(t.h.screen_name(), "lookup-failed");
    t.tap_id("ui-keypad-clear");
    assert_eq!(t.h.screen_name(), "identify", "clear dismisses the failure");
    // The idle prompt's "more time".
    t.type_digits("090");
    t.h.kiosk
        .advance_clock(demo_config().timeouts.idle + Duration::from_secs(1));
    t.h.send(Message::Tick);
    assert!(t.h.kiosk.idle_prompt_secs().is_some(), "the prompt shows");
    t.tap_id("ui-idle-more");
    assert_eq!(t.h.kiosk.idle_prompt_secs(), None, "more time by touch");
    // Back, then on to a declined card: retry and finish.
    t.tap_id("ui-back");
    assert_eq!(t.h.screen_name(), "language", "back by touch");
    t.tap("English");
    t.tap_id("ui-keypad-clear");
    t.type_digits(DEMO_NUMBER);
    t.tap_id("ui-identify-submit");
    t.tap_id("ui-status-continue");
    t.tap_id("ui-plans-next");
    t.tap_id("ui-review-pay");
    let Screen::SaleFailed { failure, .. } = t.h.screen() else {
        panic!("a decline ends on failed, got {}", t.h.screen_name())
    };
    assert_eq!(failure, &SaleFailure::Declined { result_code: 0x05 });
    t.tap_id("ui-failed-retry");
    assert_eq!(t.h.screen_name(), "review", "retry by touch");
    t.tap_id("ui-cancel");
    assert_eq!(t.h.screen_name(), "attract", "the bar's cancel by touch");
}

#[test]
fn the_staff_corner_opens_on_a_three_second_touch() {
    let mut t = scripted(Script::Approve);
    let corner = Point::new(20.0, 20.0);
    // A quick touch in the corner opens nothing.
    let down = t.events(&[press(corner)]);
    t.deliver(down);
    let up = t.events(&[lift(corner)]);
    t.deliver(up);
    assert!(!t.h.kiosk.operator_open(), "a short touch opens nothing");
    // Held for three seconds.
    let down = t.events(&[press(corner)]);
    assert!(
        down.iter().any(|m| matches!(m, Message::CornerDown)),
        "a finger in the corner is seen: {down:?}"
    );
    t.deliver(down);
    t.h.kiosk.advance_clock(simkiosk::ui::app::OPERATOR_HOLD);
    let up = t.events(&[lift(corner)]);
    assert!(
        up.iter().any(|m| matches!(m, Message::CornerUp)),
        "the finger leaving the corner is seen: {up:?}"
    );
    t.deliver(up);
    assert!(
        t.h.kiosk.operator_open(),
        "3 s in the corner opens the PIN pad"
    );
}

#[test]
fn touch_keeps_working_after_the_mouse_was_used_once() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut t = on_engine(dir.path());
    // Someone clicks "start" with a mouse; the pointer then rests on attract's arrow, where the
    // language screen has its first button.
    t.click_with_mouse("→");
    assert_eq!(t.h.screen_name(), "language", "the mouse click started");
    assert!(t.pointer.is_some());
    t.tap(Lang::En.native_name());
    t.type_digits(DEMO_NUMBER);
    t.tap_id("ui-identify-submit");
    t.tap_id("ui-status-continue");
    t.tap_id("ui-plans-next");
    t.tap_id("ui-review-pay");
    assert_eq!(
        t.h.screen_name(),
        "done",
        "touch after the mouse sells to the end"
    );
}

/// The bug the kiosk's root works around: a plain iced button loses a tap while the mouse
/// pointer rests elsewhere; inside the root it does not.
#[test]
fn a_tap_away_from_the_parked_pointer_reaches_the_button_through_the_root() {
    fn tapped(wrap: bool) -> usize {
        let b = button("tap me").on_press(()).width(200).height(100);
        let view: Element<'_, ()> = if wrap {
            touch_root::root(b, true)
        } else {
            b.into()
        };
        let mut sim = Simulator::with_size(settings(), PORTRAIT, view);
        sim.point_at(Point::new(900.0, 1800.0));
        let at = Point::new(100.0, 50.0);
        let _ = sim.simulate([press(at), lift(at)]);
        sim.into_messages().count()
    }
    assert_eq!(
        tapped(false),
        0,
        "iced's button reads the pointer: if this changes, iced fixed iced#3471 upstream"
    );
    assert_eq!(tapped(true), 1, "the root hands the tap to the button");
}

/// The interaction the runtime turns into the pointer's shape, after `event` with the cursor at
/// `at`.
fn pointer_over(kiosk: &simkiosk::ui::Kiosk, at: Point) -> mouse::Interaction {
    let mut renderer =
        iced_test::futures::futures::executor::block_on(<iced::Renderer as Headless>::new(
            iced::Font::with_name(fonts::JP),
            iced::Pixels(16.0),
            Some("tiny-skia"),
        ))
        .expect("a headless renderer");
    let mut ui = UserInterface::build(
        kiosk.view(),
        PORTRAIT,
        user_interface::Cache::default(),
        &mut renderer,
    );
    let mut messages = Vec::new();
    let (state, _) = ui.update(
        &[Event::Mouse(mouse::Event::CursorMoved { position: at })],
        mouse::Cursor::Available(at),
        &mut renderer,
        &mut iced_test::core::clipboard::Null,
        &mut messages,
    );
    match state {
        user_interface::State::Updated {
            mouse_interaction, ..
        } => mouse_interaction,
        user_interface::State::Outdated => panic!("the screen asked to be rebuilt"),
    }
}

#[test]
fn the_kiosk_hides_the_pointer_and_a_development_window_keeps_it() {
    let t = scripted(Script::Approve);
    // Over attract's start arrow: a button, which would show a pointing hand.
    let arrow = t.centre_of("→");
    assert!(t.h.kiosk.pointer_hidden());
    assert_eq!(
        pointer_over(&t.h.kiosk, arrow),
        mouse::Interaction::Hidden,
        "no pointer over the kiosk"
    );
    let Touch { h, .. } = t;
    let windowed = h.kiosk.with_pointer(true);
    assert_ne!(
        pointer_over(&windowed, arrow),
        mouse::Interaction::Hidden,
        "a development window shows the pointer"
    );
}
