//! Receipt: take your receipt; the QR code of the e-receipt; what to do if the paper ran out.

use super::super::ctx::{BODY, Ctx, TITLE};
use super::super::theme::{GAP, Role};
use super::super::widget::{alert, card, icon};
use super::{Action, action, page};
use crate::flow::{Event, ReceiptOutcome};
use iced::widget::{center, column, container, qr_code};
use iced::{Color, Element, Length};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    Finish,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::Finish => Action::Flow(Event::Start),
    }
}

pub fn view<'a>(
    ctx: &Ctx<'a>,
    printing: bool,
    outcome: Option<&ReceiptOutcome>,
    qr: Option<&'a qr_code::Data>,
) -> Element<'a, Message> {
    let mut status = column![].spacing(GAP * 2.0);
    status = match outcome {
        Some(ReceiptOutcome::Failed) => status.push(alert(ctx, ctx.tr("ui-receipt-paper-out"))),
        _ if printing => status.push(
            iced::widget::row![
                icon::view(icon::RECEIPT, ctx.size(TITLE) * 1.5, ctx.colors().text),
                ctx.heading(ctx.tr("ui-receipt-printing"), TITLE)
            ]
            .spacing(GAP)
            .align_y(iced::Alignment::Center),
        ),
        _ => status,
    };
    let qr_card = qr.map(|data| qr_card(ctx, data, 360.0));
    // Side by side in landscape (half the height), one above the other in portrait.
    let body: Element<'a, Message> = match qr_card {
        Some(qr) if !ctx.portrait => iced::widget::row![
            status.width(Length::FillPortion(1)),
            qr.width(Length::FillPortion(1))
        ]
        .spacing(GAP * 2.0)
        .into(),
        Some(qr) => status.push(qr).into(),
        None => status.into(),
    };
    let done = !printing || outcome.is_some();
    page(
        ctx,
        ctx.tr("ui-receipt-title"),
        body,
        vec![action(
            ctx,
            "ui-receipt-finish",
            Role::Primary,
            done.then_some(Message::Finish),
        )],
    )
}

/// The e-receipt's QR code with its caption, `size` px square (shared with the done screen).
/// The e-receipt code on white, whatever the palette: phone cameras need that contrast.
pub fn qr_code_block<'a, M: 'a>(data: &'a qr_code::Data, size: f32) -> container::Container<'a, M> {
    container(qr_code(data).total_size(size).style(|_| qr_code::Style {
        cell: Color::BLACK,
        background: Color::WHITE,
    }))
    .padding(24)
    .style(|_| container::Style {
        background: Some(Color::WHITE.into()),
        ..Default::default()
    })
}

pub fn qr_card<'a, M: 'a>(
    ctx: &Ctx<'a>,
    data: &'a qr_code::Data,
    size: f32,
) -> container::Container<'a, M> {
    card(
        ctx,
        column![
            ctx.label(ctx.tr("ui-receipt-qr"), BODY),
            center(qr_code_block(data, size)).height(Length::Shrink)
        ]
        .spacing(GAP),
    )
}
