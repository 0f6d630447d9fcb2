//! Head office gets every outbox row exactly once, whatever the retries; a kiosk's role
//! inserts only its own rows and reads only the catalogue. Runs on a throwaway cluster
//! (tests/fleet_support); skipped with a message only when PostgreSQL is not installed.

use chrono::{TimeZone, Utc};
use simkiosk::fleet::drain;
use simkiosk::journal::Journal;

mod fleet_support;
mod journal_support;
use fleet_support::{Pg, kiosk_config, prepare, rt};
use journal_support::happy_path;

fn kiosk_journal(dir: &std::path::Path, kiosk: &str) -> Journal {
    Journal::open(&dir.join(format!("{kiosk}.db")))
        .unwrap()
        .with_clock(|| Utc.with_ymd_and_hms(2026, 11, 25, 3, 0, 0).unwrap())
        .with_kiosk_id(kiosk)
}

async fn count(c: &tokio_postgres::Client, sql: &str) -> i64 {
    c.query_one(sql, &[]).await.unwrap().get(0)
}

#[test]
fn a_batch_resent_after_a_lost_acknowledgement_is_stored_once() {
    let Some(pg) = Pg::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    rt().block_on(async {
        let admin = prepare(&pg, &["kiosk-1"]).await;
        let journal = kiosk_journal(dir.path(), "kiosk-1");
        for n in 0..3 {
            let mut tx = journal_support::new_tx(&format!("t{n}"));
            tx.kiosk_id = "kiosk-1".into();
            journal.create(&tx).unwrap();
        }
        happy_path(&journal, "t9");
        journal.audit("op", "note", "hello").unwrap();
        journal.record_health("printer", "ready", "").unwrap();
        let rows = journal.outbox_counts().unwrap().pending as i64;

        let cfg = kiosk_config(&pg, "kiosk-1");
        let client = simkiosk::fleet::connect(&cfg).await.unwrap();
        // Send everything again and again, as a kiosk that never saw head office's answer
        // would: the insert commits, the rows are not marked sent.
        for _ in 0..3 {
            let before = journal.outbox_counts().unwrap();
            let batch = journal.outbox_pending(1000).unwrap();
            client
                .execute(
                    "INSERT INTO fleet.ingest (kiosk_id, seq, kind, payload, created_at)
                     SELECT 'kiosk-1', u.s, u.k, u.p::jsonb, u.c::timestamptz
                     FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[])
                          AS u(s, k, p, c)
                     ON CONFLICT (kiosk_id, seq) DO NOTHING",
                    &[
                        &batch.iter().map(|r| r.seq).collect::<Vec<_>>(),
                        &batch.iter().map(|r| r.kind.clone()).collect::<Vec<_>>(),
                        &batch
                            .iter()
                            .map(|r| r.payload_json.clone())
                            .collect::<Vec<_>>(),
                        &batch
                            .iter()
                            .map(|r| r.created_at.clone())
                            .collect::<Vec<_>>(),
                    ],
                )
                .await
                .unwrap();
            assert_eq!(journal.outbox_counts().unwrap(), before, "nothing marked");
        }
        let report = drain(&journal, &client, "kiosk-1", &cfg).await.unwrap();
        assert_eq!(report.sent as i64, rows, "the drain marks every row sent");
        assert_eq!(report.new_at_head_office, 0, "head office had them all");
        assert_eq!(journal.outbox_counts().unwrap().pending, 0);

        assert_eq!(
            count(&admin, "SELECT count(*) FROM fleet.ingest").await,
            rows
        );
        assert_eq!(
            count(&admin, "SELECT count(*) FROM fleet.transaction_events").await,
            3 + journal.history("t9").unwrap().len() as i64,
            "each event projected once"
        );
        assert_eq!(
            count(&admin, "SELECT count(*) FROM fleet.transactions").await,
            4
        );
        let state: String = admin
            .query_one(
                "SELECT state FROM fleet.transactions WHERE tx_id = 't9'",
                &[],
            )
            .await
            .unwrap()
            .get(0);
        assert_eq!(state, journal.get("t9").unwrap().state.as_str());
        assert_eq!(count(&admin, "SELECT count(*) FROM fleet.audit").await, 1);
        assert_eq!(count(&admin, "SELECT count(*) FROM fleet.health").await, 1);
    });
}

