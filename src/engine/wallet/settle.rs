//! Giving a wallet payment back, and recovering a wallet row the kiosk was cut off from.

use super::{WITHDRAWN, approval_of, note_wallet, slip_of, step};
use crate::domain::Yen;
use crate::engine::Engine;
use crate::flow::SaleFailure;
use crate::journal::{Detail, TransactionRecord, TxState, WalletRef};
use crate::payment::wallet::{RefundRequest, WalletError, WalletStatus};

/// Gives a wallet payment back: cancel first (PayPay's cancel window), refund if the cancel is
/// refused. The caller has journaled `reversal_requested`.
pub(in crate::engine) fn give_back(
    engine: &Engine,
    record: &TransactionRecord,
    wallet: &WalletRef,
) -> Result<(), WalletError> {
    let id = record.id.as_str();
    let mut slot = engine.wallet_provider();
    let provider = slot
        .as_mut()
        .ok_or_else(|| WalletError::Config("no wallet provider configured".into()))?;
    let cancelled = provider.cancel_payment(id);
    let now = provider.payment(id)?;
    if now.status.nothing_charged() {
        return Ok(());
    }
    if let Err(e) = &cancelled {
        tracing::warn!(transaction = id, error = %e, "wallet cancel refused: refunding");
    }
    let payment_id = now
        .payment_id
        .or_else(|| wallet.payment_id.clone())
        .ok_or_else(|| WalletError::BadResponse("no payment id to refund".into()))?;
    provider.refund(&RefundRequest {
        merchant_refund_id: format!("{id}-r"),
        payment_id,
        amount: now.amount.unwrap_or(Yen(record.total_yen)),
        reason: "renewal not applied".into(),
    })?;
    let after = provider.payment(id)?;
    if after.status.nothing_charged() {
        Ok(())
    } else {
        Err(WalletError::BadResponse(format!(
            "the payment is still {:?} after the refund",
            after.status
        )))
    }
}

/// Recovery of a wallet row cut off in `payment_requested`: the provider says what happened.
/// Returns the state the row was moved to, or `None` when the provider cannot say now.
pub(in crate::engine) fn recover_requested(
    engine: &Engine,
    record: &TransactionRecord,
    wallet: &WalletRef,
) -> Option<TxState> {
    let id = record.id.as_str();
    let mut slot = engine.wallet_provider();
    let provider = slot.as_mut()?;
    let withdrawn = wallet.status.as_deref() == Some(WITHDRAWN);
    let mut payment = match provider.payment(id) {
        Ok(p) => p,
        Err(e) => {
            tracing::warn!(transaction = id, error = %e, "recovery: wallet provider cannot say");
            return None;
        }
    };
    if payment.status == WalletStatus::Created {
        // Shown when the kiosk stopped: nobody is in front of that code any more. Without a
        // journaled code id (cut off as the code was created), cancel the payment by its id.
        let withdrawn_now = match &wallet.code_id {
            Some(code) => provider.delete_code(code),
            None => provider.cancel_payment(id),
        };
        if withdrawn_now.is_err() {
            return None;
        }
        payment = provider.payment(id).ok()?;
        if payment.status == WalletStatus::Created {
            return None;
        }
    }
    drop(slot);
    let mut wallet = wallet.clone();
    if payment.status == WalletStatus::Completed {
        wallet.payment_id = payment.payment_id.clone();
        wallet.status = Some(if withdrawn {
            WITHDRAWN.into()
        } else {
            "COMPLETED".into()
        });
        note_wallet(engine, id, &wallet);
        let mut detail = Detail::approval(approval_of(&payment), slip_of(&wallet.method))
            .with_note("recovery: the wallet provider reports COMPLETED");
        let keep = !withdrawn && payment.completed_as_requested(Yen(record.total_yen));
        if !keep {
            detail = detail.with_note("recovery: wallet payment to give back");
        }
        if !step(engine, id, TxState::PaymentApproved, detail) {
            return None;
        }
        if keep {
            return Some(TxState::PaymentApproved);
        }
        return Some(match crate::engine::reversal::reverse(engine, id) {
            SaleFailure::RenewalFailedReversed => TxState::Reversed,
            _ => TxState::NeedsOperator,
        });
    }
    wallet.status = Some(format!("{:?}", payment.status).to_uppercase());
    note_wallet(engine, id, &wallet);
    let note = format!(
        "recovery: wallet payment {:?}: nothing charged",
        payment.status
    );
    step(engine, id, TxState::PaymentAborted, Detail::note(note));
    Some(TxState::PaymentAborted)
}
