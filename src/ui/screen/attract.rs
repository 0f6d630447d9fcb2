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
    let greeting = |lang: Lang| -> Element<'a, Message> {
        let l = ctx.in_lang(lang);
        column![
            l.heading(l.tr("ui-attract-title"), TITLE),
            l.muted(l.tr("ui-attract-touch"), BODY)
        ]
        .spacing(6)
        .align_x(Alignment::Center)
        .into()
    };
    // Portrait: one greeting under the other. Landscape has less height: two columns.
    let greetings: Element<'a, Message> = if ctx.portrait {
        Column::with_children(langs.iter().map(|&l| greeting(l)))
            .spacing(GAP * 2.0)
            .align_x(Alignment::Center)
            .into()
    } else {
        let half = langs.len().div_ceil(2);
        let side = |part: &[Lang]| {
            Column::with_children(part.iter().map(|&l| greeting(l)))
                .spacing(GAP * 2.0)
                .align_x(Alignment::Center)
                .width(Length::FillPortion(1))
        };
        iced::widget::row![side(&langs[..half]), side(&langs[half..])]
            .spacing(GAP * 2.0)
            .into()
    };
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
