//! Operator actions on the demo engine (terminal and printer simulators, demo carrier): every
//! settle path and the journal transitions it makes, reprint, the decisions list.

mod ops_support;

use ops_support::*;
use simkiosk::engine::operator::{
    AUDIT_REPRINT, AUDIT_SETTLE_RESOLVE, AUDIT_SETTLE_RETRY, AUDIT_SETTLE_REVERSE,
};
use simkiosk::journal::TxState::{self, *};
use simkiosk::ops::{OperatorAction, OperatorError, SettleOutcome};

fn audit_actions(engine: &simkiosk::engine::Engine) -> Vec<(String, String, String)> {
    engine
        .journal()
        .audit_log()
        .expect("audit log")
        .into_iter()
        .map(|r| (r.actor, r.action, r.detail))
        .collect()
}

fn assert_not_awaiting(result: Result<SettleOutcome, OperatorError>, what: &str) {
    match result {
        Err(e @ OperatorError::NotAwaiting { .. }) => assert!(e.is_bad_input()),
        other => panic!("{what}: expected NotAwaiting, got {other:?}"),
    }
}

#[test]
fn resolve_needs_a_note_and_closes_the_row() {
    let k = kiosk(None);
    let engine = engine(&k);
    let sub = subscriber_ref(&engine);
    let r = row(&engine, &sub, None, UNPAID_THEN_OPERATOR);

    for bad in ["", "   "] {
        match engine.settle_resolve(&r.id, "alice", bad) {
            Err(e @ OperatorError::BadInput(_)) => assert!(e.is_bad_input()),
            other => panic!("empty note {bad:?}: expected BadInput, got {other:?}"),
        }
    }
    match engine.settle_resolve(&r.id, "alice", "customer called from 09012345678") {
        Err(OperatorError::BadInput(_)) => {}
        other => panic!("note with a phone number must be refused, got {other:?}"),
    }
    assert_eq!(engine.journal().get(&r.id).unwrap().state, NeedsOperator);

    let out = engine.settle_resolve(&r.id, "alice", "terminal journal shows no charge");
    assert_eq!(out, Ok(SettleOutcome::Resolved));
    let rec = engine.journal().get(&r.id).unwrap();
    assert_eq!(rec.state, Resolved);
    assert_eq!(
        rec.last_note.as_deref(),
        Some("operator alice: terminal journal shows no charge")
    );
    assert_eq!(
        states(&engine, &r.id),
        [Created, PaymentRequested, NeedsOperator, Resolved]
    );
    let audit = audit_actions(&engine);
    let last = audit.last().expect("an audit row");
    assert_eq!(
        (last.0.as_str(), last.1.as_str()),
        ("alice", AUDIT_SETTLE_RESOLVE)
    );
    assert!(last.2.contains("resolved"), "audit detail: {}", last.2);

    assert_not_awaiting(
        engine.settle_resolve(&r.id, "alice", "again"),
        "resolving a resolved row",
    );
    match engine.settle_resolve("no-such-id", "alice", "x") {
        Err(e @ OperatorError::UnknownTransaction { .. }) => assert!(e.is_bad_input()),
        other => panic!("unknown id: {other:?}"),
    }
}

