//! Language: each language named in its own script and greeted in its own words; nothing is
//! pre-selected (the kiosk does not guess). Picking one moves on to identify.

use super::super::ctx::{Ctx, SMALL, TITLE, font_for};
use super::super::theme::{self, GAP, Role};
use super::{Action, action, page_titled};
use crate::flow::Event;
use crate::i18n::Lang;
use iced::widget::{Column, Row, button, center, column, text};
use iced::{Alignment, Element, Length};

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
    // The title greets in every offered language: nobody has chosen one yet.
    // Each greeting is its own piece in its own face: a line breaks between greetings, never
    // inside one.
    let title = Row::with_children(langs.iter().map(|&l| {
        let l = ctx.in_lang(l);
        l.heading(l.tr("ui-language-hello"), TITLE).into()
    }))
    .spacing(GAP * 1.5)
    .wrap()
    // Lines touch, as a wrapped title's would: two lines fill the title zone exactly.
    .vertical_spacing(0);
    let choices = langs.iter().map(|&lang| choice(ctx, lang));
    // Portrait: one per row, under the thumb. Landscape: side by side, the full height.
    let list: Element<'a, Message> = if ctx.portrait {
        let height = ((ctx.size(TITLE) + ctx.size(SMALL)) * 1.5 + 48.0).ceil();
        Column::with_children(choices.map(|c| {
            iced::widget::container(c)
                .height(height)
                .width(Length::Fill)
                .into()
        }))
        .spacing(GAP)
        .width(Length::Fill)
        .into()
    } else {
        Row::with_children(choices)
            .spacing(GAP)
            .height(Length::Fill)
            .width(Length::Fill)
            .into()
    };
    page_titled(
        ctx,
        title,
        list,
        vec![action(ctx, "ui-back", Role::Secondary, Some(Message::Back))],
    )
}

/// One language: its name in its own script, and "choose your language" in it.
fn choice<'a>(ctx: &Ctx<'a>, lang: Lang) -> Element<'a, Message> {
    let l = ctx.in_lang(lang);
    button(
        center(
            column![
                text(lang.native_name())
                    .line_height(super::super::ctx::LINE_HEIGHT)
                    .font(font_for(lang, true))
                    .size(ctx.size(TITLE)),
                l.muted(l.tr("ui-language-title"), SMALL)
                    .align_x(Alignment::Center),
            ]
            .align_x(Alignment::Center),
        )
        .height(Length::Fill),
    )
    .padding([12, 16])
    .width(Length::Fill)
    .height(Length::Fill)
    // Nothing looks chosen before a finger chooses it.
    .style(theme::button_style(ctx.prefs, Role::Secondary))
    .on_press(Message::Pick(lang))
    .into()
}
