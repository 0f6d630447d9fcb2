//! The customer's screen when the payment is kept and the renewal is still being applied: the
//! transaction reference, no spinner, no "try again" (paying again would charge twice).
//! Writes `target/snapshots/renewal-pending/<lang>.png` for people to look at.
#![cfg(feature = "ui")]

mod ui_support;

use simkiosk::flow::{Event, SaleFailure};
use simkiosk::i18n::Lang;
use simkiosk::ui::Message;
use simkiosk::ui::screen::review;
use std::sync::Arc;
use ui_support::devices::{Script, ScriptedDevices};
use ui_support::{Harness, PORTRAIT, demo_config};

const REFERENCE: &str = "6f1c2a9e-41d2-4c1b-9a55-0c3e7d1b2f40";

#[test]
fn the_payment_is_safe_screen_shows_the_reference_and_offers_no_second_payment() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/snapshots/renewal-pending");
    std::fs::create_dir_all(&dir).expect("target/snapshots is writable");
    for lang in Lang::ALL {
        let mut h = Harness::new(
            Arc::new(ScriptedDevices::new(demo_config(), Script::Approve)),
            PORTRAIT,
        );
        h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
        h.tap(lang.native_name());
        h.type_digits("09012345678");
        h.tap(&h.tr("ui-identify-submit"));
        h.tap(&h.tr("ui-status-continue"));
        h.tap(&h.tr("ui-plans-next"));
        h.send(Message::Review(review::Message::Pay));
        h.send(Message::Device(Event::PaymentApproved));
        h.send(Message::Device(Event::SaleFailed(
            SaleFailure::RenewalPending {
                transaction_id: REFERENCE.into(),
            },
        )));
        assert_eq!(h.screen_name(), "sale-failed", "{}", lang.tag());
        let title = h.tr("pay-pending-title");
        assert!(
            h.shows(&title),
            "{}: the title {title:?} is not shown",
            lang.tag()
        );
        let reference = h.l10n.text_with(
            lang,
            "pay-pending-reference",
            &[("reference", REFERENCE.into())],
        );
        assert!(
            h.shows(&reference),
            "{}: the transaction reference is not shown",
            lang.tag()
        );
        assert!(
            !h.shows(&h.tr("ui-failed-retry")),
            "{}: 'try again' would charge a second time",
            lang.tag()
        );
        h.snapshot(&dir.join(format!("{}.png", lang.tag())));
        h.tap(&h.tr("ui-failed-finish"));
        assert_eq!(h.screen_name(), "attract", "{}", lang.tag());
    }
}
