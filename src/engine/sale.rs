//! One sale: printer check, journal row, payment, renewal, receipt.
//!
//! Order matters: each journal state is committed BEFORE the side effect it announces, and the
//! payment commits (ZVT `80 00 00`) only after `payment_approved` is durable. The named fault points
//! (`fail_point!`) let the crash test kill the process between any two of these steps.

use super::Engine;
use super::commit::CommitObserver;
use super::printing::print;
use super::renewal::{self, Outcome, Who};
use crate::carrier::{Renewal, Subscriber};
use crate::config::PaymentMethod;
use crate::domain::{Quote, SimId, Yen};
use crate::flow::SaleFailure;
use crate::i18n::Lang;
use crate::journal::{Detail, NewTransaction, TxState};
use crate::payment::wallet::ShownCode;
use crate::payment::{CancelFlag, PaymentError, PaymentOutcome, PaymentRequest, TerminalMessage};
use chrono::{NaiveDate, Utc};
use fail::fail_point;
use std::sync::mpsc;
use std::time::Duration;

/// What the customer chose, ready to pay.
#[derive(Debug, Clone)]
pub struct SaleRequest {
    pub sim: SimId,
    pub subscriber: Subscriber,
    pub quote: Quote,
    pub lang: Lang,
    pub cancel: CancelFlag,
}

/// Reported while the sale runs, in this order (some may be missing on failure).
#[derive(Debug, Clone, PartialEq)]
pub enum SaleProgress {
    Terminal(TerminalMessage),
    Approved,
    Renewed {
        transaction_id: String,
        new_expiry: NaiveDate,
    },
    ReceiptPrinted,
    ReceiptFailed,
    /// A QR wallet code to show until the payment ends (wallet sales only, before `Approved`).
    WalletCode(ShownCode),
}

/// How the sale ended.
#[derive(Debug, Clone, PartialEq)]
pub enum SaleReport {
    Completed {
        transaction_id: String,
        new_expiry: NaiveDate,
        receipt_printed: bool,
        total: Yen,
        tax: Yen,
    },
    Failed {
        /// None when no journal row was needed (nothing happened).
        transaction_id: Option<String>,
        failure: SaleFailure,
    },
}

impl SaleReport {
    pub fn transaction_id(&self) -> Option<&str> {
        match self {
            SaleReport::Completed { transaction_id, .. } => Some(transaction_id),
            SaleReport::Failed { transaction_id, .. } => transaction_id.as_deref(),
        }
    }
}

