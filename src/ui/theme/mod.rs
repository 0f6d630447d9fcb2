//! Colours and sizes: a normal and a high-contrast palette, and a large-text scale.
//!
//! Every text/background pair here has a contrast ratio of at least 4.5:1 (WCAG 2.x AA); the test
//! `contrast_of_every_pair` computes it, so a colour change that breaks it fails there.

use iced::widget::{button, container};
use iced::{Background, Border, Color, Shadow, Theme};

mod palette;
pub use palette::{Colors, contrast_ratio};

/// What the customer chose with the toggles on every screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Prefs {
    pub high_contrast: bool,
    pub large_text: bool,
}

impl Prefs {
    pub fn colors(self) -> &'static Colors {
        if self.high_contrast {
            &palette::HIGH_CONTRAST
        } else {
            &palette::NORMAL
        }
    }

    /// A text size in logical pixels, scaled up by the large-text toggle.
    pub fn size(self, base: f32) -> f32 {
        if self.large_text {
            (base * 1.3).round()
        } else {
            base
        }
    }

    /// The iced theme whose base colours match the palette (window background, default text).
    pub fn theme(self) -> Theme {
        let c = self.colors();
        Theme::custom(
            if self.high_contrast {
                "kiosk-high-contrast"
            } else {
                "kiosk"
            },
            iced::theme::Palette {
                background: c.bg,
                text: c.text,
                primary: c.primary,
                success: c.primary,
                warning: c.badge,
                danger: c.danger,
            },
        )
    }
}

/// Black or white, whichever contrasts more with `bg`: at least 4.58:1 for any colour (WCAG AA
/// needs 4.5), so a shop's brand colour never makes the text on it unreadable.
pub fn text_on(bg: Color) -> Color {
    if contrast_ratio(Color::BLACK, bg) >= contrast_ratio(Color::WHITE, bg) {
        Color::BLACK
    } else {
        Color::WHITE
    }
}

/// Minimum touch target (px); buttons are at least this tall and wide.
pub const TOUCH_MIN: f32 = 72.0;
/// Gap between neighbouring touch targets.
pub const GAP: f32 = 20.0;

/// How a button looks: its role decides the colours; pressed is always visibly darker/inverted
/// because touch has no hover.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Primary,
    Secondary,
    Danger,
    /// A selectable card or option that is currently selected.
    Selected,
}

pub fn button_style(prefs: Prefs, role: Role) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_theme, status| {
        let c = prefs.colors();
        let (bg, fg, pressed_bg, pressed_fg) = match role {
            Role::Primary => (
                c.primary,
                c.on_primary,
                c.primary_pressed,
                c.on_primary_pressed,
            ),
            Role::Secondary => (
                c.surface,
                c.text,
                c.secondary_pressed,
                c.on_secondary_pressed,
            ),
            Role::Danger => (c.danger, c.on_danger, c.danger_pressed, c.on_danger),
            Role::Selected => (
                c.selected,
                c.on_selected,
                c.primary_pressed,
                c.on_primary_pressed,
            ),
        };
        let (bg, fg) = match status {
            button::Status::Pressed => (pressed_bg, pressed_fg),
            button::Status::Disabled => (c.disabled, c.on_disabled),
            // Hover is not a state on a touch screen: it looks like Active.
            button::Status::Active | button::Status::Hovered => (bg, fg),
        };
        button::Style {
            background: Some(Background::Color(bg)),
            text_color: fg,
            border: Border {
                color: c.border,
                width: c.border_width,
                radius: 14.0.into(),
            },
            shadow: Shadow::default(),
            snap: true,
        }
    }
}

/// One segment of a segmented control: a button whose outer corners are rounded only at the
/// ends of the control, so the segments read as one piece.
pub fn segment_style(
    prefs: Prefs,
    role: Role,
    first: bool,
    last: bool,
) -> impl Fn(&Theme, button::Status) -> button::Style {
    let base = button_style(prefs, role);
    move |theme, status| {
        let mut style = base(theme, status);
        let (l, r) = (
            if first { 14.0 } else { 0.0 },
            if last { 14.0 } else { 0.0 },
        );
        style.border.radius = iced::border::Radius {
            top_left: l,
            bottom_left: l,
            top_right: r,
            bottom_right: r,
        };
        style
    }
}

/// A card/panel on the page background.
pub fn panel(prefs: Prefs) -> impl Fn(&Theme) -> container::Style {
    move |_| {
        let c = prefs.colors();
        container::Style {
            background: Some(Background::Color(c.surface)),
            text_color: Some(c.text),
            border: Border {
                color: c.border,
                width: c.border_width,
                radius: 18.0.into(),
            },
            ..container::Style::default()
        }
    }
}

/// The page itself.
pub fn page(prefs: Prefs) -> impl Fn(&Theme) -> container::Style {
    move |_| {
        let c = prefs.colors();
        container::Style {
            background: Some(Background::Color(c.bg)),
            text_color: Some(c.text),
            ..container::Style::default()
        }
    }
}

/// A coloured strip (badges, error boxes, the idle prompt).
pub fn strip(bg: Color, fg: Color, border: Color) -> impl Fn(&Theme) -> container::Style {
    move |_| container::Style {
        background: Some(Background::Color(bg)),
        text_color: Some(fg),
        border: Border {
            color: border,
            width: 2.0,
            radius: 12.0.into(),
        },
        ..container::Style::default()
    }
}
