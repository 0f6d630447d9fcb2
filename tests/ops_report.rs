//! The daily report (pure): which transactions a JST day holds (edges at JST midnight), the
//! sums by state and plan, and golden files for its JSON, its text and the printed slip's lines.
//! After a deliberate change: `UPDATE_GOLDEN=1 cargo test --no-default-features --test ops_report`.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use simkiosk::carrier::Renewal;
use simkiosk::journal::{TransactionRecord, TxState};
use simkiosk::ops::DailyReport;
use simkiosk::printer::layout::to_text;
use std::path::PathBuf;

fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap()
}

fn record(
    n: u32,
    created_at: DateTime<Utc>,
    state: TxState,
    plan: &str,
    yen: i64,
) -> TransactionRecord {
    let carrier = plan.split('-').next().unwrap().to_owned();
    let renewed = matches!(
        state,
        TxState::Renewed | TxState::ReceiptPrinted | TxState::ReceiptFailed | TxState::Done
    );
    TransactionRecord {
        id: format!("tx-{n}"),
        idempotency_key: format!("key-{n}"),
        created_at,
        updated_at: created_at,
        kiosk_id: "demo-kiosk-01".into(),
        sim_masked: "090-****-5678".into(),
        subscriber_ref: "sub-1".into(),
        carrier_id: carrier,
        plan_id: plan.into(),
        months: 1,
        lang: "en".into(),
        total_yen: yen,
        tax_yen: yen / 11,
        quote_json: "{}".into(),
        state,
        approval: None,
        reversal: None,
        renewal: renewed.then(|| Renewal {
            renewal_id: format!("r-{n}"),
            new_expiry: NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
            data_left_mb: None,
        }),
        slip_lines: vec![],
        last_note: None,
        renewal_attempts: u32::from(renewed),
        reversal_attempts: 0,
        payment_method: "card".into(),
    }
}

/// 2026-11-25 JST runs from 2026-11-24 15:00 UTC to 2026-11-25 15:00 UTC.
fn journal() -> Vec<TransactionRecord> {
    vec![
        // The day before (JST): 23:59:59 JST on the 24th.
        record(
            1,
            at(2026, 11, 24, 14, 59, 59),
            TxState::Done,
            "docomo-7d-3gb",
            1980,
        ),
        // First second of the day.
        record(
            2,
            at(2026, 11, 24, 15, 0, 0),
            TxState::Done,
            "docomo-7d-3gb",
            1980,
        ),
        record(
            3,
            at(2026, 11, 25, 1, 0, 0),
            TxState::Done,
            "softbank-7d-5gb",
            2200,
        ),
        record(
            4,
            at(2026, 11, 25, 2, 0, 0),
            TxState::ReceiptFailed,
            "au-7d-2gb",
            1650,
        ),
        record(
            5,
            at(2026, 11, 25, 3, 0, 0),
            TxState::Reversed,
            "docomo-15d-10gb",
            3300,
        ),
        record(
            6,
            at(2026, 11, 25, 4, 0, 0),
            TxState::PaymentDeclined,
            "au-7d-2gb",
            1650,
        ),
        record(
            7,
            at(2026, 11, 25, 5, 0, 0),
            TxState::NeedsOperator,
            "docomo-7d-3gb",
            1980,
        ),
        // Last second of the day.
        record(
            8,
            at(2026, 11, 25, 14, 59, 59),
            TxState::Done,
            "docomo-7d-3gb",
            1980,
        ),
        // The next day (JST): 00:00 JST on the 26th.
        record(
            9,
            at(2026, 11, 25, 15, 0, 0),
            TxState::Done,
            "docomo-7d-3gb",
            1980,
        ),
    ]
}

fn report() -> DailyReport {
    let all = journal();
    let open: Vec<_> = all
        .iter()
        .filter(|r| !r.state.is_terminal())
        .cloned()
        .collect();
    DailyReport::build(
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        "demo-kiosk-01",
        &all,
        &open,
        at(2026, 11, 25, 15, 30, 0),
    )
}

fn golden(name: &str, actual: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing (UPDATE_GOLDEN=1 writes it)", path.display()));
    assert_eq!(actual, expected, "{name} differs from the golden file");
}

