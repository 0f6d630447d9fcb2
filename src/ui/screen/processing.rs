//! Processing: the payment committed and the renewal is under way. No cancel, no time-out.

use super::super::ctx::{BODY, Ctx};
use super::super::theme::GAP;
use super::page;
use iced::Element;
use iced::widget::{column, progress_bar};

/// Nothing to tap here; the type keeps the one-module-per-screen shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {}

/// `step` counts what has happened (approved, renewed, printed) to move the bar.
pub fn view<'a>(ctx: &Ctx<'a>, step: u8) -> Element<'a, Message> {
    let body = column![
        progress_bar(0.0..=3.0, f32::from(step.min(3)) + 0.5).girth(24),
        ctx.label(ctx.tr("ui-processing-body"), BODY),
    ]
    .spacing(GAP * 2.0);
    page(ctx, ctx.tr("ui-processing-title"), body, vec![])
}
