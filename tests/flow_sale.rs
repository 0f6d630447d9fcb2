//! After the customer confirms: the terminal, the renewal, the receipt, and every way a sale ends
//! (decline, cancel at the terminal, reversal, staff needed).

mod flow_support;

use flow_support::*;
use simkiosk::flow::{Effect, Event, ReceiptOutcome, SaleFailure, Screen};
use simkiosk::i18n::Lang;

#[test]
fn a_failed_receipt_stays_on_the_receipt_screen_until_the_customer_finishes() {
    let mut k = Kiosk::at(Step::ReceiptPrinting);
    k.send(Event::ReceiptDone(ReceiptOutcome::Failed));
    match k.screen() {
        Screen::Receipt {
            printing: false,
            outcome: Some(ReceiptOutcome::Failed),
            ..
        } => {}
        other => panic!("a failed receipt must stay on receipt with outcome Failed, got {other:?}"),
    }
    k.send(Event::Start);
    let done = Screen::Done {
        new_expiry: new_expiry(),
        transaction_id: TX.into(),
    };
    assert_eq!(
        k.screen(),
        &done,
        "Start is the finish tap on the receipt-failed screen"
    );
}

#[test]
fn start_on_done_goes_back_to_attract_in_the_default_language() {
    let mut k = Kiosk::at(Step::Done);
    k.send(Event::Start);
    assert_eq!(
        k.screen(),
        &Screen::Attract,
        "finish tap on done returns to attract"
    );
    assert_eq!(
        k.flow.lang(),
        Lang::Ja,
        "the next customer starts in the default language"
    );
}

#[test]
fn renewed_straight_from_pay_is_taken_as_approved() {
    let mut k = Kiosk::at(Step::Pay);
    k.send(Event::Renewed {
        transaction_id: TX.into(),
        new_expiry: new_expiry(),
    });
    assert_eq!(
        k.name(),
        "receipt",
        "a Renewed without PaymentApproved must not leave pay stuck"
    );
}

#[test]
fn every_sale_failure_from_pay_or_processing_lands_on_sale_failed() {
    let failures = [
        SaleFailure::Declined { result_code: 0x05 },
        SaleFailure::Aborted,
        SaleFailure::PrinterNotReady,
        SaleFailure::TerminalFault,
        SaleFailure::RenewalFailedReversed,
        SaleFailure::NeedsOperator {
            transaction_id: TX.into(),
        },
    ];
    for start in [Step::Pay, Step::Processing] {
        for failure in &failures {
            let mut k = Kiosk::at(start);
            k.send(Event::SaleFailed(failure.clone()));
            let expected = Screen::SaleFailed {
                failure: failure.clone(),
                subscriber: subscriber(),
                quote: quote(),
            };
            assert_eq!(k.screen(), &expected, "{failure:?} from {start:?}");
        }
    }
}

#[test]
fn retry_after_a_decline_returns_to_review_and_can_pay_again() {
    let mut k = Kiosk::at(Step::SaleFailed);
    assert!(
        k.flow.can_go_back(),
        "retry must be offered after a decline"
    );
    k.send(Event::Back);
    assert_eq!(
        k.screen(),
        &Screen::Review {
            subscriber: subscriber(),
            quote: quote()
        }
    );
    let effects = k.send(Event::ConfirmPayment);
    assert!(
        matches!(effects.as_slice(), [Effect::StartSale { .. }]),
        "a retry starts a new sale, got {effects:?}"
    );
}

#[test]
fn no_retry_when_staff_must_settle_the_first_charge() {
    let mut k = Kiosk::at(Step::Processing);
    k.send(Event::SaleFailed(SaleFailure::NeedsOperator {
        transaction_id: TX.into(),
    }));
    assert!(!k.flow.can_go_back(), "retry would risk a second charge");
    k.send(Event::Back);
    assert_eq!(
        k.name(),
        "sale-failed",
        "Back must be ignored after NeedsOperator"
    );
    k.send(Event::Cancel);
    assert_eq!(k.screen(), &Screen::Attract, "the customer can still leave");
}

#[test]
fn cancel_on_pay_asks_the_terminal_and_waits_for_its_confirmation() {
    let mut k = Kiosk::at(Step::Pay);
    assert!(k.flow.can_cancel(), "pay is cancellable before commit");
    assert_eq!(
        k.send(Event::Cancel),
        vec![Effect::CancelPayment],
        "cancel asks the terminal"
    );
    assert_eq!(
        k.name(),
        "pay",
        "the flow stays on pay until the terminal confirms"
    );
    assert!(k.flow.cancel_pending(), "the UI can show 'cancelling'");
    assert!(
        k.send(Event::Cancel).is_empty(),
        "a second Cancel must not ask again"
    );

    k.send(Event::SaleFailed(SaleFailure::Aborted));
    assert!(
        matches!(
            k.screen(),
            Screen::SaleFailed {
                failure: SaleFailure::Aborted,
                ..
            }
        ),
        "the confirmation shows 'not charged', got {:?}",
        k.screen()
    );
}

#[test]
fn a_payment_that_committed_while_cancelling_carries_on() {
    let mut k = Kiosk::at(Step::PayCancelling);
    k.send(Event::PaymentApproved);
    assert_eq!(
        k.name(),
        "processing",
        "the terminal committed before the cancel: renewal goes on"
    );
}

#[test]
fn a_renewal_still_being_applied_is_never_offered_again() {
    // The payment is kept while the carrier has not answered: paying again would charge twice.
    let mut k = Kiosk::at(Step::Processing);
    k.send(Event::SaleFailed(SaleFailure::RenewalPending {
        transaction_id: TX.into(),
    }));
    assert_eq!(k.name(), "sale-failed");
    assert!(
        !k.flow.can_go_back(),
        "retry would charge a second time while the first payment is kept"
    );
    k.send(Event::Back);
    assert_eq!(k.name(), "sale-failed", "Back must be ignored");
    k.send(Event::Cancel);
    assert_eq!(k.screen(), &Screen::Attract, "the customer can leave");
}
