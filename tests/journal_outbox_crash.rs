//! A change and its outbox row are one SQLite transaction: a failure between the writes and
//! the commit leaves neither. (Its own test binary: a failpoint is process-wide.)
#![cfg(feature = "failpoints")]

use chrono::{TimeZone, Utc};
use simkiosk::journal::{Detail, Journal, TxState};

mod journal_support;
use journal_support::new_tx;

/// The failpoint fails the write after the change and its outbox row were written, just
/// before COMMIT, as a crash there would.
#[test]
fn a_change_and_its_outbox_row_commit_together_or_not_at_all() {
    let scenario = fail::FailScenario::setup();
    let j = Journal::open_in_memory()
        .unwrap()
        .with_clock(|| Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 5).unwrap())
        .with_kiosk_id("kiosk-1");
    j.create(&new_tx("t1")).unwrap();
    let before = j.outbox_counts().unwrap();

    fail::cfg("journal.before_commit", "return").unwrap();
    let advanced = j.advance("t1", TxState::PaymentRequested, &Detail::none());
    let audited = j.audit("op", "note", "x");
    let health = j.record_health("printer", "offline", "");
    let created = j.create(&new_tx("t2"));
    fail::remove("journal.before_commit");

    assert!(advanced.is_err() && audited.is_err() && health.is_err() && created.is_err());
    assert_eq!(
        j.get("t1").unwrap().state,
        TxState::Created,
        "no state change"
    );
    assert_eq!(j.history("t1").unwrap().len(), 1, "no event");
    assert!(j.get("t2").is_err(), "no transaction");
    assert!(j.audit_log().unwrap().is_empty(), "no audit row");
    assert_eq!(j.outbox_counts().unwrap(), before, "no outbox row");
    // And the next write gets the next number: nothing was half-allocated.
    j.audit("op", "note", "after").unwrap();
    assert_eq!(j.outbox_counts().unwrap().last_seq, before.last_seq + 1);
    scenario.teardown();
}
