//! The engine end to end over real protocols: a ZVT terminal simulator and an ESC/POS printer
//! simulator on pseudo-terminals, the demo carrier in SQLite, the journal on disk. Each test
//! proves what was charged from the simulator's ledger, not from the engine's own word.

use simkiosk::config::Config;
use simkiosk::domain::sim::parse_sim;
use simkiosk::engine::{Engine, SaleProgress, SaleReport, SaleRequest};
use simkiosk::flow::SaleFailure;
use simkiosk::i18n::Lang;
use simkiosk::journal::TxState;
use simkiosk::payment::CancelFlag;
use simkiosk::payment::zvt::simulator::{self as terminal_sim, SimConfig as TerminalConfig};
use simkiosk::printer::PaperLevel;
use simkiosk::printer::simulator::{self as printer_sim, SimConfig as PrinterConfig, SimHandle};
use std::path::PathBuf;

mod kiosk_support;

const PLAN: &str = "docomo-7d-3gb";

struct Rig {
    engine: Engine,
    printer: SimHandle,
    ledger: PathBuf,
    _dir: tempfile::TempDir,
}

fn rig(terminal: TerminalConfig, paper: PaperLevel, allow_qr: bool) -> Rig {
    rig_with_paper_left(terminal, paper, allow_qr, None)
}

fn rig_with_paper_left(
    terminal: TerminalConfig,
    paper: PaperLevel,
    allow_qr: bool,
    paper_left_bytes: Option<usize>,
) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("ledger.jsonl");
    let (terminal_port, _thread) = terminal_sim::spawn_on_pty(TerminalConfig {
        ledger: Some(ledger.clone()),
        ..terminal
    })
    .expect("start the terminal simulator");
    let (printer_port, printer) = printer_sim::spawn_on_pty(PrinterConfig {
        paper,
        out_dir: Some(dir.path().join("receipts")),
        paper_left_bytes,
        ..PrinterConfig::default()
    })
    .expect("start the printer simulator");
    let printer_section = format!(
        "kind = \"serial\"\nport = \"{printer_port}\"\nbaud = 115200\npaper_width_mm = 80\n\
         allow_qr_receipt_when_unavailable = {allow_qr}"
    );
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
        printer,
        ledger,
        _dir: dir,
    }
}

fn sell(rig: &Rig, sim: &str) -> (SaleReport, Vec<SaleProgress>) {
    let sim = parse_sim(sim).unwrap();
    let subscriber = rig.engine.lookup(&sim).expect("demo SIM is known");
    let quote = rig
        .engine
        .catalogue()
        .quote(PLAN, 1, chrono::Utc::now())
        .unwrap();
    let request = SaleRequest {
        sim,
        subscriber,
        quote,
        lang: Lang::En,
        cancel: CancelFlag::default(),
    };
    let mut progress = Vec::new();
    let report = rig.engine.sale(request, &mut |p| progress.push(p));
    (report, progress)
}

/// (event, receipt_no) of every ledger line.
fn ledger(rig: &Rig) -> Vec<(String, Option<u64>)> {
    std::fs::read_to_string(&rig.ledger)
        .unwrap_or_default()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["event"].as_str().unwrap().to_owned(),
                v["receipt_no"].as_u64(),
            )
        })
        .collect()
}

/// The terminal's ledger shows no charge that stands.
fn assert_not_charged(rig: &Rig, why: &str) {
    let ledger = ledger(rig);
    assert!(
        ledger.iter().all(|(e, _)| e != "approved"),
        "{why}: {ledger:?}"
    );
}

fn state(rig: &Rig, report: &SaleReport) -> TxState {
    let id = report.transaction_id().expect("a journal row was made");
    rig.engine.journal().get(id).unwrap().state
}