#[cfg(feature = "failpoints")]
#[test]
fn a_drain_that_dies_before_marking_sent_is_repeated_without_duplicates() {
    let Some(pg) = Pg::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let scenario = fail::FailScenario::setup();
    rt().block_on(async {
        let admin = prepare(&pg, &["kiosk-1"]).await;
        let journal = kiosk_journal(dir.path(), "kiosk-1");
        happy_path(&journal, "t1");
        let rows = journal.outbox_counts().unwrap().pending as i64;
        let mut cfg = kiosk_config(&pg, "kiosk-1");
        cfg.batch_size = 3;
        let client = simkiosk::fleet::connect(&cfg).await.unwrap();

        fail::cfg("fleet.before_mark_sent", "return").unwrap();
        assert!(drain(&journal, &client, "kiosk-1", &cfg).await.is_err());
        fail::remove("fleet.before_mark_sent");
        assert_eq!(
            journal.outbox_counts().unwrap().pending as i64,
            rows,
            "nothing was marked sent"
        );
        assert_eq!(
            count(&admin, "SELECT count(*) FROM fleet.ingest").await,
            3,
            "the first batch committed at head office"
        );

        let report = drain(&journal, &client, "kiosk-1", &cfg).await.unwrap();
        assert_eq!(report.sent as i64, rows);
        assert_eq!(report.new_at_head_office as i64, rows - 3);
        assert_eq!(
            count(&admin, "SELECT count(*) FROM fleet.ingest").await,
            rows
        );
    });
    scenario.teardown();
}

#[test]
fn a_kiosk_role_inserts_only_its_own_rows_and_reads_only_the_catalogue() {
    let Some(pg) = Pg::start() else { return };
    rt().block_on(async {
        let admin = prepare(&pg, &["kiosk-1", "kiosk-2"]).await;
        admin
            .execute(
                "INSERT INTO fleet.catalogue_versions (catalogue) VALUES ('x')",
                &[],
            )
            .await
            .unwrap();
        let k1 = simkiosk::fleet::connect(&kiosk_config(&pg, "kiosk-1"))
            .await
            .unwrap();
        let insert = |kiosk: &'static str, seq: i64| {
            let k1 = &k1;
            async move {
                k1.execute(
                    "INSERT INTO fleet.ingest (kiosk_id, seq, kind, payload, created_at)
                     VALUES ($1, $2, 'health', '{\"device\":\"printer\",\"status\":\"ready\",
                        \"detail\":\"\",\"at\":\"2026-11-25T00:00:00Z\"}', now())",
                    &[&kiosk, &seq],
                )
                .await
            }
        };
        insert("kiosk-1", 1).await.expect("its own row is taken");
        admin
            .execute(
                "INSERT INTO fleet.ingest (kiosk_id, seq, kind, payload, created_at)
                 VALUES ('kiosk-2', 1, 'health', '{\"device\":\"printer\",
                    \"status\":\"ready\",\"detail\":\"\",\"at\":\"2026-11-25T00:00:00Z\"}',
                    now())",
                &[],
            )
            .await
            .expect("head office's owner writes any row");
        let foreign = insert("kiosk-2", 2).await.expect_err("another kiosk's row");
        let why = foreign.as_db_error().map(|e| e.message().to_owned());
        assert!(
            why.as_deref()
                .is_some_and(|m| m.contains("row-level security")),
            "refused by the policy: {why:?}"
        );
        for table in [
            "fleet.ingest",
            "fleet.transactions",
            "fleet.audit",
            "fleet.kiosks",
        ] {
            let read = k1.query(&format!("SELECT * FROM {table}"), &[]).await;
            assert!(read.is_err(), "a kiosk must not read {table}");
        }
        let catalogue = k1
            .query("SELECT version FROM fleet.catalogue_versions", &[])
            .await
            .expect("a kiosk reads the catalogue");
        assert_eq!(catalogue.len(), 1);
        let last: i64 = k1
            .query_one("SELECT fleet.last_seq()", &[])
            .await
            .unwrap()
            .get(0);
        assert_eq!(last, 1, "a kiosk learns its own high-water mark");
        assert_eq!(
            count(
                &admin,
                "SELECT count(*) FROM fleet.health WHERE kiosk_id = 'kiosk-1'"
            )
            .await,
            1
        );
    });
}

#[test]
fn a_replacement_box_continues_the_kiosks_sequence_and_loses_nothing() {
    let Some(pg) = Pg::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    rt().block_on(async {
        let admin = prepare(&pg, &["kiosk-1"]).await;
        let cfg = kiosk_config(&pg, "kiosk-1");
        let client = simkiosk::fleet::connect(&cfg).await.unwrap();
        let old = kiosk_journal(dir.path(), "kiosk-1");
        happy_path(&old, "t1");
        drain(&old, &client, "kiosk-1", &cfg).await.unwrap();
        let sent_before = old.outbox_counts().unwrap().last_seq;

        // The new box: a fresh journal under the same id, a sale queued before it was adopted.
        let new = Journal::open(&dir.path().join("new-box.db"))
            .unwrap()
            .with_kiosk_id("kiosk-1");
        happy_path(&new, "t2");
        let last: i64 = client
            .query_one("SELECT fleet.last_seq()", &[])
            .await
            .unwrap()
            .get(0);
        assert_eq!(last, sent_before);
        new.outbox_start_at(last + 1).unwrap();
        let report = drain(&new, &client, "kiosk-1", &cfg).await.unwrap();
        assert_eq!(
            report.new_at_head_office, report.sent,
            "every row of the new box is new at head office"
        );
        assert_eq!(
            count(&admin, "SELECT count(*) FROM fleet.transactions").await,
            2,
            "both boxes' sales are there"
        );
    });
}
