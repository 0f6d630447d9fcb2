//! The receipt model: plain facts of one finished renewal, filled by the engine from the journal.
//!
//! Everything here is data; wording and layout happen in `layout`. The receipt is a simplified
//! qualified invoice (適格簡易請求書, Consumption Tax Act art. 57-4 §2): issuer and registration
//! number, date, description, total with the 10% rate and the tax contained, computed once.

use crate::domain::Yen;
use crate::i18n::Lang;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// Everything a receipt shows, in plain data. Amounts are tax-inclusive yen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptFacts {
    pub store: StoreFacts,
    pub kiosk_id: String,
    pub transaction_id: String,
    /// When the payment was approved (the invoice's transaction date); printed in Japan time.
    pub issued_at: DateTime<Utc>,
    /// The customer's language; headings are Japanese with this language beside them.
    pub lang: Lang,
    pub items: Vec<LineItem>,
    /// Charged total, tax included.
    pub total: Yen,
    /// Consumption tax rate in percent (10).
    pub tax_rate_percent: u32,
    /// Tax contained in `total`, computed once per receipt (`domain::Quote::tax_contained`).
    pub tax_contained: Yen,
    pub payment: PaymentFacts,
    /// The SIM's new expiry date (Japan date).
    pub new_expiry: NaiveDate,
    /// Masked SIM identity, `090-****-5678` (`domain::SimId::masked`).
    pub sim_masked: String,
    /// QR payload: the transaction reference URL, filled from the kiosk.toml template.
    pub qr_url: Option<String>,
    /// Support contact (phone, URL) shown at the bottom, as configured.
    pub support: String,
    /// True when this is a second print of the same receipt.
    pub reprint: bool,
}

/// The issuer of the invoice (the shop operator).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoreFacts {
    pub name: String,
    pub address: String,
    /// The business that issues the invoice (適格請求書発行事業者).
    pub issuer_name: String,
    /// Qualified-invoice registration number: `T` and 13 digits.
    pub registration_number: String,
}

/// One renewal line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineItem {
    pub carrier_name: String,
    pub plan_name: String,
    /// Data allowance in MB; `None` for unlimited.
    pub data_mb: Option<u32>,
    pub days: u32,
    pub months: u32,
    /// Tax-inclusive price of one month.
    pub unit_price: Yen,
    pub discounts: Vec<ReceiptDiscount>,
}

/// A discount as printed: its name (already in the customer's language where configured) and amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptDiscount {
    pub kind: ReceiptDiscountKind,
    /// Positive amount taken off.
    pub amount: Yen,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReceiptDiscountKind {
    /// Multi-month tier, worded by the receipt's Fluent messages.
    MultiMonth { months: u32, percent: u32 },
    /// A promotion by its display name from kiosk.toml.
    Promotion { name: String },
}

/// How it was paid, as the card terminal reported it. Never the full card number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentFacts {
    pub card_name: Option<String>,
    /// As the terminal masked it, e.g. `************1234`.
    pub masked_pan: Option<String>,
    pub auth_code: Option<String>,
    pub terminal_receipt_no: Option<u32>,
    pub trace_no: Option<u32>,
    /// The card slip lines the terminal sent, printed as they came.
    pub slip_lines: Vec<String>,
}

/// Why a set of facts cannot become a receipt.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReceiptError {
    #[error("registration number {0:?} is not `T` followed by 13 digits")]
    RegistrationNumber(String),
    #[error("receipt has no line items")]
    NoItems,
    #[error("tax rate {0}% is not the standard 10% rate")]
    TaxRate(u32),
}

impl ReceiptFacts {
    /// Checks what the law requires of a simplified qualified invoice before printing.
    pub fn validate(&self) -> Result<(), ReceiptError> {
        let reg = &self.store.registration_number;
        let ok =
            reg.len() == 14 && reg.starts_with('T') && reg[1..].bytes().all(|b| b.is_ascii_digit());
        if !ok {
            return Err(ReceiptError::RegistrationNumber(reg.clone()));
        }
        if self.items.is_empty() {
            return Err(ReceiptError::NoItems);
        }
        if self.tax_rate_percent != 10 {
            return Err(ReceiptError::TaxRate(self.tax_rate_percent));
        }
        Ok(())
    }

    /// A typical receipt for tests, benches and `print-test` (fixed values, no journal needed).
    pub fn sample(lang: Lang) -> ReceiptFacts {
        use chrono::TimeZone;
        ReceiptFacts {
            store: StoreFacts {
                name: "SIMキオスク 成田空港第2ターミナル".into(),
                address: "千葉県成田市古込1-1".into(),
                issuer_name: "株式会社シムキオスク".into(),
                registration_number: "T1234567890123".into(),
            },
            kiosk_id: "NRT-T2-01".into(),
            transaction_id: "TX-20261125-000042".into(),
            issued_at: Utc
                .with_ymd_and_hms(2026, 11, 25, 5, 7, 9)
                .single()
                .unwrap_or_default(),
            lang,
            items: vec![LineItem {
                // The carrier's own name: NTTドコモ in Japanese, NTT docomo elsewhere.
                carrier_name: if lang == Lang::Ja {
                    "NTTドコモ".into()
                } else {
                    "NTT docomo".into()
                },
                plan_name: "Travel 30".into(),
                data_mb: Some(20_480),
                days: 30,
                months: 3,
                unit_price: Yen(3_980),
                discounts: vec![
                    ReceiptDiscount {
                        kind: ReceiptDiscountKind::MultiMonth {
                            months: 3,
                            percent: 5,
                        },
                        amount: Yen(597),
                    },
                    ReceiptDiscount {
                        kind: ReceiptDiscountKind::Promotion {
                            name: "Winter -500".into(),
                        },
                        amount: Yen(500),
                    },
                ],
            }],
            total: Yen(10_843),
            tax_rate_percent: 10,
            tax_contained: Yen(985),
            payment: PaymentFacts {
                card_name: Some("VISA".into()),
                masked_pan: Some("************1234".into()),
                auth_code: Some("123456".into()),
                terminal_receipt_no: Some(42),
                trace_no: Some(1042),
                slip_lines: vec![
                    "VISA CREDIT".into(),
                    "AID A0000000031010".into(),
                    "AMOUNT      10843 JPY".into(),
                ],
            },
            new_expiry: NaiveDate::from_ymd_opt(2027, 2, 23).unwrap_or_default(),
            sim_masked: "090-****-5678".into(),
            qr_url: Some("https://r.simkiosk.example/t/TX-20261125-000042".into()),
            support: "support@simkiosk.example / 0120-000-000".into(),
            reprint: false,
        }
    }
}
