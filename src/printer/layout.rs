//! Receipt facts -> lines of text in the customer's language (pure, no fonts involved).
//!
//! Headings are Japanese with the customer's language beside them (`合計 / Total`); every other
//! word comes from `locales/<lang>/receipt.ftl`. All text passes through `i18n::clean_for_print`
//! once, here (no bidi isolation marks, no narrow spaces a printer code page cannot carry).

use super::receipt::{ReceiptDiscountKind, ReceiptFacts};
use crate::domain::Yen;
use crate::i18n::{Lang, Localizer, clean_for_print as clean};
use fluent_bundle::FluentValue;

/// A run of text and the language whose glyph forms it takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub lang: Lang,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextSize {
    Small,
    Normal,
    Large,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

/// One line of the receipt (it may wrap when rasterised).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    Text {
        spans: Vec<Span>,
        size: TextSize,
        align: Align,
    },
    /// A label on the left, an amount or value on the right.
    Pair {
        left: Vec<Span>,
        right: Vec<Span>,
        size: TextSize,
    },
    Rule,
    /// Blank paper, in dots.
    Gap(u32),
    /// A QR code the printer draws (`GS ( k`).
    Qr(String),
}

struct Builder<'a> {
    w: &'a Localizer,
    lang: Lang,
    lines: Vec<Line>,
}

impl Builder<'_> {
    fn span(&self, text: &str) -> Span {
        Span {
            text: clean(text),
            lang: self.lang,
        }
    }
    fn ja(text: &str) -> Span {
        Span {
            text: clean(text),
            lang: Lang::Ja,
        }
    }
    fn t(&self, id: &str) -> String {
        self.w.text(self.lang, id)
    }
    fn tw(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.w.text_with(self.lang, id, args)
    }
    fn yen(&self, y: Yen) -> String {
        self.w.yen(self.lang, y)
    }
    /// `合計 / Total`: the Japanese heading, then the customer's words where they differ.
    fn heading(&self, id: &str) -> Vec<Span> {
        let ja = self.w.text(Lang::Ja, id);
        let own = self.t(id);
        // No 「合計 / 合計」: a translation equal to the Japanese adds nothing.
        if self.lang == Lang::Ja || own == ja {
            vec![Self::ja(&ja)]
        } else {
            vec![Self::ja(&ja), Self::ja(" / "), self.span(&own)]
        }
    }
    fn text(&mut self, spans: Vec<Span>, size: TextSize, align: Align) {
        self.lines.push(Line::Text { spans, size, align });
    }
    fn plain(&mut self, text: &str) {
        let spans = vec![self.span(text)];
        self.text(spans, TextSize::Normal, Align::Left);
    }
    fn pair(&mut self, left: Vec<Span>, right: &str, size: TextSize) {
        let right = vec![self.span(right)];
        self.lines.push(Line::Pair { left, right, size });
    }
    fn label_pair(&mut self, id: &str, right: &str) {
        let left = vec![self.span(&self.t(id))];
        self.pair(left, right, TextSize::Normal);
    }
}

/// Japanese readers need no time zone; everyone else is told the time is Japan's.
fn japan_time(lang: Lang, text: String) -> String {
    if lang == Lang::Ja {
        text
    } else {
        format!("{text} (JST)")
    }
}

