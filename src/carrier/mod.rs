//! The carrier backend that looks up and renews SIMs.

pub mod demo;
pub mod http;

pub use demo::{DemoCarrier, DemoPlan};
pub use http::{HttpCarrier, api_key_from_env};

use crate::domain::{SimId, Yen};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What the carrier knows about a SIM.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscriber {
    pub sim: SimId,
    /// The carrier's opaque reference for this subscription. Renewals and the journal use it, so
    /// no full phone number is ever stored.
    pub subscriber_ref: String,
    /// Carrier id as in kiosk.toml's catalogue (`docomo`, `softbank`, `au`).
    pub carrier_id: String,
    /// The current plan's id, when it is one of the catalogue's.
    pub plan_id: Option<String>,
    /// The current plan's name as the carrier calls it.
    pub plan_name: String,
    /// Data left in MB; `None` means unlimited.
    pub data_left_mb: Option<u64>,
    /// Last day of validity (JST).
    pub expires_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RenewalRequest {
    /// Fixed when the transaction starts; the same key never renews twice.
    pub idempotency_key: String,
    /// `Subscriber::subscriber_ref` from the lookup.
    pub subscriber_ref: String,
    pub plan_id: String,
    pub months: u32,
    pub amount: Yen,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Renewal {
    pub renewal_id: String,
    pub new_expiry: NaiveDate,
    pub data_left_mb: Option<u64>,
}

#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum CarrierError {
    #[error("no SIM with that number is known to the carrier")]
    NotFound,
    /// The carrier refused for good (plan not allowed for this SIM, SIM cancelled, …).
    #[error("the carrier refused: {0}")]
    Rejected(String),
    /// Could not reach the carrier or it failed; the same request may be retried.
    #[error("carrier backend unavailable: {0}")]
    Unavailable(String),
    #[error("carrier backend answered something unexpected: {0}")]
    BadResponse(String),
}

impl CarrierError {
    /// Is it safe and useful to send the same request again (with the same idempotency key)?
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            CarrierError::Unavailable(_) | CarrierError::BadResponse(_)
        )
    }
}

/// A carrier backend. Every call is bounded in time.
pub trait CarrierBackend: Send + Sync {
    fn lookup(&self, sim: &SimId) -> Result<Subscriber, CarrierError>;
    /// Renew; idempotent by `request.idempotency_key`.
    fn renew(&self, request: &RenewalRequest) -> Result<Renewal, CarrierError>;
}
