//! The outbox to head office: one row per journal change, written inside the SQLite
//! transaction of that change (so a crash keeps both or neither), drained by `crate::fleet`.
//! The payloads are built from the journal's own columns, which hold masked values only.

use super::error::SqlContext;
use super::{Journal, Result};
use rusqlite::{Transaction, params};
use serde::{Deserialize, Serialize};

/// What an outbox row describes (the `kind` column; head office projects each into its table).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutboxKind {
    /// A transaction's state change: the row after it and the event.
    TxEvent,
    /// An operator action.
    Audit,
    /// A stored daily report (audit action `daily_report`).
    DailyReport,
    /// A device's (or the catalogue's) status changed.
    Health,
}

impl OutboxKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxKind::TxEvent => "tx_event",
            OutboxKind::Audit => "audit",
            OutboxKind::DailyReport => "daily_report",
            OutboxKind::Health => "health",
        }
    }
}

/// One row waiting for (or already given to) head office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutboxRow {
    /// The kiosk's sequence number: with the kiosk id, the key head office deduplicates on.
    pub seq: i64,
    /// Empty for rows written by a tool that did not know the kiosk id: the sender fills it.
    pub kiosk_id: String,
    pub kind: String,
    pub payload_json: String,
    pub created_at: String,
}

/// Counts for `simkiosk sync` and the operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct OutboxCounts {
    pub pending: u64,
    pub sent: u64,
    /// The highest sequence number written so far (0 for none).
    pub last_seq: i64,
}

/// Queues the transaction `id` as it is now, with its latest event. `method` (`card`, `paypay`)
/// and, for a QR wallet, the provider's payment id and last status are the row's as of this
/// event: the method is journalled before the payment is asked for, so every event from
/// `payment_requested` on carries it.
pub(super) fn push_tx_event(tx: &Transaction<'_>, id: &str, at: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO outbox (kiosk_id, kind, payload_json, created_at)
         SELECT t.kiosk_id, 'tx_event', json_object(
                    'tx_id', t.id, 'created_at', t.created_at, 'sim_masked', t.sim_masked,
                    'carrier_id', t.carrier_id, 'plan_id', t.plan_id, 'months', t.months,
                    'lang', t.lang, 'total_yen', t.total_yen, 'tax_yen', t.tax_yen,
                    'state', t.state, 'event_seq', e.seq, 'at', e.at,
                    'from_state', e.from_state, 'to_state', e.to_state,
                    'renewed', json(CASE WHEN t.renewal_json IS NULL THEN 'false' ELSE 'true' END),
                    'reversed', json(CASE WHEN t.reversal_json IS NULL THEN 'false' ELSE 'true' END),
                    'method', t.payment_method, 'wallet_payment_id', t.wallet_payment_id,
                    'wallet_status', t.wallet_status,
                    'detail', json(e.detail_json)),
                ?2
         FROM transactions t JOIN events e ON e.tx_id = t.id
         WHERE t.id = ?1 ORDER BY e.seq DESC LIMIT 1",
        params![id, at],
    )
    .ctx("outbox: queue transaction event")?;
    Ok(())
}

/// Queues a row of `kind` with `payload` (JSON).
pub(super) fn push(
    tx: &Transaction<'_>,
    kiosk_id: &str,
    kind: OutboxKind,
    payload: &serde_json::Value,
    at: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO outbox (kiosk_id, kind, payload_json, created_at) VALUES (?1, ?2, ?3, ?4)",
        params![kiosk_id, kind.as_str(), payload.to_string(), at],
    )
    .ctx("outbox: queue row")?;
    Ok(())
}

