//! The PIN pad's lockout (pure; time comes in as `Instant`) and the gate that checks a PIN,
//! applies the lockout and audits every attempt (never the PIN itself).
//!
//! Five wrong PINs in a row lock the pad for five minutes; a right PIN resets the count. The
//! state lives in memory, and `OperatorGate::restore` rebuilds it from the audit trail at
//! start-up, so pulling the plug does not buy five more guesses.

use super::pin;
use crate::journal::{AuditRecord, Journal};
use chrono::{DateTime, Utc};
use std::time::{Duration, Instant};

/// Wrong PINs in a row that lock the pad.
pub const MAX_FAILURES: u32 = 5;
/// How long the pad stays locked.
pub const LOCK_DURATION: Duration = Duration::from_secs(5 * 60);

/// Audit actions of the gate (the `action` column).
pub const AUDIT_PIN_OK: &str = "pin_ok";
pub const AUDIT_PIN_WRONG: &str = "pin_wrong";
pub const AUDIT_PIN_LOCKOUT: &str = "pin_lockout";
pub const AUDIT_PIN_REFUSED_LOCKED: &str = "pin_refused_locked";

/// The result of one PIN attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    Granted,
    /// Wrong; `remaining` tries before the lock.
    Wrong {
        remaining: u32,
    },
    /// Locked (by this attempt or earlier): the PIN was not even checked.
    LockedOut {
        retry_in: Duration,
    },
    /// No `pin_hash` configured: operator mode is off.
    Disabled,
}

/// Counts wrong PINs; pure.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lockout {
    failures: u32,
    locked_until: Option<Instant>,
}

impl Lockout {
    pub fn new() -> Lockout {
        Lockout::default()
    }

    /// A lockout as it was: `failures` wrong PINs in a row, and locked for `locked_for` more.
    pub fn restored(failures: u32, locked_for: Option<Duration>, now: Instant) -> Lockout {
        Lockout {
            failures: failures.min(MAX_FAILURES - 1),
            locked_until: locked_for.map(|d| now + d.min(LOCK_DURATION)),
        }
    }

    /// Time left on the lock, or `None` when the pad takes a PIN.
    pub fn locked_for(&self, now: Instant) -> Option<Duration> {
        self.locked_until
            .and_then(|until| until.checked_duration_since(now))
            .filter(|d| !d.is_zero())
    }

    /// Wrong PINs since the last right one (or the last lock).
    pub fn failures(&self) -> u32 {
        self.failures
    }

    /// One attempt at `now`. `check` runs only when the pad is not locked, so a locked pad is
    /// no oracle for guessing.
    pub fn attempt(&mut self, now: Instant, check: impl FnOnce() -> bool) -> Attempt {
        if let Some(retry_in) = self.locked_for(now) {
            return Attempt::LockedOut { retry_in };
        }
        if self.locked_until.take().is_some() {
            self.failures = 0;
        }
        if check() {
            self.failures = 0;
            return Attempt::Granted;
        }
        self.failures += 1;
        if self.failures >= MAX_FAILURES {
            self.failures = 0;
            self.locked_until = Some(now + LOCK_DURATION);
            return Attempt::LockedOut {
                retry_in: LOCK_DURATION,
            };
        }
        Attempt::Wrong {
            remaining: MAX_FAILURES - self.failures,
        }
    }
}

/// What the audit trail says about the pad: wrong PINs in a row at the end, and when the last
/// lock started (if one did after the last right PIN).
pub fn lockout_from_audit(log: &[AuditRecord]) -> (u32, Option<DateTime<Utc>>) {
    let mut failures = 0;
    let mut locked_at = None;
    for r in log {
        match r.action.as_str() {
            AUDIT_PIN_OK => {
                failures = 0;
                locked_at = None;
            }
            AUDIT_PIN_WRONG => failures += 1,
            AUDIT_PIN_LOCKOUT => {
                failures = 0;
                locked_at = Some(r.at);
            }
            _ => {}
        }
    }
    (failures, locked_at)
}

