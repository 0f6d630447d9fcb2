//! Operator mode through the touch screen, on the real demo engine (journal in a temp folder,
//! the embedded terminal and printer simulators): the PIN pad and its lockout, the device
//! status, a transaction that needs staff resolved with a note, a reprint, out of service on and
//! off, leaving (by hand and when idle) and stopping the kiosk — each checked in the audit trail.
//! Snapshots of the screens: tests/ui_operator_snapshots.rs.
#![cfg(feature = "ui")]

#[path = "ops_support/mod.rs"]
mod ops_support;
mod ui_operator_support;
mod ui_support;

use fluent_bundle::FluentValue;
use simkiosk::i18n::{Lang, Localizer, fonts};
use simkiosk::journal::TxState;
use simkiosk::ui::operator::{self, Console, Page};
use simkiosk::ui::{EngineDevices, Kiosk, Message, Runner};
use std::sync::Arc;
use std::time::Duration;
use ui_operator_support::{DEMO_PIN, needs_operator_row, operator_kiosk};
use ui_support::{PORTRAIT, demo_config};

#[test]
fn wrong_pins_lock_the_pad_and_the_right_pin_is_then_refused() {
    let mut t = operator_kiosk(None);
    t.open_pad();
    for remaining in (1..=4u32).rev() {
        t.enter_pin("000000");
        let wrong = t.tr_with("op-pin-wrong", &[("remaining", remaining.into())]);
        assert!(
            t.h.shows(&wrong),
            "after a wrong PIN the pad says {wrong:?}"
        );
        assert_eq!(t.page(), Some(Page::Pin));
    }
    t.enter_pin("000000");
    let locked = t.tr_with("op-pin-locked", &[("time", "5:00".into())]);
    assert!(
        t.h.shows(&locked),
        "the fifth wrong PIN locks the pad: {locked:?}"
    );
    let op = t.op().expect("still on the pad");
    assert_eq!(op.locked_secs(), Some(300), "locked for five minutes");
    // The keys are disabled while locked (and drawn so): the right PIN cannot even be typed.
    for d in DEMO_PIN.chars() {
        assert!(
            !t.h.answers(&d.to_string()),
            "key {d} still answers while the pad is locked"
        );
    }
    assert!(!t.op().unwrap().unlocked(), "no way in while locked");
    let actions = t.audit_actions();
    assert_eq!(
        actions.iter().filter(|a| *a == "pin_wrong").count(),
        4,
        "{actions:?}"
    );
    assert!(actions.contains(&"pin_lockout".to_owned()), "{actions:?}");
    // Closing and reopening the pad does not buy fresh tries: the gate is the console's.
    t.tap_id("ui-operator-close");
    t.open_pad();
    assert_eq!(
        t.op().unwrap().locked_secs(),
        None,
        "a new pad does not know yet"
    );
    t.enter_pin(DEMO_PIN);
    assert!(
        !t.op().unwrap().unlocked(),
        "the right PIN is refused while the gate is locked"
    );
    assert!(t.op().unwrap().locked_secs().is_some_and(|s| s > 290));
    assert_eq!(
        t.audit_actions().last().map(String::as_str),
        Some("pin_refused_locked")
    );
}

#[test]
fn right_pin_opens_the_device_status() {
    let mut t = operator_kiosk(None);
    t.open_pad();
    t.h.type_digits("12");
    t.tap_id("ui-identify-submit");
    assert!(
        t.shows_id("op-pin-too-short"),
        "a 2-digit entry uses no try"
    );
    t.unlock();
    assert!(t.audit_actions().contains(&"pin_ok".to_owned()));
    for id in [
        "op-home-title",
        "op-terminal",
        "op-printer",
        "op-paper",
        "op-carrier",
    ] {
        assert!(t.shows_id(id), "home shows {id}");
    }
    let status = t.op().unwrap().status().expect("status loaded");
    assert!(
        status.terminal.is_ok(),
        "the demo terminal answers: {status:?}"
    );
    assert!(
        status.printer.as_ref().is_ok_and(|p| p.can_print()),
        "{status:?}"
    );
    assert_eq!(status.carrier, "demo");
    assert!(t.shows_id("op-service-on"));
    t.tap_id("op-leave");
    assert!(!t.h.kiosk.operator_open());
    assert_eq!(t.h.screen_name(), "attract");
    assert_eq!(
        t.audit_actions().last().map(String::as_str),
        Some("operator_exit")
    );
}

