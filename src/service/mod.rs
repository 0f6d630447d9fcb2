//! Living under a service manager: systemd's notify protocol (READY, STATUS, the watchdog).
//!
//! `notify` is the thin I/O around sd_notify(3), usable without the touch UI; `supervisor` is
//! the kiosk's side of it: the UI loop itself beats the watchdog, so a frozen UI is restarted.

pub mod notify;
#[cfg(feature = "ui")]
pub mod supervisor;
