//! The receipt of a journaled transaction: facts for `printer::render_*`.

use super::Engine;
use crate::config::Config;
use crate::domain::quote::DiscountKind;
use crate::domain::{Catalogue, Quote};
use crate::i18n::Lang;
use crate::journal::{EventRecord, TransactionRecord, TxState};
use crate::printer::receipt::{
    LineItem, PaymentFacts, ReceiptDiscount, ReceiptDiscountKind, ReceiptFacts, StoreFacts,
};

#[derive(Debug, Clone, thiserror::Error)]
pub enum ReceiptFactsError {
    #[error("transaction {id}: {reason}")]
    Unavailable { id: String, reason: String },
}

/// Everything the receipt of `id` shows, from the journal and kiosk.toml.
pub fn receipt_facts(
    engine: &Engine,
    id: &str,
    lang: Lang,
    reprint: bool,
) -> Result<ReceiptFacts, ReceiptFactsError> {
    let record = engine
        .journal()
        .get(id)
        .map_err(|e| ReceiptFactsError::Unavailable {
            id: id.to_owned(),
            reason: e.to_string(),
        })?;
    let history = engine
        .journal()
        .history(id)
        .map_err(|e| ReceiptFactsError::Unavailable {
            id: id.to_owned(),
            reason: e.to_string(),
        })?;
    // Names from the catalogue running now, or kiosk.toml's for a plan head office dropped since.
    let running = engine.catalogue();
    let catalogues = [&*running, engine.config().catalogue()];
    let mut facts = facts_with(engine.config(), &catalogues, &record, lang, reprint)?;
    facts.issued_at = paid_at(&history).unwrap_or(facts.issued_at);
    Ok(facts)
}

/// When the card terminal approved the payment: the transaction date an invoice states (the
/// session may have started minutes before).
pub fn paid_at(history: &[EventRecord]) -> Option<chrono::DateTime<chrono::Utc>> {
    history
        .iter()
        .find(|e| e.to == TxState::PaymentApproved)
        .map(|e| e.at)
}

/// The same from a journal row: needs no device, so `simkiosk receipt` works beside a running kiosk.
pub fn receipt_facts_from(
    config: &Config,
    record: &TransactionRecord,
    lang: Lang,
    reprint: bool,
) -> Result<ReceiptFacts, ReceiptFactsError> {
    facts_with(config, &[config.catalogue()], record, lang, reprint)
}

/// The facts with names from the first of `catalogues` that has the plan.
fn facts_with(
    config: &Config,
    catalogues: &[&Catalogue],
    record: &TransactionRecord,
    lang: Lang,
    reprint: bool,
) -> Result<ReceiptFacts, ReceiptFactsError> {
    let id = record.id.as_str();
    let fail = |reason: String| ReceiptFactsError::Unavailable {
        id: id.to_owned(),
        reason,
    };
    let quote: Quote = serde_json::from_str(&record.quote_json)
        .map_err(|e| fail(format!("stored quote unreadable: {e}")))?;
    let renewal = record
        .renewal
        .as_ref()
        .ok_or_else(|| fail("not renewed".into()))?;
    let (catalogue, plan) = catalogues
        .iter()
        .find_map(|c| c.plan(&quote.plan_id).map(|p| (*c, p)))
        .ok_or_else(|| {
            fail(format!(
                "plan {} is no longer in the catalogue",
                quote.plan_id
            ))
        })?;
    let carrier = catalogue.carrier(&quote.carrier_id);
    let carrier_name = carrier.map_or_else(
        || quote.carrier_id.clone(),
        |c| c.name_for(lang.tag()).to_owned(),
    );
    let discounts = quote
        .discounts
        .iter()
        .map(|d| ReceiptDiscount {
            kind: match &d.kind {
                DiscountKind::MultiPeriod { periods, percent } => ReceiptDiscountKind::MultiMonth {
                    months: *periods,
                    percent: *percent,
                },
                DiscountKind::Promotion { promotion_id } => ReceiptDiscountKind::Promotion {
                    name: catalogue
                        .promotions()
                        .iter()
                        .find(|p| &p.id == promotion_id)
                        .map_or_else(
                            || promotion_id.clone(),
                            |p| p.name.get(lang.tag()).to_owned(),
                        ),
                },
            },
            amount: d.amount,
        })
        .collect();
    let approval = record.approval.clone().unwrap_or_default();
    Ok(ReceiptFacts {
        store: StoreFacts {
            name: config.store.name.clone(),
            address: config.store.address.clone(),
            issuer_name: config.store.issuer_name.clone(),
            registration_number: config.store.registration_number.clone(),
        },
        kiosk_id: record.kiosk_id.clone(),
        transaction_id: record.id.clone(),
        issued_at: record.created_at,
        lang,
        items: vec![LineItem {
            carrier_name,
            plan_name: plan.name.get(lang.tag()).to_owned(),
            data_mb: plan.data.megabytes(),
            days: plan.days,
            // Periods bought; the receipt words them with `days` (never as months).
            months: quote.periods,
            unit_price: quote.unit_price,
            discounts,
        }],
        total: quote.total,
        tax_rate_percent: quote.tax_rate_percent,
        tax_contained: quote.tax_contained,
        payment: PaymentFacts {
            card_name: approval.card_name,
            masked_pan: approval.masked_pan,
            auth_code: approval.auth_code,
            terminal_receipt_no: approval.receipt_no,
            trace_no: approval.trace_no,
            slip_lines: record.slip_lines.clone(),
        },
        new_expiry: renewal.new_expiry,
        sim_masked: record.sim_masked.clone(),
        qr_url: config.store.receipt_url(&record.id),
        support: config.store.support.clone(),
        reprint,
    })
}
