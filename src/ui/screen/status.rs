//! Status: what the carrier says about the SIM (carrier, plan, data left, expiry).

use super::super::ctx::Ctx;
use super::super::theme::{GAP, Role};
use super::super::widget::card;
use super::{Action, action, line, page};
use crate::carrier::Subscriber;
use crate::domain::Catalogue;
use crate::flow::Event;
use crate::i18n::Lang;
use iced::Element;
use iced::widget::column;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    Continue,
    Back,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::Continue => Action::Flow(Event::ContinueToPlans),
        Message::Back => Action::Flow(Event::Back),
    }
}

/// The carrier's name as the customer knows it (Japanese brand name on the ja screens).
pub fn carrier_name(catalogue: &Catalogue, lang: Lang, carrier_id: &str) -> String {
    match catalogue.carrier(carrier_id) {
        Some(c) if lang == Lang::Ja => c.name_ja.clone().unwrap_or_else(|| c.name.clone()),
        Some(c) => c.name.clone(),
        None => carrier_id.to_string(),
    }
}

pub fn view<'a>(ctx: &Ctx<'a>, catalogue: &Catalogue, sub: &Subscriber) -> Element<'a, Message> {
    let facts = column![
        line(ctx, ctx.tr("ui-review-sim"), sub.sim.masked()),
        line(
            ctx,
            ctx.tr("ui-status-carrier"),
            carrier_name(catalogue, ctx.lang, &sub.carrier_id)
        ),
        line(ctx, ctx.tr("ui-status-plan"), sub.plan_name.clone()),
        line(
            ctx,
            ctx.tr("ui-status-data-left"),
            ctx.l10n.data_amount(ctx.lang, sub.data_left_mb)
        ),
        line(ctx, ctx.tr("ui-status-expires"), ctx.date(sub.expires_on)),
    ]
    .spacing(GAP * 1.5);
    page(
        ctx,
        ctx.tr("ui-status-title"),
        card(ctx, facts),
        vec![
            action(ctx, "ui-back", Role::Secondary, Some(Message::Back)),
            action(
                ctx,
                "ui-status-continue",
                Role::Primary,
                Some(Message::Continue),
            ),
        ],
    )
}
