//! The on-screen number pad: 1-9, 0, delete, clear. Keys are at least 96 px tall and spaced.

use super::super::ctx::{Ctx, TITLE};
use super::super::theme::{self, GAP, Role};
use iced::widget::{Column, Row, button, center, container, text};
use iced::{Element, Length};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Digit(char),
    Delete,
    Clear,
}

/// The widget id of a key's cell: `keypad-0` … `keypad-9`, `keypad-delete`, `keypad-clear`.
pub fn key_id(key: Key) -> iced::widget::Id {
    const DIGITS: [&str; 10] = [
        "keypad-0", "keypad-1", "keypad-2", "keypad-3", "keypad-4", "keypad-5", "keypad-6",
        "keypad-7", "keypad-8", "keypad-9",
    ];
    iced::widget::Id::new(match key {
        Key::Digit(d) => d
            .to_digit(10)
            .and_then(|i| DIGITS.get(i as usize).copied())
            .unwrap_or("keypad-digit"),
        Key::Delete => "keypad-delete",
        Key::Clear => "keypad-clear",
    })
}

/// Every key of the pad, in reading order.
pub const KEYS: [Key; 12] = [
    Key::Digit('1'),
    Key::Digit('2'),
    Key::Digit('3'),
    Key::Digit('4'),
    Key::Digit('5'),
    Key::Digit('6'),
    Key::Digit('7'),
    Key::Digit('8'),
    Key::Digit('9'),
    Key::Clear,
    Key::Digit('0'),
    Key::Delete,
];

/// The pad; `key_height` grows with the window (portrait windows have more room). A pad that is
/// not `enabled` (locked, busy) draws every key disabled and answers no tap.
pub fn keypad<'a, M: Clone + 'a>(
    ctx: &Ctx<'a>,
    key_height: f32,
    enabled: bool,
    on_key: impl Fn(Key) -> M,
) -> Element<'a, M> {
    let rows: [[Key; 3]; 4] = [
        [Key::Digit('1'), Key::Digit('2'), Key::Digit('3')],
        [Key::Digit('4'), Key::Digit('5'), Key::Digit('6')],
        [Key::Digit('7'), Key::Digit('8'), Key::Digit('9')],
        [Key::Clear, Key::Digit('0'), Key::Delete],
    ];
    let mut pad = Column::new().spacing(GAP);
    for keys in rows {
        let mut row = Row::new().spacing(GAP);
        for key in keys {
            let (label, size, role) = match key {
                // Large text, but never taller than the key: a digit cut at the bottom reads wrong.
                Key::Digit(d) => (
                    d.to_string(),
                    ctx.size(TITLE).min(key_height / 1.5 - 8.0),
                    Role::Secondary,
                ),
                Key::Delete => (ctx.tr("ui-keypad-delete"), ctx.size(26.0), Role::Secondary),
                Key::Clear => (ctx.tr("ui-keypad-clear"), ctx.size(26.0), Role::Secondary),
            };
            let font = if matches!(key, Key::Digit(_)) {
                ctx.bold()
            } else {
                ctx.font()
            };
            // Each key in a container with a stable id, so tests can find its bounds.
            row = row.push(
                container(
                    button(center(
                        text(label)
                            .line_height(super::super::ctx::LINE_HEIGHT)
                            .font(font)
                            .size(size),
                    ))
                    .width(Length::FillPortion(1))
                    .height(key_height)
                    .style(theme::button_style(ctx.prefs, role))
                    .on_press_maybe(enabled.then(|| on_key(key))),
                )
                .id(key_id(key))
                .width(Length::FillPortion(1)),
            );
        }
        pad = pad.push(row);
    }
    pad.into()
}
