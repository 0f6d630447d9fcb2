//! Journal errors. `Clone` because they travel in UI messages: the sources are behind `Arc`.

use super::TxState;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone, thiserror::Error)]
pub enum JournalError {
    #[error("journal: {op}: {source}")]
    Sql {
        op: &'static str,
        #[source]
        source: Arc<rusqlite::Error>,
    },
    /// An SQL error while opening a file, with the file's name.
    #[error("journal file {}: {op}: {source}", path.display())]
    SqlFile {
        path: PathBuf,
        op: &'static str,
        #[source]
        source: Arc<rusqlite::Error>,
    },
    #[error("journal file {}: {what}: {source}", path.display())]
    Io {
        path: PathBuf,
        what: &'static str,
        #[source]
        source: Arc<std::io::Error>,
    },
    #[error("transaction {id}: illegal transition {from} -> {to}")]
    IllegalTransition {
        id: String,
        from: TxState,
        to: TxState,
    },
    #[error("transaction {id} is not in the journal")]
    NotFound { id: String },
    #[error("transaction {id} (or its idempotency key) is already in the journal")]
    AlreadyExists { id: String },
    #[error(
        "journal schema version {found} is newer than this program knows ({supported}); upgrade simkiosk"
    )]
    SchemaTooNew { found: u32, supported: u32 },
    #[error("journal row {id} is unreadable: {what}")]
    Corrupt { id: String, what: String },
    /// A field that must hold a masked value holds a run of digits as long as a phone or card
    /// number: refused, so the journal never stores one.
    #[error(
        "{field} looks like a full phone or card number; the journal stores masked values only"
    )]
    Unmasked { field: &'static str },
    #[error("invalid transaction {id}: {what}")]
    Invalid { id: String, what: String },
}

impl JournalError {
    /// Names the file in an SQL error (used while opening).
    pub(crate) fn in_file(self, path: &std::path::Path) -> JournalError {
        match self {
            JournalError::Sql { op, source } => JournalError::SqlFile {
                path: path.to_path_buf(),
                op,
                source,
            },
            other => other,
        }
    }
}

pub type Result<T, E = JournalError> = std::result::Result<T, E>;

/// Adds the operation's name to a rusqlite error.
pub(crate) trait SqlContext<T> {
    fn ctx(self, op: &'static str) -> Result<T>;
}

impl<T> SqlContext<T> for rusqlite::Result<T> {
    fn ctx(self, op: &'static str) -> Result<T> {
        self.map_err(|e| JournalError::Sql {
            op,
            source: Arc::new(e),
        })
    }
}
