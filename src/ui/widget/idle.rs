//! The "need more time?" prompt over the current screen, with a visible countdown.

use super::super::ctx::{Ctx, TITLE};
use super::super::theme::{self, Role};
use super::big;
use iced::widget::{center, column, container, opaque};
use iced::{Color, Element, Length};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MoreTime;

pub fn view<'a>(ctx: &Ctx<'a>, seconds_left: u64) -> Element<'a, MoreTime> {
    let countdown = ctx.tr_with("ui-idle-countdown", &[("seconds", seconds_left.into())]);
    let dialog = container(
        column![
            ctx.title("ui-idle-title"),
            ctx.heading(countdown, TITLE * 0.75),
            big(ctx, ctx.tr("ui-idle-more"), Role::Primary, Some(MoreTime)).height(120),
        ]
        .spacing(40)
        .align_x(iced::Alignment::Center),
    )
    .padding(48)
    .max_width(820)
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
