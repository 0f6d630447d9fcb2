//! The payment is safe and the renewal is being applied: the carrier has not answered yet, so
//! the kiosk keeps the payment and retries in the background with the same request. The customer
//! gets the transaction reference and need not wait; no spinner.

use super::super::ctx::{BODY, Ctx, TITLE};
use super::super::theme::{GAP, Role};
use super::super::widget::card;
use super::failed::Message;
use super::{action, page};
use iced::Element;
use iced::widget::column;

/// One sentence for places that show a failure as text (the sale-failed screen's reason).
pub fn text(ctx: &Ctx<'_>, transaction_id: &str) -> String {
    format!(
        "{} {}",
        ctx.tr("pay-pending-body"),
        ctx.tr_with(
            "pay-pending-reference",
            &[("reference", transaction_id.to_owned().into())]
        )
    )
}

/// Only "finish": the sale must not be tried again (the payment is kept).
pub fn view<'a>(ctx: &Ctx<'a>, transaction_id: &str) -> Element<'a, Message> {
    let reference = ctx.tr_with(
        "pay-pending-reference",
        &[("reference", transaction_id.to_owned().into())],
    );
    let body = column![
        card(ctx, ctx.heading(reference, TITLE * 0.6)),
        ctx.label(ctx.tr("pay-pending-body"), BODY),
        ctx.muted(ctx.tr("pay-pending-staff"), BODY),
    ]
    .spacing(GAP * 2.0);
    page(
        ctx,
        ctx.tr("pay-pending-title"),
        body,
        vec![action(
            ctx,
            "ui-failed-finish",
            Role::Primary,
            Some(Message::Finish),
        )],
    )
}
