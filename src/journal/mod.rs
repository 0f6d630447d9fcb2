//! The durable journal of renewals (SQLite, WAL, `synchronous=FULL`, one writer).
//!
//! Every state is written before the side effect it announces; see docs/JOURNAL.md for the
//! states, the recovery each one implies and why a power cut loses no committed row.

mod error;
mod guard;
mod outbox;
mod read;
mod records;
pub mod schema;
mod setup;
mod state;
mod verify;
mod wallet;

pub use error::{JournalError, Result};
pub use outbox::{OutboxCounts, OutboxKind, OutboxRow};
pub use records::{
    AuditRecord, Detail, EventRecord, ListFilter, NewTransaction, TransactionRecord, Violation,
    new_uuid,
};
pub(crate) use setup::create_private;
pub use setup::migrate;
pub use state::TxState;
pub use wallet::WalletRef;

use chrono::{DateTime, SecondsFormat, Utc};
use error::SqlContext;
use guard::{check_masked, mask_text};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// How long a write waits for a lock held by another process (a backup, the operator CLI).
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

type Clock = Box<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// The journal. Owns the one writing connection; `Send + Sync` (the connection is behind a mutex).
pub struct Journal {
    conn: Mutex<Connection>,
    path: Option<PathBuf>,
    clock: Clock,
    /// Stamped on outbox rows that are not a transaction's (audit, health); a transaction's
    /// rows carry its own `kiosk_id`.
    kiosk_id: String,
}

impl std::fmt::Debug for Journal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Journal").field("path", &self.path).finish()
    }
}