impl Journal {
    /// Up to `limit` unsent rows, oldest first (the sender's batch: memory stays bounded
    /// whatever the backlog).
    pub fn outbox_pending(&self, limit: usize) -> Result<Vec<OutboxRow>> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare_cached(
                "SELECT seq, kiosk_id, kind, payload_json, created_at FROM outbox
                 WHERE sent_at IS NULL ORDER BY seq LIMIT ?1",
            )
            .ctx("outbox: read pending")?;
        let rows = stmt
            .query_map([limit as i64], |r| {
                Ok(OutboxRow {
                    seq: r.get(0)?,
                    kiosk_id: r.get(1)?,
                    kind: r.get(2)?,
                    payload_json: r.get(3)?,
                    created_at: r.get(4)?,
                })
            })
            .ctx("outbox: read pending")?
            .collect::<rusqlite::Result<Vec<_>>>()
            .ctx("outbox: read pending")?;
        Ok(rows)
    }

    /// Marks `seqs` sent. Call only after head office's commit returned: a crash before this
    /// sends them again, which head office ignores (`ON CONFLICT (kiosk_id, seq) DO NOTHING`).
    pub fn outbox_mark_sent(&self, seqs: &[i64]) -> Result<usize> {
        let at = self.now();
        self.write("outbox: mark sent", |tx| {
            let mut stmt = tx
                .prepare_cached("UPDATE outbox SET sent_at = ?2 WHERE seq = ?1 AND sent_at IS NULL")
                .ctx("outbox: mark sent")?;
            let mut n = 0;
            for seq in seqs {
                n += stmt.execute(params![seq, at]).ctx("outbox: mark sent")?;
            }
            Ok(n)
        })
    }

    /// Deletes at most `limit` rows head office acknowledged more than `kept_for` ago (by
    /// `sent_at`), oldest first, in one short transaction; returns how many. Never an unsent
    /// row, and never the newest sent one: it proves this journal has reported, so it is not
    /// renumbered as a new box's (`outbox_start_at`). Sequence numbers are not reused
    /// (AUTOINCREMENT).
    pub fn outbox_prune_sent(&self, kept_for: chrono::Duration, limit: usize) -> Result<usize> {
        let cutoff = super::stamp((self.clock)() - kept_for);
        self.write("outbox: prune sent rows", |tx| {
            tx.execute(
                "DELETE FROM outbox WHERE seq IN (
                     SELECT seq FROM outbox
                     WHERE sent_at IS NOT NULL AND sent_at < ?1
                       AND seq < (SELECT MAX(seq) FROM outbox WHERE sent_at IS NOT NULL)
                     ORDER BY seq LIMIT ?2)",
                params![cutoff, limit as i64],
            )
            .ctx("outbox: prune sent rows")
        })
    }

    /// How many rows wait, how many went, the last sequence number.
    pub fn outbox_counts(&self) -> Result<OutboxCounts> {
        self.lock()
            .query_row(
                "SELECT COUNT(*) FILTER (WHERE sent_at IS NULL),
                        COUNT(*) FILTER (WHERE sent_at IS NOT NULL),
                        COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0)
                 FROM outbox",
                [],
                |r| {
                    Ok(OutboxCounts {
                        pending: r.get::<_, i64>(0)? as u64,
                        sent: r.get::<_, i64>(1)? as u64,
                        last_seq: r.get(2)?,
                    })
                },
            )
            .ctx("outbox: count")
    }

    /// Records a device's status (`ready`, `offline`, …) and queues a health row, both in one
    /// transaction, only when it differs from the last one recorded: a device that stays
    /// broken is one row, not one per poll. Returns whether it changed.
    pub fn record_health(&self, device: &str, status: &str, detail: &str) -> Result<bool> {
        let detail = super::guard::mask_text(detail);
        let at = self.now();
        let kiosk = self.kiosk_id.clone();
        self.write("record health", |tx| {
            let changed = tx
                .execute(
                    "INSERT INTO device_health (device, status, detail, changed_at)
                     VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT (device) DO UPDATE SET status = excluded.status,
                        detail = excluded.detail, changed_at = excluded.changed_at
                     WHERE status IS NOT excluded.status OR detail IS NOT excluded.detail",
                    params![device, status, detail, at],
                )
                .ctx("record health")?
                > 0;
            if changed {
                let payload = serde_json::json!({
                    "device": device, "status": status, "detail": detail, "at": at,
                });
                push(tx, &kiosk, OutboxKind::Health, &payload, &at)?;
            }
            Ok(changed)
        })
    }

    /// Continues the kiosk's sequence at `next_seq` on a replacement box: head office already
    /// holds that kiosk's rows up to `next_seq - 1`, and would ignore ours under the same
    /// numbers. Rows queued but never sent are renumbered from `next_seq` (in order); a journal
    /// that already sent rows keeps its numbers (it is not a new box) and is refused.
    /// Returns how many rows were renumbered.
    pub fn outbox_start_at(&self, next_seq: i64) -> Result<usize> {
        self.write("outbox: continue the kiosk's sequence", |tx| {
            let (sent, min_pending, last): (i64, Option<i64>, i64) = tx
                .query_row(
                    "SELECT COUNT(*) FILTER (WHERE sent_at IS NOT NULL),
                            MIN(seq) FILTER (WHERE sent_at IS NULL),
                            COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0)
                     FROM outbox",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .ctx("outbox: read sequence")?;
            let mut renumbered = 0;
            if let Some(min) = min_pending.filter(|&m| m < next_seq) {
                if sent > 0 {
                    return Err(super::JournalError::Invalid {
                        id: "outbox".into(),
                        what: format!(
                            "this journal already sent {sent} rows to head office; only a new \
                             journal continues another's sequence"
                        ),
                    });
                }
                // Two steps, so no row ever takes a number another still holds.
                tx.execute("UPDATE outbox SET seq = -seq", [])
                    .ctx("outbox: renumber")?;
                renumbered = tx
                    .execute("UPDATE outbox SET seq = -seq + ?1", [next_seq - min])
                    .ctx("outbox: renumber")?;
            }
            let want = (next_seq - 1).max(last).max(
                tx.query_row("SELECT COALESCE(MAX(seq), 0) FROM outbox", [], |r| r.get(0))
                    .ctx("outbox: read sequence")?,
            );
            let updated = tx
                .execute(
                    "UPDATE sqlite_sequence SET seq = ?1 WHERE name = 'outbox'",
                    [want],
                )
                .ctx("outbox: set sequence")?;
            if updated == 0 {
                tx.execute(
                    "INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', ?1)",
                    [want],
                )
                .ctx("outbox: set sequence")?;
            }
            Ok(renumbered)
        })
    }
}
