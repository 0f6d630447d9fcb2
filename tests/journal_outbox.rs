//! The outbox: every journal change queues its row in the same SQLite transaction; rows carry
//! masked values only; the sender's reads are bounded and marking is idempotent.

use chrono::{TimeZone, Utc};
use simkiosk::journal::{Detail, Journal, OutboxKind, TxState, WalletRef};

mod journal_support;
use journal_support::{approval, happy_path, new_tx};

fn journal() -> Journal {
    Journal::open_in_memory()
        .unwrap()
        .with_clock(|| Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 5).unwrap())
        .with_kiosk_id("kiosk-1")
}

fn kinds(j: &Journal) -> Vec<String> {
    j.outbox_pending(1000)
        .unwrap()
        .into_iter()
        .map(|r| r.kind)
        .collect()
}

#[test]
fn every_state_change_queues_one_row_in_order() {
    let j = journal();
    happy_path(&j, "t1");
    let history = j.history("t1").unwrap();
    let rows = j.outbox_pending(1000).unwrap();
    assert_eq!(rows.len(), history.len(), "one outbox row per event");
    for (n, (row, event)) in rows.iter().zip(&history).enumerate() {
        assert_eq!(row.seq, n as i64 + 1, "sequence numbers are dense from 1");
        assert_eq!(row.kind, OutboxKind::TxEvent.as_str());
        assert_eq!(row.kiosk_id, "kiosk-1");
        let p: serde_json::Value = serde_json::from_str(&row.payload_json).unwrap();
        assert_eq!(p["tx_id"], "t1");
        assert_eq!(p["event_seq"], event.seq as i64);
        assert_eq!(p["to_state"], event.to.as_str());
        assert_eq!(p["total_yen"], 3960);
        assert_eq!(p["tax_yen"], 360);
    }
    let last: serde_json::Value = serde_json::from_str(&rows.last().unwrap().payload_json).unwrap();
    assert_eq!(
        last["renewed"], true,
        "the last row says the SIM was renewed"
    );
    assert_eq!(last["reversed"], false);
}

#[test]
fn outbox_payloads_carry_no_full_numbers() {
    let j = journal();
    j.create(&new_tx("t1")).unwrap();
    j.advance("t1", TxState::PaymentRequested, &Detail::none())
        .unwrap();
    j.advance(
        "t1",
        TxState::PaymentApproved,
        &Detail::approval(approval(), vec!["VISA".into()]),
    )
    .unwrap();
    j.audit("op", "note", "customer 090-1234-5678 called")
        .unwrap();
    for row in j.outbox_pending(100).unwrap() {
        assert!(
            !row.payload_json.contains("090-1234-5678") && !row.payload_json.contains("12345678"),
            "a full number left the journal in row {}: {}",
            row.seq,
            row.payload_json
        );
    }
    let all = j.outbox_pending(100).unwrap();
    assert!(
        all.iter()
            .any(|r| r.payload_json.contains("************1234")),
        "the masked PAN is what travels"
    );
}

#[test]
fn audit_and_daily_report_rows_are_told_apart() {
    let j = journal();
    j.audit("op", "reprint", "t1").unwrap();
    j.audit(
        "op",
        "daily_report",
        r#"{"report":{"renewals":{"count":1}}}"#,
    )
    .unwrap();
    assert_eq!(kinds(&j), ["audit", "daily_report"]);
    let rows = j.outbox_pending(10).unwrap();
    let report: serde_json::Value = serde_json::from_str(&rows[1].payload_json).unwrap();
    assert_eq!(
        report["detail"]["report"]["renewals"]["count"], 1,
        "a report travels as JSON, not as a quoted string"
    );
}

#[test]
fn a_health_change_is_queued_once_until_it_changes_again() {
    let j = journal();
    assert!(j.record_health("terminal", "offline", "no answer").unwrap());
    assert!(!j.record_health("terminal", "offline", "no answer").unwrap());
    assert!(j.record_health("terminal", "ready", "").unwrap());
    assert_eq!(kinds(&j), ["health", "health"]);
}

#[test]
fn pending_reads_are_bounded_and_marking_sent_is_idempotent() {
    let j = journal();
    for n in 0..5 {
        j.audit("op", "note", &format!("n{n}")).unwrap();
    }
    let batch = j.outbox_pending(2).unwrap();
    assert_eq!(
        batch.iter().map(|r| r.seq).collect::<Vec<_>>(),
        [1, 2],
        "oldest first, at most the limit"
    );
    assert_eq!(j.outbox_mark_sent(&[1, 2]).unwrap(), 2);
    assert_eq!(j.outbox_mark_sent(&[1, 2]).unwrap(), 0, "already sent");
    let next = j.outbox_pending(10).unwrap();
    assert_eq!(next.first().map(|r| r.seq), Some(3));
    let counts = j.outbox_counts().unwrap();
    assert_eq!((counts.pending, counts.sent, counts.last_seq), (3, 2, 5));
}

