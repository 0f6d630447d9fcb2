//! Out of service (never in the middle of a sale) and late device answers that must not bring a
//! finished session back.

mod flow_support;

use flow_support::*;
use simkiosk::flow::{
    Effect, Event, LookupFailure, OutOfServiceReason as Oos, ReceiptOutcome, SaleFailure, Screen,
};
use simkiosk::i18n::Lang;

fn out_of_service(reason: Oos) -> Screen {
    Screen::OutOfService { reason }
}

#[test]
fn out_of_service_before_payment_drops_the_session() {
    for step in [
        Step::Attract,
        Step::Language,
        Step::Identify,
        Step::LookingUp,
        Step::Review,
    ] {
        let mut k = Kiosk::at(step);
        assert!(
            k.send(Event::OutOfService(Oos::CarrierUnavailable))
                .is_empty(),
            "{step:?}"
        );
        assert_eq!(
            k.screen(),
            &out_of_service(Oos::CarrierUnavailable),
            "{step:?}"
        );
        assert_eq!(
            k.flow.lang(),
            Lang::Ja,
            "{step:?}: default language on out of service"
        );
        assert_eq!(k.flow.entered_sim(), None, "{step:?}: input dropped");
    }
}

#[test]
fn while_out_of_service_start_does_nothing_and_back_in_service_returns_to_attract() {
    let mut k = Kiosk::at(Step::OutOfService);
    k.send(Event::Start);
    assert_eq!(
        k.name(),
        "out-of-service",
        "Start must not open a session out of service"
    );
    k.send(Event::OutOfService(Oos::PrinterUnavailable));
    assert_eq!(
        k.screen(),
        &out_of_service(Oos::PrinterUnavailable),
        "the latest reason is shown"
    );
    k.send(Event::BackInService);
    assert_eq!(k.screen(), &Screen::Attract, "back in service: attract");
    k.send(Event::Start);
    assert_eq!(k.screen(), &Screen::Language, "and sessions start again");
}

#[test]
fn back_in_service_elsewhere_is_ignored() {
    let mut k = Kiosk::at(Step::Plans);
    k.send(Event::BackInService);
    assert_eq!(
        k.name(),
        "plans",
        "BackInService must not disturb a session"
    );
}

#[test]
fn out_of_service_waits_for_a_sale_to_end_then_applies() {
    let mut k = Kiosk::at(Step::Pay);
    k.send(Event::OutOfService(Oos::TerminalUnavailable));
    assert_eq!(
        k.name(),
        "pay",
        "a sale in progress must not be interrupted"
    );
    k.send(Event::PaymentApproved);
    k.send(Event::Renewed {
        transaction_id: TX.into(),
        new_expiry: new_expiry(),
    });
    k.send(Event::ReceiptDone(ReceiptOutcome::Printed));
    assert_eq!(k.name(), "done", "the customer still sees the new expiry");
    k.wait(DONE);
    assert_eq!(
        k.screen(),
        &out_of_service(Oos::TerminalUnavailable),
        "when the done screen ends, the kiosk goes out of service instead of attract"
    );
}

#[test]
fn a_failed_receipt_keeps_its_e_receipt_on_screen_when_the_printer_goes_away() {
    let mut k = Kiosk::at(Step::ReceiptPrinting);
    k.send(Event::ReceiptDone(ReceiptOutcome::Failed));
    k.send(Event::OutOfService(Oos::PrinterUnavailable));
    assert_eq!(
        k.name(),
        "receipt",
        "the QR e-receipt must stay until the customer is done"
    );
    k.send(Event::Start);
    assert_eq!(k.name(), "done", "finish tap still goes to done");
    k.send(Event::Start);
    assert_eq!(
        k.screen(),
        &out_of_service(Oos::PrinterUnavailable),
        "then out of service"
    );
}

#[test]
fn after_a_failed_sale_out_of_service_refuses_retry_and_applies_on_leaving() {
    let mut k = Kiosk::at(Step::SaleFailed);
    k.send(Event::OutOfService(Oos::TerminalUnavailable));
    assert_eq!(
        k.name(),
        "sale-failed",
        "the customer must read what happened to their money"
    );
    assert!(
        !k.flow.can_go_back(),
        "no retry on a kiosk going out of service"
    );
    k.send(Event::Back);
    assert_eq!(k.name(), "sale-failed", "Back (retry) is refused");
    k.send(Event::Cancel);
    assert_eq!(
        k.screen(),
        &out_of_service(Oos::TerminalUnavailable),
        "leaving applies it"
    );
}

