//! The one renewal policy, used by the sale, the start-up recovery, the background retries and
//! the operator's retry (docs/PAYMENT-COMMIT.md, last table).
//!
//! - The carrier renewed: journal `renewed`.
//! - The carrier refused for good (`Rejected`, `NotFound`): journal `renewal_failed` and reverse
//!   the payment; the SIM was not renewed, so the customer gets the money back.
//! - Anything unclear (no answer in time, 5xx, an unreadable 2xx): the carrier may have applied
//!   the renewal, so the payment is never reversed on a guess. The row stays `renewal_requested`
//!   and is retried with the SAME idempotency key (the carrier never renews twice for one key)
//!   until the carrier answers; after [`HANDOVER_AFTER`] it goes to the operator.
//!
//! One retry layer: at most [`RENEWAL_ATTEMPTS`] calls per pass, all of them within one overall
//! deadline, `[timeouts] carrier_secs`.

use super::Engine;
use super::reversal::reverse;
use crate::carrier::{CarrierError, Renewal, RenewalRequest};
use crate::domain::Yen;
use crate::flow::SaleFailure;
use crate::journal::{Detail, TransactionRecord, TxState};
use chrono::{DateTime, Utc};
use fail::fail_point;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Carrier calls in one pass (sale, recovery, one background round, one operator retry).
pub const RENEWAL_ATTEMPTS: u32 = 3;
/// Pause before the second call of a pass; doubled before the third.
const BACKOFF: Duration = Duration::from_millis(500);
/// An unclear renewal is retried in the background this often.
pub const BACKGROUND_RETRY_EVERY: Duration = Duration::from_secs(30);
/// An unclear renewal still unanswered this long after its first request goes to the operator.
pub const HANDOVER_AFTER: Duration = Duration::from_secs(15 * 60);

/// Who runs a renewal pass: names the fault points (`<who>.after_renewal_requested`, …) and
/// the journal notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Sale,
    Recovery,
    Background,
    Operator,
}

impl Who {
    fn name(self) -> &'static str {
        match self {
            Who::Sale => "sale",
            Who::Recovery => "recovery",
            Who::Background => "background",
            Who::Operator => "operator",
        }
    }
}

/// What the carrier's answer is, for the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// The renewal is applied.
    Renewed,
    /// The carrier said no for good: the SIM is not renewed.
    Refused,
    /// The renewal may or may not have been applied.
    Unclear,
}

/// The one classification of a carrier result. Only `Rejected` and `NotFound` prove the SIM
/// was not renewed.
pub fn classify(result: &Result<Renewal, CarrierError>) -> Answer {
    match result {
        Ok(_) => Answer::Renewed,
        Err(CarrierError::Rejected(_) | CarrierError::NotFound) => Answer::Refused,
        Err(CarrierError::Unavailable(_) | CarrierError::BadResponse(_)) => Answer::Unclear,
    }
}

/// Does an unclear renewal whose first request was at `first_request` go to the operator now?
pub fn hand_over(first_request: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    (now - first_request)
        .to_std()
        .is_ok_and(|age| age >= HANDOVER_AFTER)
}

/// How one renewal pass ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Journaled `renewed`.
    Renewed(Renewal),
    /// Refused by the carrier; the reversal ran: `reversal` is what the customer is told
    /// (`RenewalFailedReversed`, or `NeedsOperator` when the reversal did not complete).
    Refused {
        error: CarrierError,
        reversal: SaleFailure,
    },
    /// No answer: the row stays `renewal_requested` and is queued for background retries, or
    /// (`handed_over`) went to the operator because its deadline passed.
    Unclear {
        error: CarrierError,
        handed_over: bool,
    },
    /// The journal refused to announce the renewal: the carrier was not called.
    NotAnnounced(String),
}

