//! Devices for the UI tests when the engine cannot be used: the real demo carrier (SQLite in
//! memory, the seeded demo SIMs) for look-ups and renewals, and a card terminal whose answer the
//! test scripts (approve, decline). The receipt is reported printed or failed as scripted.

use chrono::NaiveDate;
use simkiosk::carrier::{
    CarrierBackend, CarrierError, DemoCarrier, DemoPlan, RenewalRequest, Subscriber,
};
use simkiosk::config::Config;
use simkiosk::domain::{Catalogue, SimId};
use simkiosk::flow::{Event, LookupFailure, OutOfServiceReason, ReceiptOutcome, SaleFailure};
use simkiosk::payment::TerminalMessage;
use simkiosk::ui::{Devices, SaleOrder};
use std::sync::Mutex;

/// What the scripted terminal and printer do with the next sale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Approve,
    Decline { result_code: u8 },
    ApproveReceiptFails,
}

pub struct ScriptedDevices {
    catalogue: Catalogue,
    carrier: DemoCarrier,
    config: Config,
    pub script: Mutex<Script>,
    /// What `out_of_service` answers (the test sets it).
    pub health: Mutex<Option<OutOfServiceReason>>,
    sales: Mutex<u32>,
}

/// The demo carrier's "today" for every test: fixed, so expiry dates are reproducible.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).expect("valid date")
}

impl ScriptedDevices {
    pub fn new(config: Config, script: Script) -> ScriptedDevices {
        let plans = config
            .catalogue
            .plans()
            .iter()
            .map(DemoPlan::from)
            .collect();
        let carrier =
            DemoCarrier::open_in_memory(plans, today).expect("the demo carrier opens in memory");
        ScriptedDevices {
            catalogue: config.catalogue.clone(),
            carrier,
            config,
            script: Mutex::new(script),
            health: Mutex::new(None),
            sales: Mutex::new(0),
        }
    }
}

impl Devices for ScriptedDevices {
    fn catalogue(&self) -> std::sync::Arc<Catalogue> {
        std::sync::Arc::new(self.catalogue.clone())
    }

    fn lookup(&self, sim: &SimId) -> Result<Subscriber, LookupFailure> {
        self.carrier.lookup(sim).map_err(|e| match e {
            CarrierError::NotFound => LookupFailure::NotFound,
            _ => LookupFailure::Unavailable,
        })
    }

    fn sale(&self, order: SaleOrder, report: &mut dyn FnMut(Event)) {
        // ZVT intermediate status 0x0A: "insert card" (PA00P015 §3.7).
        report(Event::TerminalMessage(TerminalMessage::Intermediate(0x0A)));
        if order.cancel.is_requested() {
            report(Event::SaleFailed(SaleFailure::Aborted));
            return;
        }
        let script = *self.script.lock().expect("script lock");
        if let Script::Decline { result_code } = script {
            report(Event::TerminalMessage(TerminalMessage::Result(result_code)));
            report(Event::SaleFailed(SaleFailure::Declined { result_code }));
            return;
        }
        report(Event::PaymentApproved);
        let n = {
            let mut s = self.sales.lock().expect("sales lock");
            *s += 1;
            *s
        };
        let request = RenewalRequest {
            idempotency_key: format!("ui-test-{n}"),
            subscriber_ref: order.subscriber.subscriber_ref.clone(),
            plan_id: order.quote.plan_id.clone(),
            months: order.quote.periods,
            amount: order.quote.total,
        };
        match self.carrier.renew(&request) {
            Ok(renewal) => {
                report(Event::Renewed {
                    transaction_id: format!("T{n:06}"),
                    new_expiry: renewal.new_expiry,
                });
                let outcome = if script == Script::ApproveReceiptFails {
                    ReceiptOutcome::Failed
                } else {
                    ReceiptOutcome::Printed
                };
                report(Event::ReceiptDone(outcome));
            }
            Err(_) => report(Event::SaleFailed(SaleFailure::RenewalFailedReversed)),
        }
    }

    fn out_of_service(&self) -> Option<OutOfServiceReason> {
        self.health.lock().expect("health lock").clone()
    }

    fn e_receipt_url(&self, transaction_id: &str) -> Option<String> {
        self.config.store.receipt_url(transaction_id)
    }

    fn payment_methods(&self) -> Vec<simkiosk::flow::PaymentMethod> {
        self.config.payment_methods.enabled.clone()
    }
}
