//! QR wallets shown on the kiosk's screen (merchant-presented dynamic QR), behind a trait the
//! engine drives.
//!
//! The kiosk creates a code for one payment, shows it, and polls the provider until the payment
//! ends. The engine never sees a provider's wire format: a provider maps its states onto
//! [`WalletStatus`] and its faults onto [`WalletError`]. PayPay's Open Payment API is the first
//! provider ([`paypay`]); another merchant-presented QR API (Alipay+, …) is one more module that
//! implements [`WalletProvider`].
//!
//! The journal id of the transaction is the provider's idempotency key (`merchant_payment_id`),
//! durable before a code is created, so recovery can always ask "what became of this payment?"
//! (docs/PAYMENT-COMMIT.md).

use crate::domain::Yen;
use std::time::Duration;

pub mod auth;
pub mod credentials;
pub mod opa;
pub mod paypay;
pub mod simulator;

/// A code to create: one payment of `amount`, keyed by the transaction's journal id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeRequest {
    pub merchant_payment_id: String,
    pub amount: Yen,
    /// Shown in the wallet app (e.g. the plan's name).
    pub description: String,
    /// How long the code may be scanned.
    pub lifetime: Duration,
}

/// A created code: what the screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownCode {
    pub code_id: String,
    /// The text the QR code encodes.
    pub url: String,
    /// Unix seconds after which the code can no longer be paid.
    pub expires_at: i64,
}

/// Where a wallet payment stands, in the provider's words mapped to ours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum WalletStatus {
    /// The code exists and nobody has paid it yet.
    Created,
    /// Paid: the money is taken (the commit point, once journaled).
    Completed,
    Failed,
    Canceled,
    Expired,
    /// Paid, then refunded in full.
    Refunded,
    /// The provider knows no payment by that id (never created, or its code was deleted unpaid).
    NotFound,
}

impl WalletStatus {
    /// No further change will come without the kiosk acting.
    pub fn is_final(self) -> bool {
        !matches!(self, WalletStatus::Created)
    }

    /// Nothing was taken from the customer.
    pub fn nothing_charged(self) -> bool {
        matches!(
            self,
            WalletStatus::Failed
                | WalletStatus::Canceled
                | WalletStatus::Expired
                | WalletStatus::NotFound
                | WalletStatus::Refunded
        )
    }
}

/// A payment as the provider reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalletPayment {
    pub status: WalletStatus,
    /// The provider's own id of the payment, once there is one.
    pub payment_id: Option<String>,
    pub amount: Option<Yen>,
    pub currency: Option<String>,
}

impl WalletPayment {
    pub fn not_found() -> WalletPayment {
        WalletPayment {
            status: WalletStatus::NotFound,
            payment_id: None,
            amount: None,
            currency: None,
        }
    }

    /// Completed for exactly `amount` in yen; anything else must not be kept.
    pub fn completed_as_requested(&self, amount: Yen) -> bool {
        self.status == WalletStatus::Completed
            && self.amount == Some(amount)
            && self.currency.as_deref() == Some("JPY")
    }
}

/// A refund of a completed payment, keyed by its own idempotency id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundRequest {
    pub merchant_refund_id: String,
    pub payment_id: String,
    pub amount: Yen,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WalletError {
    #[error("wallet provider rejected the credentials (HTTP {status}: {code})")]
    Unauthorized { status: u16, code: String },
    #[error("wallet provider rate limit (HTTP 429)")]
    RateLimited,
    #[error("wallet provider server error (HTTP {status}: {code})")]
    Server { status: u16, code: String },
    #[error("wallet provider did not answer {what} within {secs} s")]
    Timeout { what: String, secs: u64 },
    #[error("wallet provider connection: {0}")]
    Transport(String),
    #[error("wallet provider answered something unreadable: {0}")]
    BadResponse(String),
    /// A business refusal for this one request (e.g. `DUPLICATE_DYNAMIC_QR_REQUEST`).
    #[error("wallet provider refused {what}: {code} ({message})")]
    Rejected {
        what: String,
        code: String,
        message: String,
    },
    #[error("wallet configuration: {0}")]
    Config(String),
}

impl WalletError {
    /// The provider cannot be used until someone sees to it or it recovers: the wallet method
    /// goes out of service (only that method; the card terminal still sells).
    pub fn takes_method_out_of_service(&self) -> bool {
        !matches!(self, WalletError::Rejected { .. })
    }
}

/// A merchant-presented QR wallet API. Every call is bounded in time.
pub trait WalletProvider: Send {
    /// The method's name in kiosk.toml and the journal (e.g. `paypay`).
    fn method(&self) -> &'static str;
    /// How often the provider wants the payment polled.
    fn poll_interval(&self) -> Duration;
    /// Create a dynamic QR code for one payment. Creating it twice for the same id is refused
    /// by the provider, never a second charge.
    fn create_code(&mut self, request: &CodeRequest) -> Result<ShownCode, WalletError>;
    /// The payment made (or not) with the code of `merchant_payment_id`.
    fn payment(&mut self, merchant_payment_id: &str) -> Result<WalletPayment, WalletError>;
    /// Withdraw a code so it can no longer be paid.
    fn delete_code(&mut self, code_id: &str) -> Result<(), WalletError>;
    /// Cancel a payment (within the provider's cancel window; otherwise refund it).
    fn cancel_payment(&mut self, merchant_payment_id: &str) -> Result<(), WalletError>;
    /// Refund a completed payment in full.
    fn refund(&mut self, request: &RefundRequest) -> Result<(), WalletError>;
}

#[cfg(test)]
mod tests;
