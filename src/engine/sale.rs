//! One sale: printer check, journal row, payment, renewal, receipt.
//!
//! Order matters: each journal state is committed BEFORE the side effect it announces, and the
//! payment commits (ZVT `80 00 00`) only after `payment_approved` is durable. The named fault points
//! (`fail_point!`) let the crash test kill the process between any two of these steps.

use super::Engine;
use super::commit::CommitObserver;
use super::printing::print;
use super::reversal::reverse;
use crate::carrier::{Renewal, RenewalRequest, Subscriber};
use crate::domain::{Quote, SimId, Yen};
use crate::flow::SaleFailure;
use crate::i18n::Lang;
use crate::journal::{Detail, NewTransaction, TxState};
use crate::payment::{CancelFlag, PaymentOutcome, PaymentRequest, TerminalMessage};
use chrono::{NaiveDate, Utc};
use fail::fail_point;
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

/// Renewal attempts before the payment is reversed (each bounded by the carrier's time-out).
const RENEWAL_ATTEMPTS: u32 = 3;
const RENEWAL_BACKOFF: Duration = Duration::from_millis(500);

pub(super) fn run(
    engine: &Engine,
    request: SaleRequest,
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

    // Payment.
    if !journal_step(TxState::PaymentRequested, Detail::default()) {
        return failed(Some(id), SaleFailure::TerminalFault);
    }
    fail_point!("sale.after_payment_requested");
    let payment = PaymentRequest {
        amount: request.quote.total,
        cancel: request.cancel.clone(),
    };
    let mut observer = CommitObserver {
        engine,
        id,
        on_progress: &mut *on_progress,
        committed: false,
    };
    let outcome = engine.terminal().authorise(&payment, &mut observer);
    let committed = observer.committed;
    fail_point!("sale.after_payment");
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
        Err(e) => {
            tracing::warn!(transaction = id, error = %e, "payment failed before commit: nothing charged");
            journal_step(TxState::PaymentFailed, Detail::note(e.to_string()));
            return failed(Some(id), SaleFailure::TerminalFault);
        }
    };

    // Renewal, with the idempotency key fixed at creation.
    let renewal = match renew(engine, id, &new, &slip_lines, doubt) {
        Ok(renewal) => renewal,
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

/// Renew at the carrier; on a definite failure, reverse the payment. Returns the customer-facing
/// failure when the SIM was not renewed.
fn renew(
    engine: &Engine,
    id: &str,
    new: &NewTransaction,
    slip_lines: &[String],
    note: Option<String>,
) -> Result<Renewal, SaleFailure> {
    let request = RenewalRequest {
        idempotency_key: new.idempotency_key.clone(),
        subscriber_ref: new.subscriber_ref.clone(),
        plan_id: new.plan_id.clone(),
        months: new.months,
        amount: Yen(new.total_yen),
    };
    let detail = Detail {
        slip_lines: Some(slip_lines.to_vec()),
        note,
        ..Detail::default()
    };
    if engine
        .journal()
        .advance(id, TxState::RenewalRequested, &detail)
        .is_err()
    {
        // Cannot announce the renewal: do not renew; recovery (or the operator) reverses.
        return Err(SaleFailure::NeedsOperator {
            transaction_id: id.to_owned(),
        });
    }
    fail_point!("sale.after_renewal_requested", |_| Err(
        SaleFailure::TerminalFault
    ));
    match renew_with_retries(engine, &request) {
        Ok(renewal) => {
            fail_point!("sale.after_carrier_renewed", |_| Err(
                SaleFailure::TerminalFault
            ));
            let detail = Detail {
                renewal: Some(renewal.clone()),
                ..Detail::default()
            };
            if let Err(e) = engine.journal().advance(id, TxState::Renewed, &detail) {
                // The SIM is renewed; recovery replays the same key and gets the same renewal.
                tracing::error!(transaction = id, error = %e, "could not journal the renewal");
            }
            fail_point!("sale.after_renewed", |_| Err(SaleFailure::TerminalFault));
            Ok(renewal)
        }
        Err(e) => {
            tracing::warn!(transaction = id, error = %e, "renewal failed: reversing the payment");
            let _ =
                engine
                    .journal()
                    .advance(id, TxState::RenewalFailed, &Detail::note(e.to_string()));
            Err(reverse(engine, id))
        }
    }
}

pub(super) fn renew_with_retries(
    engine: &Engine,
    request: &RenewalRequest,
) -> Result<Renewal, crate::carrier::CarrierError> {
    // Crash tests: FAILPOINTS="carrier.reject=return" makes the carrier refuse, to drive the
    // reversal path.
    fail_point!("carrier.reject", |_| Err(
        crate::carrier::CarrierError::Rejected("refused by the carrier.reject fault point".into())
    ));
    let mut attempt = 1;
    loop {
        match engine.carrier().renew(request) {
            Err(e) if e.is_retryable() && attempt < RENEWAL_ATTEMPTS => {
                tracing::warn!(attempt, error = %e, "renewal attempt failed; retrying with the same key");
                std::thread::sleep(RENEWAL_BACKOFF * attempt);
                attempt += 1;
            }
            other => return other,
        }
    }
}