#[test]
fn retry_renews_with_the_original_key_then_reprint_finishes() {
    let k = kiosk(None);
    let engine = engine(&k);
    let sub = subscriber_ref(&engine);
    let r = row(
        &engine,
        &sub,
        Some(approval(1980, Some(4242))),
        PAID_THEN_OPERATOR,
    );
    let d = engine.decision(&r.id).expect("decision");
    assert_eq!(
        d.actions,
        [
            OperatorAction::Retry,
            OperatorAction::Reverse,
            OperatorAction::Resolve
        ]
    );
    assert_eq!(d.masked_pan.as_deref(), Some("************0019"));
    assert_eq!(d.auth_code.as_deref(), Some("A1B2C3"));
    assert_eq!(d.receipt_no, Some(4242));

    let out = engine.settle_retry(&r.id, "bob").expect("retry renews");
    let SettleOutcome::Renewed { new_expiry } = out else {
        panic!("expected Renewed, got {out:?}");
    };
    let rec = engine.journal().get(&r.id).unwrap();
    assert_eq!(
        rec.state, ReceiptFailed,
        "renewed by the operator: receipt owed"
    );
    assert_eq!(rec.renewal.as_ref().map(|r| r.new_expiry), Some(new_expiry));
    assert_eq!(rec.idempotency_key, r.idempotency_key);
    assert_eq!(carrier_renewals_with_key(&k, &r.idempotency_key), 1);
    assert_eq!(
        states(&engine, &r.id),
        [
            Created,
            PaymentRequested,
            PaymentApproved,
            RenewalRequested,
            NeedsOperator,
            RenewalRequested,
            Renewed,
            ReceiptFailed
        ]
    );
    assert_not_awaiting(engine.settle_retry(&r.id, "bob"), "retrying a renewed row");
    assert_not_awaiting(
        engine.settle_reverse(&r.id, "bob"),
        "reversing a renewed row",
    );
    assert_eq!(
        engine.last_receipt_id().unwrap().as_deref(),
        Some(r.id.as_str())
    );

    let files_before = std::fs::read_dir(k.receipts_dir()).map_or(0, |d| d.count());
    assert_eq!(engine.reprint(&r.id, None, "bob"), Ok(true));
    let files_after = std::fs::read_dir(k.receipts_dir()).map_or(0, |d| d.count());
    assert!(
        files_after > files_before,
        "the demo printer wrote no receipt"
    );
    let rec = engine.journal().get(&r.id).unwrap();
    assert_eq!(rec.state, Done);
    // A reprint of a done receipt prints again and changes nothing.
    assert_eq!(
        engine.reprint(&r.id, Some(simkiosk::i18n::Lang::Ja), "bob"),
        Ok(true)
    );
    assert_eq!(engine.journal().get(&r.id).unwrap().state, Done);
    let actions: Vec<String> = audit_actions(&engine).into_iter().map(|a| a.1).collect();
    assert_eq!(actions, [AUDIT_SETTLE_RETRY, AUDIT_REPRINT, AUDIT_REPRINT]);
}

#[test]
fn retry_refused_without_a_proven_payment() {
    let k = kiosk(None);
    let engine = engine(&k);
    let sub = subscriber_ref(&engine);
    let r = row(&engine, &sub, None, UNPAID_THEN_OPERATOR);
    assert_eq!(
        engine.decision(&r.id).unwrap().actions,
        [OperatorAction::Resolve]
    );
    assert_not_awaiting(engine.settle_retry(&r.id, "bob"), "retry without approval");
    assert_not_awaiting(
        engine.settle_reverse(&r.id, "bob"),
        "reverse without approval",
    );
    assert_eq!(engine.journal().get(&r.id).unwrap().state, NeedsOperator);
    assert_eq!(carrier_renewals_with_key(&k, &r.idempotency_key), 0);
}

#[test]
fn retry_refused_by_the_carrier_reverses_the_real_payment() {
    let k = kiosk(None);
    let engine = engine(&k);
    // A real approval, so the terminal simulator knows its receipt number.
    let paid = sale(&engine);
    let real = paid.approval.clone().expect("sale approval");
    let r = row(
        &engine,
        "sub-unknown-to-carrier",
        Some(real),
        PAID_THEN_OPERATOR,
    );
    assert_eq!(
        engine.settle_retry(&r.id, "carol"),
        Ok(SettleOutcome::Reversed)
    );
    let rec = engine.journal().get(&r.id).unwrap();
    assert_eq!(rec.state, Reversed);
    assert_eq!(
        states(&engine, &r.id)[4..],
        [
            NeedsOperator,
            RenewalRequested,
            RenewalFailed,
            ReversalRequested,
            Reversed
        ]
    );
}

#[test]
fn reverse_gives_the_money_back_or_stays_with_the_operator() {
    let k = kiosk(None);
    let engine = engine(&k);
    let paid = sale(&engine);
    let real = paid.approval.clone().expect("sale approval");
    let sub = subscriber_ref(&engine);

    // The terminal does not know receipt 9999: the reversal is refused, the row stays put.
    let unknown = row(
        &engine,
        &sub,
        Some(approval(1980, Some(9999))),
        PAID_THEN_OPERATOR,
    );
    match engine.settle_reverse(&unknown.id, "dave") {
        Err(e @ OperatorError::NotCompleted { .. }) => assert!(!e.is_bad_input()),
        other => panic!("refused reversal: expected NotCompleted, got {other:?}"),
    }
    assert_eq!(
        engine.journal().get(&unknown.id).unwrap().state,
        NeedsOperator
    );

    let r = row(&engine, &sub, Some(real), PAID_THEN_OPERATOR);
    assert_eq!(
        engine.settle_reverse(&r.id, "dave"),
        Ok(SettleOutcome::Reversed)
    );
    assert_eq!(engine.journal().get(&r.id).unwrap().state, Reversed);
    assert_eq!(carrier_renewals_with_key(&k, &r.idempotency_key), 0);
    assert_not_awaiting(engine.settle_reverse(&r.id, "dave"), "reversing twice");
    // A sale that renewed is never reversed by the operator.
    assert_not_awaiting(
        engine.settle_reverse(&paid.id, "dave"),
        "reversing a done sale",
    );

    let audit = audit_actions(&engine);
    assert_eq!(audit.len(), 2);
    assert!(
        audit
            .iter()
            .all(|a| a.0 == "dave" && a.1 == AUDIT_SETTLE_REVERSE)
    );
    assert!(audit[0].2.contains("failed"), "{}", audit[0].2);
    assert!(audit[1].2.contains("reversed"), "{}", audit[1].2);
}

