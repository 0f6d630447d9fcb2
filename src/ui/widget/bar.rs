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
    /// Open or close the language menu: the landscape bar's one language button when there are
    /// more languages than its row holds.
    LanguageMenu,
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

/// More offered languages than this take a second row of language pills in portrait (names at
/// the normal size under large text) and leave the landscape bar to the toggles.
const PILLS_PER_ROW: usize = 6;

/// The header's fixed height: two rows of pills in portrait, one in landscape (one more each
/// when many languages are offered), whatever the language or text size, so nothing under it
/// ever moves.
pub fn height(portrait: bool, langs: usize) -> f32 {
    if portrait && langs > PILLS_PER_ROW {
        // Two lines of language pills, nearly touching, then the toggles.
        return 16.0 + 8.0 + 3.0 * TOUCH_MIN + PILL_LINES + GAP / 2.0;
    }
    let rows = if portrait { 2.0 } else { 1.0 };
    16.0 + 8.0 + rows * TOUCH_MIN + (rows - 1.0) * GAP / 2.0
}

/// Between wrapped lines of language pills: the buttons' own borders keep them apart.
const PILL_LINES: f32 = 2.0;

pub fn view<'a>(ctx: &Ctx<'a>, langs: &[Lang], cancel: bool) -> Element<'a, Message> {
    let mut row = Row::new().spacing(GAP / 2.0).padding([0.0, 0.0]);
    // Landscape has no room for a second row: with many languages one button, the current
    // language's own name, opens the language menu (`language_menu`) over the screen.
    let pills = if ctx.portrait || langs.len() <= PILLS_PER_ROW {
        langs
    } else {
        row = row.push(pill(
            ctx,
            format!("{} ▼", ctx.lang.native_name()),
            font_for(ctx.lang, false),
            ctx.size(SMALL),
            Role::Secondary,
            Message::LanguageMenu,
        ));
        &[]
    };
    for &lang in pills {
        let role = if lang == ctx.lang {
            Role::Selected
        } else {
            Role::Secondary
        };
        // Many languages: their names keep the normal size under large text, so the pills
        // stay within two rows (the toggles and the screen's own text still grow).
        let size = if langs.len() > PILLS_PER_ROW {
            SMALL
        } else {
            ctx.size(SMALL)
        };
        row = row.push(pill(
            ctx,
            lang.native_name().to_string(),
            font_for(lang, false),
            size,
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
            ctx.size(SMALL),
            Role::Danger,
            Message::Cancel,
        ));
    }
    let header = ctx.header_colors().0;
    let content: Element<'a, Message> = if ctx.portrait {
        iced::widget::column![
            row.wrap().vertical_spacing(PILL_LINES),
            toggles.width(Length::Fill)
        ]
        .spacing(GAP / 2.0)
        .into()
    } else {
        row.push(iced::widget::space().width(Length::Fill))
            .push(toggles)
            .into()
    };
    // The logo in the top-left corner kept free for the hidden staff corner (the long press
    // lands on the invisible target above it all the same).
    let (_, on_header) = ctx.header_colors();
    // A shop's own logo is fitted into the same square corner (a wide one drawn smaller).
    let logo = container(super::logo::view(ctx, 48.0, CORNER - 16.0, on_header))
        .center_x(CORNER)
        .center_y(TOUCH_MIN)
        .padding(iced::Padding {
            top: 16.0,
            ..iced::Padding::ZERO
        });
    let content = iced::widget::stack![
        container(content)
            .padding(iced::Padding {
                top: 16.0,
                right: 24.0,
                bottom: 8.0,
                left: CORNER,
            })
            .width(Length::Fill),
        logo
    ];
    container(content)
        .width(Length::Fill)
        .height(height(ctx.portrait, langs.len()))
        .clip(true)
        .style(move |_| container::Style {
            background: Some(header.into()),
            ..container::Style::default()
        })
        .into()
}

/// Where the customer is: "Step 2 of 6", never a target.
pub fn step_indicator<'a, M: 'a>(ctx: &Ctx<'a>, step: u32, color: iced::Color) -> Element<'a, M> {
    let label = text(ctx.step_text(step))
        .line_height(super::super::ctx::LINE_HEIGHT)
        .font(ctx.bold())
        .size(ctx.size(SMALL))
        .color(color)
        .wrapping(iced::widget::text::Wrapping::None);
    // The step's icon before its words, where there is room for both.
    let icon = super::icon::for_step(step)
        .filter(|_| !(ctx.portrait && ctx.prefs.large_text))
        .map(|i| super::icon::view(i, ctx.size(SMALL), color));
    container(
        Row::new()
            .spacing(8)
            .align_y(iced::Alignment::Center)
            .extend(icon)
            .push(label),
    )
    .height(TOUCH_MIN)
    .align_y(iced::alignment::Vertical::Center)
    .into()
}

fn pill<'a>(
    ctx: &Ctx<'a>,
    label: String,
    font: iced::Font,
    size: f32,
    role: Role,
    on: Message,
) -> Element<'a, Message> {
    button(
        center(
            text(label)
                .line_height(super::super::ctx::LINE_HEIGHT)
                .font(font)
                .size(size),
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

/// The language menu's width: three names a row, the longest on one line at large text.
const MENU_WIDTH: f32 = 1600.0;

/// The language menu over the screen: every offered language by its own name, large targets, and
/// a button that closes it. Choosing a language closes it too (the app's update); the screen and
/// what was entered stay as they were.
pub fn language_menu<'a>(ctx: &Ctx<'a>, langs: &[Lang]) -> Element<'a, Message> {
    // Three to a row, on a panel wide enough for the longest name ("Bahasa Indonesia") on one
    // line at large text; every button the size of the largest.
    const PER_ROW: usize = 3;
    let buttons = langs
        .iter()
        .map(|&lang| {
            let role = if lang == ctx.lang {
                Role::Selected
            } else {
                Role::Secondary
            };
            button(
                center(
                    text(lang.native_name().to_string())
                        .line_height(super::super::ctx::LINE_HEIGHT)
                        .font(font_for(lang, true))
                        .size(ctx.size(super::super::ctx::BODY)),
                )
                .width(Length::Fill)
                .height(Length::Fill),
            )
            .width(Length::Fill)
            .height(Length::Fill)
            .padding([16, 8])
            .style(theme::button_style(ctx.prefs, role))
            .on_press(Message::Lang(lang))
            .into()
        })
        .collect();
    let grid = super::equal_grid::equal_grid(buttons, PER_ROW, GAP);
    let close = pill(
        ctx,
        ctx.tr("ui-back"),
        ctx.bold(),
        ctx.size(SMALL),
        Role::Secondary,
        Message::LanguageMenu,
    );
    let panel = container(
        iced::widget::column![grid, close]
            .spacing(GAP * 1.5)
            .align_x(iced::Alignment::Center),
    )
    .padding(GAP * 2.0)
    .width(MENU_WIDTH)
    .style(theme::panel(ctx.prefs));
    // A dimmed backdrop that takes every tap, so nothing under the menu is touched by mistake.
    iced::widget::opaque(
        container(panel)
            .center_x(Length::Fill)
            .center_y(Length::Fill)
            .style(|_| container::Style {
                background: Some(iced::Color::from_rgba(0.0, 0.0, 0.0, 0.55).into()),
                ..container::Style::default()
            }),
    )
}
