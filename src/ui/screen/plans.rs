//! Plans: cards with data, days, tax-inclusive price and promotion badges; a selector for the
//! number of periods bought at once that shows the days bought and what buying several saves.
//!
//! One price everywhere: the card shows the quote of the plan's first period count, the same
//! quote its first tile, the review and the receipt use; a promotion's old price is struck
//! through beside it.

use super::super::ctx::{BODY, Ctx, SMALL, TITLE};
use super::super::theme::{self, GAP, Role};
use super::super::widget::{alert, badge};
use super::{Action, action, page};
use crate::domain::{Names, Plan, Quote, Yen};
use crate::flow::Event;
use iced::widget::{Column, Row, button, column, rich_text, span};
use iced::{Alignment, Element, Length};

/// One plan as offered now: priced by the root for every period count it allows.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    pub plan: Plan,
    /// Names (per language) of the promotions active for it now.
    pub promotions: Vec<Names>,
    /// One quote per entry of `plan.periods`, same order.
    pub quotes: Vec<Quote>,
}

impl Offer {
    pub fn quote(&self, periods: u32) -> Option<&Quote> {
        self.quotes.iter().find(|q| q.periods == periods)
    }

    /// The quote the card shows: the plan's first period count (the same as its first tile).
    pub fn card_quote(&self) -> Option<&Quote> {
        self.quotes.first()
    }
}

/// The selection, kept while the customer switches language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    pub plan_id: Option<String>,
    pub periods: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Select(String),
    Periods(u32),
    Next,
    Back,
}

impl State {
    pub fn update(&mut self, message: Message, offers: &[Offer]) -> Action {
        match message {
            Message::Select(id) => {
                if let Some(o) = offers.iter().find(|o| o.plan.id == id)
                    && !o.plan.periods.contains(&self.periods)
                {
                    self.periods = o.plan.periods.first().copied().unwrap_or(1);
                }
                self.plan_id = Some(id);
                Action::None
            }
            Message::Periods(m) => {
                self.periods = m;
                Action::None
            }
            Message::Next => match &self.plan_id {
                Some(id) => Action::ChoosePlan {
                    plan_id: id.clone(),
                    periods: self.periods,
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
        if let Some(offer) = selected.filter(|o| o.plan.periods.len() > 1) {
            body = body
                .push(ctx.heading(ctx.tr("ui-plans-periods-title"), BODY))
                .push(self.periods_row(ctx, offer));
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
            badges = badges.push(badge(ctx, name.get(ctx.lang.tag()).to_owned()));
        }
        // Colours follow the button's role: the card's own text must contrast with its fill.
        let fg = if is_selected {
            ctx.colors().on_selected
        } else {
            ctx.colors().text
        };
        // Landscape has half the height: smaller figures, and the days line says the period
        // (also with large text, so the periods selector stays on screen).
        let big = if ctx.portrait { TITLE } else { TITLE * 0.8 };
        let mut content = column![
            ctx.heading(plan.name.get(ctx.lang.tag()).to_owned(), BODY)
                .color(fg),
            ctx.heading(data, big).color(fg),
            ctx.label(days, BODY).color(fg),
            price_line(ctx, offer.card_quote(), plan.price, big, fg),
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

    fn periods_row<'a>(&self, ctx: &Ctx<'a>, offer: &Offer) -> Element<'a, Message> {
        let mut r = Row::new().spacing(GAP);
        for &m in &offer.plan.periods {
            let is_selected = m == self.periods;
            let fg = if is_selected {
                ctx.colors().on_selected
            } else {
                ctx.colors().text
            };
            let mut content = column![
                ctx.heading(super::review::periods_text(ctx, offer.plan.days, m), BODY)
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
                    .on_press(Message::Periods(m)),
            );
        }
        r.into()
    }
}

/// The price to pay in large type; with a promotion, the price before it struck through beside.
fn price_line<'a>(
    ctx: &Ctx<'a>,
    quote: Option<&Quote>,
    list_price: Yen,
    size: f32,
    fg: iced::Color,
) -> Element<'a, Message> {
    let Some(q) = quote else {
        return ctx.heading(ctx.yen(list_price), size).color(fg).into();
    };
    let was = q.before_promotions();
    let pay = ctx.heading(ctx.yen(q.total), size).color(fg);
    if was <= q.total {
        return pay.into();
    }
    let struck = rich_text([span::<(), iced::Font>(ctx.yen(was))
        .strikethrough(true)
        .font(ctx.font())
        .size(ctx.size(SMALL))
        .color(fg)])
    .line_height(super::super::ctx::LINE_HEIGHT);
    Row::new()
        .spacing(12)
        .align_y(Alignment::Center)
        .push(struck)
        .push(pay)
        .into()
}
