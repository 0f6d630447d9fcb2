//! The renewal policy in a real sale: the ZVT terminal simulator (its ledger says what was
//! really charged), the demo carrier (its table says what was really renewed) with faults
//! injected after it applied the renewal. Fault points are process-wide, hence its own file;
//! each test holds its `FailScenario` to its end, which runs them one at a time.
#![cfg(feature = "failpoints")]

mod kiosk_support;

use simkiosk::carrier::DemoCarrier;
use simkiosk::config::Config;
use simkiosk::domain::sim::parse_sim;
use simkiosk::engine::{Engine, SaleReport, SaleRequest};
use simkiosk::flow::SaleFailure;
use simkiosk::i18n::Lang;
use simkiosk::journal::TxState;
use simkiosk::payment::CancelFlag;
use simkiosk::payment::zvt::simulator::{self as terminal_sim, SimConfig};
use std::path::PathBuf;

struct Rig {
    engine: Engine,
    ledger: PathBuf,
    dir: tempfile::TempDir,
}

/// `carrier_secs`: the renewal deadline of `[timeouts]`.
fn rig(carrier_secs: u32) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.jsonl");
    let (port, _thread) = terminal_sim::spawn_on_pty(SimConfig {
        ledger: Some(ledger.clone()),
        ..SimConfig::default()
    })
    .unwrap();
    let timeouts = format!(
        "idle_secs = 60\nidle_prompt_secs = 20\ndone_secs = 15\ncarrier_secs = {carrier_secs}\n\
         payment_secs = 180"
    );
    let text = kiosk_support::demo_config_text(
        dir.path(),
        &[kiosk_support::zvt_serial(&port), ("timeouts", timeouts)],
    );
    let config = Config::from_str(&text, "test kiosk.toml").unwrap();
    let engine = Engine::from_config(&config).unwrap();
    Rig {
        engine,
        ledger,
        dir,
    }
}

impl Rig {
    fn sale(&self) -> SaleReport {
        let sim = parse_sim("09012345678").unwrap();
        let subscriber = self.engine.lookup(&sim).unwrap();
        let quote = self
            .engine
            .catalogue()
            .quote("docomo-7d-3gb", 1, chrono::Utc::now())
            .unwrap();
        let request = SaleRequest {
            sim,
            subscriber,
            quote,
            lang: Lang::En,
            cancel: CancelFlag::default(),
        };
        self.engine.sale(request, &mut |_| {})
    }

