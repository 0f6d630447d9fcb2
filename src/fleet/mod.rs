//! Head office: the kiosk's outbox drained into PostgreSQL, exactly once (docs/FLEET.md).
//!
//! The kiosk never waits on the network for a sale: the journal writes each change and its
//! outbox row locally (one SQLite transaction); this module sends them later, in batches, from
//! its own thread, with bounded waits and back-off.

pub mod catalogue;
pub mod cli;
mod connect;
pub mod migrate;
pub mod report;
pub mod sender;

pub use connect::connect;
pub use sender::{DrainReport, drain};

use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum FleetError {
    #[error("kiosk.toml has no [fleet] section (head office is not configured)")]
    NotConfigured,
    #[error("head office: {0}")]
    Config(String),
    #[error("head office: connecting to {host}: {source}")]
    Connect {
        host: String,
        #[source]
        source: tokio_postgres::Error,
    },
    #[error("head office: {what} took longer than {:?}", limit)]
    Timeout { what: &'static str, limit: Duration },
    #[error("head office: {what}: {source}")]
    Db {
        what: &'static str,
        #[source]
        source: tokio_postgres::Error,
    },
    #[error("head office: TLS set-up: {0}")]
    Tls(String),
    #[error("head office: migrations: {0}")]
    Migrate(#[from] refinery::Error),
    #[error("outbox: {0}")]
    Journal(#[from] crate::journal::JournalError),
    #[error(
        "outbox row {seq} belongs to kiosk {row_kiosk}, but this kiosk is {kiosk}: the journal is another kiosk's"
    )]
    ForeignRow {
        seq: i64,
        row_kiosk: String,
        kiosk: String,
    },
}

pub type Result<T> = std::result::Result<T, FleetError>;

/// A bounded wait: `what` fails with [`FleetError::Timeout`] after `limit`.
pub(crate) async fn bounded<T>(
    what: &'static str,
    limit: Duration,
    fut: impl std::future::Future<Output = std::result::Result<T, tokio_postgres::Error>>,
) -> Result<T> {
    match tokio::time::timeout(limit, fut).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(source)) => Err(FleetError::Db { what, source }),
        Err(_) => Err(FleetError::Timeout { what, limit }),
    }
}