#[test]
fn without_a_pin_hash_operator_mode_stays_shut() {
    let mut t = operator_kiosk(Some(""));
    t.open_pad();
    t.enter_pin(DEMO_PIN);
    assert!(t.shows_id("op-pin-disabled"));
    assert!(!t.op().unwrap().unlocked());
}

#[test]
fn a_transaction_needing_staff_is_listed_and_resolved_with_a_note() {
    let mut t = operator_kiosk(None);
    let id = needs_operator_row(&t.engine);
    t.unlock();
    let menu = t.tr_with("op-menu-decisions-count", &[("count", 1.into())]);
    t.h.tap(&menu);
    assert_eq!(t.page(), Some(Page::Decisions));
    let needs = t.tr("op-state-needs-operator");
    let row_title = format!(
        "{needs} · {}",
        t.h.l10n.yen(t.lang(), simkiosk::domain::Yen(1980))
    );
    t.h.tap(&row_title);
    assert_eq!(t.page(), Some(Page::Decision));
    assert!(
        t.h.shows("************0019 (VISA)"),
        "masked card number shown"
    );
    assert!(t.h.shows("A1B2C3"), "approval code shown");
    assert!(t.h.shows("42"), "terminal receipt number shown");
    // Retry, reverse and resolve are offered; start resolving.
    assert!(t.shows_id("op-action-retry") && t.shows_id("op-action-reverse"));
    t.tap_id("op-action-resolve");
    assert_eq!(t.page(), Some(Page::Note));
    // Typed on the on-screen keyboard, then replaced by a preset.
    for key in ["C", "A", "S", "H"] {
        t.h.tap(key);
    }
    assert_eq!(t.op().unwrap().note_text(), "CASH");
    t.tap_id("ui-keypad-clear");
    assert_eq!(t.op().unwrap().note_text(), "");
    t.tap_id("op-note-terminal-no-charge");
    let note = t.tr("op-note-terminal-no-charge");
    assert_eq!(t.op().unwrap().note_text(), note);
    t.tap_id("op-action-resolve");
    assert!(
        t.shows_id("op-settled-resolved"),
        "the list says it is resolved"
    );
    assert!(
        t.shows_id("op-decisions-none"),
        "and nothing is left to check"
    );
    let rec = t.engine.journal().get(&id).expect("row");
    assert_eq!(rec.state, TxState::Resolved);
    assert!(
        rec.last_note.as_deref().is_some_and(|n| n.contains(&note)),
        "the note is journaled: {:?}",
        rec.last_note
    );
    assert!(t.audit_actions().contains(&"settle_resolve".to_owned()));
}

#[test]
fn reprint_the_last_receipt() {
    let mut t = operator_kiosk(None);
    let sold = ops_support::sale(&t.engine);
    t.unlock();
    t.tap_id("op-menu-reprint");
    assert_eq!(t.page(), Some(Page::Reprint));
    t.tap_id("op-reprint-last");
    assert!(t.shows_id("op-reprint-done"), "the demo printer printed it");
    let log = t.engine.journal().audit_log().unwrap();
    let last = log.last().expect("an audit row");
    assert_eq!(last.action, "reprint");
    assert!(last.detail.contains(&sold.id[..8]), "{}", last.detail);
    assert!(last.detail.contains("\"printed\":true"), "{}", last.detail);
}

