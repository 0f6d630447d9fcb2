//! PayPay over HTTP: the sans-IO [`opa`](super::opa) requests, signed and sent through `ureq`,
//! each call bounded by one timeout. No retries here: the engine polls anyway, and a create is
//! never repeated blindly (a second create for the same id is refused as a duplicate).

use super::credentials::Credentials;
use super::opa::{self, Request};
use super::{
    CodeRequest, RefundRequest, ShownCode, WalletError, WalletPayment, WalletProvider, auth,
};
use std::time::Duration;

pub struct PayPay {
    agent: ureq::Agent,
    base_url: String,
    credentials: Credentials,
    merchant_id: String,
    timeout: Duration,
    poll_interval: Duration,
}

impl std::fmt::Debug for PayPay {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PayPay")
            .field("base_url", &self.base_url)
            .field("merchant_id", &self.merchant_id)
            .finish_non_exhaustive()
    }
}

impl PayPay {
    pub fn new(
        base_url: &str,
        credentials: Credentials,
        merchant_id: &str,
        timeout: Duration,
        poll_interval: Duration,
    ) -> Result<PayPay, WalletError> {
        let base_url = base_url.trim_end_matches('/').to_string();
        if !(base_url.starts_with("http://") || base_url.starts_with("https://")) {
            return Err(WalletError::Config(format!(
                "PayPay base URL `{base_url}` must start with http:// or https://"
            )));
        }
        let agent = ureq::AgentBuilder::new()
            .timeout_connect(timeout)
            .timeout(timeout)
            .redirects(0)
            .build();
        Ok(PayPay {
            agent,
            base_url,
            credentials,
            merchant_id: merchant_id.to_string(),
            timeout,
            poll_interval,
        })
    }

    fn send(&self, what: &str, request: &Request) -> Result<(u16, String), WalletError> {
        let nonce: String = uuid::Uuid::new_v4().simple().to_string()[..8].to_string();
        let signed = auth::sign(
            &self.credentials.api_key,
            &self.credentials.api_secret,
            &request.path,
            request.method,
            request.body.as_deref(),
            &nonce,
            chrono::Utc::now().timestamp(),
        );
        let call = self
            .agent
            .request(
                request.method,
                &format!("{}{}", self.base_url, request.path),
            )
            .set("Authorization", &signed.header())
            .set("X-ASSUME-MERCHANT", &self.merchant_id);
        let answer = match &request.body {
            Some(body) => call
                .set("Content-Type", auth::JSON_CONTENT_TYPE)
                .send_string(body),
            None => call.call(),
        };
        let response = match answer {
            Ok(r) => r,
            Err(ureq::Error::Status(_, r)) => r,
            Err(ureq::Error::Transport(t)) => {
                let text = t.to_string();
                return Err(if text.contains("timed out") || text.contains("Timeout") {
                    WalletError::Timeout {
                        what: what.into(),
                        secs: self.timeout.as_secs(),
                    }
                } else {
                    WalletError::Transport(format!("{what}: {text}"))
                });
            }
        };
        let status = response.status();
        let body = response.into_string().map_err(|e| {
            if e.kind() == std::io::ErrorKind::TimedOut
                || e.kind() == std::io::ErrorKind::WouldBlock
            {
                WalletError::Timeout {
                    what: what.into(),
                    secs: self.timeout.as_secs(),
                }
            } else {
                WalletError::Transport(format!("{what}: reading the answer: {e}"))
            }
        })?;
        tracing::debug!(what, status, "paypay answered");
        Ok((status, body))
    }
}

impl WalletProvider for PayPay {
    fn method(&self) -> &'static str {
        "paypay"
    }

    fn poll_interval(&self) -> Duration {
        self.poll_interval
    }

    fn create_code(&mut self, request: &CodeRequest) -> Result<ShownCode, WalletError> {
        let req = opa::create_code(request, chrono::Utc::now().timestamp())?;
        let (status, body) = self.send("create code", &req)?;
        opa::parse_create_code(status, &body)
    }

    fn payment(&mut self, merchant_payment_id: &str) -> Result<WalletPayment, WalletError> {
        let req = opa::get_payment(merchant_payment_id)?;
        let (status, body) = self.send("payment details", &req)?;
        opa::parse_payment(status, &body)
    }

    fn delete_code(&mut self, code_id: &str) -> Result<(), WalletError> {
        let req = opa::delete_code(code_id)?;
        let (status, body) = self.send("delete code", &req)?;
        opa::parse_done("delete code", status, &body)
    }

    fn cancel_payment(&mut self, merchant_payment_id: &str) -> Result<(), WalletError> {
        let req = opa::cancel_payment(merchant_payment_id)?;
        let (status, body) = self.send("cancel payment", &req)?;
        opa::parse_done("cancel payment", status, &body)
    }

    fn refund(&mut self, request: &RefundRequest) -> Result<(), WalletError> {
        let req = opa::refund(request, chrono::Utc::now().timestamp())?;
        let (status, body) = self.send("refund", &req)?;
        opa::parse_refund(status, &body)
    }
}
