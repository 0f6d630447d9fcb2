//! Kiosk behaviour around the flow: the hidden staff corner, nothing ticking on attract, the
//! toggles, a language switch that keeps the input, and the landscape layout.
#![cfg(feature = "ui")]

mod ui_support;

use simkiosk::flow::{Event, OutOfServiceReason, SaleFailure};
use simkiosk::i18n::Lang;
use simkiosk::ui::Message;
use simkiosk::ui::widget::bar;
use std::sync::Arc;
use std::time::Duration;
use ui_support::devices::{Script, ScriptedDevices};
use ui_support::{Harness, LANDSCAPE, PORTRAIT, demo_config};

fn harness(size: iced::Size) -> Harness {
    Harness::new(
        Arc::new(ScriptedDevices::new(demo_config(), Script::Approve)),
        size,
    )
}

#[test]
fn staff_corner_needs_a_long_press_and_never_fakes_a_pin() {
    let mut h = harness(PORTRAIT);
    h.send(Message::CornerDown);
    h.kiosk.advance_clock(Duration::from_millis(500));
    h.send(Message::CornerUp);
    assert!(
        !h.kiosk.operator_open(),
        "a short press in the corner does nothing"
    );
    h.send(Message::CornerDown);
    h.kiosk.advance_clock(Duration::from_secs(3));
    h.send(Message::CornerUp);
    assert!(
        h.kiosk.operator_open(),
        "a 3 s press opens the staff PIN pad"
    );
    assert!(h.shows(&h.tr("ui-operator-pin")));
    h.type_digits("0000");
    h.tap(&h.tr("ui-identify-submit"));
    assert!(
        h.shows(&h.tr("ui-operator-unavailable")),
        "the pad says the PIN cannot be checked yet"
    );
    assert!(h.kiosk.operator_open(), "and opens nothing");
    h.tap(&h.tr("ui-operator-close"));
    assert!(!h.kiosk.operator_open());
    assert_eq!(h.screen_name(), "attract");
}

#[test]
fn nothing_ticks_on_attract() {
    let mut h = harness(PORTRAIT);
    assert_eq!(
        h.kiosk.flow().next_deadline(),
        None,
        "no deadline, so no 1 s timer, on attract"
    );
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    assert!(
        h.kiosk.flow().next_deadline().is_some(),
        "the idle timer runs once a customer is there"
    );
}

#[test]
fn toggles_apply_at_once_and_reset_for_the_next_customer() {
    let mut h = harness(PORTRAIT);
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap("English");
    h.tap(&h.tr("ui-high-contrast"));
    h.tap(&h.tr("ui-large-text"));
    assert!(h.kiosk.prefs().high_contrast && h.kiosk.prefs().large_text);
    h.type_digits("090");
    assert!(h.shows("090"), "input is kept when toggling");
    h.tap(&h.tr("ui-back"));
    h.tap(&h.tr("ui-back"));
    assert_eq!(h.screen_name(), "attract");
    assert!(
        !h.kiosk.prefs().high_contrast && !h.kiosk.prefs().large_text,
        "the next customer starts plain"
    );
}

#[test]
fn language_switch_keeps_the_chosen_plan() {
    let mut h = harness(LANDSCAPE);
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap("English");
    h.type_digits("09012345678");
    h.tap(&h.tr("ui-identify-submit"));
    h.tap(&h.tr("ui-status-continue"));
    h.tap("Stay 20GB");
    h.send(Message::Plans(
        simkiosk::ui::screen::plans::Message::Periods(3),
    ));
    h.send(Message::Bar(bar::Message::Lang(Lang::ZhHant)));
    assert_eq!(
        h.screen_name(),
        "plans",
        "switching language stays on the screen"
    );
    h.tap(&h.tr("ui-plans-next"));
    let simkiosk::flow::Screen::Review { quote, .. } = h.screen().clone() else {
        panic!("review expected, got {}", h.screen_name())
    };
    assert_eq!(
        (quote.plan_id.as_str(), quote.periods),
        ("docomo-30d-20gb", 3),
        "the selection survived"
    );
    assert!(
        h.shows(&h.tr("ui-review-pay")),
        "review is in Traditional Chinese"
    );
}

