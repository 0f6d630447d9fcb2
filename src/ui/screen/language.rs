//! Language: each language named in its own script and greeted in its own words; nothing is
//! pre-selected (the kiosk does not guess). Picking one moves on to identify.

use super::super::ctx::{BODY, Ctx, SMALL, TITLE, font_for};
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

/// Up to this many languages, each takes a full row in portrait and the title greets at title size.
const ONE_PER_ROW: usize = 6;

pub fn view<'a>(ctx: &Ctx<'a>, langs: &[Lang]) -> Element<'a, Message> {
    let many = langs.len() > ONE_PER_ROW;
    // The title greets in every offered language: nobody has chosen one yet.
    // Each greeting is its own piece in its own face: a line breaks between greetings, never
    // inside one. Eleven greetings take three lines at body size, where five took two at title
    // size: the title zone holds either.
    let greeting = if many { BODY } else { TITLE };
    let title = Row::with_children(langs.iter().map(|&l| {
        let l = ctx.in_lang(l);
        l.heading(l.tr("ui-language-hello"), greeting).into()
    }))
    .spacing(GAP * 1.5)
    .wrap()
    // Lines touch, as a wrapped title's would: two lines fill the title zone exactly.
    .vertical_spacing(0);
    let name = if many { BODY } else { TITLE };
    // Portrait: one per row under the thumb, two per row when there are many. Landscape: side
    // by side, in up to three rows of equal height.
    let columns = match (ctx.portrait, many) {
        (true, false) => 1,
        (true, true) => 2,
        (false, false) => langs.len().max(1),
        (false, true) => langs.len().div_ceil(langs.len().div_ceil(4)),
    };
    let subtitle = ctx.portrait || !many || !ctx.prefs.large_text;
    let list: Element<'a, Message> = if ctx.portrait && !many {
        let height = ((ctx.size(TITLE) + ctx.size(SMALL)) * 1.5 + 48.0).ceil();
        Column::with_children(langs.iter().map(|&lang| {
            iced::widget::container(choice(ctx, lang, name, true))
                .height(height)
                .width(Length::Fill)
                .into()
        }))
        .spacing(GAP)
        .width(Length::Fill)
        .into()
    } else {
        Column::with_children(langs.chunks(columns).map(|row| {
            let mut cells: Vec<Element<'a, Message>> = row
                .iter()
                .map(|&lang| choice(ctx, lang, name, subtitle))
                .collect();
            // A short last row keeps the others' widths.
            cells.extend(
                (row.len()..columns).map(|_| iced::widget::Space::new().width(Length::Fill).into()),
            );
            Row::with_children(cells)
                .spacing(GAP)
                .width(Length::Fill)
                .height(Length::Fill)
                .into()
        }))
        .spacing(GAP)
        .width(Length::Fill)
        .height(Length::Fill)
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
/// `subtitle: false` leaves out "choose your language": in three rows of large text in
/// landscape, a name that wraps ("Bahasa / Indonesia") needs the whole button.
fn choice<'a>(ctx: &Ctx<'a>, lang: Lang, name: f32, subtitle: bool) -> Element<'a, Message> {
    let l = ctx.in_lang(lang);
    let mut content = column![
        text(lang.native_name())
            .line_height(super::super::ctx::LINE_HEIGHT)
            .font(font_for(lang, true))
            .size(ctx.size(name))
            .align_x(Alignment::Center),
    ]
    .align_x(Alignment::Center);
    if subtitle {
        content = content.push(
            l.muted(l.tr("ui-language-title"), SMALL)
                .align_x(Alignment::Center),
        );
    }
    button(center(content).height(Length::Fill))
        .padding([12, 16])
        .width(Length::Fill)
        .height(Length::Fill)
        // Nothing looks chosen before a finger chooses it.
        .style(theme::button_style(ctx.prefs, Role::Secondary))
        .on_press(Message::Pick(lang))
        .into()
}
