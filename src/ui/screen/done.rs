//! Done: the new expiry; the flow returns to attract by itself after a while.

use super::super::ctx::{BODY, Ctx, TITLE};
use super::super::theme::{GAP, Role};
use super::super::widget::card;
use super::{Action, action, page};
use crate::flow::Event;
use chrono::NaiveDate;
use iced::Element;
use iced::widget::column;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    Finish,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::Finish => Action::Flow(Event::Start),
    }
}

pub fn view<'a>(ctx: &Ctx<'a>, new_expiry: NaiveDate) -> Element<'a, Message> {
    let expiry = ctx.tr_with("ui-done-expiry", &[("date", ctx.date(new_expiry).into())]);
    let body = column![
        card(ctx, ctx.heading(expiry, TITLE)),
        ctx.muted(ctx.tr("ui-done-back"), BODY)
    ]
    .spacing(GAP * 2.0);
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
