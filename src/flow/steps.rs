//! The flow's reactions to the events that move a customer along (one method per event kind).

use std::time::Instant;

use crate::carrier::Subscriber;
use crate::domain::Quote;
use crate::domain::SimId;

use super::lookup::Answer;
use super::machine::{Flow, leaves_on_cancel};
use super::{Effect, LookupFailure, PaymentMethod, ReceiptOutcome, SaleFailure, Screen};

impl Flow {
    pub(super) fn on_start(&mut self, now: Instant) {
        match &self.screen {
            Screen::Attract => {
                let first = if self.config.languages.len() > 1 {
                    Screen::Language
                } else {
                    Screen::Identify
                };
                self.go(first, now);
            }
            Screen::Receipt {
                printing: false,
                new_expiry,
                transaction_id,
                ..
            } => {
                let done = Screen::Done {
                    new_expiry: *new_expiry,
                    transaction_id: transaction_id.clone(),
                };
                self.go(done, now);
            }
            Screen::Done { .. } => self.end_session(now),
            _ => {}
        }
    }

    pub(super) fn on_submit_sim(&mut self, sim: SimId, now: Instant) -> Vec<Effect> {
        if !matches!(self.screen, Screen::Identify | Screen::LookupFailed { .. }) {
            return Vec::new();
        }
        let effect = self.lookups.request(self.session, &sim);
        self.entered_sim = Some(sim.clone());
        self.go(Screen::LookingUp { sim }, now);
        effect.into_iter().collect()
    }

    pub(super) fn on_lookup_done(
        &mut self,
        result: Result<Subscriber, LookupFailure>,
        now: Instant,
    ) -> Vec<Effect> {
        match self.lookups.answer(self.session) {
            Answer::Unasked => Vec::new(),
            Answer::Stale => {
                // A newer customer may be waiting for the stale lookup to clear.
                match &self.screen {
                    Screen::LookingUp { sim } => self
                        .lookups
                        .request(self.session, sim)
                        .into_iter()
                        .collect(),
                    _ => Vec::new(),
                }
            }
            Answer::Current => {
                if matches!(self.screen, Screen::LookingUp { .. }) {
                    let next = match result {
                        Ok(subscriber) => Screen::Status { subscriber },
                        Err(failure) => Screen::LookupFailed { failure },
                    };
                    self.go(next, now);
                }
                Vec::new()
            }
        }
    }

    pub(super) fn on_choose_plan(&mut self, quote: Quote, now: Instant) {
        let Screen::Plans { subscriber } = &self.screen else {
            return;
        };
        if quote.carrier_id != subscriber.carrier_id {
            // The root priced a plan of another carrier: never let it reach the payment.
            tracing::warn!(
                plan = quote.plan_id,
                "flow: quote for another carrier ignored"
            );
            return;
        }
        let subscriber = subscriber.clone();
        self.chosen_quote = Some(quote.clone());
        self.go(Screen::Review { subscriber, quote }, now);
    }

    pub(super) fn on_confirm_payment(
        &mut self,
        method: PaymentMethod,
        now: Instant,
    ) -> Vec<Effect> {
        let Screen::Review { subscriber, quote } = &self.screen else {
            return Vec::new();
        };
        let effect = Effect::StartSale {
            sim: subscriber.sim.clone(),
            quote: quote.clone(),
            lang: self.lang,
            method,
        };
        let pay = Screen::Pay {
            subscriber: subscriber.clone(),
            quote: quote.clone(),
            message: None,
            cancellable: true,
            method,
            code: None,
        };
        self.go(pay, now);
        vec![effect]
    }

    pub(super) fn on_receipt_done(&mut self, outcome: ReceiptOutcome, now: Instant) {
        let Screen::Receipt {
            printing: true,
            quote,
            transaction_id,
            new_expiry,
            ..
        } = &self.screen
        else {
            return;
        };
        let next = match outcome {
            ReceiptOutcome::Printed => Screen::Done {
                new_expiry: *new_expiry,
                transaction_id: transaction_id.clone(),
            },
            ReceiptOutcome::Failed => Screen::Receipt {
                quote: quote.clone(),
                transaction_id: transaction_id.clone(),
                new_expiry: *new_expiry,
                printing: false,
                outcome: Some(ReceiptOutcome::Failed),
            },
        };
        self.go(next, now);
    }

    pub(super) fn on_sale_failed(&mut self, failure: SaleFailure, now: Instant) {
        if let Screen::Pay {
            subscriber, quote, ..
        }
        | Screen::Processing { subscriber, quote } = &self.screen
        {
            let (subscriber, quote) = (subscriber.clone(), quote.clone());
            self.go(
                Screen::SaleFailed {
                    failure,
                    subscriber,
                    quote,
                },
                now,
            );
        }
    }

    pub(super) fn on_cancel(&mut self, now: Instant) -> Vec<Effect> {
        if leaves_on_cancel(&self.screen) {
            self.end_session(now);
            return Vec::new();
        }
        match &mut self.screen {
            // Stay until the terminal confirms, so the customer sees they were not charged.
            Screen::Pay { cancellable, .. } if *cancellable => {
                *cancellable = false;
                vec![Effect::CancelPayment]
            }
            _ => Vec::new(),
        }
    }
}