#[test]
fn a_replacement_journal_continues_the_kiosks_sequence() {
    let j = journal();
    j.audit("op", "note", "queued before adoption").unwrap();
    j.audit("op", "note", "queued too").unwrap();
    assert_eq!(
        j.outbox_start_at(101).unwrap(),
        2,
        "both unsent rows renumbered"
    );
    j.audit("op", "note", "after").unwrap();
    let seqs: Vec<i64> = j
        .outbox_pending(10)
        .unwrap()
        .iter()
        .map(|r| r.seq)
        .collect();
    assert_eq!(
        seqs,
        [101, 102, 103],
        "in order, from head office's next number"
    );
    assert_eq!(j.outbox_start_at(50).unwrap(), 0, "never moves back");
    j.outbox_mark_sent(&[101]).unwrap();
    assert!(
        j.outbox_start_at(500).is_err(),
        "a journal that already reported keeps its numbers"
    );
}

#[test]
fn a_journal_from_before_the_outbox_queues_its_history_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v3.db");
    {
        let mut c = rusqlite::Connection::open(&path).unwrap();
        for script in &simkiosk::journal::schema::MIGRATIONS[..3] {
            c.execute_batch(script).unwrap();
        }
        c.pragma_update(None, "user_version", 3).unwrap();
        let tx = c.transaction().unwrap();
        tx.execute_batch(
            "INSERT INTO transactions (id, idempotency_key, created_at, updated_at, kiosk_id,
                sim_masked, subscriber_ref, carrier_id, plan_id, months, lang, total_yen, tax_yen,
                quote_json, state, renewal_json)
             VALUES ('old', 'k-old', '2026-01-02T03:04:05.000Z', '2026-01-02T03:05:00.000Z',
                'kiosk-1', '080-****-1111', 'sub_x', 'softbank', 'sb-30d', 1, 'en', 5500, 500,
                '{}', 'renewed', '{}');
             INSERT INTO events VALUES
               ('old', 1, '2026-01-02T03:04:05.000Z', NULL, 'created', '{}'),
               ('old', 2, '2026-01-02T03:04:06.000Z', 'created', 'payment_requested', '{}');
             INSERT INTO operator_audit (at, actor, action, detail)
               VALUES ('2026-01-02T04:00:00.000Z', 'op', 'daily_report', '{\"report\":{}}');",
        )
        .unwrap();
        tx.commit().unwrap();
    }
    let j = Journal::open(&path).unwrap();
    let rows = j.outbox_pending(10).unwrap();
    assert_eq!(
        rows.iter().map(|r| r.kind.as_str()).collect::<Vec<_>>(),
        ["tx_event", "tx_event", "daily_report"],
        "every event and audit row queued, oldest first"
    );
    let first: serde_json::Value = serde_json::from_str(&rows[0].payload_json).unwrap();
    assert_eq!(
        (first["event_seq"].as_i64(), first["state"].as_str()),
        (Some(1), Some("created"))
    );
    assert_eq!(rows[0].kiosk_id, "kiosk-1");
}

/// A journal whose clock the test moves (`set(day of November 2026)`).
fn journal_on_day() -> (Journal, impl Fn(u32)) {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicU32, Ordering};
    let day = Arc::new(AtomicU32::new(1));
    let clock = day.clone();
    let j = Journal::open_in_memory()
        .unwrap()
        .with_clock(move || {
            Utc.with_ymd_and_hms(2026, 11, 1, 12, 0, 0).unwrap()
                + chrono::Duration::days(i64::from(clock.load(Ordering::SeqCst)) - 1)
        })
        .with_kiosk_id("kiosk-1");
    (j, move |d| day.store(d, Ordering::SeqCst))
}

/// The sequence numbers of the rows still waiting.
fn seqs(j: &Journal) -> Vec<i64> {
    j.outbox_pending(1000)
        .unwrap()
        .iter()
        .map(|r| r.seq)
        .collect()
}