#[test]
fn pending_decisions_lists_what_waits_with_its_history() {
    let k = kiosk(None);
    let engine = engine(&k);
    let sub = subscriber_ref(&engine);
    let operator = row(
        &engine,
        &sub,
        Some(approval(1980, Some(1))),
        PAID_THEN_OPERATOR,
    );
    let owed = row(
        &engine,
        &sub,
        None,
        &[PaymentRequested, PaymentApproved, RenewalRequested],
    );
    let finished = row(&engine, &sub, None, &[PaymentRequested, PaymentDeclined]);
    let pending = engine.pending_decisions().expect("pending");
    let ids: Vec<&str> = pending.iter().map(|p| p.id.as_str()).collect();
    assert!(ids.contains(&operator.id.as_str()));
    assert!(ids.contains(&owed.id.as_str()));
    assert!(
        !ids.contains(&finished.id.as_str()),
        "a declined row is final"
    );
    let p = pending.iter().find(|p| p.id == operator.id).unwrap();
    assert_eq!(p.waiting_for, "operator");
    assert_eq!(p.history.len(), 5);
    assert_eq!(p.total_yen, 1980);
    let q = pending.iter().find(|p| p.id == owed.id).unwrap();
    assert_eq!(q.waiting_for, "recovery");
    assert!(q.in_progress, "just updated: a sale may be running");
    assert_eq!(q.actions, Vec::<OperatorAction>::new());
    assert!(!p.in_progress, "needs_operator is never in progress");
}

#[test]
fn every_state_gets_the_right_actions() {
    // The policy on hand-made rows in every reachable state (no devices touched).
    let k = kiosk(None);
    let engine = engine(&k);
    let sub = subscriber_ref(&engine);
    let paid = |path: &[TxState]| row(&engine, &sub, Some(approval(1980, Some(7))), path);
    use OperatorAction::*;
    let cases: Vec<(Vec<TxState>, Vec<OperatorAction>)> = vec![
        (
            vec![PaymentRequested, PaymentApproved],
            vec![Retry, Reverse],
        ),
        (
            vec![PaymentRequested, PaymentApproved, RenewalRequested],
            vec![Retry],
        ),
        (
            vec![
                PaymentRequested,
                PaymentApproved,
                RenewalRequested,
                RenewalFailed,
            ],
            vec![Retry, Reverse],
        ),
        (
            vec![PaymentRequested, PaymentApproved, ReversalRequested],
            vec![Reverse],
        ),
        (PAID_THEN_OPERATOR.to_vec(), vec![Retry, Reverse, Resolve]),
        (vec![PaymentRequested, PaymentDeclined], vec![]),
    ];
    for (path, want) in cases {
        let r = paid(&path);
        assert_eq!(
            simkiosk::ops::settle::allowed_actions(&r),
            want,
            "state {}",
            r.state
        );
    }
}

#[test]
fn a_paid_row_waits_until_no_sale_can_still_be_running() {
    let k = kiosk(None);
    let engine = engine(&k);
    let paid = sale(&engine);
    let real = paid.approval.clone().expect("sale approval");
    let sub = subscriber_ref(&engine);
    let path = [PaymentRequested, PaymentApproved];

    // Just approved: the kiosk may be renewing it right now.
    let fresh = row(&engine, &sub, Some(real.clone()), &path);
    assert!(engine.in_progress(&fresh));
    assert_not_awaiting(engine.settle_reverse(&fresh.id, "hank"), "fresh paid row");
    assert_not_awaiting(engine.settle_retry(&fresh.id, "hank"), "fresh paid row");
    assert_eq!(
        engine.journal().get(&fresh.id).unwrap().state,
        PaymentApproved
    );

    // The same state written an hour ago (a crash mid-sale): the operator may reverse it.
    let id = {
        let old = simkiosk::journal::Journal::open(&k.journal_path())
            .unwrap()
            .with_clock(|| chrono::Utc::now() - chrono::Duration::hours(1));
        let mut new = simkiosk::journal::NewTransaction {
            id: simkiosk::journal::new_uuid(),
            idempotency_key: simkiosk::journal::new_uuid(),
            ..fresh_as_new(&fresh)
        };
        new.created_at = chrono::Utc::now() - chrono::Duration::hours(1);
        old.create(&new).unwrap();
        old.advance(
            &new.id,
            PaymentRequested,
            &simkiosk::journal::Detail::none(),
        )
        .unwrap();
        old.advance(
            &new.id,
            PaymentApproved,
            &simkiosk::journal::Detail::approval(real, vec![]),
        )
        .unwrap();
        new.id
    };
    let stale = engine.journal().get(&id).unwrap();
    assert!(!engine.in_progress(&stale));
    assert_eq!(
        engine.decision(&id).unwrap().actions,
        [OperatorAction::Retry, OperatorAction::Reverse]
    );
    assert_eq!(
        engine.settle_reverse(&id, "hank"),
        Ok(SettleOutcome::Reversed)
    );
    assert_eq!(engine.journal().get(&id).unwrap().state, Reversed);
}

