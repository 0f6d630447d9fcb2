//! The two palettes and the WCAG contrast computation that checks them.

use iced::Color;

/// Named colours of one palette. `on_x` is the text colour drawn on `x`.
#[derive(Debug, Clone, Copy)]
pub struct Colors {
    pub bg: Color,
    pub surface: Color,
    pub text: Color,
    pub muted: Color,
    pub primary: Color,
    pub on_primary: Color,
    pub primary_pressed: Color,
    pub on_primary_pressed: Color,
    pub secondary_pressed: Color,
    pub on_secondary_pressed: Color,
    pub selected: Color,
    pub on_selected: Color,
    pub danger: Color,
    pub on_danger: Color,
    pub danger_pressed: Color,
    pub badge: Color,
    pub on_badge: Color,
    pub error_bg: Color,
    pub on_error_bg: Color,
    pub disabled: Color,
    pub on_disabled: Color,
    pub border: Color,
    pub border_width: f32,
}

const fn rgb(hex: u32) -> Color {
    Color::from_rgb8((hex >> 16) as u8, (hex >> 8) as u8, hex as u8)
}

pub const NORMAL: Colors = Colors {
    bg: rgb(0xF3F5F8),
    surface: rgb(0xFFFFFF),
    text: rgb(0x111827),
    muted: rgb(0x374151),
    primary: rgb(0x0B5CAD),
    on_primary: rgb(0xFFFFFF),
    primary_pressed: rgb(0x06305C),
    on_primary_pressed: rgb(0xFFFFFF),
    secondary_pressed: rgb(0x1F2937),
    on_secondary_pressed: rgb(0xFFFFFF),
    selected: rgb(0x0B5CAD),
    on_selected: rgb(0xFFFFFF),
    danger: rgb(0xB42318),
    on_danger: rgb(0xFFFFFF),
    danger_pressed: rgb(0x7A1A12),
    badge: rgb(0x8A3B00),
    on_badge: rgb(0xFFFFFF),
    error_bg: rgb(0xFDECEA),
    on_error_bg: rgb(0x8A1C13),
    disabled: rgb(0xD1D5DB),
    on_disabled: rgb(0x374151),
    border: rgb(0x9CA3AF),
    border_width: 2.0,
};

pub const HIGH_CONTRAST: Colors = Colors {
    bg: rgb(0x000000),
    surface: rgb(0x000000),
    text: rgb(0xFFFFFF),
    muted: rgb(0xFFFFFF),
    primary: rgb(0xFFD400),
    on_primary: rgb(0x000000),
    primary_pressed: rgb(0xFFFFFF),
    on_primary_pressed: rgb(0x000000),
    secondary_pressed: rgb(0xFFFFFF),
    on_secondary_pressed: rgb(0x000000),
    selected: rgb(0xFFD400),
    on_selected: rgb(0x000000),
    danger: rgb(0xFF8A80),
    on_danger: rgb(0x000000),
    danger_pressed: rgb(0xFFFFFF),
    badge: rgb(0x00E5FF),
    on_badge: rgb(0x000000),
    error_bg: rgb(0x000000),
    on_error_bg: rgb(0xFF8A80),
    disabled: rgb(0x000000),
    on_disabled: rgb(0xBDBDBD),
    border: rgb(0xFFFFFF),
    border_width: 3.0,
};

/// WCAG 2.x contrast ratio of two opaque colours (1.0 ..= 21.0).
pub fn contrast_ratio(a: Color, b: Color) -> f32 {
    fn lum(c: Color) -> f32 {
        let ch = |v: f32| {
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b)
    }
    let (la, lb) = (lum(a), lum(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_of_every_pair() {
        for (name, c) in [("normal", NORMAL), ("high-contrast", HIGH_CONTRAST)] {
            let pairs = [
                ("text/bg", c.text, c.bg),
                ("text/surface", c.text, c.surface),
                ("muted/bg", c.muted, c.bg),
                ("muted/surface", c.muted, c.surface),
                ("on_primary", c.on_primary, c.primary),
                (
                    "on_primary_pressed",
                    c.on_primary_pressed,
                    c.primary_pressed,
                ),
                (
                    "on_secondary_pressed",
                    c.on_secondary_pressed,
                    c.secondary_pressed,
                ),
                ("on_selected", c.on_selected, c.selected),
                ("on_danger", c.on_danger, c.danger),
                ("on_danger/pressed", c.on_danger, c.danger_pressed),
                ("on_badge", c.on_badge, c.badge),
                ("on_error_bg", c.on_error_bg, c.error_bg),
                ("on_disabled", c.on_disabled, c.disabled),
            ];
            for (pair, fg, bg) in pairs {
                let ratio = contrast_ratio(fg, bg);
                assert!(
                    ratio >= 4.5,
                    "{name} palette: {pair} contrast {ratio:.2} < 4.5"
                );
            }
        }
    }

    #[test]
    fn pressed_differs_from_active() {
        for c in [NORMAL, HIGH_CONTRAST] {
            assert_ne!(c.primary, c.primary_pressed);
            assert_ne!(c.surface, c.secondary_pressed);
            assert_ne!(c.danger, c.danger_pressed);
        }
    }
}
