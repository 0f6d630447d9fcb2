//! The simulator's books: codes and payments by `merchantPaymentId`, and the state machine
//! CREATED → COMPLETED / FAILED / CANCELED / EXPIRED (→ REFUNDED), without I/O or a clock of its
//! own (every call is given `now`).

use serde::Serialize;
use std::collections::HashMap;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum SimStatus {
    Created,
    Completed,
    Failed,
    Canceled,
    Expired,
    Refunded,
}

impl SimStatus {
    pub fn wire(self) -> &'static str {
        match self {
            SimStatus::Created => "CREATED",
            SimStatus::Completed => "COMPLETED",
            SimStatus::Failed => "FAILED",
            SimStatus::Canceled => "CANCELED",
            SimStatus::Expired => "EXPIRED",
            SimStatus::Refunded => "REFUNDED",
        }
    }
}

#[derive(Debug, Clone)]
pub struct SimPayment {
    pub merchant_payment_id: String,
    pub code_id: String,
    pub amount: i64,
    pub status: SimStatus,
    pub payment_id: Option<String>,
    /// What the customer was charged (differs from `amount` only under the wrong-amount fault).
    pub paid_amount: i64,
    pub created: Instant,
    pub expires: Instant,
    /// Unix seconds of `expires`, as the API reports it.
    pub expiry_date: i64,
    /// The merchant deleted the code before it was paid: the payment is gone.
    pub code_deleted: bool,
    pub refund_ids: Vec<String>,
}

/// A refusal with PayPay's result code and the HTTP status it comes with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub status: u16,
    pub code: &'static str,
    pub message: String,
}

fn refusal(status: u16, code: &'static str, message: impl Into<String>) -> Refusal {
    Refusal {
        status,
        code,
        message: message.into(),
    }
}

/// One line of the ledger file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Event {
    pub event: &'static str,
    #[serde(rename = "merchantPaymentId")]
    pub merchant_payment_id: String,
    pub status: &'static str,
    pub amount: i64,
}

#[derive(Debug, Default)]
pub struct Ledger {
    payments: HashMap<String, SimPayment>,
    codes: HashMap<String, String>,
    next: u64,
    /// Pay every code by itself this long after it was created (the demo).
    pub auto_pay_after: Option<Duration>,
    /// Charge this amount instead of the code's (the amount-mismatch fault).
    pub pay_amount_override: Option<i64>,
    /// Every scan fails (the customer's wallet declines).
    pub fail_payments: bool,
    events: Vec<Event>,
}

