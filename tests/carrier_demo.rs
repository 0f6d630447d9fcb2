//! The embedded demo carrier: seed, lookups by number and ICCID, real extensions, idempotency,
//! refusals, and a file that survives reopening.

use chrono::{Days, NaiveDate};
use simkiosk::carrier::demo::{DEMO_SIMS, DemoCarrier, DemoPlan, extended_expiry};
use simkiosk::carrier::{CarrierBackend, CarrierError, RenewalRequest};
use simkiosk::domain::{SimId, Yen};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn plan(id: &str, carrier: &str, days: u32, data_mb: Option<u64>) -> DemoPlan {
    DemoPlan {
        id: id.into(),
        carrier_id: carrier.into(),
        name: format!("{id} name"),
        days,
        data_mb,
    }
}

fn plans() -> Vec<DemoPlan> {
    vec![
        plan("docomo-7d-3gb", "docomo", 7, Some(3072)),
        plan("docomo-30d-unl", "docomo", 30, None),
        plan("sb-15d-5gb", "softbank", 15, Some(5120)),
        plan("sb-30d-unl", "softbank", 30, None),
        plan("au-7d-1gb", "au", 7, Some(1024)),
    ]
}

fn carrier() -> DemoCarrier {
    DemoCarrier::open_in_memory(plans(), today).unwrap()
}

fn sim(s: &str) -> SimId {
    SimId::parse(s).unwrap_or_else(|e| panic!("demo SIM {s} does not parse: {e}"))
}

fn request(key: &str, sub_ref: &str, plan_id: &str, months: u32) -> RenewalRequest {
    RenewalRequest {
        idempotency_key: key.into(),
        subscriber_ref: sub_ref.into(),
        plan_id: plan_id.into(),
        months,
        amount: Yen(1980 * i64::from(months)),
    }
}

#[test]
fn every_seeded_sim_is_found_by_number_and_by_iccid() {
    let c = carrier();
    for s in DEMO_SIMS {
        let by_number = c.lookup(&sim(s.msisdn)).unwrap();
        let iccid = s.iccid();
        let by_iccid = c.lookup(&sim(&iccid)).unwrap();
        assert_eq!(
            by_number.subscriber_ref, by_iccid.subscriber_ref,
            "{}",
            s.msisdn
        );
        assert_eq!(by_number.carrier_id, s.carrier_id);
        assert_eq!(by_number.data_left_mb, s.data_left_mb);
        let expected = today() + chrono::Duration::days(s.expires_in_days);
        assert_eq!(by_number.expires_on, expected, "{}", s.msisdn);
        assert!(by_number.subscriber_ref.starts_with("sub_"));
        assert!(
            !by_number.subscriber_ref.contains(&s.msisdn[3..]),
            "subscriber_ref leaks the number"
        );
        assert!(
            !by_number.subscriber_ref.contains(&iccid[4..]),
            "subscriber_ref leaks the ICCID"
        );
    }
}

#[test]
fn the_seed_covers_each_carrier_an_expired_sim_and_unlimited_data() {
    for carrier in ["docomo", "softbank", "au"] {
        assert!(
            DEMO_SIMS.iter().any(|s| s.carrier_id == carrier),
            "no {carrier} SIM"
        );
    }
    assert!(
        DEMO_SIMS.iter().any(|s| s.expires_in_days < 0),
        "no expired SIM"
    );
    assert!(
        DEMO_SIMS.iter().any(|s| s.data_left_mb.is_none()),
        "no unlimited SIM"
    );
    // The ICCIDs documented in docs/CARRIER-API.md, with their Luhn digits.
    let iccids: Vec<String> = DEMO_SIMS.iter().map(|s| s.iccid()).collect();
    assert!(
        iccids.contains(&"8981100000000000010".to_string()),
        "{iccids:?}"
    );
    assert!(
        iccids.contains(&"8981200000000000019".to_string()),
        "{iccids:?}"
    );
    assert!(
        iccids.contains(&"8981300000000000018".to_string()),
        "{iccids:?}"
    );
}

