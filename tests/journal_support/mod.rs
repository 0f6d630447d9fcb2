//! Shared fixtures for the journal tests.
#![allow(dead_code)] // each test file uses a different subset

use chrono::{TimeZone, Utc};
use simkiosk::carrier::Renewal;
use simkiosk::domain::Yen;
use simkiosk::journal::{Detail, Journal, NewTransaction, TxState};
use simkiosk::payment::Approval;

pub fn new_tx(id: &str) -> NewTransaction {
    NewTransaction {
        id: id.to_string(),
        idempotency_key: format!("key-{id}"),
        created_at: Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap(),
        kiosk_id: "kiosk-1".into(),
        sim_masked: "090-****-5678".into(),
        subscriber_ref: "sub_abc".into(),
        carrier_id: "docomo".into(),
        plan_id: "docomo-7d-3gb".into(),
        months: 2,
        lang: "ja".into(),
        total_yen: 3960,
        tax_yen: 360,
        quote_json: r#"{"total":3960}"#.into(),
    }
}

pub fn approval() -> Approval {
    Approval {
        amount: Yen(3960),
        receipt_no: Some(42),
        trace_no: Some(7),
        masked_pan: Some("************1234".into()),
        auth_code: Some("A1B2C3".into()),
        ..Approval::default()
    }
}

pub fn renewal() -> Renewal {
    Renewal {
        renewal_id: "ren_1".into(),
        new_expiry: chrono::NaiveDate::from_ymd_opt(2026, 12, 9).unwrap(),
        data_left_mb: Some(3072),
    }
}

pub fn happy_path(j: &Journal, id: &str) {
    j.create(&new_tx(id)).unwrap();
    j.advance(id, TxState::PaymentRequested, &Detail::none())
        .unwrap();
    j.advance(
        id,
        TxState::PaymentApproved,
        &Detail::approval(approval(), vec!["VISA".into(), "Auth A1B2C3".into()]),
    )
    .unwrap();
    j.advance(id, TxState::RenewalRequested, &Detail::none())
        .unwrap();
    j.advance(id, TxState::Renewed, &Detail::renewal(renewal()))
        .unwrap();
}