/// The operator's way in: PIN check, lockout and audit together.
#[derive(Debug, Clone)]
pub struct OperatorGate {
    pin_hash: Option<String>,
    lockout: Lockout,
}

impl OperatorGate {
    /// A fresh gate for `pin_hash` (kiosk.toml `[operator] pin_hash`; `None` = operator mode off).
    pub fn new(pin_hash: Option<String>) -> OperatorGate {
        OperatorGate {
            pin_hash,
            lockout: Lockout::new(),
        }
    }

    /// A gate whose lockout continues the one in the audit trail (call at start-up).
    pub fn restore(
        pin_hash: Option<String>,
        journal: &Journal,
        now: Instant,
        now_utc: DateTime<Utc>,
    ) -> OperatorGate {
        let (failures, locked_at) = match journal.audit_log() {
            Ok(log) => lockout_from_audit(&log),
            Err(e) => {
                // Cannot tell: start locked rather than hand out five fresh guesses.
                tracing::error!(error = %e, "cannot read the audit trail: PIN pad locked");
                (0, Some(now_utc))
            }
        };
        let locked_for = locked_at.and_then(|at| {
            let elapsed = (now_utc - at).to_std().unwrap_or(Duration::ZERO);
            LOCK_DURATION.checked_sub(elapsed)
        });
        OperatorGate {
            pin_hash,
            lockout: Lockout::restored(failures, locked_for, now),
        }
    }

    pub fn enabled(&self) -> bool {
        self.pin_hash.is_some()
    }

    pub fn lockout(&self) -> &Lockout {
        &self.lockout
    }

    /// Checks `pin` entered by `actor` (e.g. `pad`), audits the attempt, and answers. Access is
    /// granted only when the grant itself was audited.
    pub fn try_pin(&mut self, journal: &Journal, actor: &str, pin: &str, now: Instant) -> Attempt {
        let Some(hash) = &self.pin_hash else {
            return Attempt::Disabled;
        };
        let was_locked = self.lockout.locked_for(now).is_some();
        let result = self.lockout.attempt(now, || pin::verify(hash, pin));
        let (action, detail) = match result {
            Attempt::Granted => (AUDIT_PIN_OK, "operator mode entered".to_owned()),
            Attempt::Wrong { remaining } => (
                AUDIT_PIN_WRONG,
                format!("wrong PIN; {remaining} tries before the lock"),
            ),
            Attempt::LockedOut { retry_in } if was_locked => (
                AUDIT_PIN_REFUSED_LOCKED,
                format!("pad locked; {} s left", retry_in.as_secs()),
            ),
            Attempt::LockedOut { retry_in } => (
                AUDIT_PIN_LOCKOUT,
                format!(
                    "{MAX_FAILURES} wrong PINs: pad locked for {} s",
                    retry_in.as_secs()
                ),
            ),
            Attempt::Disabled => return Attempt::Disabled,
        };
        match journal.audit(actor, action, &detail) {
            Ok(_) => result,
            Err(e) => {
                tracing::error!(error = %e, "cannot audit a PIN attempt");
                match result {
                    // Fail closed: an unaudited grant is no grant.
                    Attempt::Granted => Attempt::Wrong {
                        remaining: MAX_FAILURES - self.lockout.failures(),
                    },
                    other => other,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_wrong_lock_for_five_minutes() {
        let t0 = Instant::now();
        let mut l = Lockout::new();
        for i in 1..MAX_FAILURES {
            assert_eq!(
                l.attempt(t0, || false),
                Attempt::Wrong {
                    remaining: MAX_FAILURES - i
                }
            );
        }
        assert_eq!(
            l.attempt(t0, || false),
            Attempt::LockedOut {
                retry_in: LOCK_DURATION
            }
        );
        // The right PIN is not even checked while locked.
        let later = t0 + Duration::from_secs(299);
        assert_eq!(
            l.attempt(later, || panic!("checked while locked")),
            Attempt::LockedOut {
                retry_in: Duration::from_secs(1)
            }
        );
        assert_eq!(l.attempt(t0 + LOCK_DURATION, || true), Attempt::Granted);
    }
}