/// Lays a receipt out in its language.
pub fn layout(facts: &ReceiptFacts, wording: &Localizer) -> Vec<Line> {
    let mut b = Builder {
        w: wording,
        lang: facts.lang,
        lines: Vec::new(),
    };
    if facts.reprint {
        let h = b.heading("receipt-reprint");
        b.text(h, TextSize::Large, Align::Center);
    }
    let store = vec![Builder::ja(&facts.store.name)];
    b.text(store, TextSize::Large, Align::Center);
    let addr = vec![Builder::ja(&facts.store.address)];
    b.text(addr, TextSize::Small, Align::Center);
    b.lines.push(Line::Gap(8));
    let title = b.heading("receipt-title");
    b.text(title, TextSize::Normal, Align::Center);
    b.lines.push(Line::Rule);

    let h = b.heading("receipt-issuer");
    b.pair(h, &facts.store.issuer_name, TextSize::Small);
    let h = b.heading("receipt-registration");
    b.pair(h, &facts.store.registration_number, TextSize::Small);
    let when = japan_time(
        facts.lang,
        wording.date_time(facts.lang, facts.issued_at.fixed_offset()),
    );
    let h = b.heading("receipt-date");
    b.pair(h, &when, TextSize::Small);
    b.label_pair("receipt-kiosk", &facts.kiosk_id);
    b.label_pair("receipt-transaction", &facts.transaction_id);
    b.lines.push(Line::Rule);

    let h = b.heading("receipt-items");
    b.text(h, TextSize::Normal, Align::Left);
    for item in &facts.items {
        let name = format!("{} {}", item.carrier_name, item.plan_name);
        b.plain(&name);
        // The screens' rule and words: 5000 MB prints as 5 GB, as on the plan screen.
        let data = wording.data_amount(facts.lang, item.data_mb.map(u64::from));
        let days = b.tw("receipt-days", &[("count", FluentValue::from(item.days))]);
        let detail = b.tw(
            "receipt-item-detail",
            &[
                ("data", FluentValue::from(data)),
                ("days", FluentValue::from(days)),
            ],
        );
        b.plain(&detail);
        let unit = b.tw(
            "receipt-unit-periods",
            &[
                ("price", FluentValue::from(b.yen(item.unit_price))),
                ("count", FluentValue::from(item.months)),
                (
                    "total",
                    FluentValue::from(item.days.saturating_mul(item.months)),
                ),
            ],
        );
        b.label_pair("receipt-unit-price", &unit);
        b.label_pair(
            "receipt-subtotal",
            &b.yen(Yen(item.unit_price.0 * i64::from(item.months))),
        );
        for d in &item.discounts {
            let label = match &d.kind {
                ReceiptDiscountKind::MultiMonth { months, percent } => b.tw(
                    "receipt-discount-periods",
                    &[
                        ("periods", FluentValue::from(*months)),
                        ("percent", FluentValue::from(*percent)),
                    ],
                ),
                ReceiptDiscountKind::Promotion { name } => b.tw(
                    "receipt-discount-promotion",
                    &[("name", FluentValue::from(name.as_str()))],
                ),
            };
            let amount = format!("-{}", b.yen(d.amount));
            let left = vec![b.span(&label)];
            b.pair(left, &amount, TextSize::Normal);
        }
    }
    b.lines.push(Line::Rule);
    let h = b.heading("receipt-total");
    b.pair(h, &b.yen(facts.total), TextSize::Large);
    let h = b.heading("receipt-tax-base");
    b.pair(h, &b.yen(facts.total), TextSize::Small);
    let h = b.heading("receipt-tax-contained");
    b.pair(h, &b.yen(facts.tax_contained), TextSize::Small);
    b.lines.push(Line::Rule);

    let h = b.heading("receipt-payment");
    b.text(h, TextSize::Normal, Align::Left);
    let p = &facts.payment;
    let card = [p.card_name.as_deref(), p.masked_pan.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    if !card.is_empty() {
        b.label_pair("receipt-card", &card);
    }
    if let Some(code) = &p.auth_code {
        b.label_pair("receipt-approval", code);
    }
    if let Some(n) = p.terminal_receipt_no {
        b.label_pair("receipt-slip-no", &format!("{n:04}"));
    }
    if let Some(n) = p.trace_no {
        b.label_pair("receipt-trace-no", &format!("{n:06}"));
    }
    for slip in &p.slip_lines {
        // Slip lines are laid out for a monospace printer (`AMOUNT     12144 JPY`); in a
        // proportional face the padding no longer lines up, so a wide gap becomes label | value.
        match split_padded(slip) {
            Some((label, value)) => {
                let left = vec![b.span(label)];
                b.pair(left, value, TextSize::Small);
            }
            None => {
                let spans = vec![b.span(slip.trim_end())];
                b.text(spans, TextSize::Small, Align::Left);
            }
        }
    }
    b.lines.push(Line::Rule);
    b.label_pair("receipt-sim", &facts.sim_masked);
    let h = b.heading("receipt-new-expiry");
    let expiry = japan_time(facts.lang, wording.date(facts.lang, facts.new_expiry));
    b.pair(h, &expiry, TextSize::Normal);
    b.lines.push(Line::Rule);

    if let Some(url) = &facts.qr_url {
        let hint = vec![b.span(&b.t("receipt-qr-hint"))];
        b.text(hint, TextSize::Small, Align::Center);
        b.lines.push(Line::Gap(6));
        b.lines.push(Line::Qr(url.clone()));
        b.lines.push(Line::Gap(6));
    }
    let support = b.tw(
        "receipt-support",
        &[("contact", FluentValue::from(facts.support.as_str()))],
    );
    let spans = vec![b.span(&support)];
    b.text(spans, TextSize::Small, Align::Center);
    let thanks = vec![b.span(&b.t("receipt-thanks"))];
    b.text(thanks, TextSize::Normal, Align::Center);
    if facts.reprint {
        let h = b.heading("receipt-reprint");
        b.text(h, TextSize::Normal, Align::Center);
    }
    b.lines
}

/// `print-test`: every language's name, glyph-form sample and greeting, and a QR code.
pub fn test_page(wording: &Localizer) -> Vec<Line> {
    let mut lines = Vec::new();
    let title = |lang| Span {
        text: clean(&wording.text(lang, "receipt-test-title")),
        lang,
    };
    lines.push(Line::Text {
        spans: vec![title(Lang::Ja)],
        size: TextSize::Large,
        align: Align::Center,
    });
    lines.push(Line::Rule);
    for lang in Lang::ALL {
        let span = |text: String| {
            vec![Span {
                text: clean(&text),
                lang,
            }]
        };
        lines.push(Line::Pair {
            left: span(lang.native_name().into()),
            right: span(lang.tag().into()),
            size: TextSize::Normal,
        });
        lines.push(Line::Text {
            spans: span(wording.text(lang, "receipt-test-sample")),
            size: TextSize::Large,
            align: Align::Left,
        });
        lines.push(Line::Text {
            spans: span(wording.text(lang, "receipt-thanks")),
            size: TextSize::Small,
            align: Align::Left,
        });
        lines.push(Line::Rule);
    }
    lines.push(Line::Qr("simkiosk print-test".into()));
    lines.push(Line::Gap(8));
    lines
}

/// Splits `LABEL   value` at its first run of two or more spaces.
fn split_padded(line: &str) -> Option<(&str, &str)> {
    let trimmed = line.trim();
    let at = trimmed.find("  ")?;
    let (label, value) = (trimmed[..at].trim_end(), trimmed[at..].trim_start());
    (!label.is_empty() && !value.is_empty()).then_some((label, value))
}

/// The lines as plain text, one per line, for golden files and logs.
pub fn to_text(lines: &[Line]) -> String {
    let join = |spans: &[Span]| spans.iter().map(|s| s.text.as_str()).collect::<String>();
    let mut out = String::new();
    for line in lines {
        let s = match line {
            Line::Text { spans, align, .. } => match align {
                Align::Left => join(spans),
                Align::Center => format!("^ {}", join(spans)),
                Align::Right => format!("> {}", join(spans)),
            },
            Line::Pair { left, right, .. } => format!("{} | {}", join(left), join(right)),
            Line::Rule => "----".into(),
            Line::Gap(n) => format!("(gap {n})"),
            Line::Qr(p) => format!("[QR {p}]"),
        };
        out.push_str(&s);
        out.push('\n');
    }
    out
}
