//! The seam between the UI and the devices: the engine in the kiosk, the same engine on demo
//! devices in tests. Calls block (each wait is bounded inside the engine); the root runs them on
//! a blocking thread and turns what they report into flow events.

use crate::carrier::Subscriber;
use crate::domain::{Catalogue, Quote, SimId};
use crate::flow::{Event, LookupFailure, OutOfServiceReason};
use crate::i18n::Lang;
use crate::payment::CancelFlag;
use std::sync::Arc;

/// One sale as the flow asked for it, with the subscriber from the lookup.
#[derive(Debug, Clone)]
pub struct SaleOrder {
    pub sim: SimId,
    pub subscriber: Subscriber,
    pub quote: Quote,
    pub lang: Lang,
    pub method: crate::flow::PaymentMethod,
    /// Set when the customer cancels; the engine aborts if that is still safe.
    pub cancel: CancelFlag,
}

pub trait Devices: Send + Sync + 'static {
    /// The catalogue to quote from now; the root takes it once per customer, so a newer one
    /// the engine swaps in later never changes the prices of a customer already choosing.
    fn catalogue(&self) -> Arc<Catalogue>;
    /// Look the SIM up at its carrier.
    fn lookup(&self, sim: &SimId) -> Result<Subscriber, LookupFailure>;
    /// Run the whole sale (printer check, payment, renewal, receipt), reporting each step as
    /// the flow event it is: `TerminalMessage`, `PaymentApproved`, `Renewed`, `ReceiptDone`, or
    /// one final `SaleFailed`.
    fn sale(&self, order: SaleOrder, report: &mut dyn FnMut(Event));
    /// Why the kiosk cannot sell now, if it cannot (asked at start-up and after a failed sale).
    fn out_of_service(&self) -> Option<OutOfServiceReason>;
    /// The address of the e-receipt for the QR code on the receipt screen, if the kiosk has one.
    fn e_receipt_url(&self, transaction_id: &str) -> Option<String>;
    /// The ways the customer may pay now (no I/O: the last known state of each method).
    fn payment_methods(&self) -> Vec<crate::flow::PaymentMethod> {
        vec![crate::flow::PaymentMethod::Card]
    }
}

/// Stands in for the engine when it could not start (a device missing at boot): the kiosk shows
/// out of service, in every language, instead of failing to start. Restarting the process (the
/// service manager's job) tries the devices again.
pub struct Offline {
    pub catalogue: Catalogue,
    pub reason: OutOfServiceReason,
}

impl Devices for Offline {
    fn catalogue(&self) -> Arc<Catalogue> {
        Arc::new(self.catalogue.clone())
    }

    fn lookup(&self, _sim: &SimId) -> Result<Subscriber, LookupFailure> {
        Err(LookupFailure::Unavailable)
    }

    fn sale(&self, _order: SaleOrder, report: &mut dyn FnMut(Event)) {
        report(Event::SaleFailed(crate::flow::SaleFailure::TerminalFault));
    }

    fn out_of_service(&self) -> Option<OutOfServiceReason> {
        Some(self.reason.clone())
    }

    fn e_receipt_url(&self, _transaction_id: &str) -> Option<String> {
        None
    }
}
