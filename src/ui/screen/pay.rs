//! Pay: what the card terminal says, in the customer's language; cancel while still safe, and
//! not while the terminal asks for the card to be removed (the card step is over by then).

use super::super::ctx::{BODY, Ctx, TITLE};
use super::super::theme::{GAP, Role};
use super::super::widget::card;
use super::{Action, action, page};
use crate::domain::Quote;
use crate::flow::Event;
use crate::payment::TerminalMessage;
use iced::widget::{column, row};
use iced::{Element, Length};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    Cancel,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::Cancel => Action::Flow(Event::Cancel),
    }
}

/// The terminal's "please remove your card" (ZVT intermediate status 0x0B).
const REMOVE_CARD: &str = "pay-remove-card";

pub fn view<'a>(
    ctx: &Ctx<'a>,
    quote: &Quote,
    message: Option<TerminalMessage>,
    cancellable: bool,
) -> Element<'a, Message> {
    let said = match message {
        Some(m) => ctx.tr(crate::payment::zvt::message_id(m)),
        None => ctx.tr("ui-pay-follow"),
    };
    let amount = card(
        ctx,
        column![
            ctx.muted(ctx.tr("ui-pay-amount"), BODY),
            ctx.heading(ctx.yen(quote.total), TITLE * 1.4)
        ]
        .spacing(8),
    );
    let said = card(ctx, ctx.heading(said, TITLE));
    // Landscape is short of height: the amount beside what the terminal says.
    let top: Element<'a, Message> = if ctx.portrait {
        column![amount, said].spacing(GAP * 2.0).into()
    } else {
        row![
            amount.width(Length::FillPortion(2)),
            said.width(Length::FillPortion(3)).height(Length::Fill)
        ]
        .spacing(GAP * 2.0)
        .height(Length::Shrink)
        .into()
    };
    let mut body = column![top].spacing(GAP * 2.0);
    if message.is_some() {
        body = body.push(ctx.muted(ctx.tr("ui-pay-follow"), BODY));
    }
    let card_step_over = message.is_some_and(|m| crate::payment::zvt::message_id(m) == REMOVE_CARD);
    let buttons = if card_step_over {
        vec![]
    } else if cancellable {
        vec![action(
            ctx,
            "ui-pay-cancel",
            Role::Danger,
            Some(Message::Cancel),
        )]
    } else {
        body = body.push(ctx.muted(ctx.tr("ui-pay-no-cancel"), BODY));
        vec![]
    };
    page(ctx, ctx.tr("ui-pay-title"), body, buttons)
}