pub(super) fn run(
    engine: &Engine,
    request: SaleRequest,
    method: PaymentMethod,
    on_progress: &mut dyn FnMut(SaleProgress),
) -> SaleReport {
    let failed = |id: Option<&str>, failure| SaleReport::Failed {
        transaction_id: id.map(str::to_owned),
        failure,
    };

    // Status before money: a receipt must be printable, or a QR receipt allowed instead.
    let print_receipt = match engine.printer().status() {
        Ok(status) if status.can_print() => {
            if status.paper == crate::printer::PaperLevel::NearEnd {
                tracing::warn!("receipt paper near its end: the operator should refill it");
            }
            true
        }
        other => {
            tracing::warn!(status = ?other, "printer cannot print before a sale");
            if !engine.config().printer.allow_qr_receipt_when_unavailable {
                return failed(None, SaleFailure::PrinterNotReady);
            }
            false
        }
    };

    // The journal never holds a full phone number or ICCID (issue 6: security of the box).
    if request
        .subscriber
        .subscriber_ref
        .contains(request.sim.canonical())
    {
        tracing::error!(sim = %request.sim.masked(), "the carrier's subscriber reference contains the SIM number: not selling");
        return failed(None, SaleFailure::TerminalFault);
    }
    let transaction_id = uuid::Uuid::new_v4().to_string();
    let id = transaction_id.as_str();
    fail_point!("sale.before_create", |_| failed(
        None,
        SaleFailure::TerminalFault
    ));
    let new = NewTransaction {
        id: transaction_id.clone(),
        idempotency_key: uuid::Uuid::new_v4().to_string(),
        created_at: Utc::now(),
        kiosk_id: engine.config().kiosk.id.clone(),
        sim_masked: request.sim.masked(),
        subscriber_ref: request.subscriber.subscriber_ref.clone(),
        carrier_id: request.quote.carrier_id.clone(),
        plan_id: request.quote.plan_id.clone(),
        months: request.quote.periods,
        lang: request.lang.tag().to_owned(),
        // The quote's own price, never the catalogue's now: head office may have published a
        // new one since the customer confirmed (engine/catalogue.rs says why it is honoured).
        total_yen: request.quote.total.value(),
        tax_yen: request.quote.tax_contained.value(),
        quote_json: serde_json::to_string(&request.quote).unwrap_or_default(),
    };
    if let Err(e) = engine.journal().create(&new) {
        tracing::error!(error = %e, "journal refused a new transaction: not selling");
        return failed(None, SaleFailure::TerminalFault);
    }
    let journal_step = |to: TxState, detail: Detail| -> bool {
        match engine.journal().advance(id, to, &detail) {
            Ok(()) => true,
            Err(e) => {
                tracing::error!(transaction = id, ?to, error = %e, "journal write failed");
                false
            }
        }
    };
    fail_point!("sale.after_create");
    if method != PaymentMethod::Card {
        // The method is durable before the code exists: recovery asks the provider by this id.
        let wallet = crate::journal::WalletRef {
            method: method.name().to_owned(),
            ..Default::default()
        };
        if let Err(e) = engine.journal().set_wallet(id, &wallet) {
            tracing::error!(transaction = id, error = %e, "journal refused the payment method");
            journal_step(
                TxState::PaymentFailed,
                Detail::note("payment method not journaled"),
            );
            return failed(Some(id), SaleFailure::TerminalFault);
        }
    }

    // Payment.
    if !journal_step(TxState::PaymentRequested, Detail::default()) {
        return failed(Some(id), SaleFailure::TerminalFault);
    }
    fail_point!("sale.after_payment_requested");
    let (slip_lines, doubt) = if method != PaymentMethod::Card {
        match super::wallet::pay(engine, id, &request, method.name(), &mut *on_progress) {
            Ok(slip_lines) => (slip_lines, None),
            Err(failure) => return failed(Some(id), failure),
        }
    } else {
        let payment = PaymentRequest {
            amount: request.quote.total,
            cancel: request.cancel.clone(),
        };
        let mut observer = CommitObserver {
            engine,
            id,
            on_progress: &mut *on_progress,
            committed: false,
            undelivered: false,
        };
        let watchdog = PaymentWatchdog::start(engine.config().timeouts.payment, &request.cancel);
        let outcome = engine.terminal().authorise(&payment, &mut observer);
        drop(watchdog);
        let committed = observer.committed;
        fail_point!("sale.after_payment");
        if observer.undelivered {
            // Approved and journaled, but the terminal never heard "keep the money": it reverses on
            // its commit time-out. Reverse explicitly too (an already reversed payment is fine), so
            // the row ends with the terminal's word and never renews an uncommitted sale.
            let error = outcome.as_ref().err().map(ToString::to_string);
            tracing::error!(transaction = id, ?error, "commit never sent: reversing");
            return failed(Some(id), super::reversal::reverse(engine, id));
        }
        // Set when the commit was given but the terminal's answer after it was lost: the sale is
        // treated as standing (the customer is never the one who loses), and the operator is told.
        let mut doubt = None;
        // The approval itself is already in the journal (the observer wrote it before the commit).
        let slip_lines = match outcome {
            Ok(PaymentOutcome::Approved { slip_lines, .. }) if committed => slip_lines,
            Ok(PaymentOutcome::Approved { .. }) => {
                // The driver must not report an approval we refused; the terminal reverses it.
                tracing::error!(
                    transaction = id,
                    "terminal reported an approval the kiosk did not commit"
                );
                journal_step(
                    TxState::PaymentFailed,
                    Detail::note("approval not committed by the kiosk"),
                );
                return failed(Some(id), SaleFailure::TerminalFault);
            }
            Ok(PaymentOutcome::Declined { result_code }) => {
                journal_step(
                    TxState::PaymentDeclined,
                    Detail::note(format!("result code {result_code:02X}")),
                );
                return failed(Some(id), SaleFailure::Declined { result_code });
            }
            Ok(PaymentOutcome::Aborted { result_code }) => {
                let note = result_code
                    .map(|c| format!("result code {c:02X}"))
                    .unwrap_or_default();
                journal_step(TxState::PaymentAborted, Detail::note(note));
                return failed(Some(id), SaleFailure::Aborted);
            }
            Err(e) if committed => {
                // Committed, then the line failed: the sale stands (PAYMENT-COMMIT.md); renew with
                // what the approval told us.
                tracing::warn!(transaction = id, error = %e, "completion lost after commit; the sale stands");
                doubt = Some(format!(
                    "commit sent but not confirmed ({e}); the terminal may have reversed it: \
                 compare with its repeat receipt"
                ));
                Vec::new()
            }
            Err(PaymentError::Unproven { reason }) => {
                super::commit::hold_unproven_charge(engine, id, &reason);
                return failed(
                    Some(id),
                    SaleFailure::NeedsOperator {
                        transaction_id: id.to_owned(),
                    },
                );
            }
            Err(e) => {
                tracing::warn!(transaction = id, error = %e, "payment failed before commit: nothing charged");
                journal_step(TxState::PaymentFailed, Detail::note(e.to_string()));
                return failed(Some(id), SaleFailure::TerminalFault);
            }
        };
        (slip_lines, doubt)
    };

    // Renewal, with the idempotency key fixed at creation (renewal.rs: the one policy).
    let announce = match doubt {
        Some(doubt) => super::recovery::doubtful_commit(engine, id, slip_lines, doubt),
        None => Detail {
            slip_lines: Some(slip_lines),
            ..Detail::default()
        },
    };
    let renewal = match renew(engine, id, announce) {
        Ok(renewal) => renewal,
        Err(failure) if method != PaymentMethod::Card => {
            return failed(Some(id), super::wallet::for_wallet(failure));
        }
        Err(failure) => return failed(Some(id), failure),
    };
    on_progress(SaleProgress::Renewed {
        transaction_id: transaction_id.clone(),
        new_expiry: renewal.new_expiry,
    });

    // Receipt.
    let printed = print_receipt && print(engine, id, request.lang, false);
    if printed {
        journal_step(TxState::ReceiptPrinted, Detail::default());
        fail_point!("sale.after_receipt_printed");
        journal_step(TxState::Done, Detail::default());
        on_progress(SaleProgress::ReceiptPrinted);
    } else {
        let note = if print_receipt {
            "printing failed: reprint owed"
        } else {
            "printer unavailable: QR receipt shown"
        };
        journal_step(TxState::ReceiptFailed, Detail::note(note));
        on_progress(SaleProgress::ReceiptFailed);
    }
    SaleReport::Completed {
        transaction_id,
        new_expiry: renewal.new_expiry,
        receipt_printed: printed,
        total: request.quote.total,
        tax: request.quote.tax_contained,
    }
}

