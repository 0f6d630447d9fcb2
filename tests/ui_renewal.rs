//! Tap through whole renewals on the headless simulator: attract -> done in every language,
//! and the ways out (cancel, wrong entry, decline, idle time-out).
//!
//! The renewals and the cancel run on the real demo engine (terminal and printer simulators on
//! pseudo-terminals, demo carrier, journal in a temporary folder). The decline and the quick
//! screen-only tests use `ScriptedDevices`: the demo terminal cannot be told to decline from
//! kiosk.toml.
//! Run: `ICED_TEST_BACKEND=tiny-skia cargo test --test ui_renewal`.
#![cfg(feature = "ui")]

mod ui_support;

use simkiosk::flow::{SaleFailure, Screen};
use simkiosk::i18n::Lang;
use std::sync::Arc;
use std::time::Duration;
use ui_support::devices::{Script, ScriptedDevices};
use ui_support::{Harness, PORTRAIT, demo_config};

/// The demo SIM `090-1234-5678` (docomo, active).
const DEMO_NUMBER: &str = "09012345678";

fn harness(script: Script) -> Harness {
    Harness::new(
        Arc::new(ScriptedDevices::new(demo_config(), script)),
        PORTRAIT,
    )
}

/// The kiosk on the real demo engine, its files in `dir`.
fn engine_harness(dir: &std::path::Path) -> Harness {
    let mut config = demo_config();
    config.journal.path = dir.join("journal.db");
    config.carrier.kind = simkiosk::config::CarrierKind::Demo {
        demo_db: dir.join("carrier.db"),
    };
    let devices = simkiosk::ui::EngineDevices::new(&config).expect("the demo engine starts");
    Harness::new(Arc::new(devices), PORTRAIT)
}

/// From attract to the review screen in `lang`.
fn to_review(h: &mut Harness, lang: Lang) {
    assert_eq!(h.screen_name(), "attract");
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    assert_eq!(h.screen_name(), "language");
    h.tap(lang.native_name());
    assert_eq!(
        h.kiosk.lang(),
        lang,
        "the language picked is the one in use"
    );
    assert_eq!(h.screen_name(), "identify");
    h.type_digits(DEMO_NUMBER);
    assert!(
        h.shows("090-1234-5678"),
        "the entry is formatted live as 090-1234-5678"
    );
    h.tap(&h.tr("ui-identify-submit"));
    assert!(
        matches!(h.screen(), Screen::Status { .. }),
        "lookup leads to status, got {}",
        h.screen_name()
    );
    h.tap(&h.tr("ui-status-continue"));
    assert_eq!(h.screen_name(), "plans");
    h.tap(&h.tr("ui-plans-next"));
    assert!(
        matches!(h.screen(), Screen::Review { .. }),
        "a plan is pre-selected; got {}",
        h.screen_name()
    );
}

#[test]
fn renewal_in_every_language() {
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let mut h = engine_harness(dir.path());
        to_review(&mut h, lang);
        h.tap(&h.tr("ui-review-pay"));
        let Screen::Done { new_expiry, .. } = h.screen().clone() else {
            panic!(
                "{}: the sale ends on done, not {}",
                lang.tag(),
                h.screen_name()
            );
        };
        // The new expiry as a large figure under its label.
        let expiry = h.l10n.date(lang, new_expiry);
        assert!(
            h.shows(&expiry),
            "{}: done shows the new expiry {expiry:?}",
            lang.tag()
        );
        h.tap(&h.tr("ui-done-finish"));
        assert_eq!(
            h.screen_name(),
            "attract",
            "{}: finish returns to attract",
            lang.tag()
        );
        assert_eq!(
            h.kiosk.lang(),
            Lang::Ja,
            "{}: attract is back in the default language",
            lang.tag()
        );
    }
}

#[test]
fn cancel_at_the_terminal_charges_nothing() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut h = engine_harness(dir.path());
    to_review(&mut h, Lang::En);
    // Stop the sale before the terminal answers: the customer cancels on the pay screen.
    h.send(simkiosk::ui::Message::Review(
        simkiosk::ui::screen::review::Message::Pay,
    ));
    assert_eq!(h.screen_name(), "pay");
    assert_eq!(h.kiosk.queued(), 1, "the sale waits for the devices");
    // Tap without running the queue first: the cancel must reach the sale before it runs.
    let cancel = h.tr("ui-pay-cancel");
    assert!(h.shows(&cancel), "pay offers a cancel while cancellable");
    h.tap(&cancel);
    let Screen::SaleFailed { failure, .. } = h.screen() else {
        panic!("cancel ends on the failed screen, got {}", h.screen_name())
    };
    assert_eq!(failure, &SaleFailure::Aborted);
    assert!(
        h.shows(&h.tr("ui-failed-aborted")),
        "the customer is told nothing was charged"
    );
    h.tap(&h.tr("ui-failed-finish"));
    assert_eq!(h.screen_name(), "attract");
}

#[test]
fn wrong_entry_says_exactly_why() {
    let mut h = harness(Script::Approve);
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap("English");
    // 050 is an IP-phone prefix, not a mobile number.
    h.type_digits("05012345678");
    h.tap(&h.tr("ui-identify-submit"));
    assert_eq!(
        h.screen_name(),
        "identify",
        "a wrong entry stays on identify"
    );
    let err = simkiosk::domain::parse_sim("05012345678").expect_err("050 is not a mobile prefix");
    assert_eq!(err.fluent_id(), "sim-error-not-mobile");
    let args: Vec<(&str, fluent_bundle::FluentValue)> = err
        .fluent_args()
        .into_iter()
        .map(|(k, v)| (k, v.into()))
        .collect();
    let reason = h.l10n.text_with(Lang::En, err.fluent_id(), &args);
    assert!(
        h.shows(&reason),
        "the reason {reason:?} is shown; entry state {:?}",
        h.kiosk.identify_state()
    );
    // The entry survives a language switch.
    h.tap("日本語");
    assert_eq!(h.kiosk.lang(), Lang::Ja);
    assert!(
        h.shows("050-1234-5678"),
        "the digits are kept across the language switch"
    );
    // A SIM the carrier does not know: the lookup's reason.
    h.tap(&h.tr("ui-keypad-clear"));
    h.type_digits("09000000000");
    h.tap(&h.tr("ui-identify-submit"));
    assert_eq!(h.screen_name(), "lookup-failed");
    assert!(h.shows(&h.tr("ui-lookup-not-found")));
}

