//! The engine: runs renewals against the journal, the card terminal, the carrier and the printer.
//!
//! One code path for the touch UI and the command line. Every side effect is announced in the
//! journal first (see docs/JOURNAL.md and docs/PAYMENT-COMMIT.md), so a crash at any moment leaves
//! a row that `recover` can finish or hand to the operator.

mod catalogue;
mod commit;
mod devices;
pub mod operator;
mod printing;
mod receipt;
mod recovery;
pub mod renewal;
mod reversal;
mod sale;
pub mod wallet;

pub use receipt::{paid_at, receipt_facts, receipt_facts_from};
pub use recovery::RecoveryReport;
pub use sale::{SaleProgress, SaleReport, SaleRequest};

use crate::carrier::{CarrierBackend, CarrierError, Subscriber};
use crate::config::Config;
use crate::config::PaymentMethod;
use crate::domain::SimId;
use crate::i18n::Localizer;
use crate::journal::Journal;
use crate::payment::wallet::WalletProvider;
use crate::payment::wallet::simulator::WalletSim;
use crate::payment::{PaymentTerminal, TerminalHealth};
use crate::printer::{PrinterError, PrinterStatus, ReceiptPrinter};
use std::collections::BTreeSet;
use std::sync::{Arc, Mutex, MutexGuard, RwLock, Weak};

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
    /// Swapped between customers for a newer head-office version (`catalogue.rs`).
    catalogue: RwLock<catalogue::Running>,
    localizer: Localizer,
    /// The journal serialises its own writes (one connection behind its own lock).
    journal: Journal,
    carrier: Box<dyn CarrierBackend>,
    terminal: Mutex<Box<dyn PaymentTerminal>>,
    printer: Mutex<Box<dyn ReceiptPrinter>>,
    /// Transactions whose renewal is unclear, retried in the background (`renewal.rs`).
    retries: Mutex<RetryQueue>,
    /// The QR wallet provider when kiosk.toml enables one (`wallet.rs`).
    wallet: Mutex<Option<Box<dyn WalletProvider>>>,
    /// Why the wallet method is out of service (the card terminal is not affected).
    wallet_fault: Mutex<Option<String>>,
    /// The embedded demo wallet simulator, alive as long as the engine.
    _wallet_sim: Option<WalletSim>,
    /// Keeps the embedded demo simulators alive as long as the engine.
    _demo: devices::DemoDevices,
}

