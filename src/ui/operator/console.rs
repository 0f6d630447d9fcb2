//! The operator's side of the engine as jobs: each `Job` is one blocking call (Argon2, SQLite,
//! a device), run by the root on a blocking thread, whose result comes back as `Done`. The gate
//! (PIN lockout) lives here, shared by every opening of the pad, so closing the pad does not
//! reset the count.

use crate::config::CarrierKind;
use crate::engine::Engine;
use crate::engine::operator::EndOfDay;
use crate::journal::{ListFilter, TxState, WalletRef};
use crate::ops::settle::{OperatorAction, check};
use crate::ops::{Attempt, OperatorGate, PendingDecision, SettleOutcome};
use crate::payment::TerminalHealth;
use crate::printer::PrinterStatus;
use crate::ui::effects::Runner;
use chrono::{DateTime, Utc};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// Who the audit trail names for actions taken on the touch screen.
pub const ACTOR: &str = "operator-pad";
/// Audit actions of the screens themselves (the engine audits its own actions).
pub const AUDIT_EXIT: &str = "operator_exit";
pub const AUDIT_IDLE_EXIT: &str = "operator_idle_exit";
pub const AUDIT_QUIT: &str = "kiosk_quit";

/// How many recent receipts the reprint screen offers.
const RECENT_RECEIPTS: usize = 8;

/// The engine and the PIN gate, shared by the root and its tasks.
#[derive(Clone)]
pub struct Console {
    engine: Engine,
    gate: Arc<Mutex<OperatorGate>>,
    runner: Runner,
}

impl std::fmt::Debug for Console {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Console")
            .field("runner", &self.runner)
            .finish_non_exhaustive()
    }
}

/// Settle actions that take no note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settle {
    Retry,
    Reverse,
}

/// One blocking call for the operator screens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    Pin(String),
    Status,
    Decisions,
    Settle {
        id: String,
        kind: Settle,
    },
    Resolve {
        id: String,
        note: String,
    },
    Receipts,
    Reprint {
        id: String,
    },
    EndOfDay,
    SetOutOfService(bool),
    Audit {
        action: &'static str,
        detail: String,
    },
}

/// What the devices said, for the home screen.
#[derive(Debug, Clone, PartialEq)]
pub struct DeviceStatus {
    pub terminal: Result<TerminalHealth, String>,
    pub printer: Result<PrinterStatus, String>,
    /// `demo` or the HTTP base address.
    pub carrier: String,
    /// The newest renewal the carrier confirmed, from the journal (the backend has no probe).
    pub last_renewal: Option<DateTime<Utc>>,
    pub out_of_service: Result<bool, String>,
    pub pending: Result<usize, String>,
}

/// A receipt the operator can print again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptRow {
    pub id: String,
    pub created_at: DateTime<Utc>,
    pub sim_masked: String,
    pub total_yen: i64,
    pub state: TxState,
    /// Paid by a QR wallet: the method, the provider's payment id and last status.
    pub wallet: Option<WalletRef>,
}

/// A job's result.
#[derive(Debug, Clone, PartialEq)]
pub enum Done {
    Pin(Attempt),
    Status(Box<DeviceStatus>),
    Decisions(Result<Vec<PendingDecision>, String>),
    Settled {
        id: String,
        result: Result<SettleOutcome, String>,
    },
    Receipts(Result<Vec<ReceiptRow>, String>),
    Reprinted {
        id: String,
        result: Result<bool, String>,
    },
    EndOfDay(Box<Result<EndOfDay, String>>),
    OutOfService {
        on: bool,
        result: Result<(), String>,
    },
    Audited,
    /// The job's thread died; what it said.
    Failed(String),
}