#[test]
fn the_current_plan_comes_from_the_plan_table() {
    let c = carrier();
    let active = c.lookup(&sim("090-1234-5678")).unwrap();
    assert_eq!(active.plan_id.as_deref(), Some("docomo-7d-3gb"));
    let unlimited = c.lookup(&sim("080-2222-3333")).unwrap();
    assert_eq!(unlimited.plan_id.as_deref(), Some("sb-30d-unl"));
}

#[test]
fn unknown_sims_are_not_found() {
    let c = carrier();
    assert_eq!(c.lookup(&sim("090-0000-0000")), Err(CarrierError::NotFound));
    let body = "898110000000009999";
    let iccid = format!("{body}{}", simkiosk::domain::sim::luhn_check_digit(body));
    assert_eq!(c.lookup(&sim(&iccid)), Err(CarrierError::NotFound));
}

#[test]
fn renewal_appends_after_the_current_expiry_and_resets_data() {
    let c = carrier();
    let before = c.lookup(&sim("09012345678")).unwrap(); // expires in 3 days, 1200 MB
    let r = c
        .renew(&request("k1", &before.subscriber_ref, "docomo-7d-3gb", 2))
        .unwrap();
    assert_eq!(r.new_expiry, before.expires_on + Days::new(14));
    assert_eq!(r.data_left_mb, Some(3072));
    assert!(r.renewal_id.starts_with("ren_"));
    let after = c.lookup(&sim("09012345678")).unwrap();
    assert_eq!(after.expires_on, r.new_expiry);
    assert_eq!(after.data_left_mb, Some(3072));
    assert_eq!(after.plan_id.as_deref(), Some("docomo-7d-3gb"));
}

#[test]
fn an_expired_sim_counts_from_today() {
    let c = carrier();
    let expired = c.lookup(&sim("09087654321")).unwrap();
    assert!(expired.expires_on < today());
    let r = c
        .renew(&request("k2", &expired.subscriber_ref, "docomo-30d-unl", 1))
        .unwrap();
    // Today is day 1 of 30: the last valid day is today + 29.
    assert_eq!(r.new_expiry, today() + Days::new(29));
    assert_eq!(r.data_left_mb, None);
    assert_eq!(c.lookup(&sim("09087654321")).unwrap().data_left_mb, None);
}

#[test]
fn extended_expiry_rules() {
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
    // Unexpired: appended after the last valid day.
    assert_eq!(extended_expiry(d(11, 28), d(11, 25), 7, 1), Some(d(12, 5)));
    // Last valid day is today: still appended after it.
    assert_eq!(extended_expiry(d(11, 25), d(11, 25), 7, 1), Some(d(12, 2)));
    // Expired: today counts as the first day.
    assert_eq!(extended_expiry(d(11, 1), d(11, 25), 7, 1), Some(d(12, 1)));
    assert_eq!(
        extended_expiry(d(11, 1), d(11, 25), 30, 3),
        Some(d(11, 25) + Days::new(89))
    );
    assert_eq!(extended_expiry(NaiveDate::MAX, d(11, 25), 30, 1), None);
}

#[test]
fn the_same_key_twice_renews_once() {
    let c = carrier();
    let s = c.lookup(&sim("07012345678")).unwrap();
    let req = request("same-key", &s.subscriber_ref, "au-7d-1gb", 1);
    let first = c.renew(&req).unwrap();
    let second = c.renew(&req).unwrap();
    assert_eq!(first, second, "a replay must return the first result");
    assert_eq!(
        c.lookup(&sim("07012345678")).unwrap().expires_on,
        first.new_expiry
    );
    assert_eq!(c.renewals().unwrap().len(), 1);
    // The same key for another request is refused, and changes nothing.
    let other = request("same-key", &s.subscriber_ref, "au-7d-1gb", 3);
    assert!(matches!(c.renew(&other), Err(CarrierError::Rejected(_))));
    assert_eq!(
        c.lookup(&sim("07012345678")).unwrap().expires_on,
        first.new_expiry
    );
}

