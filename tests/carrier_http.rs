//! The HTTP carrier client against a real HTTP server on 127.0.0.1 that implements
//! docs/CARRIER-API.md, idempotency included, with scripted faults.

use chrono::NaiveDate;
use simkiosk::carrier::http::ApiKeyError;
use simkiosk::carrier::{
    CarrierBackend, CarrierError, HttpCarrier, RenewalRequest, api_key_from_env,
};
use simkiosk::domain::{SimId, Yen};
use std::time::{Duration, Instant};

mod carrier_support;
use carrier_support::{Carrier, Fault, ICCID, KEY, NUMBER, start};

fn client(c: &Carrier, timeout: Duration) -> HttpCarrier {
    HttpCarrier::new(&c.url, KEY.to_string(), timeout)
        .unwrap()
        .with_retries(3, Duration::from_millis(20))
}

fn number() -> SimId {
    SimId::parse(NUMBER).unwrap()
}

fn renewal(key: &str, plan: &str) -> RenewalRequest {
    RenewalRequest {
        idempotency_key: key.into(),
        subscriber_ref: "sub_42".into(),
        plan_id: plan.into(),
        months: 2,
        amount: Yen(3960),
    }
}

#[test]
fn lookup_by_number_and_iccid() {
    let server = start();
    let c = client(&server, Duration::from_secs(2));
    let s = c.lookup(&number()).unwrap();
    assert_eq!(s.subscriber_ref, "sub_42");
    assert_eq!(s.carrier_id, "docomo");
    assert_eq!(s.plan_id.as_deref(), Some("docomo-7d-3gb"));
    assert_eq!(s.data_left_mb, Some(1200));
    assert_eq!(s.expires_on, NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    assert_eq!(s.sim, number());
    let by_iccid = c.lookup(&SimId::parse(ICCID).unwrap()).unwrap();
    assert_eq!(by_iccid.subscriber_ref, "sub_42");
    let s = server.state.lock().unwrap();
    assert_eq!(
        s.lookup_bodies,
        [
            serde_json::json!({"sim_id": NUMBER}),
            serde_json::json!({"sim_id": ICCID})
        ],
        "the lookup body is not the documented {{\"sim_id\": …}}"
    );
}

#[test]
fn no_request_url_holds_the_phone_number_or_the_iccid() {
    let server = start();
    server
        .state
        .lock()
        .unwrap()
        .lookup_faults
        .push_back(Fault::Unavailable);
    let c = client(&server, Duration::from_secs(2));
    // A retried lookup by number, one by ICCID, one not found, and a renewal: every kind of request.
    c.lookup(&number()).unwrap();
    c.lookup(&SimId::parse(ICCID).unwrap()).unwrap();
    let _ = c.lookup(&SimId::parse("08000000000").unwrap());
    c.renew(&renewal("key-url", "docomo-7d-3gb")).unwrap();
    let s = server.state.lock().unwrap();
    assert_eq!(s.urls_seen.len(), 5, "requests seen: {:?}", s.urls_seen);
    for url in &s.urls_seen {
        for secret in [NUMBER, ICCID, "08000000000"] {
            assert!(
                !url.contains(secret),
                "the request URL `{url}` holds the SIM identity {secret}"
            );
        }
    }
}

#[test]
fn an_unknown_sim_is_not_found_without_retrying() {
    let server = start();
    let c = client(&server, Duration::from_secs(2));
    assert_eq!(
        c.lookup(&SimId::parse("08000000000").unwrap()),
        Err(CarrierError::NotFound)
    );
    assert_eq!(server.state.lock().unwrap().lookups, 1, "a 404 was retried");
}

#[test]
fn garbage_json_is_a_bad_response_with_context() {
    let server = start();
    server
        .state
        .lock()
        .unwrap()
        .lookup_faults
        .push_back(Fault::Garbage);
    let c = client(&server, Duration::from_secs(2));
    match c.lookup(&number()) {
        Err(CarrierError::BadResponse(m)) => {
            assert!(m.contains("090-****-5678"), "no masked SIM in `{m}`");
            assert!(m.contains("oops"), "no body snippet in `{m}`");
            assert!(!m.contains(NUMBER), "full number in `{m}`");
        }
        other => panic!("expected BadResponse, got {other:?}"),
    }
    assert_eq!(server.state.lock().unwrap().lookups, 1, "a 200 was retried");
}

#[test]
fn a_silent_server_is_bounded_by_the_timeout() {
    let server = start();
    {
        let mut s = server.state.lock().unwrap();
        for _ in 0..3 {
            s.lookup_faults
                .push_back(Fault::Silent(Duration::from_secs(5)));
        }
    }
    let c = client(&server, Duration::from_millis(300));
    let t0 = Instant::now();
    let result = c.lookup(&number());
    let elapsed = t0.elapsed();
    match result {
        Err(CarrierError::Unavailable(m)) => assert!(!m.contains(NUMBER), "full number in `{m}`"),
        other => panic!("expected Unavailable, got {other:?}"),
    }
    // 3 attempts × 300 ms + 20 + 40 ms of pauses, with slack for a loaded machine.
    assert!(elapsed < Duration::from_millis(2500), "took {elapsed:?}");
    assert!(
        elapsed >= Duration::from_millis(900),
        "gave up too early: {elapsed:?}"
    );
}

#[test]
fn a_503_then_success_is_retried() {
    let server = start();
    server
        .state
        .lock()
        .unwrap()
        .lookup_faults
        .push_back(Fault::Unavailable);
    let c = client(&server, Duration::from_secs(2));
    assert_eq!(c.lookup(&number()).unwrap().subscriber_ref, "sub_42");
    assert_eq!(server.state.lock().unwrap().lookups, 2);
}

#[test]
fn three_503s_give_unavailable_after_three_attempts() {
    let server = start();
    {
        let mut s = server.state.lock().unwrap();
        for _ in 0..5 {
            s.lookup_faults.push_back(Fault::Unavailable);
        }
    }
    let c = client(&server, Duration::from_secs(2));
    match c.lookup(&number()) {
        Err(CarrierError::Unavailable(m)) => assert!(m.contains("503"), "{m}"),
        other => panic!("expected Unavailable, got {other:?}"),
    }
    assert_eq!(server.state.lock().unwrap().lookups, 3);
}

#[test]
fn a_wrong_key_is_reported_and_not_retried() {
    let server = start();
    let c = HttpCarrier::new(&server.url, "wrong".into(), Duration::from_secs(2)).unwrap();
    match c.lookup(&number()) {
        Err(CarrierError::Unavailable(m)) => assert!(m.contains("401") && m.contains("key"), "{m}"),
        other => panic!("expected Unavailable, got {other:?}"),
    }
    assert_eq!(server.state.lock().unwrap().lookups, 0);
}

#[test]
fn a_renewal_is_created_with_the_key_and_the_documented_body() {
    let server = start();
    let c = client(&server, Duration::from_secs(2));
    let r = c.renew(&renewal("key-1", "docomo-7d-3gb")).unwrap();
    assert_eq!(r.renewal_id, "ren_1");
    assert_eq!(r.new_expiry, NaiveDate::from_ymd_opt(2026, 12, 12).unwrap());
    assert_eq!(r.data_left_mb, Some(3072));
    let s = server.state.lock().unwrap();
    assert_eq!(s.keys_seen, ["key-1"]);
    assert_eq!(s.content_types, [Some("application/json".to_string())]);
    let (body, _) = &s.by_key["key-1"];
    assert_eq!(
        *body,
        serde_json::json!({"subscriber_ref": "sub_42", "plan_id": "docomo-7d-3gb", "months": 2, "amount_yen": 3960})
    );
}

fn lost_answer_renews_once(fault: Fault) {
    let server = start();
    server.state.lock().unwrap().renew_faults.push_back(fault);
    let c = client(&server, Duration::from_secs(2));
    let r = c
        .renew(&renewal("key-lost", "docomo-7d-3gb"))
        .unwrap_or_else(|e| panic!("{fault:?}: the retry failed: {e}"));
    let s = server.state.lock().unwrap();
    assert_eq!(s.renewals_applied, 1, "{fault:?}: renewed twice");
    assert_eq!(s.posts, 2, "{fault:?}: expected one retry");
    assert_eq!(
        s.keys_seen,
        ["key-lost", "key-lost"],
        "{fault:?}: retry changed the key"
    );
    assert_eq!(
        r.renewal_id, "ren_1",
        "{fault:?}: not the first renewal's answer"
    );
}

#[test]
fn a_renewal_whose_answer_is_a_503_is_retried_with_the_same_key_and_renews_once() {
    lost_answer_renews_once(Fault::RenewThen503);
}

#[test]
fn a_renewal_whose_connection_drops_is_retried_with_the_same_key_and_renews_once() {
    lost_answer_renews_once(Fault::RenewThenDrop);
}

#[test]
fn a_renewal_whose_answer_is_cut_short_is_retried_with_the_same_key_and_renews_once() {
    lost_answer_renews_once(Fault::RenewThenCut);
}

#[test]
fn a_refused_renewal_is_rejected_with_the_reason_and_not_retried() {
    let server = start();
    let c = client(&server, Duration::from_secs(2));
    assert_eq!(
        c.renew(&renewal("key-2", "forbidden")),
        Err(CarrierError::Rejected(
            "plan not allowed for this SIM".into()
        ))
    );
    c.renew(&renewal("key-3", "docomo-7d-3gb")).unwrap();
    // The same key with another body: 409.
    assert_eq!(
        c.renew(&renewal("key-3", "docomo-30d")),
        Err(CarrierError::Rejected("key reused".into()))
    );
    let s = server.state.lock().unwrap();
    assert_eq!(s.posts, 3, "a 4xx was retried");
    assert_eq!(s.renewals_applied, 1);
}

#[test]
fn no_server_at_all_is_unavailable_and_the_number_stays_masked() {
    // Bind and close a port so nothing listens on it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let c = HttpCarrier::new(
        &format!("http://127.0.0.1:{port}"),
        KEY.into(),
        Duration::from_millis(500),
    )
    .unwrap()
    .with_retries(2, Duration::from_millis(10));
    match c.lookup(&number()) {
        Err(CarrierError::Unavailable(m)) => {
            assert!(!m.contains(NUMBER), "full number in `{m}`");
            assert!(m.contains("090-****-5678"), "{m}");
        }
        other => panic!("expected Unavailable, got {other:?}"),
    }
}

#[test]
fn a_base_url_without_scheme_is_refused() {
    assert!(HttpCarrier::new("carrier.example", KEY.into(), Duration::from_secs(1)).is_err());
}

#[test]
fn the_api_key_comes_from_the_environment() {
    let var = "SIMKIOSK_TEST_UNSET_CARRIER_KEY_7f3a";
    let err = api_key_from_env(var).unwrap_err();
    assert_eq!(err, ApiKeyError::Missing { var: var.into() });
    assert!(err.to_string().contains(var), "{err}");
    // PATH is set in every test environment: a present variable is read as is.
    assert_eq!(
        api_key_from_env("PATH").unwrap(),
        std::env::var("PATH").unwrap().trim()
    );
}
