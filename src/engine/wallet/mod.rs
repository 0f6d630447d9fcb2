//! A sale paid with a QR wallet: the code shown, the provider polled, the commit point, the
//! withdrawal of a code nobody paid, and the reversal of a wallet payment (docs/PAYMENT-COMMIT.md
//! §QR wallets).
//!
//! The transaction id is the provider's `merchantPaymentId`, durable (with the method) before
//! the code is created, so whatever happens next the provider can be asked about it. COMPLETED
//! is journaled as the approval before the renewal, exactly as a card approval is.

use super::Engine;
use super::sale::{SaleProgress, SaleRequest};
use crate::config::{Config, PayPayKind};
use crate::domain::Yen;
use crate::flow::SaleFailure;
use crate::journal::{Detail, TxState, WalletRef};
use crate::payment::Approval;
use crate::payment::wallet::credentials::Credentials;
use crate::payment::wallet::paypay::PayPay;
use crate::payment::wallet::simulator::{Faults, SimConfig, WalletSim};
use crate::payment::wallet::{CodeRequest, ShownCode, WalletPayment, WalletProvider, WalletStatus};
use fail::fail_point;

mod settle;
pub(in crate::engine) use settle::{give_back, recover_requested};
use std::time::{Duration, Instant};

/// Consecutive failed polls after which the method goes out of service and the code is withdrawn.
const MAX_POLL_FAULTS: u32 = 3;
/// Sleep granularity while waiting between polls (how fast a cancel is seen).
const TICK: Duration = Duration::from_millis(100);
/// `wallet_status` once the kiosk has decided to withdraw a code: a payment found after this is
/// given back, never renewed (the customer was told the payment was cancelled).
pub const WITHDRAWN: &str = "WITHDRAWN";
/// The id the health check asks about (never a real payment).
const HEALTH_PROBE_ID: &str = "simkiosk-health-probe";

/// A connected wallet provider and, for the demo, the simulator it talks to.
type Connected = (Option<Box<dyn WalletProvider>>, Option<WalletSim>);

/// The wallet provider kiosk.toml names, and the embedded simulator when it is `simulated`.
pub(super) fn connect(config: &Config) -> Result<Connected, super::EngineError> {
    let Some(p) = &config.payment_methods.paypay else {
        return Ok((None, None));
    };
    let timeout = Duration::from_secs(p.timeout_secs);
    let poll = Duration::from_secs(p.poll_secs);
    let (base_url, credentials, sim) = match &p.kind {
        PayPayKind::Api { base_url } => {
            let credentials = Credentials::load(p.credentials_file.as_deref())
                .map_err(|e| super::EngineError::Config(e.to_string()))?;
            (base_url.clone(), credentials, None)
        }
        PayPayKind::Simulated {
            auto_pay_after_secs,
        } => {
            // Throwaway credentials shared with the in-process simulator only.
            let credentials = Credentials {
                api_key: format!("demo-{}", uuid::Uuid::new_v4().simple()),
                api_secret: uuid::Uuid::new_v4().simple().to_string(),
            };
            let sim = WalletSim::start(
                "127.0.0.1:0",
                SimConfig {
                    api_key: credentials.api_key.clone(),
                    api_secret: credentials.api_secret.clone(),
                    merchant_id: p.merchant_id.clone(),
                    code_lifetime: Duration::from_secs(p.code_lifetime_secs + 60),
                    auto_pay_after: auto_pay_after_secs.map(Duration::from_secs),
                    ledger_file: None,
                    faults: Faults::default(),
                },
            )
            .map_err(|e| super::EngineError::Config(format!("demo wallet simulator: {e}")))?;
            (sim.base_url(), credentials, Some(sim))
        }
    };
    let provider = PayPay::new(&base_url, credentials, &p.merchant_id, timeout, poll)
        .map_err(|e| super::EngineError::Config(e.to_string()))?;
    Ok((Some(Box::new(provider)), sim))
}

