//! PayPay Open Payment API (dynamic QR) without I/O: requests as values, answers parsed into
//! the provider-neutral types of [`super`].
//!
//! Every answer has `resultInfo.code` (`SUCCESS`, `REQUEST_ACCEPTED` or an error name) and,
//! on success, `data`. The HTTP status decides the fault class first (401 credentials, 429
//! rate limit, 5xx server); then the result code.

use super::{CodeRequest, RefundRequest, ShownCode, WalletError, WalletPayment, WalletStatus};
use crate::domain::Yen;
use serde::{Deserialize, Serialize};

/// Create a dynamic QR code.
pub const CODES_PATH: &str = "/v2/codes";
/// `GET` + the merchantPaymentId: the payment made with a code.
pub const CODE_PAYMENTS_PATH: &str = "/v2/codes/payments/";
/// `DELETE` + the merchantPaymentId: cancel a payment.
pub const PAYMENTS_PATH: &str = "/v2/payments/";
/// `POST`: refund a payment.
pub const REFUNDS_PATH: &str = "/v2/refunds";
/// The only code type the kiosk creates: a code for one order of a fixed amount.
pub const ORDER_QR: &str = "ORDER_QR";
/// PayPay limits `merchantPaymentId` and `merchantRefundId` to 64 characters.
pub const MAX_ID_LEN: usize = 64;
/// How much of an unreadable answer goes into an error message.
const SNIPPET: usize = 160;

/// One HTTP request to make: method, path (signed as is) and JSON body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: &'static str,
    pub path: String,
    pub body: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MoneyAmount {
    pub amount: i64,
    pub currency: String,
}

