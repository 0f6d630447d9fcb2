//! The engine behind the `Devices` seam: the kiosk's real devices (or the demo simulators the
//! engine spawns for the demo configuration).

use super::devices::{Devices, SaleOrder};
use crate::carrier::{CarrierError, Subscriber};
use crate::config::Config;
use crate::domain::{Catalogue, SimId};
use crate::engine::{Engine, EngineError, SaleProgress, SaleReport, SaleRequest};
use crate::flow::{Event, LookupFailure, OutOfServiceReason, ReceiptOutcome, WalletCode};
use crate::payment::wallet::ShownCode;
use chrono::{DateTime, Utc};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Clone)]
pub struct EngineDevices {
    engine: Engine,
}

impl EngineDevices {
    /// Start the engine on `config` (journal, devices, carrier).
    pub fn new(config: &Config) -> Result<EngineDevices, EngineError> {
        Engine::from_config(config).map(EngineDevices::from)
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }
}

impl From<Engine> for EngineDevices {
    fn from(engine: Engine) -> Self {
        EngineDevices { engine }
    }
}

/// What the flow needs to know about a failed lookup.
pub fn lookup_failure(e: &CarrierError) -> LookupFailure {
    match e {
        CarrierError::NotFound => LookupFailure::NotFound,
        // A refusal for good is, to the customer, a SIM this kiosk cannot renew.
        CarrierError::Rejected(_) => LookupFailure::NotFound,
        CarrierError::Unavailable(_) | CarrierError::BadResponse(_) => LookupFailure::Unavailable,
    }
}

/// A progress report as the flow event it becomes.
pub fn progress_event(p: SaleProgress) -> Event {
    match p {
        SaleProgress::Terminal(m) => Event::TerminalMessage(m),
        SaleProgress::Approved => Event::PaymentApproved,
        SaleProgress::Renewed {
            transaction_id,
            new_expiry,
        } => Event::Renewed {
            transaction_id,
            new_expiry,
        },
        SaleProgress::ReceiptPrinted => Event::ReceiptDone(ReceiptOutcome::Printed),
        SaleProgress::ReceiptFailed => Event::ReceiptDone(ReceiptOutcome::Failed),
        SaleProgress::WalletCode(code) => {
            Event::WalletCode(wallet_code(&code, Utc::now(), Instant::now()))
        }
    }
}

/// The provider's code with its expiry (Unix seconds) moved onto the flow's monotonic clock,
/// measured from `wall` and `mono`, taken together. An expiry already past is `mono`.
pub fn wallet_code(code: &ShownCode, wall: DateTime<Utc>, mono: Instant) -> WalletCode {
    let left = u64::try_from(code.expires_at - wall.timestamp()).unwrap_or(0);
    WalletCode {
        url: code.url.clone(),
        expires_at: mono.checked_add(Duration::from_secs(left)).unwrap_or(mono),
    }
}

impl Devices for EngineDevices {
    fn catalogue(&self) -> Arc<Catalogue> {
        self.engine.catalogue()
    }

    fn lookup(&self, sim: &SimId) -> Result<Subscriber, LookupFailure> {
        // A customer starts here, before any plan is shown: the moment between two customers
        // to take a newer head-office catalogue (the root takes it when the plans show).
        self.engine.refresh_catalogue();
        self.engine.lookup(sim).map_err(|e| lookup_failure(&e))
    }

    fn sale(&self, order: SaleOrder, report: &mut dyn FnMut(Event)) {
        let request = SaleRequest {
            sim: order.sim,
            subscriber: order.subscriber,
            quote: order.quote,
            lang: order.lang,
            cancel: order.cancel,
        };
        match self
            .engine
            .sale_with(request, order.method, &mut |p| report(progress_event(p)))
        {
            // Every step of a completed sale was already reported as progress.
            SaleReport::Completed { .. } => {}
            SaleReport::Failed { failure, .. } => report(Event::SaleFailed(failure)),
        }
    }

    fn out_of_service(&self) -> Option<OutOfServiceReason> {
        // At start-up too: the kiosk reports the catalogue version it runs.
        self.engine.refresh_catalogue();
        let health = self.engine.health();
        if health.can_sell(
            self.engine
                .config()
                .printer
                .allow_qr_receipt_when_unavailable,
        ) {
            return None;
        }
        tracing::warn!(?health, "devices not ready: out of service");
        Some(
            if health
                .terminal
                .as_ref()
                .is_ok_and(|t| *t == crate::payment::TerminalHealth::Ready)
            {
                OutOfServiceReason::PrinterUnavailable
            } else {
                OutOfServiceReason::TerminalUnavailable
            },
        )
    }

    fn payment_methods(&self) -> Vec<crate::flow::PaymentMethod> {
        // A kiosk whose terminal cannot sell is out of service before review (`out_of_service`).
        self.engine.methods_available(true)
    }

    fn e_receipt_url(&self, transaction_id: &str) -> Option<String> {
        self.engine.config().store.receipt_url(transaction_id)
    }
}

/// Which part kept the engine from starting, as the out-of-service screen says it.
pub fn offline_reason(error: &EngineError) -> OutOfServiceReason {
    match error {
        EngineError::Terminal(_) => OutOfServiceReason::TerminalUnavailable,
        EngineError::Printer(_) => OutOfServiceReason::PrinterUnavailable,
        EngineError::Carrier(_) => OutOfServiceReason::CarrierUnavailable,
        // Journal, translations, configuration: staff must look at the kiosk.
        _ => OutOfServiceReason::Operator,
    }
}
