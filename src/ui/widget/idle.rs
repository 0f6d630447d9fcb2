//! The "need more time?" prompt over the current screen, with a visible countdown.
//!
//! The dialog has a fixed size and the seconds are drawn in fixed-width cells (tabular figures),
//! so nothing in it moves while it counts down: a finger already on its way lands on the button
//! it aimed at.

use super::super::ctx::{BODY, Ctx, TITLE};
use super::super::theme::{self, GAP, Role};
use super::big;
use iced::widget::{Row, center, column, container, opaque, row, text};
use iced::{Alignment, Color, Element, Length};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    MoreTime,
    /// Give up now and return to the start (offered while nothing has been paid).
    StartOver,
}

/// The dialog's fixed size (px).
pub const WIDTH: f32 = 860.0;
pub const HEIGHT: f32 = 760.0;
/// Widget id of the dialog's frame (tests check its bounds).
pub const DIALOG_ID: &str = "idle-dialog";

pub fn view<'a>(ctx: &Ctx<'a>, seconds_left: u64, start_over: bool) -> Element<'a, Message> {
    let countdown = ctx.tr_with("ui-idle-countdown", &[("seconds", seconds_left.into())]);
    let mut buttons = Row::new().spacing(GAP).height(120);
    if start_over {
        buttons = buttons.push(
            big(
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
        big(
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
            .height(ctx.size(BODY) * 1.5 * 2.0)
            .align_y(Alignment::Center),
            buttons,
        ]
        .spacing(24)
        .align_x(Alignment::Center),
    )
    .id(iced::widget::Id::new(DIALOG_ID))
    .padding(40)
    .width(WIDTH)
    .height(HEIGHT)
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
    let size = TITLE * 2.0;
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
        .height(size * 1.5)
        .align_x(Alignment::Center)
        .into()
}
