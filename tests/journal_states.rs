//! Every transition rule of the journal's state machine, checked against the state table of docs/JOURNAL.md
//! (written out here independently of the code), both as pure rules and through a real journal.

use chrono::{TimeZone, Utc};
use simkiosk::journal::{Detail, Journal, JournalError, NewTransaction, TxState};
use std::collections::{HashSet, VecDeque};

/// from -> allowed successors, as specified (a state listed after itself is a retry).
const LEGAL: &[(&str, &[&str])] = &[
    ("created", &["payment_requested", "payment_failed"]),
    (
        "payment_requested",
        &[
            "payment_approved",
            "payment_declined",
            "payment_aborted",
            "payment_failed",
            "needs_operator",
        ],
    ),
    (
        "payment_approved",
        &["renewal_requested", "reversal_requested", "needs_operator"],
    ),
    (
        "renewal_requested",
        &[
            "renewal_requested",
            "renewed",
            "renewal_failed",
            "needs_operator",
        ],
    ),
    (
        "renewal_failed",
        &["reversal_requested", "renewal_requested", "needs_operator"],
    ),
    (
        "reversal_requested",
        &["reversal_requested", "reversed", "needs_operator"],
    ),
    ("renewed", &["receipt_printed", "receipt_failed"]),
    ("receipt_printed", &["done"]),
    ("receipt_failed", &["receipt_printed", "done"]),
    (
        "needs_operator",
        &["renewal_requested", "reversal_requested", "resolved"],
    ),
];
const TERMINAL: &[&str] = &[
    "payment_declined",
    "payment_aborted",
    "payment_failed",
    "reversed",
    "done",
    "resolved",
];

fn st(s: &str) -> TxState {
    TxState::parse(s).unwrap_or_else(|| panic!("`{s}` is not a state name"))
}

fn legal(from: TxState, to: TxState) -> bool {
    LEGAL
        .iter()
        .any(|(f, tos)| st(f) == from && tos.iter().any(|t| st(t) == to))
}

#[test]
fn state_names_are_snake_case_and_round_trip() {
    assert_eq!(TxState::ALL.len(), 16);
    for s in TxState::ALL {
        assert_eq!(TxState::parse(s.as_str()), Some(s));
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(json, format!("\"{}\"", s.as_str()), "serde name of {s:?}");
    }
    assert_eq!(TxState::PaymentRequested.as_str(), "payment_requested");
    assert_eq!(TxState::parse("PaymentRequested"), None);
}

#[test]
fn can_move_to_matches_the_table_for_every_pair() {
    for from in TxState::ALL {
        for to in TxState::ALL {
            assert_eq!(
                from.can_move_to(to),
                legal(from, to),
                "{from} -> {to}: code and table disagree"
            );
        }
    }
}

#[test]
fn terminal_and_recovery_sets() {
    for s in TxState::ALL {
        let terminal = TERMINAL.contains(&s.as_str());
        assert_eq!(s.is_terminal(), terminal, "is_terminal({s})");
        assert_eq!(
            s.needs_recovery(),
            !terminal && s != TxState::NeedsOperator && s != TxState::ReceiptFailed,
            "needs_recovery({s})"
        );
    }
}

fn new_tx(id: &str) -> NewTransaction {
    NewTransaction {
        id: id.to_string(),
        idempotency_key: format!("key-{id}"),
        created_at: Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap(),
        kiosk_id: "kiosk-1".into(),
        sim_masked: "090-****-5678".into(),
        subscriber_ref: "sub_abc".into(),
        carrier_id: "docomo".into(),
        plan_id: "docomo-7d-3gb".into(),
        months: 1,
        lang: "en".into(),
        total_yen: 1980,
        tax_yen: 180,
        quote_json: "{}".into(),
    }
}

/// Shortest path of legal moves from `created` to `target`, from the table.
fn path_to(target: TxState) -> Vec<TxState> {
    let mut queue = VecDeque::from([vec![TxState::Created]]);
    let mut seen = HashSet::from([TxState::Created]);
    while let Some(path) = queue.pop_front() {
        let last = *path.last().unwrap();
        if last == target {
            return path;
        }
        for to in TxState::ALL {
            if legal(last, to) && seen.insert(to) {
                let mut p = path.clone();
                p.push(to);
                queue.push_back(p);
            }
        }
    }
    panic!("{target} is unreachable from created");
}

#[test]
fn every_pair_through_a_journal_is_accepted_or_refused_as_the_table_says() {
    let journal = Journal::open_in_memory().unwrap();
    let mut n = 0;
    for from in TxState::ALL {
        for to in TxState::ALL {
            n += 1;
            let id = format!("tx-{n}");
            journal.create(&new_tx(&id)).unwrap();
            for step in path_to(from).into_iter().skip(1) {
                journal.advance(&id, step, &Detail::none()).unwrap();
            }
            let before = journal.history(&id).unwrap().len();
            let result = journal.advance(&id, to, &Detail::note("step"));
            if legal(from, to) {
                result.unwrap_or_else(|e| panic!("{from} -> {to} refused: {e}"));
                assert_eq!(journal.get(&id).unwrap().state, to);
                assert_eq!(journal.history(&id).unwrap().len(), before + 1);
            } else {
                match result {
                    Err(JournalError::IllegalTransition {
                        id: eid,
                        from: f,
                        to: t,
                    }) => {
                        assert_eq!((eid.as_str(), f, t), (id.as_str(), from, to));
                    }
                    other => panic!("{from} -> {to} should be illegal, got {other:?}"),
                }
                assert_eq!(
                    journal.get(&id).unwrap().state,
                    from,
                    "{from} -> {to} changed state"
                );
                assert_eq!(
                    journal.history(&id).unwrap().len(),
                    before,
                    "{from} -> {to} left an event"
                );
            }
        }
    }
    assert!(journal.verify_transitions().unwrap().is_empty());
}

#[test]
fn a_retry_is_an_event_row_in_the_same_state() {
    let journal = Journal::open_in_memory().unwrap();
    journal.create(&new_tx("r")).unwrap();
    for s in ["payment_requested", "payment_approved", "renewal_requested"] {
        journal.advance("r", st(s), &Detail::none()).unwrap();
    }
    journal
        .advance(
            "r",
            TxState::RenewalRequested,
            &Detail::note("retry after timeout"),
        )
        .unwrap();
    let rec = journal.get("r").unwrap();
    assert_eq!(rec.state, TxState::RenewalRequested);
    assert_eq!(rec.renewal_attempts, 2);
    let last = journal.history("r").unwrap().pop().unwrap();
    assert_eq!(
        (last.from, last.to),
        (Some(TxState::RenewalRequested), TxState::RenewalRequested)
    );
}
