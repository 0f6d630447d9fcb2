//! One module per step of the flow. Each has its `Message`, an `update` that returns an
//! [`Action`] for the root, and a `view`; screens with input of their own keep a `State`.

pub mod attract;
pub mod done;
pub mod failed;
pub mod identify;
pub mod language;
pub mod out_of_service;
pub mod pay;
pub mod plans;
pub mod processing;
pub mod receipt;
pub mod renewal_pending;
pub mod review;
pub mod status;
pub mod wallet;

use super::ctx::{BODY, Ctx};
use super::theme::{GAP, Role};
use super::widget::big;
use crate::flow::Event;
use iced::widget::{Row, column, container};
use iced::{Element, Length};

/// What a screen asks the root to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    /// Hand this event to the flow.
    Flow(Event),
    /// Price this plan for this many periods and hand the quote to the flow.
    ChoosePlan {
        plan_id: String,
        periods: u32,
    },
    /// Leave the operator PIN pad.
    CloseOperator,
}

/// Height of the action bar at the bottom of every page (fixed: the buttons never move).
pub const ACTION_BAR: f32 = 120.0;

/// The common page shape, in fixed zones: a title zone two title lines tall, the body in the
/// remaining space, and the action bar anchored to the bottom (back left, the primary action right,
/// a single button full width). Nothing in the body can push the zones around it.
pub fn page<'a, M: 'a>(
    ctx: &Ctx<'a>,
    title: String,
    body: impl Into<Element<'a, M>>,
    buttons: Vec<Element<'a, M>>,
) -> Element<'a, M> {
    zones(
        ctx,
        ctx.heading(title, super::ctx::TITLE),
        title_zone(ctx),
        body,
        Bottom::Buttons(buttons),
    )
}

/// [`page`] ending in several choices of equal rank (the payment methods on review): each its own
/// button of the same size, tall enough for a two-line label at the current text size, so no
/// language's longer label makes one method look smaller or spills out of its button. They take
/// the action bar's place, Back left, and Back (made with [`choice`] too) is as tall as they are.
pub fn page_with_choices<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    title: String,
    body: impl Into<Element<'a, M>>,
    back: Element<'a, M>,
    choices: Vec<Element<'a, M>>,
) -> Element<'a, M> {
    zones(
        ctx,
        ctx.heading(title, super::ctx::TITLE),
        title_zone(ctx),
        body,
        Bottom::Choices { back, choices },
    )
}

/// A choice button for [`page_with_choices`]: fills the height the page gives its choices.
pub fn choice<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    id: &str,
    role: Role,
    on: Option<M>,
) -> Element<'a, M> {
    super::widget::big_filled(ctx, ctx.tr(id), role, on).into()
}

/// Height of a row of choices: two label lines at the current text size and the button's padding,
/// never lower than the action bar.
pub fn choice_height(ctx: &Ctx<'_>) -> f32 {
    let two_lines = ctx.size(BODY) * 1.5 * 2.0 + 2.0 * 18.0;
    two_lines.ceil().max(ACTION_BAR)
}

/// The ids of the choices' frames, in order (the tests find them by these).
pub const CHOICE_IDS: [&str; 4] = ["choice-1", "choice-2", "choice-3", "choice-4"];

/// What ends a page: the action bar's buttons, or choices of equal rank with Back.
enum Bottom<'a, M> {
    Buttons(Vec<Element<'a, M>>),
    Choices {
        back: Element<'a, M>,
        choices: Vec<Element<'a, M>>,
    },
}

