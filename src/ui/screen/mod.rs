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

use super::ctx::{BODY, Ctx};
use super::theme::{GAP, Role};
use super::widget::big;
use crate::flow::Event;
use iced::widget::{Column, Row, column, container, scrollable};
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

/// The common page shape: a title, the body, and the buttons at the bottom (the primary action
/// last, so it sits under the thumb). The body scrolls if large text makes it too tall.
pub fn page<'a, M: 'a>(
    ctx: &Ctx<'a>,
    title: String,
    body: impl Into<Element<'a, M>>,
    buttons: Vec<Element<'a, M>>,
) -> Element<'a, M> {
    let mut bottom = if ctx.portrait {
        Column::new().spacing(GAP).into()
    } else {
        Flex::Row(Row::new().spacing(GAP))
    };
    for b in buttons {
        bottom = bottom.push(b);
    }
    let pad = if ctx.portrait { 48 } else { 64 };
    column![
        ctx.heading(title, super::ctx::TITLE),
        scrollable(container(body).width(Length::Fill)).height(Length::Fill),
        bottom.into_element(),
    ]
    .spacing(32)
    .padding([24, pad])
    .width(Length::Fill)
    .height(Length::Fill)
    .into()
}

/// A bottom button of standard height.
pub fn action<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    id: &str,
    role: Role,
    on: Option<M>,
) -> Element<'a, M> {
    big(ctx, ctx.tr(id), role, on)
        .height(if ctx.prefs.large_text { 120 } else { 104 })
        .into()
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

/// Bottom buttons side by side in landscape, stacked in portrait.
enum Flex<'a, M> {
    Row(Row<'a, M>),
    Column(Column<'a, M>),
}

impl<'a, M: 'a> From<Column<'a, M>> for Flex<'a, M> {
    fn from(c: Column<'a, M>) -> Self {
        Flex::Column(c)
    }
}

impl<'a, M: 'a> Flex<'a, M> {
    fn push(self, e: Element<'a, M>) -> Self {
        match self {
            Flex::Row(r) => Flex::Row(r.push(e)),
            Flex::Column(c) => Flex::Column(c.push(e)),
        }
    }
    fn into_element(self) -> Element<'a, M> {
        match self {
            Flex::Row(r) => r.into(),
            Flex::Column(c) => c.into(),
        }
    }
}
