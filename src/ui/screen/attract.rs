//! Attract: "renew your data SIM — touch to start", in every language at once, each in its own
//! script, with the lowest price of the catalogue ("plans from ¥1,980") under each, and the
//! carriers served by their own brand names above. A tap anywhere starts.

use super::super::ctx::{BODY, Ctx, SMALL, TITLE};
use super::super::theme::{GAP, Role};
use super::super::widget::{big, logo};
use super::Action;
use crate::domain::{Catalogue, Yen};
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

/// The lowest price of one period of any plan in the catalogue (tax included), if it sells any.
pub fn lowest_price(catalogue: &Catalogue) -> Option<Yen> {
    catalogue.plans().iter().map(|p| p.price).min()
}

pub fn view<'a>(ctx: &Ctx<'a>, langs: &[Lang], catalogue: &Catalogue) -> Element<'a, Message> {
    let from = lowest_price(catalogue);
    let many = langs.len() > ONE_COLUMN;
    let (title, touch) = if many { (BODY, SMALL) } else { (TITLE, BODY) };
    let greeting = |lang: Lang| -> Element<'a, Message> {
        let l = ctx.in_lang(lang);
        // Landscape has half the height for the same greetings.
        let size = if ctx.portrait { title } else { title * 0.85 };
        let mut g = column![
            l.heading(l.tr("ui-attract-title"), size)
                .align_x(Alignment::Center)
        ]
        .spacing(4)
        .align_x(Alignment::Center);
        // Many greetings in large text leave no height for a third line each: the price
        // teaser waits for normal text.
        if let Some(price) = from.filter(|_| !(many && ctx.prefs.large_text)) {
            g = g.push(l.label(
                l.tr_with("ui-attract-from", &[("price", l.yen(price).into())]),
                SMALL,
            ));
        }
        g.push(
            l.muted(l.tr("ui-attract-touch"), touch)
                .align_x(Alignment::Center),
        )
        .into()
    };
    // The carriers by their own brand names (the same in every language), drawn with the JP
    // face, which carries Latin and kana alike.
    let brands = catalogue
        .carriers()
        .iter()
        .map(|c| c.name.as_str())
        .collect::<Vec<_>>()
        .join("  ·  ");
    let carriers = ctx
        .in_lang(Lang::Ja)
        .heading(brands, BODY)
        .color(ctx.colors().primary);
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
        center(if ctx.portrait {
            // The shop's logo, large, where there is the height for it (portrait, normal text;
            // it stays in the header's corner in every case).
            let logo = (!ctx.prefs.large_text)
                .then(|| logo::view(ctx, 120.0, 600.0, ctx.colors().primary));
            column![]
                .extend(logo)
                .push(carriers)
                .push(greetings)
                .push(start)
                .spacing(GAP * 3.0)
                .align_x(Alignment::Center)
        } else {
            // Landscape is short: the start button beside the greetings, not under them.
            column![
                carriers,
                iced::widget::row![greetings, start]
                    .spacing(GAP * 3.0)
                    .align_y(Alignment::Center)
            ]
            .spacing(GAP * 2.0)
            .align_x(Alignment::Center)
        })
        .padding([0, 32])
        .width(Length::Fill)
        .height(Length::Fill),
    )
    .on_press(Message::Start)
    .into()
}