fn bottom_zone<'a, M: 'a>(ctx: &Ctx<'a>, bottom: Bottom<'a, M>) -> Element<'a, M> {
    match bottom {
        Bottom::Buttons(buttons) => {
            let mut bar = Row::new().spacing(GAP).height(ACTION_BAR);
            let n = buttons.len();
            for (i, b) in buttons.into_iter().enumerate() {
                // The last (primary) button takes the larger share, under the thumb.
                let share = if i + 1 < n { 1 } else { 2 };
                bar = bar.push(container(b).width(Length::FillPortion(share)));
            }
            bar.into()
        }
        Bottom::Choices { back, choices } => {
            // One row, as the action bar (Back left), only taller; every button fills it.
            let mut row = Row::new()
                .spacing(GAP)
                .height(choice_height(ctx))
                .push(container(back).width(Length::FillPortion(1)));
            for (c, id) in choices.into_iter().zip(CHOICE_IDS) {
                row = row.push(
                    container(c)
                        .id(iced::widget::Id::new(id))
                        .width(Length::FillPortion(2)),
                );
            }
            row.into()
        }
    }
}

/// [`page`] with a title drawn by the caller (several languages at once, each its own piece):
/// two title lines in either orientation, as the greetings may wrap.
pub fn page_titled<'a, M: 'a>(
    ctx: &Ctx<'a>,
    title: impl Into<Element<'a, M>>,
    body: impl Into<Element<'a, M>>,
    buttons: Vec<Element<'a, M>>,
) -> Element<'a, M> {
    let two_lines = (ctx.size(super::ctx::TITLE) * 1.5 * 2.0).ceil();
    zones(ctx, title, two_lines, body, Bottom::Buttons(buttons))
}

fn zones<'a, M: 'a>(
    ctx: &Ctx<'a>,
    title: impl Into<Element<'a, M>>,
    title_height: f32,
    body: impl Into<Element<'a, M>>,
    bottom: Bottom<'a, M>,
) -> Element<'a, M> {
    let bottom = bottom_zone(ctx, bottom);
    let pad = if ctx.portrait { 48 } else { 64 };
    // Landscape: the step indicator at the end of the title line (the header row is full).
    let title: Element<'a, M> = match ctx.step.filter(|_| !ctx.portrait) {
        Some(n) => Row::new()
            .spacing(GAP)
            .align_y(iced::Alignment::Center)
            .push(container(title).width(Length::Fill))
            .push(super::widget::bar::step_indicator(
                ctx,
                n,
                ctx.colors().text,
            ))
            .into(),
        None => title.into(),
    };
    column![
        container(title)
            .height(title_height)
            .width(Length::Fill)
            .align_y(iced::alignment::Vertical::Center)
            .clip(true),
        // No scrolling on a kiosk: the body is laid out to fit its zone.
        container(body).width(Length::Fill).height(Length::Fill),
        bottom,
    ]
    .spacing(32)
    .padding([24, pad])
    .width(Length::Fill)
    .height(Length::Fill)
    .into()
}

/// The title zone holds two lines of the title at the current text size in portrait, so a title
/// that wraps in one language does not push the body down in another. Landscape is wide enough
/// for every title on one line and short of height: one line.
pub fn title_zone(ctx: &Ctx<'_>) -> f32 {
    let lines = if ctx.portrait { 2.0 } else { 1.0 };
    (ctx.size(super::ctx::TITLE) * 1.5 * lines).ceil()
}

/// A bottom button of standard height.
pub fn action<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    id: &str,
    role: Role,
    on: Option<M>,
) -> Element<'a, M> {
    big(ctx, ctx.tr(id), role, on).height(ACTION_BAR).into()
}

/// A label/value line for the status and review screens.
pub fn line<'a, M: 'a>(ctx: &Ctx<'a>, label: String, value: String) -> Element<'a, M> {
    if ctx.portrait {
        column![
            ctx.muted(label, super::ctx::SMALL),
            ctx.heading(value, BODY)
        ]
        .spacing(4)
        .into()
    } else {
        iced::widget::row![
            ctx.muted(label, BODY).width(Length::FillPortion(2)),
            ctx.heading(value, BODY).width(Length::FillPortion(3))
        ]
        .spacing(GAP)
        .into()
    }
}