/// Is the wallet method able to sell? Asks the provider about a payment that never exists: an
/// answer (not found) proves the address, the credentials and the clock.
pub(super) fn health(engine: &Engine) -> Result<(), String> {
    let mut slot = engine.wallet_provider();
    let Some(provider) = slot.as_mut() else {
        return Err("no wallet provider configured".into());
    };
    match provider.payment(HEALTH_PROBE_ID) {
        Ok(_) => {
            engine.set_wallet_fault(None);
            Ok(())
        }
        Err(e) => {
            let reason = e.to_string();
            engine.set_wallet_fault(Some(reason.clone()));
            Err(reason)
        }
    }
}

/// A wallet payment as the journal's approval: the provider's payment id is its approval code
/// (the receipt prints it under "approval"); the method is the slip line above it.
fn approval_of(payment: &WalletPayment) -> Approval {
    Approval {
        amount: payment.amount.unwrap_or(Yen::ZERO),
        auth_code: payment.payment_id.clone(),
        ..Approval::default()
    }
}

/// How the receipt and the operator name a method.
pub fn method_label(method: &str) -> &str {
    match method {
        "paypay" => "PayPay",
        "card" => "Card",
        other => other,
    }
}

/// The receipt's payment lines for a wallet: the method's name.
fn slip_of(method: &str) -> Vec<String> {
    vec![method_label(method).to_string()]
}

fn note_wallet(engine: &Engine, id: &str, wallet: &WalletRef) -> bool {
    match engine.journal().set_wallet(id, wallet) {
        Ok(()) => true,
        Err(e) => {
            tracing::error!(transaction = id, error = %e, "journal refused the wallet ids");
            false
        }
    }
}

fn step(engine: &Engine, id: &str, to: TxState, detail: Detail) -> bool {
    match engine.journal().advance(id, to, &detail) {
        Ok(()) => true,
        Err(e) => {
            tracing::error!(transaction = id, ?to, error = %e, "journal write failed");
            false
        }
    }
}

