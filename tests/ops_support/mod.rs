//! Shared by the ops tests: the demo kiosk.toml in a temp dir, a demo engine, real sales and
//! hand-made journal rows in the states that wait for the operator.
#![allow(dead_code)]

use chrono::Utc;
use simkiosk::config::Config;
use simkiosk::domain::sim::parse_sim;
use simkiosk::engine::{Engine, SaleReport, SaleRequest};
use simkiosk::i18n::Lang;
use simkiosk::journal::{Detail, NewTransaction, TransactionRecord, TxState, new_uuid};
use simkiosk::payment::{Approval, CancelFlag};
use std::path::{Path, PathBuf};

/// The first demo SIM (docomo) and a plan it can take.
pub const DEMO_PHONE: &str = "09012345678";
pub const DEMO_PLAN: &str = "docomo-7d-3gb";

pub struct Kiosk {
    pub dir: tempfile::TempDir,
    pub toml: PathBuf,
    pub config: Config,
}

impl Kiosk {
    pub fn journal_path(&self) -> PathBuf {
        self.dir.path().join("journal.db")
    }
    pub fn demo_db(&self) -> PathBuf {
        self.dir.path().join("demo-carrier.db")
    }
    pub fn receipts_dir(&self) -> PathBuf {
        self.dir.path().join("demo-receipts")
    }
}

/// The shipped demo kiosk.toml with the journal and the demo carrier in a temp dir.
pub fn kiosk(pin_hash: Option<&str>) -> Kiosk {
    let dir = tempfile::tempdir().expect("temp dir");
    let shipped = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("kiosk.toml"))
        .expect("read the shipped kiosk.toml");
    let mut doc: toml_edit::DocumentMut = shipped.parse().expect("shipped kiosk.toml parses");
    let p = |name: &str| dir.path().join(name).to_string_lossy().into_owned();
    doc["journal"]["path"] = toml_edit::value(p("journal.db"));
    doc["carrier"]["demo_db"] = toml_edit::value(p("demo-carrier.db"));
    // The shipped demo PIN is for the touch-screen demo: these tests set their own, or none.
    doc["operator"]["pin_hash"] = toml_edit::value(pin_hash.unwrap_or(""));
    let toml = dir.path().join("kiosk.toml");
    std::fs::write(&toml, doc.to_string()).expect("write kiosk.toml");
    let config = Config::load(&toml).unwrap_or_else(|e| panic!("demo config: {e}"));
    Kiosk { dir, toml, config }
}

pub fn engine(k: &Kiosk) -> Engine {
    Engine::from_config(&k.config).unwrap_or_else(|e| panic!("demo engine: {e}"))
}

/// One whole demo sale; returns its (done) record.
pub fn sale(engine: &Engine) -> TransactionRecord {
    let sim = parse_sim(DEMO_PHONE).expect("demo phone parses");
    let subscriber = engine.lookup(&sim).expect("demo SIM found");
    let quote = engine
        .catalogue()
        .quote(DEMO_PLAN, 1, Utc::now())
        .expect("demo quote");
    let report = engine.sale(
        SaleRequest {
            sim,
            subscriber,
            quote,
            lang: Lang::En,
            cancel: CancelFlag::default(),
        },
        &mut |_| {},
    );
    let SaleReport::Completed { transaction_id, .. } = report else {
        panic!("demo sale did not complete: {report:?}");
    };
    engine
        .journal()
        .get(&transaction_id)
        .expect("sale journaled")
}

/// The demo subscriber's opaque carrier reference.
pub fn subscriber_ref(engine: &Engine) -> String {
    let sim = parse_sim(DEMO_PHONE).expect("demo phone parses");
    engine.lookup(&sim).expect("demo SIM found").subscriber_ref
}

