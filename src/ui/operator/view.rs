//! Drawing operator mode: the page for the current screen, in the operator's language, and the
//! pieces the pages share (language pills, the result banner, times in JST).

use super::{Message, Notice, Page, State};
use crate::i18n::Lang;
use crate::ui::ctx::{BODY, Ctx, SMALL, font_for};
use crate::ui::theme::{self, GAP, Role, TOUCH_MIN};
use crate::ui::widget::alert;
use chrono::{DateTime, Utc};
use iced::widget::{Row, button, center, container, text};
use iced::{Element, Length};

impl State {
    /// The current operator screen. Drawn in the operator's own language choice.
    pub fn view<'a>(&'a self, ctx: &Ctx<'a>) -> Element<'a, Message> {
        let ctx = ctx.in_lang(self.lang);
        let ctx = &ctx;
        match self.page {
            Page::Pin => super::pin_pad::view(self, ctx),
            Page::Home => super::home::view(self, ctx),
            Page::Decisions => super::decisions::list(self, ctx),
            Page::Decision => super::decisions::detail(self, ctx),
            Page::Note => super::note::view(self, ctx),
            Page::Reprint => super::reprint::view(self, ctx),
            Page::EndOfDay => super::end_of_day::view(self, ctx),
            Page::Service => super::service::view(self, ctx),
        }
    }
}

/// The operator's language pills (each name in its own script).
pub(super) fn header<'a>(state: &State, ctx: &Ctx<'a>) -> Element<'a, Message> {
    let mut row = Row::new().spacing(GAP / 2.0);
    // Eleven language names: at the normal size even under large text, so they keep to two
    // lines beside the PIN pad.
    let ctx = &Ctx {
        prefs: crate::ui::theme::Prefs {
            large_text: false,
            ..ctx.prefs
        },
        ..*ctx
    };
    for lang in Lang::ALL {
        let role = if lang == state.lang {
            Role::Selected
        } else {
            Role::Secondary
        };
        row = row.push(pill(
            ctx,
            lang.native_name().to_owned(),
            font_for(lang, false),
            role,
            Some(Message::Lang(lang)),
        ));
    }
    row.wrap().into()
}

/// A small button (navigation, list rows).
pub(super) fn pill<'a>(
    ctx: &Ctx<'a>,
    label: String,
    font: iced::Font,
    role: Role,
    on: Option<Message>,
) -> Element<'a, Message> {
    button(
        center(
            text(label)
                .line_height(crate::ui::ctx::LINE_HEIGHT)
                .font(font)
                .size(ctx.size(SMALL)),
        )
        .width(Length::Shrink),
    )
    .padding([8, 20])
    .height(TOUCH_MIN)
    .style(theme::button_style(ctx.prefs, role))
    .on_press_maybe(on)
    .into()
}

/// The outcome of the last action.
pub(super) fn banner<'a>(ctx: &Ctx<'a>, notice: &Notice) -> Element<'a, Message> {
    match notice {
        // A status line, not a button: no fill, no border, only the text in the accent colour.
        Notice::Done(id) => container(ctx.heading(ctx.tr(id), BODY).color(ctx.colors().primary))
            .padding([8, 0])
            .width(Length::Fill)
            .into(),
        Notice::Failed(id) => alert(ctx, ctx.tr(id)),
        Notice::Error(e) => alert(ctx, format!("{}\n{e}", ctx.tr("op-action-failed"))),
    }
}

/// A moment as staff read it: Japan time, written the way of the staff's language
/// (`2026年12月5日 14:28`, `Dec 5, 2026, 2:28 PM`, `5.12.2026, 14:28`). It was `12-05 14:28` in
/// every language, which a European reads as 12 May.
pub(super) fn jst_time(ctx: &Ctx<'_>, at: DateTime<Utc>) -> String {
    ctx.l10n
        .value(ctx.l10n.date_time(ctx.lang, at.fixed_offset()))
}

/// The localized name of a journal state.
pub(super) fn state_name(ctx: &Ctx<'_>, state: crate::journal::TxState) -> String {
    ctx.tr(&format!("op-state-{}", state.as_str().replace('_', "-")))
}

/// "Working…" while a job runs.
pub(super) fn busy<'a>(state: &State, ctx: &Ctx<'a>) -> Option<Element<'a, Message>> {
    state
        .busy
        .then(|| ctx.muted(ctx.tr("op-working"), BODY).into())
}

/// A label and its value on one line (long values wrap): compact enough that a transaction's
/// facts and its actions fit on one portrait screen.
pub(super) fn fact<'a>(ctx: &Ctx<'a>, label: String, value: String) -> Element<'a, Message> {
    iced::widget::row![
        ctx.muted(label, SMALL).width(Length::FillPortion(2)),
        ctx.heading(value, SMALL).width(Length::FillPortion(3)),
    ]
    .spacing(GAP)
    .into()
}
