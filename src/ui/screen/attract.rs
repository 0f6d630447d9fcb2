//! Attract: "renew your data SIM — touch to start", in every language at once, each in its own
//! script. A tap anywhere starts.

use super::super::ctx::{BODY, Ctx, TITLE};
use super::super::theme::{GAP, Role};
use super::super::widget::big;
use super::Action;
use crate::flow::Event;
use crate::i18n::Lang;
use iced::widget::{Column, center, column, mouse_area};
use iced::{Alignment, Element, Length};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    Start,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::Start => Action::Flow(Event::Start),
    }
}

pub fn view<'a>(ctx: &Ctx<'a>, langs: &[Lang]) -> Element<'a, Message> {
    let mut greetings = Column::new().spacing(GAP * 2.0).align_x(Alignment::Center);
    for &lang in langs {
        let l = ctx.in_lang(lang);
        greetings = greetings.push(
            column![
                l.heading(l.tr("ui-attract-title"), TITLE),
                l.muted(l.tr("ui-attract-touch"), BODY)
            ]
            .spacing(6)
            .align_x(Alignment::Center),
        );
    }
    // The arrow is drawn with the JP face, which carries it whatever the language.
    let start = big(
        &ctx.in_lang(Lang::Ja),
        "→".to_string(),
        Role::Primary,
        Some(Message::Start),
    )
    .width(240)
    .height(160);
    mouse_area(
        center(
            column![greetings, start]
                .spacing(GAP * 3.0)
                .align_x(Alignment::Center),
        )
        .width(Length::Fill)
        .height(Length::Fill),
    )
    .on_press(Message::Start)
    .into()
}
