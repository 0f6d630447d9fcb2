//! The journal on disk: durability across reopen, pragmas, file mode, records, the masked-field
//! guard, self-checks, backups and two writers. (Schema and migrations: journal_schema.rs.)

use chrono::{TimeZone, Utc};
use rusqlite::Connection;
use simkiosk::journal::{Detail, Journal, JournalError, ListFilter, TxState, schema};

mod journal_support;
use journal_support::{approval, happy_path, new_tx, renewal};

#[test]
fn committed_rows_survive_closing_and_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    {
        let j = Journal::open(&path).unwrap();
        happy_path(&j, "t1");
        j.audit("operator", "reprint", "t1").unwrap();
    }
    let j = Journal::open(&path).unwrap();
    let rec = j.get("t1").unwrap();
    assert_eq!(rec.state, TxState::Renewed);
    assert_eq!(rec.approval, Some(approval()));
    assert_eq!(rec.renewal, Some(renewal()));
    assert_eq!(
        rec.slip_lines,
        vec!["VISA".to_string(), "Auth A1B2C3".to_string()]
    );
    assert_eq!(rec.renewal_attempts, 1);
    assert_eq!(rec.months, 2);
    assert_eq!(rec.created_at, new_tx("t1").created_at);
    assert_eq!(j.history("t1").unwrap().len(), 5);
    assert_eq!(j.audit_log().unwrap()[0].action, "reprint");
    assert!(j.integrity_check().unwrap());
    assert!(j.verify_transitions().unwrap().is_empty());
}

#[test]
fn the_pragmas_are_wal_full_foreign_keys_and_a_busy_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let j = Journal::open(&path).unwrap();
    let (mode, synchronous, foreign_keys, busy_ms) = j.settings().unwrap();
    assert_eq!(mode, "wal");
    assert_eq!(synchronous, 2, "synchronous must be FULL (2)");
    assert!(foreign_keys, "foreign keys off");
    assert_eq!(busy_ms, 5000);
    // WAL mode is persistent: a second connection sees it too.
    let c = Connection::open(&path).unwrap();
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: u32 = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, schema::SCHEMA_VERSION);
}

#[cfg(unix)]
#[test]
fn the_file_and_its_wal_are_readable_by_the_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let j = Journal::open(&path).unwrap();
    happy_path(&j, "t1");
    for suffix in ["", "-wal", "-shm"] {
        let p = format!("{}{suffix}", path.display());
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{p} has mode {mode:o}");
    }
    // A journal left world-readable by hand is tightened on open.
    drop(j);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let _j = Journal::open(&path).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "reopened journal kept mode {mode:o}");
}

#[test]
fn unfinished_and_list_filter_by_state() {
    let j = Journal::open_in_memory().unwrap();
    happy_path(&j, "a"); // renewed: unfinished (receipt pending)
    j.create(&new_tx("b")).unwrap();
    j.advance("b", TxState::PaymentRequested, &Detail::none())
        .unwrap();
    j.advance("b", TxState::PaymentDeclined, &Detail::note("result 05"))
        .unwrap();
    let mut c = new_tx("c");
    c.created_at = Utc.with_ymd_and_hms(2026, 11, 25, 13, 0, 0).unwrap();
    j.create(&c).unwrap();
    let ids = |v: Vec<simkiosk::journal::TransactionRecord>| {
        v.into_iter().map(|r| r.id).collect::<Vec<_>>()
    };
    assert_eq!(ids(j.unfinished().unwrap()), ["a", "c"]);
    assert_eq!(
        ids(j
            .list(ListFilter {
                pending_only: true,
                limit: 10
            })
            .unwrap()),
        ["c", "a"]
    );
    assert_eq!(
        ids(j
            .list(ListFilter {
                pending_only: false,
                limit: 2
            })
            .unwrap()),
        ["c", "b"]
    );
    assert_eq!(j.get("b").unwrap().last_note.as_deref(), Some("result 05"));
}

#[test]
fn bad_input_gets_a_precise_error() {
    let j = Journal::open_in_memory().unwrap();
    j.create(&new_tx("a")).unwrap();
    assert!(matches!(
        j.create(&new_tx("a")),
        Err(JournalError::AlreadyExists { .. })
    ));
    let mut same_key = new_tx("b");
    same_key.idempotency_key = "key-a".into();
    assert!(matches!(
        j.create(&same_key),
        Err(JournalError::AlreadyExists { .. })
    ));
    let mut zero = new_tx("z");
    zero.months = 0;
    assert!(matches!(j.create(&zero), Err(JournalError::Invalid { .. })));
    assert!(matches!(
        j.advance("nope", TxState::PaymentRequested, &Detail::none()),
        Err(JournalError::NotFound { .. })
    ));
    assert!(matches!(j.get("nope"), Err(JournalError::NotFound { .. })));
    assert!(matches!(
        j.history("nope"),
        Err(JournalError::NotFound { .. })
    ));
}

