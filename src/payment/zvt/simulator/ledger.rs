//! `--ledger FILE`: one JSON line per payment the simulator approved, reversed or refused, so tests
//! can prove what was charged.

use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LedgerEvent {
    /// The ECR answered 80 00 00 to the status information: the customer is charged.
    Approved,
    /// Reversed by 06 30, by the ECR's 84 xx answer, or by the commit timeout.
    Reversed,
    /// Declined: nothing charged.
    Refused,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LedgerLine {
    pub event: LedgerEvent,
    pub amount_yen: u64,
    pub receipt_no: Option<u32>,
    pub trace_no: Option<u32>,
    /// Why (reversal, refused-by-ecr, commit-timeout, or the decline's result code).
    pub reason: String,
    pub at: String,
}

#[derive(Debug, Clone)]
pub struct Ledger {
    path: Option<PathBuf>,
}

impl Ledger {
    pub fn new(path: Option<&Path>) -> Self {
        Self {
            path: path.map(Path::to_path_buf),
        }
    }

    pub fn record(
        &self,
        event: LedgerEvent,
        amount_yen: u64,
        receipt_no: Option<u32>,
        trace_no: Option<u32>,
        reason: &str,
    ) {
        let line = LedgerLine {
            event,
            amount_yen,
            receipt_no,
            trace_no,
            reason: reason.to_string(),
            at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        };
        tracing::info!(
            ?event,
            amount_yen,
            ?receipt_no,
            reason,
            "terminal-sim ledger"
        );
        let Some(path) = &self.path else { return };
        let written = serde_json::to_string(&line)
            .map_err(std::io::Error::other)
            .and_then(|json| {
                let mut f = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)?;
                writeln!(f, "{json}")?;
                f.sync_data()
            });
        if let Err(e) = written {
            tracing::error!(path = %path.display(), error = %e, "terminal-sim ledger not written");
        }
    }
}
