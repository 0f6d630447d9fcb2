//! Plans: cards with data, days, tax-inclusive price and promotion badges; a selector for the
//! number of periods bought at once (a segmented control) that shows the days bought, their price
//! and what buying several saves.
//!
//! One price everywhere: the card shows the quote of the plan's first period count, the same
//! quote its first segment, the review and the receipt use; a promotion's old price is struck
//! through beside it.

use super::super::ctx::{BODY, Ctx, LINE_HEIGHT_FACTOR, SMALL, TITLE};
use super::super::theme::{self, GAP, Role};
use super::super::widget::equal_grid::equal_grid;
use super::super::widget::{BADGE, BADGE_PAD, alert, badge, badge_on};
use super::{Action, action, page};
use crate::domain::{Names, Plan, Quote, Yen};
use crate::flow::Event;
use iced::widget::text::Wrapping;
use iced::widget::{Column, Row, button, column, container, rich_text, span};
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
        let selected = self
            .plan_id
            .as_ref()
            .and_then(|id| offers.iter().find(|o| &o.plan.id == id));
        // The zone of the periods control is kept under the cards whether the chosen plan has
        // one or not, so choosing a plan never moves a card.
        let zone = periods_zone(ctx);
        // The cards share one height (a name may wrap in one language) and grow into the
        // screen's height left above that zone: no blank half screen under them.
        let cards = offers.iter().map(|offer| self.card(ctx, offer)).collect();
        let grid = equal_grid(cards, per_row, GAP).grow(MAX_CARD_ASPECT, zone + GAP);
        let mut periods = Column::new();
        if let Some(offer) = selected.filter(|o| o.plan.periods.len() > 1) {
            let heading = ctx.heading(ctx.tr("ui-plans-periods-title"), question_size(ctx));
            periods = periods.push({
                let saving = offer
                    .quote(self.periods)
                    .map(|q| q.subtotal - q.total)
                    .filter(|s| *s > Yen::ZERO)
                    .map(|s| {
                        badge(
                            ctx,
                            ctx.tr_with("ui-plans-saving", &[("amount", ctx.yen(s).into())]),
                        )
                    });
                let segments = self.periods_segments(ctx, offer);
                if ctx.portrait {
                    let intro = Row::new()
                        .spacing(GAP)
                        .align_y(Alignment::Center)
                        .push(heading.width(Length::Fill))
                        .extend(saving);
                    column![intro, segments].spacing(GAP).into()
                } else {
                    let intro = column![heading].extend(saving).spacing(8);
                    // Landscape has width to spare and no height: the question beside the control.
                    Element::from(
                        Row::new()
                            .spacing(GAP * 2.0)
                            .align_y(Alignment::Center)
                            .push(container(intro).width(Length::FillPortion(3)))
                            .push(container(segments).width(Length::FillPortion(5))),
                    )
                }
            });
        }
        let body = container(
            column![grid, container(periods).height(zone).width(Length::Fill)].spacing(GAP),
        )
        .center_y(Length::Fill);
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
            badges = badges.push(badge_on(
                ctx,
                ctx.name(name.get(ctx.lang.tag())),
                is_selected,
            ));
        }
        // Colours follow the button's role: the card's own text must contrast with its fill.
        let fg = if is_selected {
            ctx.colors().on_selected
        } else {
            ctx.colors().text
        };
        // Landscape has half the height: smaller figures, and the days line says the period
        // (also with large text, so the periods selector stays on screen).
        let big = card_figure(ctx);
        // What the plan is at the top, its period and what it costs at the bottom: the prices
        // of a row line up however the names above them wrap.
        let mut content = column![
            ctx.heading(ctx.name(plan.name.get(ctx.lang.tag())), BODY)
                .color(fg),
            ctx.heading(data, big).color(fg),
            iced::widget::space().height(Length::Fill),
            // The price before a promotion, struck through, at the end of the days line two
            // lines above the price to pay: near it in every language without widening its line.
            Row::new()
                .spacing(12)
                .align_y(Alignment::Center)
                .push(ctx.label(days, BODY).color(fg).width(Length::Fill))
                .extend(struck_price(ctx, offer.card_quote(), fg)),
            badges,
            ctx.heading(
                ctx.yen(offer.card_quote().map_or(plan.price, |q| q.total)),
                big
            )
            .color(fg)
            .wrapping(Wrapping::None),
        ]
        .spacing(card_spacing(ctx))
        .height(Length::Fill);
        if per_period_line(ctx) {
            content = content.push(
                ctx.label(
                    ctx.tr_with("ui-plans-per-period", &[("days", plan.days.into())]),
                    SMALL,
                )
                .color(fg),
            );
        }
        // As tall as its content, then as tall as every card (`equal_grid`): a name or the
        // word for unlimited data may take two lines in one language and one in another (a
        // fixed height clipped them in Vietnamese); grown with the grid into the screen.
        button(content.clip(true))
            .padding(card_padding(ctx))
            .width(Length::Fill)
            .height(Length::Fill)
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
}

