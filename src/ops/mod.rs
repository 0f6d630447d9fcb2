//! The operator's side: PIN (Argon2id) and the pad's lockout, the settle policy, the daily
//! report, and the `settle`, `report` and `hash-pin` commands. The actions that drive devices
//! are `Engine` methods in `engine/operator.rs`.

pub mod cli;
pub mod journal_actions;
pub mod lockout;
pub mod pin;
pub mod report;
pub mod settle;

pub use journal_actions::{daily_report, resolve};
pub use lockout::{Attempt, Lockout, OperatorGate};
pub use report::DailyReport;
pub use settle::{OperatorAction, OperatorError, PendingDecision, SettleOutcome};