fn fresh_as_new(r: &simkiosk::journal::TransactionRecord) -> simkiosk::journal::NewTransaction {
    simkiosk::journal::NewTransaction {
        id: r.id.clone(),
        idempotency_key: r.idempotency_key.clone(),
        created_at: r.created_at,
        kiosk_id: r.kiosk_id.clone(),
        sim_masked: r.sim_masked.clone(),
        subscriber_ref: r.subscriber_ref.clone(),
        carrier_id: r.carrier_id.clone(),
        plan_id: r.plan_id.clone(),
        months: r.months,
        lang: r.lang.clone(),
        total_yen: r.total_yen,
        tax_yen: r.tax_yen,
        quote_json: r.quote_json.clone(),
    }
}

#[test]
fn retry_and_reverse_are_refused_once_a_reversal_is_journaled() {
    // The reversal's own record (reversal_json) is what the guard reads: a row back with the
    // operator after its payment was given back must not be renewed (plan for free) nor
    // reversed again.
    let k = kiosk(None);
    let engine = engine(&k);
    let sub = subscriber_ref(&engine);
    let r = row(
        &engine,
        &sub,
        Some(approval(1980, Some(7))),
        PAID_THEN_OPERATOR,
    );
    let journal = engine.journal();
    journal
        .advance(&r.id, ReversalRequested, &simkiosk::journal::Detail::none())
        .unwrap();
    journal
        .advance(
            &r.id,
            NeedsOperator,
            &simkiosk::journal::Detail::reversal(approval(1980, Some(7))),
        )
        .unwrap();
    let r = journal.get(&r.id).unwrap();
    assert!(r.approval.is_some() && r.reversal.is_some());
    for action in [OperatorAction::Retry, OperatorAction::Reverse] {
        let refused = simkiosk::ops::settle::check(action, &r);
        assert!(
            matches!(&refused, Err(OperatorError::NotAwaiting { why, .. }) if why.contains("already reversed")),
            "{action:?} after a journaled reversal: {refused:?}"
        );
    }
}

/// A wallet payment is given back at its provider by the transaction's id, so staff may refund
/// a completed one although it has no terminal receipt number; one the journal does not hold as
/// completed is not refunded (the refunds tally would count money never taken).
#[test]
fn a_completed_wallet_payment_can_be_refunded_without_a_terminal_receipt_number() {
    let k = kiosk(None);
    let engine = engine(&k);
    let sub = subscriber_ref(&engine);
    use OperatorAction::*;
    let paid = wallet_row(
        &engine,
        &sub,
        Some("PP-0000-4711"),
        "COMPLETED",
        PAID_THEN_OPERATOR,
    );
    assert_eq!(
        simkiosk::ops::settle::allowed_actions(&paid),
        vec![Retry, Reverse, Resolve],
        "a paid wallet row handed to staff"
    );
    let unpaid = wallet_row(&engine, &sub, None, "CREATED", UNPAID_THEN_OPERATOR);
    let refused = simkiosk::ops::settle::check(Reverse, &unpaid);
    assert!(
        matches!(&refused, Err(OperatorError::NotAwaiting { why, .. }) if why.contains("no completed wallet payment")),
        "an unconfirmed wallet payment: {refused:?}"
    );
    // The card keeps its rule: without the terminal's receipt number there is nothing to
    // reverse by.
    let card = row(
        &engine,
        &sub,
        Some(approval(1980, None)),
        PAID_THEN_OPERATOR,
    );
    let refused = simkiosk::ops::settle::check(Reverse, &card);
    assert!(
        matches!(&refused, Err(OperatorError::NotAwaiting { why, .. }) if why.contains("no terminal receipt number")),
        "a card payment without a receipt number: {refused:?}"
    );
}