    /// The terminal's ledger events, in order.
    fn ledger(&self) -> Vec<String> {
        std::fs::read_to_string(&self.ledger)
            .unwrap_or_default()
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["event"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    }

    /// What the carrier really renewed: (idempotency key, renewal id).
    fn carrier_renewals(&self) -> Vec<(String, String)> {
        DemoCarrier::open(&self.dir.path().join("carrier.db"), Vec::new(), || {
            chrono::Utc::now().date_naive()
        })
        .unwrap()
        .renewals()
        .unwrap()
        .into_iter()
        .map(|r| (r.idempotency_key, r.renewal.renewal_id))
        .collect()
    }
}

fn pending_id(report: &SaleReport) -> String {
    match report {
        SaleReport::Failed {
            failure: SaleFailure::RenewalPending { transaction_id },
            ..
        } => transaction_id.clone(),
        other => panic!("expected 'payment safe, renewal being applied', got {other:?}"),
    }
}

/// After an unclear answer: still charged, never reversed, the row queued for retry; then a
/// later pass with the same key picks up the carrier's one renewal.
fn assert_kept_then_renewed_by_the_same_key(rig: &Rig, report: &SaleReport) {
    let id = pending_id(report);
    let row = rig.engine.journal().get(&id).unwrap();
    assert_eq!(row.state, TxState::RenewalRequested);
    assert_eq!(
        rig.ledger(),
        ["approved"],
        "an unclear carrier answer must never reverse the payment"
    );
    assert_eq!(rig.engine.queued_retries(), std::slice::from_ref(&id));
    let renewals = rig.carrier_renewals();
    assert_eq!(renewals.len(), 1, "the carrier applied it once");
    assert_eq!(renewals[0].0, row.idempotency_key);

    let recovery = rig.engine.recover();
    assert_eq!(recovery.finished, 1, "{recovery:?}");
    let row = rig.engine.journal().get(&id).unwrap();
    assert_eq!(row.state, TxState::ReceiptFailed, "renewed; reprint owed");
    assert_eq!(
        row.renewal.map(|r| r.renewal_id),
        Some(renewals[0].1.clone()),
        "the retry must get the carrier's first renewal back (same key)"
    );
    assert_eq!(rig.carrier_renewals().len(), 1, "renewed once, not twice");
    assert_eq!(rig.ledger(), ["approved"]);
}

#[test]
fn a_503_after_the_carrier_applied_keeps_the_payment_and_retries_with_the_same_key() {
    let rig = rig(10);
    let _scenario = fail::FailScenario::setup();
    fail::cfg("carrier.after_apply", "return").unwrap();
    let report = rig.sale();
    fail::remove("carrier.after_apply");
    assert_kept_then_renewed_by_the_same_key(&rig, &report);
}

#[test]
fn a_carrier_time_out_after_applying_keeps_the_payment_and_retries_with_the_same_key() {
    let rig = rig(1);
    let _scenario = fail::FailScenario::setup();
    fail::cfg("carrier.after_apply", "sleep(1500)").unwrap();
    let started = std::time::Instant::now();
    let report = rig.sale();
    let waited = started.elapsed();
    fail::remove("carrier.after_apply");
    assert_kept_then_renewed_by_the_same_key(&rig, &report);
    // The payment itself takes a few seconds at the simulator; the carrier adds at most its
    // deadline, not three 1.5 s calls.
    assert!(
        waited < std::time::Duration::from_secs(15),
        "the renewal deadline did not bound the sale ({waited:?})"
    );
}

#[test]
fn one_unclear_answer_then_a_replay_in_the_same_pass_completes_the_sale() {
    let rig = rig(10);
    let _scenario = fail::FailScenario::setup();
    fail::cfg("carrier.after_apply", "1*return").unwrap();
    let report = rig.sale();
    fail::remove("carrier.after_apply");
    assert!(
        matches!(report, SaleReport::Completed { .. }),
        "the second attempt replays the key and gets the renewal: {report:?}"
    );
    assert_eq!(rig.carrier_renewals().len(), 1);
    assert_eq!(rig.ledger(), ["approved"]);
}

#[test]
fn a_definite_refusal_reverses_the_payment() {
    let rig = rig(10);
    let _scenario = fail::FailScenario::setup();
    fail::cfg("carrier.reject", "return").unwrap();
    let report = rig.sale();
    fail::remove("carrier.reject");
    let SaleReport::Failed {
        transaction_id: Some(id),
        failure: SaleFailure::RenewalFailedReversed,
    } = &report
    else {
        panic!("expected a reversed sale, got {report:?}");
    };
    assert_eq!(rig.ledger(), ["approved", "reversed"]);
    assert_eq!(
        rig.engine.journal().get(id).unwrap().state,
        TxState::Reversed
    );
    assert!(rig.carrier_renewals().is_empty());
    assert!(rig.engine.queued_retries().is_empty());
}

#[test]
fn recovery_applies_the_same_policy_to_an_unclear_renewal() {
    let rig = rig(10);
    let _scenario = fail::FailScenario::setup();
    fail::cfg("carrier.after_apply", "return").unwrap();
    let id = pending_id(&rig.sale());
    let recovery = rig.engine.recover();
    fail::remove("carrier.after_apply");
    assert_eq!(recovery.deferred, 1, "{recovery:?}");
    assert_eq!(
        rig.engine.journal().get(&id).unwrap().state,
        TxState::RenewalRequested,
        "still unclear: queued for retry, not reversed, not yet the operator's"
    );
    assert_eq!(rig.ledger(), ["approved"]);
    assert_eq!(rig.engine.queued_retries(), [id]);
}