#[test]
fn the_day_runs_from_jst_midnight_to_jst_midnight() {
    let r = report();
    assert_eq!(r.transactions, 7, "tx-2 ..= tx-8");
    // Renewed and kept: tx-2, 3, 4, 8 (tx-4 owes its receipt; tx-5 was reversed).
    assert_eq!(r.renewals.count, 4);
    assert_eq!(r.renewals.total_yen, 1980 + 2200 + 1650 + 1980);
    assert_eq!(r.renewals_tax_yen, 180 + 200 + 150 + 180);
    assert_eq!(r.reversals.count, 1);
    assert_eq!(r.reversals.total_yen, 3300);
    assert_eq!(r.receipts_owed, 1);
    assert_eq!(r.open_decisions, 2, "needs_operator and receipt_failed");
    assert_eq!(r.by_state["done"].count, 3, "tx-2, tx-3, tx-8");
    assert_eq!(r.by_state["payment_declined"].count, 1);
    assert_eq!(r.by_plan["docomo/docomo-7d-3gb"].count, 2);
    assert_eq!(r.by_carrier["au"].total_yen, 1650);
    assert!(
        !r.by_plan.contains_key("docomo/docomo-15d-10gb"),
        "reversed is not a sale"
    );
}

#[test]
fn report_json_text_and_slip_match_the_golden_files() {
    let r = report();
    golden(
        "ops_daily_report.json",
        &(serde_json::to_string_pretty(&r).unwrap() + "\n"),
    );
    golden("ops_daily_report.txt", &r.to_text());
    let terminal = Ok(vec!["END OF DAY".to_owned(), "PAYMENTS    5".to_owned()]);
    golden(
        "ops_end_of_day_slip.txt",
        &to_text(&r.receipt_lines(&terminal)),
    );
    let failed = Err("card terminal did not answer within 30 s".to_owned());
    let slip = to_text(&r.receipt_lines(&failed));
    assert!(
        slip.contains("NOT CLOSED: card terminal did not answer"),
        "{slip}"
    );
}

#[test]
fn stored_json_reads_back() {
    let r = report();
    let back: DailyReport = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
    assert_eq!(back, r);
}

#[test]
fn report_from_the_journal_takes_the_jst_day_only() {
    let journal = simkiosk::journal::Journal::open_in_memory().unwrap();
    let times = [
        at(2026, 11, 24, 14, 59, 59), // 23:59:59 JST on the 24th
        at(2026, 11, 24, 15, 0, 0),   // 00:00:00 JST on the 25th
        at(2026, 11, 25, 14, 59, 59), // 23:59:59 JST on the 25th
        at(2026, 11, 25, 15, 0, 0),   // 00:00:00 JST on the 26th
    ];
    for (n, t) in times.into_iter().enumerate() {
        let r = record(n as u32, t, TxState::Created, "docomo-7d-3gb", 1980);
        journal
            .create(&simkiosk::journal::NewTransaction {
                id: r.id,
                idempotency_key: r.idempotency_key,
                created_at: t,
                kiosk_id: r.kiosk_id,
                sim_masked: r.sim_masked,
                subscriber_ref: r.subscriber_ref,
                carrier_id: r.carrier_id,
                plan_id: r.plan_id,
                months: 1,
                lang: r.lang,
                total_yen: r.total_yen,
                tax_yen: r.tax_yen,
                quote_json: r.quote_json,
            })
            .unwrap();
    }
    let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let report = simkiosk::ops::daily_report(&journal, "k", day).unwrap();
    assert_eq!(report.transactions, 2, "{report:?}");
    assert_eq!(report.by_state["created"].count, 2);
    assert_eq!(report.open_decisions, 4, "open rows of any day");
}

#[test]
fn a_renewal_the_terminal_did_not_keep_is_reported_apart_from_the_takings() {
    let mut all = journal();
    // tx-3 renewed, but the terminal reversed its approval by itself (the commit never came).
    all[2].reversal = Some(simkiosk::payment::Approval::default());
    let r = DailyReport::build(
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        "demo-kiosk-01",
        &all,
        &[],
        at(2026, 11, 25, 15, 30, 0),
    );
    assert_eq!(r.renewed_not_paid.count, 1);
    assert_eq!(r.renewed_not_paid.total_yen, 2200);
    assert_eq!(r.renewals.count, 3, "not paid is not in the takings");
    assert!(r.to_text().contains("renewed, not paid"), "{}", r.to_text());
}