#[test]
fn an_idle_time_out_after_a_failed_sale_applies_the_waiting_out_of_service() {
    let mut k = Kiosk::at(Step::Processing);
    k.send(Event::OutOfService(Oos::CarrierUnavailable));
    k.send(Event::SaleFailed(SaleFailure::RenewalFailedReversed));
    k.wait(IDLE);
    k.wait(PROMPT);
    assert_eq!(
        k.screen(),
        &out_of_service(Oos::CarrierUnavailable),
        "time-out leads out of service"
    );
}

#[test]
fn back_in_service_during_a_sale_cancels_the_waiting_out_of_service() {
    let mut k = Kiosk::at(Step::Processing);
    k.send(Event::OutOfService(Oos::Operator));
    k.send(Event::BackInService);
    k.send(Event::SaleFailed(SaleFailure::TerminalFault));
    k.send(Event::Cancel);
    assert_eq!(
        k.screen(),
        &Screen::Attract,
        "nothing waits any more: attract"
    );
}

#[test]
fn a_late_lookup_answer_after_cancel_does_not_resurrect_the_session() {
    let mut k = Kiosk::at(Step::LookingUp);
    k.send(Event::Cancel);
    let effects = k.send(Event::LookupDone(Ok(subscriber())));
    assert!(effects.is_empty(), "a stale answer asks for nothing");
    assert_eq!(
        k.screen(),
        &Screen::Attract,
        "a stale answer must not bring status back"
    );
}

#[test]
fn a_late_lookup_answer_after_an_idle_time_out_is_dropped() {
    let mut k = Kiosk::at(Step::LookingUp);
    k.wait(IDLE);
    k.wait(PROMPT);
    assert_eq!(
        k.screen(),
        &Screen::Attract,
        "the lookup hung and the customer left"
    );
    k.send(Event::LookupDone(Err(LookupFailure::Unavailable)));
    assert_eq!(
        k.screen(),
        &Screen::Attract,
        "its answer must not show lookup-failed"
    );
}

#[test]
fn the_next_customer_never_gets_the_previous_customers_lookup() {
    let mut k = Kiosk::at(Step::LookingUp);
    k.send(Event::Cancel);
    k.walk_to(Step::Identify);
    let effects = k.send(Event::SubmitSim(other_sim()));
    assert!(
        effects.is_empty(),
        "the new lookup waits while the stale one is out"
    );
    assert_eq!(
        k.screen(),
        &Screen::LookingUp { sim: other_sim() },
        "the new customer sees a spinner"
    );

    let effects = k.send(Event::LookupDone(Ok(subscriber())));
    assert_eq!(
        k.name(),
        "looking-up",
        "the previous customer's subscriber must not be shown"
    );
    assert_eq!(
        effects,
        vec![Effect::LookupSim(other_sim())],
        "the stale answer releases the new lookup"
    );

    let theirs = subscriber_for(other_sim());
    k.send(Event::LookupDone(Ok(theirs.clone())));
    assert_eq!(
        k.screen(),
        &Screen::Status { subscriber: theirs },
        "their own answer is shown"
    );
}

#[test]
fn a_lookup_answer_nobody_asked_for_is_ignored() {
    let mut k = Kiosk::at(Step::Status);
    k.send(Event::LookupDone(Ok(subscriber_for(other_sim()))));
    assert_eq!(
        k.screen(),
        &Screen::Status {
            subscriber: subscriber()
        },
        "a duplicate answer is dropped"
    );
}

#[test]
fn change_language_while_looking_up_keeps_the_lookup() {
    let mut k = Kiosk::at(Step::LookingUp);
    k.send(Event::ChangeLanguage(Lang::ZhHans));
    k.send(Event::LookupDone(Ok(subscriber())));
    assert_eq!(
        k.name(),
        "status",
        "the answer still belongs to this customer"
    );
    assert_eq!(
        k.flow.lang(),
        Lang::ZhHans,
        "in the language they switched to"
    );
}

#[test]
fn a_terminal_message_after_the_sale_is_ignored() {
    let mut k = Kiosk::at(Step::Processing);
    let screen = k.screen().clone();
    k.send(Event::TerminalMessage(
        simkiosk::payment::TerminalMessage::Result(0x00),
    ));
    assert_eq!(
        k.screen(),
        &screen,
        "a late terminal message must not change processing"
    );
}
