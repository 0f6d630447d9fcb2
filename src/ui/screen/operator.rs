//! The staff PIN pad, opened by a long press in the top-left corner. The operator screens come
//! with their own issue; until then the PIN is not checked and the pad says so plainly.

use super::super::ctx::{BODY, Ctx, TITLE};
use super::super::theme::{GAP, Role};
use super::super::widget::keypad::{Key, keypad};
use super::super::widget::{alert, card};
use super::{Action, action, page};
use iced::Element;
use iced::widget::column;

/// Longest PIN the pad accepts.
const PIN_MAX: usize = 12;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    digits: String,
    /// Set once "OK" was tapped: the PIN cannot be verified in this version.
    unavailable: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    Key(Key),
    Submit,
    Close,
}

impl State {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Key(Key::Digit(d)) if self.digits.len() < PIN_MAX => self.digits.push(d),
            Message::Key(Key::Digit(_)) => {}
            Message::Key(Key::Delete) => {
                self.digits.pop();
            }
            Message::Key(Key::Clear) => self.digits.clear(),
            Message::Submit => {
                // Never a fake success: the PIN is discarded and the pad says why.
                self.digits.clear();
                self.unavailable = true;
            }
            Message::Close => return Action::CloseOperator,
        }
        Action::None
    }

    pub fn view<'a>(&self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let dots = if self.digits.is_empty() {
            " ".to_string()
        } else {
            "●".repeat(self.digits.len())
        };
        let mut body = column![
            ctx.label(ctx.tr("ui-operator-pin"), BODY),
            card(
                ctx,
                ctx.heading(dots, TITLE)
                    .font(iced::Font::with_name(crate::i18n::fonts::JP))
            )
        ]
        .spacing(GAP);
        if self.unavailable {
            body = body.push(alert(ctx, ctx.tr("ui-operator-unavailable")));
        }
        body = body.push(keypad(
            ctx,
            if ctx.portrait { 120.0 } else { 80.0 },
            Message::Key,
        ));
        page(
            ctx,
            ctx.tr("ui-operator-title"),
            body,
            vec![
                action(
                    ctx,
                    "ui-operator-close",
                    Role::Secondary,
                    Some(Message::Close),
                ),
                action(
                    ctx,
                    "ui-identify-submit",
                    Role::Primary,
                    (!self.digits.is_empty()).then_some(Message::Submit),
                ),
            ],
        )
    }
}
