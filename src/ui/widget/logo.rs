//! The shop's logo (kiosk.toml `[store] logo`, a PNG) where the demo's own mark is drawn: the
//! header's corner and the attract screen. Scaled down to fit its place, never cropped.

use super::icon;
use crate::ui::ctx::Ctx;
use iced::widget::image::Handle;
use iced::{Color, ContentFit, Element, Length};
use std::path::Path;

/// Reads the logo once at start (the configuration already checked it is a PNG of sane size).
pub fn load(path: &Path) -> Option<Handle> {
    match std::fs::read(path) {
        Ok(bytes) => Some(Handle::from_bytes(bytes)),
        Err(e) => {
            tracing::warn!(path = %path.display(), error = %e, "store.logo unreadable: the demo mark is shown");
            None
        }
    }
}

/// The logo `height` pixels high and at most `max_width` wide (its aspect kept), or the demo's
/// mark in `color` when the shop has none.
pub fn view<'a, M: 'a>(ctx: &Ctx<'a>, height: f32, max_width: f32, color: Color) -> Element<'a, M> {
    match ctx.logo {
        Some(handle) => iced::widget::image(handle.clone())
            .height(Length::Fixed(height))
            .width(Length::Fixed(max_width))
            .content_fit(ContentFit::Contain)
            .into(),
        None => icon::view(icon::LOGO, height, color),
    }
}
