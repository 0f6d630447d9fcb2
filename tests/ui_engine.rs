//! A whole renewal through the real engine on the demo configuration: the embedded terminal and
//! printer simulators on pseudo-terminals, the demo carrier and a journal in a temporary folder.
//! Slower than `ui_renewal` (the demo terminal takes a few seconds, as a customer would).
#![cfg(feature = "ui")]

mod ui_support;

use simkiosk::config::{CarrierKind, Config};
use simkiosk::flow::Screen;
use simkiosk::i18n::Lang;
use simkiosk::ui::EngineDevices;
use std::path::Path;
use std::sync::Arc;
use ui_support::{Harness, PORTRAIT, demo_config};

fn config_in(dir: &Path) -> Config {
    let mut config = demo_config();
    config.journal.path = dir.join("journal.db");
    config.carrier.kind = CarrierKind::Demo {
        demo_db: dir.join("carrier.db"),
    };
    config
}

#[test]
fn renewal_through_the_demo_engine() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let devices = EngineDevices::new(&config_in(dir.path())).expect("the demo engine starts");
    let mut h = Harness::new(Arc::new(devices), PORTRAIT);
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap("English");
    h.type_digits("09012345678");
    h.tap(&h.tr("ui-identify-submit"));
    let Screen::Status { subscriber } = h.screen().clone() else {
        panic!(
            "the demo carrier knows 090-1234-5678; screen {}",
            h.screen_name()
        )
    };
    h.tap(&h.tr("ui-status-continue"));
    h.tap(&h.tr("ui-plans-next"));
    assert_eq!(h.screen_name(), "review");
    h.tap(&h.tr("ui-review-pay"));
    match h.screen().clone() {
        Screen::Done {
            new_expiry,
            transaction_id,
        } => {
            assert!(
                new_expiry > subscriber.expires_on,
                "the expiry moved on: {new_expiry} after {}",
                subscriber.expires_on
            );
            assert!(!transaction_id.is_empty());
        }
        other => panic!("the demo sale ends on done, got {other:?}"),
    }
}
