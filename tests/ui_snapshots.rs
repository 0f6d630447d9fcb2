//! PNG snapshots of every screen in every language, for people to look at (not compared):
//!
//!     ICED_TEST_BACKEND=tiny-skia cargo test --test ui_snapshots -- --ignored
//!
//! writes `target/snapshots/<lang>/<NN-screen>.png` (portrait 1080×1920, drawn at scale 2),
//! `target/snapshots/landscape/…`, `target/snapshots/large-ko/…` (large text) and
//! `target/snapshots/a11y/…` (high contrast and large text).
#![cfg(feature = "ui")]

mod ui_support;

use chrono::NaiveDate;
use simkiosk::flow::{Event, OutOfServiceReason, ReceiptOutcome};
use simkiosk::i18n::Lang;
use simkiosk::payment::TerminalMessage;
use simkiosk::ui::Message;
use simkiosk::ui::screen::{plans, review};
use simkiosk::ui::widget::bar;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
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
fn walk(h: &mut Harness, lang: Lang, dir: &Path) -> Vec<PathBuf> {
    let mut shots = Vec::new();
    let mut shot = |h: &mut Harness, name: &str| {
        shots.push(h.snapshot(&dir.join(format!("{:02}-{name}.png", shots.len() + 1))))
    };
    shot(h, "attract");
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.send(Message::Bar(bar::Message::Lang(lang)));
    shot(h, "language");
    h.tap(lang.native_name());
    shot(h, "identify-empty");
    h.type_digits("0501234567");
    h.tap(&h.tr("ui-identify-submit"));
    shot(h, "identify-wrong-entry");
    h.tap(&h.tr("ui-identify-use-iccid"));
    h.type_digits("8981100000000000017");
    shot(h, "identify-iccid");
    h.tap(&h.tr("ui-identify-use-number"));
    h.type_digits("09000000000");
    h.tap(&h.tr("ui-identify-submit"));
    shot(h, "lookup-failed");
    h.tap(&h.tr("ui-keypad-clear"));
    h.type_digits("09012345678");
    shot(h, "identify-number");
    h.tap(&h.tr("ui-identify-submit"));
    shot(h, "status");
    h.tap(&h.tr("ui-status-continue"));
    shot(h, "plans");
    // A plan sold for several periods, bought three at once: the saving badge in use.
    h.send(Message::Plans(plans::Message::Select(
        "docomo-30d-20gb".into(),
    )));
    h.send(Message::Plans(plans::Message::Periods(3)));
    shot(h, "plans-3-periods");
    h.tap(&h.tr("ui-plans-next"));
    shot(h, "review");
    h.send(Message::Review(review::Message::Pay));
    shot(h, "pay-waiting");
    // ZVT intermediate status 0x0A: insert card (PA00P015 §3.7).
    h.send(Message::Device(Event::TerminalMessage(
        TerminalMessage::Intermediate(0x0A),
    )));
    shot(h, "pay-insert-card");
    h.send(Message::Device(Event::PaymentApproved));
    shot(h, "processing");
    let new_expiry = NaiveDate::from_ymd_opt(2026, 12, 25).expect("date");
    h.send(Message::Device(Event::Renewed {
        transaction_id: "T000123".into(),
        new_expiry,
    }));
    shot(h, "receipt-printing");
    h.send(Message::Device(Event::ReceiptDone(ReceiptOutcome::Failed)));
    shot(h, "receipt-paper-out");
    h.tap(&h.tr("ui-receipt-finish"));
    shot(h, "done");
    h.tap(&h.tr("ui-done-finish"));
    // The idle prompt over the identify screen.
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap(lang.native_name());
    h.type_digits("090");
    h.kiosk
        .advance_clock(demo_config().timeouts.idle + Duration::from_secs(1));
    h.send(Message::Tick);
    shot(h, "idle-prompt");
    // A declined card.
    h.tap(&h.tr("ui-idle-more"));
    h.tap(&h.tr("ui-back"));
    h.tap(&h.tr("ui-back"));
    assert_eq!(h.screen_name(), "attract");
    shots.extend(declined(h, lang, dir));
    shots
}

fn declined(h: &mut Harness, lang: Lang, dir: &Path) -> Vec<PathBuf> {
    let mut shots = Vec::new();
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap(lang.native_name());
    h.type_digits("08012345678");
    h.tap(&h.tr("ui-identify-submit"));
    h.tap(&h.tr("ui-status-continue"));
    h.tap(&h.tr("ui-plans-next"));
    assert_eq!(h.screen_name(), "review", "{:?}", h.kiosk.flow().screen());
    h.send(Message::Review(review::Message::Pay));
    h.send(Message::Device(Event::SaleFailed(
        simkiosk::flow::SaleFailure::Declined { result_code: 0x05 },
    )));
    shots.push(h.snapshot(&dir.join("20-sale-declined.png")));
    h.tap(&h.tr("ui-failed-finish"));
    h.send(Message::Device(Event::OutOfService(
        OutOfServiceReason::PrinterUnavailable,
    )));
    shots.push(h.snapshot(&dir.join("21-out-of-service.png")));
    h.send(Message::Device(Event::BackInService));
    // The staff PIN pad after a long press in the corner.
    h.send(Message::CornerDown);
    h.kiosk.advance_clock(Duration::from_secs(3));
    h.send(Message::CornerUp);
    assert!(
        h.kiosk.operator_open(),
        "a 3 s press in the corner opens the PIN pad"
    );
    h.type_digits("1234");
    h.tap(&h.tr("ui-identify-submit"));
    shots.push(h.snapshot(&dir.join("22-operator-pin.png")));
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
        let shots = walk(&mut h, lang, &out_dir(lang.tag()));
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
    walk(&mut h, Lang::En, &out_dir("landscape"));
    // Large text in Korean up to the done screen (the toggles reset for the next customer).
    let mut h = harness(PORTRAIT);
    h.send(Message::Bar(bar::Message::LargeText));
    walk(&mut h, Lang::Ko, &out_dir("large-ko"));
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