#[derive(Default)]
struct RetryQueue {
    ids: BTreeSet<String>,
    worker_running: bool,
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
        let (wallet, wallet_sim) = wallet::connect(config)?;
        let journal = Journal::open(&config.journal.path)
            .map_err(|e| EngineError::Journal(format!("{}: {e}", config.journal.path.display())))?
            .with_kiosk_id(&config.kiosk.id);
        let engine = Engine::assemble(config, journal, devices, wallet_sim)?;
        *lock(&engine.inner.wallet) = wallet;
        Ok(engine)
    }

    /// An engine on devices the caller made (tests: a scripted terminal, an in-memory journal).
    pub fn with_devices(
        config: &Config,
        journal: Journal,
        terminal: Box<dyn PaymentTerminal>,
        printer: Box<dyn ReceiptPrinter>,
        carrier: Box<dyn CarrierBackend>,
    ) -> Result<Engine, EngineError> {
        let devices = devices::Devices {
            carrier,
            terminal,
            printer,
            demo: devices::DemoDevices::default(),
        };
        Engine::assemble(config, journal, devices, None)
    }

    /// Gives the engine a wallet provider the caller made (tests: the simulator on loopback).
    pub fn set_wallet_provider(&self, provider: Box<dyn WalletProvider>) {
        *lock(&self.inner.wallet) = Some(provider);
        self.set_wallet_fault(None);
    }

    fn assemble(
        config: &Config,
        journal: Journal,
        devices: devices::Devices,
        wallet_sim: Option<WalletSim>,
    ) -> Result<Engine, EngineError> {
        let localizer = Localizer::embedded().map_err(|e| EngineError::Locales(e.to_string()))?;
        Ok(Engine {
            inner: Arc::new(Inner {
                catalogue: catalogue::Running::new(config.catalogue().clone()),
                config: config.clone(),
                localizer,
                journal,
                carrier: devices.carrier,
                terminal: Mutex::new(devices.terminal),
                printer: Mutex::new(devices.printer),
                retries: Mutex::new(RetryQueue::default()),
                wallet: Mutex::new(None),
                wallet_fault: Mutex::new(None),
                _wallet_sim: wallet_sim,
                _demo: devices.demo,
            }),
        })
    }

    pub fn config(&self) -> &Config {
        &self.inner.config
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
        let health = Health { terminal, printer };
        self.record_health(&health);
        health
    }

    /// Journals each device's status when it changed (the journal debounces; the outbox
    /// carries the change to head office). A journal error does not make a device unhealthy.
    fn record_health(&self, health: &Health) {
        let terminal = match &health.terminal {
            Ok(TerminalHealth::Ready) => ("ready".to_owned(), String::new()),
            Ok(other) => ("not_ready".to_owned(), format!("{other:?}")),
            Err(e) => ("unavailable".to_owned(), e.clone()),
        };
        let printer = match &health.printer {
            Ok(s) if s.can_print() => ("ready".to_owned(), String::new()),
            Ok(s) => ("cannot_print".to_owned(), format!("{s:?}")),
            Err(e) => ("unavailable".to_owned(), e.clone()),
        };
        for (device, (status, detail)) in [("terminal", terminal), ("printer", printer)] {
            if let Err(e) = self.journal().record_health(device, &status, &detail) {
                tracing::warn!(device, error = %e, "device health not journalled");
            }
        }
    }

    /// Run one whole sale; see `sale.rs`.
    pub fn sale(
        &self,
        request: SaleRequest,
        on_progress: &mut dyn FnMut(SaleProgress),
    ) -> SaleReport {
        sale::run(self, request, PaymentMethod::Card, on_progress)
    }

    /// Run one whole sale paid by `method` (a QR wallet shows its code through `on_progress`).
    pub fn sale_with(
        &self,
        request: SaleRequest,
        method: PaymentMethod,
        on_progress: &mut dyn FnMut(SaleProgress),
    ) -> SaleReport {
        sale::run(self, request, method, on_progress)
    }

    /// Can the wallet method sell now? Asks the provider (bounded by its time-out); a fault
    /// puts only this method out of service.
    pub fn wallet_health(&self) -> Result<(), String> {
        wallet::health(self)
    }

    /// Why the wallet method is out of service, if it is (the last call's fault).
    pub fn wallet_fault(&self) -> Option<String> {
        lock(&self.inner.wallet_fault).clone()
    }

    /// The methods the customer may choose now: the configured ones, without a wallet that is
    /// out of service or the card when the terminal cannot sell (`terminal_ready`).
    pub fn methods_available(&self, terminal_ready: bool) -> Vec<PaymentMethod> {
        let wallet_ok = self.wallet_fault().is_none() && lock(&self.inner.wallet).is_some();
        self.config()
            .payment_methods
            .enabled
            .iter()
            .copied()
            .filter(|m| match m {
                PaymentMethod::Card => terminal_ready,
                PaymentMethod::Paypay => wallet_ok,
            })
            .collect()
    }

    fn wallet_provider(&self) -> MutexGuard<'_, Option<Box<dyn WalletProvider>>> {
        lock(&self.inner.wallet)
    }

    fn set_wallet_fault(&self, fault: Option<String>) {
        if let Some(f) = &fault {
            tracing::warn!(fault = %f, "wallet method out of service");
        }
        *lock(&self.inner.wallet_fault) = fault;
    }

    /// Finish or hand over every unfinished transaction; run at start-up before the first sale.
    pub fn recover(&self) -> RecoveryReport {
        recovery::run(self)
    }

    /// Prints `job` as it is (the operator's test page) after the printer check a sale makes.
    pub fn print_job(&self, job: &[u8]) -> Result<(), PrinterError> {
        let mut printer = self.printer();
        let status = printer.status()?;
        if !status.can_print() {
            return Err(PrinterError::JobFailed(format!(
                "the printer cannot print: {status:?}"
            )));
        }
        printer.print(job)
    }

    pub fn journal(&self) -> &Journal {
        &self.inner.journal
    }

    /// Transactions queued for background retries now (for the operator and tests).
    pub fn queued_retries(&self) -> Vec<String> {
        lock(&self.inner.retries).ids.iter().cloned().collect()
    }

    /// One pass over the background queue now, as the worker makes every
    /// `BACKGROUND_RETRY_EVERY` (the operator's "retry now", and tests). Rows that need no more
    /// retries leave the queue.
    pub fn retry_queued_now(&self) {
        let ids = lock(&self.inner.retries).ids.clone();
        for id in ids {
            if recovery::retry_in_background(self, &id) {
                lock(&self.inner.retries).ids.remove(&id);
            }
        }
    }

    /// Queue `id` (an unclear renewal, or a wallet payment whose outcome the provider could not
    /// tell) for background retries; starts the worker if none runs.
    /// The worker holds the engine weakly: it ends when the engine is dropped (a command-line
    /// process ends with it; the next start-up recovery picks the row up).
    fn queue_retry(&self, id: &str) {
        let mut queue = lock(&self.inner.retries);
        queue.ids.insert(id.to_owned());
        if queue.worker_running {
            return;
        }
        let weak = Arc::downgrade(&self.inner);
        let spawned = std::thread::Builder::new()
            .name("renewal-retries".into())
            .spawn(move || background_renewals(weak));
        match spawned {
            Ok(_) => queue.worker_running = true,
            Err(e) => {
                tracing::error!(error = %e, "cannot start background renewals: recovery will retry")
            }
        }
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

/// Retries every queued row (unclear renewal, unanswered wallet payment) each
/// `BACKGROUND_RETRY_EVERY` until the queue is empty or the engine is gone.
fn background_renewals(weak: Weak<Inner>) {
    const NAP: std::time::Duration = std::time::Duration::from_millis(250);
    loop {
        let mut slept = std::time::Duration::ZERO;
        while slept < renewal::BACKGROUND_RETRY_EVERY {
            if weak.strong_count() == 0 {
                return;
            }
            std::thread::sleep(NAP);
            slept += NAP;
        }
        let Some(inner) = weak.upgrade() else { return };
        let engine = Engine { inner };
        {
            let mut queue = lock(&engine.inner.retries);
            if queue.ids.is_empty() {
                queue.worker_running = false;
                return;
            }
        }
        engine.retry_queued_now();
    }
}

/// A poisoned lock means a thread panicked mid-call; the device or journal itself is still
/// consistent (every journal write is one SQLite transaction), so carry on with it.
fn lock<T: ?Sized>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