#[test]
fn a_plan_of_another_carrier_is_rejected_and_changes_nothing() {
    let c = carrier();
    let s = c.lookup(&sim("08012345678")).unwrap(); // softbank
    match c.renew(&request("k3", &s.subscriber_ref, "docomo-7d-3gb", 1)) {
        Err(CarrierError::Rejected(reason)) => assert!(reason.contains("docomo"), "{reason}"),
        other => panic!("expected Rejected, got {other:?}"),
    }
    assert!(matches!(
        c.renew(&request("k4", &s.subscriber_ref, "no-such-plan", 1)),
        Err(CarrierError::Rejected(_))
    ));
    assert!(matches!(
        c.renew(&request("k5", &s.subscriber_ref, "sb-15d-5gb", 0)),
        Err(CarrierError::Rejected(_))
    ));
    assert_eq!(c.lookup(&sim("08012345678")).unwrap(), s);
    assert!(c.renewals().unwrap().is_empty());
    assert_eq!(
        c.renew(&request("k6", "sub_unknown", "sb-15d-5gb", 1)),
        Err(CarrierError::NotFound)
    );
}

#[test]
fn the_database_survives_reopening_and_is_seeded_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("carrier.db");
    let (sub_ref, renewal) = {
        let c = DemoCarrier::open(&path, plans(), today).unwrap();
        let s = c.lookup(&sim("09012345678")).unwrap();
        let r = c
            .renew(&request("k7", &s.subscriber_ref, "docomo-7d-3gb", 1))
            .unwrap();
        (s.subscriber_ref, r)
    };
    // A later day: the seed must not be redone (refs and the renewal stay).
    let c = DemoCarrier::open(&path, plans(), || {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    })
    .unwrap();
    let s = c.lookup(&sim("09012345678")).unwrap();
    assert_eq!(s.subscriber_ref, sub_ref);
    assert_eq!(s.expires_on, renewal.new_expiry);
    assert_eq!(
        c.renew(&request("k7", &sub_ref, "docomo-7d-3gb", 1))
            .unwrap(),
        renewal,
        "replay after reopen"
    );
    assert_eq!(c.renewals().unwrap().len(), 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "demo carrier file mode {mode:o}");
    }
}

#[test]
fn plans_convert_from_the_catalogue() {
    let p = simkiosk::domain::Plan {
        id: "x".into(),
        carrier_id: "au".into(),
        name: simkiosk::domain::Names::new([("en", "Travel"), ("ja", "トラベル")]),
        data: simkiosk::domain::DataAllowance::Unlimited,
        days: 30,
        price: Yen(4980),
        periods: vec![1, 2],
    };
    let d = DemoPlan::from(&p);
    assert_eq!((d.days, d.data_mb, d.carrier_id.as_str()), (30, None, "au"));
}

#[test]
fn concurrent_renewals_with_one_key_renew_once() {
    // Separate connections on one file, like two processes: first opens race to seed, then all
    // renew with the same key.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("carrier.db");
    let carriers: Vec<_> = (0..4)
        .map(|_| {
            let path = path.clone();
            std::thread::spawn(move || DemoCarrier::open(&path, plans(), today).unwrap())
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|t| t.join().expect("a racing open failed"))
        .collect();
    let s = carriers[0].lookup(&sim("08012345678")).unwrap();
    let req = request("racing-key", &s.subscriber_ref, "sb-15d-5gb", 1);
    let results: Vec<_> = carriers
        .into_iter()
        .map(|c| {
            let req = req.clone();
            std::thread::spawn(move || (c.renew(&req), c))
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|t| t.join().unwrap())
        .collect();
    let renewals: Vec<_> = results.iter().map(|(r, _)| r.clone().unwrap()).collect();
    assert!(renewals.windows(2).all(|w| w[0] == w[1]), "{renewals:?}");
    let c = &results[0].1;
    assert_eq!(c.renewals().unwrap().len(), 1, "renewed more than once");
    assert_eq!(
        c.lookup(&sim("08012345678")).unwrap().expires_on,
        s.expires_on + Days::new(15)
    );
}
