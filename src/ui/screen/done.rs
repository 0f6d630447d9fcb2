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
    let size = ctx.size(TITLE) * if ctx.portrait { 1.8 } else { 1.4 };
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
    mark.into()
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
        .push(ctx.heading(
            ctx.date(new_expiry),
            if ctx.portrait {
                TITLE * 1.4
            } else {
                TITLE * 1.15
            },
        ));
    // The reminder that the screen goes back by itself sits with the purchase, so the receipt
    // half keeps its room for the code.
    let bought = card(ctx, center(bought).height(Length::Shrink));
    // Landscape has half the height: the mark stands beside what was bought.
    let head: Element<'a, Message> = if ctx.portrait {
        column![center(success_mark(ctx)).height(Length::Shrink), bought]
            .spacing(GAP * 1.5)
            .align_x(Alignment::Center)
            .into()
    } else {
        Row::new()
            .spacing(GAP)
            .align_y(Alignment::Center)
            .push(success_mark(ctx))
            .push(bought)
            .into()
    };
    let back = ctx.muted(ctx.tr("ui-done-back"), SMALL);
    let printed = sale.is_none_or(|s| s.receipt != Some(ReceiptOutcome::Failed));
    let receipt: Element<'a, Message> = match (printed, qr) {
        (true, _) => ctx.heading(ctx.tr("ui-receipt-title"), TITLE).into(),
        // The apology and the code side by side: one card, no taller than the code.
        (false, Some(data)) => {
            let qr_size = if ctx.portrait { 240.0 } else { 200.0 };
            card(
                ctx,
                Row::new()
                    .spacing(GAP)
                    .align_y(Alignment::Center)
                    // The apology already says to scan the code: no second label.
                    .push(
                        ctx.label(ctx.tr("ui-receipt-paper-out"), BODY)
                            .width(Length::Fill),
                    )
                    .push(super::receipt::qr_code_block(data, qr_size)),
            )
            .into()
        }
        (false, None) => alert(ctx, ctx.tr("ui-receipt-paper-out")),
    };
    // Side by side in landscape, one above the other in portrait: nothing scrolls.
    let body: Element<'a, Message> = if ctx.portrait {
        column![head, back, receipt]
            .spacing(GAP)
            .align_x(Alignment::Center)
            .into()
    } else {
        Row::new()
            .spacing(GAP * 2.0)
            .push(
                column![head, back]
                    .spacing(GAP)
                    .align_x(Alignment::Center)
                    .width(Length::FillPortion(1)),
            )
            .push(container(receipt).width(Length::FillPortion(1)))
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
