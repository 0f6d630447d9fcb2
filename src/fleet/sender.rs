//! Draining the outbox: read a batch (bounded), insert it in one statement that ignores rows
//! head office already has, and mark the batch sent only after that statement committed.
//! A crash anywhere in between sends the batch again; `(kiosk_id, seq)` makes that a no-op.

use super::{FleetError, Result, bounded};
use crate::config::{Config, FleetConfig};
use crate::journal::{Journal, OutboxRow};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Duration;
use tokio_postgres::Client;

/// One statement per batch: arrays travel as four parameters, whatever the batch size.
const INSERT_BATCH: &str = "INSERT INTO fleet.ingest (kiosk_id, seq, kind, payload, created_at)
     SELECT $1, u.seq, u.kind, u.payload::jsonb, u.created_at::timestamptz
     FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[])
          AS u(seq, kind, payload, created_at)
     ON CONFLICT (kiosk_id, seq) DO NOTHING";

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DrainReport {
    /// Rows this drain marked sent.
    pub sent: u64,
    /// Of those, rows head office had not seen before (the rest were retries it ignored).
    pub new_at_head_office: u64,
    pub batches: u32,
}

/// Sends every pending row, `cfg.batch_size` at a time, until the outbox is empty.
/// The journal is local and quick; the fleet runs on its own runtime, so calling it here
/// blocks no sale and no UI.
pub async fn drain(
    journal: &Journal,
    client: &Client,
    kiosk_id: &str,
    cfg: &FleetConfig,
) -> Result<DrainReport> {
    let insert = bounded(
        "prepare insert",
        cfg.statement_timeout,
        client.prepare(INSERT_BATCH),
    )
    .await?;
    let mut report = DrainReport::default();
    loop {
        let rows = journal.outbox_pending(cfg.batch_size)?;
        if rows.is_empty() {
            return Ok(report);
        }
        let columns = Columns::of(&rows, kiosk_id)?;
        let inserted = bounded(
            "insert batch",
            // The server's statement_timeout fires first; this covers a silent network.
            cfg.statement_timeout + Duration::from_secs(5),
            client.execute(
                &insert,
                &[
                    &kiosk_id,
                    &columns.seq,
                    &columns.kind,
                    &columns.payload,
                    &columns.created_at,
                ],
            ),
        )
        .await?;
        // The insert committed (autocommit): only now may the rows count as sent.
        fail::fail_point!("fleet.before_mark_sent", |_| Err(FleetError::Config(
            "failpoint fleet.before_mark_sent".into()
        )));
        let marked = journal.outbox_mark_sent(&columns.seq)?;
        report.sent += marked as u64;
        report.new_at_head_office += inserted;
        report.batches += 1;
        tracing::debug!(rows = rows.len(), new = inserted, "head office: batch sent");
    }
}

struct Columns {
    seq: Vec<i64>,
    kind: Vec<String>,
    payload: Vec<String>,
    created_at: Vec<String>,
}

impl Columns {
    /// The batch as arrays; a row stamped with another kiosk's id stops the drain (a journal
    /// copied from another box must not be sent under this kiosk's name).
    fn of(rows: &[OutboxRow], kiosk_id: &str) -> Result<Columns> {
        let mut c = Columns {
            seq: Vec::with_capacity(rows.len()),
            kind: Vec::with_capacity(rows.len()),
            payload: Vec::with_capacity(rows.len()),
            created_at: Vec::with_capacity(rows.len()),
        };
        for r in rows {
            if !r.kiosk_id.is_empty() && r.kiosk_id != kiosk_id {
                return Err(FleetError::ForeignRow {
                    seq: r.seq,
                    row_kiosk: r.kiosk_id.clone(),
                    kiosk: kiosk_id.to_owned(),
                });
            }
            c.seq.push(r.seq);
            c.kind.push(r.kind.clone());
            c.payload.push(r.payload_json.clone());
            c.created_at.push(r.created_at.clone());
        }
        Ok(c)
    }
}

/// Rows deleted per pruning transaction (1.4 ms median on tmpfs, docs/PERFORMANCE.md "Fleet").
pub const PRUNE_BATCH: usize = 500;

/// Pause between two pruning batches. SQLite's busy wait is no queue: a sale waiting for the
/// journal sleeps in steps of up to 100 ms and could find the next batch holding it each time
/// it wakes. A pause longer than the longest step lets a waiting sale in after one batch.
pub const PRUNE_PAUSE: Duration = Duration::from_millis(100);

/// How often the running sender prunes: the query scans the acknowledged rows, so not at
/// every drain.
const PRUNE_EVERY: Duration = Duration::from_secs(3600);

/// Deletes the rows head office acknowledged more than `keep` ago, [`PRUNE_BATCH`] at a
/// time, each batch its own transaction with [`PRUNE_PAUSE`] between two; unsent rows stay
/// whatever their age. Returns how many. Blocks its thread (the sender's own) for the pauses.
pub fn prune(journal: &Journal, keep: Duration) -> Result<u64> {
    let keep = chrono::Duration::from_std(keep).unwrap_or(chrono::Duration::MAX);
    let mut total = 0u64;
    loop {
        let n = journal.outbox_prune_sent(keep, PRUNE_BATCH)?;
        total += n as u64;
        if n < PRUNE_BATCH {
            if total > 0 {
                tracing::info!(rows = total, ?keep, "outbox: acknowledged rows pruned");
            }
            return Ok(total);
        }
        std::thread::sleep(PRUNE_PAUSE);
    }
}

