//! `Flow`: the renewal state machine (screens, language, time-outs, out of service).
//!
//! Rules that the contract leaves open, decided here:
//! - `handle` first lets time pass to `now` (idle prompt, time-outs), then applies the event, so a
//!   tap that arrives after the session expired lands on attract and is ignored.
//! - Every customer input (even one the screen ignores) is activity; a device result is activity
//!   only when it changes the screen. `Tick` never is.
//! - Out of service never interrupts a sale nor hides its outcome: on pay, processing, receipt, done
//!   and sale-failed it is remembered and applied when the customer leaves (or times out).
//! - ChangeLanguage works on every screen but attract and out of service, which show every
//!   language at once (and keep the default for the next customer).
//! - `Start` is the "finish" tap on the receipt-failed screen (-> done) and on done (-> attract).
//! - Retry (Back) after `NeedsOperator` is refused: the first charge is not proved reversed.

use std::time::Instant;

use crate::domain::{Quote, SimId};
use crate::i18n::Lang;

use super::idle::{IdleClock, IdleState, reached};
use super::lookup::LookupGate;
use super::{Effect, Event, FlowConfig, OutOfServiceReason, PaymentMethod, Screen};

/// The renewal flow. See the module documentation of `flow` for the contract.
#[derive(Debug, Clone)]
pub struct Flow {
    pub(super) config: FlowConfig,
    pub(super) screen: Screen,
    pub(super) lang: Lang,
    /// When the current screen appeared (the done screen's time-out runs from here).
    pub(super) screen_since: Instant,
    pub(super) idle: IdleClock,
    /// Bumped whenever a customer's session ends; tells stale lookups apart.
    pub(super) session: u64,
    /// What this customer entered, kept for pre-filling when they go back.
    pub(super) entered_sim: Option<SimId>,
    pub(super) chosen_quote: Option<Quote>,
    /// Out of service requested while a sale was on screen: applied when the customer leaves.
    pub(super) pending_out_of_service: Option<OutOfServiceReason>,
    pub(super) lookups: LookupGate,
}

/// Which clock runs on a screen.
pub(super) enum Timer {
    None,
    Idle,
    Done,
}

