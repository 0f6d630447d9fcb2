//! Language: each language named in its own script; picking one moves on to identify.

use super::super::ctx::{Ctx, TITLE, font_for};
use super::super::theme::{self, GAP, Role};
use super::{Action, action, page};
use crate::flow::Event;
use crate::i18n::Lang;
use iced::widget::{Column, button, center, text};
use iced::{Element, Length};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    Pick(Lang),
    Back,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::Pick(lang) => Action::Flow(Event::PickLanguage(lang)),
        Message::Back => Action::Flow(Event::Back),
    }
}

pub fn view<'a>(ctx: &Ctx<'a>, langs: &[Lang]) -> Element<'a, Message> {
    let mut list = Column::new().spacing(GAP).width(Length::Fill);
    for &lang in langs {
        let role = if lang == ctx.lang {
            Role::Selected
        } else {
            Role::Secondary
        };
        list = list.push(
            button(
                center(
                    text(lang.native_name())
                        .line_height(super::super::ctx::LINE_HEIGHT)
                        .font(font_for(lang, true))
                        .size(ctx.size(TITLE)),
                )
                .height(Length::Shrink),
            )
            .padding(20)
            .width(Length::Fill)
            .height(if ctx.portrait { 150 } else { 110 })
            .style(theme::button_style(ctx.prefs, role))
            .on_press(Message::Pick(lang)),
        );
    }
    page(
        ctx,
        ctx.tr("ui-language-title"),
        list,
        vec![action(ctx, "ui-back", Role::Secondary, Some(Message::Back))],
    )
}
