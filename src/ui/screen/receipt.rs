//! Receipt: take your receipt; the QR code of the e-receipt; what to do if the paper ran out.

use super::super::ctx::{BODY, Ctx, TITLE};
use super::super::theme::{GAP, Role};
use super::super::widget::{alert, card};
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
    let mut body = column![].spacing(GAP * 2.0);
    body = match outcome {
        Some(ReceiptOutcome::Failed) => body.push(alert(ctx, ctx.tr("ui-receipt-paper-out"))),
        _ if printing => body.push(ctx.heading(ctx.tr("ui-receipt-printing"), TITLE)),
        _ => body,
    };
    if let Some(data) = qr {
        // Dark modules on white in both palettes: phone cameras need that contrast.
        let code = container(qr_code(data).total_size(360).style(|_| qr_code::Style {
            cell: Color::BLACK,
            background: Color::WHITE,
        }))
        .padding(24)
        .style(|_| container::Style {
            background: Some(Color::WHITE.into()),
            ..Default::default()
        });
        body = body.push(card(
            ctx,
            column![
                ctx.label(ctx.tr("ui-receipt-qr"), BODY),
                center(code).height(Length::Shrink)
            ]
            .spacing(GAP),
        ));
    }
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
