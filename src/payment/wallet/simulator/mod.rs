//! A PayPay OPA simulator on loopback HTTP (`simkiosk wallet-sim`): the same signature check
//! as the provider (401 on a bad one), the code and payment states of [`ledger`], faults to
//! switch on (429, 5xx, garbage, slow answers, a wrong amount, declining wallets), a JSON-lines
//! ledger file, and a control endpoint to "scan and pay" a shown code:
//!
//! - `POST /sim/pay/{codeId}` or `POST /sim/pay-payment/{merchantPaymentId}`: a customer pays;
//! - `POST /sim/faults` with a [`Faults`] JSON body: switch faults at run time.
//!
//! The control endpoints are unsigned: the simulator listens on loopback only.

pub mod cli;
pub mod ledger;

use super::auth;
use super::opa::{self, CreateCodeBody, RefundBody};
use ledger::{Ledger, Refusal, SimPayment};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How far a request's epoch may be from the simulator's clock.
const MAX_SKEW_SECS: i64 = 300;

/// Faults to inject; all off by default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Faults {
    /// Answer every API call with 429.
    pub rate_limit: bool,
    /// Answer every API call with 503.
    pub server_error: bool,
    /// Answer every API call with 200 and a body that is not JSON.
    pub garbage: bool,
    /// Wait this long before answering.
    pub slow_ms: u64,
    /// Charge this amount instead of the code's when a customer pays.
    pub pay_amount: Option<i64>,
    /// Customers' wallets decline: a scan ends FAILED.
    pub fail_payments: bool,
}

#[derive(Debug, Clone)]
pub struct SimConfig {
    pub api_key: String,
    pub api_secret: String,
    pub merchant_id: String,
    pub code_lifetime: Duration,
    pub auto_pay_after: Option<Duration>,
    pub ledger_file: Option<PathBuf>,
    pub faults: Faults,
}

struct Shared {
    ledger: Ledger,
    faults: Faults,
    ledger_file: Option<std::fs::File>,
}

