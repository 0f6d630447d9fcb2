//! The durable states of a renewal transaction and the legal moves between them.
//!
//! Each state is written to the journal BEFORE the side effect it announces (see docs/JOURNAL.md),
//! so after a crash the last state says which side effect may or may not have happened.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TxState {
    Created,
    PaymentRequested,
    PaymentApproved,
    PaymentDeclined,
    PaymentAborted,
    PaymentFailed,
    RenewalRequested,
    Renewed,
    RenewalFailed,
    ReversalRequested,
    Reversed,
    ReceiptPrinted,
    ReceiptFailed,
    Done,
    NeedsOperator,
    Resolved,
}

impl TxState {
    pub const ALL: [TxState; 16] = [
        TxState::Created,
        TxState::PaymentRequested,
        TxState::PaymentApproved,
        TxState::PaymentDeclined,
        TxState::PaymentAborted,
        TxState::PaymentFailed,
        TxState::RenewalRequested,
        TxState::Renewed,
        TxState::RenewalFailed,
        TxState::ReversalRequested,
        TxState::Reversed,
        TxState::ReceiptPrinted,
        TxState::ReceiptFailed,
        TxState::Done,
        TxState::NeedsOperator,
        TxState::Resolved,
    ];

    /// The snake_case name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            TxState::Created => "created",
            TxState::PaymentRequested => "payment_requested",
            TxState::PaymentApproved => "payment_approved",
            TxState::PaymentDeclined => "payment_declined",
            TxState::PaymentAborted => "payment_aborted",
            TxState::PaymentFailed => "payment_failed",
            TxState::RenewalRequested => "renewal_requested",
            TxState::Renewed => "renewed",
            TxState::RenewalFailed => "renewal_failed",
            TxState::ReversalRequested => "reversal_requested",
            TxState::Reversed => "reversed",
            TxState::ReceiptPrinted => "receipt_printed",
            TxState::ReceiptFailed => "receipt_failed",
            TxState::Done => "done",
            TxState::NeedsOperator => "needs_operator",
            TxState::Resolved => "resolved",
        }
    }

    pub fn parse(s: &str) -> Option<TxState> {
        TxState::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// The states this one may move to. A state listed as its own successor is a retry
    /// (recorded as an event row; the state column does not change).
    pub fn successors(self) -> &'static [TxState] {
        use TxState::*;
        match self {
            Created => &[PaymentRequested, PaymentFailed],
            PaymentRequested => &[
                PaymentApproved,
                PaymentDeclined,
                PaymentAborted,
                PaymentFailed,
                NeedsOperator,
            ],
            PaymentApproved => &[RenewalRequested, ReversalRequested, NeedsOperator],
            RenewalRequested => &[RenewalRequested, Renewed, RenewalFailed, NeedsOperator],
            RenewalFailed => &[ReversalRequested, RenewalRequested, NeedsOperator],
            ReversalRequested => &[ReversalRequested, Reversed, NeedsOperator],
            Renewed => &[ReceiptPrinted, ReceiptFailed],
            ReceiptPrinted => &[Done],
            ReceiptFailed => &[ReceiptPrinted, Done],
            NeedsOperator => &[RenewalRequested, ReversalRequested, Resolved],
            PaymentDeclined | PaymentAborted | PaymentFailed | Reversed | Done | Resolved => &[],
        }
    }

    pub fn can_move_to(self, to: TxState) -> bool {
        self.successors().contains(&to)
    }

    /// Nothing more will ever happen to a transaction in this state.
    pub fn is_terminal(self) -> bool {
        self.successors().is_empty()
    }

    /// Unfinished and for the start-up recovery to settle without a person. Not
    /// `needs_operator` (waits for a decision) nor `receipt_failed` (the sale is complete; only
    /// a reprint is owed, at the operator's hand).
    pub fn needs_recovery(self) -> bool {
        !self.is_terminal() && !matches!(self, TxState::NeedsOperator | TxState::ReceiptFailed)
    }
}

impl std::fmt::Display for TxState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for TxState {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        TxState::parse(s).ok_or_else(|| format!("unknown transaction state `{s}`"))
    }
}
