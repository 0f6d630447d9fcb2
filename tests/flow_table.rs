//! What each screen accepts: the Back/Cancel/ChangeLanguage/Tick table over every screen, and
//! events out of place that must change nothing.

mod flow_support;

use flow_support::*;
use simkiosk::flow::{Event, LookupFailure, ReceiptOutcome, SaleFailure};
use simkiosk::i18n::Lang;
use simkiosk::payment::TerminalMessage;

/// Events out of place: each must leave screen and language alone and emit nothing.
#[test]
fn events_that_do_not_apply_are_ignored() {
    use Event as E;
    let cases: Vec<(Step, Event)> = vec![
        (Step::Attract, E::ConfirmPayment),
        (Step::Attract, E::PaymentApproved),
        (Step::Attract, E::LookupDone(Ok(subscriber()))),
        (Step::Language, E::SubmitSim(sim())),
        (Step::Identify, E::ContinueToPlans),
        (Step::Identify, E::PickLanguage(Lang::Ko)),
        (Step::LookingUp, E::SubmitSim(other_sim())),
        (Step::LookingUp, E::Back),
        (Step::Status, E::ChoosePlan(quote())),
        (Step::Plans, E::ConfirmPayment),
        (
            Step::Review,
            E::TerminalMessage(TerminalMessage::Intermediate(0x0A)),
        ),
        (
            Step::Review,
            E::Renewed {
                transaction_id: TX.into(),
                new_expiry: new_expiry(),
            },
        ),
        (Step::Pay, E::ReceiptDone(ReceiptOutcome::Printed)),
        (Step::Pay, E::Start),
        (Step::Processing, E::Cancel),
        (Step::Processing, E::Back),
        (Step::Processing, E::PaymentApproved),
        (Step::ReceiptPrinting, E::Cancel),
        (Step::ReceiptPrinting, E::Start),
        (Step::ReceiptPrinting, E::SaleFailed(SaleFailure::Aborted)),
        (Step::ReceiptFailed, E::ReceiptDone(ReceiptOutcome::Printed)),
        (Step::Done, E::Back),
        (Step::Done, E::LookupDone(Err(LookupFailure::NotFound))),
        (Step::SaleFailed, E::SaleFailed(SaleFailure::Aborted)),
        (Step::SaleFailed, E::ConfirmPayment),
        (Step::OutOfService, E::Start),
        (Step::OutOfService, E::Cancel),
    ];
    for (step, event) in cases {
        let mut k = Kiosk::at(step);
        let (screen, lang) = (k.screen().clone(), k.flow.lang());
        let effects = k.send(event.clone());
        assert!(
            effects.is_empty(),
            "{event:?} on {step:?} must emit nothing, got {effects:?}"
        );
        assert_eq!(
            k.screen(),
            &screen,
            "{event:?} on {step:?} must not change the screen"
        );
        assert_eq!(
            k.flow.lang(),
            lang,
            "{event:?} on {step:?} must not change the language"
        );
    }
}

/// Did `event` do anything on `step`: an effect, another screen or another language?
fn accepted(step: Step, event: Event) -> bool {
    let mut k = Kiosk::at(step);
    let (screen, lang) = (k.screen().clone(), k.flow.lang());
    let effects = k.send(event);
    !effects.is_empty() || k.screen() != &screen || k.flow.lang() != lang
}

/// Does time alone move `step` on (after the idle prompt, if any)?
fn times_out(step: Step) -> bool {
    let mut k = Kiosk::at(step);
    let screen = k.screen().clone();
    let hour = std::time::Duration::from_secs(3600);
    k.wait(hour);
    k.wait(hour);
    k.screen() != &screen
}

#[test]
fn which_screens_accept_back_cancel_change_language_and_tick() {
    use Step as S;
    // step, Back, Cancel, ChangeLanguage, Tick (times out)
    let table = [
        (S::Attract, false, false, false, false),
        (S::Language, true, true, true, true),
        (S::Identify, true, true, true, true),
        (S::LookingUp, false, true, true, true),
        (S::LookupFailed, true, true, true, true),
        (S::Status, true, true, true, true),
        (S::Plans, true, true, true, true),
        (S::Review, true, true, true, true),
        (S::Pay, false, true, true, false),
        (S::PayCancelling, false, false, true, false),
        (S::Processing, false, false, true, false),
        (S::ReceiptPrinting, false, false, true, false),
        (S::ReceiptFailed, false, false, true, true),
        (S::Done, false, false, true, true),
        (S::SaleFailed, true, true, true, true),
        (S::OutOfService, false, false, false, false),
    ];
    assert_eq!(
        table.len(),
        Step::ALL.len(),
        "the table must cover every screen"
    );
    for (step, back, cancel, lang, tick) in table {
        assert_eq!(accepted(step, Event::Back), back, "Back on {step:?}");
        assert_eq!(
            Kiosk::at(step).flow.can_go_back(),
            back,
            "can_go_back() on {step:?}"
        );
        assert_eq!(accepted(step, Event::Cancel), cancel, "Cancel on {step:?}");
        assert_eq!(
            Kiosk::at(step).flow.can_cancel(),
            cancel,
            "can_cancel() on {step:?}"
        );
        assert_eq!(
            accepted(step, Event::ChangeLanguage(Lang::ZhHant)),
            lang,
            "ChangeLanguage on {step:?}"
        );
        assert_eq!(times_out(step), tick, "time-out on {step:?}");
        assert_eq!(
            Kiosk::at(step).flow.next_deadline().is_some(),
            tick,
            "next_deadline() on {step:?}"
        );
    }
}