/// Announce the renewal of `record` (journal `renewal_requested` with `announce`), ask the
/// carrier within `[timeouts] carrier_secs`, and act on the answer as the policy says.
pub(super) fn renew(
    engine: &Engine,
    record: &TransactionRecord,
    who: Who,
    announce: Detail,
) -> Outcome {
    let id = record.id.as_str();
    let _point = |step: &str| format!("{}.{step}", who.name());
    if let Err(e) = engine
        .journal()
        .advance(id, TxState::RenewalRequested, &announce)
    {
        tracing::error!(transaction = id, error = %e, "cannot announce the renewal: not renewing");
        return Outcome::NotAnnounced(e.to_string());
    }
    fail_point!(&_point("after_renewal_requested"), |_| {
        Outcome::NotAnnounced("fault point".into())
    });
    let request = RenewalRequest {
        idempotency_key: record.idempotency_key.clone(),
        subscriber_ref: record.subscriber_ref.clone(),
        plan_id: record.plan_id.clone(),
        months: record.months,
        amount: Yen(record.total_yen),
    };
    let result = call_carrier(engine, &request);
    match classify(&result) {
        Answer::Renewed => {
            let Ok(renewal) = result else {
                unreachable!("classified as renewed")
            };
            fail_point!(&_point("after_carrier_renewed"), |_| {
                Outcome::NotAnnounced("fault point".into())
            });
            let detail =
                Detail::renewal(renewal.clone()).with_note(format!("{}: renewed", who.name()));
            if let Err(e) = engine.journal().advance(id, TxState::Renewed, &detail) {
                // The SIM is renewed; the next pass replays the same key and gets the same renewal.
                tracing::error!(transaction = id, error = %e, "could not journal the renewal");
            }
            fail_point!(&_point("after_renewed"), |_| {
                Outcome::NotAnnounced("fault point".into())
            });
            Outcome::Renewed(renewal)
        }
        Answer::Refused => {
            let error = result.err().unwrap_or(CarrierError::NotFound);
            tracing::warn!(transaction = id, error = %error, "carrier refused the renewal: reversing the payment");
            let _ = engine.journal().advance(
                id,
                TxState::RenewalFailed,
                &Detail::note(format!("carrier refused: {error}")),
            );
            Outcome::Refused {
                reversal: reverse(engine, id),
                error,
            }
        }
        Answer::Unclear => {
            let error = result
                .err()
                .unwrap_or_else(|| CarrierError::Unavailable("no answer".into()));
            let first = first_request(engine, id).unwrap_or(record.created_at);
            let handed_over = hand_over(first, Utc::now());
            if handed_over {
                tracing::warn!(transaction = id, error = %error, "renewal still unclear after its deadline: to the operator");
                let note = format!(
                    "the carrier has not answered since {} ({error}); it may have renewed: \
                     retry (same key), never reverse on a guess",
                    first.format("%Y-%m-%d %H:%M UTC")
                );
                let _ = engine
                    .journal()
                    .advance(id, TxState::NeedsOperator, &Detail::note(note));
            } else {
                tracing::warn!(transaction = id, error = %error, "renewal unclear: the payment is kept, retrying in the background");
                engine.queue_retry(id);
            }
            Outcome::Unclear { error, handed_over }
        }
    }
}

/// When the renewal of `id` was first requested (its first `renewal_requested` event).
fn first_request(engine: &Engine, id: &str) -> Option<DateTime<Utc>> {
    engine
        .journal()
        .history(id)
        .ok()?
        .into_iter()
        .find(|e| e.to == TxState::RenewalRequested)
        .map(|e| e.at)
}

/// Up to [`RENEWAL_ATTEMPTS`] calls with the same key, all within `[timeouts] carrier_secs`.
/// Stops at the first definite answer (renewed or refused).
fn call_carrier(engine: &Engine, request: &RenewalRequest) -> Result<Renewal, CarrierError> {
    // Crash tests: FAILPOINTS="carrier.reject=return" makes the carrier refuse for good.
    fail_point!("carrier.reject", |_| Err(CarrierError::Rejected(
        "refused by the carrier.reject fault point".into()
    )));
    let limit = engine.config().timeouts.carrier;
    let deadline = Instant::now() + limit;
    let mut attempt = 1;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let result = call_bounded(engine, request, left);
        if classify(&result) != Answer::Unclear || attempt >= RENEWAL_ATTEMPTS {
            return result;
        }
        let pause = BACKOFF * attempt;
        if Instant::now() + pause >= deadline {
            return result;
        }
        tracing::warn!(attempt, error = ?result.as_ref().err(), "renewal attempt unclear; retrying with the same key");
        std::thread::sleep(pause);
        attempt += 1;
    }
}

/// One carrier call, waited for at most `limit`. The call runs on its own thread so that a
/// backend slower than its own time-out cannot hold the sale: an answer that comes later is
/// dropped, and the next pass replays the same key.
fn call_bounded(
    engine: &Engine,
    request: &RenewalRequest,
    limit: Duration,
) -> Result<Renewal, CarrierError> {
    let unclear = || CarrierError::Unavailable(format!("no answer within {limit:?}"));
    if limit.is_zero() {
        return Err(unclear());
    }
    let (tx, rx) = mpsc::channel();
    let worker = engine.clone();
    let request = request.clone();
    let spawned = std::thread::Builder::new()
        .name("carrier-renew".into())
        .spawn(move || {
            let _ = tx.send(worker.carrier().renew(&request));
        });
    if let Err(e) = spawned {
        return Err(CarrierError::Unavailable(format!(
            "cannot start the carrier call: {e}"
        )));
    }
    rx.recv_timeout(limit).unwrap_or_else(|_| Err(unclear()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_definite_refusal_counts_as_not_renewed() {
        assert_eq!(
            classify(&Err(CarrierError::Rejected("plan".into()))),
            Answer::Refused
        );
        assert_eq!(classify(&Err(CarrierError::NotFound)), Answer::Refused);
        for unclear in [
            CarrierError::Unavailable("503".into()),
            CarrierError::Unavailable("time-out".into()),
            CarrierError::BadResponse("unreadable 200".into()),
        ] {
            assert_eq!(
                classify(&Err(unclear.clone())),
                Answer::Unclear,
                "{unclear} must never lead to a reversal"
            );
        }
    }

    #[test]
    fn an_unclear_renewal_goes_to_the_operator_only_after_its_deadline() {
        let first = Utc::now();
        let just_before = first + chrono::Duration::from_std(HANDOVER_AFTER).unwrap()
            - chrono::Duration::seconds(1);
        let at = first + chrono::Duration::from_std(HANDOVER_AFTER).unwrap();
        assert!(!hand_over(first, first));
        assert!(!hand_over(first, just_before));
        assert!(hand_over(first, at));
    }
}
