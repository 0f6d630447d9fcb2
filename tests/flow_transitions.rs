//! Every transition of the renewal flow driven by the customer and the devices (no time-outs here;
//! see flow_timeouts.rs and flow_service.rs).

mod flow_support;

use flow_support::*;
use simkiosk::flow::{Effect, Event, LookupFailure, ReceiptOutcome, SaleFailure, Screen};
use simkiosk::i18n::Lang;
use simkiosk::payment::TerminalMessage;

#[test]
fn a_whole_renewal_walks_every_screen_with_its_data() {
    let mut k = Kiosk::new();
    assert_eq!(k.screen(), &Screen::Attract, "a new flow starts on attract");
    assert_eq!(
        k.flow.lang(),
        Lang::Ja,
        "a new flow speaks the default language"
    );

    assert!(k.send(Event::Start).is_empty(), "Start emits nothing");
    assert_eq!(k.screen(), &Screen::Language);
    k.send(Event::PickLanguage(Lang::Ko));
    assert_eq!(
        k.screen(),
        &Screen::Identify,
        "picking a language moves on to identify"
    );
    assert_eq!(k.flow.lang(), Lang::Ko, "the picked language is used");

    let effects = k.send(Event::SubmitSim(sim()));
    assert_eq!(
        effects,
        vec![Effect::LookupSim(sim())],
        "submitting a SIM asks for a lookup"
    );
    assert_eq!(k.screen(), &Screen::LookingUp { sim: sim() });

    k.send(Event::LookupDone(Ok(subscriber())));
    assert_eq!(
        k.screen(),
        &Screen::Status {
            subscriber: subscriber()
        },
        "lookup result is shown"
    );
    k.send(Event::ContinueToPlans);
    assert_eq!(
        k.screen(),
        &Screen::Plans {
            subscriber: subscriber()
        }
    );
    k.send(Event::ChoosePlan(quote()));
    assert_eq!(
        k.screen(),
        &Screen::Review {
            subscriber: subscriber(),
            quote: quote()
        }
    );

    let effects = k.send(Event::ConfirmPayment);
    let sale = Effect::StartSale {
        sim: sim(),
        quote: quote(),
        lang: Lang::Ko,
    };
    assert_eq!(
        effects,
        vec![sale],
        "confirming starts the sale in the customer's language"
    );
    let pay = |message, cancellable| Screen::Pay {
        subscriber: subscriber(),
        quote: quote(),
        message,
        cancellable,
    };
    assert_eq!(
        k.screen(),
        &pay(None, true),
        "pay starts cancellable with no terminal message"
    );

    let insert_card = TerminalMessage::Intermediate(0x0A);
    assert!(k.send(Event::TerminalMessage(insert_card)).is_empty());
    assert_eq!(
        k.screen(),
        &pay(Some(insert_card), true),
        "the terminal's message is shown"
    );

    k.send(Event::PaymentApproved);
    assert_eq!(
        k.screen(),
        &Screen::Processing {
            subscriber: subscriber(),
            quote: quote()
        }
    );

    k.send(Event::Renewed {
        transaction_id: TX.into(),
        new_expiry: new_expiry(),
    });
    let receipt = Screen::Receipt {
        quote: quote(),
        transaction_id: TX.into(),
        new_expiry: new_expiry(),
        printing: true,
        outcome: None,
    };
    assert_eq!(k.screen(), &receipt, "renewed: the receipt prints");

    k.send(Event::ReceiptDone(ReceiptOutcome::Printed));
    let done = Screen::Done {
        new_expiry: new_expiry(),
        transaction_id: TX.into(),
    };
    assert_eq!(
        k.screen(),
        &done,
        "printed receipt: done with the new expiry"
    );
}

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
fn a_failed_lookup_shows_why_and_lets_the_customer_try_again() {
    let mut k = Kiosk::at(Step::LookingUp);
    k.send(Event::LookupDone(Err(LookupFailure::Unavailable)));
    let failed = Screen::LookupFailed {
        failure: LookupFailure::Unavailable,
    };
    assert_eq!(k.screen(), &failed, "the failure reason is on screen");
    let effects = k.send(Event::SubmitSim(other_sim()));
    assert_eq!(
        effects,
        vec![Effect::LookupSim(other_sim())],
        "a new entry is looked up from there"
    );
    assert_eq!(
        k.flow.entered_sim(),
        Some(&other_sim()),
        "the newest entry is remembered"
    );

    let mut k = Kiosk::at(Step::LookupFailed);
    k.send(Event::Back);
    assert_eq!(
        k.screen(),
        &Screen::Identify,
        "Back from lookup-failed returns to the keypad"
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
fn cancel_before_payment_drops_the_session_from_every_screen() {
    let screens = [
        Step::Language,
        Step::Identify,
        Step::LookingUp,
        Step::LookupFailed,
        Step::Status,
        Step::Plans,
        Step::Review,
        Step::SaleFailed,
    ];
    for step in screens {
        let mut k = Kiosk::at(step);
        assert!(k.flow.can_cancel(), "{step:?} should offer cancel");
        assert!(
            k.send(Event::Cancel).is_empty(),
            "cancel on {step:?} needs no effect"
        );
        assert_eq!(k.screen(), &Screen::Attract, "cancel on {step:?}");
        assert_eq!(
            k.flow.lang(),
            Lang::Ja,
            "cancel on {step:?} restores the default language"
        );
        assert_eq!(
            k.flow.entered_sim(),
            None,
            "cancel on {step:?} drops the SIM entered"
        );
        assert_eq!(
            k.flow.chosen_quote(),
            None,
            "cancel on {step:?} drops the quote"
        );
    }
}

#[test]
fn back_walks_the_safe_steps_in_reverse_keeping_what_was_entered() {
    let mut k = Kiosk::at(Step::Review);
    let expected = [
        Screen::Plans {
            subscriber: subscriber(),
        },
        Screen::Status {
            subscriber: subscriber(),
        },
        Screen::Identify,
        Screen::Language,
        Screen::Attract,
    ];
    for screen in expected {
        k.send(Event::Back);
        assert_eq!(k.screen(), &screen, "Back should lead to {}", screen.name());
        if screen.name() == "plans" {
            assert_eq!(
                k.flow.chosen_quote(),
                Some(&quote()),
                "plans can pre-select the last quote"
            );
        }
        if screen.name() == "identify" {
            assert_eq!(
                k.flow.entered_sim(),
                Some(&sim()),
                "identify can pre-fill the SIM"
            );
            assert_eq!(k.flow.lang(), Lang::En, "Back keeps the language");
        }
    }
    assert_eq!(
        k.flow.lang(),
        Lang::Ja,
        "Back to attract restores the default language"
    );
}

#[test]
fn change_language_switches_in_place_on_every_customer_screen() {
    let multilingual = [Step::Attract, Step::OutOfService];
    for step in Step::ALL.into_iter().filter(|s| !multilingual.contains(s)) {
        let mut k = Kiosk::at(step);
        let before = k.screen().clone();
        assert!(
            k.send(Event::ChangeLanguage(Lang::ZhHant)).is_empty(),
            "{step:?}: no effect"
        );
        assert_eq!(
            k.flow.lang(),
            Lang::ZhHant,
            "{step:?}: language must switch"
        );
        assert_eq!(
            k.screen(),
            &before,
            "{step:?}: screen and its input must stay"
        );
    }
}

#[test]
fn a_language_not_offered_is_ignored() {
    let mut config = config();
    config.languages = vec![Lang::Ja, Lang::En];
    let mut k = Kiosk::with_config(config);
    k.send(Event::Start);
    k.send(Event::PickLanguage(Lang::Ko));
    assert_eq!(
        k.screen(),
        &Screen::Language,
        "Korean is not offered: stay on language"
    );
    k.send(Event::ChangeLanguage(Lang::ZhHans));
    assert_eq!(
        k.flow.lang(),
        Lang::Ja,
        "Chinese is not offered: language unchanged"
    );
    assert_eq!(
        k.flow.languages(),
        &[Lang::Ja, Lang::En],
        "languages() lists what is offered"
    );
}

#[test]
fn a_single_language_kiosk_skips_the_language_screen() {
    let mut config = config();
    config.languages = vec![Lang::Ja];
    let mut k = Kiosk::with_config(config);
    k.send(Event::Start);
    assert_eq!(
        k.screen(),
        &Screen::Identify,
        "nothing to pick: straight to identify"
    );
    k.send(Event::Back);
    assert_eq!(
        k.screen(),
        &Screen::Attract,
        "Back from identify returns to attract"
    );
}

#[test]
fn the_default_language_is_always_offered() {
    let mut config = config();
    config.default_lang = Lang::En;
    config.languages = vec![Lang::Ja];
    let k = Kiosk::with_config(config);
    assert_eq!(
        k.flow.languages(),
        &[Lang::En, Lang::Ja],
        "default added in front"
    );
}

#[test]
fn a_quote_for_another_carrier_never_reaches_review() {
    let mut k = Kiosk::at(Step::Plans);
    let mut softbank = quote();
    softbank.carrier_id = "softbank".into();
    k.send(Event::ChoosePlan(softbank));
    assert_eq!(
        k.name(),
        "plans",
        "a docomo SIM must not be sold a softbank plan"
    );
}

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
