//! The root's side of operator mode: opening the pad, running the console's jobs as tasks
//! (on tokio's blocking pool; inline in `Runner::Queue` for headless tests), leaving, quitting
//! and telling the flow about out of service. Kept here so the root only routes messages.

use super::{AUDIT_QUIT, Action, Console, Done, Job, Message as OpMessage, State};
use crate::flow::{Event, OutOfServiceReason};
use crate::ui::app::{Kiosk, Message};
use crate::ui::effects::Runner;
use iced::{Subscription, Task, event, mouse, time, touch};
use std::time::Duration;

impl Kiosk {
    /// Attach the operator console (the kiosk runs on the engine): the PIN pad checks PINs and
    /// opens the staff screens. A kiosk an operator took out of service stays out after a restart.
    pub fn with_console(mut self, console: Option<Console>) -> Kiosk {
        let Some(console) = console else {
            return self;
        };
        match console.engine().out_of_service() {
            Ok(true) => {
                let _ = self.update(Message::Device(Event::OutOfService(
                    OutOfServiceReason::Operator,
                )));
            }
            Ok(false) => {}
            Err(e) => tracing::error!(error = %e, "operator: cannot read the out-of-service flag"),
        }
        self.console = Some(console);
        self
    }

    /// Operator mode as it is now (None: the customer screens).
    pub fn operator(&self) -> Option<&State> {
        self.operator.as_ref()
    }

    /// The hidden corner was held: the PIN pad, in the language staff last chose (the language on
    /// screen the first time).
    pub(in crate::ui) fn open_operator(&mut self) {
        tracing::info!("ui: staff PIN pad opened");
        let lang = self.operator_lang.unwrap_or_else(|| self.lang());
        self.operator = Some(State::new(self.now(), lang, self.console.is_some()));
    }

    pub(in crate::ui) fn operator_update(&mut self, message: OpMessage) -> Task<Message> {
        let now = self.now();
        let Some(state) = self.operator.as_mut() else {
            return Task::none();
        };
        let action = state.update(message, now);
        self.operator_act(action)
    }

    fn operator_act(&mut self, action: Action) -> Task<Message> {
        match action {
            Action::None => Task::none(),
            Action::Run(job) => self.operator_job(job),
            Action::Leave { audit } => {
                if let Some(op) = self.operator.take() {
                    self.operator_lang = Some(op.lang());
                }
                tracing::info!(?audit, "operator: back to the customer screens");
                let audited = match audit {
                    Some(action) => self.operator_job(Job::Audit {
                        action,
                        detail: "left operator mode".to_owned(),
                    }),
                    None => Task::none(),
                };
                // The devices may have changed while staff worked: can the kiosk sell?
                let check = self.update(Message::CheckHealth);
                Task::batch([audited, check])
            }
            Action::Quit => {
                tracing::warn!("operator: stopping the kiosk");
                let audited = self.operator_job(Job::Audit {
                    action: AUDIT_QUIT,
                    detail: "kiosk stopped from operator mode".to_owned(),
                });
                audited.chain(iced::exit())
            }
            Action::Service(on) => {
                let event = if on {
                    Event::OutOfService(OutOfServiceReason::Operator)
                } else {
                    Event::BackInService
                };
                // The flow starts a new session (which closes operator mode): keep it open.
                let operator = self.operator.take();
                let task = self.update(Message::Device(event));
                self.operator = operator;
                task
            }
        }
    }

    fn operator_job(&mut self, job: Job) -> Task<Message> {
        let Some(console) = self.console.clone() else {
            tracing::error!("operator: no console for a job");
            return Task::none();
        };
        match console.runner() {
            Runner::Tasks => Task::perform(
                async move { tokio::task::spawn_blocking(move || console.run(job)).await },
                |result| {
                    Message::Operator(OpMessage::Done(result.unwrap_or_else(|e| {
                        tracing::error!(error = %e, "operator: job failed");
                        Done::Failed(e.to_string())
                    })))
                },
            ),
            Runner::Queue => {
                let done = console.run(job);
                self.operator_update(OpMessage::Done(done))
            }
        }
    }

    /// While operator mode is open: a second's tick (idle, lock countdown) and every touch.
    pub fn operator_subscription(&self) -> Subscription<Message> {
        if self.operator.is_none() {
            return Subscription::none();
        }
        let tick = time::every(Duration::from_secs(1)).map(|_| Message::Operator(OpMessage::Tick));
        let touches = event::listen_with(|event, _status, _window| match event {
            iced::Event::Mouse(mouse::Event::ButtonPressed(_))
            | iced::Event::Touch(touch::Event::FingerPressed { .. }) => {
                Some(Message::Operator(OpMessage::Touched))
            }
            _ => None,
        });
        Subscription::batch([tick, touches])
    }
}
