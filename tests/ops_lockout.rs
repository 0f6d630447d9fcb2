//! The operator PIN pad: Argon2id verification, five wrong PINs lock it for five minutes
//! (virtual clock), a right PIN resets the count, every attempt audited without the PIN, and
//! the lock survives a restart through the audit trail.

use chrono::{Duration as ChronoDuration, Utc};
use simkiosk::journal::Journal;
use simkiosk::ops::lockout::{
    AUDIT_PIN_LOCKOUT, AUDIT_PIN_OK, AUDIT_PIN_REFUSED_LOCKED, AUDIT_PIN_WRONG, LOCK_DURATION,
    MAX_FAILURES,
};
use simkiosk::ops::{Attempt, Lockout, OperatorGate, pin};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

const PIN: &str = "480372";
const WRONG: &str = "480373";

/// Argon2 is slow on purpose: hash once for the whole file.
fn hash() -> String {
    static H: OnceLock<String> = OnceLock::new();
    H.get_or_init(|| pin::hash_pin(PIN).expect("hash")).clone()
}

fn actions(journal: &Journal) -> Vec<String> {
    journal
        .audit_log()
        .unwrap()
        .into_iter()
        .map(|r| r.action)
        .collect()
}

#[test]
fn right_pin_resets_the_count() {
    let t0 = Instant::now();
    let mut l = Lockout::new();
    for _ in 0..MAX_FAILURES - 1 {
        l.attempt(t0, || false);
    }
    assert_eq!(l.failures(), MAX_FAILURES - 1);
    assert_eq!(l.attempt(t0, || true), Attempt::Granted);
    assert_eq!(l.failures(), 0);
    assert_eq!(
        l.attempt(t0, || false),
        Attempt::Wrong {
            remaining: MAX_FAILURES - 1
        },
        "a right PIN must give five fresh tries"
    );
}

#[test]
fn lock_lasts_exactly_five_minutes_then_five_fresh_tries() {
    let t0 = Instant::now();
    let mut l = Lockout::new();
    for _ in 0..MAX_FAILURES {
        l.attempt(t0, || false);
    }
    assert_eq!(l.locked_for(t0), Some(LOCK_DURATION));
    let just_before = t0 + LOCK_DURATION - Duration::from_millis(1);
    assert_eq!(
        l.attempt(just_before, || true),
        Attempt::LockedOut {
            retry_in: Duration::from_millis(1)
        },
        "the right PIN must not open a locked pad"
    );
    let after = t0 + LOCK_DURATION;
    assert_eq!(l.locked_for(after), None);
    assert_eq!(
        l.attempt(after, || false),
        Attempt::Wrong {
            remaining: MAX_FAILURES - 1
        }
    );
}

#[test]
fn gate_audits_every_attempt_and_never_the_pin() {
    let journal = Journal::open_in_memory().unwrap();
    let mut gate = OperatorGate::new(Some(hash()));
    let t0 = Instant::now();
    assert_eq!(
        gate.try_pin(&journal, "pad", WRONG, t0),
        Attempt::Wrong { remaining: 4 }
    );
    assert_eq!(gate.try_pin(&journal, "pad", PIN, t0), Attempt::Granted);
    for i in 1..MAX_FAILURES {
        assert_eq!(
            gate.try_pin(&journal, "pad", WRONG, t0),
            Attempt::Wrong {
                remaining: MAX_FAILURES - i
            }
        );
    }
    assert_eq!(
        gate.try_pin(&journal, "pad", WRONG, t0),
        Attempt::LockedOut {
            retry_in: LOCK_DURATION
        }
    );
    let t1 = t0 + Duration::from_secs(60);
    assert_eq!(
        gate.try_pin(&journal, "pad", PIN, t1),
        Attempt::LockedOut {
            retry_in: LOCK_DURATION - Duration::from_secs(60)
        }
    );
    assert_eq!(
        gate.try_pin(&journal, "pad", PIN, t0 + LOCK_DURATION),
        Attempt::Granted
    );
    let log = journal.audit_log().unwrap();
    let acts: Vec<&str> = log.iter().map(|r| r.action.as_str()).collect();
    assert_eq!(
        acts,
        [
            AUDIT_PIN_WRONG,
            AUDIT_PIN_OK,
            AUDIT_PIN_WRONG,
            AUDIT_PIN_WRONG,
            AUDIT_PIN_WRONG,
            AUDIT_PIN_WRONG,
            AUDIT_PIN_LOCKOUT,
            AUDIT_PIN_REFUSED_LOCKED,
            AUDIT_PIN_OK
        ]
    );
    for r in &log {
        assert_eq!(r.actor, "pad");
        assert!(
            !r.detail.contains(PIN) && !r.detail.contains(WRONG),
            "a PIN in the audit trail: {}",
            r.detail
        );
    }
}

#[test]
fn gate_without_a_hash_is_off() {
    let journal = Journal::open_in_memory().unwrap();
    let mut gate = OperatorGate::new(None);
    assert!(!gate.enabled());
    assert_eq!(
        gate.try_pin(&journal, "pad", PIN, Instant::now()),
        Attempt::Disabled
    );
    assert!(actions(&journal).is_empty());
}

#[test]
fn lock_survives_a_restart_through_the_audit_trail() {
    let journal = Journal::open_in_memory().unwrap();
    let t0 = Instant::now();
    let mut gate = OperatorGate::new(Some(hash()));
    for _ in 0..MAX_FAILURES {
        gate.try_pin(&journal, "pad", WRONG, t0);
    }
    // "Reboot" right away: still locked, and the right PIN is still refused.
    let now_utc = Utc::now();
    let mut restarted = OperatorGate::restore(Some(hash()), &journal, t0, now_utc);
    assert!(restarted.lockout().locked_for(t0).is_some());
    assert!(matches!(
        restarted.try_pin(&journal, "pad", PIN, t0),
        Attempt::LockedOut { .. }
    ));
    // Rebooted six minutes after the lock: open again.
    let later = OperatorGate::restore(
        Some(hash()),
        &journal,
        t0,
        now_utc + ChronoDuration::minutes(6),
    );
    assert_eq!(later.lockout().locked_for(t0), None);
}

#[test]
fn wrong_count_survives_a_restart() {
    let journal = Journal::open_in_memory().unwrap();
    let t0 = Instant::now();
    let mut gate = OperatorGate::new(Some(hash()));
    for _ in 0..3 {
        gate.try_pin(&journal, "pad", WRONG, t0);
    }
    let mut restarted = OperatorGate::restore(Some(hash()), &journal, t0, Utc::now());
    assert_eq!(restarted.lockout().failures(), 3);
    assert_eq!(
        restarted.try_pin(&journal, "pad", WRONG, t0),
        Attempt::Wrong { remaining: 1 }
    );
    assert!(matches!(
        restarted.try_pin(&journal, "pad", WRONG, t0),
        Attempt::LockedOut { .. }
    ));
}

#[test]
fn pins_of_the_wrong_shape_never_match() {
    let h = hash();
    assert!(pin::verify(&h, PIN));
    for bad in ["", "48037", "4803720", "480372 ", "48O372", "123456789"] {
        assert!(!pin::verify(&h, bad), "{bad:?} matched");
    }
}
