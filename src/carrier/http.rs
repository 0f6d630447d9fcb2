//! The HTTP carrier backend: a JSON REST client for the API in docs/CARRIER-API.md.
//!
//! Every attempt is bounded by the timeout; retries are bounded and only where they are safe:
//! a lookup is a read (a POST only so that the SIM identity travels in the body, never in a URL
//! that access logs and proxies keep, CARRIER-API.md §Lookup), and a renewal carries the same `Idempotency-Key` on every attempt, so the
//! server applies it at most once (CARRIER-API.md §Idempotency). A 4xx is never retried.

use super::{CarrierBackend, CarrierError, Renewal, RenewalRequest, Subscriber};
use crate::domain::SimId;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// Attempts per call, the first included (CARRIER-API.md §Retries).
const DEFAULT_ATTEMPTS: u32 = 3;
/// Pause before the second attempt; doubled before each further one.
const DEFAULT_BACKOFF: Duration = Duration::from_millis(200);
/// How much of an unexpected body goes into an error message.
const BODY_SNIPPET: usize = 200;

pub struct HttpCarrier {
    agent: ureq::Agent,
    base_url: String,
    api_key: String,
    attempts: u32,
    backoff: Duration,
}

impl std::fmt::Debug for HttpCarrier {
    // The key stays out of logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpCarrier")
            .field("base_url", &self.base_url)
            .field("attempts", &self.attempts)
            .finish_non_exhaustive()
    }
}

/// Reading the API key from the environment.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiKeyError {
    #[error("the carrier API key is read from the environment variable {var}, which is not set")]
    Missing { var: String },
    #[error("the environment variable {var} (carrier API key) is empty")]
    Empty { var: String },
    #[error("the environment variable {var} (carrier API key) is not valid Unicode")]
    NotUnicode { var: String },
}

/// The carrier API key from the environment variable `var`.
pub fn api_key_from_env(var: &str) -> Result<String, ApiKeyError> {
    match std::env::var(var) {
        Ok(v) if v.trim().is_empty() => Err(ApiKeyError::Empty { var: var.into() }),
        Ok(v) => Ok(v.trim().to_string()),
        Err(std::env::VarError::NotPresent) => Err(ApiKeyError::Missing { var: var.into() }),
        Err(std::env::VarError::NotUnicode(_)) => Err(ApiKeyError::NotUnicode { var: var.into() }),
    }
}

#[derive(Deserialize)]
struct SubscriberBody {
    subscriber_ref: String,
    carrier_id: String,
    plan_id: Option<String>,
    plan_name: String,
    data_left_mb: Option<u64>,
    expires_on: NaiveDate,
}

/// The lookup request: the SIM identity in the body, never in the path or query.
#[derive(Serialize)]
struct LookupBody<'a> {
    sim_id: &'a str,
}

#[derive(Serialize)]
struct RenewalBody<'a> {
    subscriber_ref: &'a str,
    plan_id: &'a str,
    months: u32,
    amount_yen: i64,
}

#[derive(Deserialize)]
struct RenewalAnswer {
    renewal_id: String,
    new_expiry: NaiveDate,
    data_left_mb: Option<u64>,
}

/// A final answer from the server: its status and body.
struct Answer {
    status: u16,
    body: String,
}

impl HttpCarrier {
    /// `base_url` like `https://carrier.example/api` (no trailing `/v1`); `timeout` bounds the
    /// connection and each whole attempt.
    pub fn new(
        base_url: &str,
        api_key: String,
        timeout: Duration,
    ) -> Result<HttpCarrier, CarrierError> {
        let base_url = base_url.trim_end_matches('/').to_string();
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            return Err(CarrierError::BadResponse(format!(
                "carrier base URL `{base_url}` must start with http:// or https://"
            )));
        }
        let agent = ureq::AgentBuilder::new()
            .timeout_connect(timeout)
            .timeout_read(timeout)
            .timeout_write(timeout)
            .timeout(timeout)
            .redirects(0)
            .build();
        Ok(HttpCarrier {
            agent,
            base_url,
            api_key,
            attempts: DEFAULT_ATTEMPTS,
            backoff: DEFAULT_BACKOFF,
        })
    }

    /// Overrides the retry policy: `attempts` in all (at least 1), `backoff` before the second.
    pub fn with_retries(mut self, attempts: u32, backoff: Duration) -> HttpCarrier {
        self.attempts = attempts.max(1);
        self.backoff = backoff;
        self
    }

    /// Sends `send()` up to `self.attempts` times while the failure is transient (network
    /// error, 5xx, a body cut short); returns the first final answer.
    fn call(
        &self,
        what: &str,
        send: impl Fn() -> Result<ureq::Response, Box<ureq::Error>>,
    ) -> Result<Answer, CarrierError> {
        let mut pause = self.backoff;
        let mut last = String::new();
        for attempt in 1..=self.attempts {
            if attempt > 1 {
                tracing::warn!(%what, attempt, error = %last, "carrier: retrying");
                std::thread::sleep(pause);
                pause = pause.saturating_mul(2);
            }
            let response = match send().map_err(|e| *e) {
                Ok(r) => r,
                Err(ureq::Error::Status(status, r)) if status >= 500 => {
                    last = format!("server error {status} {}", r.status_text());
                    continue;
                }
                Err(ureq::Error::Status(_, r)) => r,
                Err(ureq::Error::Transport(t)) => {
                    last = transport_text(&t);
                    continue;
                }
            };
            let status = response.status();
            match response.into_string() {
                Ok(body) => return Ok(Answer { status, body }),
                // The answer was lost on the way: as good as no answer.
                Err(e) => last = format!("reading the answer ({status}): {e}"),
            }
        }
        Err(CarrierError::Unavailable(format!(
            "{what}: {last} (after {} attempts)",
            self.attempts
        )))
    }

    fn authorization(&self) -> String {
        format!("Bearer {}", self.api_key)
    }
}

