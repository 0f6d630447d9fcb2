//! Start-up recovery against a scripted card terminal: what it sends to the terminal, in which
//! order, and what it journals from the terminal's answers. The carrier is the demo carrier in
//! SQLite; the journal is on disk.

mod kiosk_support;

use simkiosk::carrier::{CarrierBackend, DemoCarrier, DemoPlan};
use simkiosk::config::Config;
use simkiosk::domain::Yen;
use simkiosk::domain::sim::parse_sim;
use simkiosk::engine::Engine;
use simkiosk::journal::{Detail, Journal, NewTransaction, TxState};
use simkiosk::payment::{
    Approval, PaymentError, PaymentObserver, PaymentOutcome, PaymentRequest, PaymentTerminal,
    ReversalOutcome, TerminalHealth,
};
use simkiosk::printer::driver::FilePrinter;
use std::sync::{Arc, Mutex};

const PLAN: &str = "docomo-7d-3gb";
const RECEIPT_NO: u32 = 7;

/// A terminal that answers from a script and writes down every call.
struct Scripted {
    calls: Arc<Mutex<Vec<String>>>,
    /// `health` answers NotReady this many times first (a terminal finishing an abandoned sale).
    busy_polls: u32,
    /// What `repeat_receipt` shows: the terminal's last committed payment.
    last_receipt: Option<u32>,
    /// `authorise` approves, then its session ends before the kiosk's decision could be sent.
    approve_then_give_up: bool,
}

impl Scripted {
    fn log(&self, call: &str) {
        self.calls.lock().unwrap().push(call.to_owned());
    }
}

impl PaymentTerminal for Scripted {
    fn health(&mut self) -> Result<TerminalHealth, PaymentError> {
        if self.busy_polls > 0 {
            self.busy_polls -= 1;
            self.log("health: busy");
            return Ok(TerminalHealth::NotReady { result_code: 0x9C });
        }
        self.log("health: ready");
        Ok(TerminalHealth::Ready)
    }
    fn authorise(
        &mut self,
        request: &PaymentRequest,
        observer: &mut dyn PaymentObserver,
    ) -> Result<PaymentOutcome, PaymentError> {
        self.log("authorise");
        if !self.approve_then_give_up {
            return Err(PaymentError::Protocol("not scripted".into()));
        }
        let approval = Approval {
            amount: request.amount,
            receipt_no: Some(RECEIPT_NO),
            ..Approval::default()
        };
        let decision = observer.approved(&approval);
        self.log(&format!("decision {decision:?} not sent"));
        observer.decision_not_sent();
        Err(PaymentError::Timeout {
            what: "the session had ended".into(),
        })
    }
    fn reverse(&mut self, receipt_no: u32, amount: Yen) -> Result<ReversalOutcome, PaymentError> {
        self.log(&format!("reverse {receipt_no}"));
        Ok(ReversalOutcome::Reversed {
            approval: Approval {
                amount,
                receipt_no: Some(receipt_no),
                trace_no: Some(99),
                ..Approval::default()
            },
        })
    }
    fn repeat_receipt(&mut self) -> Result<Option<Approval>, PaymentError> {
        self.log("repeat receipt");
        Ok(self.last_receipt.map(|no| Approval {
            amount: Yen(1980),
            receipt_no: Some(no),
            ..Approval::default()
        }))
    }
    fn end_of_day(&mut self) -> Result<Vec<String>, PaymentError> {
        self.log("end of day");
        Ok(Vec::new())
    }
}

struct Rig {
    engine: Engine,
    calls: Arc<Mutex<Vec<String>>>,
    subscriber_ref: String,
    _dir: tempfile::TempDir,
}

fn rig(busy_polls: u32, last_receipt: Option<u32>) -> Rig {
    rig_with(busy_polls, last_receipt, false)
}

