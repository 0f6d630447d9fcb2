//! Status: what the carrier says about the SIM (carrier, plan, data left, expiry in Japan time),
//! with a warning badge when it has expired, expires within a week or has no data left.

use super::super::ctx::Ctx;
use super::super::theme::{GAP, Role};
use super::super::widget::{alert, badge, card};
use super::{Action, action, line, page};
use crate::carrier::Subscriber;
use crate::domain::Catalogue;
use crate::domain::expiry::{SimAlert, alerts};
use crate::flow::Event;
use crate::i18n::Lang;
use chrono::NaiveDate;
use iced::widget::{Column, Row, column};
use iced::{Element, Length};

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
    catalogue.carrier(carrier_id).map_or_else(
        || carrier_id.to_string(),
        |c| c.name_for(lang.tag()).to_owned(),
    )
}

/// The current plan in the customer's language when it is one of the catalogue's; otherwise
/// as the carrier calls it.
fn plan_name(ctx: &Ctx<'_>, catalogue: &Catalogue, sub: &Subscriber) -> String {
    sub.plan_id
        .as_deref()
        .and_then(|id| catalogue.plan(id))
        .map_or_else(
            || sub.plan_name.clone(),
            |p| ctx.name(p.name.get(ctx.lang.tag())),
        )
}

/// One warning in the customer's language.
pub fn alert_text(ctx: &Ctx<'_>, a: SimAlert) -> String {
    match a {
        SimAlert::Expired { days_ago } => {
            ctx.tr_with("ui-status-expired", &[("days", days_ago.into())])
        }
        SimAlert::ExpiresToday => ctx.tr("ui-status-expires-today"),
        SimAlert::ExpiresSoon { days } => {
            ctx.tr_with("ui-status-expires-soon", &[("days", days.into())])
        }
        SimAlert::NoDataLeft => ctx.tr("ui-status-no-data"),
    }
}

/// `today`: the date in Japan, from the root's clock.
pub fn view<'a>(
    ctx: &Ctx<'a>,
    catalogue: &Catalogue,
    sub: &Subscriber,
    today: NaiveDate,
) -> Element<'a, Message> {
    let facts = column![
        line(ctx, ctx.tr("ui-review-sim"), sub.sim.masked()),
        line(
            ctx,
            ctx.tr("ui-status-carrier"),
            ctx.name(&carrier_name(catalogue, ctx.lang, &sub.carrier_id))
        ),
        line(
            ctx,
            ctx.tr("ui-status-plan"),
            plan_name(ctx, catalogue, sub)
        ),
        line(
            ctx,
            ctx.tr("ui-status-data-left"),
            ctx.l10n.data_amount(ctx.lang, sub.data_left_mb)
        ),
        line(ctx, ctx.tr("ui-status-expires"), ctx.date(sub.expires_on)),
    ]
    .spacing(if ctx.portrait { GAP * 1.5 } else { GAP * 0.5 });
    // Expired or empty: an alert (it cannot be used until renewed); expiring soon: a badge.
    let warnings = alerts(sub.expires_on, sub.data_left_mb, today)
        .into_iter()
        .map(|a| match a {
            SimAlert::Expired { .. } | SimAlert::NoDataLeft => alert(ctx, alert_text(ctx, a)),
            SimAlert::ExpiresToday | SimAlert::ExpiresSoon { .. } => badge(ctx, alert_text(ctx, a)),
        });
    // Landscape has half the height: the warnings go beside the facts, not above them.
    let body: Element<'a, Message> = if ctx.portrait {
        Column::new()
            .spacing(GAP)
            .push(Row::with_children(warnings).spacing(GAP))
            .push(card(ctx, facts))
            .into()
    } else {
        Row::new()
            .spacing(GAP)
            .push(card(ctx, facts).width(Length::FillPortion(3)))
            .push(
                Column::with_children(warnings)
                    .spacing(GAP)
                    .width(Length::FillPortion(1)),
            )
            .into()
    };
    page(
        ctx,
        ctx.tr("ui-status-title"),
        body,
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
