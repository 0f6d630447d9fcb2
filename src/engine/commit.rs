//! The sale's commit point: the approval is made durable before the terminal keeps the money
//! (docs/PAYMENT-COMMIT.md).

use super::Engine;
use super::sale::SaleProgress;
use crate::journal::{Detail, TxState};
use crate::payment::{Approval, CommitDecision, PaymentObserver, TerminalMessage};
use fail::fail_point;

/// Makes the approval durable before the terminal is told to keep the money.
pub(super) struct CommitObserver<'a> {
    pub engine: &'a Engine,
    pub id: &'a str,
    pub on_progress: &'a mut dyn FnMut(SaleProgress),
    pub committed: bool,
    /// The approval was journaled, but the "keep the money" answer never reached the terminal.
    pub undelivered: bool,
}

impl PaymentObserver for CommitObserver<'_> {
    fn message(&mut self, message: TerminalMessage) {
        (self.on_progress)(SaleProgress::Terminal(message));
    }

    fn approved(&mut self, approval: &Approval) -> CommitDecision {
        fail_point!("sale.before_approved_journaled", |_| CommitDecision::Refuse);
        let detail = Detail {
            approval: Some(approval.clone()),
            ..Detail::default()
        };
        match self
            .engine
            .journal()
            .advance(self.id, TxState::PaymentApproved, &detail)
        {
            Ok(()) => {
                fail_point!("sale.after_approved_journaled", |_| CommitDecision::Accept);
                self.committed = true;
                (self.on_progress)(SaleProgress::Approved);
                CommitDecision::Accept
            }
            Err(e) => {
                tracing::error!(transaction = self.id, error = %e, "cannot journal the approval: refusing the sale");
                CommitDecision::Refuse
            }
        }
    }

    fn decision_not_sent(&mut self) {
        // The sale counts as committed only once the answer is queued (issue: a commit after the
        // session gave up). The journal already holds the approval, so the sale is reversed.
        if self.committed {
            self.committed = false;
            self.undelivered = true;
        }
    }
}

/// The terminal ended as if it kept money the journal holds no approval for: the transaction
/// goes to the operator (`needs_operator`), never to `payment_failed` ("nothing charged").
pub(super) fn hold_unproven_charge(engine: &Engine, id: &str, reason: &str) {
    tracing::error!(
        transaction = id,
        reason,
        "charge unproven: held for the operator"
    );
    if let Err(e) = engine
        .journal()
        .advance(id, TxState::NeedsOperator, &Detail::note(reason))
    {
        tracing::error!(transaction = id, error = %e, "cannot journal the unproven charge");
    }
}
