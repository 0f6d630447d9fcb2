//! The idle clock: "need more time?" after a quiet spell, then back to attract.
//!
//! Pure: every method takes the instant from the caller. The prompt starts at the first instant
//! the flow is told about after the idle time-out (a Tick, normally), and always stays up for the
//! whole prompt duration from then, so a late Tick never shortens what the customer sees.

use std::time::{Duration, Instant};

/// What the idle clock says at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum IdleState {
    /// The customer is active enough: nothing to show.
    Quiet,
    /// The "need more time?" prompt is up.
    Prompting,
    /// The prompt ran out: the session is over.
    Expired,
}

#[derive(Debug, Clone)]
pub(super) struct IdleClock {
    timeout: Duration,
    prompt: Duration,
    last_activity: Instant,
    prompt_since: Option<Instant>,
}

impl IdleClock {
    pub(super) fn new(timeout: Duration, prompt: Duration, now: Instant) -> Self {
        IdleClock {
            timeout,
            prompt,
            last_activity: now,
            prompt_since: None,
        }
    }

    /// The customer did something (or a new screen appeared): start counting again.
    pub(super) fn touch(&mut self, now: Instant) {
        self.last_activity = now;
        self.prompt_since = None;
    }

    /// Move the clock to `now`: raises the prompt or reports that it ran out.
    pub(super) fn advance(&mut self, now: Instant) -> IdleState {
        match self.prompt_since {
            Some(since) if reached(now, since, self.prompt) => IdleState::Expired,
            Some(_) => IdleState::Prompting,
            None if reached(now, self.last_activity, self.timeout) => {
                self.prompt_since = Some(now);
                IdleState::Prompting
            }
            None => IdleState::Quiet,
        }
    }

    /// Time left on the prompt, when it is up.
    pub(super) fn prompt_left(&self, now: Instant) -> Option<Duration> {
        let since = self.prompt_since?;
        let end = since.checked_add(self.prompt)?;
        Some(end.saturating_duration_since(now))
    }

    /// The next instant at which `advance` would change something (None if beyond representable time).
    pub(super) fn next_deadline(&self) -> Option<Instant> {
        match self.prompt_since {
            Some(since) => since.checked_add(self.prompt),
            None => self.last_activity.checked_add(self.timeout),
        }
    }
}

/// Has `now` reached `start + span`? A span too large to represent is never reached.
pub(super) fn reached(now: Instant, start: Instant, span: Duration) -> bool {
    start.checked_add(span).is_some_and(|end| now >= end)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TIMEOUT: Duration = Duration::from_secs(60);
    const PROMPT: Duration = Duration::from_secs(20);

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn quiet_until_the_timeout_then_prompting() {
        let t0 = Instant::now();
        let mut clock = IdleClock::new(TIMEOUT, PROMPT, t0);
        assert_eq!(
            clock.advance(t0 + secs(59)),
            IdleState::Quiet,
            "prompt must not show before 60 s"
        );
        assert_eq!(
            clock.advance(t0 + secs(60)),
            IdleState::Prompting,
            "prompt must show at 60 s"
        );
        assert_eq!(
            clock.prompt_left(t0 + secs(65)),
            Some(secs(15)),
            "prompt counts down from 20 s"
        );
    }

    #[test]
    fn a_late_first_look_still_gives_the_whole_prompt() {
        let t0 = Instant::now();
        let mut clock = IdleClock::new(TIMEOUT, PROMPT, t0);
        assert_eq!(
            clock.advance(t0 + secs(200)),
            IdleState::Prompting,
            "a late tick must raise the prompt, not expire"
        );
        assert_eq!(
            clock.prompt_left(t0 + secs(200)),
            Some(PROMPT),
            "the prompt must last its full time from when it showed"
        );
        assert_eq!(
            clock.advance(t0 + secs(219)),
            IdleState::Prompting,
            "expired one second early"
        );
        assert_eq!(
            clock.advance(t0 + secs(220)),
            IdleState::Expired,
            "prompt must expire after its full time"
        );
    }

    #[test]
    fn touch_takes_the_prompt_down_and_restarts_the_count() {
        let t0 = Instant::now();
        let mut clock = IdleClock::new(TIMEOUT, PROMPT, t0);
        clock.advance(t0 + secs(60));
        clock.touch(t0 + secs(70));
        assert_eq!(
            clock.prompt_left(t0 + secs(70)),
            None,
            "touch must take the prompt down"
        );
        assert_eq!(
            clock.next_deadline(),
            Some(t0 + secs(130)),
            "touch must restart the 60 s count"
        );
    }

    #[test]
    fn an_unrepresentable_timeout_never_fires() {
        let t0 = Instant::now();
        let mut clock = IdleClock::new(Duration::MAX, PROMPT, t0);
        assert_eq!(
            clock.advance(t0 + secs(1_000_000)),
            IdleState::Quiet,
            "Duration::MAX must mean never, not panic"
        );
        assert_eq!(
            clock.next_deadline(),
            None,
            "no deadline beyond representable time"
        );
    }
}
