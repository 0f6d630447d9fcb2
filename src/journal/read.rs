//! Reading the journal: records, histories, the audit log and the self-checks.

use super::error::SqlContext;
use super::{
    AuditRecord, Detail, EventRecord, Journal, JournalError, ListFilter, Result, TransactionRecord,
    TxState,
};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row};

const TX_COLUMNS: &str = "id, idempotency_key, created_at, updated_at, kiosk_id, sim_masked,
    subscriber_ref, carrier_id, plan_id, months, lang, total_yen, tax_yen, quote_json, state,
    approval_json, reversal_json, renewal_json, slip_lines_json, last_note,
    (SELECT COUNT(*) FROM events e WHERE e.tx_id = t.id AND e.to_state = 'renewal_requested'),
    (SELECT COUNT(*) FROM events e WHERE e.tx_id = t.id AND e.to_state = 'reversal_requested'),
    payment_method";

/// SQL list of the terminal states, for `state NOT IN (...)`.
fn terminal_list() -> String {
    TxState::ALL
        .iter()
        .filter(|s| s.is_terminal())
        .map(|s| format!("'{}'", s.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Journal {
    /// One transaction with its latest approval, renewal, slip lines and attempt counts.
    pub fn get(&self, id: &str) -> Result<TransactionRecord> {
        let conn = self.lock();
        let raw = conn
            .query_row(
                &format!("SELECT {TX_COLUMNS} FROM transactions t WHERE id = ?1"),
                [id],
                RawTx::from_row,
            )
            .optional()
            .ctx("get transaction")?;
        raw.ok_or_else(|| JournalError::NotFound { id: id.to_string() })?
            .decode()
    }

    /// Every transaction not in a terminal state, oldest first (the start-up recovery's list;
    /// includes `needs_operator`).
    pub fn unfinished(&self) -> Result<Vec<TransactionRecord>> {
        self.select(
            &format!(
                "WHERE state NOT IN ({}) ORDER BY created_at, id",
                terminal_list()
            ),
            "list unfinished",
        )
    }

    /// Newest first, at most `filter.limit`.
    pub fn list(&self, filter: ListFilter) -> Result<Vec<TransactionRecord>> {
        let mut clause = String::new();
        if filter.pending_only {
            clause = format!("WHERE state NOT IN ({})", terminal_list());
        }
        clause.push_str(&format!(
            " ORDER BY created_at DESC, id DESC LIMIT {}",
            filter.limit
        ));
        self.select(&clause, "list transactions")
    }

    /// Transactions created in `[from, to)`, oldest first (a day's report: pass the JST day's
    /// bounds converted to UTC).
    pub fn created_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<TransactionRecord>> {
        // Timestamps are stored in one fixed RFC 3339 form (UTC, milliseconds, `Z`), so text
        // order is time order and the index on created_at serves the range.
        self.select(
            &format!(
                "WHERE created_at >= '{}' AND created_at < '{}' ORDER BY created_at, id",
                super::stamp(from),
                super::stamp(to)
            ),
            "list by creation time",
        )
    }

    fn select(&self, clause: &str, op: &'static str) -> Result<Vec<TransactionRecord>> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare(&format!("SELECT {TX_COLUMNS} FROM transactions t {clause}"))
            .ctx(op)?;
        let raws = stmt
            .query_map([], RawTx::from_row)
            .ctx(op)?
            .collect::<rusqlite::Result<Vec<_>>>()
            .ctx(op)?;
        raws.into_iter().map(RawTx::decode).collect()
    }

    /// The events of one transaction in order.
    pub fn history(&self, id: &str) -> Result<Vec<EventRecord>> {
        let events = self.events("WHERE tx_id = ?1", Some(id))?;
        if events.is_empty() {
            return Err(JournalError::NotFound { id: id.to_string() });
        }
        Ok(events)
    }

    pub(super) fn events(&self, clause: &str, id: Option<&str>) -> Result<Vec<EventRecord>> {
        let conn = self.lock();
        let op = "read events";
        let mut stmt = conn
            .prepare(&format!(
                "SELECT tx_id, seq, at, from_state, to_state, detail_json FROM events {clause}
                 ORDER BY tx_id, seq"
            ))
            .ctx(op)?;
        let map = |r: &Row<'_>| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, u32>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
            ))
        };
        let rows = match id {
            Some(id) => stmt.query_map([id], map),
            None => stmt.query_map([], map),
        }
        .ctx(op)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .ctx(op)?;
        rows.into_iter()
            .map(|(tx_id, seq, at, from, to, detail)| {
                let corrupt = |what: String| JournalError::Corrupt {
                    id: format!("{tx_id}#{seq}"),
                    what,
                };
                Ok(EventRecord {
                    at: parse_time(&at).map_err(corrupt)?,
                    from: from.map(|f| parse_state(&f)).transpose().map_err(corrupt)?,
                    to: parse_state(&to).map_err(corrupt)?,
                    detail: serde_json::from_str::<Detail>(&detail)
                        .map_err(|e| corrupt(format!("detail: {e}")))?,
                    tx_id,
                    seq,
                })
            })
            .collect()
    }

    /// Every operator action, oldest first.
    pub fn audit_log(&self) -> Result<Vec<AuditRecord>> {
        let conn = self.lock();
        let op = "read audit log";
        let mut stmt = conn
            .prepare("SELECT id, at, actor, action, detail FROM operator_audit ORDER BY id")
            .ctx(op)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get::<_, String>(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                ))
            })
            .ctx(op)?
            .collect::<rusqlite::Result<Vec<(i64, String, String, String, String)>>>()
            .ctx(op)?;
        rows.into_iter()
            .map(|(id, at, actor, action, detail)| {
                Ok(AuditRecord {
                    at: parse_time(&at).map_err(|what| JournalError::Corrupt {
                        id: format!("audit {id}"),
                        what,
                    })?,
                    id,
                    actor,
                    action,
                    detail,
                })
            })
            .collect()
    }

    /// SQLite's `integrity_check` and `foreign_key_check` both clean.
    pub fn integrity_check(&self) -> Result<bool> {
        let conn = self.lock();
        let verdict: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .ctx("integrity check")?;
        let fk_problems = conn
            .prepare("PRAGMA foreign_key_check")
            .and_then(|mut s| s.query_map([], |_| Ok(()))?.count_ok())
            .ctx("foreign key check")?;
        Ok(verdict == "ok" && fk_problems == 0)
    }

    /// The connection's durability settings as SQLite reports them (for tests and the status
    /// screen): `("wal", 2 = FULL, foreign keys on, busy timeout in ms)`.
    pub fn settings(&self) -> Result<(String, i64, bool, i64)> {
        let conn = self.lock();
        let get = |p: &str| {
            conn.query_row(&format!("PRAGMA {p}"), [], |r| {
                r.get::<_, rusqlite::types::Value>(0)
            })
        };
        let op = "read settings";
        let mode = match get("journal_mode").ctx(op)? {
            rusqlite::types::Value::Text(t) => t,
            other => format!("{other:?}"),
        };
        let int = |v: rusqlite::types::Value| match v {
            rusqlite::types::Value::Integer(i) => i,
            _ => -1,
        };
        Ok((
            mode,
            int(get("synchronous").ctx(op)?),
            int(get("foreign_keys").ctx(op)?) == 1,
            int(get("busy_timeout").ctx(op)?),
        ))
    }

    /// The schema as SQLite stores it (tests/golden/journal_schema.sql pins it).
    pub fn schema_sql(&self) -> Result<String> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare(
                "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
                 ORDER BY type DESC, name",
            )
            .ctx("read schema")?;
        let parts = stmt
            .query_map([], |r| r.get::<_, String>(0))
            .ctx("read schema")?
            .collect::<rusqlite::Result<Vec<_>>>()
            .ctx("read schema")?;
        let version: u32 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .ctx("read schema version")?;
        Ok(format!(
            "-- user_version = {version}\n{};\n",
            parts.join(";\n\n")
        ))
    }
}