/// A transport error without its URL (kept out of messages all the same: a URL is for logs).
fn transport_text(t: &ureq::Transport) -> String {
    let mut text = format!("{:?}", t.kind());
    if let Some(m) = t.message() {
        text.push_str(": ");
        text.push_str(m);
    }
    if let Some(source) = std::error::Error::source(t) {
        text.push_str(": ");
        text.push_str(&source.to_string());
    }
    text
}

fn snippet(body: &str) -> String {
    let mut s: String = body.chars().take(BODY_SNIPPET).collect();
    if s.len() < body.len() {
        s.push('…');
    }
    s
}

/// The server's reason for a refusal: `reason`, `error` or `message` in a JSON body, else the text.
fn reason(body: &str) -> String {
    #[derive(Deserialize)]
    struct R {
        reason: Option<String>,
        error: Option<String>,
        message: Option<String>,
    }
    match serde_json::from_str::<R>(body) {
        Ok(
            R {
                reason: Some(r), ..
            }
            | R { error: Some(r), .. }
            | R {
                message: Some(r), ..
            },
        ) => r,
        _ if body.trim().is_empty() => "no reason given".to_string(),
        _ => snippet(body.trim()),
    }
}

fn unexpected(what: &str, a: &Answer) -> CarrierError {
    match a.status {
        401 | 403 => CarrierError::Unavailable(format!(
            "{what}: the carrier refused the API key ({}); check the key",
            a.status
        )),
        s => CarrierError::BadResponse(format!(
            "{what}: unexpected status {s}: {}",
            snippet(&a.body)
        )),
    }
}

impl CarrierBackend for HttpCarrier {
    fn lookup(&self, sim: &SimId) -> Result<Subscriber, CarrierError> {
        let what = format!("lookup of {}", sim.masked());
        // The number goes in the body: URLs end up in access logs (CARRIER-API.md §Lookup).
        let url = format!("{}/v1/subscribers/lookup", self.base_url);
        let body = LookupBody {
            sim_id: sim.canonical(),
        };
        let answer = self.call(&what, || {
            self.agent
                .post(&url)
                .set("Authorization", &self.authorization())
                .set("Accept", "application/json")
                .send_json(&body)
                .map_err(Box::new)
        })?;
        match answer.status {
            200 => {
                let b: SubscriberBody = serde_json::from_str(&answer.body).map_err(|e| {
                    CarrierError::BadResponse(format!(
                        "{what}: the answer is not the documented JSON ({e}): {}",
                        snippet(&answer.body)
                    ))
                })?;
                if b.subscriber_ref.is_empty() || b.carrier_id.is_empty() {
                    return Err(CarrierError::BadResponse(format!(
                        "{what}: empty subscriber_ref or carrier_id"
                    )));
                }
                tracing::info!(sim = %sim.masked(), carrier = %b.carrier_id, "carrier: found");
                Ok(Subscriber {
                    sim: sim.clone(),
                    subscriber_ref: b.subscriber_ref,
                    carrier_id: b.carrier_id,
                    plan_id: b.plan_id,
                    plan_name: b.plan_name,
                    data_left_mb: b.data_left_mb,
                    expires_on: b.expires_on,
                })
            }
            404 => Err(CarrierError::NotFound),
            _ => Err(unexpected(&what, &answer)),
        }
    }

    fn renew(&self, request: &RenewalRequest) -> Result<Renewal, CarrierError> {
        let what = format!("renewal {}", request.idempotency_key);
        let url = format!("{}/v1/renewals", self.base_url);
        let body = RenewalBody {
            subscriber_ref: &request.subscriber_ref,
            plan_id: &request.plan_id,
            months: request.months,
            amount_yen: request.amount.value(),
        };
        // The same key on every attempt: the server renews once and replays its answer.
        let answer = self.call(&what, || {
            self.agent
                .post(&url)
                .set("Authorization", &self.authorization())
                .set("Accept", "application/json")
                .set("Idempotency-Key", &request.idempotency_key)
                .send_json(&body)
                .map_err(Box::new)
        })?;
        match answer.status {
            200 | 201 => {
                let a: RenewalAnswer = serde_json::from_str(&answer.body).map_err(|e| {
                    CarrierError::BadResponse(format!(
                        "{what}: the answer is not the documented JSON ({e}): {}",
                        snippet(&answer.body)
                    ))
                })?;
                tracing::info!(renewal = %a.renewal_id, new_expiry = %a.new_expiry, "carrier: renewed");
                Ok(Renewal {
                    renewal_id: a.renewal_id,
                    new_expiry: a.new_expiry,
                    data_left_mb: a.data_left_mb,
                })
            }
            404 => Err(CarrierError::NotFound),
            409 | 422 => Err(CarrierError::Rejected(reason(&answer.body))),
            _ => Err(unexpected(&what, &answer)),
        }
    }
}