/// A fabricated approval (the terminal never saw it unless `receipt_no` is a real one).
pub fn approval(amount: i64, receipt_no: Option<u32>) -> Approval {
    Approval {
        amount: simkiosk::domain::Yen(amount),
        receipt_no,
        trace_no: Some(77),
        turnover_no: Some(5),
        masked_pan: Some("************0019".into()),
        card_name: Some("VISA".into()),
        auth_code: Some("A1B2C3".into()),
        terminal_id: Some("5200".into()),
    }
}

/// A journal row walked through `path` (states after `created`), for `subscriber_ref`;
/// the approval (if any) is attached at `payment_approved`.
pub fn row(
    engine: &Engine,
    subscriber_ref: &str,
    approval: Option<Approval>,
    path: &[TxState],
) -> TransactionRecord {
    row_in(
        engine,
        engine.journal(),
        Utc::now(),
        subscriber_ref,
        approval,
        path,
    )
}

/// As [`row`], created at `created_at` and written through `journal` (e.g. the engine's journal
/// file opened with a clock set back, for a row last touched long ago).
pub fn row_in(
    engine: &Engine,
    journal: &simkiosk::journal::Journal,
    created_at: chrono::DateTime<Utc>,
    subscriber_ref: &str,
    approval: Option<Approval>,
    path: &[TxState],
) -> TransactionRecord {
    let quote = engine
        .catalogue()
        .quote(DEMO_PLAN, 1, Utc::now())
        .expect("demo quote");
    let new = NewTransaction {
        id: new_uuid(),
        idempotency_key: new_uuid(),
        created_at,
        kiosk_id: engine.config().kiosk.id.clone(),
        sim_masked: parse_sim(DEMO_PHONE).unwrap().masked(),
        subscriber_ref: subscriber_ref.to_owned(),
        carrier_id: quote.carrier_id.clone(),
        plan_id: quote.plan_id.clone(),
        months: 1,
        lang: "en".into(),
        total_yen: quote.total.value(),
        tax_yen: quote.tax_contained.value(),
        quote_json: serde_json::to_string(&quote).unwrap(),
    };
    journal.create(&new).expect("create row");
    for &to in path {
        let detail = match (to, &approval) {
            (TxState::PaymentApproved, Some(a)) => Detail::approval(a.clone(), vec![]),
            (TxState::NeedsOperator, _) => Detail::note("test: handed to the operator"),
            _ => Detail::none(),
        };
        journal
            .advance(&new.id, to, &detail)
            .unwrap_or_else(|e| panic!("advance to {to}: {e}"));
    }
    journal.get(&new.id).expect("row")
}

/// Paid, renewal outcome unknown, handed to the operator.
pub const PAID_THEN_OPERATOR: &[TxState] = &[
    TxState::PaymentRequested,
    TxState::PaymentApproved,
    TxState::RenewalRequested,
    TxState::NeedsOperator,
];

/// Payment outcome unknown (no approval), handed to the operator.
pub const UNPAID_THEN_OPERATOR: &[TxState] = &[TxState::PaymentRequested, TxState::NeedsOperator];

/// How many renewals the demo carrier applied with `key`.
pub fn carrier_renewals_with_key(k: &Kiosk, key: &str) -> i64 {
    let conn = rusqlite::Connection::open(k.demo_db()).expect("open demo carrier db");
    conn.query_row(
        "SELECT COUNT(*) FROM renewals WHERE idempotency_key = ?1",
        [key],
        |r| r.get(0),
    )
    .expect("count renewals")
}

/// The states of a transaction's events in order.
pub fn states(engine: &Engine, id: &str) -> Vec<TxState> {
    engine
        .journal()
        .history(id)
        .expect("history")
        .into_iter()
        .map(|e| e.to)
        .collect()
}

/// A QR wallet's payment as the kiosk journals it: the provider's payment id is the approval
/// code; no card, no terminal receipt number.
pub fn wallet_approval(amount: i64, payment_id: &str) -> Approval {
    Approval {
        amount: simkiosk::domain::Yen(amount),
        auth_code: Some(payment_id.to_owned()),
        ..Approval::default()
    }
}