impl MoneyAmount {
    fn yen(amount: Yen) -> MoneyAmount {
        MoneyAmount {
            amount: amount.value(),
            currency: "JPY".into(),
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateCodeBody {
    pub merchant_payment_id: String,
    pub amount: MoneyAmount,
    pub code_type: String,
    pub order_description: String,
    pub is_authorization: bool,
    pub requested_at: i64,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RefundBody {
    pub merchant_refund_id: String,
    pub payment_id: String,
    pub amount: MoneyAmount,
    pub requested_at: i64,
    pub reason: String,
}

fn check_id(what: &str, id: &str) -> Result<(), WalletError> {
    let ok = !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(WalletError::Config(format!(
            "{what} `{id}` must be 1–{MAX_ID_LEN} characters of A–Z, a–z, 0–9, - or _"
        )))
    }
}

fn json(value: &impl Serialize) -> String {
    // Serialising these plain structs cannot fail.
    serde_json::to_string(value).expect("plain struct serialises")
}

pub fn create_code(request: &CodeRequest, now: i64) -> Result<Request, WalletError> {
    check_id("merchantPaymentId", &request.merchant_payment_id)?;
    if request.amount.value() <= 0 {
        return Err(WalletError::Config(format!(
            "a wallet payment needs a positive amount, not {}",
            request.amount.value()
        )));
    }
    let body = CreateCodeBody {
        merchant_payment_id: request.merchant_payment_id.clone(),
        amount: MoneyAmount::yen(request.amount),
        code_type: ORDER_QR.into(),
        order_description: request.description.chars().take(255).collect(),
        is_authorization: false,
        requested_at: now,
    };
    Ok(Request {
        method: "POST",
        path: CODES_PATH.into(),
        body: Some(json(&body)),
    })
}

pub fn get_payment(merchant_payment_id: &str) -> Result<Request, WalletError> {
    check_id("merchantPaymentId", merchant_payment_id)?;
    Ok(Request {
        method: "GET",
        path: format!("{CODE_PAYMENTS_PATH}{merchant_payment_id}"),
        body: None,
    })
}

pub fn delete_code(code_id: &str) -> Result<Request, WalletError> {
    check_id("codeId", code_id)?;
    Ok(Request {
        method: "DELETE",
        path: format!("{CODES_PATH}/{code_id}"),
        body: None,
    })
}

pub fn cancel_payment(merchant_payment_id: &str) -> Result<Request, WalletError> {
    check_id("merchantPaymentId", merchant_payment_id)?;
    Ok(Request {
        method: "DELETE",
        path: format!("{PAYMENTS_PATH}{merchant_payment_id}"),
        body: None,
    })
}

pub fn refund(request: &RefundRequest, now: i64) -> Result<Request, WalletError> {
    check_id("merchantRefundId", &request.merchant_refund_id)?;
    let body = RefundBody {
        merchant_refund_id: request.merchant_refund_id.clone(),
        payment_id: request.payment_id.clone(),
        amount: MoneyAmount::yen(request.amount),
        requested_at: now,
        reason: request.reason.chars().take(255).collect(),
    };
    Ok(Request {
        method: "POST",
        path: REFUNDS_PATH.into(),
        body: Some(json(&body)),
    })
}

#[derive(Debug, Deserialize, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct ResultInfo {
    pub code: String,
    #[serde(default)]
    pub message: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Envelope<T> {
    result_info: ResultInfo,
    data: Option<T>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct CodeData {
    code_id: String,
    url: String,
    expiry_date: i64,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct PaymentData {
    status: String,
    payment_id: Option<String>,
    amount: Option<MoneyAmount>,
}

/// The result code PayPay gives for a payment it does not know.
pub const NOT_FOUND_CODES: [&str; 2] = ["DYNAMIC_QR_PAYMENT_NOT_FOUND", "NO_SUCH_PAYMENT"];

fn snippet(body: &str) -> String {
    body.chars().take(SNIPPET).collect()
}

/// Classifies an answer: transport-level faults by status, then the envelope.
fn envelope<T: for<'de> Deserialize<'de>>(
    what: &str,
    status: u16,
    body: &str,
) -> Result<Envelope<T>, WalletError> {
    let parsed: Result<Envelope<T>, _> = serde_json::from_str(body);
    let code = parsed
        .as_ref()
        .map(|e| e.result_info.code.clone())
        .unwrap_or_else(|_| format!("HTTP {status}"));
    match status {
        401 | 403 => return Err(WalletError::Unauthorized { status, code }),
        429 => return Err(WalletError::RateLimited),
        500..=599 => return Err(WalletError::Server { status, code }),
        _ => {}
    }
    let envelope = parsed.map_err(|e| {
        WalletError::BadResponse(format!("{what}: HTTP {status}, {e}: `{}`", snippet(body)))
    })?;
    if !(200..300).contains(&status) {
        return Err(WalletError::Rejected {
            what: what.into(),
            code: envelope.result_info.code,
            message: envelope.result_info.message,
        });
    }
    Ok(envelope)
}

fn data<T>(what: &str, envelope: Envelope<T>) -> Result<T, WalletError> {
    envelope
        .data
        .ok_or_else(|| WalletError::BadResponse(format!("{what}: a success without `data`")))
}

pub fn parse_create_code(status: u16, body: &str) -> Result<ShownCode, WalletError> {
    let code: CodeData = data("create code", envelope("create code", status, body)?)?;
    if code.url.is_empty() || code.code_id.is_empty() {
        return Err(WalletError::BadResponse(
            "create code: an empty codeId or url".into(),
        ));
    }
    Ok(ShownCode {
        code_id: code.code_id,
        url: code.url,
        expires_at: code.expiry_date,
    })
}

pub fn status_from_wire(status: &str) -> Option<WalletStatus> {
    Some(match status {
        "CREATED" => WalletStatus::Created,
        "COMPLETED" => WalletStatus::Completed,
        "FAILED" => WalletStatus::Failed,
        "CANCELED" => WalletStatus::Canceled,
        "EXPIRED" => WalletStatus::Expired,
        "REFUNDED" => WalletStatus::Refunded,
        _ => return None,
    })
}

pub fn parse_payment(status: u16, body: &str) -> Result<WalletPayment, WalletError> {
    let envelope = match envelope::<PaymentData>("payment details", status, body) {
        Err(WalletError::Rejected { code, .. }) if NOT_FOUND_CODES.contains(&code.as_str()) => {
            return Ok(WalletPayment::not_found());
        }
        other => other?,
    };
    let payment = data("payment details", envelope)?;
    let status = status_from_wire(&payment.status).ok_or_else(|| {
        WalletError::BadResponse(format!(
            "payment details: unknown status `{}`",
            snippet(&payment.status)
        ))
    })?;
    Ok(WalletPayment {
        status,
        payment_id: payment.payment_id.filter(|p| !p.is_empty()),
        amount: payment.amount.as_ref().map(|a| Yen(a.amount)),
        currency: payment.amount.map(|a| a.currency),
    })
}

/// Delete a code, cancel a payment, refund: success or a refusal, no data the kiosk needs.
/// Deleting a code that is already gone is success (the code can no longer be paid).
pub fn parse_done(what: &str, status: u16, body: &str) -> Result<(), WalletError> {
    match envelope::<serde_json::Value>(what, status, body) {
        Ok(_) => Ok(()),
        Err(WalletError::Rejected { code, .. })
            if code == "DYNAMIC_QR_NOT_FOUND" || NOT_FOUND_CODES.contains(&code.as_str()) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// A refund: accepted or refused (an unknown payment is a refusal here, not success).
pub fn parse_refund(status: u16, body: &str) -> Result<(), WalletError> {
    envelope::<serde_json::Value>("refund", status, body).map(|_| ())
}
