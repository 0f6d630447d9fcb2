//! `[payment] methods` and `[payment.paypay]`: which ways to pay the kiosk offers.

use super::read::{Ctx, Table};
use super::tree::Kind;
use super::{PayPayConfig, PayPayKind, PaymentMethod, PaymentMethods};

const PAYPAY_KEYS: [&str; 8] = [
    "kind",
    "base_url",
    "merchant_id",
    "credentials_file",
    "poll_secs",
    "code_lifetime_secs",
    "timeout_secs",
    "auto_pay_after_secs",
];

/// The `[payment]` table as it is, without checking its keys again (`payment` does that).
fn payment_table<'a>(root: &Table<'a>) -> Table<'a> {
    let entries = root.entry("payment").and_then(|e| match &e.node.kind {
        Kind::Table(entries) => Some(entries.as_slice()),
        _ => None,
    });
    Table {
        path: root.key_path("payment"),
        line: root.entry("payment").and_then(|e| e.node.line.or(e.line)),
        entries,
    }
}

pub(super) fn methods(ctx: &mut Ctx, root: &Table) -> Option<PaymentMethods> {
    let t = payment_table(root);
    let names = if t.has("methods") {
        ctx.array(&t, "methods", "a string", |k| match k {
            Kind::Str(s) => Some(s.clone()),
            _ => None,
        })?
    } else {
        vec!["card".to_string()]
    };
    let mut enabled = Vec::new();
    for name in &names {
        let method = match name.as_str() {
            "card" => PaymentMethod::Card,
            "paypay" => PaymentMethod::Paypay,
            other => {
                ctx.err(
                    &t,
                    "methods",
                    format!("{other:?} is not one of card, paypay"),
                );
                return None;
            }
        };
        if enabled.contains(&method) {
            ctx.err(&t, "methods", format!("{name:?} is listed twice"));
            return None;
        }
        enabled.push(method);
    }
    if enabled.is_empty() {
        ctx.err(&t, "methods", "needs at least one way to pay");
        return None;
    }
    let wants_paypay = enabled.contains(&PaymentMethod::Paypay);
    if !wants_paypay {
        if t.has("paypay") {
            ctx.err(&t, "paypay", "not used unless methods names \"paypay\"");
            return None;
        }
        return Some(PaymentMethods {
            enabled,
            paypay: None,
        });
    }
    let p = ctx.table(&t, "paypay", &PAYPAY_KEYS);
    if !ctx.require(&p, "kind") {
        return None;
    }
    let kind = ctx.choice(&p, "kind", &["api", "simulated"])?;
    let kind = if kind == "api" {
        let base_url = ctx.req_str(&p, "base_url")?;
        if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
            ctx.err(&p, "base_url", "must start with https:// (or http://)");
            return None;
        }
        if p.has("auto_pay_after_secs") {
            ctx.err(&p, "auto_pay_after_secs", "only for kind = \"simulated\"");
            return None;
        }
        PayPayKind::Api { base_url }
    } else {
        if p.has("base_url") {
            ctx.err(&p, "base_url", "not used when kind = \"simulated\"");
            return None;
        }
        let auto = p
            .has("auto_pay_after_secs")
            .then(|| ctx.int_in(&p, "auto_pay_after_secs", 1..=120, 8) as u64);
        PayPayKind::Simulated {
            auto_pay_after_secs: auto,
        }
    };
    let merchant_id = ctx.req_str(&p, "merchant_id")?;
    if merchant_id.trim().is_empty() {
        ctx.err(&p, "merchant_id", "must not be empty");
        return None;
    }
    Some(PaymentMethods {
        enabled,
        paypay: Some(PayPayConfig {
            kind,
            merchant_id,
            credentials_file: ctx.opt_str(&p, "credentials_file").map(Into::into),
            poll_secs: ctx.int_in(&p, "poll_secs", 4..=5, 4) as u64,
            code_lifetime_secs: ctx.int_in(&p, "code_lifetime_secs", 60..=600, 300) as u64,
            timeout_secs: ctx.int_in(&p, "timeout_secs", 2..=30, 10) as u64,
        }),
    })
}
