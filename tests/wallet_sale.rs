//! Wallet sales through the engine against the wallet simulator on loopback: the commit point,
//! the withdrawal of an unpaid code, a payment that arrives too late or for the wrong amount,
//! faults that take only the wallet out of service, and recovery by the provider's word. What
//! was charged is read from the simulator, not from the engine.

use simkiosk::config::PaymentMethod;
use simkiosk::domain::Yen;
use simkiosk::domain::sim::parse_sim;
use simkiosk::engine::{SaleProgress, SaleReport};
use simkiosk::flow::SaleFailure;
use simkiosk::journal::{NewTransaction, TxState, WalletRef};
use simkiosk::payment::CancelFlag;
use simkiosk::payment::wallet::simulator::Faults;
use simkiosk::payment::wallet::{CodeRequest, WalletProvider, WalletStatus};
use std::time::Duration;

mod wallet_support;
use wallet_support::*;

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
                failure: SaleFailure::WalletReturned,
                ..
            }
        ),
        "the customer must be told the payment was returned, not that nothing was charged: {report:?}"
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
                failure: SaleFailure::WalletReturned,
                ..
            }
        ),
        "returned to the payment app, not to a card: {report:?}"
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
fn a_refusing_wallet_is_told_as_a_refusal_not_a_card_decline() {
    let rig = rig(
        Faults {
            fail_payments: true,
            ..Faults::default()
        },
        Duration::from_secs(300),
    );
    let (report, _) = sell(&rig, pay_now);
    assert!(
        matches!(
            &report,
            SaleReport::Failed {
                failure: SaleFailure::WalletRefused,
                ..
            }
        ),
        "a FAILED wallet payment is the wallet's refusal: {report:?}"
    );
    assert_eq!(row(&rig, &report).0, TxState::PaymentDeclined);
}

#[test]
fn a_code_that_expires_unpaid_is_told_as_expired() {
    let rig = rig(Faults::default(), Duration::from_millis(100));
    let (report, _) = sell(&rig, |_, _, _| {});
    assert!(
        matches!(
            &report,
            SaleReport::Failed {
                failure: SaleFailure::WalletExpired,
                ..
            }
        ),
        "{report:?}"
    );
    assert_eq!(row(&rig, &report).0, TxState::PaymentAborted);
    assert_eq!(row(&rig, &report).1.status.as_deref(), Some("EXPIRED"));
}

/// The customer cancels while the code is shown and the provider stops answering, so the kiosk
/// cannot know whether the code was paid in the last moment.
fn unanswered_withdrawal(rig: &Rig, paid: bool) -> SaleReport {
    let (report, _) = sell(rig, |rig, code, cancel| {
        if paid {
            pay_now(rig, code, cancel);
        }
        rig.sim.set_faults(Faults {
            server_error: true,
            ..Faults::default()
        });
        cancel.request();
    });
    report
}

#[test]
fn a_withdrawal_the_provider_cannot_confirm_is_never_told_as_nothing_charged() {
    let rig = rig(Faults::default(), Duration::from_secs(300));
    let report = unanswered_withdrawal(&rig, true);
    let id = report.transaction_id().unwrap().to_owned();
    assert_eq!(
        report,
        SaleReport::Failed {
            transaction_id: Some(id.clone()),
            failure: SaleFailure::WalletUnconfirmed {
                transaction_id: id.clone()
            },
        },
        "unknown outcome must fail closed"
    );
    assert!(
        !SaleFailure::WalletUnconfirmed {
            transaction_id: id.clone()
        }
        .may_pay_again(),
        "a second payment now could charge twice"
    );
    assert_eq!(row(&rig, &report).0, TxState::PaymentRequested);
    assert_eq!(
        rig.engine.queued_retries(),
        std::slice::from_ref(&id),
        "asked again in the background, not only at the next start"
    );
}

#[test]
fn a_payment_found_by_the_background_retry_is_given_back() {
    let rig = rig(Faults::default(), Duration::from_secs(300));
    let report = unanswered_withdrawal(&rig, true);
    let id = report.transaction_id().unwrap().to_owned();
    rig.engine.retry_queued_now();
    assert_eq!(
        rig.engine.queued_retries(),
        std::slice::from_ref(&id),
        "kept while the provider is still away"
    );
    rig.sim.set_faults(Faults::default());
    rig.engine.retry_queued_now();
    assert_eq!(
        rig.engine.journal().get(&id).unwrap().state,
        TxState::Reversed
    );
    assert_eq!(provider_status(&rig, &id), WalletStatus::Canceled);
    assert!(rig.engine.queued_retries().is_empty());
}

#[test]
fn an_unpaid_code_confirmed_by_the_background_retry_ends_as_aborted() {
    let rig = rig(Faults::default(), Duration::from_secs(300));
    let report = unanswered_withdrawal(&rig, false);
    let id = report.transaction_id().unwrap().to_owned();
    rig.sim.set_faults(Faults::default());
    rig.engine.retry_queued_now();
    assert_eq!(
        rig.engine.journal().get(&id).unwrap().state,
        TxState::PaymentAborted
    );
    assert!(
        rig.sim.pay_payment(&id).is_err(),
        "the withdrawn code can still be paid"
    );
    assert!(rig.engine.queued_retries().is_empty());
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
                failure: SaleFailure::WalletUnavailable,
                ..
            }
        ),
        "the wallet's fault, not the card terminal's: {report:?}"
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

/// Staff reprint a wallet sale's receipt: it prints, is marked as a reprint, and names the
/// method and the provider's payment id as the original did.
#[test]
fn a_wallet_sale_receipt_is_reprinted_with_the_method_and_payment_id() {
    let rig = rig(Faults::default(), Duration::from_secs(300));
    let (report, _) = sell(&rig, pay_now);
    let id = report.transaction_id().expect("a journal row").to_owned();
    let payment_id = rig
        .engine
        .journal()
        .wallet(&id)
        .unwrap()
        .payment_id
        .expect("the provider's payment id is journaled");
    assert_eq!(
        rig.engine.reprint(&id, None, "op-1"),
        Ok(true),
        "the demo printer prints the reprint"
    );
    let facts = simkiosk::engine::receipt_facts(&rig.engine, &id, simkiosk::i18n::Lang::En, true)
        .expect("receipt facts");
    assert!(facts.reprint, "marked as a reprint");
    assert_eq!(facts.payment.slip_lines, ["PayPay"], "the method is named");
    assert_eq!(
        facts.payment.auth_code.as_deref(),
        Some(payment_id.as_str()),
        "the provider's payment id is printed"
    );
    let audit = rig.engine.journal().audit_log().unwrap();
    assert!(
        audit
            .iter()
            .any(|a| a.action == "reprint" && a.detail.contains(&id[..8])),
        "the reprint is audited"
    );
}
