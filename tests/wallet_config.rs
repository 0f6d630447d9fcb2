//! `[payment] methods` and `[payment.paypay]` in kiosk.toml: the demo offers both methods,
//! card alone stays the default, and each mistake is named.

use simkiosk::config::{Config, PayPayKind, PaymentMethod, PaymentMethods};

const SHIPPED: &str = include_str!("../kiosk.toml");

fn edit(old: &str, new: &str) -> String {
    assert_eq!(
        SHIPPED.matches(old).count(),
        1,
        "snippet {old:?} must occur once in kiosk.toml"
    );
    SHIPPED.replacen(old, new, 1)
}

fn problems(text: &str) -> Vec<String> {
    match Config::from_str(text, "k.toml") {
        Ok(_) => Vec::new(),
        Err(e) => e.0.iter().map(ToString::to_string).collect(),
    }
}

/// The whole `[payment.paypay]` table of the shipped file, so edits can drop it.
fn paypay_table() -> String {
    let start = SHIPPED
        .find("[payment.paypay]")
        .expect("shipped paypay table");
    let end = start
        + SHIPPED[start..]
            .find("\n[printer]")
            .expect("printer follows");
    SHIPPED[start..end].to_string()
}

#[test]
fn shipped_demo_offers_card_then_paypay_on_the_embedded_simulator() {
    let c = Config::from_str(SHIPPED, "kiosk.toml").unwrap();
    assert_eq!(
        c.payment_methods.enabled,
        [PaymentMethod::Card, PaymentMethod::Paypay]
    );
    let p = c.payment_methods.paypay.expect("paypay section");
    assert!(matches!(
        p.kind,
        PayPayKind::Simulated {
            auto_pay_after_secs: Some(_)
        }
    ));
    assert!((4..=5).contains(&p.poll_secs), "poll every 4-5 s");
}

#[test]
fn without_methods_the_card_terminal_alone_is_offered() {
    let text = edit("methods = [\"card\", \"paypay\"]\n", "").replace(&paypay_table(), "");
    let c = Config::from_str(&text, "k.toml").unwrap();
    assert_eq!(c.payment_methods, PaymentMethods::card_only());
}

#[test]
fn the_real_api_needs_a_base_url_and_takes_no_demo_keys() {
    let api = edit(
        "kind = \"simulated\"\n# api only",
        "kind = \"api\"\n# api only",
    )
    .replace("auto_pay_after_secs = 8\n", "");
    let p = problems(&api);
    assert!(
        p.iter().any(|m| m.contains("payment.paypay.base_url")),
        "{p:?}"
    );
    let ok = api.replace(
        "# base_url = \"https://stg-api.sandbox.paypay.ne.jp\"",
        "base_url = \"https://stg-api.sandbox.paypay.ne.jp\"",
    );
    let c = Config::from_str(&ok, "k.toml").unwrap();
    assert_eq!(
        c.payment_methods.paypay.unwrap().kind,
        PayPayKind::Api {
            base_url: "https://stg-api.sandbox.paypay.ne.jp".into()
        }
    );
}

#[test]
fn each_mistake_in_the_payment_methods_is_named() {
    let cases = [
        (
            edit(
                "methods = [\"card\", \"paypay\"]",
                "methods = [\"card\", \"alipay\"]",
            ),
            "\"alipay\" is not one of card, paypay",
        ),
        (
            edit(
                "methods = [\"card\", \"paypay\"]",
                "methods = [\"card\", \"card\"]",
            ),
            "listed twice",
        ),
        (
            edit("methods = [\"card\", \"paypay\"]", "methods = []"),
            "at least one way to pay",
        ),
        (
            edit("methods = [\"card\", \"paypay\"]", "methods = [\"card\"]"),
            "payment.paypay: not used unless methods names \"paypay\"",
        ),
        (
            edit("poll_secs = 4", "poll_secs = 1"),
            "below the minimum 4",
        ),
        (
            edit("code_lifetime_secs = 300", "code_lifetime_secs = 3600"),
            "above the maximum 600",
        ),
        (
            edit("merchant_id = \"demo-merchant\"", "merchant = \"x\""),
            "payment.paypay.merchant",
        ),
        (
            edit(
                "# base_url = \"https://stg-api.sandbox.paypay.ne.jp\"\n",
                "base_url = \"https://x\"\n",
            ),
            "not used when kind = \"simulated\"",
        ),
    ];
    for (text, expected) in cases {
        let p = problems(&text);
        assert!(
            p.iter().any(|m| m.contains(expected)),
            "expected a problem containing {expected:?}, got {p:?}"
        );
    }
}

#[test]
fn a_secret_in_kiosk_toml_is_refused_as_an_unknown_key() {
    let text = edit(
        "merchant_id = \"demo-merchant\"",
        "merchant_id = \"demo-merchant\"\napi_secret = \"s3cret\"",
    );
    let p = problems(&text);
    assert!(
        p.iter().any(|m| m.contains("payment.paypay.api_secret")),
        "{p:?}"
    );
}
