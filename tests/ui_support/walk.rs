//! Every screen of the flow, reached the way a customer (and a member of staff) reaches it.

use super::Harness;
use super::demo_config;
use chrono::NaiveDate;
use simkiosk::flow::{Event, OutOfServiceReason, PaymentMethod, ReceiptOutcome, WalletCode};
use simkiosk::i18n::Lang;
use simkiosk::payment::TerminalMessage;
use simkiosk::ui::Message;
use simkiosk::ui::screen::{plans, review};
use simkiosk::ui::widget::bar;
use std::time::Duration;

/// Walk one customer through every screen in `lang`, calling `shot` on each with its name
/// (`NN-screen`, numbered in the order of the flow).
pub fn walk(h: &mut Harness, lang: Lang, shot: &mut dyn FnMut(&mut Harness, &str)) {
    let mut n = 0;
    let mut shot = |h: &mut Harness, name: &str| {
        n += 1;
        shot(h, &format!("{n:02}-{name}"));
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
    if h.size.width > h.size.height {
        // Landscape: more languages than the bar holds open as a menu over the screen.
        h.send(Message::Bar(bar::Message::LanguageMenu));
        assert!(
            h.shows(Lang::De.native_name()) && h.shows(Lang::Th.native_name()),
            "the language menu lists every language"
        );
        shot(h, "language-menu");
        h.send(Message::Bar(bar::Message::LanguageMenu));
    }
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
    declined(h, lang, &mut |h: &mut Harness, name: &str| shot(h, name));
}

/// Paying by PayPay: the QR screen, then the customer cancels.
fn wallet(h: &mut Harness, lang: Lang, shot: &mut dyn FnMut(&mut Harness, &str)) {
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap(lang.native_name());
    h.type_digits("09012345678");
    h.tap(&h.tr("ui-identify-submit"));
    h.tap(&h.tr("ui-status-continue"));
    h.tap(&h.tr("ui-plans-next"));
    h.send(Message::Review(review::Message::PayBy(
        PaymentMethod::Paypay,
    )));
    let expires_at = h.kiosk.now() + Duration::from_secs(287);
    h.send(Message::Device(Event::WalletCode(WalletCode {
        url: "https://qr.paypay.ne.jp/sim/04-SIM0000000001".into(),
        expires_at,
    })));
    shot(h, "pay-wallet-qr");
    h.tap(&h.tr("ui-pay-cancel"));
    h.send(Message::Device(Event::SaleFailed(
        simkiosk::flow::SaleFailure::Aborted,
    )));
    shot(h, "sale-wallet-cancelled");
    h.tap(&h.tr("ui-failed-finish"));
    assert_eq!(
        h.screen_name(),
        "attract",
        "finish after a cancelled wallet sale"
    );
    // The longest wallet ending: the provider could not say whether the code was paid.
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap(lang.native_name());
    h.type_digits("09012345678");
    h.tap(&h.tr("ui-identify-submit"));
    h.tap(&h.tr("ui-status-continue"));
    h.tap(&h.tr("ui-plans-next"));
    h.send(Message::Review(review::Message::PayBy(
        PaymentMethod::Paypay,
    )));
    h.send(Message::Device(Event::SaleFailed(
        simkiosk::flow::SaleFailure::WalletUnconfirmed {
            transaction_id: "5f0c2a9e-8d41-4b6f-9a3e-21c7d4e8b0f1".into(),
        },
    )));
    assert!(
        matches!(
            h.screen(),
            simkiosk::flow::Screen::SaleFailed {
                failure: simkiosk::flow::SaleFailure::WalletUnconfirmed { .. },
                ..
            }
        ),
        "the unconfirmed wallet ending, not {:?}",
        h.screen()
    );
    shot(h, "sale-wallet-unconfirmed");
    h.tap(&h.tr("ui-failed-finish"));
    assert_eq!(h.screen_name(), "attract");
}

fn declined(h: &mut Harness, lang: Lang, shot: &mut dyn FnMut(&mut Harness, &str)) {
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
    shot(h, "sale-declined");
    h.tap(&h.tr("ui-failed-finish"));
    wallet(h, lang, shot);
    h.send(Message::Device(Event::OutOfService(
        OutOfServiceReason::PrinterUnavailable,
    )));
    shot(h, "out-of-service");
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
    shot(h, "operator-pin");
}
