//! Opening the file safely and bringing its schema up to date.

use super::error::SqlContext;
use super::{JournalError, Result, schema};
use rusqlite::{Connection, TransactionBehavior};
use std::path::Path;
use std::sync::Arc;

/// Applies the migrations from the file's `user_version` up to `target`, each in its own
/// transaction with the version bump, so a crash mid-migration leaves the previous version.
pub fn migrate(conn: &mut Connection, target: u32) -> Result<()> {
    let target = target.min(schema::SCHEMA_VERSION);
    loop {
        // The version is read inside the write lock: two processes opening a new file at once
        // (the kiosk and its sender) must not both apply the same script.
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx("migrate: begin")?;
        let found: u32 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .ctx("read schema version")?;
        if found > schema::SCHEMA_VERSION {
            return Err(JournalError::SchemaTooNew {
                found,
                supported: schema::SCHEMA_VERSION,
            });
        }
        if found >= target {
            return Ok(());
        }
        tx.execute_batch(schema::MIGRATIONS[found as usize])
            .ctx("migrate: apply script")?;
        tx.pragma_update(None, "user_version", found + 1)
            .ctx("migrate: set version")?;
        tx.commit().ctx("migrate: commit")?;
        tracing::info!(from = found, to = found + 1, "journal: schema migrated");
    }
}

/// Creates `path` with mode 0600 before SQLite writes a byte (SQLite then gives its -wal and
/// -shm files the same mode); tightens an existing file that others could read.
pub(crate) fn create_private(path: &Path) -> Result<()> {
    let io = |what: &'static str| {
        move |e: std::io::Error| JournalError::Io {
            path: path.to_path_buf(),
            what,
            source: Arc::new(e),
        }
    };
    let existed = path.exists();
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        let file = options.open(path).map_err(io("create"))?;
        let meta = file.metadata().map_err(io("read permissions"))?;
        if meta.permissions().mode() & 0o077 != 0 {
            tracing::warn!(path = %path.display(), "journal: file was readable by others; now 0600");
            file.set_permissions(std::fs::Permissions::from_mode(0o600))
                .map_err(io("restrict permissions"))?;
        }
        if !existed {
            // Make the new file's directory entry durable too, so a power cut right after the
            // first commit cannot lose the whole file (SQLite syncs the directory for its WAL).
            let dir = match path.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => Path::new("."),
            };
            std::fs::File::open(dir)
                .and_then(|d| d.sync_all())
                .map_err(io("sync the directory"))?;
        }
    }
    #[cfg(not(unix))]
    {
        let _ = existed;
        options.open(path).map_err(io("create"))?;
    }
    Ok(())
}
