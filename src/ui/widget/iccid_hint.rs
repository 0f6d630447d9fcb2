//! Where to find the ICCID: a small drawing of the plastic card a SIM comes in, with the ICCID
//! printed under the SIM cut-out, and the phone settings that show it. Drawn from containers, so
//! it follows the palette (high contrast included) and needs no image files.

use super::super::ctx::{Ctx, SMALL};
use super::super::theme::{self, GAP};
use iced::widget::{Column, column, container, row, space, text};
use iced::{Element, Length};

/// The hint, laid out to fit the free zone between the entry and the keypad.
pub fn view<'a, M: 'a>(ctx: &Ctx<'a>) -> Element<'a, M> {
    // Landscape has half the width for it: the three places, without the heading.
    let heading = ctx
        .portrait
        .then(|| ctx.heading(ctx.tr("ui-identify-iccid-where"), SMALL).into());
    let lines = Column::with_children(heading.into_iter().chain([
        ctx.label(ctx.tr("ui-identify-iccid-card"), SMALL).into(),
        ctx.label(ctx.tr("ui-identify-iccid-iphone"), SMALL).into(),
        ctx.label(ctx.tr("ui-identify-iccid-android"), SMALL).into(),
    ]))
    .spacing(4)
    .width(Length::Fill);
    row![card(ctx), lines]
        .spacing(GAP)
        .align_y(iced::Alignment::Center)
        .width(Length::Fill)
        .into()
}

/// The card: a rounded rectangle, the SIM's outline in one corner, and the ICCID's digits
/// highlighted under it, where carriers print them.
fn card<'a, M: 'a>(ctx: &Ctx<'a>) -> Element<'a, M> {
    let c = ctx.colors();
    let sim = container(
        container(space().width(26).height(20)).style(theme::strip(c.badge, c.badge, c.border)),
    )
    .padding(10)
    .style(theme::strip(c.surface, c.text, c.text));
    let digits = container(
        text("8981 …")
            .size(16)
            .font(iced::Font::with_name(crate::i18n::fonts::JP))
            .color(c.on_selected),
    )
    .padding([2, 8])
    .style(theme::strip(c.selected, c.on_selected, c.selected));
    container(
        column![row![space().width(Length::Fill), sim], digits]
            .spacing(8)
            .width(Length::Fill),
    )
    .padding(12)
    .width(160)
    .height(104)
    .style(theme::strip(c.bg, c.text, c.muted))
    .into()
}
