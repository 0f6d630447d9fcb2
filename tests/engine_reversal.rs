//! The carrier refuses after the card was charged: the engine reverses the payment at the
//! terminal (proved by the simulator's ledger). Fault points are process-wide, hence its own file.
#![cfg(feature = "failpoints")]

mod kiosk_support;

use simkiosk::config::Config;
use simkiosk::domain::sim::parse_sim;
use simkiosk::engine::{Engine, SaleReport, SaleRequest};
use simkiosk::flow::SaleFailure;
use simkiosk::i18n::Lang;
use simkiosk::journal::TxState;
use simkiosk::payment::CancelFlag;
use simkiosk::payment::zvt::simulator::{self as terminal_sim, SimConfig};

#[test]
fn a_refused_renewal_is_reversed_at_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.jsonl");
    let (port, _thread) = terminal_sim::spawn_on_pty(SimConfig {
        ledger: Some(ledger.clone()),
        ..SimConfig::default()
    })
    .unwrap();
    let text = kiosk_support::demo_config_text(dir.path(), &[kiosk_support::zvt_serial(&port)]);
    let config = Config::from_str(&text, "test kiosk.toml").unwrap();
    let engine = Engine::from_config(&config).unwrap();

    let sim = parse_sim("09012345678").unwrap();
    let subscriber = engine.lookup(&sim).unwrap();
    let quote = engine
        .catalogue()
        .quote("docomo-7d-3gb", 1, chrono::Utc::now())
        .unwrap();
    let scenario = fail::FailScenario::setup();
    fail::cfg("carrier.reject", "return").unwrap();
    let request = SaleRequest {
        sim,
        subscriber,
        quote,
        lang: Lang::Ko,
        cancel: CancelFlag::default(),
    };
    let report = engine.sale(request, &mut |_| {});
    scenario.teardown();

    let SaleReport::Failed {
        transaction_id: Some(id),
        failure,
    } = &report
    else {
        panic!("expected a failed sale with a journal row, got {report:?}");
    };
    assert_eq!(*failure, SaleFailure::RenewalFailedReversed);
    assert_eq!(engine.journal().get(id).unwrap().state, TxState::Reversed);
    let events: Vec<String> = std::fs::read_to_string(&ledger)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["event"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        events,
        ["approved", "reversed"],
        "the charge must be reversed at the terminal"
    );
}
