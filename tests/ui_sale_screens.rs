//! What the sale screens say: one price on card, periods control and review; the status badges; the new
//! expiry and the carry-over rule before paying; periods, not months.
//! Run: `ICED_TEST_BACKEND=tiny-skia cargo test --test ui_sale_screens`.
#![cfg(feature = "ui")]

mod ui_support;

use chrono::{TimeZone, Utc};
use iced_test::Simulator;
use simkiosk::config::Config;
use simkiosk::domain::expiry::{extended_expiry, today_jst};
use simkiosk::domain::{Catalogue, Names, Promotion, PromotionKind, Yen};
use simkiosk::flow::{Event, SaleFailure, Screen};
use simkiosk::i18n::Lang;
use simkiosk::payment::TerminalMessage;
use simkiosk::ui::Message;
use simkiosk::ui::screen::plans;
use std::sync::Arc;
use ui_support::devices::{Script, ScriptedDevices};
use ui_support::{Harness, PORTRAIT, demo_config, settings};

/// The demo config with a 10 % promotion on docomo's unlimited plan that is always on, so the
/// test does not depend on the date it runs.
fn config_with_promotion() -> Config {
    let mut config = demo_config();
    let cat = &config.catalogue;
    let promo = Promotion {
        id: "always".into(),
        name: Names::new(Lang::ALL.map(|l| (l.tag(), "-10%"))),
        kind: PromotionKind::Percent(10),
        plans: Some(vec!["docomo-30d-unlimited".into()]),
        start: Utc.with_ymd_and_hms(2000, 1, 1, 0, 0, 0).unwrap(),
        end: Utc.with_ymd_and_hms(2100, 1, 1, 0, 0, 0).unwrap(),
        stackable: false,
    };
    config.catalogue = Catalogue::new(
        cat.carriers().to_vec(),
        cat.plans().to_vec(),
        cat.tiers().to_vec(),
        vec![promo],
    )
    .expect("the edited catalogue is consistent");
    config
}

fn harness(config: Config) -> Harness {
    Harness::new(
        Arc::new(ScriptedDevices::new(config, Script::Approve)),
        PORTRAIT,
    )
}

/// From attract to the status screen of `number`, in English.
fn to_status(h: &mut Harness, number: &str) {
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap("English");
    h.type_digits(number);
    h.tap(&h.tr("ui-identify-submit"));
    assert_eq!(h.screen_name(), "status");
}

#[test]
fn the_price_on_the_card_is_the_price_reviewed() {
    let mut h = harness(config_with_promotion());
    to_status(&mut h, "09012345678");
    h.tap(&h.tr("ui-status-continue"));
    h.tap("Stay Unlimited");
    // 5,500 less 10 %: the card and the first segment show what the review will charge.
    let pay = h.l10n.yen(Lang::En, Yen(4_950));
    assert!(h.shows(&pay), "the card shows the promoted price {pay}");
    h.tap(&h.tr("ui-plans-next"));
    let Screen::Review { quote, .. } = h.screen().clone() else {
        panic!("review expected, got {}", h.screen_name())
    };
    assert_eq!(
        h.l10n.yen(Lang::En, quote.total),
        pay,
        "the review charges the figure the card showed"
    );
    assert!(h.shows(&pay), "and shows it");
}

#[test]
fn several_periods_are_said_in_days_not_months() {
    let mut h = harness(demo_config());
    to_status(&mut h, "09012345678");
    h.tap(&h.tr("ui-status-continue"));
    h.tap("Travel 10GB");
    let two = plans::segment_id(2);
    let said = {
        let mut sim = Simulator::with_size(settings(), h.size, h.kiosk.view());
        let segment = sim
            .find(two.clone())
            .expect("the periods control has a segment for 2 periods")
            .bounds();
        // The text "30 days" inside that segment (a card may say "30 days" too).
        sim.find(|c: iced_test::selector::Candidate<'_>| match c {
            iced_test::selector::Candidate::Text {
                bounds, content, ..
            } if simkiosk::i18n::linebreak::strip(content) == "30 days"
                && segment.contains(bounds.center()) =>
            {
                Some(())
            }
            _ => None,
        })
        .is_ok()
    };
    assert!(said, "the segment for two 15-day periods says 30 days");
    h.send(Message::Plans(plans::Message::Periods(2)));
    h.tap(&h.tr("ui-plans-next"));
    assert!(
        h.shows("Travel 10GB · 2 × 15 days (30 days)"),
        "the review names the plan and the days bought"
    );
}