#[test]
fn declined_card_can_retry_or_leave() {
    let mut h = harness(Script::Decline { result_code: 0x05 });
    to_review(&mut h, Lang::Ko);
    h.tap(&h.tr("ui-review-pay"));
    let Screen::SaleFailed { failure, .. } = h.screen() else {
        panic!(
            "a decline ends on the failed screen, got {}",
            h.screen_name()
        )
    };
    assert_eq!(failure, &SaleFailure::Declined { result_code: 0x05 });
    assert!(h.shows(&h.tr("ui-failed-declined")));
    h.tap(&h.tr("ui-failed-retry"));
    assert!(
        matches!(h.screen(), Screen::Review { .. }),
        "retry goes back to the review, got {}",
        h.screen_name()
    );
}

#[test]
fn idle_prompt_counts_down_and_times_out() {
    let mut h = harness(Script::Approve);
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap("English");
    h.type_digits("090");
    let config = demo_config();
    h.kiosk
        .advance_clock(config.timeouts.idle + Duration::from_secs(1));
    h.send(simkiosk::ui::Message::Tick);
    let secs = h
        .kiosk
        .idle_prompt_secs()
        .expect("the prompt shows after the idle time");
    assert!(secs >= 19, "the prompt gives at least ~20 s, {secs} s left");
    let countdown = h
        .l10n
        .text_with(Lang::En, "ui-idle-countdown", &[("seconds", secs.into())]);
    assert!(
        h.shows(&countdown),
        "the countdown {countdown:?} is visible"
    );
    // One tap extends, the entry stays.
    h.tap(&h.tr("ui-idle-more"));
    assert_eq!(
        h.kiosk.idle_prompt_secs(),
        None,
        "more time hides the prompt"
    );
    assert!(h.shows("090"), "the entry survives");
    // Nobody answers this time: back to attract, default language, entry gone.
    h.kiosk
        .advance_clock(config.timeouts.idle + Duration::from_secs(1));
    h.send(simkiosk::ui::Message::Tick);
    assert!(
        h.kiosk.idle_prompt_secs().is_some(),
        "the prompt comes back after another idle period"
    );
    h.kiosk
        .advance_clock(config.timeouts.idle_prompt + Duration::from_secs(1));
    h.send(simkiosk::ui::Message::Tick);
    assert_eq!(
        h.screen_name(),
        "attract",
        "an abandoned session returns to attract"
    );
    assert_eq!(h.kiosk.lang(), Lang::Ja);
}

#[test]
fn a_020_data_number_is_taken_only_where_a_carrier_of_the_catalogue_sells_them() {
    let enter = |h: &mut Harness| {
        h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
        h.tap("English");
        h.type_digits("02012345678");
        h.tap(&h.tr("ui-identify-submit"));
    };
    // The demo's carriers sell none (kiosk.toml: numbers_020 = false): refused with the reason.
    let mut h = harness(Script::Approve);
    enter(&mut h);
    assert_eq!(
        h.screen_name(),
        "identify",
        "a 020 number is refused where no carrier sells them"
    );
    assert!(
        h.kiosk.identify_state().error.is_some(),
        "the refusal says why"
    );
    // The same catalogue with docomo selling 020 data SIMs: the number goes to the lookup.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk.toml");
    let text = std::fs::read_to_string(path).expect("the demo kiosk.toml");
    let text = text.replacen("numbers_020 = false", "numbers_020 = true", 1);
    let config = simkiosk::config::Config::from_str(&text, "kiosk.toml")
        .unwrap_or_else(|e| panic!("kiosk.toml with numbers_020 does not load: {e}"));
    let mut h = Harness::new(
        Arc::new(ScriptedDevices::new(config, Script::Approve)),
        PORTRAIT,
    );
    enter(&mut h);
    assert_ne!(
        h.screen_name(),
        "identify",
        "a 020 number is taken where a carrier sells them (error: {:?})",
        h.kiosk.identify_state().error
    );
}

#[test]
fn in_landscape_the_language_menu_changes_the_language_and_keeps_the_entry() {
    let mut h = Harness::new(
        Arc::new(ScriptedDevices::new(demo_config(), Script::Approve)),
        ui_support::LANDSCAPE,
    );
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap("English");
    h.type_digits("0901234");
    // Eleven languages leave the landscape bar one button: the current language's name.
    assert!(
        !h.shows("Deutsch"),
        "the landscape bar does not list eleven languages"
    );
    h.tap("English ▼");
    let shot = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/snapshots/landscape/identify-language-menu.png");
    h.snapshot(&shot);
    h.tap("Deutsch");
    assert_eq!(h.kiosk.lang(), Lang::De, "the menu changed the language");
    assert_eq!(h.screen_name(), "identify", "the screen stayed");
    assert_eq!(
        h.kiosk.identify_state().digits,
        "0901234",
        "what was typed is kept"
    );
    assert!(
        h.answers(&h.tr("ui-identify-submit")),
        "the menu closed and the screen answers again"
    );
}
