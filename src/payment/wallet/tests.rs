//! Vectors for the OPA signature and the sans-IO requests and answers.
//!
//! The signature vectors were worked out independently of this code, following
//! paypayopa-sdk-python `Client.auth_header` (the public SDK, Apache-2.0) step by step with
//! Python's standard library:
//!
//! ```text
//! ct   = "application/json;charset=UTF-8"
//! hash = base64(md5(ct.encode() + body.encode()))
//! mac  = base64(hmac_sha256(b"api_secret", "\n".join([path, method, nonce, epoch, ct, hash])))
//! ```
//! and for a request without a body `ct = hash = "empty"`.

use super::auth::{self, VerifyError};
use super::opa;
use super::{CodeRequest, RefundRequest, WalletError, WalletStatus};
use crate::domain::Yen;
use std::time::Duration;

const BODY: &str = r#"{"merchantPaymentId":"tx-42","amount":{"amount":3300,"currency":"JPY"},"codeType":"ORDER_QR","orderDescription":"docomo 7 days","isAuthorization":false,"requestedAt":1579843452}"#;

#[test]
fn signature_of_a_post_with_a_body_matches_the_sdk_derivation() {
    let body = r#"{"merchantPaymentId":"tx-42","amount":{"amount":3300,"currency":"JPY"},"codeType":"ORDER_QR","orderDescription":"docomo 7 days","isAuthorization":false,"codePeriod":{"unit":"SECONDS","value":300}}"#;
    let signed = auth::sign(
        "api_key",
        "api_secret",
        "/v2/codes",
        "POST",
        Some(body),
        "acd028e3",
        1579843452,
    );
    assert_eq!(
        signed.body_hash, "U1N8bn74WyJ63hctcnJMUQ==",
        "MD5 body hash"
    );
    assert_eq!(
        signed.mac, "ZhUOp35als/TcKtjGOQTjvDEhE64Ysu2MNWZ4hYSU2o=",
        "HMAC over path, method, nonce, epoch, content type, hash"
    );
    assert_eq!(
        signed.header(),
        "hmac OPA-Auth:api_key:ZhUOp35als/TcKtjGOQTjvDEhE64Ysu2MNWZ4hYSU2o=:acd028e3:1579843452:U1N8bn74WyJ63hctcnJMUQ=="
    );
}

#[test]
fn signature_of_a_request_without_body_signs_empty_content_type_and_hash() {
    let signed = auth::sign(
        "api_key",
        "api_secret",
        "/v2/codes/payments/tx-42",
        "GET",
        None,
        "5ab1c2d3",
        1579843452,
    );
    assert_eq!(signed.body_hash, "empty");
    assert_eq!(signed.mac, "6VvHno7/+AsZwA2qw1JJqql5dyOO0SF5ZEnLpL+P/HI=");
}

#[test]
fn verify_accepts_what_sign_makes_and_refuses_each_tampering() {
    let path = "/v2/codes";
    let header = auth::sign("k", "s", path, "POST", Some(BODY), "n0nce123", 1000).header();
    let verify = |header: &str, secret: &str, body: Option<&str>, now: i64| {
        auth::verify(header, "k", secret, path, "POST", body, now, 120)
    };
    assert_eq!(verify(&header, "s", Some(BODY), 1000), Ok(()));
    assert_eq!(
        verify(&header, "wrong", Some(BODY), 1000),
        Err(VerifyError::Mac),
        "a wrong secret"
    );
    assert_eq!(
        verify(&header, "s", Some("{}"), 1000),
        Err(VerifyError::BodyHash),
        "a changed body"
    );
    assert_eq!(
        verify(&header, "s", Some(BODY), 1000 + 121),
        Err(VerifyError::Stale { skew: 121 })
    );
    assert_eq!(
        verify("Bearer x", "s", Some(BODY), 1000),
        Err(VerifyError::Malformed)
    );
    let other_key = auth::sign("k2", "s", path, "POST", Some(BODY), "n", 1000).header();
    assert_eq!(
        verify(&other_key, "s", Some(BODY), 1000),
        Err(VerifyError::UnknownKey)
    );
}

