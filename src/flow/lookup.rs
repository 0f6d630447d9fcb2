//! Keeps at most one SIM lookup outstanding, so that every `LookupDone` is known to answer the
//! request it belongs to — without a request id in the contract.
//!
//! Contract with the root: every `Effect::LookupSim` is answered by exactly one `Event::LookupDone`
//! (the carrier call is bounded in time, so it always ends, with `Err(Unavailable)` at worst).
//! When a customer walks away mid-lookup (cancel, idle time-out, out of service), the lookup keeps
//! going; its answer is then stale and dropped, and a newer customer's lookup waits for it.

use crate::domain::SimId;

use super::Effect;

#[derive(Debug, Clone, Default)]
pub(super) struct LookupGate {
    /// The session whose lookup is outstanding.
    in_flight: Option<u64>,
}

/// Whom a `LookupDone` answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Answer {
    /// The current session's lookup.
    Current,
    /// A lookup of a session that has ended: drop it.
    Stale,
    /// Nothing was asked: drop it.
    Unasked,
}

impl LookupGate {
    /// Ask for a lookup for `session`: the effect when it can go now, None when it has to wait
    /// for a stale lookup to come back (then `answer` releases it).
    pub(super) fn request(&mut self, session: u64, sim: &SimId) -> Option<Effect> {
        if self.in_flight.is_some() {
            return None;
        }
        self.in_flight = Some(session);
        Some(Effect::LookupSim(sim.clone()))
    }

    /// A `LookupDone` came in while `session` is current.
    pub(super) fn answer(&mut self, session: u64) -> Answer {
        match self.in_flight.take() {
            None => Answer::Unasked,
            Some(s) if s == session => Answer::Current,
            Some(_) => Answer::Stale,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim() -> SimId {
        SimId::Msisdn("09012345678".into())
    }

    #[test]
    fn a_second_request_waits_until_the_first_is_answered() {
        let mut gate = LookupGate::default();
        assert_eq!(
            gate.request(1, &sim()),
            Some(Effect::LookupSim(sim())),
            "first lookup must go out"
        );
        assert_eq!(
            gate.request(2, &sim()),
            None,
            "a lookup must wait while another is outstanding"
        );
        assert_eq!(
            gate.answer(2),
            Answer::Stale,
            "the answer belongs to session 1, not 2"
        );
        assert_eq!(
            gate.request(2, &sim()),
            Some(Effect::LookupSim(sim())),
            "after the stale answer the lookup must go"
        );
        assert_eq!(gate.answer(2), Answer::Current, "session 2's own answer");
        assert_eq!(
            gate.answer(2),
            Answer::Unasked,
            "a duplicate answer must be recognised as unasked"
        );
    }
}
