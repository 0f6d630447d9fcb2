//! The engine: runs renewals against the journal, the card terminal, the carrier and the printer.
//!
//! One code path for the touch UI and the command line. Every side effect is announced in the
//! journal first (see docs/JOURNAL.md and docs/PAYMENT-COMMIT.md), so a crash at any moment leaves
//! a row that `recover` can finish or hand to the operator.

mod commit;
mod devices;
pub mod operator;
mod printing;
mod receipt;
mod recovery;
mod reversal;
mod sale;

pub use receipt::{paid_at, receipt_facts, receipt_facts_from};
pub use recovery::RecoveryReport;
pub use sale::{SaleProgress, SaleReport, SaleRequest};

use crate::carrier::{CarrierBackend, CarrierError, Subscriber};
use crate::config::Config;
use crate::domain::SimId;
use crate::domain::catalogue::Catalogue;
use crate::i18n::Localizer;
use crate::journal::Journal;
use crate::payment::{PaymentTerminal, TerminalHealth};
use crate::printer::{PrinterStatus, ReceiptPrinter};
use std::sync::{Arc, Mutex, MutexGuard};

#[derive(Debug, Clone, thiserror::Error)]
pub enum EngineError {
    #[error("journal: {0}")]
    Journal(String),
    #[error("card terminal: {0}")]
    Terminal(String),
    #[error("printer: {0}")]
    Printer(String),
    #[error("carrier backend: {0}")]
    Carrier(String),
    #[error("localisation: {0}")]
    Locales(String),
    #[error("{0}")]
    Config(String),
}

/// Shared by the UI (cloned into tasks) and the command line.
#[derive(Clone)]
pub struct Engine {
    inner: Arc<Inner>,
}

struct Inner {
    config: Config,
    catalogue: Catalogue,
    localizer: Localizer,
    journal: Mutex<Journal>,
    carrier: Box<dyn CarrierBackend>,
    terminal: Mutex<Box<dyn PaymentTerminal>>,
    printer: Mutex<Box<dyn ReceiptPrinter>>,
    /// Keeps the embedded demo simulators alive as long as the engine.
    _demo: devices::DemoDevices,
}

/// What the kiosk knows about its devices, for the out-of-service decision and the operator.
#[derive(Debug, Clone)]
pub struct Health {
    pub terminal: Result<TerminalHealth, String>,
    pub printer: Result<PrinterStatus, String>,
}

impl Health {
    /// Can the kiosk sell? The printer may be unavailable if a QR receipt is allowed instead.
    pub fn can_sell(&self, qr_receipt_allowed: bool) -> bool {
        let terminal_ok = matches!(self.terminal, Ok(TerminalHealth::Ready));
        let printer_ok = matches!(&self.printer, Ok(s) if s.can_print());
        terminal_ok && (printer_ok || qr_receipt_allowed)
    }
}

impl Engine {
    /// Open the journal, connect the devices named in the configuration (spawning the embedded
    /// simulators for the demo kinds) and the carrier backend.
    pub fn from_config(config: &Config) -> Result<Engine, EngineError> {
        let devices = devices::connect(config)?;
        let journal = Journal::open(&config.journal.path)
            .map_err(|e| EngineError::Journal(format!("{}: {e}", config.journal.path.display())))?;
        let localizer = Localizer::embedded().map_err(|e| EngineError::Locales(e.to_string()))?;
        Ok(Engine {
            inner: Arc::new(Inner {
                catalogue: config.catalogue().clone(),
                config: config.clone(),
                localizer,
                journal: Mutex::new(journal),
                carrier: devices.carrier,
                terminal: Mutex::new(devices.terminal),
                printer: Mutex::new(devices.printer),
                _demo: devices.demo,
            }),
        })
    }

    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.inner.catalogue
    }

    pub fn localizer(&self) -> &Localizer {
        &self.inner.localizer
    }

    /// Look the SIM up at its carrier (bounded by the carrier's time-out).
    pub fn lookup(&self, sim: &SimId) -> Result<Subscriber, CarrierError> {
        let result = self.inner.carrier.lookup(sim);
        match &result {
            Ok(s) => tracing::info!(sim = %sim.masked(), carrier = %s.carrier_id, "SIM found"),
            Err(e) => tracing::info!(sim = %sim.masked(), error = %e, "SIM lookup failed"),
        }
        result
    }

    /// Ask the terminal and the printer how they are (each call bounded by its driver).
    pub fn health(&self) -> Health {
        let terminal = self.terminal().health().map_err(|e| e.to_string());
        let printer = self.printer().status().map_err(|e| e.to_string());
        Health { terminal, printer }
    }

    /// Run one whole sale; see `sale.rs`.
    pub fn sale(
        &self,
        request: SaleRequest,
        on_progress: &mut dyn FnMut(SaleProgress),
    ) -> SaleReport {
        sale::run(self, request, on_progress)
    }

    /// Finish or hand over every unfinished transaction; run at start-up before the first sale.
    pub fn recover(&self) -> RecoveryReport {
        recovery::run(self)
    }

    pub fn journal(&self) -> MutexGuard<'_, Journal> {
        lock(&self.inner.journal)
    }

    fn terminal(&self) -> MutexGuard<'_, Box<dyn PaymentTerminal>> {
        lock(&self.inner.terminal)
    }

    fn printer(&self) -> MutexGuard<'_, Box<dyn ReceiptPrinter>> {
        lock(&self.inner.printer)
    }

    fn carrier(&self) -> &dyn CarrierBackend {
        self.inner.carrier.as_ref()
    }
}

/// A poisoned lock means a thread panicked mid-call; the device or journal itself is still
/// consistent (every journal write is one SQLite transaction), so carry on with it.
fn lock<T: ?Sized>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