/// Pays `request` with the wallet. The row is in `payment_requested` with its method recorded.
/// `Ok(slip lines)` once COMPLETED is durable as the approval; `Err` says what the customer is
/// told (the row is final or left for recovery).
pub(super) fn pay(
    engine: &Engine,
    id: &str,
    request: &SaleRequest,
    method: &str,
    on_progress: &mut dyn FnMut(SaleProgress),
) -> Result<Vec<String>, SaleFailure> {
    let needs_operator = || SaleFailure::NeedsOperator {
        transaction_id: id.to_owned(),
    };
    let Some(paypay) = &engine.config().payment_methods.paypay else {
        step(
            engine,
            id,
            TxState::PaymentFailed,
            Detail::note("no wallet configured"),
        );
        return Err(SaleFailure::WalletUnavailable);
    };
    let lifetime = Duration::from_secs(paypay.code_lifetime_secs);
    let mut slot = engine.wallet_provider();
    let Some(provider) = slot.as_mut() else {
        step(
            engine,
            id,
            TxState::PaymentFailed,
            Detail::note("no wallet provider"),
        );
        return Err(SaleFailure::WalletUnavailable);
    };
    let code_request = CodeRequest {
        merchant_payment_id: id.to_owned(),
        amount: request.quote.total,
        description: format!("{} {}", request.quote.carrier_id, request.quote.plan_id),
        lifetime,
    };
    let code = match provider.create_code(&code_request) {
        Ok(code) => code,
        Err(e) => {
            tracing::warn!(transaction = id, error = %e, "wallet code not created: nothing charged");
            if e.takes_method_out_of_service() {
                engine.set_wallet_fault(Some(e.to_string()));
            }
            // A code lost in transit was never shown, so nobody can have paid it.
            step(
                engine,
                id,
                TxState::PaymentFailed,
                Detail::note(e.to_string()),
            );
            return Err(SaleFailure::WalletUnavailable);
        }
    };
    let mut wallet = WalletRef {
        method: method.to_owned(),
        code_id: Some(code.code_id.clone()),
        payment_id: None,
        status: Some("CREATED".into()),
    };
    if !note_wallet(engine, id, &wallet) {
        // Not durable: do not show a code recovery could not find by its id… it can (the id is
        // the transaction's), so withdraw it and stop.
        let _ = provider.delete_code(&code.code_id);
        return Err(needs_operator());
    }
    fail_point!("wallet.code_shown");
    on_progress(SaleProgress::WalletCode(code.clone()));
    let outcome = poll(provider.as_mut(), engine, id, &code, lifetime, request);
    match outcome {
        Polled::Paid(payment) => {
            drop(slot);
            match commit_completed(
                engine,
                id,
                method,
                &mut wallet,
                &payment,
                request.quote.total,
                on_progress,
            ) {
                // Amount or currency differed: give it back now.
                Err(SaleFailure::RenewalFailedReversed) => {
                    Err(for_wallet(super::reversal::reverse(engine, id)))
                }
                other => other,
            }
        }
        Polled::Ended(payment) => {
            let _ = provider.delete_code(&code.code_id);
            wallet.status = Some(format!("{:?}", payment.status).to_uppercase());
            note_wallet(engine, id, &wallet);
            if payment.status == WalletStatus::Failed {
                step(
                    engine,
                    id,
                    TxState::PaymentDeclined,
                    Detail::note("wallet: FAILED"),
                );
                Err(SaleFailure::WalletRefused)
            } else {
                let note = format!("wallet: {:?}", payment.status);
                step(engine, id, TxState::PaymentAborted, Detail::note(note));
                Err(match payment.status {
                    WalletStatus::Expired => SaleFailure::WalletExpired,
                    // Cancelled in the app by the customer.
                    WalletStatus::Canceled => SaleFailure::Aborted,
                    // The provider dropped a code nobody paid: its service failed us.
                    _ => SaleFailure::WalletUnavailable,
                })
            }
        }
        Polled::Withdraw(why) => {
            wallet.status = Some(WITHDRAWN.into());
            if !note_wallet(engine, id, &wallet) {
                return Err(needs_operator());
            }
            fail_point!("wallet.withdrawn");
            let deleted = provider.delete_code(&code.code_id);
            // A payment may have slipped in between the last poll and the delete.
            match provider.payment(id) {
                Ok(p) if p.status == WalletStatus::Completed => {
                    tracing::warn!(
                        transaction = id,
                        "paid while the code was withdrawn: giving it back"
                    );
                    let approval = approval_of(&p);
                    wallet.payment_id = p.payment_id.clone();
                    note_wallet(engine, id, &wallet);
                    step(
                        engine,
                        id,
                        TxState::PaymentApproved,
                        Detail::approval(approval, slip_of(method))
                            .with_note("paid after the code was withdrawn"),
                    );
                    drop(slot);
                    // The customer was told nothing would be charged: never renew, give it back
                    // and say so (not "nothing charged": it was, and it is returned).
                    Err(for_wallet(super::reversal::reverse(engine, id)))
                }
                Ok(p)
                    if p.status.nothing_charged()
                        || (p.status == WalletStatus::Created && deleted.is_ok()) =>
                {
                    let note = match &why {
                        Withdrawal::Fault(f) => format!("wallet code withdrawn after faults: {f}"),
                        Withdrawal::Cancelled => "wallet code withdrawn: cancelled".into(),
                        Withdrawal::Expired => "wallet code withdrawn: expired unpaid".into(),
                    };
                    step(engine, id, TxState::PaymentAborted, Detail::note(note));
                    Err(match why {
                        Withdrawal::Fault(_) => SaleFailure::WalletUnavailable,
                        Withdrawal::Cancelled => SaleFailure::Aborted,
                        Withdrawal::Expired => SaleFailure::WalletExpired,
                    })
                }
                other => {
                    // The provider cannot say now: the row stays `payment_requested` (withdrawn)
                    // and is asked again in the background (and by recovery after a restart); a
                    // payment found then is given back. Never "nothing was charged" on a guess.
                    tracing::warn!(transaction = id, answer = ?other, delete = ?deleted, "wallet outcome unknown after withdrawal: asking again in the background");
                    drop(slot);
                    engine.queue_retry(id);
                    Err(SaleFailure::WalletUnconfirmed {
                        transaction_id: id.to_owned(),
                    })
                }
            }
        }
    }
}

