//! Which operator action fits which journal row (pure), and the types the engine's operator
//! actions return. The engine side is `engine/operator.rs`.

use crate::journal::{EventRecord, TransactionRecord, TxState, WalletRef};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

/// Audit actions (the `action` column) of the operator's actions on transactions and devices.
pub const AUDIT_SETTLE_RETRY: &str = "settle_retry";
pub const AUDIT_SETTLE_REVERSE: &str = "settle_reverse";
pub const AUDIT_SETTLE_RESOLVE: &str = "settle_resolve";
pub const AUDIT_REPRINT: &str = "reprint";
pub const AUDIT_END_OF_DAY: &str = "end_of_day";
pub const AUDIT_OUT_OF_SERVICE_ON: &str = "out_of_service_on";
pub const AUDIT_OUT_OF_SERVICE_OFF: &str = "out_of_service_off";

/// What an operator can do to one transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OperatorAction {
    /// Renew again with the original idempotency key (the carrier never renews twice).
    Retry,
    /// Give the money back through the terminal, by its receipt number.
    Reverse,
    /// Close a `needs_operator` row with a note (settled outside the kiosk).
    Resolve,
    /// Print the receipt again, marked as a reprint.
    Reprint,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OperatorError {
    #[error("no transaction {id} in the journal")]
    UnknownTransaction { id: String },
    /// The row is not in a state where this action is safe (bad input, exit 2).
    #[error("transaction {id} is {state}: {why}")]
    NotAwaiting {
        id: String,
        state: TxState,
        why: String,
    },
    #[error("{0}")]
    BadInput(String),
    /// The action ran but could not finish (device, carrier); the journal says where it stopped.
    #[error("transaction {id}: {what}")]
    NotCompleted { id: String, what: String },
    #[error("journal: {0}")]
    Journal(String),
    #[error("{0}")]
    Device(String),
}

impl OperatorError {
    /// The operator asked for something that does not apply (exit 2), as opposed to an action
    /// that could not complete (exit 1).
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            OperatorError::UnknownTransaction { .. }
                | OperatorError::NotAwaiting { .. }
                | OperatorError::BadInput(_)
        )
    }
}

/// How a settle action ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum SettleOutcome {
    /// The SIM is renewed; the receipt is owed (reprint).
    Renewed { new_expiry: NaiveDate },
    /// The payment was given back.
    Reversed,
    /// Closed with the operator's note.
    Resolved,
}

/// A transaction that waits for someone, with what is known about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PendingDecision {
    pub id: String,
    pub state: TxState,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub sim_masked: String,
    pub carrier_id: String,
    pub plan_id: String,
    pub months: u32,
    pub total_yen: i64,
    pub tax_yen: i64,
    pub masked_pan: Option<String>,
    pub card_name: Option<String>,
    pub auth_code: Option<String>,
    pub receipt_no: Option<u32>,
    pub renewed_until: Option<NaiveDate>,
    pub last_note: Option<String>,
    pub renewal_attempts: u32,
    pub reversal_attempts: u32,
    /// Who acts next: `operator`, `reprint` (only a receipt is owed) or `recovery` (the
    /// start-up recovery finishes it by itself).
    pub waiting_for: &'static str,
    /// The QR wallet that took (or was asked for) the payment, with the provider's ids and last
    /// known state; `None` for the card.
    pub wallet: Option<WalletRef>,
    /// A sale or recovery may still be working on it (updated too recently): no action now.
    pub in_progress: bool,
    pub actions: Vec<OperatorAction>,
    pub history: Vec<EventRecord>,
}

impl PendingDecision {
    /// `in_progress`: see [`PendingDecision::in_progress`]; it empties `actions`.
    pub fn new(
        record: &TransactionRecord,
        wallet: Option<WalletRef>,
        history: Vec<EventRecord>,
        in_progress: bool,
    ) -> PendingDecision {
        let approval = record.approval.clone().unwrap_or_default();
        let waiting_for = match record.state {
            TxState::NeedsOperator => "operator",
            TxState::ReceiptFailed => "reprint",
            // A wallet payment whose outcome only the provider can tell: asked in the background.
            TxState::PaymentRequested if wallet.is_some() => "provider",
            _ => "recovery",
        };
        PendingDecision {
            id: record.id.clone(),
            state: record.state,
            created_at: record.created_at,
            updated_at: record.updated_at,
            sim_masked: record.sim_masked.clone(),
            carrier_id: record.carrier_id.clone(),
            plan_id: record.plan_id.clone(),
            months: record.months,
            total_yen: record.total_yen,
            tax_yen: record.tax_yen,
            masked_pan: approval.masked_pan,
            card_name: approval.card_name,
            auth_code: approval.auth_code,
            receipt_no: approval.receipt_no,
            renewed_until: record.renewal.as_ref().map(|r| r.new_expiry),
            last_note: record.last_note.clone(),
            renewal_attempts: record.renewal_attempts,
            reversal_attempts: record.reversal_attempts,
            waiting_for,
            wallet,
            in_progress,
            actions: if in_progress {
                Vec::new()
            } else {
                allowed_actions(record)
            },
            history,
        }
    }
}

