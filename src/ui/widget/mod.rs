//! Touch widgets shared by the screens: big buttons, the keypad, the top bar, the idle prompt,
//! the icons.

pub mod bar;
pub mod equal_grid;
pub mod iccid_hint;
pub mod icon;
pub mod idle;
pub mod keypad;
pub mod logo;
pub mod touch;

use super::ctx::{BODY, Ctx};
use super::theme::{self, Role, TOUCH_MIN};
use iced::widget::{Button, button, center, container, text};
use iced::{Element, Length, alignment};

/// A large touch button with a centred, wrapping label. `on` = None draws it disabled.
pub fn big<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    label: String,
    role: Role,
    on: Option<M>,
) -> Button<'a, M> {
    large_button(ctx, label, role, on, Length::Shrink)
}

/// [`big`] that fills the height it is given, its label centred in it (one or two lines).
pub fn big_filled<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    label: String,
    role: Role,
    on: Option<M>,
) -> Button<'a, M> {
    large_button(ctx, label, role, on, Length::Fill)
}

/// Space above and below the label of a large button (px).
pub const LARGE_BUTTON_PADDING_Y: f32 = 18.0;
/// Space left and right of the label of a large button (px).
pub const LARGE_BUTTON_PADDING_X: f32 = 28.0;

/// The large button, as tall as its label (`Shrink`) or as the space it is given (`Fill`).
fn large_button<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    label: String,
    role: Role,
    on: Option<M>,
    height: Length,
) -> Button<'a, M> {
    let label = text(label)
        .line_height(super::ctx::LINE_HEIGHT)
        .font(ctx.bold())
        .size(ctx.size(BODY))
        .align_x(alignment::Horizontal::Center)
        .width(Length::Fill);
    button(center(label).height(height))
        .padding([LARGE_BUTTON_PADDING_Y, LARGE_BUTTON_PADDING_X])
        .height(height)
        .width(Length::Fill)
        .style(theme::button_style(ctx.prefs, role))
        .on_press_maybe(on)
}

/// A page section drawn as a card.
pub fn card<'a, M: 'a>(
    ctx: &Ctx<'a>,
    content: impl Into<Element<'a, M>>,
) -> container::Container<'a, M> {
    container(content)
        .padding(28)
        .width(Length::Fill)
        .style(theme::panel(ctx.prefs))
}

/// A message the customer must not miss (wrong entry, lookup failed, declined).
pub fn alert<'a, M: 'a>(ctx: &Ctx<'a>, message: String) -> Element<'a, M> {
    let c = ctx.colors();
    container(ctx.label(message, BODY).color(c.on_error_bg))
        .padding(20)
        .width(Length::Fill)
        .style(theme::strip(c.error_bg, c.on_error_bg, c.on_error_bg))
        .into()
}

/// Base text size of a badge.
pub const BADGE: f32 = 22.0;
/// A badge's vertical padding, both sides together.
pub const BADGE_PAD: f32 = 12.0;

/// A badge (promotion, saving).
pub fn badge<'a, M: 'a>(ctx: &Ctx<'a>, label: String) -> Element<'a, M> {
    badge_on(ctx, label, false)
}

/// A badge on a selected card or tile: framed in the selection's text colour, so it stands out
/// from the selected fill as it does from a plain one.
pub fn badge_on<'a, M: 'a>(ctx: &Ctx<'a>, label: String, selected: bool) -> Element<'a, M> {
    let c = ctx.colors();
    let frame = if selected { c.on_selected } else { c.badge };
    container(ctx.heading(label, BADGE).color(c.on_badge))
        .padding([BADGE_PAD / 2.0, 14.0])
        .style(theme::strip(c.badge, c.on_badge, frame))
        .into()
}

/// Minimum height so even a one-word button is a comfortable target.
pub const BUTTON_MIN: f32 = TOUCH_MIN;