#[test]
fn an_approved_sale_is_charged_once_renewed_and_printed() {
    let rig = rig(TerminalConfig::default(), PaperLevel::Ok, false);
    let before = rig
        .engine
        .lookup(&parse_sim("09012345678").unwrap())
        .unwrap();
    let (report, progress) = sell(&rig, "090-1234-5678");
    let SaleReport::Completed {
        new_expiry,
        receipt_printed,
        total,
        tax,
        ..
    } = &report
    else {
        panic!("sale did not complete: {report:?}");
    };
    assert!(receipt_printed, "receipt not printed");
    assert_eq!(
        (total.value(), tax.value()),
        (1980, 180),
        "charged total and contained tax"
    );
    assert_eq!(
        *new_expiry,
        before.expires_on.max(chrono::Utc::now().date_naive()) + chrono::Days::new(7)
    );
    assert_eq!(state(&rig, &report), TxState::Done);
    assert_eq!(
        ledger(&rig),
        vec![("approved".to_owned(), Some(1))],
        "exactly one charge"
    );
    assert!(
        progress.contains(&SaleProgress::Approved),
        "no Approved progress: {progress:?}"
    );
    assert_eq!(progress.last(), Some(&SaleProgress::ReceiptPrinted));
    let jobs = rig.printer.jobs();
    assert_eq!(jobs.len(), 1, "one receipt job");
    assert!(jobs[0].complete, "the receipt job was cut short");
}

#[test]
fn paper_out_before_payment_means_no_sale_and_no_charge() {
    let rig = rig(TerminalConfig::default(), PaperLevel::Out, false);
    let (report, _) = sell(&rig, "090-1234-5678");
    assert_eq!(
        report,
        SaleReport::Failed {
            transaction_id: None,
            failure: SaleFailure::PrinterNotReady
        },
        "a sale went ahead with no paper"
    );
    assert!(
        ledger(&rig).is_empty(),
        "the terminal was asked for money: {:?}",
        ledger(&rig)
    );
}

#[test]
fn paper_out_with_qr_receipts_allowed_sells_and_owes_the_receipt() {
    let rig = rig(TerminalConfig::default(), PaperLevel::Out, true);
    let (report, progress) = sell(&rig, "090-1234-5678");
    assert!(
        matches!(
            report,
            SaleReport::Completed {
                receipt_printed: false,
                ..
            }
        ),
        "{report:?}"
    );
    assert_eq!(
        state(&rig, &report),
        TxState::ReceiptFailed,
        "receipt must be owed"
    );
    assert_eq!(progress.last(), Some(&SaleProgress::ReceiptFailed));
}

#[test]
fn a_declined_card_is_a_normal_outcome_with_its_code_and_nothing_charged() {
    let rig = rig(
        TerminalConfig {
            decline: Some(0x05),
            ..TerminalConfig::default()
        },
        PaperLevel::Ok,
        false,
    );
    let (report, _) = sell(&rig, "090-1234-5678");
    let SaleReport::Failed {
        failure: SaleFailure::Declined { result_code },
        ..
    } = &report
    else {
        panic!("expected a decline, got {report:?}");
    };
    assert_eq!(*result_code, 0x05);
    assert_eq!(state(&rig, &report), TxState::PaymentDeclined);
    assert_not_charged(&rig, "declined but charged");
}

#[test]
fn a_customer_abort_at_the_terminal_charges_nothing() {
    let rig = rig(
        TerminalConfig {
            customer_abort: true,
            ..TerminalConfig::default()
        },
        PaperLevel::Ok,
        false,
    );
    let (report, _) = sell(&rig, "090-1234-5678");
    assert!(
        matches!(
            report,
            SaleReport::Failed {
                failure: SaleFailure::Aborted,
                ..
            }
        ),
        "expected an abort, got {report:?}"
    );
    assert_eq!(state(&rig, &report), TxState::PaymentAborted);
    assert_not_charged(&rig, "aborted but charged");
}