impl State {
    /// The number of periods as one segmented control: each segment the days bought and their
    /// price on two short lines, so none wraps at any text size and all are aligned; the saving
    /// of the chosen count is shown beside the question.
    fn periods_segments<'a>(&self, ctx: &Ctx<'a>, offer: &Offer) -> Element<'a, Message> {
        let n = offer.plan.periods.len();
        let mut r = Row::new().spacing(0);
        for (i, &m) in offer.plan.periods.iter().enumerate() {
            let is_selected = m == self.periods;
            let fg = if is_selected {
                ctx.colors().on_selected
            } else {
                ctx.colors().text
            };
            let days = ctx.tr_with(
                "common-days",
                &[("count", offer.plan.days.saturating_mul(m).into())],
            );
            let mut content = column![ctx.heading(days, BODY).color(fg).wrapping(Wrapping::None)]
                .align_x(Alignment::Center);
            if let Some(q) = offer.quote(m) {
                content = content.push(
                    ctx.label(ctx.yen(q.total), SMALL)
                        .color(fg)
                        .wrapping(Wrapping::None),
                );
            }
            r = r.push(
                button(container(content).center_x(Length::Fill).id(segment_id(m)))
                    .padding([4, 8])
                    .width(Length::FillPortion(1))
                    .style(theme::segment_style(
                        ctx.prefs,
                        if is_selected {
                            Role::Selected
                        } else {
                            Role::Secondary
                        },
                        i == 0,
                        i + 1 == n,
                    ))
                    .on_press(Message::Periods(m)),
            );
        }
        r.into()
    }
}

/// The id of the periods control's segment for `periods` periods (tests tap it: its days can
/// also be a card's days).
pub fn segment_id(periods: u32) -> iced::widget::Id {
    iced::widget::Id::from(format!("plans-periods-{periods}"))
}

/// The price before the promotions, struck through, when a promotion lowers it.
fn struck_price<'a>(
    ctx: &Ctx<'a>,
    quote: Option<&Quote>,
    fg: iced::Color,
) -> Option<Element<'a, Message>> {
    let q = quote?;
    let was = q.before_promotions();
    (was > q.total).then(|| {
        rich_text([span::<(), iced::Font>(ctx.yen(was))
            .strikethrough(true)
            .font(ctx.font())
            .size(ctx.size(SMALL))
            .color(fg)])
        .line_height(super::super::ctx::LINE_HEIGHT)
        .wrapping(Wrapping::None)
        .into()
    })
}

/// A plan card grows at most this many times as tall as it is wide (a catalogue of two plans
/// does not make two towers).
const MAX_CARD_ASPECT: f32 = 1.2;

/// The height kept under the cards for the periods control: the question (beside the saving
/// badge in portrait, over it in landscape; two lines in some languages with large text) and
/// the control's two lines.
fn periods_zone(ctx: &Ctx<'_>) -> f32 {
    let line = |base: f32| ctx.size(base) * LINE_HEIGHT_FACTOR;
    let badge = line(BADGE) + BADGE_PAD;
    // The segments' padding (4 above and below) and their frame.
    let segments = line(BODY) + line(SMALL) + 8.0 + 2.0;
    let zone = if ctx.portrait {
        let lines = if ctx.prefs.large_text { 2.0 } else { 1.0 };
        (lines * line(question_size(ctx))).max(badge) + GAP + segments
    } else {
        (2.0 * line(question_size(ctx)) + 8.0 + badge).max(segments)
    };
    zone.ceil()
}

/// The periods question's size: smaller in landscape with large text, where the question beside
/// the control would otherwise take two lines in German and push the cards off the screen.
fn question_size(ctx: &Ctx<'_>) -> f32 {
    if !ctx.portrait && ctx.prefs.large_text {
        SMALL
    } else {
        BODY
    }
}

/// The size of a card's large figures (data, price): large text leaves less room for them,
/// landscape's half height less still.
fn card_figure(ctx: &Ctx<'_>) -> f32 {
    match (ctx.portrait, ctx.prefs.large_text) {
        (_, false) => TITLE,
        (true, true) => TITLE * 0.85,
        (false, true) => TITLE * 0.7,
    }
}

fn card_spacing(ctx: &Ctx<'_>) -> f32 {
    if ctx.portrait && !ctx.prefs.large_text {
        6.0
    } else {
        0.0
    }
}

/// Large text in portrait (with eleven languages' two rows of pills above): the card gives up
/// padding before its figures shrink further.
fn card_padding(ctx: &Ctx<'_>) -> f32 {
    match (ctx.portrait, ctx.prefs.large_text) {
        (true, false) => 24.0,
        (true, true) => 12.0,
        (false, _) => 12.0,
    }
}

/// "per 30 days" under the price: only where there is room for it.
fn per_period_line(ctx: &Ctx<'_>) -> bool {
    !ctx.prefs.large_text
}