#[test]
fn acknowledged_rows_older_than_the_retention_are_pruned_and_unsent_or_recent_ones_kept() {
    let (j, set_day) = journal_on_day();
    for n in 1..=4 {
        j.audit("op", "note", &format!("n{n}")).unwrap();
    }
    j.outbox_mark_sent(&[1, 2]).unwrap(); // sent on 1 November: old by December
    set_day(35);
    j.outbox_mark_sent(&[4]).unwrap(); // sent on 5 December: recent
    j.audit("op", "note", "n5").unwrap();
    let keep = chrono::Duration::days(30);

    assert_eq!(
        j.outbox_prune_sent(keep, 1).unwrap(),
        1,
        "one row per batch at most"
    );
    assert_eq!(j.outbox_prune_sent(keep, 100).unwrap(), 1);
    assert_eq!(
        j.outbox_prune_sent(keep, 100).unwrap(),
        0,
        "nothing more is old and sent"
    );
    let counts = j.outbox_counts().unwrap();
    assert_eq!(
        (counts.pending, counts.sent),
        (2, 1),
        "seq 3 (unsent, however old) and 5 wait; seq 4 (sent 0 days ago) is kept"
    );
    assert_eq!(seqs(&j), [3, 5], "the unsent rows are untouched");
    j.audit("op", "note", "n6").unwrap();
    assert_eq!(
        j.outbox_counts().unwrap().last_seq,
        6,
        "pruned numbers are never reused"
    );
}

#[test]
fn the_newest_acknowledged_row_stays_so_the_journal_is_never_taken_for_a_new_box() {
    let (j, set_day) = journal_on_day();
    for n in 1..=3 {
        j.audit("op", "note", &format!("n{n}")).unwrap();
    }
    j.outbox_mark_sent(&[1, 2, 3]).unwrap();
    set_day(60);
    assert_eq!(
        j.outbox_prune_sent(chrono::Duration::days(30), 100)
            .unwrap(),
        2
    );
    assert_eq!(j.outbox_counts().unwrap().sent, 1, "seq 3 is kept");
    j.audit("op", "note", "queued").unwrap();
    assert!(
        j.outbox_start_at(500).is_err(),
        "a journal that reported keeps its numbers after pruning"
    );
}

#[test]
fn the_senders_pruning_deletes_a_large_backlog_in_bounded_batches() {
    let (j, set_day) = journal_on_day();
    let rows = simkiosk::fleet::sender::PRUNE_BATCH * 2 + 7;
    for n in 0..rows {
        j.audit("op", "note", &format!("n{n}")).unwrap();
    }
    let all: Vec<i64> = (1..=rows as i64).collect();
    j.outbox_mark_sent(&all).unwrap();
    j.audit("op", "note", "unsent").unwrap();
    set_day(40);
    let keep = std::time::Duration::from_secs(30 * 24 * 3600);
    assert_eq!(
        simkiosk::fleet::sender::prune(&j, keep).unwrap(),
        rows as u64 - 1,
        "every old acknowledged row but the newest"
    );
    let counts = j.outbox_counts().unwrap();
    assert_eq!((counts.pending, counts.sent), (1, 1));
}

#[test]
fn a_transaction_row_says_how_it_was_paid_and_where_the_wallet_payment_stands() {
    let j = journal();
    j.create(&new_tx("w1")).unwrap();
    j.set_wallet(
        "w1",
        &WalletRef {
            method: "paypay".into(),
            ..WalletRef::default()
        },
    )
    .unwrap();
    j.advance("w1", TxState::PaymentRequested, &Detail::none())
        .unwrap();
    j.set_wallet(
        "w1",
        &WalletRef {
            method: "paypay".into(),
            code_id: Some("code-1".into()),
            payment_id: Some("pp-123".into()),
            status: Some("COMPLETED".into()),
        },
    )
    .unwrap();
    j.advance(
        "w1",
        TxState::PaymentApproved,
        &Detail::approval(approval(), vec![]),
    )
    .unwrap();
    happy_path(&j, "c1");
    let payloads: Vec<serde_json::Value> = j
        .outbox_pending(100)
        .unwrap()
        .iter()
        .map(|r| serde_json::from_str(&r.payload_json).unwrap())
        .collect();
    let of = |tx: &str, to: &str| {
        payloads
            .iter()
            .find(|p| p["tx_id"] == tx && p["to_state"] == to)
            .unwrap_or_else(|| panic!("no row for {tx} → {to}"))
            .clone()
    };
    let requested = of("w1", "payment_requested");
    assert_eq!(requested["method"], "paypay", "{requested}");
    assert_eq!(requested["wallet_payment_id"], serde_json::Value::Null);
    let approved = of("w1", "payment_approved");
    assert_eq!(
        (
            &approved["method"],
            &approved["wallet_payment_id"],
            &approved["wallet_status"]
        ),
        (
            &serde_json::json!("paypay"),
            &serde_json::json!("pp-123"),
            &serde_json::json!("COMPLETED")
        ),
        "{approved}"
    );
    let card = of("c1", "renewed");
    assert_eq!(card["method"], "card", "{card}");
    assert_eq!(card["wallet_status"], serde_json::Value::Null);
}
