//! Start-up recovery: every unfinished journal row is finished, reversed, queued for a renewal
//! retry, or handed to the operator.
//!
//! What each state proves (docs/PAYMENT-COMMIT.md):
//! - `created`, `payment_requested`: the kiosk never answered `80 00 00`, so the terminal reverses
//!   any authorisation itself (PA00P015, status information time-out): nothing was charged.
//! - `payment_approved`: the approval is durable but the commit may not have reached the
//!   terminal. Once the terminal is idle, its repeat receipt says whether the approval stands; the
//!   SIM is renewed either way (the customer saw the approval), and a charge the terminal
//!   reversed by itself is journaled as *renewed, not paid* for the operator and the daily report.
//! - `renewal_requested`: renew with the same idempotency key (`renewal.rs`: the one policy).
//! - `renewal_failed`, `reversal_requested`: reverse by the terminal's receipt number.
//! - `renewed`: the customer has gone; the receipt is owed (reprint from the operator screen).
//! - `receipt_printed`: only the final bookkeeping step is missing.
//!
//! Nothing is sent to the terminal before it is idle: a sale cut off there leaves it busy until
//! its own time-outs end it (defect 7 of the money-path review).

use super::Engine;
use super::renewal::{self, Outcome, Who};
use super::reversal::reverse;
use crate::journal::{Detail, TransactionRecord, TxState};
use crate::payment::{Approval, TerminalHealth};
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct RecoveryReport {
    /// Unfinished rows found.
    pub examined: usize,
    /// Rows brought to a final (or receipt-owed) state.
    pub finished: usize,
    /// Rows that need a person: outcome not provable by the kiosk.
    pub needs_operator: usize,
    /// Rows left for a later pass (carrier or terminal unavailable now); an unclear renewal
    /// stays `renewal_requested` and is retried in the background.
    pub deferred: usize,
}

