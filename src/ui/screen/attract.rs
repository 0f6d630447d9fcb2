//! Attract: "renew your data SIM — touch to start", in every language at once, each in its own
//! script. A tap anywhere starts.

use super::super::ctx::{BODY, Ctx, SMALL, TITLE};
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

/// More offered languages than this: smaller greetings in more columns.
const ONE_COLUMN: usize = 6;

pub fn view<'a>(ctx: &Ctx<'a>, langs: &[Lang]) -> Element<'a, Message> {
    let many = langs.len() > ONE_COLUMN;
    let (title, touch) = if many { (BODY, SMALL) } else { (TITLE, BODY) };
    let greeting = |lang: Lang| -> Element<'a, Message> {
        let l = ctx.in_lang(lang);
        column![
            l.heading(l.tr("ui-attract-title"), title)
                .align_x(Alignment::Center),
            l.muted(l.tr("ui-attract-touch"), touch)
                .align_x(Alignment::Center)
        ]
        .spacing(6)
        .align_x(Alignment::Center)
        .into()
    };
    // Portrait: one greeting under the other. Landscape has less height: two columns. Many
    // languages: two columns in portrait, four in landscape.
    let columns = match (ctx.portrait, many) {
        (true, false) => 1,
        (false, false) | (true, true) => 2,
        (false, true) => 4,
    };
    let greetings: Element<'a, Message> = if columns == 1 {
        Column::with_children(langs.iter().map(|&l| greeting(l)))
            .spacing(GAP * 2.0)
            .align_x(Alignment::Center)
            .into()
    } else {
        let per_column = langs.len().div_ceil(columns);
        let side = |part: &[Lang]| -> Element<'a, Message> {
            Column::with_children(part.iter().map(|&l| greeting(l)))
                .spacing(GAP * 2.0)
                .align_x(Alignment::Center)
                .width(Length::FillPortion(1))
                .into()
        };
        iced::widget::Row::with_children(langs.chunks(per_column.max(1)).map(side))
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
