//! End-of-day (terminal `06 50` + the kiosk's daily report, printed and stored) and out of
//! service on the demo engine.

mod ops_support;

use ops_support::*;
use simkiosk::engine::operator::AUDIT_END_OF_DAY;
use simkiosk::ops::DailyReport;
use simkiosk::ops::report::AUDIT_DAILY_REPORT;

#[test]
fn end_of_day_closes_the_terminal_prints_and_stores_the_report() {
    let k = kiosk(None);
    let engine = engine(&k);
    let paid = sale(&engine);
    let files_before = std::fs::read_dir(k.receipts_dir()).map_or(0, |d| d.count());
    let eod = engine.end_of_day("erin").expect("end of day");
    assert!(eod.complete(), "terminal or printer failed: {eod:?}");
    let lines = eod.terminal.as_ref().unwrap();
    assert!(
        lines.iter().any(|l| l.contains("END OF DAY")),
        "terminal lines: {lines:?}"
    );
    assert_eq!(eod.report.renewals.count, 1);
    assert_eq!(eod.report.renewals.total_yen, paid.total_yen);
    assert_eq!(eod.report.by_plan[&format!("docomo/{DEMO_PLAN}")].count, 1);
    assert_eq!(eod.report.by_state["done"].count, 1);
    let files_after = std::fs::read_dir(k.receipts_dir()).map_or(0, |d| d.count());
    assert!(files_after > files_before, "the report was not printed");

    let audit = engine.journal().audit_log().unwrap();
    let stored = audit
        .iter()
        .find(|a| a.id == eod.audit_id)
        .expect("stored report");
    assert_eq!(stored.action, AUDIT_DAILY_REPORT);
    let v: serde_json::Value = serde_json::from_str(&stored.detail).unwrap();
    let back: DailyReport = serde_json::from_value(v["report"].clone()).unwrap();
    assert_eq!(back, eod.report);
    assert_eq!(audit.last().unwrap().action, AUDIT_END_OF_DAY);
}

#[test]
fn out_of_service_is_audited_and_survives_a_restart() {
    let k = kiosk(None);
    {
        let engine = engine(&k);
        assert_eq!(engine.out_of_service(), Ok(false));
        engine.set_out_of_service(true, "frank").unwrap();
        assert_eq!(engine.out_of_service(), Ok(true));
    }
    let engine = engine(&k);
    assert_eq!(engine.out_of_service(), Ok(true), "lost across a restart");
    engine.set_out_of_service(false, "frank").unwrap();
    assert_eq!(engine.out_of_service(), Ok(false));
    let actions: Vec<String> = engine
        .journal()
        .audit_log()
        .unwrap()
        .into_iter()
        .map(|a| a.action)
        .collect();
    assert_eq!(actions, ["out_of_service_on", "out_of_service_off"]);
}

#[test]
fn screen_events_are_audited_with_numbers_masked() {
    let k = kiosk(None);
    let engine = engine(&k);
    engine
        .audit_operator("pad", "operator_exit", "left operator mode")
        .unwrap();
    engine
        .audit_operator("pad", "note", "customer 09012345678 called")
        .unwrap();
    let log = engine.journal().audit_log().unwrap();
    assert_eq!(log[0].action, "operator_exit");
    assert_eq!(log[1].detail, "customer *******5678 called");
}

/// End of day on a kiosk that sells by card and by PayPay: the wallet renewal is in the day's
/// takings and listed by method, the card's share is what the terminal's batch holds, and the
/// reconciliation with the terminal counts the card alone (no false difference).
#[test]
fn end_of_day_lists_wallet_renewals_apart_from_the_terminals_batch() {
    let k = kiosk(None);
    let engine = engine(&k);
    let sim = wallet_sim(&engine);
    let card = sale(&engine);
    let wallet = wallet_sale(&engine, &sim);
    assert_eq!(wallet.payment_method, "paypay");
    let eod = engine.end_of_day("erin").expect("end of day");
    assert!(eod.complete(), "terminal or printer failed: {eod:?}");
    let r = &eod.report;
    assert_eq!(r.renewals.count, 2, "both renewals are the day's takings");
    assert_eq!(r.by_wallet["paypay"].count, 1);
    assert_eq!(r.by_wallet["paypay"].total_yen, wallet.total_yen);
    assert_eq!(r.card_renewals().count, 1);
    assert_eq!(r.card_renewals().total_yen, card.total_yen);
    assert_eq!(
        eod.reconciliation.kiosk.total_yen, card.total_yen,
        "the terminal's batch holds the card payment only"
    );
    assert_eq!(
        eod.reconciliation.terminal_yen,
        Some(card.total_yen),
        "the terminal simulator's batch total"
    );
    assert_eq!(eod.reconciliation.difference_yen, Some(0));
    let slip = simkiosk::printer::layout::to_text(&r.receipt_lines(&eod.terminal));
    assert!(slip.contains("paid by PayPay | 1 / "), "{slip}");
    let stored = engine.journal().audit_log().unwrap();
    let stored = stored.iter().find(|a| a.id == eod.audit_id).unwrap();
    let v: serde_json::Value = serde_json::from_str(&stored.detail).unwrap();
    assert_eq!(
        v["report"]["by_wallet"]["paypay"]["total_yen"], wallet.total_yen,
        "the stored report keeps the wallet's share"
    );
}
