//! The bar on top of every screen: the five languages (each in its own script) and the
//! high-contrast and large-text toggles. Switching language keeps the screen and its input.

use super::super::ctx::{Ctx, SMALL, font_for};
use super::super::theme::{self, GAP, Role, TOUCH_MIN};
use crate::flow::Screen;
use crate::i18n::Lang;
use iced::widget::{Row, button, center, container, text};
use iced::{Element, Length};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    Lang(Lang),
    HighContrast,
    LargeText,
    /// Give up and return to the start (only offered while nothing has been paid).
    Cancel,
}

/// The customer's steps, as the header counts them: 1 identify the SIM, 2 its status, 3 choose a
/// plan, 4 review, 5 pay (the terminal, the renewal and the receipt are part of paying), 6 done.
/// Attract and the language screen come before the first step; a failed sale and out of service
/// are no step.
pub const STEPS: u32 = 6;

/// Which of the [`STEPS`] `screen` is, if it is one.
pub fn step(screen: &Screen) -> Option<u32> {
    match screen {
        Screen::Identify | Screen::LookingUp { .. } | Screen::LookupFailed { .. } => Some(1),
        Screen::Status { .. } => Some(2),
        Screen::Plans { .. } => Some(3),
        Screen::Review { .. } => Some(4),
        Screen::Pay { .. } | Screen::Processing { .. } | Screen::Receipt { .. } => Some(5),
        Screen::Done { .. } => Some(6),
        Screen::Attract
        | Screen::Language
        | Screen::SaleFailed { .. }
        | Screen::OutOfService { .. } => None,
    }
}

/// Left margin kept free for the hidden operator corner.
pub const CORNER: f32 = 96.0;

/// The header's fixed height: two rows of pills in portrait, one in landscape, whatever the
/// language or text size, so nothing under it ever moves.
pub fn height(portrait: bool) -> f32 {
    let rows = if portrait { 2.0 } else { 1.0 };
    16.0 + 8.0 + rows * TOUCH_MIN + (rows - 1.0) * GAP / 2.0
}

pub fn view<'a>(ctx: &Ctx<'a>, langs: &[Lang], cancel: bool) -> Element<'a, Message> {
    let mut row = Row::new().spacing(GAP / 2.0).padding([0.0, 0.0]);
    for &lang in langs {
        let role = if lang == ctx.lang {
            Role::Selected
        } else {
            Role::Secondary
        };
        row = row.push(pill(
            ctx,
            lang.native_name().to_string(),
            font_for(lang, false),
            role,
            Message::Lang(lang),
        ));
    }
    let toggle = |on: bool| if on { Role::Selected } else { Role::Secondary };
    let mut toggles = Row::new()
        .spacing(GAP / 2.0)
        .push(toggle_pill(
            ctx,
            contrast_icon(ctx),
            ctx.tr("ui-high-contrast"),
            toggle(ctx.prefs.high_contrast),
            Message::HighContrast,
        ))
        .push(toggle_pill(
            ctx,
            text_size_icon(ctx),
            ctx.tr("ui-large-text"),
            toggle(ctx.prefs.large_text),
            Message::LargeText,
        ));
    // Portrait: the step between the toggles and Cancel. Landscape has no room left in its one
    // row: the page shows it at the end of the title line (see `screen::page`).
    if ctx.portrait {
        toggles = toggles.push(iced::widget::space().width(Length::Fill));
        if let Some(n) = ctx.step {
            toggles = toggles.push(step_indicator(ctx, n, ctx.header_colors().1));
        }
    }
    if cancel {
        if !ctx.portrait {
            toggles = toggles.push(iced::widget::space().width(GAP * 2.0));
        }
        toggles = toggles.push(pill(
            ctx,
            ctx.tr("ui-cancel"),
            ctx.bold(),
            Role::Danger,
            Message::Cancel,
        ));
    }
    let header = ctx.header_colors().0;
    let content: Element<'a, Message> = if ctx.portrait {
        iced::widget::column![row.wrap(), toggles.width(Length::Fill)]
            .spacing(GAP / 2.0)
            .into()
    } else {
        row.push(iced::widget::space().width(Length::Fill))
            .push(toggles)
            .into()
    };
    container(content)
        .padding(iced::Padding {
            top: 16.0,
            right: 24.0,
            bottom: 8.0,
            left: CORNER,
        })
        .width(Length::Fill)
        .height(height(ctx.portrait))
        .clip(true)
        .style(move |_| container::Style {
            background: Some(header.into()),
            ..container::Style::default()
        })
        .into()
}

/// Where the customer is: "Step 2 of 6", never a target.
pub fn step_indicator<'a, M: 'a>(ctx: &Ctx<'a>, step: u32, color: iced::Color) -> Element<'a, M> {
    container(
        text(ctx.step_text(step))
            .line_height(super::super::ctx::LINE_HEIGHT)
            .font(ctx.bold())
            .size(ctx.size(SMALL))
            .color(color)
            .wrapping(iced::widget::text::Wrapping::None),
    )
    .height(TOUCH_MIN)
    .align_y(iced::alignment::Vertical::Center)
    .into()
}

fn pill<'a>(
    ctx: &Ctx<'a>,
    label: String,
    font: iced::Font,
    role: Role,
    on: Message,
) -> Element<'a, Message> {
    button(
        center(
            text(label)
                .line_height(super::super::ctx::LINE_HEIGHT)
                .font(font)
                .size(ctx.size(SMALL)),
        )
        .width(Length::Shrink),
    )
    .padding([8, 20])
    .height(TOUCH_MIN)
    .style(theme::button_style(ctx.prefs, role))
    .on_press(on)
    .into()
}

/// A toggle: its icon, then its name in the current language.
fn toggle_pill<'a>(
    ctx: &Ctx<'a>,
    icon: Element<'a, Message>,
    label: String,
    role: Role,
    on: Message,
) -> Element<'a, Message> {
    button(
        center(
            iced::widget::row![
                icon,
                text(label)
                    .line_height(super::super::ctx::LINE_HEIGHT)
                    .font(ctx.font())
                    .size(ctx.size(SMALL)),
            ]
            .spacing(10)
            .align_y(iced::Alignment::Center),
        )
        .width(Length::Shrink),
    )
    .padding([8, 16])
    .height(TOUCH_MIN)
    .style(theme::button_style(ctx.prefs, role))
    .on_press(on)
    .into()
}

/// High contrast: a square half dark, half light, framed.
fn contrast_icon<'a>(ctx: &Ctx<'a>) -> Element<'a, Message> {
    let half = |color: iced::Color| {
        container(iced::widget::space().width(14).height(28)).style(move |_| container::Style {
            background: Some(color.into()),
            ..container::Style::default()
        })
    };
    container(iced::widget::row![
        half(iced::Color::BLACK),
        half(iced::Color::WHITE)
    ])
    .padding(2)
    .style(theme::strip(
        iced::Color::WHITE,
        iced::Color::BLACK,
        ctx.colors().text,
    ))
    .into()
}

/// Large text: "Aa", the usual mark for text size (one text, so it is never mistaken for an
/// "A" key of the staff keyboard).
fn text_size_icon<'a>(ctx: &Ctx<'a>) -> Element<'a, Message> {
    text("Aa").size(28).font(ctx.bold()).line_height(1.0).into()
}
