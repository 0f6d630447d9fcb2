//! Paying by QR wallet: the code on the pay screen, its countdown, cancel, and the same endings
//! as a card sale.

mod flow_support;

use flow_support::*;
use simkiosk::flow::{Effect, Event, PaymentMethod, SaleFailure, Screen, WalletCode};
use std::time::Duration;

/// A kiosk on the pay screen of a wallet sale whose code lives five minutes.
fn wallet_pay() -> (Kiosk, WalletCode) {
    let mut k = Kiosk::at(Step::Review);
    let effects = k.send(Event::ConfirmPaymentBy(PaymentMethod::Paypay));
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::StartSale {
                method: PaymentMethod::Paypay,
                ..
            }]
        ),
        "confirming by wallet starts a wallet sale, got {effects:?}"
    );
    let code = WalletCode {
        url: "https://qr.paypay.ne.jp/demo".into(),
        expires_at: k.now + Duration::from_secs(300),
    };
    k.send(Event::WalletCode(code.clone()));
    (k, code)
}

#[test]
fn the_wallet_code_shows_on_the_pay_screen() {
    let (k, code) = wallet_pay();
    match k.screen() {
        Screen::Pay {
            method: PaymentMethod::Paypay,
            code: Some(shown),
            cancellable: true,
            ..
        } => assert_eq!(shown, &code, "the screen shows the code the sale created"),
        other => panic!("a wallet sale must show its code on pay, got {other:?}"),
    }
}

#[test]
fn the_qr_countdown_asks_for_ticks_until_the_code_expires() {
    let (k, code) = wallet_pay();
    assert_eq!(
        k.flow.next_deadline(),
        Some(code.expires_at),
        "the countdown needs a Tick every second while the code shows"
    );
}

#[test]
fn idle_never_cancels_a_payment_made_on_the_phone() {
    let (mut k, _) = wallet_pay();
    let effects = k.wait(Duration::from_secs(10 * 60));
    assert!(effects.is_empty(), "idle must not act, got {effects:?}");
    assert_eq!(k.name(), "pay", "the QR screen stays until the sale ends");
    assert_eq!(k.prompt(), None, "no 'need more time?' over the QR code");
}

#[test]
fn cancel_at_the_qr_screen_withdraws_the_code_and_waits_for_the_outcome() {
    let (mut k, _) = wallet_pay();
    assert_eq!(
        k.send(Event::Cancel),
        vec![Effect::CancelPayment],
        "cancel asks the sale to withdraw the code"
    );
    assert!(k.flow.cancel_pending(), "waiting for the withdrawal");
    k.send(Event::SaleFailed(SaleFailure::Aborted));
    assert_eq!(
        k.name(),
        "sale-failed",
        "the customer is told nothing was charged"
    );
}

#[test]
fn a_code_reported_after_cancel_is_not_shown() {
    let mut k = Kiosk::at(Step::Review);
    k.send(Event::ConfirmPaymentBy(PaymentMethod::Paypay));
    k.send(Event::Cancel);
    k.send(Event::WalletCode(WalletCode {
        url: "https://qr.paypay.ne.jp/late".into(),
        expires_at: k.now + Duration::from_secs(300),
    }));
    assert!(
        matches!(k.screen(), Screen::Pay { code: None, .. }),
        "a withdrawn sale must not invite a scan, got {:?}",
        k.screen()
    );
}

#[test]
fn a_completed_wallet_payment_goes_on_as_a_card_approval() {
    let (mut k, _) = wallet_pay();
    k.send(Event::PaymentApproved);
    assert_eq!(k.name(), "processing", "paid: the renewal runs");
    k.send(Event::Renewed {
        transaction_id: TX.into(),
        new_expiry: new_expiry(),
    });
    assert_eq!(k.name(), "receipt", "renewed: the receipt prints");
}

#[test]
fn an_unconfirmed_wallet_payment_offers_no_second_payment() {
    let (mut k, _) = wallet_pay();
    k.send(Event::Cancel);
    k.send(Event::SaleFailed(SaleFailure::WalletUnconfirmed {
        transaction_id: "tx-1".into(),
    }));
    assert_eq!(k.name(), "sale-failed");
    assert!(
        !k.flow.can_go_back(),
        "paying again while the first payment's outcome is unknown could charge twice"
    );
}

#[test]
fn a_refused_or_expired_wallet_payment_may_be_tried_again() {
    for failure in [
        SaleFailure::WalletRefused,
        SaleFailure::WalletExpired,
        SaleFailure::WalletUnavailable,
    ] {
        let (mut k, _) = wallet_pay();
        k.send(Event::SaleFailed(failure.clone()));
        assert!(
            k.flow.can_go_back(),
            "nothing was charged ({failure:?}): back to review to pay again"
        );
    }
}
