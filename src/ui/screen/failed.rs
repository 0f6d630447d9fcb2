//! The sale did not go through (or was reversed): why, whether anything was charged, and what now.
//! Each ending has its own title: a payment the customer cancelled is not "unsuccessful".

use super::super::ctx::Ctx;
use super::super::theme::{GAP, Role};
use super::super::widget::alert;
use super::{Action, action, page};
use crate::flow::{Event, SaleFailure};
use iced::Element;
use iced::widget::column;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    Retry,
    Finish,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::Retry => Action::Flow(Event::Back),
        // Cancel ends the session: back to attract.
        Message::Finish => Action::Flow(Event::Cancel),
    }
}

pub fn reason(ctx: &Ctx<'_>, failure: &SaleFailure) -> String {
    match failure {
        SaleFailure::Declined { .. } => ctx.tr("ui-failed-declined"),
        SaleFailure::Aborted => ctx.tr("ui-failed-aborted"),
        SaleFailure::PrinterNotReady => ctx.tr("ui-failed-printer"),
        SaleFailure::TerminalFault => ctx.tr("ui-failed-terminal"),
        SaleFailure::RenewalFailedReversed => ctx.tr("ui-failed-reversed"),
        SaleFailure::NeedsOperator { transaction_id } => ctx.tr_with(
            "ui-failed-operator",
            &[("reference", transaction_id.clone().into())],
        ),
        SaleFailure::RenewalPending { transaction_id } => {
            super::renewal_pending::text(ctx, transaction_id)
        }
        SaleFailure::WalletRefused => ctx.tr("ui-failed-wallet-refused"),
        SaleFailure::WalletExpired => ctx.tr("ui-failed-wallet-expired"),
        SaleFailure::WalletUnavailable => ctx.tr("ui-failed-wallet-unavailable"),
        SaleFailure::WalletReturned => ctx.tr("ui-failed-wallet-returned"),
        SaleFailure::WalletUnconfirmed { transaction_id } => ctx.tr_with(
            "ui-failed-wallet-unconfirmed",
            &[("reference", transaction_id.clone().into())],
        ),
    }
}

/// The title message of each ending.
pub fn title_id(failure: &SaleFailure) -> &'static str {
    match failure {
        SaleFailure::Aborted => "ui-failed-title-cancelled",
        SaleFailure::Declined { .. } => "ui-failed-title-declined",
        SaleFailure::PrinterNotReady => "ui-failed-title-printer",
        SaleFailure::TerminalFault => "ui-failed-title",
        SaleFailure::RenewalFailedReversed => "ui-failed-title-reversed",
        SaleFailure::NeedsOperator { .. } => "ui-failed-title-operator",
        SaleFailure::RenewalPending { .. } => "pay-pending-title",
        SaleFailure::WalletRefused => "ui-failed-title-wallet-refused",
        SaleFailure::WalletExpired => "ui-failed-title-wallet-expired",
        SaleFailure::WalletUnavailable => "ui-failed-title-wallet-unavailable",
        SaleFailure::WalletReturned => "ui-failed-title-wallet-returned",
        SaleFailure::WalletUnconfirmed { .. } => "ui-failed-title-wallet-unconfirmed",
    }
}

/// `can_retry`: the flow accepts Back to the review (not when staff must settle the sale, nor
/// when the kiosk is about to go out of service).
pub fn view<'a>(ctx: &Ctx<'a>, failure: &SaleFailure, can_retry: bool) -> Element<'a, Message> {
    let body = column![alert(ctx, reason(ctx, failure))].spacing(GAP);
    let mut buttons = vec![action(
        ctx,
        "ui-failed-finish",
        Role::Secondary,
        Some(Message::Finish),
    )];
    if can_retry {
        buttons.push(action(
            ctx,
            "ui-failed-retry",
            Role::Primary,
            Some(Message::Retry),
        ));
    }
    page(ctx, ctx.tr(title_id(failure)), body, buttons)
}
