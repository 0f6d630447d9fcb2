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

/// The demo catalogue with every plan `more` yen dearer.
fn dearer_catalogue(more: i64) -> simkiosk::domain::Catalogue {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk.toml");
    let mut doc: toml_edit::DocumentMut = std::fs::read_to_string(path).unwrap().parse().unwrap();
    for plan in doc["catalogue"]["plans"]
        .as_array_of_tables_mut()
        .unwrap()
        .iter_mut()
    {
        let price = plan["price_yen"].as_integer().unwrap();
        plan["price_yen"] = toml_edit::value(price + more);
    }
    Config::from_str(&doc.to_string(), "dearer kiosk.toml")
        .unwrap()
        .catalogue
}

/// From attract to review as an English customer of the demo SIM; returns the review's quote.
fn to_review(h: &mut Harness) -> simkiosk::domain::Quote {
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap("English");
    h.type_digits("09012345678");
    h.tap(&h.tr("ui-identify-submit"));
    h.tap(&h.tr("ui-status-continue"));
    h.tap(&h.tr("ui-plans-next"));
    match h.screen() {
        Screen::Review { quote, .. } => quote.clone(),
        _ => panic!("expected review, got {}", h.screen_name()),
    }
}

#[test]
fn a_catalogue_swapped_while_a_customer_chooses_changes_nothing_for_them_and_the_next_customer_pays_it()
 {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let devices = EngineDevices::new(&config_in(dir.path())).expect("the demo engine starts");
    let engine = devices.engine().clone();
    let mut h = Harness::new(Arc::new(devices), PORTRAIT);
    let started = engine.catalogue();

    // Head office's v1 arrives while the first customer is on the plans screen.
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap("English");
    h.type_digits("09012345678");
    h.tap(&h.tr("ui-identify-submit"));
    h.tap(&h.tr("ui-status-continue"));
    assert_eq!(h.screen_name(), "plans");
    let dearer = dearer_catalogue(110);
    assert_eq!(engine.run_catalogue(1, dearer.clone()), Some(1));
    h.tap(&h.tr("ui-plans-next"));
    let Screen::Review { quote: first, .. } = h.screen().clone() else {
        panic!("expected review, got {}", h.screen_name())
    };
    let before = started
        .quote(&first.plan_id, first.periods, chrono::Utc::now())
        .unwrap();
    assert_eq!(
        first.total, before.total,
        "the customer choosing keeps the prices the plans screen showed"
    );
    h.tap(&h.tr("ui-review-pay"));
    let Screen::Done { transaction_id, .. } = h.screen().clone() else {
        panic!("the first sale ends on done, got {}", h.screen_name())
    };
    assert_eq!(
        engine.journal().get(&transaction_id).unwrap().total_yen,
        before.total.value(),
        "charged what was quoted"
    );
    h.tap(&h.tr("ui-done-finish"));
    assert_eq!(h.screen_name(), "attract");

    // The next customer is quoted from v1.
    let second = to_review(&mut h);
    let after = dearer
        .quote(&second.plan_id, second.periods, chrono::Utc::now())
        .unwrap();
    assert_eq!(
        second.total, after.total,
        "the next customer gets v1's price"
    );
    assert_ne!(second.total, before.total);
}
