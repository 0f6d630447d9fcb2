//! Shared fixtures for the flow tests: a virtual clock, real domain values, and a driver that
//! walks the flow to any screen through the events a customer and the devices would send.
#![allow(dead_code)] // each test binary uses a different part of this module

use chrono::NaiveDate;
use simkiosk::carrier::Subscriber;
use simkiosk::domain::{Quote, SimId, Yen};
use simkiosk::flow::{
    Effect, Event, Flow, FlowConfig, LookupFailure, OutOfServiceReason, ReceiptOutcome,
    SaleFailure, Screen,
};
use simkiosk::i18n::Lang;
use simkiosk::payment::TerminalMessage;
use std::time::{Duration, Instant};

pub const IDLE: Duration = Duration::from_secs(60);
pub const PROMPT: Duration = Duration::from_secs(20);
pub const DONE: Duration = Duration::from_secs(10);

pub fn config() -> FlowConfig {
    FlowConfig {
        default_lang: Lang::Ja,
        languages: Lang::ALL.to_vec(),
        idle_timeout: IDLE,
        idle_prompt: PROMPT,
        done_timeout: DONE,
    }
}

pub fn sim() -> SimId {
    SimId::Msisdn("09012345678".into())
}

pub fn other_sim() -> SimId {
    SimId::Msisdn("08098765432".into())
}

pub fn subscriber() -> Subscriber {
    subscriber_for(sim())
}

pub fn subscriber_for(sim: SimId) -> Subscriber {
    Subscriber {
        sim,
        subscriber_ref: "demo-docomo-0001".into(),
        carrier_id: "docomo".into(),
        plan_id: Some("docomo-7d-3gb".into()),
        plan_name: "Docomo 7 days 3 GB".into(),
        data_left_mb: Some(512),
        expires_on: NaiveDate::from_ymd_opt(2026, 11, 30).expect("valid date"),
    }
}

pub fn quote() -> Quote {
    Quote {
        carrier_id: "docomo".into(),
        plan_id: "docomo-30d-10gb".into(),
        periods: 1,
        unit_price: Yen(3_300),
        subtotal: Yen(3_300),
        discounts: Vec::new(),
        total: Yen(3_300),
        tax_contained: Yen(300),
        tax_rate_percent: 10,
    }
}

pub fn new_expiry() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 30).expect("valid date")
}

pub const TX: &str = "tx-0001";

/// Every screen the flow can show, as a place the driver can reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Attract,
    Language,
    Identify,
    LookingUp,
    LookupFailed,
    Status,
    Plans,
    Review,
    Pay,
    PayCancelling,
    Processing,
    ReceiptPrinting,
    ReceiptFailed,
    Done,
    SaleFailed,
    OutOfService,
}

impl Step {
    pub const ALL: [Step; 16] = [
        Step::Attract,
        Step::Language,
        Step::Identify,
        Step::LookingUp,
        Step::LookupFailed,
        Step::Status,
        Step::Plans,
        Step::Review,
        Step::Pay,
        Step::PayCancelling,
        Step::Processing,
        Step::ReceiptPrinting,
        Step::ReceiptFailed,
        Step::Done,
        Step::SaleFailed,
        Step::OutOfService,
    ];
}

/// A flow with a virtual clock: `now` only moves when a test says so.
pub struct Kiosk {
    pub flow: Flow,
    pub t0: Instant,
    pub now: Instant,
}

impl Kiosk {
    pub fn new() -> Self {
        Self::with_config(config())
    }

    pub fn with_config(config: FlowConfig) -> Self {
        let t0 = Instant::now();
        Kiosk {
            flow: Flow::new(config, t0),
            t0,
            now: t0,
        }
    }

    /// A fresh kiosk walked to `step` (language picked: English).
    pub fn at(step: Step) -> Self {
        let mut k = Kiosk::new();
        k.walk_to(step);
        k
    }

    /// Send an event at the current virtual time.
    pub fn send(&mut self, event: Event) -> Vec<Effect> {
        self.flow.handle(event, self.now)
    }

    /// Let `d` pass, then Tick.
    pub fn wait(&mut self, d: Duration) -> Vec<Effect> {
        self.now += d;
        self.send(Event::Tick)
    }

    pub fn screen(&self) -> &Screen {
        self.flow.screen()
    }

    pub fn name(&self) -> &'static str {
        self.flow.screen().name()
    }

    pub fn prompt(&self) -> Option<Duration> {
        self.flow.idle_prompt(self.now)
    }

    /// Send an event the walk needs and fail loudly if it did not move the flow.
    fn must(&mut self, event: Event, expect: &str) -> Vec<Effect> {
        let effects = self.send(event.clone());
        assert_eq!(
            self.name(),
            expect,
            "walking the flow: {event:?} should lead to {expect}"
        );
        effects
    }

    pub fn walk_to(&mut self, step: Step) {
        use Step as S;
        if step == S::Attract {
            return;
        }
        if step == S::OutOfService {
            self.must(
                Event::OutOfService(OutOfServiceReason::Operator),
                "out-of-service",
            );
            return;
        }
        self.must(Event::Start, "language");
        if step == S::Language {
            return;
        }
        self.must(Event::PickLanguage(Lang::En), "identify");
        if step == S::Identify {
            return;
        }
        self.must(Event::SubmitSim(sim()), "looking-up");
        match step {
            S::LookingUp => return,
            S::LookupFailed => {
                self.must(
                    Event::LookupDone(Err(LookupFailure::NotFound)),
                    "lookup-failed",
                );
                return;
            }
            _ => {}
        }
        self.must(Event::LookupDone(Ok(subscriber())), "status");
        if step == S::Status {
            return;
        }
        self.must(Event::ContinueToPlans, "plans");
        if step == S::Plans {
            return;
        }
        self.must(Event::ChoosePlan(quote()), "review");
        if step == S::Review {
            return;
        }
        self.must(Event::ConfirmPayment, "pay");
        self.must(
            Event::TerminalMessage(TerminalMessage::Intermediate(0x0A)),
            "pay",
        );
        match step {
            S::Pay => return,
            S::PayCancelling => {
                self.must(Event::Cancel, "pay");
                return;
            }
            S::SaleFailed => {
                let declined = SaleFailure::Declined { result_code: 0x05 };
                self.must(Event::SaleFailed(declined), "sale-failed");
                return;
            }
            _ => {}
        }
        self.must(Event::PaymentApproved, "processing");
        if step == S::Processing {
            return;
        }
        let renewed = Event::Renewed {
            transaction_id: TX.into(),
            new_expiry: new_expiry(),
        };
        self.must(renewed, "receipt");
        match step {
            S::ReceiptPrinting => {}
            S::ReceiptFailed => {
                self.must(Event::ReceiptDone(ReceiptOutcome::Failed), "receipt");
            }
            S::Done => {
                self.must(Event::ReceiptDone(ReceiptOutcome::Printed), "done");
            }
            other => unreachable!("walk_to: {other:?} handled above"),
        }
    }
}

impl Default for Kiosk {
    fn default() -> Self {
        Self::new()
    }
}
