//! The staff PIN pad: digits are collected here and checked by the gate in a task (Argon2 takes
//! tens of milliseconds). Five wrong PINs lock the pad for five minutes; the pad counts down.

use super::view::{banner, header};
use super::{Action, Job, Message, Notice, PIN_MAX, Page, State};
use crate::ops::Attempt;
use crate::ops::pin::PIN_MIN_DIGITS;
use crate::ui::ctx::{BODY, Ctx, TITLE};
use crate::ui::screen::{action, page};
use crate::ui::theme::{GAP, Role};
use crate::ui::widget::keypad::{Key, keypad};
use crate::ui::widget::{alert, card};
use iced::widget::{Column, column, container, row, space};
use iced::{Element, Length};

pub(super) fn key(state: &mut State, key: Key) {
    if state.locked_secs().is_some() || state.busy {
        return;
    }
    match key {
        Key::Digit(d) if state.pin.len() < PIN_MAX => state.pin.push(d),
        Key::Digit(_) => {}
        Key::Delete => {
            state.pin.pop();
        }
        Key::Clear => state.pin.clear(),
    }
}

pub(super) fn submit(state: &mut State) -> Action {
    if state.busy || state.locked_secs().is_some() || state.pin.is_empty() {
        return Action::None;
    }
    // The PIN never stays on screen or in the state once sent.
    let pin = std::mem::take(&mut state.pin);
    state.pin_result = None;
    if !state.available {
        state.notice = Some(Notice::Failed("ui-operator-unavailable"));
        return Action::None;
    }
    if pin.len() < PIN_MIN_DIGITS {
        // Not a PIN the kiosk could have: no try is used up.
        state.notice = Some(Notice::Failed("op-pin-too-short"));
        return Action::None;
    }
    state.notice = None;
    state.busy = true;
    Action::Run(Job::Pin(pin))
}

pub(super) fn checked(state: &mut State, attempt: Attempt) -> Action {
    state.busy = false;
    state.pin_result = Some(attempt);
    match attempt {
        Attempt::Granted => {
            tracing::info!("operator: PIN accepted");
            state.unlocked = true;
            state.page = Page::Home;
            state.pin_result = None;
            Action::Run(Job::Status)
        }
        Attempt::LockedOut { retry_in } => {
            state.locked_until = Some(state.now + retry_in);
            Action::None
        }
        Attempt::Wrong { .. } | Attempt::Disabled => Action::None,
    }
}

pub(super) fn view<'a>(state: &'a State, ctx: &Ctx<'a>) -> Element<'a, Message> {
    let dots = if state.pin.is_empty() {
        " ".to_owned()
    } else {
        "●".repeat(state.pin.len())
    };
    let locked = state.locked_secs();
    // One message at a time, in a zone that takes the space left: the pad never moves.
    let message: Option<Element<'a, Message>> = if let Some(secs) = locked {
        let left = format!("{}:{:02}", secs / 60, secs % 60);
        Some(alert(
            ctx,
            ctx.tr_with("op-pin-locked", &[("time", left.into())]),
        ))
    } else if state.busy {
        Some(ctx.label(ctx.tr("op-pin-checking"), BODY).into())
    } else if let Some(attempt) = state.pin_result {
        match attempt {
            Attempt::Wrong { remaining } => Some(alert(
                ctx,
                ctx.tr_with("op-pin-wrong", &[("remaining", remaining.into())]),
            )),
            Attempt::Disabled => Some(alert(ctx, ctx.tr("op-pin-disabled"))),
            Attempt::Granted | Attempt::LockedOut { .. } => None,
        }
    } else {
        state.notice.as_ref().map(|notice| banner(ctx, notice))
    };
    // Portrait: the language pills head the entry. Landscape: they span the page above entry
    // and pad, so eleven names keep to one line.
    let mut entry = Column::new();
    if ctx.portrait {
        entry = entry.push(header(state, ctx));
    }
    let entry = entry
        .push(
            column![
                ctx.label(ctx.tr("ui-operator-pin"), BODY),
                card(
                    ctx,
                    ctx.heading(dots, TITLE)
                        .font(iced::Font::with_name(crate::i18n::fonts::JP))
                ),
                container(message.unwrap_or_else(|| space().into()))
                    .width(Length::Fill)
                    .height(Length::Fill)
                    .clip(true),
            ]
            .spacing(GAP)
            .height(Length::Fill),
        )
        .spacing(GAP)
        .height(Length::Fill);
    // Locked or checking: the keys are drawn disabled, as they are.
    let pad = keypad(
        ctx,
        if ctx.portrait { 112.0 } else { 96.0 },
        locked.is_none() && !state.busy,
        Message::PinKey,
    );
    let body: Element<'a, Message> = if ctx.portrait {
        column![entry, pad].spacing(GAP * 1.5).into()
    } else {
        column![
            header(state, ctx),
            row![
                entry.width(Length::FillPortion(1)),
                column![space().height(Length::Fill), pad].width(Length::FillPortion(1))
            ]
            .spacing(GAP * 3.0)
        ]
        .spacing(GAP)
        .into()
    };
    let can_submit = !state.pin.is_empty() && !state.busy && locked.is_none();
    page(
        ctx,
        ctx.tr("ui-operator-title"),
        body,
        vec![
            action(
                ctx,
                "ui-operator-close",
                Role::Secondary,
                Some(Message::Leave),
            ),
            action(
                ctx,
                "ui-identify-submit",
                Role::Primary,
                can_submit.then_some(Message::PinSubmit),
            ),
        ],
    )
}
