//! The note that closes a transaction by hand: a preset sentence in the operator's language, or
//! typed on the on-screen keyboard (letters, digits, a few signs; the kiosk has no keyboard).

use super::view::{banner, busy, header, pill};
use super::{Message as OpMessage, Page, State as OpState};
use crate::ui::ctx::{BODY, Ctx, SMALL};
use crate::ui::screen::{action, page};
use crate::ui::theme::{self, GAP, Role};
use crate::ui::widget::{alert, card};
use iced::widget::{Column, Row, button, center, column, text};
use iced::{Element, Length};

/// Preset notes (message ids), the common ways a transaction is settled outside the kiosk.
pub const PRESETS: [&str; 4] = [
    "op-note-refunded-cash",
    "op-note-terminal-no-charge",
    "op-note-customer-renewed",
    "op-note-duplicate",
];

/// Longest note kept (the journal stores it; the screen shows it).
const NOTE_MAX: usize = 200;

const ROWS: [&str; 4] = ["1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM.,-/"];

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Char(char),
    Space,
    Backspace,
    Clear,
    /// A preset sentence, already in the operator's language.
    Preset(String),
}

impl State {
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn update(&mut self, message: Message) {
        match message {
            Message::Char(c) if self.text.chars().count() < NOTE_MAX => self.text.push(c),
            Message::Space if !self.text.is_empty() && !self.text.ends_with(' ') => {
                self.text.push(' ')
            }
            Message::Char(_) | Message::Space => {}
            Message::Backspace => {
                self.text.pop();
            }
            Message::Clear => self.text.clear(),
            Message::Preset(s) => self.text = s.chars().take(NOTE_MAX).collect(),
        }
    }
}

fn key<'a>(ctx: &Ctx<'a>, label: String, on: Message, width: Length) -> Element<'a, OpMessage> {
    button(center(
        text(label)
            .line_height(crate::ui::ctx::LINE_HEIGHT)
            .font(ctx.bold())
            .size(ctx.size(SMALL)),
    ))
    .width(width)
    .height(if ctx.portrait { 80 } else { 64 })
    .style(theme::button_style(ctx.prefs, Role::Secondary))
    .on_press(OpMessage::Note(on))
    .into()
}

fn keyboard<'a>(ctx: &Ctx<'a>) -> Element<'a, OpMessage> {
    let mut rows = Column::new().spacing(GAP / 2.0);
    for keys in ROWS {
        let mut row = Row::new().spacing(GAP / 2.0);
        for c in keys.chars() {
            row = row.push(key(
                ctx,
                c.to_string(),
                Message::Char(c),
                Length::FillPortion(1),
            ));
        }
        rows = rows.push(row);
    }
    rows.push(
        Row::new()
            .spacing(GAP / 2.0)
            .push(key(
                ctx,
                ctx.tr("ui-keypad-clear"),
                Message::Clear,
                Length::FillPortion(2),
            ))
            .push(key(
                ctx,
                ctx.tr("op-key-space"),
                Message::Space,
                Length::FillPortion(5),
            ))
            .push(key(
                ctx,
                ctx.tr("ui-keypad-delete"),
                Message::Backspace,
                Length::FillPortion(2),
            )),
    )
    .into()
}

pub(super) fn view<'a>(state: &'a OpState, ctx: &Ctx<'a>) -> Element<'a, OpMessage> {
    let mut body = column![header(state, ctx)].spacing(GAP);
    if let Some(d) = state.opened() {
        body = body.push(ctx.muted(
            format!(
                "{} · {}",
                d.sim_masked,
                ctx.yen(crate::domain::Yen(d.total_yen))
            ),
            BODY,
        ));
    }
    if let Some(notice) = &state.notice {
        body = body.push(banner(ctx, notice));
    }
    if let Some(b) = busy(state, ctx) {
        body = body.push(b);
    }
    body = body.push(ctx.label(ctx.tr("op-note-presets"), BODY));
    let mut presets = Column::new().spacing(GAP / 2.0);
    for id in PRESETS {
        let s = ctx.tr(id);
        presets = presets.push(pill(
            ctx,
            s.clone(),
            ctx.font(),
            Role::Secondary,
            Some(OpMessage::Note(Message::Preset(s))),
        ));
    }
    body = body.push(presets);
    let typed = state.note.text();
    let shown = if typed.is_empty() {
        ctx.muted(ctx.tr("op-note-empty"), BODY)
    } else {
        ctx.heading(typed.to_owned(), BODY)
    };
    body = body.push(card(ctx, shown));
    if state.decisions.is_some() && state.opened().is_none() {
        body = body.push(alert(ctx, ctx.tr("op-decision-gone")));
    }
    body = body.push(keyboard(ctx));
    let can = !typed.trim().is_empty() && !state.busy && state.opened().is_some();
    page(
        ctx,
        ctx.tr("op-note-title"),
        body,
        vec![
            action(
                ctx,
                "op-back",
                Role::Secondary,
                Some(OpMessage::Go(Page::Decision)),
            ),
            action(
                ctx,
                "op-action-resolve",
                Role::Primary,
                can.then_some(OpMessage::Resolve),
            ),
        ],
    )
}
