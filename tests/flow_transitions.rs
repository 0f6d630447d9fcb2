//! The customer's way to the payment: the whole happy path, lookups, back, cancel and language.
//! The sale itself is in flow_sale.rs, time-outs in flow_timeouts.rs.

mod flow_support;

use flow_support::*;
use simkiosk::flow::{Effect, Event, LookupFailure, PaymentMethod, ReceiptOutcome, Screen};
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
        method: PaymentMethod::Card,
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
        method: PaymentMethod::Card,
        code: None,
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
