//! The journal's schema: the golden schema and stored history, migrations, newer files refused.

use chrono::{TimeZone, Utc};
use rusqlite::Connection;
use simkiosk::journal::{Detail, Journal, JournalError, TxState, schema};
use std::path::Path;

mod journal_support;
use journal_support::{happy_path, renewal};

#[test]
fn the_schema_equals_the_golden_file() {
    let j = Journal::open_in_memory().unwrap();
    let actual = j.schema_sql().unwrap();
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/journal_schema.sql");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &actual).unwrap();
    }
    let expected = std::fs::read_to_string(&golden)
        .expect("tests/golden/journal_schema.sql missing (UPDATE_GOLDEN=1 writes it)");
    assert_eq!(
        actual, expected,
        "schema differs from tests/golden/journal_schema.sql"
    );
}

#[test]
fn migrating_a_version_1_file_keeps_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch(schema::MIGRATIONS[0]).unwrap();
        c.pragma_update(None, "user_version", 1).unwrap();
        c.execute_batch(
            "INSERT INTO transactions VALUES ('old', 'k-old', '2026-01-02T03:04:05.000Z',
               '2026-01-02T03:05:00.000Z', 'kiosk-1', '080-****-1111', 'sub_x', 'softbank',
               'sb-30d', 1, 'en', 5500, 500, '{}', 'renewal_requested');
             INSERT INTO events VALUES ('old', 1, '2026-01-02T03:04:05.000Z', NULL, 'created', '{}'),
               ('old', 2, '2026-01-02T03:04:06.000Z', 'created', 'payment_requested', '{}'),
               ('old', 3, '2026-01-02T03:04:30.000Z', 'payment_requested', 'payment_approved', '{}'),
               ('old', 4, '2026-01-02T03:05:00.000Z', 'payment_approved', 'renewal_requested', '{}');",
        )
        .unwrap();
    }
    let j = Journal::open(&path).unwrap();
    let rec = j.get("old").unwrap();
    assert_eq!(rec.state, TxState::RenewalRequested);
    assert_eq!(
        (rec.total_yen, rec.tax_yen, rec.plan_id.as_str()),
        (5500, 500, "sb-30d")
    );
    assert_eq!(rec.approval, None, "columns added by v2 start empty");
    assert_eq!(j.history("old").unwrap().len(), 4);
    assert_eq!(j.unfinished().unwrap().len(), 1);
    assert!(j.verify_transitions().unwrap().is_empty());
    // The migrated file has exactly the schema of a fresh one.
    let fresh = Journal::open_in_memory().unwrap();
    assert_eq!(j.schema_sql().unwrap(), fresh.schema_sql().unwrap());
    // And it carries on.
    j.advance("old", TxState::Renewed, &Detail::renewal(renewal()))
        .unwrap();
}

#[test]
fn a_file_from_a_newer_program_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", schema::SCHEMA_VERSION + 1)
        .unwrap();
    match Journal::open(&path) {
        Err(JournalError::SchemaTooNew { found, supported }) => {
            assert_eq!(
                (found, supported),
                (schema::SCHEMA_VERSION + 1, schema::SCHEMA_VERSION)
            );
        }
        other => panic!("expected SchemaTooNew, got {other:?}"),
    }
}

#[test]
fn the_persisted_history_equals_the_golden_file() {
    // Pins what is stored per event (detail JSON included), so a format change is deliberate.
    let t0 = Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap();
    let tick = std::sync::atomic::AtomicI64::new(0);
    let j = Journal::open_in_memory().unwrap().with_clock(move || {
        t0 + chrono::Duration::seconds(tick.fetch_add(1, std::sync::atomic::Ordering::SeqCst))
    });
    happy_path(&j, "t-golden");
    j.advance(
        "t-golden",
        TxState::ReceiptFailed,
        &Detail::note("paper out"),
    )
    .unwrap();
    j.advance("t-golden", TxState::ReceiptPrinted, &Detail::none())
        .unwrap();
    j.advance("t-golden", TxState::Done, &Detail::none())
        .unwrap();
    j.audit("operator", "reprint", "t-golden").unwrap();
    let dump = serde_json::json!({
        "transaction": j.get("t-golden").unwrap(),
        "history": j.history("t-golden").unwrap(),
        "audit": j.audit_log().unwrap(),
    });
    let actual = serde_json::to_string_pretty(&dump).unwrap() + "\n";
    let golden = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/journal_history.json");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &actual).unwrap();
    }
    let expected = std::fs::read_to_string(&golden)
        .expect("tests/golden/journal_history.json missing (UPDATE_GOLDEN=1 writes it)");
    assert_eq!(
        actual, expected,
        "stored history differs from tests/golden/journal_history.json"
    );
}