#[test]
fn review_shows_the_new_expiry_and_the_carry_over_rule_before_paying() {
    let mut h = harness(demo_config());
    to_status(&mut h, "09012345678");
    let Screen::Status { subscriber } = h.screen().clone() else {
        panic!("status expected")
    };
    h.tap(&h.tr("ui-status-continue"));
    h.tap("Travel 10GB");
    h.tap(&h.tr("ui-plans-next"));
    assert_eq!(h.screen_name(), "review");
    let expected = extended_expiry(subscriber.expires_on, today_jst(Utc::now()), 15, 1)
        .expect("a date in range");
    let date = h.l10n.date(Lang::En, expected);
    assert!(
        h.shows(&h.tr("ui-review-new-expiry")),
        "the label says Japan time"
    );
    assert!(h.shows(&date), "the new expiry {date} is shown");
    assert!(
        h.shows(&h.tr("ui-review-no-carry-over")),
        "docomo's rule in kiosk.toml: unused data does not carry over"
    );
}

#[test]
fn an_expired_sim_with_no_data_says_so() {
    let mut h = harness(demo_config());
    // The demo SIM that expired with 0 MB left.
    to_status(&mut h, "09087654321");
    let Screen::Status { subscriber } = h.screen().clone() else {
        panic!("status expected")
    };
    let days = (today_jst(Utc::now()) - subscriber.expires_on).num_days();
    assert!(days > 0, "the demo SIM is expired");
    let expired = h
        .l10n
        .text_with(Lang::En, "ui-status-expired", &[("days", days.into())]);
    assert!(h.shows(&expired), "{expired:?} is shown");
    assert!(h.shows(&h.tr("ui-status-no-data")), "no data left is shown");
    assert!(
        h.shows(&h.tr("ui-status-expires")),
        "the expiry is labelled Japan time"
    );
}

/// From attract to the pay screen in English, the sale waiting in the queue.
fn to_pay(h: &mut Harness) {
    to_status(h, "09012345678");
    h.tap(&h.tr("ui-status-continue"));
    h.tap(&h.tr("ui-plans-next"));
    h.send(Message::Review(simkiosk::ui::screen::review::Message::Pay));
    assert_eq!(h.screen_name(), "pay");
}

#[test]
fn cancel_is_not_offered_while_the_terminal_asks_to_remove_the_card() {
    let mut h = harness(demo_config());
    to_pay(&mut h);
    h.send(Message::Device(Event::TerminalMessage(
        TerminalMessage::Intermediate(0x0A),
    )));
    assert!(h.shows(&h.tr("ui-pay-cancel")), "cancel while inserting");
    // ZVT intermediate status 0x0B: "remove card".
    h.send(Message::Device(Event::TerminalMessage(
        TerminalMessage::Intermediate(0x0B),
    )));
    assert!(
        h.shows(&h.tr("pay-remove-card")),
        "the terminal's request is shown"
    );
    assert!(
        !h.shows(&h.tr("ui-pay-cancel")),
        "no cancel at \"please remove your card\""
    );
}

#[test]
fn a_cancelled_payment_is_called_cancelled_not_unsuccessful() {
    let mut h = harness(demo_config());
    to_pay(&mut h);
    h.send(Message::Device(Event::SaleFailed(SaleFailure::Aborted)));
    assert_eq!(h.screen_name(), "sale-failed");
    assert!(h.shows(&h.tr("ui-failed-title-cancelled")));
    assert!(
        !h.shows(&h.tr("ui-failed-title")),
        "not \"the payment did not go through\""
    );
    assert!(h.shows(&h.tr("ui-failed-aborted")), "nothing was charged");
}

#[test]
fn a_declined_card_has_its_own_title() {
    let mut h = harness(demo_config());
    to_pay(&mut h);
    h.send(Message::Device(Event::SaleFailed(SaleFailure::Declined {
        result_code: 0x05,
    })));
    assert!(h.shows(&h.tr("ui-failed-title-declined")));
}

