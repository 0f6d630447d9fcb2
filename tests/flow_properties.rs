//! Random event sequences at random times: the flow never panics and keeps its promises
//! (no sale interrupted, one lookup at a time, effects only where they belong, clean attract).

mod flow_support;

use flow_support::*;
use proptest::prelude::*;
use simkiosk::flow::{
    Effect, Event, LookupFailure, OutOfServiceReason, ReceiptOutcome, SaleFailure, Screen,
};
use simkiosk::i18n::Lang;
use simkiosk::payment::TerminalMessage;
use std::time::Duration;

fn any_lang() -> impl Strategy<Value = Lang> {
    prop::sample::select(Lang::ALL.to_vec())
}

/// Forward steps weigh more than the ways out, so that runs reach the sale and beyond.
fn any_event() -> impl Strategy<Value = Event> {
    let customer = prop_oneof![
        1 => Just(Event::Activity),
        4 => Just(Event::Start),
        4 => any_lang().prop_map(Event::PickLanguage),
        1 => any_lang().prop_map(Event::ChangeLanguage),
        4 => prop_oneof![Just(sim()), Just(other_sim())].prop_map(Event::SubmitSim),
        4 => Just(Event::ContinueToPlans),
        4 => Just(Event::ChoosePlan(quote())),
        4 => Just(Event::ConfirmPayment),
        1 => Just(Event::Back),
        1 => Just(Event::Cancel),
        1 => Just(Event::MoreTime),
    ];
    let devices = prop_oneof![
        4 => Just(Event::LookupDone(Ok(subscriber()))),
        1 => Just(Event::LookupDone(Err(LookupFailure::NotFound))),
        1 => any::<u8>().prop_map(|c| Event::TerminalMessage(TerminalMessage::Intermediate(c))),
        4 => Just(Event::PaymentApproved),
        4 => Just(Event::Renewed { transaction_id: TX.into(), new_expiry: new_expiry() }),
        2 => Just(Event::ReceiptDone(ReceiptOutcome::Printed)),
        2 => Just(Event::ReceiptDone(ReceiptOutcome::Failed)),
        1 => Just(Event::SaleFailed(SaleFailure::Aborted)),
        1 => Just(Event::SaleFailed(SaleFailure::NeedsOperator { transaction_id: TX.into() })),
        1 => Just(Event::OutOfService(OutOfServiceReason::PrinterUnavailable)),
        1 => Just(Event::BackInService),
    ];
    prop_oneof![3 => customer, 2 => devices, 1 => Just(Event::Tick)]
}

/// Mostly quick taps, sometimes a long pause (beyond the idle time-out and the prompt).
fn any_gap() -> impl Strategy<Value = u64> {
    prop_oneof![9 => 0u64..5, 1 => 0u64..200]
}

/// The event that moves a customer on from `screen`, as a cooperative customer and devices would.
fn forward(screen: &Screen) -> Event {
    match screen {
        Screen::Attract => Event::Start,
        Screen::Language => Event::PickLanguage(Lang::En),
        Screen::Identify | Screen::LookupFailed { .. } => Event::SubmitSim(sim()),
        Screen::LookingUp { .. } => Event::LookupDone(Ok(subscriber())),
        Screen::Status { .. } => Event::ContinueToPlans,
        Screen::Plans { .. } => Event::ChoosePlan(quote()),
        Screen::Review { .. } => Event::ConfirmPayment,
        Screen::Pay { .. } => Event::PaymentApproved,
        Screen::Processing { .. } => Event::Renewed {
            transaction_id: TX.into(),
            new_expiry: new_expiry(),
        },
        Screen::Receipt { printing: true, .. } => Event::ReceiptDone(ReceiptOutcome::Printed),
        Screen::Receipt { .. } | Screen::Done { .. } => Event::Start,
        Screen::SaleFailed { .. } => Event::Back,
        Screen::OutOfService { .. } => Event::BackInService,
    }
}

/// A sale is running: only the devices may move the flow on.
fn sale_running(screen: &Screen) -> bool {
    matches!(
        screen,
        Screen::Pay { .. } | Screen::Processing { .. } | Screen::Receipt { printing: true, .. }
    )
}

fn from_devices(event: &Event) -> bool {
    matches!(
        event,
        Event::PaymentApproved
            | Event::Renewed { .. }
            | Event::ReceiptDone(_)
            | Event::SaleFailed(_)
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn the_flow_keeps_its_promises(steps in prop::collection::vec((any::<bool>(), any_event(), any_gap()), 1..120)) {
        let mut config = config();
        config.languages = vec![Lang::Ja, Lang::En, Lang::Ko];
        let mut k = Kiosk::with_config(config);
        let mut lookups_out = 0u32;
        for (cooperative, random, gap) in steps {
            k.now += Duration::from_secs(gap);
            let before = k.screen().clone();
            // Half the steps move the customer on, so that runs reach the sale and its end.
            let event = if cooperative { forward(&before) } else { random };
            if matches!(event, Event::LookupDone(_)) && lookups_out > 0 {
                lookups_out -= 1;
            } else if matches!(event, Event::LookupDone(_)) {
                // The root never answers a lookup it was not asked for.
                continue;
            }
            let effects = k.send(event.clone());
            let after = k.screen();

            prop_assert!(k.flow.languages().contains(&k.flow.lang()), "language {:?} not offered", k.flow.lang());
            if sale_running(&before) && !from_devices(&event) {
                prop_assert_eq!(before.name(), after.name(), "{:?} interrupted a sale", event);
            }
            if matches!(after, Screen::Attract) {
                prop_assert_eq!(k.flow.lang(), Lang::Ja, "attract must speak the default language");
                prop_assert_eq!(k.flow.entered_sim(), None, "attract must hold no SIM");
                prop_assert_eq!(k.flow.next_deadline(), None, "attract must need no tick");
            }
            for effect in &effects {
                match effect {
                    Effect::LookupSim(_) => lookups_out += 1,
                    Effect::StartSale { .. } => {
                        prop_assert_eq!(before.name(), "review", "StartSale away from review");
                        prop_assert_eq!(after.name(), "pay", "StartSale without the pay screen");
                    }
                    Effect::CancelPayment => {
                        let cancellable = matches!(before, Screen::Pay { cancellable: true, .. });
                        prop_assert!(cancellable, "CancelPayment from {}", before.name());
                    }
                }
            }
            prop_assert!(lookups_out <= 1, "two lookups outstanding at once");
        }
    }
}