#[test]
fn printer_failure_takes_the_kiosk_out_of_service_until_it_recovers() {
    let devices = Arc::new(ScriptedDevices::new(demo_config(), Script::Approve));
    let mut h = Harness::new(devices.clone(), PORTRAIT);
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap("English");
    h.type_digits("09012345678");
    h.tap(&h.tr("ui-identify-submit"));
    h.tap(&h.tr("ui-status-continue"));
    h.tap(&h.tr("ui-plans-next"));
    h.send(Message::Review(simkiosk::ui::screen::review::Message::Pay));
    *devices.health.lock().expect("health lock") = Some(OutOfServiceReason::PrinterUnavailable);
    h.send(Message::Device(Event::SaleFailed(
        SaleFailure::PrinterNotReady,
    )));
    assert!(
        h.shows(&h.tr("ui-failed-printer")),
        "the customer is told why and that nothing was charged"
    );
    h.tap(&h.tr("ui-failed-finish"));
    assert_eq!(
        h.screen_name(),
        "out-of-service",
        "the next customer sees out of service"
    );
    for lang in Lang::ALL {
        assert!(
            h.shows(&h.tr_in(lang, "ui-oos-printer")),
            "the reason in {}",
            lang.tag()
        );
    }
    h.send(Message::CheckHealth);
    assert_eq!(
        h.screen_name(),
        "out-of-service",
        "still broken: still out of service"
    );
    *devices.health.lock().expect("health lock") = None;
    h.send(Message::CheckHealth);
    assert_eq!(
        h.screen_name(),
        "attract",
        "the printer is back: so is the kiosk"
    );
}

#[test]
fn cancel_in_the_bar_returns_to_attract_before_payment() {
    let mut h = harness(PORTRAIT);
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap("한국어");
    h.type_digits("09012345678");
    h.tap(&h.tr("ui-identify-submit"));
    h.tap(&h.tr("ui-cancel"));
    assert_eq!(h.screen_name(), "attract");
    assert_eq!(h.kiosk.lang(), Lang::Ja);
}

#[test]
fn devices_missing_at_boot_show_out_of_service_in_every_language() {
    let config = demo_config();
    let offline = simkiosk::ui::devices::Offline {
        catalogue: config.catalogue.clone(),
        reason: OutOfServiceReason::TerminalUnavailable,
    };
    let mut h = Harness::new(Arc::new(offline), PORTRAIT);
    // What the kiosk's boot task does first.
    h.send(Message::CheckHealth);
    assert_eq!(h.screen_name(), "out-of-service");
    for lang in Lang::ALL {
        assert!(
            h.shows(&h.tr_in(lang, "ui-oos-terminal")),
            "the reason in {}",
            lang.tag()
        );
    }
}

#[test]
fn done_returns_to_attract_by_itself() {
    let mut h = harness(PORTRAIT);
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap("English");
    h.type_digits("09012345678");
    h.tap(&h.tr("ui-identify-submit"));
    h.tap(&h.tr("ui-status-continue"));
    h.tap(&h.tr("ui-plans-next"));
    h.tap(&h.tr("ui-review-pay"));
    assert_eq!(h.screen_name(), "done");
    assert!(
        h.kiosk.flow().next_deadline().is_some(),
        "done keeps the 1 s timer running"
    );
    h.kiosk
        .advance_clock(demo_config().timeouts.done + Duration::from_secs(1));
    h.send(Message::Tick);
    assert_eq!(
        h.screen_name(),
        "attract",
        "nobody taps finish: back to attract"
    );
    assert_eq!(h.kiosk.lang(), Lang::Ja);
}
