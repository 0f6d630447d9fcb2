//! Review: the items, each discount, the total and the consumption tax it contains; then the
//! new expiry (Japan time) and whether unused data carries over, all before the customer pays.

use super::super::ctx::{BODY, Ctx, SMALL};
use super::super::theme::{GAP, Role};
use super::super::widget::card;
use super::{Action, action, choice, line, page, page_with_choices};
use crate::carrier::Subscriber;
use crate::domain::expiry::extended_expiry;
use crate::domain::quote::{DiscountKind, Quote};
use crate::domain::{Catalogue, Yen};
use crate::flow::{Event, PaymentMethod};
use chrono::NaiveDate;
use iced::widget::{Column, Row, column, container, rule};
use iced::{Element, Length};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// Pay by card.
    Pay,
    /// Pay by the method chosen among several (or the only one, when it is not the card).
    PayBy(PaymentMethod),
    Back,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::Pay => Action::Flow(Event::ConfirmPayment),
        Message::PayBy(method) => Action::Flow(Event::ConfirmPaymentBy(method)),
        Message::Back => Action::Flow(Event::Back),
    }
}

/// What `periods` periods of `days` days are: "15 days", "2 × 15 days (30 days)",
/// 「2回分（計30日間）」.
pub fn periods_text(ctx: &Ctx<'_>, days: u32, periods: u32) -> String {
    ctx.tr_with(
        "common-periods",
        &[
            ("count", periods.into()),
            ("days", days.into()),
            ("total", days.saturating_mul(periods).into()),
        ],
    )
}

/// "Travel 10GB · 2 × 15 days (30 days)" in the customer's language.
pub fn item_name(ctx: &Ctx<'_>, catalogue: &Catalogue, quote: &Quote) -> String {
    match catalogue.plan(&quote.plan_id) {
        Some(p) => ctx.tr_with(
            "ui-review-item",
            &[
                ("name", p.name.get(ctx.lang.tag()).to_owned().into()),
                ("periods", periods_text(ctx, p.days, quote.periods).into()),
            ],
        ),
        None => quote.plan_id.clone(),
    }
}

/// The expiry this purchase gives (the carrier's rule: appended after the current expiry, or
/// from today when expired) and the carrier's carry-over rule, as two lines.
fn after_renewal<'a, M: 'a>(
    ctx: &Ctx<'a>,
    catalogue: &Catalogue,
    sub: &Subscriber,
    quote: &Quote,
    today: NaiveDate,
) -> Column<'a, M> {
    let mut lines = Column::new().spacing(GAP);
    if let Some(new) = catalogue
        .plan(&quote.plan_id)
        .and_then(|p| extended_expiry(sub.expires_on, today, p.days, quote.periods))
    {
        lines = lines.push(line(ctx, ctx.tr("ui-review-new-expiry"), ctx.date(new)));
    }
    let carries = catalogue
        .carrier(&quote.carrier_id)
        .is_some_and(|c| c.data_carries_over);
    lines.push(ctx.label(
        ctx.tr(if carries {
            "ui-review-carry-over"
        } else {
            "ui-review-no-carry-over"
        }),
        SMALL,
    ))
}

