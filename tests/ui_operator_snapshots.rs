//! PNG snapshots of every operator screen in every language, for people to look at (not
//! compared):
//!
//!     ICED_TEST_BACKEND=tiny-skia cargo test --test ui_operator_snapshots -- --ignored
//!
//! writes `target/snapshots/operator/<lang>/<NN-screen>.png` (portrait 1080×1920, drawn at scale 2).
#![cfg(feature = "ui")]

#[path = "ops_support/mod.rs"]
mod ops_support;
mod ui_operator_support;
mod ui_support;

use simkiosk::i18n::Lang;
use simkiosk::ui::Message;
use simkiosk::ui::operator;
use std::path::{Path, PathBuf};
use ui_operator_support::{
    DEMO_PIN, Op, needs_operator_row, operator_kiosk, paid_wallet_needs_operator_row,
    unanswered_wallet_row, unconfirmed_wallet_row,
};

fn out_dir(lang: Lang) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/snapshots/operator")
        .join(lang.tag());
    std::fs::create_dir_all(&dir).expect("target/snapshots is writable");
    dir
}

#[test]
#[ignore = "writes PNGs for people to look at; run with --ignored"]
fn snapshots_of_every_operator_screen() {
    for lang in Lang::ALL {
        let mut t = operator_kiosk(None);
        needs_operator_row(&t.engine);
        ops_support::sale(&t.engine);
        let dir = out_dir(lang);
        let mut n = 0;
        let mut shot = |t: &mut Op, name: &str| {
            n += 1;
            t.h.snapshot(&dir.join(format!("{n:02}-{name}.png")));
        };
        t.open_pad();
        t.h.send(Message::Operator(operator::Message::Lang(lang)));
        shot(&mut t, "pin-empty");
        t.enter_pin("000000");
        t.h.type_digits("12");
        shot(&mut t, "pin-wrong");
        t.h.tap(&t.tr("ui-keypad-clear"));
        t.enter_pin(DEMO_PIN);
        shot(&mut t, "home");
        let menu = t.tr_with("op-menu-decisions-count", &[("count", 1.into())]);
        t.h.tap(&menu);
        shot(&mut t, "decisions");
        let needs = t.tr("op-state-needs-operator");
        let title = format!(
            "{needs} · {}",
            t.h.l10n.yen(lang, simkiosk::domain::Yen(1980))
        );
        t.h.tap(&title);
        shot(&mut t, "decision");
        t.tap_id("op-action-reverse");
        shot(&mut t, "decision-confirm-reverse");
        t.tap_id("op-cancel");
        t.tap_id("op-action-resolve");
        t.tap_id("op-note-refunded-cash");
        shot(&mut t, "note");
        t.tap_id("op-action-resolve");
        shot(&mut t, "resolved");
        t.tap_id("op-back");
        t.tap_id("op-menu-reprint");
        t.tap_id("op-reprint-last");
        shot(&mut t, "reprint");
        t.tap_id("op-back");
        t.tap_id("op-menu-end-of-day");
        t.tap_id("op-eod-run");
        shot(&mut t, "end-of-day-confirm");
        t.tap_id("op-eod-confirm-run");
        shot(&mut t, "end-of-day");
        t.tap_id("op-back");
        t.tap_id("op-menu-service");
        t.tap_id("op-service-turn-off");
        shot(&mut t, "service-off");
        t.tap_id("op-quit");
        shot(&mut t, "quit-confirm");
        t.tap_id("op-cancel");
        t.tap_id("op-back");
        t.tap_id("op-leave");
        t.open_pad();
        t.h.send(Message::Operator(operator::Message::Lang(lang)));
        for _ in 0..5 {
            t.enter_pin("000000");
        }
        shot(&mut t, "pin-locked");
    }
}

/// The QR wallet as staff see it: the list with a card row, a PayPay payment waiting for the
/// provider's word after a withdrawn code, one left unanswered and a paid one handed to staff;
/// their details and the refund question; the reprint list with a PayPay sale; end of day with
/// PayPay's renewals apart from the card's.
#[test]
#[ignore = "writes PNGs for people to look at; run with --ignored"]
fn snapshots_of_wallet_transactions_for_staff() {
    for lang in Lang::ALL {
        let mut t = operator_kiosk(None);
        let sim = ops_support::wallet_sim(&t.engine);
        unanswered_wallet_row(&t);
        unconfirmed_wallet_row(&t.engine);
        needs_operator_row(&t.engine);
        paid_wallet_needs_operator_row(&t.engine, &sim);
        ops_support::sale(&t.engine);
        ops_support::wallet_sale(&t.engine, &sim);
        let dir = out_dir(lang);
        let mut n = 0;
        let mut shot = |t: &mut Op, name: &str| {
            n += 1;
            t.h.snapshot(&dir.join(format!("wallet-{n:02}-{name}.png")));
        };
        t.open_pad();
        t.h.send(Message::Operator(operator::Message::Lang(lang)));
        t.enter_pin(DEMO_PIN);
        let menu = t.tr_with("op-menu-decisions-count", &[("count", 4.into())]);
        t.h.tap(&menu);
        shot(&mut t, "decisions");
        let badge = t.tr_with("op-decision-waiting-badge", &[("method", "PayPay".into())]);
        let waiting = t.tr_with(
            "op-decision-waiting-provider",
            &[("method", "PayPay".into())],
        );
        t.h.tap(&waiting);
        assert!(t.h.shows(&badge));
        shot(&mut t, "decision-waiting-provider");
        t.tap_id("op-back");
        let renews = t.tr_with(
            "op-decision-waiting-provider-renew",
            &[("method", "PayPay".into())],
        );
        t.h.tap(&renews);
        shot(&mut t, "decision-unanswered");
        t.tap_id("op-back");
        let paid = "PayPay · COMPLETED · ";
        let row = t
            .engine
            .pending_decisions()
            .unwrap()
            .into_iter()
            .find_map(|d| d.wallet.and_then(|w| w.payment_id))
            .expect("the paid wallet row");
        t.h.tap(&format!("{paid}{row}"));
        shot(&mut t, "decision-paid");
        t.tap_id("op-action-reverse");
        shot(&mut t, "decision-confirm-refund");
        t.tap_id("op-cancel");
        t.tap_id("op-back");
        t.tap_id("op-back");
        t.tap_id("op-menu-reprint");
        shot(&mut t, "reprint");
        t.tap_id("op-back");
        t.tap_id("op-menu-end-of-day");
        t.tap_id("op-eod-run");
        t.tap_id("op-eod-confirm-run");
        shot(&mut t, "end-of-day");
    }
}