#[test]
fn cancel_while_the_terminal_waits_for_the_card_aborts_without_a_charge() {
    let terminal = TerminalConfig {
        card_wait: std::time::Duration::from_secs(5),
        ..TerminalConfig::default()
    };
    let rig = rig(terminal, PaperLevel::Ok, false);
    let sim = parse_sim("09012345678").unwrap();
    let subscriber = rig.engine.lookup(&sim).unwrap();
    let quote = rig
        .engine
        .catalogue()
        .quote(PLAN, 1, chrono::Utc::now())
        .unwrap();
    let cancel = CancelFlag::default();
    let request = SaleRequest {
        sim,
        subscriber,
        quote,
        lang: Lang::Ja,
        cancel: cancel.clone(),
    };
    let report = rig.engine.sale(request, &mut |p| {
        if matches!(p, SaleProgress::Terminal(_)) {
            cancel.request(); // the customer taps cancel as soon as the terminal speaks
        }
    });
    assert!(
        matches!(
            report,
            SaleReport::Failed {
                failure: SaleFailure::Aborted,
                ..
            }
        ),
        "expected an abort, got {report:?}"
    );
    assert_not_charged(&rig, "cancelled but charged");
}

#[test]
fn the_terminal_going_silent_fails_the_sale_in_bounded_time_without_a_charge() {
    let rig = rig(
        TerminalConfig {
            no_answer: true,
            ..TerminalConfig::default()
        },
        PaperLevel::Ok,
        false,
    );
    let start = std::time::Instant::now();
    let (report, _) = sell(&rig, "090-1234-5678");
    assert!(
        matches!(
            report,
            SaleReport::Failed {
                failure: SaleFailure::TerminalFault,
                ..
            }
        ),
        "expected a terminal fault, got {report:?}"
    );
    assert!(
        start.elapsed() < std::time::Duration::from_secs(60),
        "waited {:?}",
        start.elapsed()
    );
    assert_eq!(state(&rig, &report), TxState::PaymentFailed);
    assert!(ledger(&rig).is_empty());
}

#[test]
fn paper_running_out_mid_receipt_keeps_the_sale_and_owes_a_reprint() {
    let rig = rig_with_paper_left(
        TerminalConfig::default(),
        PaperLevel::Ok,
        false,
        Some(4_000),
    );
    let (report, progress) = sell(&rig, "090-1234-5678");
    assert!(
        matches!(
            report,
            SaleReport::Completed {
                receipt_printed: false,
                ..
            }
        ),
        "a half-printed receipt must not count as printed: {report:?}"
    );
    assert_eq!(
        state(&rig, &report),
        TxState::ReceiptFailed,
        "the reprint must be owed"
    );
    assert_eq!(progress.last(), Some(&SaleProgress::ReceiptFailed));
    assert_eq!(
        ledger(&rig),
        vec![("approved".to_owned(), Some(1))],
        "charged once, kept"
    );
}

#[test]
fn a_commit_the_terminal_did_not_keep_is_renewed_and_journaled_not_paid() {
    // The terminal never acknowledges our 80 00 00 and reverses on its commit time-out: the
    // customer saw the approval, so the SIM is renewed, and the row says "not paid".
    let rig = rig(
        TerminalConfig {
            drop_commit_ack: true,
            commit_timeout: std::time::Duration::from_secs(2),
            ..TerminalConfig::default()
        },
        PaperLevel::Ok,
        false,
    );
    let (report, _) = sell(&rig, "090-1234-5678");
    let id = report.transaction_id().expect("a journal row").to_owned();
    let row = rig.engine.journal().get(&id).unwrap();
    // The terminal's commit time-out (2 s) ends before the kiosk's repeat (T2, 5 s), and the link
    // never repeats a frame the terminal has moved past: the charge is always reversed.
    assert_eq!(
        ledger(&rig),
        vec![("reversed".to_owned(), Some(1))],
        "the terminal must reverse a commit it never received"
    );
    assert!(row.renewal.is_some(), "the customer saw an approval: renew");
    assert!(
        row.reversal.is_some() && row.approval.is_some(),
        "a charge the terminal did not keep must be marked on the row: {row:?}"
    );
    let day = chrono::Utc::now()
        .with_timezone(&simkiosk::domain::promotion::jst())
        .date_naive();
    assert_eq!(
        rig.engine.daily_report(day).unwrap().renewed_not_paid.count,
        1
    );
}