/// Waits after the `failures`-th failure in a row: doubling from 1 s up to `cap`, each wait
/// drawn from its upper half so a fleet that lost head office together does not return in step.
pub fn backoff(failures: u32, cap: Duration, unit_random: f64) -> Duration {
    let base = Duration::from_secs(1).saturating_mul(1u32 << failures.min(16));
    let full = base.min(cap);
    full.mul_f64(0.5 + 0.5 * unit_random.clamp(0.0, 1.0))
}

/// A number in [0, 1) that differs per process and call (jitter needs no stronger source).
pub fn jitter() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    (h.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// The kiosk's sender: connects, drains, polls the catalogue, waits `interval`, for ever;
/// after a failure it waits [`backoff`] and starts over. Runs on its own thread and runtime
/// (see [`spawn`]). `config_path` is kiosk.toml (a published catalogue is checked against it).
pub async fn run(journal: Journal, config: Config, config_path: PathBuf) {
    let Some(cfg) = config.fleet.clone() else {
        return;
    };
    let kiosk_id = config.kiosk.id.clone();
    let cap = (cfg.interval * 12).max(Duration::from_secs(30));
    let mut failures = 0u32;
    let mut client: Option<Client> = None;
    let mut pruned_at: Option<tokio::time::Instant> = None;
    loop {
        // Local work: runs whether or not head office answers.
        if pruned_at.is_none_or(|at| at.elapsed() >= PRUNE_EVERY) {
            if let Err(e) = prune(&journal, cfg.outbox_keep) {
                tracing::warn!(error = %e, "outbox: pruning failed; retried in an hour");
            }
            pruned_at = Some(tokio::time::Instant::now());
        }
        if client.as_ref().is_none_or(|c| c.is_closed()) {
            client = match super::connect(&cfg).await {
                Ok(c) => Some(c),
                Err(e) => {
                    fail_wait(&mut failures, cap, &e).await;
                    continue;
                }
            };
        }
        let Some(c) = client.as_ref() else { continue };
        let outcome = match drain(&journal, c, &kiosk_id, &cfg).await {
            Ok(r) => {
                super::catalogue::poll(c, &config_path, &config, &journal, cfg.statement_timeout)
                    .await
                    .map(|_| r)
            }
            Err(e) => Err(e),
        };
        match outcome {
            Ok(r) => {
                if failures > 0 {
                    tracing::info!("head office: reachable again");
                }
                failures = 0;
                if r.sent > 0 {
                    tracing::info!(
                        sent = r.sent,
                        new = r.new_at_head_office,
                        "head office: outbox drained"
                    );
                }
                tokio::time::sleep(cfg.interval).await;
            }
            Err(e) => {
                client = None;
                fail_wait(&mut failures, cap, &e).await;
            }
        }
    }
}

async fn fail_wait(failures: &mut u32, cap: Duration, e: &FleetError) {
    let wait = backoff(*failures, cap, jitter());
    // Debounced: the first failure of a run is a warning, the rest are debug lines.
    if *failures == 0 {
        tracing::warn!(error = %e, retry_in = ?wait, "head office: unreachable; the kiosk sells on");
    } else {
        tracing::debug!(error = %e, retry_in = ?wait, "head office: still unreachable");
    }
    *failures = failures.saturating_add(1);
    tokio::time::sleep(wait).await;
}

/// Starts the sender on its own thread (its own single-threaded runtime), with its own
/// journal connection: the UI thread and the sale never wait on it.
pub fn spawn(config: &Config, config_path: &Path) -> Result<Option<std::thread::JoinHandle<()>>> {
    if config.fleet.is_none() {
        return Ok(None);
    }
    let journal = Journal::open(&config.journal.path)?.with_kiosk_id(&config.kiosk.id);
    let (config, config_path) = (config.clone(), config_path.to_path_buf());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| FleetError::Config(format!("cannot start the sender's runtime: {e}")))?;
    let handle = std::thread::Builder::new()
        .name("fleet-sender".into())
        .spawn(move || runtime.block_on(run(journal, config, config_path)))
        .map_err(|e| FleetError::Config(format!("cannot start the sender's thread: {e}")))?;
    Ok(Some(handle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap_and_keeps_the_upper_half() {
        let cap = Duration::from_secs(60);
        assert_eq!(backoff(0, cap, 1.0), Duration::from_secs(1));
        assert_eq!(backoff(3, cap, 1.0), Duration::from_secs(8));
        assert_eq!(backoff(3, cap, 0.0), Duration::from_secs(4));
        assert_eq!(backoff(30, cap, 1.0), cap, "never above the cap");
    }

    #[test]
    fn jitter_stays_in_the_unit_interval() {
        for _ in 0..1000 {
            let j = jitter();
            assert!((0.0..1.0).contains(&j), "{j}");
        }
    }

    #[test]
    fn a_row_of_another_kiosk_stops_the_batch() {
        let row = |kiosk: &str| OutboxRow {
            seq: 7,
            kiosk_id: kiosk.into(),
            kind: "audit".into(),
            payload_json: "{}".into(),
            created_at: "2026-11-25T12:00:00.000Z".into(),
        };
        assert!(Columns::of(&[row(""), row("k1")], "k1").is_ok());
        assert!(matches!(
            Columns::of(&[row("k2")], "k1"),
            Err(FleetError::ForeignRow { seq: 7, .. })
        ));
    }
}
