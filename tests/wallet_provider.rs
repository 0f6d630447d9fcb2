//! The PayPay client against the wallet simulator over loopback HTTP: the signature both sides
//! compute, the states a code goes through, and every fault class.

use simkiosk::domain::Yen;
use simkiosk::payment::wallet::credentials::Credentials;
use simkiosk::payment::wallet::paypay::PayPay;
use simkiosk::payment::wallet::simulator::{Faults, SimConfig, WalletSim};
use simkiosk::payment::wallet::{
    CodeRequest, RefundRequest, WalletError, WalletProvider, WalletStatus,
};
use std::time::Duration;

const KEY: &str = "test-key";
const SECRET: &str = "test-secret";
const MERCHANT: &str = "m-1";

fn sim(faults: Faults, lifetime: Duration, ledger: Option<std::path::PathBuf>) -> WalletSim {
    WalletSim::start(
        "127.0.0.1:0",
        SimConfig {
            api_key: KEY.into(),
            api_secret: SECRET.into(),
            merchant_id: MERCHANT.into(),
            code_lifetime: lifetime,
            auto_pay_after: None,
            ledger_file: ledger,
            faults,
        },
    )
    .expect("simulator starts")
}

fn client(sim: &WalletSim, secret: &str, timeout: Duration) -> PayPay {
    PayPay::new(
        &sim.base_url(),
        Credentials {
            api_key: KEY.into(),
            api_secret: secret.into(),
        },
        MERCHANT,
        timeout,
        Duration::from_secs(4),
    )
    .expect("client")
}

fn request(id: &str) -> CodeRequest {
    CodeRequest {
        merchant_payment_id: id.into(),
        amount: Yen(3300),
        description: "docomo 7 days".into(),
        lifetime: Duration::from_secs(300),
    }
}

#[test]
fn a_code_paid_by_the_customer_reads_completed_for_the_requested_amount() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("wallet-ledger.jsonl");
    let sim = sim(
        Faults::default(),
        Duration::from_secs(300),
        Some(ledger.clone()),
    );
    let mut pp = client(&sim, SECRET, Duration::from_secs(5));
    let code = pp.create_code(&request("tx-1")).unwrap();
    assert!(code.url.starts_with("https://"), "{code:?}");
    assert_eq!(pp.payment("tx-1").unwrap().status, WalletStatus::Created);
    sim.pay_payment("tx-1").unwrap();
    let paid = pp.payment("tx-1").unwrap();
    assert!(paid.completed_as_requested(Yen(3300)), "{paid:?}");
    assert!(paid.payment_id.is_some());
    let lines = std::fs::read_to_string(&ledger).unwrap();
    let events: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let names: Vec<&str> = events
        .iter()
        .map(|e| e["event"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["created", "paid"], "ledger lines: {lines}");
}

#[test]
fn a_second_create_for_the_same_journal_id_is_refused_as_duplicate() {
    let sim = sim(Faults::default(), Duration::from_secs(300), None);
    let mut pp = client(&sim, SECRET, Duration::from_secs(5));
    pp.create_code(&request("tx-dup")).unwrap();
    let e = pp.create_code(&request("tx-dup")).unwrap_err();
    assert!(
        matches!(&e, WalletError::Rejected { code, .. } if code == "DUPLICATE_DYNAMIC_QR_REQUEST"),
        "{e:?}"
    );
}

#[test]
fn a_deleted_code_cannot_be_paid_and_leaves_no_payment() {
    let sim = sim(Faults::default(), Duration::from_secs(300), None);
    let mut pp = client(&sim, SECRET, Duration::from_secs(5));
    let code = pp.create_code(&request("tx-del")).unwrap();
    pp.delete_code(&code.code_id).unwrap();
    assert!(
        sim.pay_payment("tx-del").is_err(),
        "a deleted code was paid"
    );
    assert_eq!(pp.payment("tx-del").unwrap().status, WalletStatus::NotFound);
}

#[test]
fn an_unpaid_code_expires() {
    let sim = sim(Faults::default(), Duration::from_millis(200), None);
    let mut pp = client(&sim, SECRET, Duration::from_secs(5));
    pp.create_code(&request("tx-exp")).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(pp.payment("tx-exp").unwrap().status, WalletStatus::Expired);
}

#[test]
fn a_completed_payment_is_cancelled_or_refunded_once() {
    let sim = sim(Faults::default(), Duration::from_secs(300), None);
    let mut pp = client(&sim, SECRET, Duration::from_secs(5));
    pp.create_code(&request("tx-c")).unwrap();
    sim.pay_payment("tx-c").unwrap();
    pp.cancel_payment("tx-c").unwrap();
    assert_eq!(pp.payment("tx-c").unwrap().status, WalletStatus::Canceled);

    pp.create_code(&request("tx-r")).unwrap();
    sim.pay_payment("tx-r").unwrap();
    let payment_id = pp.payment("tx-r").unwrap().payment_id.unwrap();
    let refund = RefundRequest {
        merchant_refund_id: "tx-r-refund".into(),
        payment_id,
        amount: Yen(3300),
        reason: "renewal failed".into(),
    };
    pp.refund(&refund).unwrap();
    pp.refund(&refund).unwrap();
    assert_eq!(pp.payment("tx-r").unwrap().status, WalletStatus::Refunded);
}

#[test]
fn a_wrong_secret_is_unauthorized_and_takes_the_method_out_of_service() {
    let sim = sim(Faults::default(), Duration::from_secs(300), None);
    let mut pp = client(&sim, "not-the-secret", Duration::from_secs(5));
    let e = pp.create_code(&request("tx-401")).unwrap_err();
    assert!(
        matches!(e, WalletError::Unauthorized { status: 401, .. }),
        "{e:?}"
    );
    assert!(e.takes_method_out_of_service());
}

#[test]
fn rate_limit_server_error_and_garbage_are_each_their_own_fault() {
    let sim = sim(Faults::default(), Duration::from_secs(300), None);
    let mut pp = client(&sim, SECRET, Duration::from_secs(5));
    type IsExpected = fn(&WalletError) -> bool;
    let cases: [(Faults, IsExpected); 3] = [
        (
            Faults {
                rate_limit: true,
                ..Faults::default()
            },
            |e| matches!(e, WalletError::RateLimited),
        ),
        (
            Faults {
                server_error: true,
                ..Faults::default()
            },
            |e| matches!(e, WalletError::Server { status: 503, .. }),
        ),
        (
            Faults {
                garbage: true,
                ..Faults::default()
            },
            |e| matches!(e, WalletError::BadResponse(_)),
        ),
    ];
    for (faults, expected) in cases {
        sim.set_faults(faults.clone());
        let e = pp.payment("tx-any").unwrap_err();
        assert!(expected(&e), "{faults:?} gave {e:?}");
        assert!(e.takes_method_out_of_service(), "{e:?}");
    }
}

#[test]
fn a_slow_provider_is_a_timeout_within_the_bound() {
    let sim = sim(
        Faults {
            slow_ms: 1500,
            ..Faults::default()
        },
        Duration::from_secs(300),
        None,
    );
    let mut pp = client(&sim, SECRET, Duration::from_millis(300));
    let started = std::time::Instant::now();
    let e = pp.payment("tx-slow").unwrap_err();
    assert!(
        matches!(e, WalletError::Timeout { .. } | WalletError::Transport(_)),
        "{e:?}"
    );
    assert!(
        started.elapsed() < Duration::from_millis(1400),
        "the call waited {:?}, longer than its bound",
        started.elapsed()
    );
}