#[test]
fn out_of_service_on_and_off_and_leaving_the_kiosk() {
    let mut t = operator_kiosk(None);
    t.unlock();
    t.tap_id("op-menu-service");
    t.tap_id("op-service-turn-off");
    assert_eq!(
        t.h.screen_name(),
        "out-of-service",
        "customers see the kiosk closed"
    );
    assert!(t.h.kiosk.operator_open(), "staff stay in operator mode");
    assert!(t.shows_id("op-service-now-off"));
    assert_eq!(
        t.engine.out_of_service(),
        Ok(true),
        "kept in the audit trail"
    );
    t.tap_id("op-service-turn-on");
    assert_eq!(t.h.screen_name(), "attract");
    assert_eq!(t.engine.out_of_service(), Ok(false));
    t.tap_id("op-service-turn-off");
    // Kept across a restart: a new kiosk on the same engine starts out of service.
    let restarted = Kiosk::new(
        &demo_config(),
        Arc::new(EngineDevices::from(t.engine.clone())),
        t.h.l10n.clone(),
        PORTRAIT,
        Runner::Queue,
    )
    .with_console(Some(Console::new(t.engine.clone(), Runner::Queue)));
    assert_eq!(restarted.screen().name(), "out-of-service");
    // Stopping the program asks first, and is audited.
    t.tap_id("op-quit");
    assert!(!t.op().unwrap().quitting());
    t.tap_id("op-quit-yes");
    assert!(t.op().unwrap().quitting());
    let actions = t.audit_actions();
    assert_eq!(
        &actions[actions.len() - 4..],
        [
            "out_of_service_on",
            "out_of_service_off",
            "out_of_service_on",
            "kiosk_quit"
        ]
    );
}

#[test]
fn operator_mode_closes_itself_after_two_idle_minutes() {
    let mut t = operator_kiosk(None);
    t.unlock();
    t.h.kiosk.advance_clock(Duration::from_secs(119));
    t.h.send(Message::Operator(operator::Message::Tick));
    assert!(t.h.kiosk.operator_open(), "still open before two minutes");
    t.tap_id("op-refresh");
    t.h.kiosk.advance_clock(Duration::from_secs(119));
    t.h.send(Message::Operator(operator::Message::Tick));
    assert!(t.h.kiosk.operator_open(), "a tap restarts the two minutes");
    t.h.kiosk.advance_clock(Duration::from_secs(1));
    t.h.send(Message::Operator(operator::Message::Tick));
    assert!(!t.h.kiosk.operator_open(), "closed after two idle minutes");
    assert_eq!(t.h.screen_name(), "attract");
    assert_eq!(
        t.audit_actions().last().map(String::as_str),
        Some("operator_idle_exit")
    );
}

