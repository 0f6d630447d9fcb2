//! The card terminal, behind a trait the engine drives.
//!
//! A decline is a value (`PaymentOutcome::Declined`), not an error: `Err` is for transport and
//! protocol faults. The sale commits when the observer accepts the approval (see
//! docs/PAYMENT-COMMIT.md): the engine makes the approval durable first, and only then does the
//! driver tell the terminal to keep the money (ZVT: `80 00 00` to the status information).

use crate::domain::Yen;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

pub mod wallet;
pub mod zvt;

/// Set by the UI when the customer cancels; the driver aborts if that is still safe.
#[derive(Debug, Clone, Default)]
pub struct CancelFlag(Arc<AtomicBool>);

impl CancelFlag {
    pub fn request(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
    pub fn is_requested(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

#[derive(Debug, Clone)]
pub struct PaymentRequest {
    pub amount: Yen,
    pub cancel: CancelFlag,
}

/// What the terminal reported about an approved payment. Never holds a full card number.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Approval {
    pub amount: Yen,
    pub receipt_no: Option<u32>,
    pub trace_no: Option<u32>,
    pub turnover_no: Option<u32>,
    /// As the terminal masks it, e.g. `************1234`.
    pub masked_pan: Option<String>,
    pub card_name: Option<String>,
    pub auth_code: Option<String>,
    pub terminal_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaymentOutcome {
    /// Approved and committed. `slip_lines` are the card slip lines the terminal printed to us;
    /// `completion_received` is false when the completion was lost after the commit (the sale
    /// stands; see docs/PAYMENT-COMMIT.md).
    Approved {
        approval: Approval,
        slip_lines: Vec<String>,
        completion_received: bool,
    },
    /// Refused by the card issuer or the terminal; `result_code` is the ZVT result code.
    Declined { result_code: u8 },
    /// Cancelled by the customer or timed out at the terminal; nothing was charged.
    Aborted { result_code: Option<u8> },
}

/// A message the terminal wants the customer to see, by ZVT code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TerminalMessage {
    /// `04 FF` intermediate status code (PA00P015 §3.7), e.g. 0x0A insert card.
    Intermediate(u8),
    /// A result code (PA00P015 chapter 10), e.g. 0x05 declined.
    Result(u8),
}

/// The engine's answer to an approval: `Accept` only once the approval is durable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommitDecision {
    Accept,
    Refuse,
}

/// Receives what happens during a payment, on the driver's thread.
pub trait PaymentObserver {
    fn message(&mut self, message: TerminalMessage);
    /// Called when the terminal has authorised; the sale is committed only if this returns Accept.
    fn approved(&mut self, approval: &Approval) -> CommitDecision;
    /// Called when the decision `approved` returned never went out (the session had already
    /// ended): the terminal did not hear "keep the money", so the sale is not committed.
    fn decision_not_sent(&mut self) {}
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReversalOutcome {
    Reversed {
        approval: Approval,
    },
    /// ZVT `B4`: the terminal had already reversed it.
    AlreadyReversed,
    Refused {
        result_code: u8,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TerminalHealth {
    Ready,
    /// The terminal answered but cannot sell now; `result_code` says why.
    NotReady {
        result_code: u8,
    },
}

#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum PaymentError {
    #[error("card terminal connection: {0}")]
    Transport(String),
    #[error("card terminal did not answer within {what}")]
    Timeout { what: String },
    #[error("card terminal protocol error: {0}")]
    Protocol(String),
    /// The terminal cannot take payments until someone sees to it (not a card decline).
    #[error("card terminal out of service: {reason}")]
    OutOfService { reason: String },
    /// The terminal ended as if it kept money the kiosk holds no approval for: the customer may
    /// be charged, so this is for the operator (`needs_operator`), never "nothing charged".
    #[error("card terminal charge unproven: {reason}")]
    Unproven { reason: String },
}

/// A card terminal. Every call is bounded in time.
pub trait PaymentTerminal: Send {
    /// Is the terminal there and able to take a payment? (ZVT status enquiry `05 01`.)
    fn health(&mut self) -> Result<TerminalHealth, PaymentError>;
    /// Take a payment. Before answering the terminal's approval the driver calls
    /// `observer.approved`; the money is kept only if that returns `Accept`.
    fn authorise(
        &mut self,
        request: &PaymentRequest,
        observer: &mut dyn PaymentObserver,
    ) -> Result<PaymentOutcome, PaymentError>;
    /// Reverse an approved payment by the terminal's receipt number (ZVT `06 30`).
    fn reverse(&mut self, receipt_no: u32, amount: Yen) -> Result<ReversalOutcome, PaymentError>;
    /// What the terminal last did (ZVT repeat receipt `06 20`), if it says.
    fn repeat_receipt(&mut self) -> Result<Option<Approval>, PaymentError>;
    /// Close the day at the terminal (ZVT `06 50`); returns the terminal's report lines.
    fn end_of_day(&mut self) -> Result<Vec<String>, PaymentError>;
}
