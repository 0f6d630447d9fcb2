//! Attract: "renew your data SIM — touch to start", in every language at once, each in its own
//! script, with the lowest price of the catalogue ("plans from ¥1,980") under each, and the
//! carriers served by their own brand names above. A tap anywhere starts.

use super::super::ctx::{BODY, Ctx, SMALL, TITLE};
use super::super::theme::{GAP, Role};
use super::super::widget::big;
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

/// The lowest price of one period of any plan in the catalogue (tax included), if it sells any.
pub fn lowest_price(catalogue: &Catalogue) -> Option<Yen> {
    catalogue.plans().iter().map(|p| p.price).min()
}

pub fn view<'a>(ctx: &Ctx<'a>, langs: &[Lang], catalogue: &Catalogue) -> Element<'a, Message> {
    let from = lowest_price(catalogue);
    let greeting = |lang: Lang| -> Element<'a, Message> {
        let l = ctx.in_lang(lang);
        // Landscape has half the height for the same five greetings.
        let size = if ctx.portrait { TITLE } else { TITLE * 0.85 };
        let mut g = column![l.heading(l.tr("ui-attract-title"), size)]
            .spacing(4)
            .align_x(Alignment::Center);
        if let Some(price) = from {
            g = g.push(l.label(
                l.tr_with("ui-attract-from", &[("price", l.yen(price).into())]),
                SMALL,
            ));
        }
        g.push(l.muted(l.tr("ui-attract-touch"), BODY)).into()
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
        center(if ctx.portrait {
            column![carriers, greetings, start]
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