fn code_request() -> CodeRequest {
    CodeRequest {
        merchant_payment_id: "tx-42".into(),
        amount: Yen(3300),
        description: "docomo 7 days".into(),
        lifetime: Duration::from_secs(300),
    }
}

#[test]
fn create_code_request_is_an_order_qr_in_yen_keyed_by_the_journal_id() {
    let req = opa::create_code(&code_request(), 1579843452).unwrap();
    assert_eq!((req.method, req.path.as_str()), ("POST", "/v2/codes"));
    assert_eq!(req.body.as_deref(), Some(BODY));
}

#[test]
fn request_paths_follow_the_api() {
    assert_eq!(
        opa::get_payment("tx-42").unwrap().path,
        "/v2/codes/payments/tx-42"
    );
    let del = opa::delete_code("04-abc").unwrap();
    assert_eq!(
        (del.method, del.path.as_str()),
        ("DELETE", "/v2/codes/04-abc")
    );
    let cancel = opa::cancel_payment("tx-42").unwrap();
    assert_eq!(
        (cancel.method, cancel.path.as_str()),
        ("DELETE", "/v2/payments/tx-42")
    );
    let refund = opa::refund(
        &RefundRequest {
            merchant_refund_id: "tx-42-r".into(),
            payment_id: "pp-1".into(),
            amount: Yen(3300),
            reason: "renewal failed".into(),
        },
        7,
    )
    .unwrap();
    assert_eq!(refund.path, "/v2/refunds");
    assert_eq!(
        refund.body.as_deref(),
        Some(
            r#"{"merchantRefundId":"tx-42-r","paymentId":"pp-1","amount":{"amount":3300,"currency":"JPY"},"requestedAt":7,"reason":"renewal failed"}"#
        )
    );
}

#[test]
fn ids_that_would_break_the_path_or_exceed_64_characters_are_refused() {
    for bad in ["", "a/b", "tx 1", &"x".repeat(65)] {
        assert!(
            matches!(opa::get_payment(bad), Err(WalletError::Config(_))),
            "id {bad:?} accepted"
        );
    }
    let mut zero = code_request();
    zero.amount = Yen(0);
    assert!(matches!(
        opa::create_code(&zero, 0),
        Err(WalletError::Config(_))
    ));
}

#[test]
fn created_code_answer_gives_id_url_and_expiry() {
    let body = r#"{"resultInfo":{"code":"SUCCESS","message":"Success","codeId":"08100001"},
        "data":{"codeId":"04-xyz","url":"https://qr.paypay.ne.jp/28180104xyz","deeplink":"paypay://x",
        "expiryDate":1579843752,"merchantPaymentId":"tx-42","amount":{"amount":3300,"currency":"JPY"},"codeType":"ORDER_QR"}}"#;
    let code = opa::parse_create_code(201, body).unwrap();
    assert_eq!(code.code_id, "04-xyz");
    assert_eq!(code.url, "https://qr.paypay.ne.jp/28180104xyz");
    assert_eq!(code.expires_at, 1579843752);
}

fn payment_body(status: &str, amount: i64, currency: &str) -> String {
    format!(
        r#"{{"resultInfo":{{"code":"SUCCESS","message":"Success"}},"data":{{"paymentId":"pp-9","status":"{status}","merchantPaymentId":"tx-42","amount":{{"amount":{amount},"currency":"{currency}"}},"acceptedAt":1}}}}"#
    )
}

#[test]
fn every_wire_status_maps_to_one_wallet_status() {
    for (wire, ours) in [
        ("CREATED", WalletStatus::Created),
        ("COMPLETED", WalletStatus::Completed),
        ("FAILED", WalletStatus::Failed),
        ("CANCELED", WalletStatus::Canceled),
        ("EXPIRED", WalletStatus::Expired),
        ("REFUNDED", WalletStatus::Refunded),
    ] {
        let p = opa::parse_payment(200, &payment_body(wire, 3300, "JPY")).unwrap();
        assert_eq!(p.status, ours, "{wire}");
    }
    let unknown = opa::parse_payment(200, &payment_body("AUTHORIZED", 3300, "JPY"));
    assert!(
        matches!(unknown, Err(WalletError::BadResponse(_))),
        "a status the kiosk never asks for is a fault, not a guess: {unknown:?}"
    );
}