/// A running simulator; stops when dropped.
pub struct WalletSim {
    addr: SocketAddr,
    shared: Arc<Mutex<Shared>>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl WalletSim {
    /// Listens on `listen` (e.g. `127.0.0.1:0`) and serves on a thread of its own.
    pub fn start(listen: &str, config: SimConfig) -> anyhow::Result<WalletSim> {
        let server = tiny_http::Server::http(listen)
            .map_err(|e| anyhow::anyhow!("wallet-sim cannot listen on {listen}: {e}"))?;
        let addr = server
            .server_addr()
            .to_ip()
            .ok_or_else(|| anyhow::anyhow!("wallet-sim: {listen} is not an IP address"))?;
        let ledger_file = match &config.ledger_file {
            Some(path) => Some(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)
                    .map_err(|e| anyhow::anyhow!("wallet-sim ledger {}: {e}", path.display()))?,
            ),
            None => None,
        };
        let mut ledger = Ledger::default();
        ledger.auto_pay_after = config.auto_pay_after;
        ledger.pay_amount_override = config.faults.pay_amount;
        ledger.fail_payments = config.faults.fail_payments;
        let shared = Arc::new(Mutex::new(Shared {
            ledger,
            faults: config.faults.clone(),
            ledger_file,
        }));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (shared, stop) = (shared.clone(), stop.clone());
            std::thread::Builder::new()
                .name("wallet-sim".into())
                .spawn(move || serve(server, &config, &shared, &stop))?
        };
        Ok(WalletSim {
            addr,
            shared,
            stop,
            thread: Some(thread),
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// A customer scans the code of `merchant_payment_id` and pays.
    pub fn pay_payment(&self, merchant_payment_id: &str) -> Result<(), String> {
        let mut s = self.shared.lock().unwrap_or_else(|p| p.into_inner());
        let code = s
            .ledger
            .code_of(merchant_payment_id)
            .ok_or_else(|| format!("no code for {merchant_payment_id}"))?;
        let r = s.ledger.pay(&code, Instant::now()).map(|_| ());
        flush_events(&mut s);
        r.map_err(|e| e.message)
    }

    pub fn set_faults(&self, faults: Faults) {
        let mut s = self.shared.lock().unwrap_or_else(|p| p.into_inner());
        s.ledger.pay_amount_override = faults.pay_amount;
        s.ledger.fail_payments = faults.fail_payments;
        s.faults = faults;
    }
}

impl Drop for WalletSim {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn flush_events(s: &mut Shared) {
    let events = s.ledger.drain_events();
    if let Some(file) = s.ledger_file.as_mut() {
        for e in events {
            let line = serde_json::to_string(&e).unwrap_or_default();
            if let Err(err) = writeln!(file, "{line}") {
                tracing::warn!("wallet-sim ledger write: {err}");
            }
        }
    }
}

fn serve(server: tiny_http::Server, config: &SimConfig, shared: &Mutex<Shared>, stop: &AtomicBool) {
    while !stop.load(Ordering::SeqCst) {
        let request = match server.recv_timeout(Duration::from_millis(100)) {
            Ok(Some(r)) => r,
            Ok(None) => continue,
            Err(e) => {
                tracing::warn!("wallet-sim: {e}");
                continue;
            }
        };
        handle(request, config, shared);
    }
}

struct Answer {
    status: u16,
    body: String,
}

fn result(status: u16, code: &str, message: &str, data: serde_json::Value) -> Answer {
    Answer {
        status,
        body: json!({"resultInfo": {"code": code, "message": message, "codeId": "08100001"}, "data": data})
            .to_string(),
    }
}

fn refused(r: Refusal) -> Answer {
    result(r.status, r.code, &r.message, serde_json::Value::Null)
}

fn payment_json(p: &SimPayment) -> serde_json::Value {
    json!({
        "paymentId": p.payment_id,
        "status": p.status.wire(),
        "merchantPaymentId": p.merchant_payment_id,
        "amount": {"amount": if p.paid_amount > 0 { p.paid_amount } else { p.amount }, "currency": "JPY"},
        "requestedAt": 0,
    })
}

fn handle(mut request: tiny_http::Request, config: &SimConfig, shared: &Mutex<Shared>) {
    let method = request.method().as_str().to_string();
    let path = request.url().split('?').next().unwrap_or("").to_string();
    let mut body = String::new();
    let read = std::io::Read::read_to_string(request.as_reader(), &mut body);
    let answer = if read.is_err() {
        result(
            400,
            "INVALID_REQUEST_PARAMS",
            "unreadable body",
            json!(null),
        )
    } else if let Some(rest) = path.strip_prefix("/sim/") {
        control(&method, rest, &body, shared)
    } else {
        let auth = request
            .headers()
            .iter()
            .find(|h| h.field.equiv("Authorization"))
            .map(|h| h.value.as_str().to_string())
            .unwrap_or_default();
        let merchant = request
            .headers()
            .iter()
            .find(|h| h.field.equiv("X-ASSUME-MERCHANT"))
            .map(|h| h.value.as_str().to_string())
            .unwrap_or_default();
        let faults = shared
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .faults
            .clone();
        if faults.slow_ms > 0 {
            std::thread::sleep(Duration::from_millis(faults.slow_ms));
        }
        let body = (!body.is_empty()).then_some(body.as_str());
        let now = chrono::Utc::now().timestamp();
        if let Err(e) = auth::verify(
            &auth,
            &config.api_key,
            &config.api_secret,
            &path,
            &method,
            body,
            now,
            MAX_SKEW_SECS,
        ) {
            result(401, "UNAUTHORIZED", &e.to_string(), json!(null))
        } else if merchant != config.merchant_id {
            result(
                401,
                "UNAUTHORIZED",
                "unknown X-ASSUME-MERCHANT",
                json!(null),
            )
        } else if faults.rate_limit {
            result(429, "RATE_LIMIT", "Too many requests", json!(null))
        } else if faults.server_error {
            result(
                503,
                "INTERNAL_SERVER_ERROR",
                "Service unavailable",
                json!(null),
            )
        } else if faults.garbage {
            Answer {
                status: 200,
                body: "<html>gateway says hello</html>".into(),
            }
        } else {
            api(&method, &path, body, config, shared)
        }
    };
    {
        let mut s = shared.lock().unwrap_or_else(|p| p.into_inner());
        flush_events(&mut s);
    }
    let header = tiny_http::Header::from_bytes(&b"Content-Type"[..], &b"application/json"[..])
        .expect("a constant header is valid");
    let response = tiny_http::Response::from_string(answer.body)
        .with_status_code(answer.status)
        .with_header(header);
    if let Err(e) = request.respond(response) {
        tracing::debug!("wallet-sim: answering: {e}");
    }
}

fn api(
    method: &str,
    path: &str,
    body: Option<&str>,
    config: &SimConfig,
    shared: &Mutex<Shared>,
) -> Answer {
    let mut s = shared.lock().unwrap_or_else(|p| p.into_inner());
    let now = Instant::now();
    let bad =
        |e: serde_json::Error| result(400, "INVALID_REQUEST_PARAMS", &e.to_string(), json!(null));
    match (method, path) {
        ("POST", opa::CODES_PATH) => {
            let req: CreateCodeBody = match serde_json::from_str(body.unwrap_or("")) {
                Ok(r) => r,
                Err(e) => return bad(e),
            };
            if req.code_type != opa::ORDER_QR || req.amount.currency != "JPY" {
                return result(400, "INVALID_PARAMS", "ORDER_QR in JPY only", json!(null));
            }
            let epoch = chrono::Utc::now().timestamp();
            match s.ledger.create(
                &req.merchant_payment_id,
                req.amount.amount,
                config.code_lifetime,
                now,
                epoch,
            ) {
                Ok(p) => result(
                    201,
                    "SUCCESS",
                    "Success",
                    json!({
                        "codeId": p.code_id,
                        "url": format!("https://qr.paypay.ne.jp/sim/{}", p.code_id),
                        "deeplink": format!("paypay://payment?link_key={}", p.code_id),
                        "expiryDate": p.expiry_date,
                        "merchantPaymentId": p.merchant_payment_id,
                        "amount": {"amount": p.amount, "currency": "JPY"},
                        "codeType": opa::ORDER_QR,
                    }),
                ),
                Err(r) => refused(r),
            }
        }
        ("POST", opa::REFUNDS_PATH) => {
            let req: RefundBody = match serde_json::from_str(body.unwrap_or("")) {
                Ok(r) => r,
                Err(e) => return bad(e),
            };
            match s
                .ledger
                .refund(&req.merchant_refund_id, &req.payment_id, req.amount.amount)
            {
                Ok(()) => result(
                    201,
                    "SUCCESS",
                    "Success",
                    json!({"status": "CREATED", "merchantRefundId": req.merchant_refund_id}),
                ),
                Err(r) => refused(r),
            }
        }
        ("GET", p) if p.starts_with(opa::CODE_PAYMENTS_PATH) => {
            match s.ledger.payment(&p[opa::CODE_PAYMENTS_PATH.len()..], now) {
                Ok(p) => result(200, "SUCCESS", "Success", payment_json(&p)),
                Err(r) => refused(r),
            }
        }
        ("DELETE", p) if p.starts_with(opa::PAYMENTS_PATH) => {
            match s.ledger.cancel(&p[opa::PAYMENTS_PATH.len()..]) {
                Ok(()) => result(202, "REQUEST_ACCEPTED", "Request accepted", json!(null)),
                Err(r) => refused(r),
            }
        }
        ("DELETE", p) if p.starts_with("/v2/codes/") => {
            match s.ledger.delete_code(&p["/v2/codes/".len()..]) {
                Ok(()) => result(200, "SUCCESS", "Success", json!(null)),
                Err(r) => refused(r),
            }
        }
        _ => result(404, "NOT_FOUND", "no such endpoint", json!(null)),
    }
}

fn control(method: &str, rest: &str, body: &str, shared: &Mutex<Shared>) -> Answer {
    let mut s = shared.lock().unwrap_or_else(|p| p.into_inner());
    let now = Instant::now();
    let paid = |r: Result<SimPayment, Refusal>| match r {
        Ok(p) => result(200, "SUCCESS", "paid", payment_json(&p)),
        Err(r) => refused(r),
    };
    match (method, rest) {
        ("POST", r) if r.starts_with("pay/") => paid(s.ledger.pay(&r["pay/".len()..], now)),
        ("POST", r) if r.starts_with("pay-payment/") => {
            match s.ledger.code_of(&r["pay-payment/".len()..]) {
                Some(code) => paid(s.ledger.pay(&code, now)),
                None => result(404, "DYNAMIC_QR_NOT_FOUND", "no such payment", json!(null)),
            }
        }
        ("POST", "faults") => match serde_json::from_str::<Faults>(body) {
            Ok(f) => {
                s.ledger.pay_amount_override = f.pay_amount;
                s.ledger.fail_payments = f.fail_payments;
                s.faults = f;
                result(200, "SUCCESS", "faults set", json!(null))
            }
            Err(e) => result(400, "INVALID_REQUEST_PARAMS", &e.to_string(), json!(null)),
        },
        _ => result(404, "NOT_FOUND", "no such control endpoint", json!(null)),
    }
}