impl Journal {
    /// Opens (or creates, owner-only 0600) the journal file and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Journal> {
        Journal::open_file(path).map_err(|e| e.in_file(path))
    }

    fn open_file(path: &Path) -> Result<Journal> {
        create_private(path)?;
        let conn = Connection::open(path).ctx("open")?;
        // Before anything takes a lock: another process (the CLI) may hold the file right now.
        conn.busy_timeout(BUSY_TIMEOUT).ctx("set busy timeout")?;
        let mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .ctx("set WAL mode")?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(JournalError::Invalid {
                id: path.display().to_string(),
                what: format!("the file system refused WAL mode (got {mode})"),
            });
        }
        Journal::configure(conn, Some(path.to_path_buf()))
    }

    /// A journal in memory, for tests: same schema and rules, nothing durable.
    pub fn open_in_memory() -> Result<Journal> {
        let conn = Connection::open_in_memory().ctx("open in memory")?;
        Journal::configure(conn, None)
    }

    fn configure(mut conn: Connection, path: Option<PathBuf>) -> Result<Journal> {
        // FULL: the WAL is fsynced at every commit, so a commit survives a power cut
        // (NORMAL only survives a process crash; see docs/JOURNAL.md).
        conn.pragma_update(None, "synchronous", "FULL")
            .ctx("set synchronous=FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .ctx("enable foreign keys")?;
        conn.busy_timeout(BUSY_TIMEOUT).ctx("set busy timeout")?;
        migrate(&mut conn, schema::SCHEMA_VERSION)?;
        Ok(Journal {
            conn: Mutex::new(conn),
            path,
            clock: Box::new(Utc::now),
            kiosk_id: String::new(),
        })
    }

    /// Replaces the clock that stamps events and audit rows (tests, golden files).
    pub fn with_clock(mut self, clock: impl Fn() -> DateTime<Utc> + Send + Sync + 'static) -> Self {
        self.clock = Box::new(clock);
        self
    }

    /// The kiosk whose journal this is (outbox rows of audit and health changes carry it).
    pub fn with_kiosk_id(mut self, kiosk_id: &str) -> Self {
        self.kiosk_id = kiosk_id.to_owned();
        self
    }

    /// The file, or `None` in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic inside a write dropped its rusqlite transaction, which rolled it back: the
        // connection is still sound.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn now(&self) -> String {
        stamp((self.clock)())
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` … `COMMIT`: all of it is durable, or none of it.
    fn write<T>(
        &self,
        op: &'static str,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let mut conn = self.lock();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .ctx(op)?;
        let out = f(&tx)?;
        // Crash tests: the change and its outbox row are written, the commit is not.
        fail::fail_point!("journal.before_commit", |_| Err(JournalError::Invalid {
            id: op.to_string(),
            what: "failpoint journal.before_commit".into(),
        }));
        tx.commit().ctx(op)?;
        Ok(out)
    }

    /// Records a new transaction in state `created` (event 1).
    pub fn create(&self, t: &NewTransaction) -> Result<()> {
        check_masked("sim_masked", &t.sim_masked)?;
        // subscriber_ref is the carrier's opaque id: carriers may use long numbers for it, so the
        // engine (which knows the SIM) checks it does not contain the SIM's own digits.
        check_masked("quote_json", &t.quote_json)?;
        let invalid = |what: &str| JournalError::Invalid {
            id: t.id.clone(),
            what: what.to_string(),
        };
        if t.id.is_empty() || t.idempotency_key.is_empty() {
            return Err(invalid("empty id or idempotency key"));
        }
        if t.months == 0 {
            return Err(invalid("months must be at least 1"));
        }
        if t.total_yen < 0 || t.tax_yen < 0 || t.tax_yen > t.total_yen {
            return Err(invalid("amounts must satisfy 0 <= tax <= total"));
        }
        let at = self.now();
        self.write("create transaction", |tx| {
            let exists: bool = tx
                .query_row(
                    "SELECT EXISTS(SELECT 1 FROM transactions WHERE id = ?1 OR idempotency_key = ?2)",
                    params![t.id, t.idempotency_key],
                    |r| r.get(0),
                )
                .ctx("create transaction: check id")?;
            if exists {
                return Err(JournalError::AlreadyExists { id: t.id.clone() });
            }
            tx.execute(
                "INSERT INTO transactions (id, idempotency_key, created_at, updated_at, kiosk_id,
                    sim_masked, subscriber_ref, carrier_id, plan_id, months, lang, total_yen,
                    tax_yen, quote_json, state)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                params![
                    t.id,
                    t.idempotency_key,
                    stamp(t.created_at),
                    at,
                    t.kiosk_id,
                    t.sim_masked,
                    t.subscriber_ref,
                    t.carrier_id,
                    t.plan_id,
                    t.months,
                    t.lang,
                    t.total_yen,
                    t.tax_yen,
                    t.quote_json,
                    TxState::Created.as_str(),
                ],
            )
            .ctx("create transaction: insert")?;
            tx.execute(
                "INSERT INTO events (tx_id, seq, at, from_state, to_state, detail_json)
                 VALUES (?1, 1, ?2, NULL, ?3, '{}')",
                params![t.id, at, TxState::Created.as_str()],
            )
            .ctx("create transaction: first event")?;
            outbox::push_tx_event(tx, &t.id, &at)
        })?;
        tracing::info!(tx = %t.id, sim = %t.sim_masked, plan = %t.plan_id, "journal: created");
        Ok(())
    }

    /// Moves a transaction to `to` (or records a retry when `to` is its current state and that
    /// is legal), with the event row, in one SQLite transaction.
    /// A full number in the note is masked (see docs/JOURNAL.md); one in a masked PAN is refused.
    pub fn advance(&self, id: &str, to: TxState, detail: &Detail) -> Result<()> {
        check_detail(detail)?;
        let masked;
        let detail = match &detail.note {
            Some(note) => {
                masked = Detail {
                    note: Some(mask_text(note)),
                    ..detail.clone()
                };
                &masked
            }
            None => detail,
        };
        let detail_json = serde_json::to_string(detail).map_err(|e| JournalError::Invalid {
            id: id.to_string(),
            what: format!("detail does not serialise: {e}"),
        })?;
        let (approval, reversal, renewal, slip) = (
            to_json(id, &detail.approval)?,
            to_json(id, &detail.reversal)?,
            to_json(id, &detail.renewal)?,
            to_json(id, &detail.slip_lines)?,
        );
        let at = self.now();
        let from = self.write("advance transaction", |tx| {
            let from: Option<String> = tx
                .query_row("SELECT state FROM transactions WHERE id = ?1", [id], |r| {
                    r.get(0)
                })
                .optional()
                .ctx("advance: read state")?;
            let from = from.ok_or_else(|| JournalError::NotFound { id: id.to_string() })?;
            let from = TxState::parse(&from).ok_or_else(|| JournalError::Corrupt {
                id: id.to_string(),
                what: format!("unknown state `{from}`"),
            })?;
            if !from.can_move_to(to) {
                return Err(JournalError::IllegalTransition {
                    id: id.to_string(),
                    from,
                    to,
                });
            }
            tx.execute(
                "INSERT INTO events (tx_id, seq, at, from_state, to_state, detail_json)
                 VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM events WHERE tx_id = ?1),
                         ?2, ?3, ?4, ?5)",
                params![id, at, from.as_str(), to.as_str(), detail_json],
            )
            .ctx("advance: insert event")?;
            tx.execute(
                "UPDATE transactions SET state = ?2, updated_at = ?3,
                    approval_json = COALESCE(?4, approval_json),
                    reversal_json = COALESCE(?5, reversal_json),
                    renewal_json = COALESCE(?6, renewal_json),
                    slip_lines_json = COALESCE(?7, slip_lines_json),
                    last_note = COALESCE(?8, last_note)
                 WHERE id = ?1",
                params![
                    id,
                    to.as_str(),
                    at,
                    approval,
                    reversal,
                    renewal,
                    slip,
                    detail.note
                ],
            )
            .ctx("advance: update state")?;
            outbox::push_tx_event(tx, id, &at)?;
            Ok(from)
        })?;
        tracing::info!(tx = %id, %from, %to, "journal: advanced");
        Ok(())
    }

    /// Records an operator action. A full number in `detail` is masked.
    pub fn audit(&self, actor: &str, action: &str, detail: &str) -> Result<i64> {
        let detail = mask_text(detail);
        let at = self.now();
        let (actor_m, action_m) = (mask_text(actor), mask_text(action));
        let id = self.write("audit", |tx| {
            tx.execute(
                "INSERT INTO operator_audit (at, actor, action, detail) VALUES (?1, ?2, ?3, ?4)",
                params![at, actor_m, action_m, detail],
            )
            .ctx("audit: insert")?;
            let id = tx.last_insert_rowid();
            let kind = if action == crate::ops::report::AUDIT_DAILY_REPORT {
                OutboxKind::DailyReport
            } else {
                OutboxKind::Audit
            };
            // A report's detail is JSON: sent as such, so head office can read its figures.
            let detail_value = serde_json::from_str::<serde_json::Value>(&detail)
                .unwrap_or_else(|_| serde_json::Value::String(detail.clone()));
            let payload = serde_json::json!({
                "audit_id": id, "at": at, "actor": actor_m, "action": action_m,
                "detail": detail_value,
            });
            outbox::push(tx, &self.kiosk_id, kind, &payload, &at)?;
            Ok(id)
        })?;
        tracing::info!(%actor, %action, "journal: operator action");
        Ok(id)
    }

    /// Writes a consistent copy of the journal to `dest` (which must not exist) with
    /// `VACUUM INTO`; safe while the kiosk runs. The copy is owner-only like the journal.
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        if dest.exists() {
            return Err(JournalError::Io {
                path: dest.to_path_buf(),
                what: "backup target exists",
                source: Arc::new(std::io::ErrorKind::AlreadyExists.into()),
            });
        }
        // VACUUM INTO accepts an empty file: create it 0600 so the copy is never world-readable.
        create_private(dest)?;
        let dest_str = dest.to_str().ok_or_else(|| JournalError::Invalid {
            id: dest.display().to_string(),
            what: "backup path is not UTF-8".into(),
        })?;
        self.lock()
            .execute("VACUUM INTO ?1", [dest_str])
            .ctx("backup (VACUUM INTO)")?;
        Ok(())
    }
}

fn to_json<T: serde::Serialize>(id: &str, v: &Option<T>) -> Result<Option<String>> {
    v.as_ref()
        .map(serde_json::to_string)
        .transpose()
        .map_err(|e| JournalError::Invalid {
            id: id.to_string(),
            what: format!("detail does not serialise: {e}"),
        })
}

pub(crate) fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Millis, true)
}

fn check_detail(d: &Detail) -> Result<()> {
    for (field, a) in [
        ("approval.masked_pan", &d.approval),
        ("reversal.masked_pan", &d.reversal),
    ] {
        if let Some(pan) = a.as_ref().and_then(|a| a.masked_pan.as_deref()) {
            check_masked(field, pan)?;
        }
    }
    Ok(())
}