#[test]
fn only_a_completion_in_the_requested_yen_amount_counts_as_requested() {
    let ok = opa::parse_payment(200, &payment_body("COMPLETED", 3300, "JPY")).unwrap();
    assert!(ok.completed_as_requested(Yen(3300)));
    assert_eq!(ok.payment_id.as_deref(), Some("pp-9"));
    let less = opa::parse_payment(200, &payment_body("COMPLETED", 330, "JPY")).unwrap();
    assert!(!less.completed_as_requested(Yen(3300)), "amount differs");
    let usd = opa::parse_payment(200, &payment_body("COMPLETED", 3300, "USD")).unwrap();
    assert!(!usd.completed_as_requested(Yen(3300)), "currency differs");
}

#[test]
fn an_unknown_payment_is_not_found_not_an_error() {
    let body = r#"{"resultInfo":{"code":"DYNAMIC_QR_PAYMENT_NOT_FOUND","message":"Dynamic QR payment not found"},"data":null}"#;
    let p = opa::parse_payment(404, body).unwrap();
    assert_eq!(p.status, WalletStatus::NotFound);
    assert!(p.status.nothing_charged());
}

#[test]
fn faults_are_classified_by_status_and_take_the_method_out_of_service() {
    let rate = r#"{"resultInfo":{"code":"RATE_LIMIT","message":"Too many requests"}}"#;
    let unauth = r#"{"resultInfo":{"code":"UNAUTHORIZED","message":"Unauthorized"}}"#;
    let cases = [
        (401, unauth, "401"),
        (429, rate, "429"),
        (503, "<html>down</html>", "5xx"),
        (200, "not json", "garbage"),
        (200, r#"{"resultInfo":{"code":"SUCCESS"}}"#, "no data"),
    ];
    for (status, body, name) in cases {
        let e = opa::parse_payment(status, body).unwrap_err();
        assert!(e.takes_method_out_of_service(), "{name}: {e}");
    }
    assert!(matches!(
        opa::parse_payment(401, unauth),
        Err(WalletError::Unauthorized { status: 401, .. })
    ));
    assert_eq!(opa::parse_payment(429, rate), Err(WalletError::RateLimited));
    assert!(matches!(
        opa::parse_payment(503, "x"),
        Err(WalletError::Server { status: 503, .. })
    ));
}

#[test]
fn a_duplicate_create_is_a_refusal_of_that_request_only() {
    let body = r#"{"resultInfo":{"code":"DUPLICATE_DYNAMIC_QR_REQUEST","message":"Duplicate Dynamic QR request error"}}"#;
    let e = opa::parse_create_code(400, body).unwrap_err();
    assert!(
        matches!(&e, WalletError::Rejected { code, .. } if code == "DUPLICATE_DYNAMIC_QR_REQUEST"),
        "{e:?}"
    );
    assert!(!e.takes_method_out_of_service());
}

#[test]
fn deleting_a_code_already_gone_is_done_but_refunding_an_unknown_payment_is_not() {
    let gone = r#"{"resultInfo":{"code":"DYNAMIC_QR_NOT_FOUND","message":"not found"}}"#;
    assert_eq!(opa::parse_done("delete code", 404, gone), Ok(()));
    let unknown = r#"{"resultInfo":{"code":"NO_SUCH_PAYMENT","message":"not found"}}"#;
    assert!(opa::parse_refund(400, unknown).is_err());
    let accepted = r#"{"resultInfo":{"code":"REQUEST_ACCEPTED","message":"accepted"},"data":null}"#;
    assert_eq!(opa::parse_done("cancel payment", 202, accepted), Ok(()));
}