fn rig_with(busy_polls: u32, last_receipt: Option<u32>, approve_then_give_up: bool) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let text = kiosk_support::demo_config_text(dir.path(), &[]);
    let config = Config::from_str(&text, "test kiosk.toml").unwrap();
    let plans = config
        .catalogue()
        .plans()
        .iter()
        .map(DemoPlan::from)
        .collect();
    let carrier = DemoCarrier::open(&dir.path().join("carrier.db"), plans, || {
        chrono::Utc::now().date_naive()
    })
    .unwrap();
    let subscriber_ref = carrier
        .lookup(&parse_sim("09012345678").unwrap())
        .unwrap()
        .subscriber_ref;
    let calls = Arc::new(Mutex::new(Vec::new()));
    let terminal = Scripted {
        calls: calls.clone(),
        busy_polls,
        last_receipt,
        approve_then_give_up,
    };
    let engine = Engine::with_devices(
        &config,
        Journal::open(&dir.path().join("journal.db")).unwrap(),
        Box::new(terminal),
        Box::new(FilePrinter::new(dir.path().join("receipts.bin"))),
        Box::new(carrier),
    )
    .unwrap();
    Rig {
        engine,
        calls,
        subscriber_ref,
        _dir: dir,
    }
}

impl Rig {
    /// A paid sale journaled up to `payment_approved` (receipt `RECEIPT_NO`), then `more`.
    fn paid_row(&self, more: &[TxState]) -> String {
        let journal = self.engine.journal();
        let id = simkiosk::journal::new_uuid();
        journal
            .create(&NewTransaction {
                id: id.clone(),
                idempotency_key: simkiosk::journal::new_uuid(),
                created_at: chrono::Utc::now(),
                kiosk_id: "test".into(),
                sim_masked: "090-****-5678".into(),
                subscriber_ref: self.subscriber_ref.clone(),
                carrier_id: "docomo".into(),
                plan_id: PLAN.into(),
                months: 1,
                lang: "en".into(),
                total_yen: 1980,
                tax_yen: 180,
                quote_json: "{}".into(),
            })
            .unwrap();
        let approval = Approval {
            amount: Yen(1980),
            receipt_no: Some(RECEIPT_NO),
            auth_code: Some("123456".into()),
            ..Approval::default()
        };
        journal
            .advance(&id, TxState::PaymentRequested, &Detail::none())
            .unwrap();
        journal
            .advance(
                &id,
                TxState::PaymentApproved,
                &Detail::approval(approval, Vec::new()),
            )
            .unwrap();
        for state in more {
            journal.advance(&id, *state, &Detail::none()).unwrap();
        }
        id
    }

    fn calls(&self) -> Vec<String> {
        self.calls.lock().unwrap().clone()
    }
}

#[test]
fn recovery_waits_for_an_idle_terminal_before_any_reversal() {
    let rig = rig(2, None);
    let id = rig.paid_row(&[TxState::RenewalRequested, TxState::RenewalFailed]);

    let report = rig.engine.recover();

    assert_eq!(report.finished, 1, "{report:?}");
    assert_eq!(
        rig.calls(),
        [
            "health: busy",
            "health: busy",
            "health: ready",
            &format!("reverse {RECEIPT_NO}")
        ],
        "the reversal must wait until the terminal says it is idle"
    );
    assert_eq!(
        rig.engine.journal().get(&id).unwrap().state,
        TxState::Reversed
    );
}

#[test]
fn a_reversal_keeps_the_approval_and_writes_its_own_record() {
    let rig = rig(0, None);
    let id = rig.paid_row(&[TxState::RenewalRequested, TxState::RenewalFailed]);

    rig.engine.recover();

    let row = rig.engine.journal().get(&id).unwrap();
    assert_eq!(row.state, TxState::Reversed);
    let approval = row
        .approval
        .expect("the approval must survive the reversal");
    assert_eq!(
        approval.auth_code.as_deref(),
        Some("123456"),
        "approval_json was overwritten by the reversal"
    );
    let reversal = row.reversal.expect("reversal_json must hold the reversal");
    assert_eq!(reversal.trace_no, Some(99));
}

