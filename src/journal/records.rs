//! What goes into the journal and what comes out of it.

use super::TxState;
use crate::carrier::Renewal;
use crate::payment::Approval;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// A fresh random id (uuid v4) for a transaction or an idempotency key.
pub fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A transaction as the engine starts it. Holds no full phone or card number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewTransaction {
    /// uuid v4.
    pub id: String,
    /// uuid v4, fixed here for the life of the transaction: every renewal attempt sends it.
    pub idempotency_key: String,
    pub created_at: DateTime<Utc>,
    pub kiosk_id: String,
    /// `SimId::masked()`.
    pub sim_masked: String,
    /// The carrier's opaque reference (`Subscriber::subscriber_ref`).
    pub subscriber_ref: String,
    pub carrier_id: String,
    pub plan_id: String,
    pub months: u32,
    /// BCP 47 tag of the customer's language (receipt reprints use it).
    pub lang: String,
    pub total_yen: i64,
    pub tax_yen: i64,
    /// The quote as shown to the customer, serialised by the engine.
    pub quote_json: String,
}

/// What a state change brings with it. Stored whole in the event row; the approval, reversal,
/// renewal, slip lines and note are also kept on the transaction row (latest wins).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Detail {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<Approval>,
    /// The terminal's answer to a reversal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reversal: Option<Approval>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renewal: Option<Renewal>,
    /// Why (an error, a decline code, an operator's note).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The card slip lines the terminal sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slip_lines: Option<Vec<String>>,
}

impl Detail {
    pub fn none() -> Detail {
        Detail::default()
    }
    pub fn note(note: impl Into<String>) -> Detail {
        Detail {
            note: Some(note.into()),
            ..Detail::default()
        }
    }
    pub fn approval(approval: Approval, slip_lines: Vec<String>) -> Detail {
        Detail {
            approval: Some(approval),
            slip_lines: Some(slip_lines),
            ..Detail::default()
        }
    }
    pub fn renewal(renewal: Renewal) -> Detail {
        Detail {
            renewal: Some(renewal),
            ..Detail::default()
        }
    }
    pub fn reversal(reversal: Approval) -> Detail {
        Detail {
            reversal: Some(reversal),
            ..Detail::default()
        }
    }
    /// Adds a note to any detail.
    pub fn with_note(mut self, note: impl Into<String>) -> Detail {
        self.note = Some(note.into());
        self
    }
}

/// A transaction as stored, with what its events brought.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TransactionRecord {
    pub id: String,
    pub idempotency_key: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub kiosk_id: String,
    pub sim_masked: String,
    pub subscriber_ref: String,
    pub carrier_id: String,
    pub plan_id: String,
    pub months: u32,
    pub lang: String,
    pub total_yen: i64,
    pub tax_yen: i64,
    pub quote_json: String,
    pub state: TxState,
    pub approval: Option<Approval>,
    pub reversal: Option<Approval>,
    pub renewal: Option<Renewal>,
    /// Empty when the terminal sent none.
    pub slip_lines: Vec<String>,
    pub last_note: Option<String>,
    /// How many times the renewal was requested (retries included).
    pub renewal_attempts: u32,
    /// How many times the reversal was requested (retries included).
    pub reversal_attempts: u32,
    /// `card`, or the QR wallet that paid (`paypay`); see [`super::WalletRef`] for its ids.
    pub payment_method: String,
}

/// One state change (or retry) of a transaction.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventRecord {
    pub tx_id: String,
    /// 1, 2, 3 … per transaction; 1 is the creation (`from` is `None`).
    pub seq: u32,
    pub at: DateTime<Utc>,
    pub from: Option<TxState>,
    pub to: TxState,
    pub detail: Detail,
}

/// One operator action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditRecord {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub detail: String,
}

/// Which transactions `Journal::list` returns, newest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListFilter {
    /// Only those not in a terminal state.
    pub pending_only: bool,
    pub limit: usize,
}

impl Default for ListFilter {
    fn default() -> Self {
        ListFilter {
            pending_only: false,
            limit: 100,
        }
    }
}

/// A step in a transaction's history that breaks the state machine (`Journal::verify_transitions`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    pub tx_id: String,
    pub seq: u32,
    pub problem: String,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "transaction {} event {}: {}",
            self.tx_id, self.seq, self.problem
        )
    }
}
