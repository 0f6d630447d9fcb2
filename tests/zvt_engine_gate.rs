//! The commit gate end to end: the engine sells through the terminal simulator's fault scenarios
//! on a pseudo-terminal; the simulator's ledger proves what stands charged, the journal what the
//! kiosk recorded.

use simkiosk::config::Config;
use simkiosk::domain::sim::parse_sim;
use simkiosk::engine::{Engine, SaleReport, SaleRequest};
use simkiosk::i18n::Lang;
use simkiosk::journal::TxState;
use simkiosk::payment::CancelFlag;
use simkiosk::payment::zvt::simulator::{self as terminal_sim, SimConfig as TerminalConfig};
use simkiosk::printer::PaperLevel;
use simkiosk::printer::simulator::{self as printer_sim, SimConfig as PrinterConfig};
use std::path::PathBuf;

mod kiosk_support;

const PLAN: &str = "docomo-7d-3gb";

struct Rig {
    engine: Engine,
    /// Dropping the handle stops the printer simulator.
    _printer: printer_sim::SimHandle,
    ledger: PathBuf,
    _dir: tempfile::TempDir,
}

fn rig(terminal: TerminalConfig) -> Rig {
    let dir = tempfile::tempdir().expect("temp dir");
    let ledger = dir.path().join("ledger.jsonl");
    let (terminal_port, _thread) = terminal_sim::spawn_on_pty(TerminalConfig {
        ledger: Some(ledger.clone()),
        ..terminal
    })
    .expect("start the terminal simulator");
    let (printer_port, printer) = printer_sim::spawn_on_pty(PrinterConfig {
        paper: PaperLevel::Ok,
        out_dir: Some(dir.path().join("receipts")),
        ..PrinterConfig::default()
    })
    .expect("start the printer simulator");
    let printer_section =
        format!("kind = \"serial\"\nport = \"{printer_port}\"\nbaud = 115200\npaper_width_mm = 80");
    let text = kiosk_support::demo_config_text(
        dir.path(),
        &[
            kiosk_support::zvt_serial(&terminal_port),
            ("printer", printer_section),
        ],
    );
    let config = Config::from_str(&text, "test kiosk.toml").expect("config loads");
    let engine = Engine::from_config(&config).expect("engine starts");
    Rig {
        engine,
        _printer: printer,
        ledger,
        _dir: dir,
    }
}

fn sell(rig: &Rig) -> SaleReport {
    let sim = parse_sim("090-1234-5678").expect("demo SIM number");
    let subscriber = rig.engine.lookup(&sim).expect("demo SIM is known");
    let quote = rig
        .engine
        .catalogue()
        .quote(PLAN, 1, chrono::Utc::now())
        .expect("demo plan quotes");
    rig.engine.sale(
        SaleRequest {
            sim,
            subscriber,
            quote,
            lang: Lang::En,
            cancel: CancelFlag::default(),
        },
        &mut |_| {},
    )
}

fn ledger_events(rig: &Rig) -> Vec<String> {
    std::fs::read_to_string(&rig.ledger)
        .unwrap_or_default()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("ledger line is JSON");
            v["event"].as_str().unwrap_or_default().to_owned()
        })
        .collect()
}

fn state(rig: &Rig, report: &SaleReport) -> TxState {
    let id = report
        .transaction_id()
        .unwrap_or_else(|| panic!("no journal row was made: {report:?}"));
    rig.engine.journal().get(id).expect("journal row").state
}

#[test]
fn a_sale_approved_without_amount_is_not_journaled_approved_and_stands_reversed() {
    let rig = rig(TerminalConfig {
        approve_without_amount: true,
        ..TerminalConfig::default()
    });
    let report = sell(&rig);
    assert!(matches!(report, SaleReport::Failed { .. }), "{report:?}");
    assert_eq!(state(&rig, &report), TxState::PaymentAborted);
    assert_eq!(ledger_events(&rig), ["reversed"], "charged, then reversed");
}

#[test]
fn a_sale_approved_for_another_amount_is_not_journaled_approved_and_stands_reversed() {
    let rig = rig(TerminalConfig {
        approve_amount: Some(1),
        ..TerminalConfig::default()
    });
    let report = sell(&rig);
    assert!(matches!(report, SaleReport::Failed { .. }), "{report:?}");
    assert_eq!(state(&rig, &report), TxState::PaymentAborted);
    assert_eq!(ledger_events(&rig), ["reversed"], "charged, then reversed");
}

#[test]
fn a_terminal_that_lost_its_registration_is_registered_again_and_the_sale_goes_through() {
    let rig = rig(TerminalConfig {
        lose_registration: true,
        ..TerminalConfig::default()
    });
    let report = sell(&rig);
    assert_eq!(
        state(&rig, &report),
        TxState::Done,
        "84 6B is healed by one registration: {report:?}"
    );
    assert_eq!(ledger_events(&rig), ["approved"]);
}