enum Polled {
    Paid(WalletPayment),
    /// Final without a charge (FAILED, CANCELED, EXPIRED, not found).
    Ended(WalletPayment),
    /// Cancelled, timed out, or the provider failed: withdraw the code.
    Withdraw(Withdrawal),
}

/// Why the kiosk withdraws a shown code (what the customer is told if nothing was paid).
enum Withdrawal {
    Cancelled,
    /// The code's lifetime ended unpaid.
    Expired,
    /// The provider kept failing; the method is out of service.
    Fault(String),
}

/// A card-worded failure as the wallet customer is told it: a reversal returns the money to
/// the payment app, not to a card.
pub(super) fn for_wallet(failure: SaleFailure) -> SaleFailure {
    match failure {
        SaleFailure::RenewalFailedReversed => SaleFailure::WalletReturned,
        other => other,
    }
}

fn poll(
    provider: &mut dyn WalletProvider,
    engine: &Engine,
    id: &str,
    code: &ShownCode,
    lifetime: Duration,
    request: &SaleRequest,
) -> Polled {
    let started = Instant::now();
    let deadline = started + lifetime;
    let interval = provider.poll_interval();
    let mut faults = 0;
    loop {
        let next = Instant::now() + interval;
        while Instant::now() < next.min(deadline) {
            if request.cancel.is_requested() {
                return Polled::Withdraw(Withdrawal::Cancelled);
            }
            std::thread::sleep(TICK.min(next.saturating_duration_since(Instant::now())));
        }
        if request.cancel.is_requested() {
            return Polled::Withdraw(Withdrawal::Cancelled);
        }
        if Instant::now() >= deadline {
            return Polled::Withdraw(Withdrawal::Expired);
        }
        match provider.payment(id) {
            Ok(p) => match p.status {
                WalletStatus::Created => faults = 0,
                WalletStatus::Completed => return Polled::Paid(p),
                _ => return Polled::Ended(p),
            },
            Err(e) => {
                faults += 1;
                tracing::warn!(transaction = id, code = %code.code_id, error = %e, faults, "wallet poll failed");
                if e.takes_method_out_of_service() && faults >= MAX_POLL_FAULTS {
                    engine.set_wallet_fault(Some(e.to_string()));
                    return Polled::Withdraw(Withdrawal::Fault(e.to_string()));
                }
            }
        }
    }
}

/// COMPLETED: journal it as the approval (the commit point). An amount or currency other than
/// the request's is journaled as charged and then refused (`Err(RenewalFailedReversed)` asks
/// the caller to reverse it).
fn commit_completed(
    engine: &Engine,
    id: &str,
    method: &str,
    wallet: &mut WalletRef,
    payment: &WalletPayment,
    amount: Yen,
    on_progress: &mut dyn FnMut(SaleProgress),
) -> Result<Vec<String>, SaleFailure> {
    wallet.payment_id = payment.payment_id.clone();
    wallet.status = Some("COMPLETED".into());
    if !note_wallet(engine, id, wallet) {
        return Err(SaleFailure::NeedsOperator {
            transaction_id: id.to_owned(),
        });
    }
    let slip = slip_of(method);
    let as_requested = payment.completed_as_requested(amount);
    let mut detail = Detail::approval(approval_of(payment), slip.clone());
    if !as_requested {
        detail = detail.with_note(format!(
            "wallet charged {:?} {:?}, not JPY {}: refused",
            payment.amount.map(|y| y.value()),
            payment.currency,
            amount.value()
        ));
    }
    if !step(engine, id, TxState::PaymentApproved, detail) {
        return Err(SaleFailure::NeedsOperator {
            transaction_id: id.to_owned(),
        });
    }
    fail_point!("wallet.after_completed");
    if !as_requested {
        tracing::error!(
            transaction = id,
            "wallet amount or currency differs from the request: reversing"
        );
        return Err(SaleFailure::RenewalFailedReversed);
    }
    on_progress(SaleProgress::Approved);
    Ok(slip)
}
