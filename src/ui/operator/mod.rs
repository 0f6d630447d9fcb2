//! Operator mode: the PIN pad (opened by the hidden corner), then the staff screens — device
//! status, transactions waiting for a decision, reprints, end-of-day, out of service and leaving
//! the kiosk.
//!
//! A component: `State::update` returns an [`Action`] (engine work as a [`Job`], leave, quit)
//! which the root turns into tasks (`root.rs`); results come back as `Message::Done`. Nothing
//! here blocks: Argon2, SQLite and the devices run in the root's tasks.

mod console;
mod decisions;
mod done;
mod end_of_day;
mod home;
mod note;
mod pin_pad;
mod reprint;
mod root;
mod service;
mod view;

pub use console::{
    ACTOR, AUDIT_EXIT, AUDIT_IDLE_EXIT, AUDIT_QUIT, Console, DeviceStatus, Done, Job, ReceiptRow,
    Settle,
};
pub use note::PRESETS;

use crate::engine::operator::EndOfDay;
use crate::i18n::Lang;
use crate::ops::{Attempt, PendingDecision};
use std::time::{Duration, Instant};

/// Operator mode closes itself after this long without a tap.
pub const OPERATOR_IDLE: Duration = Duration::from_secs(120);
/// Longest PIN the pad takes (ops::pin allows 6-8 digits).
pub const PIN_MAX: usize = crate::ops::pin::PIN_MAX_DIGITS;

/// The staff screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    Pin,
    Home,
    Decisions,
    /// One transaction (index into the loaded list is not kept: the id is).
    Decision,
    /// The note for resolving the selected transaction.
    Note,
    Reprint,
    EndOfDay,
    Service,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// A key on the PIN pad.
    PinKey(crate::ui::widget::keypad::Key),
    PinSubmit,
    Go(Page),
    Lang(Lang),
    Refresh,
    Open(String),
    /// Retry or reverse the open transaction: asks to confirm first.
    Settle(Settle),
    Confirm,
    CancelConfirm,
    Note(note::Message),
    Resolve,
    Reprint(String),
    /// End of day closes the terminal's day for good: asks to confirm first.
    AskEndOfDay,
    EndOfDay,
    SetOutOfService(bool),
    /// Back to the customer screens.
    Leave,
    /// Stop the kiosk program (asks to confirm first).
    AskQuit,
    Quit,
    /// Once a second while operator mode is open (idle, lockout countdown).
    Tick,
    /// Any touch while operator mode is open.
    Touched,
    Done(Done),
}

/// What the root must do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    /// Run this on a blocking thread and send back `Message::Done`.
    Run(Job),
    /// Close operator mode, auditing `audit` first when given.
    Leave {
        audit: Option<&'static str>,
    },
    /// Audit and end the process.
    Quit,
    /// The kiosk was taken out of service (true) or put back (false): tell the flow.
    Service(bool),
}

