//! Wallet sales through the engine against the wallet simulator on loopback: the commit point,
//! the withdrawal of an unpaid code, a payment that arrives too late or for the wrong amount,
//! faults that take only the wallet out of service, and recovery by the provider's word. What
//! was charged is read from the simulator, not from the engine.

use simkiosk::config::{Config, PaymentMethod};
use simkiosk::domain::Yen;
use simkiosk::domain::sim::parse_sim;
use simkiosk::engine::{Engine, SaleProgress, SaleReport, SaleRequest};
use simkiosk::flow::SaleFailure;
use simkiosk::i18n::Lang;
use simkiosk::journal::{NewTransaction, TxState, WalletRef};
use simkiosk::payment::CancelFlag;
use simkiosk::payment::wallet::credentials::Credentials;
use simkiosk::payment::wallet::paypay::PayPay;
use simkiosk::payment::wallet::simulator::{Faults, SimConfig, WalletSim};
use simkiosk::payment::wallet::{CodeRequest, WalletProvider, WalletStatus};
use std::time::Duration;

mod kiosk_support;

const PLAN: &str = "docomo-7d-3gb";
const SIM: &str = "09012345678";

struct Rig {
    engine: Engine,
    sim: WalletSim,
    _dir: tempfile::TempDir,
}

fn client(sim: &WalletSim) -> PayPay {
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

fn rig(faults: Faults, code_lifetime: Duration) -> Rig {
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

fn request(rig: &Rig, cancel: &CancelFlag) -> SaleRequest {
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
fn sell(rig: &Rig, on_code: impl Fn(&Rig, &str, &CancelFlag)) -> (SaleReport, Vec<SaleProgress>) {
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

fn row(rig: &Rig, report: &SaleReport) -> (TxState, WalletRef) {
    let id = report.transaction_id().expect("a journal row");
    (
        rig.engine.journal().get(id).unwrap().state,
        rig.engine.journal().wallet(id).unwrap(),
    )
}

/// The provider's word on the payment of `id`.
fn provider_status(rig: &Rig, id: &str) -> WalletStatus {
    client(&rig.sim).payment(id).unwrap().status
}

fn pay_now(rig: &Rig, _code: &str, _cancel: &CancelFlag) {
    let id = rig.engine.journal().unfinished().unwrap()[0].id.clone();
    rig.sim.pay_payment(&id).expect("the customer pays");
}

#[test]
fn a_paid_code_renews_and_the_journal_names_the_method_and_payment_id() {
    let rig = rig(Faults::default(), Duration::from_secs(300));
    let (report, progress) = sell(&rig, pay_now);
    assert!(matches!(report, SaleReport::Completed { .. }), "{report:?}");
    let order: Vec<&str> = progress
        .iter()
        .map(|p| match p {
            SaleProgress::WalletCode(_) => "code",
            SaleProgress::Approved => "approved",
            SaleProgress::Renewed { .. } => "renewed",
            _ => "other",
        })
        .filter(|s| *s != "other")
        .collect();
    assert_eq!(
        order,
        ["code", "approved", "renewed"],
        "COMPLETED is journaled before the renewal"
    );
    let id = report.transaction_id().unwrap();
    let (state, wallet) = row(&rig, &report);
    assert!(
        matches!(state, TxState::Done | TxState::ReceiptFailed),
        "{state:?}"
    );
    assert_eq!(wallet.method, "paypay");
    assert_eq!(wallet.status.as_deref(), Some("COMPLETED"));
    let record = rig.engine.journal().get(id).unwrap();
    let approval = record.approval.unwrap();
    assert_eq!(
        approval.auth_code, wallet.payment_id,
        "the provider's payment id is the approval code on the receipt"
    );
    assert_eq!(
        record.slip_lines,
        ["PayPay"],
        "the receipt names the method"
    );
    assert_eq!(provider_status(&rig, id), WalletStatus::Completed);
}

#[test]
fn cancel_while_the_code_is_shown_deletes_it_and_charges_nothing() {
    let rig = rig(Faults::default(), Duration::from_secs(300));
    let (report, _) = sell(&rig, |_, _, cancel| cancel.request());
    assert!(
        matches!(
            &report,
            SaleReport::Failed {
                failure: SaleFailure::Aborted,
                ..
            }
        ),
        "{report:?}"
    );
    let id = report.transaction_id().unwrap();
    assert_eq!(row(&rig, &report).0, TxState::PaymentAborted);
    assert_eq!(
        provider_status(&rig, id),
        WalletStatus::NotFound,
        "the code was deleted"
    );
    assert!(
        rig.sim.pay_payment(id).is_err(),
        "a withdrawn code can still be paid"
    );
}

#[test]
fn a_payment_made_as_the_code_is_withdrawn_is_given_back() {
    let rig = rig(Faults::default(), Duration::from_secs(300));
    let (report, _) = sell(&rig, |rig, code, cancel| {
        pay_now(rig, code, cancel);
        cancel.request();
    });
    assert!(
        matches!(
            &report,
            SaleReport::Failed {
                failure: SaleFailure::Aborted,
                ..
            }
        ),
        "{report:?}"
    );
    let id = report.transaction_id().unwrap();
    assert_eq!(row(&rig, &report).0, TxState::Reversed);
    assert_eq!(provider_status(&rig, id), WalletStatus::Canceled);
}

#[test]
fn a_completion_for_another_amount_is_refused_and_reversed() {
    let faults = Faults {
        pay_amount: Some(1),
        ..Faults::default()
    };
    let rig = rig(faults, Duration::from_secs(300));
    let (report, progress) = sell(&rig, pay_now);
    assert!(
        matches!(
            &report,
            SaleReport::Failed {
                failure: SaleFailure::RenewalFailedReversed,
                ..
            }
        ),
        "{report:?}"
    );
    assert!(
        !progress
            .iter()
            .any(|p| matches!(p, SaleProgress::Renewed { .. })),
        "renewed on a wrong amount"
    );
    let id = report.transaction_id().unwrap();
    assert_eq!(row(&rig, &report).0, TxState::Reversed);
    assert_eq!(provider_status(&rig, id), WalletStatus::Canceled);
}

#[test]
fn a_declining_wallet_is_a_decline_and_an_expired_code_an_abort() {
    let rig = rig(
        Faults {
            fail_payments: true,
            ..Faults::default()
        },
        Duration::from_secs(300),
    );
    let (report, _) = sell(&rig, pay_now);
    assert_eq!(row(&rig, &report).0, TxState::PaymentDeclined);

    let rig = self::rig(Faults::default(), Duration::from_millis(100));
    let (report, _) = sell(&rig, |_, _, _| {});
    assert_eq!(row(&rig, &report).0, TxState::PaymentAborted);
    assert_eq!(row(&rig, &report).1.status.as_deref(), Some("EXPIRED"));
}

#[test]
fn a_failing_provider_takes_the_wallet_out_of_service_and_the_card_still_sells() {
    let rig = rig(
        Faults {
            server_error: true,
            ..Faults::default()
        },
        Duration::from_secs(300),
    );
    let (report, _) = sell(&rig, pay_now);
    assert!(
        matches!(
            &report,
            SaleReport::Failed {
                failure: SaleFailure::TerminalFault,
                ..
            }
        ),
        "{report:?}"
    );
    assert_eq!(row(&rig, &report).0, TxState::PaymentFailed);
    assert!(rig.engine.wallet_fault().is_some());
    assert_eq!(rig.engine.methods_available(true), [PaymentMethod::Card]);
    assert!(rig.engine.wallet_health().is_err(), "still failing");

    let cancel = CancelFlag::default();
    let card = rig.engine.sale(request(&rig, &cancel), &mut |_| {});
    assert!(
        matches!(card, SaleReport::Completed { .. }),
        "card: {card:?}"
    );

    rig.sim.set_faults(Faults::default());
    assert_eq!(
        rig.engine.wallet_health(),
        Ok(()),
        "back when the provider is"
    );
    assert_eq!(
        rig.engine.methods_available(true),
        [PaymentMethod::Card, PaymentMethod::Paypay]
    );
}

/// A wallet row as a sale leaves it when the kiosk dies while the code is shown.
fn shown_row(rig: &Rig, withdrawn: bool) -> String {
    let journal = rig.engine.journal();
    let id = simkiosk::journal::new_uuid();
    let subscriber_ref = rig
        .engine
        .lookup(&parse_sim(SIM).unwrap())
        .unwrap()
        .subscriber_ref;
    journal
        .create(&NewTransaction {
            id: id.clone(),
            idempotency_key: simkiosk::journal::new_uuid(),
            created_at: chrono::Utc::now(),
            kiosk_id: "test".into(),
            sim_masked: "090-****-5678".into(),
            subscriber_ref,
            carrier_id: "docomo".into(),
            plan_id: PLAN.into(),
            months: 1,
            lang: "en".into(),
            total_yen: 1980,
            tax_yen: 180,
            quote_json: "{}".into(),
        })
        .unwrap();
    journal
        .advance(&id, TxState::PaymentRequested, &Default::default())
        .unwrap();
    let code = client(&rig.sim)
        .create_code(&CodeRequest {
            merchant_payment_id: id.clone(),
            amount: Yen(1980),
            description: "docomo".into(),
            lifetime: Duration::from_secs(300),
        })
        .unwrap();
    journal
        .set_wallet(
            &id,
            &WalletRef {
                method: "paypay".into(),
                code_id: Some(code.code_id),
                payment_id: None,
                status: Some(if withdrawn { "WITHDRAWN" } else { "CREATED" }.into()),
            },
        )
        .unwrap();
    id
}

#[test]
fn recovery_renews_a_wallet_payment_completed_while_the_kiosk_was_down() {
    let rig = rig(Faults::default(), Duration::from_secs(300));
    let id = shown_row(&rig, false);
    rig.sim.pay_payment(&id).unwrap();
    let report = rig.engine.recover();
    assert_eq!(report.finished, 1, "{report:?}");
    let record = rig.engine.journal().get(&id).unwrap();
    assert_eq!(
        record.state,
        TxState::ReceiptFailed,
        "renewed, receipt owed"
    );
    assert!(record.renewal.is_some());
    assert_eq!(provider_status(&rig, &id), WalletStatus::Completed);
}

#[test]
fn recovery_withdraws_an_unpaid_code_and_gives_back_a_payment_after_withdrawal() {
    let rig = rig(Faults::default(), Duration::from_secs(300));
    let unpaid = shown_row(&rig, false);
    let late = shown_row(&rig, true);
    rig.sim.pay_payment(&late).unwrap();
    let report = rig.engine.recover();
    assert_eq!(report.finished, 2, "{report:?}");
    assert_eq!(
        rig.engine.journal().get(&unpaid).unwrap().state,
        TxState::PaymentAborted
    );
    assert_eq!(provider_status(&rig, &unpaid), WalletStatus::NotFound);
    assert_eq!(
        rig.engine.journal().get(&late).unwrap().state,
        TxState::Reversed
    );
    assert_eq!(provider_status(&rig, &late), WalletStatus::Canceled);
}

#[test]
fn recovery_waits_while_the_provider_cannot_say() {
    let rig = rig(Faults::default(), Duration::from_secs(300));
    let id = shown_row(&rig, false);
    rig.sim.set_faults(Faults {
        rate_limit: true,
        ..Faults::default()
    });
    let report = rig.engine.recover();
    assert_eq!(report.deferred, 1, "{report:?}");
    assert_eq!(
        rig.engine.journal().get(&id).unwrap().state,
        TxState::PaymentRequested,
        "no guess while the provider is silent"
    );
}

#[test]
fn end_of_day_counts_a_wallet_renewal_by_method_and_leaves_it_out_of_the_terminal_batch() {
    use simkiosk::ops::report::{DailyReport, Reconciliation};
    let rig = rig(Faults::default(), Duration::from_secs(300));
    let (report, _) = sell(&rig, pay_now);
    let total = match report {
        SaleReport::Completed { total, .. } => total.value(),
        other => panic!("wallet sale failed: {other:?}"),
    };
    let records = rig
        .engine
        .journal()
        .list(simkiosk::journal::ListFilter {
            pending_only: false,
            limit: 10,
        })
        .unwrap();
    assert_eq!(records[0].payment_method, "paypay");
    let today = simkiosk::domain::expiry::today_jst(chrono::Utc::now());
    let daily = DailyReport::build(today, "k", &records, &[], chrono::Utc::now());
    assert_eq!(daily.by_wallet["paypay"].total_yen, total);
    assert!(daily.to_text().contains("renewals paid by QR wallet:"));
    let batch = Reconciliation::build(None, &records, &Ok(vec![]));
    assert_eq!(
        batch.kiosk.count, 0,
        "a wallet payment is not a card terminal charge"
    );
}