impl Console {
    /// The console of `engine`; the pad's lockout continues the one in the audit trail.
    pub fn new(engine: Engine, runner: Runner) -> Console {
        let pin_hash = engine.config().operator.pin_hash.clone();
        let gate = OperatorGate::restore(pin_hash, engine.journal(), Instant::now(), Utc::now());
        Console {
            engine,
            gate: Arc::new(Mutex::new(gate)),
            runner,
        }
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    pub fn runner(&self) -> Runner {
        self.runner
    }

    /// Run `job` to its end on this thread (blocking; bounded by the engine's own time-outs).
    pub fn run(&self, job: Job) -> Done {
        let e = &self.engine;
        match job {
            Job::Pin(pin) => {
                let mut gate = self.gate.lock().unwrap_or_else(|p| p.into_inner());
                Done::Pin(gate.try_pin(e.journal(), ACTOR, &pin, Instant::now()))
            }
            Job::Status => Done::Status(Box::new(self.status())),
            Job::Decisions => Done::Decisions(e.pending_decisions().map_err(|e| e.to_string())),
            Job::Settle { id, kind } => {
                let result = match kind {
                    Settle::Retry => e.settle_retry(&id, ACTOR),
                    Settle::Reverse => e.settle_reverse(&id, ACTOR),
                };
                Done::Settled {
                    id,
                    result: result.map_err(|e| e.to_string()),
                }
            }
            Job::Resolve { id, note } => {
                let result = e.settle_resolve(&id, ACTOR, &note);
                Done::Settled {
                    id,
                    result: result.map_err(|e| e.to_string()),
                }
            }
            Job::Receipts => Done::Receipts(self.receipts()),
            Job::Reprint { id } => {
                let result = e.reprint(&id, None, ACTOR).map_err(|e| e.to_string());
                Done::Reprinted { id, result }
            }
            Job::EndOfDay => {
                Done::EndOfDay(Box::new(e.end_of_day(ACTOR).map_err(|e| e.to_string())))
            }
            Job::SetOutOfService(on) => Done::OutOfService {
                on,
                result: e.set_out_of_service(on, ACTOR).map_err(|e| e.to_string()),
            },
            Job::Audit { action, detail } => {
                if let Err(err) = e.audit_operator(ACTOR, action, &detail) {
                    tracing::error!(error = %err, action, "operator: cannot audit");
                }
                Done::Audited
            }
        }
    }

    fn status(&self) -> DeviceStatus {
        let e = &self.engine;
        let health = e.health();
        let carrier = match &e.config().carrier.kind {
            CarrierKind::Demo { .. } => "demo".to_owned(),
            CarrierKind::Http { base_url, .. } => base_url.clone(),
        };
        let last_renewal = e
            .journal()
            .list(ListFilter {
                pending_only: false,
                limit: 50,
            })
            .ok()
            .and_then(|rows| rows.into_iter().find(|r| r.renewal.is_some()))
            .map(|r| r.updated_at);
        DeviceStatus {
            terminal: health.terminal,
            printer: health.printer,
            carrier,
            last_renewal,
            out_of_service: e.out_of_service().map_err(|e| e.to_string()),
            pending: e
                .pending_decisions()
                .map(|d| d.iter().filter(|d| d.waiting_for != "recovery").count())
                .map_err(|e| e.to_string()),
        }
    }

    /// The newest receipts that can be printed again, newest first.
    fn receipts(&self) -> Result<Vec<ReceiptRow>, String> {
        let rows = self
            .engine
            .journal()
            .list(ListFilter {
                pending_only: false,
                limit: 50,
            })
            .map_err(|e| e.to_string())?;
        let journal = self.engine.journal();
        Ok(rows
            .into_iter()
            .filter(|r| check(OperatorAction::Reprint, r).is_ok())
            .take(RECENT_RECEIPTS)
            .map(|r| ReceiptRow {
                wallet: (r.payment_method != "card")
                    .then(|| journal.wallet(&r.id).ok())
                    .flatten(),
                id: r.id,
                created_at: r.created_at,
                sim_masked: r.sim_masked,
                total_yen: r.total_yen,
                state: r.state,
            })
            .collect())
    }
}