/// The order lines, shared with the pay screen.
pub fn lines<'a, M: 'a>(ctx: &Ctx<'a>, catalogue: &Catalogue, quote: &Quote) -> Column<'a, M> {
    // The item across the card, then a table whose amounts are right-aligned in one column.
    let mut lines = Column::new()
        .spacing(if ctx.portrait { GAP } else { GAP / 2.0 })
        .push(
            column![
                ctx.muted(ctx.tr("ui-review-plan"), SMALL),
                ctx.heading(item_name(ctx, catalogue, quote), BODY)
            ]
            .spacing(4),
        );
    if !quote.discounts.is_empty() {
        lines = lines.push(amount_line(
            ctx,
            ctx.tr("ui-review-subtotal"),
            ctx.yen(quote.subtotal),
            false,
        ));
    }
    for d in &quote.discounts {
        let label = match &d.kind {
            DiscountKind::MultiPeriod { periods, percent } => ctx.tr_with(
                "ui-review-discount-periods",
                &[
                    ("periods", (*periods).into()),
                    ("percent", (*percent).into()),
                ],
            ),
            DiscountKind::Promotion { promotion_id } => {
                let name = catalogue
                    .promotions()
                    .iter()
                    .find(|p| &p.id == promotion_id)
                    .map_or_else(
                        || promotion_id.clone(),
                        |p| p.name.get(ctx.lang.tag()).to_owned(),
                    );
                ctx.tr_with("ui-review-discount-promo", &[("name", name.into())])
            }
        };
        lines = lines.push(amount_line(ctx, label, ctx.yen(Yen(-d.amount.0)), false));
    }
    lines
        .push(rule::horizontal(2))
        .push(amount_line(
            ctx,
            ctx.tr("ui-review-total"),
            ctx.yen(quote.total),
            true,
        ))
        .push(ctx.muted(
            ctx.tr_with(
                "ui-review-tax",
                &[
                    ("rate", quote.tax_rate_percent.into()),
                    ("amount", ctx.yen(quote.tax_contained).into()),
                ],
            ),
            SMALL,
        ))
}

/// A row of the order table: the label on the left, the amount right-aligned (the total bold).
fn amount_line<'a, M: 'a>(ctx: &Ctx<'a>, label: String, amount: String, total: bool) -> Row<'a, M> {
    let label = if total {
        ctx.heading(label, BODY)
    } else {
        ctx.label(label, BODY)
    };
    let amount = if total {
        ctx.heading(amount, BODY)
    } else {
        ctx.label(amount, BODY)
    };
    Row::new()
        .spacing(GAP)
        .align_y(iced::Alignment::Start)
        .push(label.width(Length::Fill))
        .push(amount.wrapping(iced::widget::text::Wrapping::None))
}

pub fn view<'a>(
    ctx: &Ctx<'a>,
    catalogue: &Catalogue,
    sub: &Subscriber,
    quote: &Quote,
    today: NaiveDate,
    methods: &[PaymentMethod],
) -> Element<'a, Message> {
    // The total is said once, in the table (issue: typography, "the total once").
    // Landscape: the side column is narrow, so its lines stack label over value as in portrait.
    let side = Ctx {
        portrait: true,
        ..*ctx
    };
    let sim = card(ctx, line(&side, ctx.tr("ui-review-sim"), sub.sim.masked()));
    let order = card(ctx, lines(ctx, catalogue, quote));
    let after = card(ctx, after_renewal(&side, catalogue, sub, quote, today));
    // Landscape has half the height: the order beside which SIM it is for and what it gives.
    let body: Element<'a, Message> = if ctx.portrait {
        column![sim, order, after].spacing(GAP).into()
    } else {
        Row::new()
            .spacing(GAP * 2.0)
            .push(container(order).width(Length::FillPortion(2)))
            .push(
                column![sim, after]
                    .spacing(GAP)
                    .width(Length::FillPortion(1)),
            )
            .into()
    };
    match methods {
        // One method (or none known: the card): the usual bar, Back left and Pay right.
        [] | [_] => {
            let method = methods.first().copied().unwrap_or(PaymentMethod::Card);
            let (id, message) = pay_button(method);
            page(
                ctx,
                ctx.tr("ui-review-title"),
                body,
                vec![
                    action(ctx, "ui-back", Role::Secondary, Some(Message::Back)),
                    action(ctx, id, Role::Primary, Some(message)),
                ],
            )
        }
        // Several: one button per method, all the same size.
        _ => {
            let choices = methods
                .iter()
                .map(|m| {
                    let (id, message) = pay_button(*m);
                    choice(ctx, id, Role::Primary, Some(message))
                })
                .collect();
            let back = choice(ctx, "ui-back", Role::Secondary, Some(Message::Back));
            page_with_choices(ctx, ctx.tr("ui-review-title"), body, back, choices)
        }
    }
}

/// The label and message of the button that pays by `method`.
fn pay_button(method: PaymentMethod) -> (&'static str, Message) {
    match method {
        PaymentMethod::Card => ("ui-review-pay", Message::Pay),
        PaymentMethod::Paypay => (
            "ui-review-pay-wallet",
            Message::PayBy(PaymentMethod::Paypay),
        ),
    }
}
