//! Identify: the SIM's phone number (or its ICCID) on an on-screen keypad, formatted live
//! (`090-1234-5678`), with the exact reason when the entry is wrong.

use super::super::ctx::{BODY, Ctx, TITLE};
use super::super::theme::{self, GAP, Role};
use super::super::widget::keypad::{Key, keypad};
use super::super::widget::{alert, big, iccid_hint};
use super::{Action, action, page};
use crate::domain::sim::{ICCID_MAX_DIGITS, MSISDN_DIGITS};
use crate::domain::{NumberRules, format_partial, parse_sim_with};
use crate::flow::{Event, LookupFailure};
use fluent_bundle::FluentValue;
use iced::widget::{column, container, space};
use iced::{Element, Length};

/// The number/ICCID switch under the pad: fixed, so a longer label cannot lift the pad.
const SWITCH_HEIGHT: f32 = 96.0;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    #[default]
    Number,
    Iccid,
}

/// The entry survives a language switch (the root owns it) and is cleared on return to attract.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    pub mode: Mode,
    pub digits: String,
    /// Why the last submission was refused: a `sim.ftl` id and its arguments.
    pub error: Option<(&'static str, Vec<(&'static str, crate::domain::ArgValue)>)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    Key(Key),
    SwitchMode,
    Submit,
    Back,
}

/// What the flow says about the current lookup, drawn under the entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup<'a> {
    Idle,
    Running,
    Failed(&'a LookupFailure),
}

impl State {
    fn max_digits(&self) -> usize {
        match self.mode {
            Mode::Number => MSISDN_DIGITS,
            Mode::Iccid => ICCID_MAX_DIGITS,
        }
    }

    /// `rules`: which national numbers the catalogue's carriers sell (020 data SIMs or not).
    pub fn update(&mut self, message: Message, rules: NumberRules) -> Action {
        match message {
            Message::Key(key) => {
                self.error = None;
                match key {
                    Key::Digit(d) if self.digits.len() < self.max_digits() => self.digits.push(d),
                    Key::Digit(_) => {}
                    Key::Delete => {
                        self.digits.pop();
                    }
                    Key::Clear => self.digits.clear(),
                }
                Action::None
            }
            Message::SwitchMode => {
                self.mode = match self.mode {
                    Mode::Number => Mode::Iccid,
                    Mode::Iccid => Mode::Number,
                };
                self.digits.clear();
                self.error = None;
                Action::None
            }
            Message::Submit => match parse_sim_with(&self.digits, rules) {
                Ok(sim) => {
                    self.error = None;
                    Action::Flow(Event::SubmitSim(sim))
                }
                Err(e) => {
                    self.error = Some((e.fluent_id(), e.fluent_args()));
                    Action::None
                }
            },
            Message::Back => Action::Flow(Event::Back),
        }
    }

    pub fn view<'a>(&self, ctx: &Ctx<'a>, lookup: Lookup<'_>) -> Element<'a, Message> {
        let (title, hint, switch) = match self.mode {
            Mode::Number => (
                "ui-identify-title-number",
                "ui-identify-hint-number",
                "ui-identify-use-iccid",
            ),
            Mode::Iccid => (
                "ui-identify-title-iccid",
                "ui-identify-hint-iccid",
                "ui-identify-use-number",
            ),
        };
        let shown = if self.digits.is_empty() {
            " ".to_string()
        } else {
            format_partial(&self.digits)
        };
        let c = ctx.colors();
        let display = container(
            // Already large, and not scaled further: 20 digits stay on one line at either size.
            ctx.heading(shown, TITLE)
                .size(TITLE * 1.2)
                .wrapping(iced::widget::text::Wrapping::None)
                .font(iced::Font::with_name(crate::i18n::fonts::JP)),
        )
        .padding([16, 24])
        .width(Length::Fill)
        .style(theme::strip(c.surface, c.text, c.border));
        // One message at a time, in a zone of fixed height: an error never pushes the keypad.
        let message: Option<Element<'a, Message>> = if let Some((id, args)) = &self.error {
            let args: Vec<(&str, FluentValue<'_>)> = args
                .iter()
                .map(|(k, v)| (*k, FluentValue::from(v.clone())))
                .collect();
            Some(alert(ctx, ctx.tr_with(id, &args)))
        } else {
            match lookup {
                // In ICCID mode the free zone says where the number is printed.
                Lookup::Idle if self.mode == Mode::Iccid => Some(iccid_hint::view(ctx)),
                Lookup::Idle => None,
                Lookup::Running => Some(ctx.heading(ctx.tr("ui-identify-looking-up"), BODY).into()),
                Lookup::Failed(LookupFailure::NotFound) => {
                    Some(alert(ctx, ctx.tr("ui-lookup-not-found")))
                }
                Lookup::Failed(LookupFailure::Unavailable) => {
                    Some(alert(ctx, ctx.tr("ui-lookup-unavailable")))
                }
            }
        };
        let message_zone = container(message.unwrap_or_else(|| space().into()))
            .width(Length::Fill)
            .height(Length::Fill)
            .clip(true);
        let body = column![ctx.muted(ctx.tr(hint), BODY), display, message_zone]
            .spacing(GAP)
            .height(Length::Fill);
        let busy = lookup == Lookup::Running;
        // One size at either text size: the keys stay where the finger learnt them.
        let key_height = if ctx.portrait { 112.0 } else { 96.0 };
        let pad = keypad(ctx, key_height, !busy, Message::Key);
        let switch = big(
            ctx,
            ctx.tr(switch),
            Role::Secondary,
            (!busy).then_some(Message::SwitchMode),
        )
        .height(SWITCH_HEIGHT);
        // The pad is anchored to the bottom of the content zone, above the fixed action bar:
        // whatever happens above it (a message, a longer hint, a wrapped title) it stays put.
        let content: Element<'a, Message> = if ctx.portrait {
            column![body, pad, switch].spacing(GAP * 1.5).into()
        } else {
            iced::widget::row![
                column![body, switch]
                    .spacing(GAP * 1.5)
                    .width(Length::FillPortion(1)),
                column![space().height(Length::Fill), pad].width(Length::FillPortion(1))
            ]
            .spacing(GAP * 3.0)
            .into()
        };
        page(
            ctx,
            ctx.tr(title),
            content,
            vec![
                action(
                    ctx,
                    "ui-back",
                    Role::Secondary,
                    (!busy).then_some(Message::Back),
                ),
                action(
                    ctx,
                    "ui-identify-submit",
                    Role::Primary,
                    (!busy && !self.digits.is_empty()).then_some(Message::Submit),
                ),
            ],
        )
    }
}
