//! The kiosk's side of `Type=notify`: `READY=1` once the devices were checked and the first
//! frame is on screen, `STATUS=` when the kiosk goes in or out of service, and `WATCHDOG=1` from
//! a tick handled in the UI's own `update`, so that a frozen UI loop stops the beats and systemd
//! restarts the kiosk. Sends run as tasks: `update` itself does no I/O.

use super::notify::{Notifier, status_line};
use crate::flow::{OutOfServiceReason, Screen};
use iced::{Subscription, Task, time, window};
use std::sync::Arc;

#[derive(Debug, Clone)]
pub enum Event {
    /// A frame was drawn and presented (iced broadcasts the redraw just before presenting it,
    /// and the message reaches `update` after).
    Frame,
    /// Time to feed the watchdog.
    Beat,
}

#[derive(Debug)]
pub struct Supervisor {
    notifier: Arc<Notifier>,
    framed: bool,
    checked: bool,
    /// The status last sent; `None` until `READY=1`.
    sent: Option<String>,
}

impl Supervisor {
    pub fn new(notifier: Notifier) -> Supervisor {
        Supervisor {
            notifier: Arc::new(notifier),
            framed: false,
            checked: false,
            sent: None,
        }
    }

    /// Nothing at all without a service manager listening.
    pub fn subscription(&self) -> Subscription<Event> {
        if !self.notifier.listening() {
            return Subscription::none();
        }
        let frame = if self.framed {
            Subscription::none()
        } else {
            window::frames().map(|_| Event::Frame)
        };
        let beat = match self.notifier.beat_interval() {
            Some(every) => time::every(every).map(|_| Event::Beat),
            None => Subscription::none(),
        };
        Subscription::batch([frame, beat])
    }

    pub fn update<M: Send + 'static>(&mut self, event: Event, screen: &Screen) -> Task<M> {
        match event {
            Event::Frame => self.framed = true,
            Event::Beat => {
                // Crash tests: "service.beat=3*off->1*sleep(3000)" freezes the UI loop once.
                fail::fail_point!("service.beat");
                let notifier = self.notifier.clone();
                let beat = Task::future(async move { notifier.beat() }).discard();
                return Task::batch([beat, self.after_update(false, screen)]);
            }
        }
        self.after_update(false, screen)
    }

    /// Called after every message: `checked` when it was the devices' health answer.
    pub fn after_update<M: Send + 'static>(&mut self, checked: bool, screen: &Screen) -> Task<M> {
        self.checked |= checked;
        if !self.notifier.listening() || !self.framed || !self.checked {
            return Task::none();
        }
        let status = status_line(out_of_service(screen));
        if self.sent.as_deref() == Some(status.as_str()) {
            return Task::none();
        }
        let first = self.sent.replace(status.clone()).is_none();
        tracing::info!(status, first, "service: status");
        let notifier = self.notifier.clone();
        Task::future(async move {
            if first {
                notifier.ready(&status);
            } else {
                notifier.status(&status);
            }
        })
        .discard()
    }
}

fn out_of_service(screen: &Screen) -> Option<&'static str> {
    match screen {
        Screen::OutOfService { reason } => Some(match reason {
            OutOfServiceReason::TerminalUnavailable => "card terminal unavailable",
            OutOfServiceReason::PrinterUnavailable => "printer unavailable",
            OutOfServiceReason::CarrierUnavailable => "carrier unavailable",
            OutOfServiceReason::Operator => "set by the operator",
        }),
        _ => None,
    }
}
