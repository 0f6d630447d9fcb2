//! sd_notify(3) through the `sd-notify` crate: nothing is sent when `NOTIFY_SOCKET` is unset
//! (a kiosk started by hand, a test), and a failed send is logged, never fatal.

use sd_notify::NotifyState;
use std::time::Duration;

/// The shortest beat interval: a `WatchdogSec=` below a fifth of a second is a mistake, and
/// beating faster would only burn the CPU of a kiosk idling on its attract screen.
pub const MIN_BEAT: Duration = Duration::from_millis(100);

/// The kiosk's link to its service manager, read once from the environment at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notifier {
    /// `NOTIFY_SOCKET` was set: a service manager is listening.
    listening: bool,
    /// `WATCHDOG_USEC` (for this process, per `WATCHDOG_PID`) when the watchdog is on.
    watchdog: Option<Duration>,
}

impl Notifier {
    /// From `NOTIFY_SOCKET`, `WATCHDOG_USEC` and `WATCHDOG_PID` (systemd.exec(5)).
    pub fn from_env() -> Notifier {
        Notifier {
            listening: std::env::var_os("NOTIFY_SOCKET").is_some(),
            watchdog: sd_notify::watchdog_enabled(),
        }
    }

    /// A notifier that sends nothing (tests, the snapshot tool).
    pub fn silent() -> Notifier {
        Notifier {
            listening: false,
            watchdog: None,
        }
    }

    pub fn listening(&self) -> bool {
        self.listening
    }

    /// How often to send `WATCHDOG=1`: half of `WATCHDOG_USEC`, as sd_watchdog_enabled(3)
    /// advises, so one late beat is not yet a missed one. `None` when there is no watchdog.
    pub fn beat_interval(&self) -> Option<Duration> {
        if !self.listening {
            return None;
        }
        self.watchdog.map(beat_interval)
    }

    /// `READY=1` with the first `STATUS=`.
    pub fn ready(&self, status: &str) {
        self.send(&[NotifyState::Ready, NotifyState::Status(status)], "ready");
    }

    /// `STATUS=…`: what `systemctl status simkiosk` shows.
    pub fn status(&self, status: &str) {
        self.send(&[NotifyState::Status(status)], "status");
    }

    /// `WATCHDOG=1`.
    pub fn beat(&self) {
        self.send(&[NotifyState::Watchdog], "watchdog");
    }

    fn send(&self, states: &[NotifyState], what: &'static str) {
        if !self.listening {
            return;
        }
        if let Err(e) = sd_notify::notify(states) {
            tracing::warn!(error = %e, what, "service: the service manager's socket refused a notification");
        }
    }
}

/// Half of the watchdog time-out, at least [`MIN_BEAT`].
pub fn beat_interval(watchdog: Duration) -> Duration {
    (watchdog / 2).max(MIN_BEAT)
}

/// The one-line `STATUS=` text: `in service`, or `out of service: <reason>`.
pub fn status_line(out_of_service: Option<&str>) -> String {
    match out_of_service {
        None => "in service".to_owned(),
        Some(reason) => format!("out of service: {reason}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beats_come_at_half_the_watchdog_time_out() {
        assert_eq!(
            beat_interval(Duration::from_secs(30)),
            Duration::from_secs(15)
        );
        assert_eq!(beat_interval(Duration::from_millis(50)), MIN_BEAT);
    }

    #[test]
    fn a_silent_notifier_has_no_watchdog_to_feed() {
        assert_eq!(Notifier::silent().beat_interval(), None);
        assert!(!Notifier::silent().listening());
    }

    #[test]
    fn the_status_line_says_in_or_out_of_service_and_why() {
        assert_eq!(status_line(None), "in service");
        assert_eq!(
            status_line(Some("card terminal unavailable")),
            "out of service: card terminal unavailable"
        );
    }
}