impl Ledger {
    /// Takes the events recorded since the last call, for the ledger file.
    pub fn drain_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }

    fn record(&mut self, event: &'static str, mpid: &str) {
        if let Some(p) = self.payments.get(mpid) {
            self.events.push(Event {
                event,
                merchant_payment_id: mpid.to_string(),
                status: p.status.wire(),
                amount: p.paid_amount,
            });
        }
    }

    pub fn create(
        &mut self,
        merchant_payment_id: &str,
        amount: i64,
        lifetime: Duration,
        now: Instant,
        now_epoch: i64,
    ) -> Result<SimPayment, Refusal> {
        if self.payments.contains_key(merchant_payment_id) {
            return Err(refusal(
                400,
                "DUPLICATE_DYNAMIC_QR_REQUEST",
                "Duplicate Dynamic QR request error",
            ));
        }
        if amount <= 0 {
            return Err(refusal(400, "INVALID_PARAMS", "amount must be positive"));
        }
        self.next += 1;
        let code_id = format!("04-SIM{:010}", self.next);
        let payment = SimPayment {
            merchant_payment_id: merchant_payment_id.to_string(),
            code_id: code_id.clone(),
            amount,
            status: SimStatus::Created,
            payment_id: None,
            paid_amount: 0,
            created: now,
            expires: now + lifetime,
            expiry_date: now_epoch + lifetime.as_secs() as i64,
            code_deleted: false,
            refund_ids: Vec::new(),
        };
        self.codes
            .insert(code_id.clone(), merchant_payment_id.to_string());
        self.payments
            .insert(merchant_payment_id.to_string(), payment.clone());
        self.record("created", merchant_payment_id);
        Ok(payment)
    }

    /// Moves time forward for one payment: expiry and the demo's automatic payment.
    fn tick(&mut self, mpid: &str, now: Instant) {
        let Some(p) = self.payments.get(mpid) else {
            return;
        };
        if p.status != SimStatus::Created || p.code_deleted {
            return;
        }
        let auto_due = self.auto_pay_after.is_some_and(|a| now >= p.created + a);
        if auto_due && now < p.expires {
            let code_id = p.code_id.clone();
            let _ = self.pay(&code_id, now);
        } else if now >= p.expires {
            if let Some(p) = self.payments.get_mut(mpid) {
                p.status = SimStatus::Expired;
            }
            self.record("expired", mpid);
        }
    }

    pub fn payment(&mut self, mpid: &str, now: Instant) -> Result<SimPayment, Refusal> {
        self.tick(mpid, now);
        match self.payments.get(mpid) {
            Some(p) if !p.code_deleted => Ok(p.clone()),
            _ => Err(refusal(
                404,
                "DYNAMIC_QR_PAYMENT_NOT_FOUND",
                "Dynamic QR payment not found",
            )),
        }
    }

    /// A customer scans the code and pays (or their wallet declines, under the fault).
    pub fn pay(&mut self, code_id: &str, now: Instant) -> Result<SimPayment, Refusal> {
        let Some(mpid) = self.codes.get(code_id).cloned() else {
            return Err(refusal(404, "DYNAMIC_QR_NOT_FOUND", "no such code"));
        };
        let (override_amount, fail) = (self.pay_amount_override, self.fail_payments);
        let next = self.next + 1;
        let p = self
            .payments
            .get_mut(&mpid)
            .expect("a code maps to a payment");
        if p.code_deleted || p.status != SimStatus::Created {
            return Err(refusal(
                400,
                "CODE_NOT_PAYABLE",
                "the code was deleted or used",
            ));
        }
        if now >= p.expires {
            p.status = SimStatus::Expired;
            return Err(refusal(400, "EXPIRED_DYNAMIC_QR", "the code has expired"));
        }
        self.next = next;
        if fail {
            p.status = SimStatus::Failed;
        } else {
            p.status = SimStatus::Completed;
            p.paid_amount = override_amount.unwrap_or(p.amount);
            p.payment_id = Some(format!("0{next:018}"));
        }
        let p = p.clone();
        self.record("paid", &mpid);
        Ok(p)
    }

    pub fn delete_code(&mut self, code_id: &str) -> Result<(), Refusal> {
        let Some(mpid) = self.codes.get(code_id).cloned() else {
            return Err(refusal(404, "DYNAMIC_QR_NOT_FOUND", "no such code"));
        };
        let p = self
            .payments
            .get_mut(&mpid)
            .expect("a code maps to a payment");
        if p.status == SimStatus::Created {
            p.code_deleted = true;
        }
        self.record("code_deleted", &mpid);
        Ok(())
    }

    /// Cancel: a completed payment is given back; an open one can no longer be paid.
    pub fn cancel(&mut self, mpid: &str) -> Result<(), Refusal> {
        let Some(p) = self.payments.get_mut(mpid) else {
            // Cancelling what never happened is accepted: the outcome is "no payment".
            return Ok(());
        };
        if matches!(p.status, SimStatus::Completed | SimStatus::Created) {
            p.status = SimStatus::Canceled;
        }
        self.record("canceled", mpid);
        Ok(())
    }

    pub fn refund(
        &mut self,
        merchant_refund_id: &str,
        payment_id: &str,
        amount: i64,
    ) -> Result<(), Refusal> {
        let Some(p) = self
            .payments
            .values_mut()
            .find(|p| p.payment_id.as_deref() == Some(payment_id))
        else {
            return Err(refusal(400, "NO_SUCH_PAYMENT", "no such payment"));
        };
        if p.refund_ids.iter().any(|r| r == merchant_refund_id) {
            return Ok(());
        }
        if p.status != SimStatus::Completed {
            return Err(refusal(400, "INVALID_PAYMENT_STATUS", "not refundable"));
        }
        if amount != p.paid_amount {
            return Err(refusal(400, "INVALID_PARAMS", "only full refunds here"));
        }
        p.status = SimStatus::Refunded;
        p.refund_ids.push(merchant_refund_id.to_string());
        let mpid = p.merchant_payment_id.clone();
        self.record("refunded", &mpid);
        Ok(())
    }

    /// The code id of an open code (for `wallet-sim pay` by merchantPaymentId).
    pub fn code_of(&self, mpid: &str) -> Option<String> {
        self.payments.get(mpid).map(|p| p.code_id.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn created(ledger: &mut Ledger, t0: Instant) -> SimPayment {
        ledger
            .create("tx-1", 3300, Duration::from_secs(60), t0, 1000)
            .unwrap()
    }

    #[test]
    fn a_paid_code_is_completed_once_and_cannot_be_paid_again() {
        let (mut l, t0) = (Ledger::default(), Instant::now());
        let code = created(&mut l, t0).code_id;
        assert_eq!(l.payment("tx-1", t0).unwrap().status, SimStatus::Created);
        let paid = l.pay(&code, t0).unwrap();
        assert_eq!(paid.status, SimStatus::Completed);
        assert_eq!(paid.paid_amount, 3300);
        assert!(paid.payment_id.is_some());
        assert_eq!(l.pay(&code, t0).unwrap_err().code, "CODE_NOT_PAYABLE");
    }

    #[test]
    fn a_second_create_for_the_same_id_is_a_duplicate() {
        let (mut l, t0) = (Ledger::default(), Instant::now());
        created(&mut l, t0);
        let e = l
            .create("tx-1", 3300, Duration::from_secs(60), t0, 1000)
            .unwrap_err();
        assert_eq!((e.status, e.code), (400, "DUPLICATE_DYNAMIC_QR_REQUEST"));
    }

    #[test]
    fn an_unpaid_code_expires_at_its_lifetime_and_cannot_be_paid_after() {
        let (mut l, t0) = (Ledger::default(), Instant::now());
        let code = created(&mut l, t0).code_id;
        let later = t0 + Duration::from_secs(60);
        assert_eq!(l.payment("tx-1", later).unwrap().status, SimStatus::Expired);
        assert_eq!(l.pay(&code, later).unwrap_err().code, "CODE_NOT_PAYABLE");
    }

    #[test]
    fn a_deleted_unpaid_code_leaves_no_payment() {
        let (mut l, t0) = (Ledger::default(), Instant::now());
        let code = created(&mut l, t0).code_id;
        l.delete_code(&code).unwrap();
        assert_eq!(
            l.payment("tx-1", t0).unwrap_err().code,
            "DYNAMIC_QR_PAYMENT_NOT_FOUND"
        );
        assert!(l.pay(&code, t0).is_err(), "a deleted code cannot be paid");
    }

    #[test]
    fn cancel_gives_a_completed_payment_back() {
        let (mut l, t0) = (Ledger::default(), Instant::now());
        let code = created(&mut l, t0).code_id;
        l.pay(&code, t0).unwrap();
        l.cancel("tx-1").unwrap();
        assert_eq!(l.payment("tx-1", t0).unwrap().status, SimStatus::Canceled);
    }

    #[test]
    fn refund_is_full_and_idempotent_by_merchant_refund_id() {
        let (mut l, t0) = (Ledger::default(), Instant::now());
        let code = created(&mut l, t0).code_id;
        let pid = l.pay(&code, t0).unwrap().payment_id.unwrap();
        assert_eq!(
            l.refund("r-1", &pid, 100).unwrap_err().code,
            "INVALID_PARAMS"
        );
        l.refund("r-1", &pid, 3300).unwrap();
        l.refund("r-1", &pid, 3300).unwrap();
        assert_eq!(l.payment("tx-1", t0).unwrap().status, SimStatus::Refunded);
        assert_eq!(
            l.refund("r-2", &pid, 3300).unwrap_err().code,
            "INVALID_PAYMENT_STATUS"
        );
    }

    #[test]
    fn auto_pay_completes_a_code_after_the_delay_under_the_wrong_amount_fault() {
        let (mut l, t0) = (Ledger::default(), Instant::now());
        l.auto_pay_after = Some(Duration::from_secs(5));
        l.pay_amount_override = Some(33);
        created(&mut l, t0);
        assert_eq!(l.payment("tx-1", t0).unwrap().status, SimStatus::Created);
        let p = l.payment("tx-1", t0 + Duration::from_secs(5)).unwrap();
        assert_eq!((p.status, p.paid_amount), (SimStatus::Completed, 33));
    }

    #[test]
    fn a_declining_wallet_fails_the_payment() {
        let (mut l, t0) = (Ledger::default(), Instant::now());
        l.fail_payments = true;
        let code = created(&mut l, t0).code_id;
        assert_eq!(l.pay(&code, t0).unwrap().status, SimStatus::Failed);
    }
}
