//! Plans: cards with data, days, tax-inclusive price and promotion badges; a months selector
//! that shows what buying several at once saves.

use super::super::ctx::{BODY, Ctx, SMALL, TITLE};
use super::super::theme::{self, GAP, Role};
use super::super::widget::{alert, badge};
use super::{Action, action, page};
use crate::domain::{Plan, Quote, Yen};
use crate::flow::Event;
use iced::widget::{Column, Row, button, column};
use iced::{Alignment, Element, Length};

/// One plan as offered now: priced by the root for every month count it allows.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    pub plan: Plan,
    /// Names of the promotions active for it now.
    pub promotions: Vec<String>,
    /// One quote per entry of `plan.months`, same order.
    pub quotes: Vec<Quote>,
}

impl Offer {
    fn quote(&self, months: u32) -> Option<&Quote> {
        self.quotes.iter().find(|q| q.months == months)
    }
}

/// The selection, kept while the customer switches language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    pub plan_id: Option<String>,
    pub months: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Select(String),
    Months(u32),
    Next,
    Back,
}

impl State {
    pub fn update(&mut self, message: Message, offers: &[Offer]) -> Action {
        match message {
            Message::Select(id) => {
                if let Some(o) = offers.iter().find(|o| o.plan.id == id)
                    && !o.plan.months.contains(&self.months)
                {
                    self.months = o.plan.months.first().copied().unwrap_or(1);
                }
                self.plan_id = Some(id);
                Action::None
            }
            Message::Months(m) => {
                self.months = m;
                Action::None
            }
            Message::Next => match &self.plan_id {
                Some(id) => Action::ChoosePlan {
                    plan_id: id.clone(),
                    months: self.months,
                },
                None => Action::None,
            },
            Message::Back => Action::Flow(Event::Back),
        }
    }

    pub fn view<'a>(&self, ctx: &Ctx<'a>, offers: &[Offer]) -> Element<'a, Message> {
        if offers.is_empty() {
            return page(
                ctx,
                ctx.tr("ui-plans-title"),
                alert(ctx, ctx.tr("ui-plans-none")),
                vec![action(ctx, "ui-back", Role::Secondary, Some(Message::Back))],
            );
        }
        let per_row = if ctx.portrait { 2 } else { 4 };
        let mut grid = Column::new().spacing(GAP);
        for chunk in offers.chunks(per_row) {
            let mut r = Row::new().spacing(GAP);
            for offer in chunk {
                r = r.push(self.card(ctx, offer));
            }
            for _ in chunk.len()..per_row {
                r = r.push(iced::widget::space().width(Length::FillPortion(1)));
            }
            grid = grid.push(r);
        }
        let selected = self
            .plan_id
            .as_ref()
            .and_then(|id| offers.iter().find(|o| &o.plan.id == id));
        let mut body = column![grid].spacing(GAP * 2.0);
        if let Some(offer) = selected.filter(|o| o.plan.months.len() > 1) {
            body = body
                .push(ctx.heading(ctx.tr("ui-plans-months-title"), BODY))
                .push(self.months_row(ctx, offer));
        }
        page(
            ctx,
            ctx.tr("ui-plans-title"),
            body,
            vec![
                action(ctx, "ui-back", Role::Secondary, Some(Message::Back)),
                action(
                    ctx,
                    "ui-plans-next",
                    Role::Primary,
                    selected.map(|_| Message::Next),
                ),
            ],
        )
    }

    fn card<'a>(&self, ctx: &Ctx<'a>, offer: &Offer) -> Element<'a, Message> {
        let plan = &offer.plan;
        let is_selected = self.plan_id.as_deref() == Some(plan.id.as_str());
        let data = ctx
            .l10n
            .data_amount(ctx.lang, plan.data.megabytes().map(u64::from));
        let days = ctx.tr_with("common-days", &[("count", plan.days.into())]);
        let mut badges = Row::new().spacing(8);
        for name in &offer.promotions {
            badges = badges.push(badge(ctx, name.clone()));
        }
        // Colours follow the button's role: the card's own text must contrast with its fill.
        let fg = if is_selected {
            ctx.colors().on_selected
        } else {
            ctx.colors().text
        };
        // Landscape has half the height: smaller figures, and the days line says the period
        // (also with large text, so the months selector stays on screen).
        let big = if ctx.portrait { TITLE } else { TITLE * 0.8 };
        let mut content = column![
            ctx.heading(plan.name.clone(), BODY).color(fg),
            ctx.heading(data, big).color(fg),
            ctx.label(days, BODY).color(fg),
            ctx.heading(ctx.yen(plan.price), big).color(fg),
        ]
        .spacing(if ctx.portrait { 6 } else { 0 });
        if ctx.portrait && !ctx.prefs.large_text {
            content = content.push(
                ctx.label(
                    ctx.tr_with("ui-plans-per-period", &[("days", plan.days.into())]),
                    SMALL,
                )
                .color(fg),
            );
        }
        let content = content.push(badges);
        button(content)
            .padding(if ctx.portrait { 24 } else { 16 })
            .width(Length::FillPortion(1))
            .style(theme::button_style(
                ctx.prefs,
                if is_selected {
                    Role::Selected
                } else {
                    Role::Secondary
                },
            ))
            .on_press(Message::Select(plan.id.clone()))
            .into()
    }

    fn months_row<'a>(&self, ctx: &Ctx<'a>, offer: &Offer) -> Element<'a, Message> {
        let mut r = Row::new().spacing(GAP);
        for &m in &offer.plan.months {
            let is_selected = m == self.months;
            let fg = if is_selected {
                ctx.colors().on_selected
            } else {
                ctx.colors().text
            };
            let mut content = column![
                ctx.heading(ctx.tr_with("common-months", &[("count", m.into())]), BODY)
                    .color(fg)
            ]
            .spacing(8)
            .align_x(Alignment::Center);
            if let Some(q) = offer.quote(m) {
                content = content.push(ctx.label(ctx.yen(q.total), SMALL).color(fg));
                let saving = q.subtotal - q.total;
                if saving > Yen::ZERO {
                    content = content.push(badge(
                        ctx,
                        ctx.tr_with("ui-plans-saving", &[("amount", ctx.yen(saving).into())]),
                    ));
                }
            }
            r = r.push(
                button(content)
                    .padding(16)
                    .width(Length::FillPortion(1))
                    .style(theme::button_style(
                        ctx.prefs,
                        if is_selected {
                            Role::Selected
                        } else {
                            Role::Secondary
                        },
                    ))
                    .on_press(Message::Months(m)),
            );
        }
        r.into()
    }
}