/// Every action `check` allows on `record`.
pub fn allowed_actions(record: &TransactionRecord) -> Vec<OperatorAction> {
    [
        OperatorAction::Retry,
        OperatorAction::Reverse,
        OperatorAction::Resolve,
        OperatorAction::Reprint,
    ]
    .into_iter()
    .filter(|a| check(*a, record).is_ok())
    .collect()
}

/// Is `action` safe on `record` now? The reason when not.
pub fn check(action: OperatorAction, record: &TransactionRecord) -> Result<(), OperatorError> {
    use TxState::*;
    let refuse = |why: &str| {
        Err(OperatorError::NotAwaiting {
            id: record.id.clone(),
            state: record.state,
            why: why.to_owned(),
        })
    };
    let state = record.state;
    match action {
        OperatorAction::Retry => {
            if !matches!(
                state,
                NeedsOperator | PaymentApproved | RenewalRequested | RenewalFailed
            ) {
                return refuse("no renewal to retry in this state");
            }
            if record.approval.is_none() {
                // Renewing without a proven payment would give the plan away.
                return refuse(
                    "the journal holds no approved payment: check the terminal, then resolve",
                );
            }
            if record.reversal.is_some() {
                return refuse("the payment was already reversed");
            }
            if record.renewal.is_some() {
                return refuse("already renewed");
            }
            Ok(())
        }
        OperatorAction::Reverse => {
            if !matches!(
                state,
                NeedsOperator | PaymentApproved | RenewalFailed | ReversalRequested
            ) {
                return refuse("no payment to reverse in this state");
            }
            if record.renewal.is_some() {
                return refuse("the SIM was renewed: a reversal would give the plan away");
            }
            if record.reversal.is_some() {
                return refuse("the payment was already reversed");
            }
            if record.payment_method != "card" {
                // A wallet payment is cancelled or refunded at its provider by the transaction's
                // id (the merchant payment id): no terminal receipt number is involved. Only a
                // payment the journal holds as completed is given back, so the refunds tally
                // never counts money that was not taken.
                if record.approval.is_none() {
                    return refuse(
                        "the journal holds no completed wallet payment: check with the provider, then resolve",
                    );
                }
                return Ok(());
            }
            if record
                .approval
                .as_ref()
                .and_then(|a| a.receipt_no)
                .is_none()
            {
                return refuse(
                    "no terminal receipt number to reverse by: reverse at the terminal, then resolve",
                );
            }
            Ok(())
        }
        OperatorAction::Resolve => {
            if state != NeedsOperator {
                return refuse("only a transaction that needs the operator can be resolved");
            }
            Ok(())
        }
        OperatorAction::Reprint => {
            if record.renewal.is_none() {
                return refuse("not renewed: there is no receipt to print");
            }
            if !matches!(state, ReceiptFailed | ReceiptPrinted | Done | Resolved) {
                return refuse("the sale is still in progress");
            }
            Ok(())
        }
    }
}

/// `text` with every run of 10 or more digits cut to its last 4 behind `*`: the journal refuses
/// such runs in audit details (they could be card or phone numbers), and a terminal's report
/// lines or a uuid's last group can hold one.
pub fn mask_long_digit_runs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        if run.len() >= 10 {
            out.extend(std::iter::repeat_n('*', run.len() - 4));
            out.push_str(&run[run.len() - 4..]);
        } else {
            out.push_str(run);
        }
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// A transaction id as written in audit details: the id itself, or (rarely: a uuid's last
/// group can be ten digits or more) the id with a `_` splitting the long run, which the
/// journal's card/phone guard would refuse. `journal.get` is never given this form.
pub fn audit_tx_ref(id: &str) -> String {
    let mut out = String::with_capacity(id.len() + 2);
    let mut run = 0;
    for c in id.chars() {
        if c.is_ascii_digit() {
            if run == 8 {
                out.push('_');
                run = 0;
            }
            run += 1;
        } else {
            run = 0;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_long_runs_only() {
        assert_eq!(
            mask_long_digit_runs("TOTAL 123456789 JPY"),
            "TOTAL 123456789 JPY"
        );
        assert_eq!(
            mask_long_digit_runs("PAN 4111111111111111"),
            "PAN ************1111"
        );
        assert_eq!(mask_long_digit_runs("09012345678"), "*******5678");
    }

    #[test]
    fn tx_ref_splits_long_runs() {
        assert_eq!(
            audit_tx_ref("0b5f3c1a-2fa1-41d2-883f-001234567890"),
            "0b5f3c1a-2fa1-41d2-883f-00123456_7890"
        );
        assert_eq!(audit_tx_ref("abc-123"), "abc-123");
    }
}