#[test]
fn done_shows_the_mark_what_was_bought_the_new_expiry_and_the_receipt_reminder() {
    let mut h = harness(demo_config());
    to_status(&mut h, "09012345678");
    h.tap(&h.tr("ui-status-continue"));
    h.tap("Travel 10GB");
    h.tap(&h.tr("ui-plans-next"));
    h.tap(&h.tr("ui-review-pay"));
    let Screen::Done { new_expiry, .. } = h.screen().clone() else {
        panic!("done expected, got {}", h.screen_name())
    };
    assert!(h.shows(&h.tr("ui-done-mark")), "the success mark");
    assert!(h.shows("Travel 10GB · 15 days"), "what was bought, in days");
    let date = h.l10n.date(Lang::En, new_expiry);
    assert!(h.shows(&date), "the new expiry {date}");
    assert!(
        h.shows(&h.tr("ui-receipt-title")),
        "the receipt reminder stays on the done screen"
    );
}

/// The attract screen invites from a distance: the carriers served by their own brand names, and
/// in every language the lowest price the catalogue sells a plan at (its cheapest plan made
/// cheaper here, so a figure written into the view would be caught).
#[test]
fn attract_shows_the_carriers_and_the_lowest_price_of_the_catalogue() {
    let mut config = demo_config();
    let cat = &config.catalogue;
    let mut plans = cat.plans().to_vec();
    let cheapest = plans
        .iter_mut()
        .min_by_key(|p| p.price)
        .expect("the demo sells plans");
    cheapest.price = Yen(cheapest.price.0 - 111);
    let lowest = cheapest.price;
    config.catalogue = Catalogue::new(
        cat.carriers().to_vec(),
        plans,
        cat.tiers().to_vec(),
        cat.promotions().to_vec(),
    )
    .expect("the edited catalogue is consistent");
    let mut h = harness(config);
    assert_eq!(h.screen_name(), "attract");
    assert!(
        h.shows("NTT docomo  ·  SoftBank  ·  au"),
        "the carriers are named by their brands"
    );
    for lang in Lang::ALL {
        let teaser = h.l10n.text_with(
            lang,
            "ui-attract-from",
            &[("price", h.l10n.yen(lang, lowest).into())],
        );
        assert!(h.shows(&teaser), "{lang:?}: no {teaser:?} on attract");
    }
}

/// A QR wallet's endings speak of the payment app, never of a card or the card terminal, and an
/// outcome the kiosk could not confirm never says "nothing was charged" nor offers to pay again.
#[test]
fn wallet_endings_have_their_own_wording() {
    let card_words = [
        "ui-failed-title-declined",
        "ui-failed-declined",
        "ui-failed-terminal",
        "ui-failed-reversed",
        "ui-failed-aborted",
    ];
    let cases = [
        (SaleFailure::WalletRefused, "wallet-refused", true),
        (SaleFailure::WalletExpired, "wallet-expired", true),
        (SaleFailure::WalletUnavailable, "wallet-unavailable", true),
        (SaleFailure::WalletReturned, "wallet-returned", true),
        (
            SaleFailure::WalletUnconfirmed {
                transaction_id: "ref-42".into(),
            },
            "wallet-unconfirmed",
            false,
        ),
    ];
    for (failure, key, may_retry) in cases {
        let mut h = harness(demo_config());
        to_pay(&mut h);
        h.send(Message::Device(Event::SaleFailed(failure.clone())));
        assert_eq!(h.screen_name(), "sale-failed");
        let title = h.tr(&format!("ui-failed-title-{key}"));
        assert!(h.shows(&title), "{failure:?}: the title {title:?}");
        for word in card_words {
            let text = h.tr(word);
            assert!(!h.shows(&text), "{failure:?} must not say {text:?}");
        }
        assert_eq!(
            h.shows(&h.tr("ui-failed-retry")),
            may_retry,
            "{failure:?}: try again offered?"
        );
    }
    let mut h = harness(demo_config());
    to_pay(&mut h);
    h.send(Message::Device(Event::SaleFailed(
        SaleFailure::WalletUnconfirmed {
            transaction_id: "ref-42".into(),
        },
    )));
    let body = h.l10n.text_with(
        Lang::En,
        "ui-failed-wallet-unconfirmed",
        &[("reference", "ref-42".into())],
    );
    assert!(
        simkiosk::i18n::linebreak::strip(&body).contains("ref-42") && h.shows(&body),
        "the reference for staff is shown"
    );
}