#[test]
fn an_approval_the_terminal_did_not_keep_is_renewed_and_journaled_not_paid() {
    // The terminal's last committed payment is older than ours: our commit never reached it and
    // its time-out reversed the approval.
    let rig = rig(0, Some(RECEIPT_NO - 1));
    let id = rig.paid_row(&[]);

    let report = rig.engine.recover();

    assert_eq!(report.finished, 1, "{report:?}");
    let row = rig.engine.journal().get(&id).unwrap();
    assert!(row.renewal.is_some(), "the customer saw an approval: renew");
    assert!(
        row.reversal.is_some(),
        "a charge the terminal did not keep must be marked on the row"
    );
    assert!(row.approval.is_some());
    assert_eq!(row.state, TxState::ReceiptFailed);
    let history = rig.engine.journal().history(&id).unwrap();
    assert!(
        history.iter().any(|e| e
            .detail
            .note
            .as_deref()
            .is_some_and(|n| n.starts_with("renewed, not paid"))),
        "the history must say renewed, not paid"
    );
    assert!(
        !rig.calls().iter().any(|c| c.starts_with("reverse")),
        "nothing to reverse: the terminal kept nothing"
    );
    let day = chrono::Utc::now()
        .with_timezone(&simkiosk::domain::promotion::jst())
        .date_naive();
    let report = rig.engine.daily_report(day).unwrap();
    assert_eq!(report.renewed_not_paid.count, 1);
    assert_eq!(report.renewals.count, 0, "not paid is not in the takings");
}

#[test]
fn an_approval_the_terminal_kept_is_renewed_as_paid() {
    let rig = rig(0, Some(RECEIPT_NO));
    let id = rig.paid_row(&[]);

    rig.engine.recover();

    let row = rig.engine.journal().get(&id).unwrap();
    assert!(row.renewal.is_some());
    assert_eq!(row.reversal, None, "the approval stands: nothing reversed");
    assert_eq!(row.state, TxState::ReceiptFailed);
    let calls = rig.calls();
    let asked = calls.iter().position(|c| c == "repeat receipt");
    let ready = calls.iter().position(|c| c == "health: ready");
    assert!(
        ready.is_some() && asked > ready,
        "the terminal is asked only once idle: {calls:?}"
    );
}

#[test]
fn an_approval_whose_commit_was_never_sent_is_reversed_not_renewed() {
    use simkiosk::engine::{SaleReport, SaleRequest};
    use simkiosk::i18n::Lang;
    use simkiosk::payment::CancelFlag;
    let rig = rig_with(0, None, true);
    let sim = parse_sim("09012345678").unwrap();
    let subscriber = rig.engine.lookup(&sim).unwrap();
    let expiry_before = subscriber.expires_on;
    let quote = rig
        .engine
        .catalogue()
        .quote(PLAN, 1, chrono::Utc::now())
        .unwrap();
    let report = rig.engine.sale(
        SaleRequest {
            sim,
            subscriber,
            quote,
            lang: Lang::En,
            cancel: CancelFlag::default(),
        },
        &mut |_| {},
    );

    let SaleReport::Failed {
        transaction_id: Some(id),
        ..
    } = &report
    else {
        panic!("a sale whose commit never reached the terminal must fail, got {report:?}");
    };
    let record = rig.engine.journal().get(id).unwrap();
    assert_eq!(
        record.state,
        TxState::Reversed,
        "the approval was journaled but never committed at the terminal: it must be reversed"
    );
    let after = rig
        .engine
        .lookup(&parse_sim("09012345678").unwrap())
        .unwrap();
    assert_eq!(
        after.expires_on, expiry_before,
        "nothing may be renewed for a sale the terminal never committed"
    );
    assert!(
        rig.calls().contains(&format!("reverse {RECEIPT_NO}")),
        "the kiosk must ask the terminal to reverse: {:?}",
        rig.calls()
    );
}