#[test]
fn every_operator_message_has_its_glyphs() {
    let l10n = Localizer::embedded().expect("embedded locales load");
    let args: Vec<(&str, FluentValue<'_>)> = [
        ("remaining", 3.into()),
        ("count", 3.into()),
        ("id", 3.into()),
        ("time", "4:59".into()),
        ("code", "6C".into()),
        ("error", "x".into()),
        ("backend", "demo".into()),
        ("amount", "1".into()),
        ("tax", "1".into()),
    ]
    .into_iter()
    .collect();
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let family = fonts::family(lang);
        for bold in [false, true] {
            let face = fonts::face(family, bold).expect("face embedded");
            // Thai screens start from the Latin face and fall back to Noto Sans Thai and the
            // JP face (ui::ctx::font_for): a character any of them has is drawn.
            let latin = fonts::face(fonts::LATIN, bold).expect("the Latin face is embedded");
            let jp = fonts::face(fonts::JP, bold).expect("the JP face is embedded");
            let lacks = |text: &str| -> Vec<char> {
                let missing = face.missing(text);
                // Non-ASCII symbols (→) fall back to the JP face in every language.
                if lang == Lang::Th || family == fonts::LATIN {
                    missing
                        .into_iter()
                        .filter(|&c| latin.glyph(c).is_none() && jp.glyph(c).is_none())
                        .collect()
                } else {
                    missing
                }
            };
            // Drawn by the views between messages (see the comment atop operator.ftl).
            let missing = lacks("·→×()/-0123456789:*");
            if !missing.is_empty() {
                problems.push(format!(
                    "{} view characters bold={bold}: {missing:?}",
                    lang.tag()
                ));
            }
            for id in l10n
                .message_ids(lang)
                .into_iter()
                .filter(|id| id.starts_with("op-"))
            {
                let missing = lacks(&l10n.text_with(lang, &id, &args));
                if !missing.is_empty() {
                    problems.push(format!("{} {id} bold={bold}: {missing:?}", lang.tag()));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "characters missing from the embedded faces (run tools/subset-fonts.sh):\n{}",
        problems.join("\n")
    );
}

#[test]
fn retry_renews_after_confirming_and_a_refused_refund_says_why() {
    let mut t = operator_kiosk(None);
    let first = needs_operator_row(&t.engine);
    t.unlock();
    // A refund by a receipt number the demo terminal never issued: refused, and the screen says so.
    t.open_the_row_needing_staff();
    t.tap_id("op-action-reverse");
    assert_eq!(t.page(), Some(Page::Decision), "asks before refunding");
    t.h.tap(&t.tr("op-action-reverse"));
    assert!(
        matches!(t.op().unwrap().notice(), Some(operator::Notice::Error(_))),
        "{:?}",
        t.op().unwrap().notice()
    );
    assert!(
        t.h.shows(&format!(
            "{}\n{}",
            t.tr("op-action-failed"),
            match t.op().unwrap().notice() {
                Some(operator::Notice::Error(e)) => e.clone(),
                _ => unreachable!(),
            }
        )),
        "the failure is on screen"
    );
    assert_ne!(
        t.engine.journal().get(&first).unwrap().state,
        TxState::Reversed
    );
    // Retry: renewed with the original key, a receipt is now owed.
    let second = needs_operator_row(&t.engine);
    t.tap_id("op-back");
    assert_eq!(t.page(), Some(Page::Decisions));
    assert!(
        t.op().unwrap().opened().is_none(),
        "back on the list, nothing open"
    );
    t.h.send(Message::Operator(operator::Message::Open(second.clone())));
    t.tap_id("op-action-retry");
    t.h.tap(&t.tr("op-action-retry"));
    assert!(
        t.shows_id("op-settled-renewed"),
        "{:?}",
        t.op().unwrap().notice()
    );
    let rec = t.engine.journal().get(&second).unwrap();
    assert_eq!(
        rec.state,
        TxState::ReceiptFailed,
        "renewed; the receipt is owed"
    );
    assert!(t.audit_actions().contains(&"settle_retry".to_owned()));
}

#[test]
fn staff_at_work_stay_when_the_kiosk_comes_back_into_service_by_itself() {
    let mut t = operator_kiosk(None);
    // Out of paper: out of service until the health check finds the printer ready again.
    t.h.send(Message::Device(simkiosk::flow::Event::OutOfService(
        simkiosk::flow::OutOfServiceReason::PrinterUnavailable,
    )));
    assert_eq!(t.h.screen_name(), "out-of-service");
    t.unlock();
    t.h.send(Message::Health(None));
    assert_eq!(t.h.screen_name(), "attract", "back in service by itself");
    assert_eq!(
        t.page(),
        Some(Page::Home),
        "the operator is not thrown out mid-work"
    );
    // A PIN pad nobody unlocked closes with the session, as before.
    t.tap_id("op-leave");
    t.h.send(Message::Device(simkiosk::flow::Event::OutOfService(
        simkiosk::flow::OutOfServiceReason::PrinterUnavailable,
    )));
    t.open_pad();
    t.h.send(Message::Health(None));
    assert!(!t.h.kiosk.operator_open());
}

/// Defect seen in the field: end of day ran on the first tap and could be run again at once.
/// It asks first (cancel runs nothing), runs on the confirmation, and once it has closed the day
/// its button answers no tap.
#[test]
fn end_of_day_asks_first_and_is_not_offered_again() {
    let mut t = operator_kiosk(None);
    t.unlock();
    t.tap_id("op-menu-end-of-day");
    t.tap_id("op-eod-run");
    assert!(
        t.shows_id("op-eod-confirm"),
        "end of day asks before it runs"
    );
    t.tap_id("op-cancel");
    assert!(
        !t.audit_actions().contains(&"end_of_day".to_owned()),
        "cancel ran nothing: {:?}",
        t.audit_actions()
    );
    t.tap_id("op-eod-run");
    t.tap_id("op-eod-confirm-run");
    assert_eq!(
        t.audit_actions()
            .iter()
            .filter(|a| *a == "end_of_day")
            .count(),
        1,
        "the confirmation runs end of day once"
    );
    let done = t.op().expect("still in staff mode").end_of_day_done();
    assert!(done, "the demo terminal and printer close the day");
    let run = t.tr("op-eod-run");
    assert!(
        !t.h.answers(&run),
        "end of day is still offered after it closed the day"
    );
}

/// End of day on a kiosk that sold by card and by PayPay: the summary lists the card's
/// renewals (the terminal's batch) and PayPay's on lines of their own; a card-only day has no
/// such split.
#[test]
fn end_of_day_shows_wallet_renewals_apart_from_the_terminals_batch() {
    let mut t = operator_kiosk(None);
    let sim = ops_support::wallet_sim(&t.engine);
    ops_support::sale(&t.engine);
    ops_support::wallet_sale(&t.engine, &sim);
    ops_support::wallet_sale(&t.engine, &sim);
    t.unlock();
    t.tap_id("op-menu-end-of-day");
    t.tap_id("op-eod-run");
    t.tap_id("op-eod-confirm-run");
    let yen = |n| t.h.l10n.yen(t.lang(), simkiosk::domain::Yen(n));
    let total = t.tr_with(
        "op-eod-count-amount",
        &[("count", 3.into()), ("amount", yen(3 * 1980).into())],
    );
    let card = t.tr_with(
        "op-eod-count-amount",
        &[("count", 1.into()), ("amount", yen(1980).into())],
    );
    let wallet = t.tr_with(
        "op-eod-count-amount",
        &[("count", 2.into()), ("amount", yen(2 * 1980).into())],
    );
    let wallet_label = t.tr_with("op-eod-wallet", &[("method", "PayPay".into())]);
    for (what, text) in [
        ("all renewals", total),
        ("the card's label", t.tr("op-eod-card")),
        ("the card's share", card),
        ("PayPay's label", wallet_label),
        ("PayPay's share", wallet),
    ] {
        assert!(t.h.shows(&text), "the summary shows {what}: {text:?}");
    }
}

#[test]
fn a_card_only_end_of_day_has_no_payment_method_lines() {
    let mut t = operator_kiosk(None);
    ops_support::sale(&t.engine);
    t.unlock();
    t.tap_id("op-menu-end-of-day");
    t.tap_id("op-eod-run");
    t.tap_id("op-eod-confirm-run");
    assert!(t.shows_id("op-eod-renewals"));
    assert!(!t.shows_id("op-eod-card"), "no split without wallet sales");
}

/// Defect seen in the field: staff switched the PIN pad to English, left, and the next long press
/// opened it in the customer's language again. It opens in the language staff last chose.
#[test]
fn pin_pad_opens_in_the_language_staff_last_chose() {
    let mut t = operator_kiosk(None);
    t.open_pad();
    assert_eq!(t.lang(), Lang::Ja, "the first time: the language on screen");
    t.h.send(Message::Operator(operator::Message::Lang(Lang::En)));
    t.tap_id("ui-operator-close");
    assert!(!t.h.kiosk.operator_open(), "closed");
    t.open_pad();
    assert_eq!(
        t.lang(),
        Lang::En,
        "the pad forgot the language staff chose"
    );
    assert!(
        t.h.shows(&t.h.l10n.text(Lang::En, "ui-operator-pin")),
        "the pad speaks English"
    );
}

/// A wallet sale waiting for the provider's word is listed as such, apart from a card row
/// (under a badge naming the wallet), with the wallet and its last known state, and offers
/// nothing to do (the kiosk asks again by itself and gives back a payment it finds).
#[test]
fn a_wallet_payment_waiting_for_its_provider_says_so() {
    let mut t = operator_kiosk(None);
    let id = ui_operator_support::unconfirmed_wallet_row(&t.engine);
    needs_operator_row(&t.engine);
    t.unlock();
    let menu = t.tr_with("op-menu-decisions-count", &[("count", 2.into())]);
    t.h.tap(&menu);
    assert_eq!(t.page(), Some(Page::Decisions));
    let badge = t.tr_with("op-decision-waiting-badge", &[("method", "PayPay".into())]);
    assert!(
        t.h.shows(&badge),
        "the waiting row is marked with {badge:?}"
    );
    let waiting = t.tr_with(
        "op-decision-waiting-provider",
        &[("method", "PayPay".into())],
    );
    assert!(t.h.shows(&waiting), "the list says what the row waits for");
    assert!(
        t.h.shows("PayPay · WITHDRAWN"),
        "the list names the wallet and the provider state"
    );
    let state = t.tr("op-state-payment-requested");
    let row_title = format!(
        "{state} · {}",
        t.h.l10n.yen(t.lang(), simkiosk::domain::Yen(1980))
    );
    t.h.tap(&row_title);
    assert_eq!(t.page(), Some(Page::Decision));
    assert!(t.h.shows(&badge), "the detail is marked too");
    assert!(t.h.shows("PayPay"), "the method is named");
    assert!(t.h.shows("WITHDRAWN"), "the provider state is shown");
    assert!(t.h.shows(&waiting), "the detail says what it waits for");
    assert!(
        !t.shows_id("op-action-retry") && !t.shows_id("op-action-reverse"),
        "nothing to do while the provider has not answered"
    );
    let decision = t.engine.decision(&id).expect("the row");
    assert_eq!(decision.waiting_for, "provider");
}

/// A code left shown by a kiosk that stopped, the provider silent since: staff read that a
/// payment found will renew the SIM (not be given back, as after a withdrawn code).
#[test]
fn an_unanswered_wallet_payment_says_a_payment_found_renews_the_sim() {
    let mut t = operator_kiosk(None);
    ui_operator_support::unanswered_wallet_row(&t);
    t.unlock();
    let menu = t.tr_with("op-menu-decisions-count", &[("count", 1.into())]);
    t.h.tap(&menu);
    let renews = t.tr_with(
        "op-decision-waiting-provider-renew",
        &[("method", "PayPay".into())],
    );
    assert!(t.h.shows(&renews), "the list says {renews:?}");
    let gives_back = t.tr_with(
        "op-decision-waiting-provider",
        &[("method", "PayPay".into())],
    );
    assert!(!t.h.shows(&gives_back), "nothing is given back for it");
    assert!(t.h.shows("PayPay · CREATED"));
}

/// A card row is listed as it always was: the masked card number, no wallet badge.
#[test]
fn a_card_row_shows_its_card_and_no_wallet_badge() {
    let mut t = operator_kiosk(None);
    needs_operator_row(&t.engine);
    t.unlock();
    let menu = t.tr_with("op-menu-decisions-count", &[("count", 1.into())]);
    t.h.tap(&menu);
    let badge = t.tr_with("op-decision-waiting-badge", &[("method", "PayPay".into())]);
    assert!(!t.h.shows(&badge));
    let row = t.engine.pending_decisions().unwrap().remove(0);
    // The time in Japan, written the way of the staff's language ("2026年12月5日 14:28").
    let line = format!(
        "{} · {} · ************0019",
        t.h.l10n.date_time(t.lang(), row.created_at.fixed_offset()),
        row.sim_masked
    );
    assert!(t.h.shows(&line), "the card row's line {line:?}");
}

/// A paid wallet sale handed to staff shows the provider's payment id (in the list and the
/// detail); refunding it asks about the customer's wallet, and the refund goes through the
/// provider: the money is back in the wallet and the row is refunded.
#[test]
fn a_paid_wallet_payment_for_staff_is_refunded_to_the_wallet_from_the_screen() {
    let mut t = operator_kiosk(None);
    let sim = ops_support::wallet_sim(&t.engine);
    let id = ui_operator_support::paid_wallet_needs_operator_row(&t.engine, &sim);
    let payment_id = t.engine.journal().wallet(&id).unwrap().payment_id.unwrap();
    t.unlock();
    let menu = t.tr_with("op-menu-decisions-count", &[("count", 1.into())]);
    t.h.tap(&menu);
    let listed = format!("PayPay · COMPLETED · {payment_id}");
    assert!(t.h.shows(&listed), "the list shows {listed:?}");
    t.h.tap(&listed);
    assert_eq!(t.page(), Some(Page::Decision));
    assert!(t.h.shows(&payment_id), "the provider's payment id");
    assert!(t.h.shows("COMPLETED"), "the provider state");
    assert!(
        !t.shows_id("op-field-card"),
        "no card line for a wallet payment"
    );
    t.tap_id("op-action-reverse");
    let question = t.tr_with("op-confirm-reverse-wallet", &[("method", "PayPay".into())]);
    assert!(t.h.shows(&question), "the refund goes to the wallet");
    assert!(!t.shows_id("op-confirm-reverse"), "not to a card");
    t.tap_id("op-action-reverse");
    assert!(
        t.shows_id("op-settled-reversed"),
        "the screen says the payment was refunded"
    );
    assert_eq!(
        t.engine.journal().get(&id).unwrap().state,
        TxState::Reversed
    );
    let at_provider = simkiosk::payment::wallet::WalletProvider::payment(
        &mut ops_support::wallet_client(&sim),
        &id,
    )
    .unwrap();
    assert!(
        at_provider.status.nothing_charged(),
        "the provider holds the money given back: {:?}",
        at_provider.status
    );
    let audit = t.engine.journal().audit_log().unwrap();
    let last = audit.last().unwrap();
    assert_eq!(last.action, "settle_reverse");
    assert!(last.detail.contains("reversed"), "{}", last.detail);
}

/// Staff reprint a PayPay sale's receipt from the reprint screen: its row names the wallet and
/// the provider's payment id, and the printer receives exactly that sale's receipt marked as a
/// reprint, naming PayPay and the payment id.
#[test]
fn a_wallet_sale_receipt_is_reprinted_from_the_staff_screen() {
    let mut t = operator_kiosk(None);
    let sim = ops_support::wallet_sim(&t.engine);
    let sold = ops_support::wallet_sale(&t.engine, &sim);
    let payment_id = t
        .engine
        .journal()
        .wallet(&sold.id)
        .unwrap()
        .payment_id
        .unwrap();
    let jobs_before = printed_jobs(&t);
    t.unlock();
    t.tap_id("op-menu-reprint");
    assert_eq!(t.page(), Some(Page::Reprint));
    let row = format!("PayPay · COMPLETED · {payment_id}");
    assert!(t.h.shows(&row), "the reprint list shows {row:?}");
    t.h.tap(&row);
    assert!(t.shows_id("op-reprint-done"), "the demo printer printed it");

    let facts = simkiosk::engine::receipt_facts(&t.engine, &sold.id, Lang::En, true)
        .expect("the sale's receipt");
    let text = simkiosk::printer::layout::to_text(
        &simkiosk::printer::render::receipt_lines(&facts).expect("receipt lines"),
    );
    for wanted in ["REPRINT", "PayPay", payment_id.as_str()] {
        assert!(
            text.contains(wanted),
            "the reprint names {wanted:?}:\n{text}"
        );
    }
    let width = t.engine.config().printer.paper_width.dots();
    let expected = simkiosk::printer::render::render_escpos(&facts, width).expect("renders");
    let jobs = wait_for_job(&t, jobs_before);
    assert_eq!(
        jobs.last().map(Vec::len),
        Some(expected.len()),
        "the printer's last job is this sale's reprint"
    );
    assert!(
        jobs.last() == Some(&expected),
        "the printed bytes are the reprint's"
    );
    let audit = t.engine.journal().audit_log().unwrap();
    let last = audit.last().unwrap();
    assert_eq!(last.action, "reprint");
    assert!(last.detail.contains(&sold.id[..8]), "{}", last.detail);
}

/// The demo printer's jobs so far (its `demo-receipts/job-NNNN.bin` files, in order).
fn printed_jobs(t: &ui_operator_support::Op) -> Vec<Vec<u8>> {
    let dir = t.kiosk.receipts_dir();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "bin"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

/// The printer's jobs once one more than `before` has arrived (at most 5 s).
fn wait_for_job(t: &ui_operator_support::Op, before: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    let until = std::time::Instant::now() + Duration::from_secs(5);
    loop {
        let jobs = printed_jobs(t);
        if jobs.len() > before.len() || std::time::Instant::now() >= until {
            return jobs;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A button never reads like its page's title: in Thai and Vietnamese "run end of day" was the
/// title word for word, so a tap on the words could land on the heading.
#[test]
fn the_end_of_day_button_is_not_worded_as_its_title() {
    let l10n = Localizer::embedded().expect("locales load");
    for lang in Lang::ALL {
        assert_ne!(
            l10n.text(lang, "op-eod-run"),
            l10n.text(lang, "op-eod-title"),
            "{lang:?}: the run button reads as the page title"
        );
    }
}

/// The header's toggles speak the staff's language while the staff screens are open (they
/// stayed in the customer's Japanese under English staff screens).
#[test]
fn the_header_speaks_the_staff_language_in_operator_mode() {
    let mut t = operator_kiosk(None);
    t.unlock();
    t.h.send(Message::Operator(operator::Message::Lang(Lang::En)));
    let contrast_en = t.h.l10n.text(Lang::En, "ui-high-contrast");
    let contrast_ja = t.h.l10n.text(Lang::Ja, "ui-high-contrast");
    assert!(t.h.shows(&contrast_en), "the toggle in English");
    assert!(!t.h.shows(&contrast_ja), "not in the customer's Japanese");
}

/// A transaction's page at large text holds more than the screen: its facts, three actions and a
/// five-step history once ran under the action bar, squeezed the last action and left the
/// history no room. The page scrolls (staff pages only) and, scrolled to its end, shows the
/// newest history entry above the Back button.
#[test]
fn a_long_transaction_page_scrolls_to_its_newest_history_entry() {
    use iced::mouse::{Event as Mouse, ScrollDelta};
    use iced_test::selector::Candidate;
    let mut t = operator_kiosk(None);
    needs_operator_row(&t.engine);
    t.unlock();
    t.h.send(Message::Bar(simkiosk::ui::widget::bar::Message::LargeText));
    t.open_the_row_needing_staff();
    let needs = t.tr("op-state-needs-operator");

    let resolve = t.tr("op-action-resolve");
    let back_label = t.tr("op-back");
    let mut sim =
        iced_test::Simulator::with_size(ui_support::settings(), t.h.size, t.h.kiosk.view());
    let back = sim
        .find(ui_support::Reads::new(&back_label))
        .expect("Back is on the page")
        .bounds();
    let last_action = sim
        .find(ui_support::Reads::new(&resolve))
        .expect("resolve is offered")
        .bounds();
    let first_action = sim
        .find(ui_support::Reads::new(&t.tr("op-action-retry")))
        .expect("retry is offered")
        .bounds();
    assert!(
        (last_action.height - first_action.height).abs() < 1.0,
        "the last action is squeezed: {last_action:?} beside {first_action:?}"
    );
    // A finger's swipe, as a wheel: far enough to reach the end.
    sim.point_at(iced::Point::new(
        t.h.size.width / 2.0,
        t.h.size.height / 2.0,
    ));
    sim.simulate([iced::Event::Mouse(Mouse::WheelScrolled {
        delta: ScrollDelta::Lines { x: 0.0, y: -100.0 },
    })]);
    let newest = format!("→ {}", simkiosk::i18n::linebreak::strip(&needs));
    let shown = sim
        .find(|c: Candidate<'_>| match c {
            Candidate::Text {
                content,
                visible_bounds,
                ..
            } if simkiosk::i18n::linebreak::strip(content).ends_with(&newest) => {
                Some(visible_bounds)
            }
            _ => None,
        })
        .expect("the history has its newest entry")
        .expect("scrolled to the end, the newest history entry is in view");
    assert!(
        shown.y + shown.height <= back.y,
        "the newest history entry ({shown:?}) is drawn under the Back button ({back:?})"
    );
}