trait CountOk {
    fn count_ok(self) -> rusqlite::Result<usize>;
}

impl<I: Iterator<Item = rusqlite::Result<()>>> CountOk for I {
    fn count_ok(mut self) -> rusqlite::Result<usize> {
        self.try_fold(0, |n, r| r.map(|_| n + 1))
    }
}

fn parse_time(s: &str) -> std::result::Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| format!("timestamp `{s}`: {e}"))
}

fn parse_state(s: &str) -> std::result::Result<TxState, String> {
    TxState::parse(s).ok_or_else(|| format!("unknown state `{s}`"))
}

/// A transaction row before its text columns are decoded.
struct RawTx {
    cols: Vec<rusqlite::types::Value>,
}

impl RawTx {
    fn from_row(r: &Row<'_>) -> rusqlite::Result<RawTx> {
        (0..23)
            .map(|i| r.get::<_, rusqlite::types::Value>(i))
            .collect::<rusqlite::Result<Vec<_>>>()
            .map(|cols| RawTx { cols })
    }

    fn decode(self) -> Result<TransactionRecord> {
        use rusqlite::types::Value;
        let mut cols = self.cols.into_iter();
        let mut next = || cols.next().unwrap_or(Value::Null);
        let id = match next() {
            Value::Text(s) => s,
            other => format!("{other:?}"),
        };
        let corrupt = |what: String| JournalError::Corrupt {
            id: id.clone(),
            what,
        };
        let text = |v: Value, name: &str| match v {
            Value::Text(s) => Ok(s),
            other => Err(corrupt(format!("{name}: expected text, got {other:?}"))),
        };
        let opt_text = |v: Value, name: &str| match v {
            Value::Null => Ok(None),
            v => text(v, name).map(Some),
        };
        let int = |v: Value, name: &str| match v {
            Value::Integer(i) => Ok(i),
            other => Err(corrupt(format!("{name}: expected integer, got {other:?}"))),
        };
        fn json<T: serde::de::DeserializeOwned>(
            s: Option<String>,
            name: &str,
        ) -> std::result::Result<Option<T>, String> {
            s.map(|s| serde_json::from_str(&s).map_err(|e| format!("{name}: {e}")))
                .transpose()
        }
        let idempotency_key = text(next(), "idempotency_key")?;
        let created_at = parse_time(&text(next(), "created_at")?).map_err(corrupt)?;
        let updated_at = parse_time(&text(next(), "updated_at")?).map_err(corrupt)?;
        let kiosk_id = text(next(), "kiosk_id")?;
        let sim_masked = text(next(), "sim_masked")?;
        let subscriber_ref = text(next(), "subscriber_ref")?;
        let carrier_id = text(next(), "carrier_id")?;
        let plan_id = text(next(), "plan_id")?;
        let months =
            u32::try_from(int(next(), "months")?).map_err(|e| corrupt(format!("months: {e}")))?;
        let lang = text(next(), "lang")?;
        let total_yen = int(next(), "total_yen")?;
        let tax_yen = int(next(), "tax_yen")?;
        let quote_json = text(next(), "quote_json")?;
        let state = parse_state(&text(next(), "state")?).map_err(corrupt)?;
        let approval =
            json(opt_text(next(), "approval_json")?, "approval_json").map_err(corrupt)?;
        let reversal =
            json(opt_text(next(), "reversal_json")?, "reversal_json").map_err(corrupt)?;
        let renewal = json(opt_text(next(), "renewal_json")?, "renewal_json").map_err(corrupt)?;
        let slip_lines: Option<Vec<String>> =
            json(opt_text(next(), "slip_lines_json")?, "slip_lines_json").map_err(corrupt)?;
        let last_note = opt_text(next(), "last_note")?;
        let renewal_attempts = int(next(), "renewal attempts")? as u32;
        let reversal_attempts = int(next(), "reversal attempts")? as u32;
        let payment_method = text(next(), "payment_method")?;
        Ok(TransactionRecord {
            id: id.clone(),
            idempotency_key,
            created_at,
            updated_at,
            kiosk_id,
            sim_masked,
            subscriber_ref,
            carrier_id,
            plan_id,
            months,
            lang,
            total_yen,
            tax_yen,
            quote_json,
            state,
            approval,
            reversal,
            renewal,
            slip_lines: slip_lines.unwrap_or_default(),
            last_note,
            renewal_attempts,
            reversal_attempts,
            payment_method,
        })
    }
}