/// A PayPay row walked through `path`: paid (`payment_id` given, approval attached at
/// `payment_approved`) or not, with the provider's last `status` in its wallet columns.
pub fn wallet_row(
    engine: &Engine,
    subscriber_ref: &str,
    payment_id: Option<&str>,
    status: &str,
    path: &[TxState],
) -> TransactionRecord {
    let paid = payment_id.map(|p| wallet_approval(1980, p));
    let r = row(engine, subscriber_ref, paid, path);
    engine
        .journal()
        .set_wallet(
            &r.id,
            &simkiosk::journal::WalletRef {
                method: "paypay".into(),
                code_id: Some(format!("04-{}", &r.id[..8])),
                payment_id: payment_id.map(str::to_owned),
                status: Some(status.to_owned()),
            },
        )
        .expect("wallet columns");
    engine.journal().get(&r.id).expect("row")
}

/// A wallet simulator on loopback, made `engine`'s PayPay provider (the client polls fast so
/// the tests are quick). Keep it alive as long as the engine asks it anything.
pub fn wallet_sim(engine: &Engine) -> simkiosk::payment::wallet::simulator::WalletSim {
    use simkiosk::payment::wallet::simulator::{Faults, SimConfig, WalletSim};
    let sim = WalletSim::start(
        "127.0.0.1:0",
        SimConfig {
            api_key: "k".into(),
            api_secret: "s".into(),
            merchant_id: "m".into(),
            code_lifetime: std::time::Duration::from_secs(300),
            auto_pay_after: None,
            ledger_file: None,
            faults: Faults::default(),
        },
    )
    .expect("wallet simulator starts");
    engine.set_wallet_provider(Box::new(wallet_client(&sim)));
    sim
}

/// A PayPay client of `sim` (as the kiosk's, polling fast).
pub fn wallet_client(
    sim: &simkiosk::payment::wallet::simulator::WalletSim,
) -> simkiosk::payment::wallet::paypay::PayPay {
    simkiosk::payment::wallet::paypay::PayPay::new(
        &sim.base_url(),
        simkiosk::payment::wallet::credentials::Credentials {
            api_key: "k".into(),
            api_secret: "s".into(),
        },
        "m",
        std::time::Duration::from_secs(2),
        std::time::Duration::from_millis(30),
    )
    .expect("PayPay client")
}

/// One whole PayPay sale against `sim` (the customer pays as soon as the code shows); returns
/// its (done) record.
pub fn wallet_sale(
    engine: &Engine,
    sim: &simkiosk::payment::wallet::simulator::WalletSim,
) -> TransactionRecord {
    let sim_no = parse_sim(DEMO_PHONE).expect("demo phone parses");
    let subscriber = engine.lookup(&sim_no).expect("demo SIM found");
    let quote = engine
        .catalogue()
        .quote(DEMO_PLAN, 1, Utc::now())
        .expect("demo quote");
    let request = SaleRequest {
        sim: sim_no,
        subscriber,
        quote,
        lang: Lang::En,
        cancel: CancelFlag::default(),
    };
    let report = engine.sale_with(request, simkiosk::config::PaymentMethod::Paypay, &mut |p| {
        if let simkiosk::engine::SaleProgress::WalletCode(code) = &p {
            // The row whose code is on the screen (other rows may wait for staff).
            let journal = engine.journal();
            let id = journal
                .unfinished()
                .expect("journal")
                .into_iter()
                .map(|r| r.id)
                .find(|id| {
                    journal.wallet(id).ok().and_then(|w| w.code_id).as_ref() == Some(&code.code_id)
                })
                .expect("the shown code's row");
            sim.pay_payment(&id).expect("the customer pays");
        }
    });
    let SaleReport::Completed { transaction_id, .. } = report else {
        panic!("PayPay sale did not complete: {report:?}");
    };
    engine
        .journal()
        .get(&transaction_id)
        .expect("sale journaled")
}