impl Flow {
    /// A flow on the attract screen. The config is made safe rather than refused: the default
    /// language is always offered, and the prompt lasts at least `MIN_IDLE_PROMPT`.
    pub fn new(mut config: FlowConfig, now: Instant) -> Self {
        if !config.languages.contains(&config.default_lang) {
            config.languages.insert(0, config.default_lang);
        }
        config.idle_prompt = config.idle_prompt.max(super::MIN_IDLE_PROMPT);
        let idle = IdleClock::new(config.idle_timeout, config.idle_prompt, now);
        Flow {
            lang: config.default_lang,
            config,
            screen: Screen::Attract,
            screen_since: now,
            idle,
            session: 0,
            entered_sim: None,
            chosen_quote: None,
            pending_out_of_service: None,
            lookups: LookupGate::default(),
        }
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The languages offered, in the configured order (the default always among them).
    pub fn languages(&self) -> &[Lang] {
        &self.config.languages
    }

    /// Time left on the "need more time?" prompt while it shows.
    pub fn idle_prompt(&self, now: Instant) -> Option<std::time::Duration> {
        match self.timer() {
            Timer::Idle => self.idle.prompt_left(now),
            Timer::None | Timer::Done => None,
        }
    }

    /// When the root must send the next `Tick` (at least once a second while Some, for the
    /// countdown). None: nothing pending, no Tick needed.
    pub fn next_deadline(&self) -> Option<Instant> {
        match self.timer() {
            // The QR code's countdown needs its once-a-second Tick.
            Timer::None => match &self.screen {
                Screen::Pay {
                    code: Some(code), ..
                } => Some(code.expires_at),
                _ => None,
            },
            Timer::Idle => self.idle.next_deadline(),
            Timer::Done => self.screen_since.checked_add(self.config.done_timeout),
        }
    }

    /// Is `Event::Back` accepted here?
    pub fn can_go_back(&self) -> bool {
        self.back_target().is_some()
    }

    /// Is `Event::Cancel` accepted here (a cancel button belongs on this screen)?
    pub fn can_cancel(&self) -> bool {
        match &self.screen {
            Screen::Pay { cancellable, .. } => *cancellable,
            screen => leaves_on_cancel(screen),
        }
    }

    /// On the pay screen after the customer cancelled: waiting for the terminal to confirm.
    pub fn cancel_pending(&self) -> bool {
        matches!(
            self.screen,
            Screen::Pay {
                cancellable: false,
                ..
            }
        )
    }

    /// The SIM this customer entered (to pre-fill the identify screen on the way back).
    pub fn entered_sim(&self) -> Option<&SimId> {
        self.entered_sim.as_ref()
    }

    /// The quote this customer last chose (to pre-select it on the plans screen on the way back).
    pub fn chosen_quote(&self) -> Option<&Quote> {
        self.chosen_quote.as_ref()
    }

    /// Feed one event that happened at `now`; returns what the outside world must do.
    pub fn handle(&mut self, event: Event, now: Instant) -> Vec<Effect> {
        // Taken before time passes, so a timer's transition (idle or done → attract) is logged
        // like any other.
        let before = (self.screen.name(), self.lang);
        self.advance(now);
        if is_customer_input(&event) {
            self.idle.touch(now);
        }
        let effects = self.apply(event, now);
        if (self.screen.name(), self.lang) != before {
            tracing::debug!(
                from = before.0,
                to = self.screen.name(),
                lang = self.lang.tag(),
                "flow"
            );
        }
        effects
    }

    /// Let time pass to `now`.
    fn advance(&mut self, now: Instant) {
        match self.timer() {
            Timer::None => {}
            Timer::Idle => {
                if self.idle.advance(now) == IdleState::Expired {
                    tracing::info!(screen = self.screen.name(), "flow: idle time-out");
                    self.end_session(now);
                }
            }
            Timer::Done => {
                if reached(now, self.screen_since, self.config.done_timeout) {
                    self.end_session(now);
                }
            }
        }
    }

    fn apply(&mut self, event: Event, now: Instant) -> Vec<Effect> {
        match event {
            Event::Activity | Event::MoreTime | Event::Tick => {}
            Event::Start => self.on_start(now),
            Event::PickLanguage(lang) => {
                if matches!(self.screen, Screen::Language) && self.offers(lang) {
                    self.lang = lang;
                    self.go(Screen::Identify, now);
                }
            }
            Event::ChangeLanguage(lang) => {
                // Attract and out of service speak every language at once and always the default.
                let multilingual =
                    matches!(self.screen, Screen::Attract | Screen::OutOfService { .. });
                if self.offers(lang) && !multilingual {
                    self.lang = lang;
                }
            }
            Event::SubmitSim(sim) => return self.on_submit_sim(sim, now),
            Event::LookupDone(result) => return self.on_lookup_done(result, now),
            Event::ContinueToPlans => {
                if let Screen::Status { subscriber } = &self.screen {
                    let subscriber = subscriber.clone();
                    self.go(Screen::Plans { subscriber }, now);
                }
            }
            Event::ChoosePlan(quote) => self.on_choose_plan(quote, now),
            Event::ConfirmPayment => return self.on_confirm_payment(PaymentMethod::Card, now),
            Event::ConfirmPaymentBy(method) => return self.on_confirm_payment(method, now),
            Event::WalletCode(shown) => {
                // Only while the customer can still pay it: never after a cancel or approval.
                if let Screen::Pay {
                    method: PaymentMethod::Paypay,
                    cancellable: true,
                    code,
                    ..
                } = &mut self.screen
                {
                    *code = Some(shown);
                }
            }
            Event::TerminalMessage(m) => {
                if let Screen::Pay { message, .. } = &mut self.screen {
                    *message = Some(m);
                }
            }
            Event::PaymentApproved => {
                if let Screen::Pay {
                    subscriber, quote, ..
                } = &self.screen
                {
                    let (subscriber, quote) = (subscriber.clone(), quote.clone());
                    self.go(Screen::Processing { subscriber, quote }, now);
                }
            }
            Event::Renewed {
                transaction_id,
                new_expiry,
            } => {
                // From pay as well: a Renewed implies the approval, and the flow must not stay stuck.
                if let Screen::Pay { quote, .. } | Screen::Processing { quote, .. } = &self.screen {
                    let quote = quote.clone();
                    let receipt = Screen::Receipt {
                        quote,
                        transaction_id,
                        new_expiry,
                        printing: true,
                        outcome: None,
                    };
                    self.go(receipt, now);
                }
            }
            Event::ReceiptDone(outcome) => self.on_receipt_done(outcome, now),
            Event::SaleFailed(failure) => self.on_sale_failed(failure, now),
            Event::Back => {
                if let Some(target) = self.back_target() {
                    match target {
                        Screen::Attract => self.end_session(now),
                        target => self.go(target, now),
                    }
                }
            }
            Event::Cancel => return self.on_cancel(now),
            Event::OutOfService(reason) => {
                if self.sale_on_screen() {
                    tracing::info!(?reason, "flow: out of service once the sale ends");
                    self.pending_out_of_service = Some(reason);
                } else {
                    self.pending_out_of_service = Some(reason);
                    self.end_session(now);
                }
            }
            Event::BackInService => {
                self.pending_out_of_service = None;
                if matches!(self.screen, Screen::OutOfService { .. }) {
                    self.end_session(now);
                }
            }
        }
        Vec::new()
    }

    /// Where Back leads from here, if anywhere.
    pub(super) fn back_target(&self) -> Option<Screen> {
        match &self.screen {
            Screen::Language => Some(Screen::Attract),
            Screen::Identify if self.config.languages.len() > 1 => Some(Screen::Language),
            Screen::Identify => Some(Screen::Attract),
            Screen::LookupFailed { .. } | Screen::Status { .. } => Some(Screen::Identify),
            Screen::Plans { subscriber } => Some(Screen::Status {
                subscriber: subscriber.clone(),
            }),
            Screen::Review { subscriber, .. } => Some(Screen::Plans {
                subscriber: subscriber.clone(),
            }),
            Screen::SaleFailed {
                failure,
                subscriber,
                quote,
            } => {
                let retry_safe = failure.may_pay_again();
                (retry_safe && self.pending_out_of_service.is_none()).then(|| Screen::Review {
                    subscriber: subscriber.clone(),
                    quote: quote.clone(),
                })
            }
            _ => None,
        }
    }

    pub(super) fn timer(&self) -> Timer {
        match &self.screen {
            Screen::Attract
            | Screen::OutOfService { .. }
            | Screen::Pay { .. }
            | Screen::Processing { .. }
            | Screen::Receipt { printing: true, .. } => Timer::None,
            Screen::Done { .. } => Timer::Done,
            _ => Timer::Idle,
        }
    }

    /// A sale is running or its outcome is on screen: out of service must wait.
    pub(super) fn sale_on_screen(&self) -> bool {
        matches!(
            self.screen,
            Screen::Pay { .. }
                | Screen::Processing { .. }
                | Screen::Receipt { .. }
                | Screen::Done { .. }
                | Screen::SaleFailed { .. }
        )
    }

    pub(super) fn offers(&self, lang: Lang) -> bool {
        self.config.languages.contains(&lang)
    }

    pub(super) fn go(&mut self, screen: Screen, now: Instant) {
        self.screen = screen;
        self.screen_since = now;
        self.idle.touch(now);
    }

    /// The customer's session is over: attract (or out of service if one is waiting), default
    /// language, input dropped.
    pub(super) fn end_session(&mut self, now: Instant) {
        self.session += 1;
        self.lang = self.config.default_lang;
        self.entered_sim = None;
        self.chosen_quote = None;
        let next = match self.pending_out_of_service.take() {
            Some(reason) => Screen::OutOfService { reason },
            None => Screen::Attract,
        };
        self.go(next, now);
    }
}

/// Screens that Cancel simply leaves: nothing paid yet, or the failed-sale screen.
pub(super) fn leaves_on_cancel(screen: &Screen) -> bool {
    matches!(
        screen,
        Screen::Language
            | Screen::Identify
            | Screen::LookingUp { .. }
            | Screen::LookupFailed { .. }
            | Screen::Status { .. }
            | Screen::Plans { .. }
            | Screen::Review { .. }
            | Screen::SaleFailed { .. }
    )
}

fn is_customer_input(event: &Event) -> bool {
    matches!(
        event,
        Event::Activity
            | Event::Start
            | Event::PickLanguage(_)
            | Event::ChangeLanguage(_)
            | Event::SubmitSim(_)
            | Event::ContinueToPlans
            | Event::ChoosePlan(_)
            | Event::ConfirmPayment
            | Event::ConfirmPaymentBy(_)
            | Event::Back
            | Event::Cancel
            | Event::MoreTime
    )
}