#[test]
fn full_phone_or_card_numbers_are_refused() {
    let j = Journal::open_in_memory().unwrap();
    let mut t = new_tx("p");
    t.sim_masked = "09012345678".into();
    assert!(matches!(
        j.create(&t),
        Err(JournalError::Unmasked {
            field: "sim_masked"
        })
    ));
    // subscriber_ref is the carrier's opaque id and may be numeric: not checked here.
    let mut t = new_tx("q");
    t.subscriber_ref = "100200300400500".into();
    j.create(&t).unwrap();
    j.create(&new_tx("r")).unwrap();
    j.advance("r", TxState::PaymentRequested, &Detail::none())
        .unwrap();
    let mut a = approval();
    a.masked_pan = Some("4111111111111111".into());
    let err = j.advance("r", TxState::PaymentApproved, &Detail::approval(a, vec![]));
    assert!(
        matches!(
            err,
            Err(JournalError::Unmasked {
                field: "approval.masked_pan"
            })
        ),
        "{err:?}"
    );
    assert_eq!(j.get("r").unwrap().state, TxState::PaymentRequested);
    // Free text is masked, not refused: a carrier's refusal quoting the number still journals.
    j.advance(
        "r",
        TxState::PaymentFailed,
        &Detail::note("terminal: SIM 090 1234 5678 unknown"),
    )
    .unwrap();
    assert_eq!(
        j.get("r").unwrap().last_note.as_deref(),
        Some("terminal: SIM *** **** 5678 unknown")
    );
    let last = j.history("r").unwrap().pop().unwrap();
    assert_eq!(
        last.detail.note.as_deref(),
        Some("terminal: SIM *** **** 5678 unknown")
    );
    j.audit(
        "op",
        "note",
        "customer 09012345678 called at 2026-11-25 12:00",
    )
    .unwrap();
    assert_eq!(
        j.audit_log().unwrap()[0].detail,
        "customer *******5678 called at 2026-11-25 12:00"
    );
}

#[test]
fn verify_transitions_reports_a_tampered_history() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    {
        let j = Journal::open(&path).unwrap();
        happy_path(&j, "t");
        assert!(j.verify_transitions().unwrap().is_empty());
    }
    let c = Connection::open(&path).unwrap();
    // Pretend the renewal came straight after the payment request.
    c.execute(
        "UPDATE events SET from_state = 'payment_requested', to_state = 'renewal_requested'
         WHERE tx_id = 't' AND seq = 3",
        [],
    )
    .unwrap();
    drop(c);
    let j = Journal::open(&path).unwrap();
    let v = j.verify_transitions().unwrap();
    assert!(!v.is_empty(), "tampered history passed");
    assert!(
        v.iter()
            .any(|v| v.seq == 3 && v.problem.contains("illegal")),
        "{v:?}"
    );
}

#[test]
fn backup_with_vacuum_into_is_a_readable_private_copy() {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open(&dir.path().join("journal.db")).unwrap();
    happy_path(&j, "t");
    let copy = dir.path().join("backup.db");
    j.backup_to(&copy).unwrap();
    assert!(j.backup_to(&copy).is_err(), "overwrote an existing backup");
    let b = Journal::open(&copy).unwrap();
    assert_eq!(b.get("t").unwrap(), j.get("t").unwrap());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&copy).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[test]
fn the_journal_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Journal>();
}

#[test]
fn two_writers_on_one_file_wait_for_each_other_instead_of_failing() {
    // The kiosk and `simkiosk settle` may hold the file at once: BEGIN IMMEDIATE + busy_timeout
    // serialise their writes.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let a = std::sync::Arc::new(Journal::open(&path).unwrap());
    let b = std::sync::Arc::new(Journal::open(&path).unwrap());
    let threads: Vec<_> = [a.clone(), b.clone()]
        .into_iter()
        .enumerate()
        .map(|(w, j)| {
            std::thread::spawn(move || {
                for i in 0..20 {
                    let id = format!("w{w}-{i}");
                    j.create(&new_tx(&id)).unwrap();
                    j.advance(&id, TxState::PaymentRequested, &Detail::none())
                        .unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("a writer failed");
    }
    assert_eq!(
        a.list(ListFilter {
            pending_only: true,
            limit: 100
        })
        .unwrap()
        .len(),
        40
    );
    assert!(b.verify_transitions().unwrap().is_empty());
    assert!(a.integrity_check().unwrap());
}

#[test]
fn an_unusable_path_or_file_gets_an_error_that_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-dir/journal.db");
    match Journal::open(&missing) {
        Err(e @ JournalError::Io { .. }) => {
            assert!(e.to_string().contains("no-such-dir"), "{e}")
        }
        other => panic!("expected Io, got {other:?}"),
    }
    let garbage = dir.path().join("garbage.db");
    std::fs::write(&garbage, vec![0x5a; 8192]).unwrap();
    match Journal::open(&garbage) {
        Err(e @ JournalError::SqlFile { .. }) => {
            let text = e.to_string();
            assert!(
                text.contains("garbage.db") && text.contains("not a database"),
                "{text}"
            )
        }
        other => panic!("expected SqlFile, got {other:?}"),
    }
}

#[test]
fn created_between_selects_a_half_open_range() {
    let j = Journal::open_in_memory().unwrap();
    let at = |h, m| Utc.with_ymd_and_hms(2026, 11, 25, h, m, 0).unwrap();
    for (id, t) in [
        ("a", at(14, 59)),
        ("b", at(15, 0)),
        ("c", at(23, 59)),
        ("d", at(15, 0)),
    ] {
        let mut tx = new_tx(id);
        tx.created_at = t;
        j.create(&tx).unwrap();
    }
    // 2026-11-26 JST starts at 2026-11-25T15:00Z.
    let day: Vec<String> = j
        .created_between(at(15, 0), at(15, 0) + chrono::Duration::days(1))
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(day, ["b", "d", "c"]);
    assert!(j.created_between(at(16, 0), at(16, 0)).unwrap().is_empty());
}