/// What the last action did, shown as a banner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Done: a message id.
    Done(&'static str),
    /// Not done: a message id.
    Failed(&'static str),
    /// Not done: the engine's own words (English, for the operator and the logs).
    Error(String),
}

#[derive(Debug, Clone)]
pub struct State {
    pub(crate) page: Page,
    pub(crate) lang: Lang,
    /// A console is attached (the kiosk runs on the engine); without one no PIN can be checked.
    pub(crate) available: bool,
    pub(crate) pin: String,
    pub(crate) pin_result: Option<Attempt>,
    /// The pad refuses keys until then.
    pub(crate) locked_until: Option<Instant>,
    pub(crate) unlocked: bool,
    pub(crate) now: Instant,
    pub(crate) last_tap: Instant,
    /// A job is running: buttons that start another are disabled.
    pub(crate) busy: bool,
    pub(crate) status: Option<DeviceStatus>,
    pub(crate) decisions: Option<Result<Vec<PendingDecision>, String>>,
    pub(crate) open: Option<String>,
    pub(crate) confirm: Option<Settle>,
    pub(crate) note: note::State,
    pub(crate) receipts: Option<Result<Vec<ReceiptRow>, String>>,
    pub(crate) end_of_day: Option<Result<EndOfDay, String>>,
    pub(crate) eod_asked: bool,
    pub(crate) out_of_service: Option<bool>,
    pub(crate) quit_asked: bool,
    pub(crate) quitting: bool,
    pub(crate) notice: Option<Notice>,
}

impl State {
    /// The PIN pad, in `lang`, at `now`. `available`: a console is attached.
    pub fn new(now: Instant, lang: Lang, available: bool) -> State {
        State {
            page: Page::Pin,
            lang,
            available,
            pin: String::new(),
            pin_result: None,
            locked_until: None,
            unlocked: false,
            now,
            last_tap: now,
            busy: false,
            status: None,
            decisions: None,
            open: None,
            confirm: None,
            note: note::State::default(),
            receipts: None,
            end_of_day: None,
            eod_asked: false,
            out_of_service: None,
            quit_asked: false,
            quitting: false,
            notice: None,
        }
    }

    /// End of day ran and closed the day (a failed run may be tried again).
    pub fn end_of_day_done(&self) -> bool {
        matches!(&self.end_of_day, Some(Ok(eod)) if eod.complete())
    }

    pub fn page(&self) -> Page {
        self.page
    }

    /// The language the staff screens are drawn in (the operator may switch it).
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The device status as last loaded.
    pub fn status(&self) -> Option<&DeviceStatus> {
        self.status.as_ref()
    }

    /// The resolve note as typed or chosen so far.
    pub fn note_text(&self) -> &str {
        self.note.text()
    }

    pub fn unlocked(&self) -> bool {
        self.unlocked
    }

    pub fn busy(&self) -> bool {
        self.busy
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    pub fn quitting(&self) -> bool {
        self.quitting
    }

    /// The transaction on the detail screen, as last loaded.
    pub fn opened(&self) -> Option<&PendingDecision> {
        let id = self.open.as_ref()?;
        self.decisions
            .as_ref()?
            .as_ref()
            .ok()?
            .iter()
            .find(|d| &d.id == id)
    }

    /// Seconds left on the pad's lock, if locked.
    pub fn locked_secs(&self) -> Option<u64> {
        self.locked_until
            .and_then(|until| until.checked_duration_since(self.now))
            .filter(|d| !d.is_zero())
            .map(|d| d.as_secs_f64().ceil() as u64)
    }

    pub fn update(&mut self, message: Message, now: Instant) -> Action {
        self.now = now;
        if !matches!(message, Message::Tick | Message::Done(_)) {
            self.last_tap = now;
        }
        // Until the PIN is accepted only the pad, leaving and time work.
        if !self.unlocked
            && !matches!(
                message,
                Message::PinKey(_)
                    | Message::PinSubmit
                    | Message::Leave
                    | Message::Tick
                    | Message::Touched
                    | Message::Lang(_)
                    | Message::Done(Done::Pin(_))
            )
        {
            return Action::None;
        }
        match message {
            Message::PinKey(key) => {
                pin_pad::key(self, key);
                Action::None
            }
            Message::PinSubmit => pin_pad::submit(self),
            Message::Go(page) => self.go(page),
            Message::Lang(lang) => {
                self.lang = lang;
                Action::None
            }
            Message::Refresh => self.load(self.page),
            Message::Open(id) => {
                self.open = Some(id);
                self.confirm = None;
                self.notice = None;
                self.page = Page::Decision;
                Action::None
            }
            Message::Settle(kind) => {
                self.confirm = Some(kind);
                Action::None
            }
            Message::CancelConfirm => {
                self.confirm = None;
                self.quit_asked = false;
                self.eod_asked = false;
                Action::None
            }
            Message::Confirm => match (self.confirm.take(), self.open.clone()) {
                (Some(kind), Some(id)) if !self.busy => self.start(Job::Settle { id, kind }),
                _ => Action::None,
            },
            Message::Note(m) => {
                self.note.update(m);
                Action::None
            }
            Message::Resolve => match (&self.open, self.note.text().trim()) {
                (Some(id), note) if !note.is_empty() && !self.busy => {
                    let job = Job::Resolve {
                        id: id.clone(),
                        note: note.to_owned(),
                    };
                    self.start(job)
                }
                _ => Action::None,
            },
            Message::Reprint(id) if !self.busy => self.start(Job::Reprint { id }),
            // Once it has closed the day, end of day is not offered again in this session.
            Message::AskEndOfDay if !self.busy && !self.end_of_day_done() => {
                self.eod_asked = true;
                Action::None
            }
            Message::AskEndOfDay => Action::None,
            Message::EndOfDay if self.eod_asked && !self.busy && !self.end_of_day_done() => {
                self.eod_asked = false;
                self.start(Job::EndOfDay)
            }
            Message::SetOutOfService(on) if !self.busy => self.start(Job::SetOutOfService(on)),
            Message::Reprint(_) | Message::EndOfDay | Message::SetOutOfService(_) => Action::None,
            Message::Leave => Action::Leave {
                audit: self.unlocked.then_some(AUDIT_EXIT),
            },
            Message::AskQuit => {
                self.quit_asked = true;
                Action::None
            }
            Message::Quit if self.quit_asked => {
                self.quitting = true;
                Action::Quit
            }
            Message::Quit => Action::None,
            Message::Tick => {
                let idle = now.saturating_duration_since(self.last_tap);
                if idle >= OPERATOR_IDLE && !self.busy {
                    Action::Leave {
                        audit: self.unlocked.then_some(AUDIT_IDLE_EXIT),
                    }
                } else {
                    Action::None
                }
            }
            Message::Touched => Action::None,
            Message::Done(done) => self.done(done),
        }
    }

    /// Show `page`, loading what it shows.
    fn go(&mut self, page: Page) -> Action {
        self.page = page;
        self.notice = None;
        self.confirm = None;
        self.quit_asked = false;
        match page {
            Page::Note => self.note = note::State::default(),
            Page::Home | Page::Decisions => self.open = None,
            _ => {}
        }
        self.load(page)
    }

    fn load(&mut self, page: Page) -> Action {
        let job = match page {
            Page::Home | Page::Service => Job::Status,
            Page::Decisions | Page::Decision => Job::Decisions,
            Page::Reprint => Job::Receipts,
            Page::Pin | Page::Note | Page::EndOfDay => return Action::None,
        };
        self.start(job)
    }

    fn start(&mut self, job: Job) -> Action {
        // Loading may overlap; an action waits for the one before it.
        let loading = matches!(job, Job::Status | Job::Decisions | Job::Receipts);
        if self.busy && !loading {
            return Action::None;
        }
        if !loading {
            self.busy = true;
            self.notice = None;
        }
        Action::Run(job)
    }
}

#[cfg(test)]
mod tests;
