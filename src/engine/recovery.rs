//! Start-up recovery: every unfinished journal row is finished, reversed, or handed to the operator.
//!
//! What each state proves (docs/PAYMENT-COMMIT.md):
//! - `created`, `payment_requested`: the kiosk never answered `80 00 00`, so the terminal reverses
//!   any authorisation itself (PA00P015, status information time-out): nothing was charged.
//! - `payment_approved`, `renewal_requested`: the sale committed; renew with the same idempotency
//!   key (the carrier never renews twice for one key).
//! - `renewal_failed`, `reversal_requested`: reverse by the terminal's receipt number.
//! - `renewed`: the customer has gone; the receipt is owed (reprint from the operator screen).
//! - `receipt_printed`: only the final bookkeeping step is missing.

use super::Engine;
use super::reversal::reverse;
use super::sale::renew_with_retries;
use crate::carrier::RenewalRequest;
use crate::domain::Yen;
use crate::journal::{Detail, TransactionRecord, TxState};
use fail::fail_point;

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct RecoveryReport {
    /// Unfinished rows found.
    pub examined: usize,
    /// Rows brought to a final (or receipt-owed) state.
    pub finished: usize,
    /// Rows that need a person: outcome not provable by the kiosk.
    pub needs_operator: usize,
    /// Rows left for a later pass (carrier or terminal unavailable now).
    pub deferred: usize,
}

pub(super) fn run(engine: &Engine) -> RecoveryReport {
    // `needs_operator` waits for a person and `receipt_failed` only owes a reprint: neither is
    // recovery's to touch.
    let unfinished = match engine.journal().unfinished() {
        Ok(rows) => rows
            .into_iter()
            .filter(|r| r.state.needs_recovery() && r.state != TxState::ReceiptFailed)
            .collect::<Vec<_>>(),
        Err(e) => {
            tracing::error!(error = %e, "recovery cannot read the journal");
            return RecoveryReport::default();
        }
    };
    let mut report = RecoveryReport {
        examined: unfinished.len(),
        ..RecoveryReport::default()
    };
    // A sale cut off at the terminal leaves the terminal mid-transaction until it reverses it
    // itself; wait (bounded) until it is idle before anything else talks to it.
    let interrupted_payment = unfinished.iter().any(|r| {
        matches!(
            r.state,
            TxState::PaymentRequested | TxState::PaymentApproved
        )
    });
    for record in unfinished {
        tracing::info!(transaction = %record.id, state = ?record.state, "recovering");
        match recover_one(engine, &record) {
            Step::Finished => report.finished += 1,
            Step::NeedsOperator => report.needs_operator += 1,
            Step::Deferred => report.deferred += 1,
        }
    }
    if interrupted_payment {
        wait_for_terminal(engine);
    }
    if report.examined > 0 {
        tracing::info!(?report, "recovery done");
    }
    report
}

enum Step {
    Finished,
    NeedsOperator,
    Deferred,
}

fn recover_one(engine: &Engine, record: &TransactionRecord) -> Step {
    let id = record.id.as_str();
    let advance = |to: TxState, note: &str| {
        engine
            .journal()
            .advance(id, to, &Detail::note(note))
            .is_ok()
    };
    match record.state {
        TxState::Created => {
            advance(
                TxState::PaymentFailed,
                "interrupted before payment: nothing charged",
            );
            Step::Finished
        }
        TxState::PaymentRequested => {
            advance(
                TxState::PaymentFailed,
                "interrupted before the kiosk committed the sale: the terminal reverses it itself",
            );
            Step::Finished
        }
        TxState::PaymentApproved | TxState::RenewalRequested => renew_again(engine, record),
        TxState::RenewalFailed | TxState::ReversalRequested => match reverse(engine, id) {
            crate::flow::SaleFailure::RenewalFailedReversed => Step::Finished,
            _ => Step::NeedsOperator,
        },
        TxState::Renewed => {
            advance(
                TxState::ReceiptFailed,
                "interrupted before the receipt: reprint owed",
            );
            Step::Finished
        }
        TxState::ReceiptPrinted => {
            advance(TxState::Done, "recovered after the receipt was printed");
            Step::Finished
        }
        // Waiting for a person, or only a reprint owed: nothing automatic to do.
        _ => Step::NeedsOperator,
    }
}

fn renew_again(engine: &Engine, record: &TransactionRecord) -> Step {
    let id = record.id.as_str();
    let announce = Detail::note("recovery: renewing with the original idempotency key");
    if engine
        .journal()
        .advance(id, TxState::RenewalRequested, &announce)
        .is_err()
    {
        return Step::Deferred;
    }
    let request = RenewalRequest {
        idempotency_key: record.idempotency_key.clone(),
        subscriber_ref: record.subscriber_ref.clone(),
        plan_id: record.plan_id.clone(),
        months: record.months,
        amount: Yen(record.total_yen),
    };
    fail_point!("recovery.after_renewal_requested", |_| Step::Deferred);
    match renew_with_retries(engine, &request) {
        Ok(renewal) => {
            fail_point!("recovery.after_carrier_renewed", |_| Step::Deferred);
            let detail = Detail {
                renewal: Some(renewal),
                ..Detail::note("recovery: renewed")
            };
            let _ = engine.journal().advance(id, TxState::Renewed, &detail);
            let _ = engine.journal().advance(
                id,
                TxState::ReceiptFailed,
                &Detail::note("renewed after a restart: reprint owed"),
            );
            Step::Finished
        }
        Err(e) if e.is_retryable() => {
            tracing::warn!(transaction = id, error = %e, "carrier unavailable: renewal deferred");
            Step::Deferred
        }
        Err(e) => {
            let _ =
                engine
                    .journal()
                    .advance(id, TxState::RenewalFailed, &Detail::note(e.to_string()));
            match reverse(engine, id) {
                crate::flow::SaleFailure::RenewalFailedReversed => Step::Finished,
                _ => Step::NeedsOperator,
            }
        }
    }
}

/// How long a terminal may take to settle a transaction the kiosk abandoned: the ZVT status
/// information time-out (BMP 01, 30 s by default) plus a margin.
const TERMINAL_SETTLE_LIMIT: std::time::Duration = std::time::Duration::from_secs(40);

fn wait_for_terminal(engine: &Engine) {
    let start = std::time::Instant::now();
    while start.elapsed() < TERMINAL_SETTLE_LIMIT {
        match engine.health().terminal {
            Ok(crate::payment::TerminalHealth::Ready) => return,
            other => tracing::info!(?other, "waiting for the card terminal to settle"),
        }
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
    tracing::warn!("the card terminal did not become ready after recovery");
}