/// Renew at the carrier as the policy says. Returns what the customer is told when the SIM is
/// not renewed (yet).
fn renew(engine: &Engine, id: &str, announce: Detail) -> Result<Renewal, SaleFailure> {
    let needs_operator = || SaleFailure::NeedsOperator {
        transaction_id: id.to_owned(),
    };
    let record = engine.journal().get(id).map_err(|e| {
        tracing::error!(transaction = id, error = %e, "cannot read the paid transaction");
        needs_operator()
    })?;
    match renewal::renew(engine, &record, Who::Sale, announce) {
        Outcome::Renewed(renewal) => Ok(renewal),
        Outcome::Refused { reversal, .. } => Err(reversal),
        // The payment is safe; the renewal is retried in the background with the same key.
        Outcome::Unclear {
            handed_over: false, ..
        } => Err(SaleFailure::RenewalPending {
            transaction_id: id.to_owned(),
        }),
        Outcome::Unclear { .. } | Outcome::NotAnnounced(_) => Err(needs_operator()),
    }
}

/// Bounds the whole payment wait by `[timeouts] payment_secs`: when it runs out the cancel flag
/// is raised, and the driver aborts if the sale has not committed yet (after the commit the
/// driver's own protocol time-outs bound the rest).
struct PaymentWatchdog {
    _stop: Option<mpsc::Sender<()>>,
}

impl PaymentWatchdog {
    fn start(limit: Duration, cancel: &CancelFlag) -> PaymentWatchdog {
        let (stop, stopped) = mpsc::channel::<()>();
        let cancel = cancel.clone();
        let spawned = std::thread::Builder::new()
            .name("payment-watchdog".into())
            .spawn(move || {
                if let Err(mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(limit) {
                    tracing::warn!(?limit, "payment took longer than payment_secs: cancelling");
                    cancel.request();
                }
            });
        if let Err(e) = spawned {
            tracing::error!(error = %e, "cannot start the payment watchdog");
        }
        PaymentWatchdog { _stop: Some(stop) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_payment_wait_is_cancelled_when_payment_secs_runs_out() {
        let cancel = CancelFlag::default();
        let _watchdog = PaymentWatchdog::start(Duration::from_millis(20), &cancel);
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        while !cancel.is_requested() && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(
            cancel.is_requested(),
            "payment_secs passed without a cancel"
        );
    }

    #[test]
    fn a_payment_that_ended_in_time_is_not_cancelled() {
        let cancel = CancelFlag::default();
        drop(PaymentWatchdog::start(Duration::from_millis(50), &cancel));
        std::thread::sleep(Duration::from_millis(150));
        assert!(
            !cancel.is_requested(),
            "the watchdog cancelled after the payment ended"
        );
    }
}