pub(super) fn run(engine: &Engine) -> RecoveryReport {
    // `needs_operator` waits for a person and `receipt_failed` only owes a reprint: neither is
    // recovery's to touch.
    let unfinished = match engine.journal().unfinished() {
        Ok(rows) => rows
            .into_iter()
            .filter(|r| r.state.needs_recovery())
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
    // Before anything talks to the terminal (a repeat receipt, a reversal): a sale cut off at
    // the terminal leaves it mid-transaction until its own time-out reverses it.
    if unfinished.iter().any(|r| talks_to_terminal(r.state)) {
        wait_for_terminal(engine, terminal_settle_limit(engine));
    }
    for record in unfinished {
        tracing::info!(transaction = %record.id, state = ?record.state, "recovering");
        match recover_one(engine, &record) {
            Step::Finished => report.finished += 1,
            Step::NeedsOperator => report.needs_operator += 1,
            Step::Deferred => {
                report.deferred += 1;
                // A wallet payment the provider cannot tell about yet is asked again while the
                // kiosk runs, not only at the next start (an unclear renewal queues itself).
                if unanswered_wallet(engine, &record.id) {
                    engine.queue_retry(&record.id);
                }
            }
        }
    }
    if report.examined > 0 {
        tracing::info!(?report, "recovery done");
    }
    report
}

/// Recovery of a row in this state may send something to the terminal (or depends on what the
/// terminal did with an interrupted sale).
fn talks_to_terminal(state: TxState) -> bool {
    matches!(
        state,
        TxState::PaymentRequested
            | TxState::PaymentApproved
            | TxState::RenewalRequested
            | TxState::RenewalFailed
            | TxState::ReversalRequested
    )
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
        TxState::PaymentRequested if wallet_of(engine, id).is_some() => {
            let wallet = wallet_of(engine, id).unwrap_or_default();
            match super::wallet::recover_requested(engine, record, &wallet) {
                // COMPLETED as requested: renew, as after a journaled card approval.
                Some(TxState::PaymentApproved) => match engine.journal().get(id) {
                    Ok(record) => step_of(
                        renewal::renew(
                            engine,
                            &record,
                            Who::Recovery,
                            Detail::note("recovery: wallet payment completed"),
                        ),
                        engine,
                        id,
                    ),
                    Err(_) => Step::NeedsOperator,
                },
                Some(TxState::NeedsOperator) => Step::NeedsOperator,
                Some(_) => Step::Finished,
                None => Step::Deferred,
            }
        }
        TxState::PaymentApproved if wallet_of(engine, id).is_some() => step_of(
            // The provider reported COMPLETED before it was journaled: no doubt to resolve.
            renewal::renew(
                engine,
                record,
                Who::Recovery,
                Detail::note("recovery: wallet payment completed"),
            ),
            engine,
            id,
        ),
        TxState::PaymentRequested => {
            advance(
                TxState::PaymentFailed,
                "interrupted before the kiosk committed the sale: the terminal reverses it itself",
            );
            Step::Finished
        }
        TxState::PaymentApproved => {
            let announce = standing_announcement(engine, record, "recovery");
            step_of(
                renewal::renew(engine, record, Who::Recovery, announce),
                engine,
                id,
            )
        }
        TxState::RenewalRequested => step_of(
            renewal::renew(
                engine,
                record,
                Who::Recovery,
                Detail::note("recovery: renewing with the original idempotency key"),
            ),
            engine,
            id,
        ),
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

/// The wallet record of a row paid by a QR wallet (`None` for the card).
fn wallet_of(engine: &Engine, id: &str) -> Option<crate::journal::WalletRef> {
    engine
        .journal()
        .wallet(id)
        .ok()
        .filter(|w| w.method != "card")
}

/// A renewal pass's outcome as a recovery step; a renewal after a restart owes the receipt.
fn step_of(outcome: Outcome, engine: &Engine, id: &str) -> Step {
    match outcome {
        Outcome::Renewed(_) => {
            let not_paid = engine.journal().get(id).is_ok_and(|r| r.reversal.is_some());
            let note = if not_paid {
                "renewed, not paid (the terminal did not keep the charge): reprint owed; \
                 the operator settles the payment"
            } else {
                "renewed after the sale was interrupted: reprint owed"
            };
            let _ = engine
                .journal()
                .advance(id, TxState::ReceiptFailed, &Detail::note(note));
            Step::Finished
        }
        Outcome::Refused {
            reversal: crate::flow::SaleFailure::RenewalFailedReversed,
            ..
        } => Step::Finished,
        Outcome::Refused { .. } => Step::NeedsOperator,
        Outcome::Unclear {
            handed_over: true, ..
        } => Step::NeedsOperator,
        Outcome::Unclear { .. } | Outcome::NotAnnounced(_) => Step::Deferred,
    }
}

/// A wallet row still waiting for the provider's word on its payment.
fn unanswered_wallet(engine: &Engine, id: &str) -> bool {
    wallet_of(engine, id).is_some()
        && engine
            .journal()
            .get(id)
            .is_ok_and(|r| r.state == TxState::PaymentRequested)
}

/// One background retry of a queued row: an unclear renewal, or a wallet payment whose outcome
/// the provider could not tell. True when the row needs no more retries.
pub(super) fn retry_in_background(engine: &Engine, id: &str) -> bool {
    let record = match engine.journal().get(id) {
        Ok(r) => r,
        Err(e) => {
            tracing::error!(transaction = id, error = %e, "background retry: cannot read the row");
            return true;
        }
    };
    if record.state == TxState::PaymentRequested && wallet_of(engine, id).is_some() {
        // The same path as recovery after a restart: ask the provider, then withdraw, give
        // back or renew. A renewal left unclear stays queued under the same id.
        let step = recover_one(engine, &record);
        let now = engine.journal().get(id).map(|r| r.state);
        tracing::info!(transaction = id, state = ?now, "background retry of a wallet payment");
        return match step {
            Step::Deferred => !matches!(
                now,
                Ok(TxState::PaymentRequested | TxState::RenewalRequested)
            ),
            Step::Finished | Step::NeedsOperator => !matches!(now, Ok(TxState::RenewalRequested)),
        };
    }
    if record.state != TxState::RenewalRequested {
        // Settled meanwhile (by recovery or the operator).
        return true;
    }
    let outcome = renewal::renew(
        engine,
        &record,
        Who::Background,
        Detail::note("background retry with the original idempotency key"),
    );
    match outcome {
        Outcome::Renewed(_) => {
            let _ = engine.journal().advance(
                id,
                TxState::ReceiptFailed,
                &Detail::note("renewed by a background retry: reprint owed"),
            );
            true
        }
        Outcome::Refused { .. }
        | Outcome::Unclear {
            handed_over: true, ..
        } => true,
        Outcome::Unclear { .. } | Outcome::NotAnnounced(_) => false,
    }
}

/// The announcement of the renewal of a paid row whose commit may not have reached the
/// terminal: what its repeat receipt says about the approval (`who` starts the note).
fn standing_announcement(engine: &Engine, record: &TransactionRecord, who: &str) -> Detail {
    match approval_stands(engine, record) {
        Standing::Stands => Detail::note(format!(
            "{who}: the terminal's repeat receipt shows the approval"
        )),
        Standing::Reversed(evidence) => not_paid(record, evidence),
        Standing::Unknown(why) => Detail::note(format!(
            "{who}: could not ask the terminal whether the approval stands ({why}); \
             compare with its end-of-day"
        )),
    }
}

/// In a sale whose commit was given but not confirmed (the terminal's answer after our
/// `80 00 00` was lost): wait until the terminal is idle, then ask it whether the approval
/// stands, as recovery does after a restart. The slip lines go with the announcement.
pub(super) fn doubtful_commit(
    engine: &Engine,
    id: &str,
    slip_lines: Vec<String>,
    doubt: String,
) -> Detail {
    wait_for_terminal(engine, terminal_settle_limit(engine));
    let detail = match engine.journal().get(id) {
        Ok(record) => standing_announcement(engine, &record, "sale"),
        Err(e) => Detail::note(format!("sale: cannot read the row ({e})")),
    };
    let note = detail.note.clone().unwrap_or_default();
    Detail {
        slip_lines: Some(slip_lines),
        ..detail.with_note(format!("{doubt}; {note}"))
    }
}

/// Does the journaled approval still stand at the terminal?
enum Standing {
    Stands,
    /// The terminal did not keep it (its commit time-out reversed it); what it showed instead.
    Reversed(Option<Approval>),
    Unknown(String),
}

/// Ask the terminal (repeat receipt `06 20`: its last committed payment) whether `record`'s
/// approval was committed. A terminal commits payments in order, so a last receipt older than
/// ours, or none, means ours was never kept.
fn approval_stands(engine: &Engine, record: &TransactionRecord) -> Standing {
    let Some(ours) = record.approval.as_ref().and_then(|a| a.receipt_no) else {
        return Standing::Unknown("the journaled approval has no receipt number".into());
    };
    match engine.terminal().repeat_receipt() {
        Ok(last) => judge(ours, last),
        Err(e) => Standing::Unknown(e.to_string()),
    }
}

fn judge(ours: u32, last: Option<Approval>) -> Standing {
    match last.as_ref().and_then(|a| a.receipt_no) {
        Some(no) if no == ours => Standing::Stands,
        Some(no) if no < ours => Standing::Reversed(last),
        None => Standing::Reversed(last),
        Some(no) => Standing::Unknown(format!(
            "the terminal's last receipt is {no}, newer than this sale's {ours}"
        )),
    }
}

/// The announcement of a renewal whose payment the terminal reversed: *renewed, not paid*.
/// The row keeps its approval and gains the terminal's evidence as its reversal, so the
/// operator and the daily report see it (the SIM is renewed all the same: the customer saw
/// the approval).
fn not_paid(record: &TransactionRecord, evidence: Option<Approval>) -> Detail {
    let approval = record.approval.clone().unwrap_or_default();
    let shown = evidence
        .as_ref()
        .and_then(|a| a.receipt_no)
        .map_or("none".to_owned(), |n| n.to_string());
    Detail {
        reversal: Some(Approval {
            amount: approval.amount,
            receipt_no: approval.receipt_no,
            ..Approval::default()
        }),
        ..Detail::note(format!(
            "renewed, not paid: the terminal did not keep approval receipt {} (its last receipt: \
             {shown}); the operator settles it",
            approval.receipt_no.unwrap_or_default()
        ))
    }
}

/// How long the terminal may take to end a transaction the kiosk abandoned: its longest wait,
/// the customer at the card and PIN (bounded by `[timeouts] payment_secs`), then the status
/// information time-out (30 s, PA00P015) before it reverses by itself, and a margin.
fn terminal_settle_limit(engine: &Engine) -> Duration {
    const STATUS_INFO_TIMEOUT: Duration = Duration::from_secs(30);
    const MARGIN: Duration = Duration::from_secs(10);
    engine.config().timeouts.payment + STATUS_INFO_TIMEOUT + MARGIN
}

/// Waits (bounded by `limit`) until the terminal says it is ready.
fn wait_for_terminal(engine: &Engine, limit: Duration) -> bool {
    let start = Instant::now();
    loop {
        match engine.health().terminal {
            Ok(TerminalHealth::Ready) => return true,
            other => tracing::info!(?other, "waiting for the card terminal to settle"),
        }
        if start.elapsed() >= limit {
            tracing::warn!(?limit, "the card terminal did not become ready");
            return false;
        }
        std::thread::sleep(Duration::from_millis(500));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn receipt(no: u32) -> Option<Approval> {
        Some(Approval {
            receipt_no: Some(no),
            ..Approval::default()
        })
    }

    #[test]
    fn an_approval_stands_only_when_it_is_the_terminals_last_receipt() {
        assert!(matches!(judge(7, receipt(7)), Standing::Stands));
        assert!(matches!(judge(7, receipt(6)), Standing::Reversed(_)));
        assert!(matches!(judge(7, None), Standing::Reversed(_)));
        assert!(
            matches!(judge(7, receipt(8)), Standing::Unknown(_)),
            "a newer receipt says nothing about ours"
        );
    }
}
