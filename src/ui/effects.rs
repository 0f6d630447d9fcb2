//! Turning flow effects into work: a lookup or a sale on a blocking thread, streamed back as
//! flow events. Also the plans on offer, priced for the plans screen.

use super::app::Message;
use super::devices::{Devices, SaleOrder};
use super::screen::plans::Offer;
use crate::domain::{Catalogue, SimId};
use crate::flow::{Event, LookupFailure, SaleFailure};
use chrono::{DateTime, Utc};
use iced::Task;
use iced::futures::{SinkExt, StreamExt};
use std::sync::Arc;

/// How the root performs device work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runner {
    /// As iced tasks on blocking threads (the kiosk).
    Tasks,
    /// Queued until `Kiosk::run_queued` (headless tests: iced_test does not run tasks).
    Queue,
}

/// One piece of device work the flow asked for.
#[derive(Debug, Clone)]
pub enum Job {
    Lookup(SimId),
    Sale(Box<SaleOrder>),
}

/// Run a job to its end on this thread; the events it produced, in order.
pub fn run_blocking(devices: &dyn Devices, job: Job) -> Vec<Event> {
    match job {
        Job::Lookup(sim) => vec![Event::LookupDone(devices.lookup(&sim))],
        Job::Sale(order) => {
            let mut events = Vec::new();
            devices.sale(*order, &mut |e| events.push(e));
            events
        }
    }
}

/// The job as an iced task: the blocking call runs on tokio's blocking pool, each event it
/// reports comes back as a message as soon as it happens.
pub fn task(devices: Arc<dyn Devices>, job: Job) -> Task<Message> {
    let stream = iced::stream::channel(
        16,
        async move |mut out: iced::futures::channel::mpsc::Sender<Event>| {
            let (tx, mut rx) = iced::futures::channel::mpsc::unbounded::<Event>();
            let failure = match &job {
                Job::Lookup(_) => Event::LookupDone(Err(LookupFailure::Unavailable)),
                // Staff must check the journal: the payment may or may not have committed.
                Job::Sale(order) => Event::SaleFailed(SaleFailure::NeedsOperator {
                    transaction_id: order.sim.masked(),
                }),
            };
            let worker = tokio::task::spawn_blocking(move || {
                for_each_event(devices.as_ref(), job, &mut |e| {
                    let _ = tx.unbounded_send(e);
                });
            });
            while let Some(event) = rx.next().await {
                let _ = out.send(event).await;
            }
            if let Err(e) = worker.await {
                // The worker panicked: tell the flow something it can show rather than hang. The
                // flow ignores it if the sale had already ended.
                tracing::error!(error = %e, "ui: device worker failed");
                let _ = out.send(failure).await;
            }
        },
    );
    Task::run(stream, Message::Device)
}

fn for_each_event(devices: &dyn Devices, job: Job, report: &mut dyn FnMut(Event)) {
    match job {
        Job::Lookup(sim) => report(Event::LookupDone(devices.lookup(&sim))),
        Job::Sale(order) => devices.sale(*order, report),
    }
}

/// Every plan of `carrier_id`, priced for each period count it allows, with its promotions.
pub fn offers(catalogue: &Catalogue, carrier_id: &str, now: DateTime<Utc>) -> Vec<Offer> {
    catalogue
        .plans_for(carrier_id)
        .map(|plan| Offer {
            plan: plan.clone(),
            promotions: catalogue
                .active_promotions(&plan.id, now)
                .map(|p| p.name.clone())
                .collect(),
            quotes: plan
                .periods
                .iter()
                .filter_map(|&m| catalogue.quote(&plan.id, m, now).ok())
                .collect(),
        })
        .collect()
}

/// Ask the devices whether the kiosk can sell; out of service if not.
pub fn health_check(devices: Arc<dyn Devices>) -> Task<Message> {
    Task::perform(
        async move {
            tokio::task::spawn_blocking(move || devices.out_of_service())
                .await
                .ok()
                .flatten()
        },
        Message::Health,
    )
}