#[test]
fn end_of_day_reconciles_the_kiosks_charges_with_the_terminals_total() {
    use simkiosk::ops::report::Reconciliation;
    let mut all = journal();
    for r in &mut all {
        if r.renewal.is_some() || r.state == TxState::Reversed {
            r.approval = Some(simkiosk::payment::Approval::default());
        }
    }
    // Charged and standing: tx-1, 2, 3, 4, 8, 9 (tx-5 reversed, tx-6 declined, tx-7 no approval).
    let charged = 1980 + 1980 + 2200 + 1650 + 1980 + 1980;
    let terminal = Ok(vec![
        "END OF DAY".to_owned(),
        "PAYMENTS    6".to_owned(),
        format!("TOTAL       {charged} JPY"),
    ]);
    let agree = Reconciliation::build(None, &all, &terminal);
    assert_eq!(agree.kiosk.count, 6);
    assert_eq!(agree.kiosk.total_yen, charged);
    assert_eq!(agree.difference_yen, Some(0));

    // The terminal did not keep tx-3's charge and the journal does not know: a difference.
    let short = Ok(vec![format!("TOTAL {} JPY", charged - 2200)]);
    assert_eq!(
        Reconciliation::build(None, &all, &short).difference_yen,
        Some(-2200)
    );
    // Journaled as renewed, not paid: the two agree again.
    all[2].reversal = Some(simkiosk::payment::Approval::default());
    assert_eq!(
        Reconciliation::build(None, &all, &short).difference_yen,
        Some(0)
    );
    let unknown = Reconciliation::build(None, &all, &Err("no answer".into()));
    assert_eq!(unknown.terminal_yen, None);
    assert_eq!(unknown.difference_yen, None);
}

/// The day of a kiosk that also sells by PayPay: tx-3 (2200) and tx-8 (1980) were paid by
/// wallet, the other renewals by card.
fn wallet_day() -> DailyReport {
    let mut all = journal();
    for r in &mut all {
        if matches!(r.id.as_str(), "tx-3" | "tx-8" | "tx-9") {
            r.payment_method = "paypay".into();
        }
    }
    DailyReport::build(
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        "demo-kiosk-01",
        &all,
        &[],
        at(2026, 11, 25, 15, 30, 0),
    )
}

#[test]
fn wallet_renewals_are_counted_apart_from_the_card_terminals_batch() {
    let r = wallet_day();
    assert_eq!(r.renewals.count, 4, "every renewal is in the takings");
    assert_eq!(r.renewals.total_yen, 1980 + 2200 + 1650 + 1980);
    assert_eq!(
        r.by_wallet["paypay"],
        simkiosk::ops::report::Tally {
            count: 2,
            total_yen: 2200 + 1980
        },
        "tx-3 and tx-8 (tx-9 is the next day)"
    );
    assert_eq!(
        r.card_renewals(),
        simkiosk::ops::report::Tally {
            count: 2,
            total_yen: 1980 + 1650
        },
        "the card's share is what the terminal's batch holds"
    );
    let terminal = Ok(vec!["END OF DAY".to_owned(), "PAYMENTS    2".to_owned()]);
    golden(
        "ops_end_of_day_slip_wallet.txt",
        &to_text(&r.receipt_lines(&terminal)),
    );
    let text = r.to_text();
    assert!(
        text.contains("renewals paid by card            2 x       3630 JPY"),
        "{text}"
    );
    assert!(
        text.contains("  paypay                         2 x       4180 JPY"),
        "{text}"
    );
}

#[test]
fn a_card_only_day_has_no_payment_method_lines() {
    let r = report();
    assert!(r.by_wallet.is_empty());
    assert_eq!(r.card_renewals(), r.renewals, "all of it was paid by card");
    let slip = to_text(&r.receipt_lines(&Ok(vec![])));
    assert!(!slip.contains("paid by"), "{slip}");
}
