//! The payment method of a transaction and, for a QR wallet, the provider's ids (schema v4).
//! Written before the side effect they announce, like every other column.

use super::Journal;
use super::error::{JournalError, Result, SqlContext};
use rusqlite::{OptionalExtension, params};

/// How a transaction is paid and where its wallet payment stands at the provider.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct WalletRef {
    /// `card` or a wallet method such as `paypay`.
    pub method: String,
    pub code_id: Option<String>,
    pub payment_id: Option<String>,
    /// The provider's last reported status (`CREATED`, `COMPLETED`, …).
    pub status: Option<String>,
}

impl Journal {
    /// Records the payment method and the wallet ids of `id` (columns only; no state change).
    pub fn set_wallet(&self, id: &str, wallet: &WalletRef) -> Result<()> {
        self.write("set wallet", |tx| {
            let n = tx
                .execute(
                    "UPDATE transactions SET payment_method = ?2, wallet_code_id = ?3,
                     wallet_payment_id = ?4, wallet_status = ?5 WHERE id = ?1",
                    params![
                        id,
                        wallet.method,
                        wallet.code_id,
                        wallet.payment_id,
                        wallet.status
                    ],
                )
                .ctx("set wallet")?;
            if n == 0 {
                return Err(JournalError::NotFound { id: id.to_string() });
            }
            Ok(())
        })
    }

    /// The payment method and wallet ids of `id` (`method` is `card` for every older row).
    pub fn wallet(&self, id: &str) -> Result<WalletRef> {
        let conn = self.lock();
        conn.query_row(
            "SELECT payment_method, wallet_code_id, wallet_payment_id, wallet_status
             FROM transactions WHERE id = ?1",
            [id],
            |r| {
                Ok(WalletRef {
                    method: r.get(0)?,
                    code_id: r.get(1)?,
                    payment_id: r.get(2)?,
                    status: r.get(3)?,
                })
            },
        )
        .optional()
        .ctx("get wallet")?
        .ok_or_else(|| JournalError::NotFound { id: id.to_string() })
    }
}
