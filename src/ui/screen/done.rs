//! Done: a success mark, what was bought, the new expiry as a large figure, and the receipt
//! reminder (or the e-receipt QR code when the printer could not print). The flow returns to
//! attract by itself after `[timeouts] done_secs`.

use super::super::ctx::{BODY, Ctx, SMALL, TITLE};
use super::super::theme::{GAP, Role};
use super::super::widget::{alert, card};
use super::{Action, action, page};
use crate::domain::{Catalogue, Quote};
use crate::flow::{Event, ReceiptOutcome};
use chrono::NaiveDate;
use iced::widget::{Column, Row, center, column, container, qr_code};
use iced::{Alignment, Background, Border, Element, Length};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    Finish,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::Finish => Action::Flow(Event::Start),
    }
}

/// What the done screen knows of the sale that just ended (kept by the root from the receipt
/// screen, which the flow leaves as soon as the printer answers).
#[derive(Debug, Clone, PartialEq)]
pub struct Sale {
    pub quote: Quote,
    pub receipt: Option<ReceiptOutcome>,
}

/// A round mark in the primary colour with a check inside.
fn success_mark<'a>(ctx: &Ctx<'a>) -> Element<'a, Message> {
    let c = ctx.colors();
    let size = ctx.size(TITLE) * 2.4;
    let mark = container(center(
        ctx.heading(ctx.tr("ui-done-mark"), TITLE * 1.4)
            .color(c.on_primary),
    ))
    .width(size)
    .height(size)
    .style(move |_| container::Style {
        background: Some(Background::Color(c.primary)),
        border: Border {
            color: c.primary,
            width: 0.0,
            radius: (size / 2.0).into(),
        },
        ..container::Style::default()
    });
    center(mark).height(Length::Shrink).into()
}

pub fn view<'a>(
    ctx: &Ctx<'a>,
    catalogue: &Catalogue,
    new_expiry: NaiveDate,
    sale: Option<&Sale>,
    qr: Option<&'a qr_code::Data>,
) -> Element<'a, Message> {
    let mut bought = Column::new().spacing(8).align_x(Alignment::Center);
    if let Some(s) = sale {
        bought = bought.push(ctx.label(super::review::item_name(ctx, catalogue, &s.quote), BODY));
    }
    bought = bought
        .push(ctx.muted(ctx.tr("ui-status-expires"), BODY))
        .push(ctx.heading(ctx.date(new_expiry), TITLE * 1.4));
    let what = column![
        success_mark(ctx),
        card(ctx, center(bought).height(Length::Shrink))
    ]
    .spacing(GAP * 2.0);
    let printed = sale.is_none_or(|s| s.receipt != Some(ReceiptOutcome::Failed));
    // Landscape has half the height: a smaller code.
    let qr_size = if ctx.portrait { 300.0 } else { 220.0 };
    let mut receipt = Column::new().spacing(GAP);
    receipt = match (printed, qr) {
        (true, _) => receipt.push(ctx.heading(ctx.tr("ui-receipt-title"), TITLE)),
        (false, Some(data)) => receipt
            .push(alert(ctx, ctx.tr("ui-receipt-paper-out")))
            .push(super::receipt::qr_card(ctx, data, qr_size)),
        (false, None) => receipt.push(alert(ctx, ctx.tr("ui-receipt-paper-out"))),
    };
    receipt = receipt.push(ctx.muted(ctx.tr("ui-done-back"), SMALL));
    // Side by side in landscape, one above the other in portrait: nothing scrolls.
    let body: Element<'a, Message> = if ctx.portrait {
        what.push(receipt).into()
    } else {
        Row::new()
            .spacing(GAP * 2.0)
            .push(what.width(Length::FillPortion(1)))
            .push(receipt.width(Length::FillPortion(1)))
            .into()
    };
    page(
        ctx,
        ctx.tr("ui-done-title"),
        body,
        vec![action(
            ctx,
            "ui-done-finish",
            Role::Primary,
            Some(Message::Finish),
        )],
    )
}
