//! The "need more time?" prompt over the current screen, with a visible countdown.
//!
//! The dialog has a fixed size and the seconds are drawn in fixed-width cells (tabular figures),
//! so nothing in it moves while it counts down: a finger already on its way lands on the button
//! it aimed at.

use super::super::ctx::{BODY, Ctx, LINE_HEIGHT_FACTOR, TITLE};
use super::super::theme::{self, GAP, Role};
use super::{LARGE_BUTTON_PADDING_Y, big_filled};
use iced::widget::{Row, center, column, container, opaque, row, text};
use iced::{Alignment, Color, Element, Length};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    MoreTime,
    /// Give up now and return to the start (offered while nothing has been paid).
    StartOver,
}

/// The dialog's width (px); its height follows the text size ([`height`]).
pub const WIDTH: f32 = 860.0;
/// Padding inside the dialog and space between its rows (px).
pub const PADDING: f32 = 40.0;
const SPACING: f32 = 24.0;
/// Widget id of the dialog's frame (tests check its bounds).
pub const DIALOG_ID: &str = "idle-dialog";

/// The dialog's height for body text `body` px and titles `title` px: two lines of title (German
/// "Brauchen Sie mehr / Zeit?" at large text ran into the seconds), the seconds, two lines of
/// countdown and the buttons. Fixed for the whole countdown.
pub fn height(body: f32, title: f32) -> f32 {
    2.0 * PADDING
        + 2.0 * title * LINE_HEIGHT_FACTOR
        + figures_height()
        + 2.0 * body * LINE_HEIGHT_FACTOR
        + buttons_height(body)
        + 3.0 * SPACING
}

/// The buttons' height for labels `text_size` px tall: room for two lines ("ต้องการเวลา / เพิ่ม"
/// at large text), the same for every second of the countdown, so they never move under a finger.
pub fn buttons_height(text_size: f32) -> f32 {
    2.0 * text_size * LINE_HEIGHT_FACTOR + 2.0 * LARGE_BUTTON_PADDING_Y
}

pub fn view<'a>(ctx: &Ctx<'a>, seconds_left: u64, start_over: bool) -> Element<'a, Message> {
    let countdown = ctx.tr_with("ui-idle-countdown", &[("seconds", seconds_left.into())]);
    let mut buttons = Row::new()
        .spacing(GAP)
        .height(buttons_height(ctx.size(BODY)));
    if start_over {
        buttons = buttons.push(
            big_filled(
                ctx,
                ctx.tr("ui-idle-start-over"),
                Role::Secondary,
                Some(Message::StartOver),
            )
            .height(Length::Fill)
            .width(Length::FillPortion(1)),
        );
    }
    buttons = buttons.push(
        big_filled(
            ctx,
            ctx.tr("ui-idle-more"),
            Role::Primary,
            Some(Message::MoreTime),
        )
        .height(Length::Fill)
        .width(Length::FillPortion(1)),
    );
    let dialog = container(
        column![
            container(ctx.title("ui-idle-title").align_x(Alignment::Center))
                .width(Length::Fill)
                .height(Length::Fill)
                .align_x(Alignment::Center)
                .align_y(Alignment::Center),
            figures(ctx, seconds_left),
            container(
                ctx.label(countdown, BODY)
                    .align_x(Alignment::Center)
                    .width(Length::Fill)
            )
            .height(2.0 * ctx.size(BODY) * LINE_HEIGHT_FACTOR)
            .align_y(Alignment::Center),
            buttons,
        ]
        .spacing(SPACING)
        .align_x(Alignment::Center),
    )
    .id(iced::widget::Id::new(DIALOG_ID))
    .padding(PADDING)
    .width(WIDTH)
    .height(height(ctx.size(BODY), ctx.size(TITLE)))
    .clip(true)
    .style(theme::panel(ctx.prefs));
    // The dimmed backdrop is opaque: a tap outside the dialog must not reach the screen below.
    opaque(
        center(dialog)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(|_| container::Style {
                background: Some(Color::from_rgba8(0, 0, 0, 0.6).into()),
                ..Default::default()
            }),
    )
}

/// The seconds as a large figure, one fixed-width cell per digit (two cells: the prompt never
/// lasts 100 s), so "10" → "9" does not shift anything.
fn figures<'a>(ctx: &Ctx<'a>, seconds: u64) -> Element<'a, Message> {
    let size = FIGURES;
    let digits = format!("{:>2}", seconds.min(99));
    let cells = digits.chars().map(|d| {
        container(
            text(d.to_string())
                .size(size)
                .line_height(super::super::ctx::LINE_HEIGHT)
                .font(ctx.bold())
                .color(ctx.colors().primary),
        )
        .width(size * 0.62)
        .align_x(Alignment::Center)
        .into()
    });
    container(row(cells))
        .width(Length::Fill)
        .height(figures_height())
        .align_x(Alignment::Center)
        .into()
}

/// The seconds' size (px): not scaled by large text, already twice a title.
const FIGURES: f32 = TITLE * 2.0;

fn figures_height() -> f32 {
    FIGURES * LINE_HEIGHT_FACTOR
}
