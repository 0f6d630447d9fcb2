//! The wallet sale rig shared by the wallet test files: the engine on the demo devices with the
//! wallet simulator on loopback as its provider.
#![allow(dead_code)]

use simkiosk::config::{Config, PaymentMethod};
use simkiosk::domain::sim::parse_sim;
use simkiosk::engine::{Engine, SaleProgress, SaleReport, SaleRequest};
use simkiosk::i18n::Lang;
use simkiosk::journal::{TxState, WalletRef};
use simkiosk::payment::CancelFlag;
use simkiosk::payment::wallet::credentials::Credentials;
use simkiosk::payment::wallet::paypay::PayPay;
use simkiosk::payment::wallet::simulator::{Faults, SimConfig, WalletSim};
use simkiosk::payment::wallet::{WalletProvider, WalletStatus};
use std::time::Duration;

#[path = "../kiosk_support/mod.rs"]
mod kiosk_support;

pub const PLAN: &str = "docomo-7d-3gb";
pub const SIM: &str = "09012345678";

pub struct Rig {
    pub engine: Engine,
    pub sim: WalletSim,
    _dir: tempfile::TempDir,
}

pub fn client(sim: &WalletSim) -> PayPay {
    PayPay::new(
        &sim.base_url(),
        Credentials {
            api_key: "k".into(),
            api_secret: "s".into(),
        },
        "m",
        Duration::from_secs(2),
        // Polls fast so the tests are quick; the kiosk polls every poll_secs (4-5 s).
        Duration::from_millis(30),
    )
    .unwrap()
}

pub fn rig(faults: Faults, code_lifetime: Duration) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let text = kiosk_support::demo_config_text(dir.path(), &[]);
    let config = Config::from_str(&text, "test kiosk.toml").expect("config loads");
    let engine = Engine::from_config(&config).expect("engine starts");
    let sim = WalletSim::start(
        "127.0.0.1:0",
        SimConfig {
            api_key: "k".into(),
            api_secret: "s".into(),
            merchant_id: "m".into(),
            code_lifetime,
            auto_pay_after: None,
            ledger_file: None,
            faults,
        },
    )
    .unwrap();
    engine.set_wallet_provider(Box::new(client(&sim)));
    Rig {
        engine,
        sim,
        _dir: dir,
    }
}

pub fn request(rig: &Rig, cancel: &CancelFlag) -> SaleRequest {
    let sim = parse_sim(SIM).unwrap();
    let subscriber = rig.engine.lookup(&sim).expect("demo SIM");
    let quote = rig
        .engine
        .catalogue()
        .quote(PLAN, 1, chrono::Utc::now())
        .unwrap();
    SaleRequest {
        sim,
        subscriber,
        quote,
        lang: Lang::En,
        cancel: cancel.clone(),
    }
}

/// Sells by wallet; `on_code` runs when the code is shown (the customer's move).
pub fn sell(
    rig: &Rig,
    on_code: impl Fn(&Rig, &str, &CancelFlag),
) -> (SaleReport, Vec<SaleProgress>) {
    let cancel = CancelFlag::default();
    let mut progress = Vec::new();
    let report = rig
        .engine
        .sale_with(request(rig, &cancel), PaymentMethod::Paypay, &mut |p| {
            if let SaleProgress::WalletCode(code) = &p {
                on_code(rig, &code.code_id, &cancel);
            }
            progress.push(p);
        });
    (report, progress)
}

pub fn row(rig: &Rig, report: &SaleReport) -> (TxState, WalletRef) {
    let id = report.transaction_id().expect("a journal row");
    (
        rig.engine.journal().get(id).unwrap().state,
        rig.engine.journal().wallet(id).unwrap(),
    )
}

/// The provider's word on the payment of `id`.
pub fn provider_status(rig: &Rig, id: &str) -> WalletStatus {
    client(&rig.sim).payment(id).unwrap().status
}

pub fn pay_now(rig: &Rig, _code: &str, _cancel: &CancelFlag) {
    let id = rig.engine.journal().unfinished().unwrap()[0].id.clone();
    rig.sim.pay_payment(&id).expect("the customer pays");
}
