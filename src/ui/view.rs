//! The root's view, subscriptions and theme.

use super::app::{Kiosk, Message};
use super::ctx::Ctx;
use super::screen::identify::Lookup;
use super::screen::{
    attract, done, failed, language, out_of_service, pay, processing, receipt, renewal_pending,
    review, status, wallet,
};
use super::theme;
use super::widget::{bar, idle};
use crate::flow::Screen;
use iced::widget::{column, container, mouse_area, space, stack};
use iced::{Element, Length, Subscription, Theme, event, mouse, time, touch, window};
use std::time::Duration;

impl Kiosk {
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            l10n: &self.l10n,
            lang: self.flow.lang(),
            prefs: self.prefs,
            portrait: self.size.height > self.size.width,
            brand: self.brand,
            logo: self.logo.as_ref(),
            step: if self.operator.is_none() {
                bar::step(self.flow.screen())
            } else {
                None
            },
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let ctx = self.ctx();
        let catalogue = &*self.catalogue;
        let content: Element<'_, Message> = if let Some(op) = &self.operator {
            op.view(&ctx).map(Message::Operator)
        } else {
            match self.flow.screen() {
                Screen::Attract => {
                    attract::view(&ctx, &self.langs, catalogue).map(Message::Attract)
                }
                Screen::Language => language::view(&ctx, &self.langs).map(Message::Language),
                Screen::Identify => self
                    .identify
                    .view(&ctx, Lookup::Idle)
                    .map(Message::Identify),
                Screen::LookingUp { .. } => self
                    .identify
                    .view(&ctx, Lookup::Running)
                    .map(Message::Identify),
                Screen::LookupFailed { failure } => self
                    .identify
                    .view(&ctx, Lookup::Failed(failure))
                    .map(Message::Identify),
                Screen::Status { subscriber } => {
                    status::view(&ctx, catalogue, subscriber, self.today_jst).map(Message::Status)
                }
                Screen::Plans { .. } => self.plans.view(&ctx, &self.offers).map(Message::Plans),
                Screen::Review { subscriber, quote } => review::view(
                    &ctx,
                    catalogue,
                    subscriber,
                    quote,
                    self.today_jst,
                    &self.methods,
                )
                .map(Message::Review),
                Screen::Pay {
                    quote,
                    code: Some(code),
                    ..
                } if let Some((url, data)) = &self.qr
                    && *url == code.url =>
                {
                    let secs = code
                        .expires_at
                        .saturating_duration_since(self.now())
                        .as_secs();
                    wallet::view(&ctx, quote.total, data, &["PayPay"], secs).map(|m| match m {
                        wallet::Message::Cancel => Message::Pay(pay::Message::Cancel),
                    })
                }
                Screen::Pay {
                    quote,
                    message,
                    cancellable,
                    ..
                } => pay::view(&ctx, quote, *message, *cancellable).map(Message::Pay),
                Screen::Processing { .. } => {
                    processing::view(&ctx, self.progress).map(|m| match m {})
                }
                Screen::Receipt {
                    printing, outcome, ..
                } => receipt::view(
                    &ctx,
                    *printing,
                    outcome.as_ref(),
                    self.qr.as_ref().map(|(_, d)| d),
                )
                .map(Message::Receipt),
                Screen::Done { new_expiry, .. } => done::view(
                    &ctx,
                    catalogue,
                    *new_expiry,
                    self.last_sale.as_ref(),
                    self.qr.as_ref().map(|(_, d)| d),
                )
                .map(Message::Done),
                Screen::SaleFailed {
                    failure: crate::flow::SaleFailure::RenewalPending { transaction_id },
                    ..
                } => renewal_pending::view(&ctx, transaction_id).map(Message::Failed),
                Screen::SaleFailed { failure, .. } => {
                    failed::view(&ctx, failure, self.can_retry()).map(Message::Failed)
                }
                Screen::OutOfService { reason } => {
                    out_of_service::view(&ctx, &self.langs, reason).map(|m| match m {})
                }
            }
        };
        let with_bar: Element<'_, Message> =
            if matches!(self.flow.screen(), Screen::OutOfService { .. }) {
                content
            } else {
                // Attract and the language screen are pickers themselves: the bar keeps only the toggles.
                let langs: &[_] =
                    if matches!(self.flow.screen(), Screen::Attract | Screen::Language) {
                        &[]
                    } else {
                        &self.langs
                    };
                // Cancel in the bar where the flow accepts it; the pay screen has its own cancel button.
                let cancel = self.flow.can_cancel()
                    && !matches!(
                        self.flow.screen(),
                        Screen::Pay { .. } | Screen::SaleFailed { .. } | Screen::Language
                    )
                    && self.operator.is_none();
                // Staff read the header's toggles in the language they chose for their screens.
                let bar_ctx = match &self.operator {
                    Some(op) => ctx.in_lang(op.lang()),
                    None => ctx,
                };
                column![
                    bar::view(&bar_ctx, langs, cancel).map(Message::Bar),
                    content
                ]
                .into()
            };
        let page = container(with_bar)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(theme::page(self.prefs));
        // The hidden staff corner: an invisible target held for three seconds.
        let corner = mouse_area(space().width(bar::CORNER).height(bar::CORNER))
            .on_press(Message::CornerDown)
            .on_release(Message::CornerUp);
        let mut layers = stack![repaint_marker(self.repaint_key()), page, corner];
        // The language menu over the screen where the landscape bar has only its button.
        if self.language_menu && !ctx.portrait {
            layers = layers.push(bar::language_menu(&ctx, &self.langs).map(Message::Bar));
        }
        if let Some(secs) = self.idle_prompt_secs() {
            let start_over = self.flow.can_cancel();
            layers = layers.push(idle::view(&ctx, secs, start_over).map(|m| match m {
                idle::Message::MoreTime => Message::MoreTime,
                idle::Message::StartOver => Message::StartOver,
            }));
        }
        // Touch reaches every widget at the finger; no pointer on the panel.
        super::widget::touch::root(layers, self.hide_pointer)
    }

    /// What the whole window shows: the screen, its language, the toggles, the staff page, the
    /// idle prompt.
    /// When it changes, the whole window is redrawn (see [`repaint_marker`]).
    fn repaint_key(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.flow.screen().name().hash(&mut h);
        self.flow.lang().tag().hash(&mut h);
        self.prefs.hash(&mut h);
        self.operator.as_ref().map(|op| op.page).hash(&mut h);
        self.idle_prompt_secs().is_some().hash(&mut h);
        self.language_menu.hash(&mut h);
        // The identify screen changes its title with the mode, and its message zone.
        self.identify.mode.hash(&mut h);
        self.identify.error.as_ref().map(|e| e.0).hash(&mut h);
        h.finish()
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let events = event::listen_with(|event, _status, _window| match event {
            iced::Event::Mouse(mouse::Event::ButtonPressed(_))
            | iced::Event::Touch(touch::Event::FingerPressed { .. }) => Some(Message::Activity),
            // The size the window opened at (there may be no resize after it), then every resize.
            iced::Event::Window(
                window::Event::Opened { size, .. } | window::Event::Resized(size),
            ) => Some(Message::Resized(size)),
            _ => None,
        });
        // Kiosk mode: a close request (Alt+F4, the window manager) changes nothing.
        let close = window::close_requests().map(|_| Message::Ignored);
        // Time matters only while the flow waits for something: no wake-ups on attract.
        let tick = if self.flow.next_deadline().is_some() {
            time::every(Duration::from_secs(1)).map(|_| Message::Tick)
        } else {
            Subscription::none()
        };
        // Out of service: ask the devices again every 30 s so the kiosk comes back by itself.
        let health = if matches!(self.flow.screen(), Screen::OutOfService { .. }) {
            time::every(Duration::from_secs(30)).map(|_| Message::CheckHealth)
        } else {
            Subscription::none()
        };
        let service = self.supervisor.subscription().map(Message::Service);
        Subscription::batch([
            events,
            close,
            tick,
            health,
            self.operator_subscription(),
            service,
        ])
    }

    pub fn theme(&self) -> Theme {
        self.prefs.theme()
    }
}

/// An invisible quad over the whole window whose (fully transparent) colour encodes `key`.
///
/// The software renderer redraws only the damage between two frames, and it takes a text's
/// damage from its advance box: ink that reaches past it (a bold "f" ending a wrapped line,
/// a glyph with a negative side bearing at a line start) was never cleared, so after the large
/// text toggle a fragment of an earlier title stayed on screen through the following screens.
/// A quad that differs damages its whole bounds: when the screen, language or toggles change,
/// the window is redrawn entirely; within a screen (digits typed, a countdown) damage stays small.
fn repaint_marker<'a>(key: u64) -> Element<'a, Message> {
    let [r, g, b, ..] = key.to_le_bytes();
    let color = iced::Color::from_rgba8(r, g, b, 0.0);
    container(space())
        .width(Length::Fill)
        .height(Length::Fill)
        .style(move |_| container::Style {
            background: Some(color.into()),
            ..container::Style::default()
        })
        .into()
}
