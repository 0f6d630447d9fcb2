//! Reversing a committed payment at the terminal, journaled first (`reversal_requested`).

use super::Engine;
use crate::domain::Yen;
use crate::flow::SaleFailure;
use crate::journal::{Detail, TxState};
use crate::payment::ReversalOutcome;
use fail::fail_point;

/// Reverse the payment of `id` (journaled first). Returns what the customer is told.
pub(super) fn reverse(engine: &Engine, id: &str) -> SaleFailure {
    let needs_operator = SaleFailure::NeedsOperator {
        transaction_id: id.to_owned(),
    };
    let record = match engine.journal().get(id) {
        Ok(record) => record,
        Err(_) => return needs_operator,
    };
    if let Ok(wallet) = engine.journal().wallet(id)
        && wallet.method != "card"
    {
        return reverse_wallet(engine, &record, &wallet);
    }
    let Some(receipt_no) = record.approval.as_ref().and_then(|a| a.receipt_no) else {
        let _ = engine.journal().advance(
            id,
            TxState::NeedsOperator,
            &Detail::note("no receipt number to reverse by"),
        );
        return needs_operator;
    };
    if engine
        .journal()
        .advance(id, TxState::ReversalRequested, &Detail::default())
        .is_err()
    {
        return needs_operator;
    }
    fail_point!("sale.after_reversal_requested", |_| needs_operator.clone());
    let amount = Yen(record.total_yen);
    match engine.terminal().reverse(receipt_no, amount) {
        Ok(ReversalOutcome::Reversed { approval }) => {
            // The approval stays as it was; the terminal's answer to the reversal goes beside it
            // (`reversal_json`), so the row still proves what was charged and what given back.
            let detail = Detail::reversal(approval).with_note("reversed");
            let _ = engine.journal().advance(id, TxState::Reversed, &detail);
            SaleFailure::RenewalFailedReversed
        }
        Ok(ReversalOutcome::AlreadyReversed) => {
            let _ = engine.journal().advance(
                id,
                TxState::Reversed,
                &Detail::note("terminal: already reversed"),
            );
            SaleFailure::RenewalFailedReversed
        }
        Ok(ReversalOutcome::Refused { result_code }) => {
            let note = format!("reversal refused, result code {result_code:02X}");
            let _ = engine
                .journal()
                .advance(id, TxState::NeedsOperator, &Detail::note(note));
            needs_operator
        }
        Err(e) => {
            let _ = engine.journal().advance(
                id,
                TxState::NeedsOperator,
                &Detail::note(format!("reversal failed: {e}")),
            );
            needs_operator
        }
    }
}

/// A wallet payment is given back through its provider (cancel, else refund).
fn reverse_wallet(
    engine: &Engine,
    record: &crate::journal::TransactionRecord,
    wallet: &crate::journal::WalletRef,
) -> SaleFailure {
    let id = record.id.as_str();
    let needs_operator = SaleFailure::NeedsOperator {
        transaction_id: id.to_owned(),
    };
    if record.state != TxState::ReversalRequested
        && engine
            .journal()
            .advance(id, TxState::ReversalRequested, &Detail::default())
            .is_err()
    {
        return needs_operator;
    }
    fail_point!("sale.after_reversal_requested", |_| needs_operator.clone());
    match super::wallet::give_back(engine, record, wallet) {
        Ok(()) => {
            let mut given_back = wallet.clone();
            given_back.status = Some("GIVEN_BACK".into());
            let _ = engine.journal().set_wallet(id, &given_back);
            let _ = engine.journal().advance(
                id,
                TxState::Reversed,
                &Detail::note("wallet payment cancelled or refunded"),
            );
            SaleFailure::RenewalFailedReversed
        }
        Err(e) => {
            let _ = engine.journal().advance(
                id,
                TxState::NeedsOperator,
                &Detail::note(format!("wallet reversal failed: {e}")),
            );
            needs_operator
        }
    }
}
