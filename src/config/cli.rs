//! `simkiosk check-config` and `simkiosk plans`.

use super::{CarrierKind, Config, PaymentConfig, PrinterKind};
use crate::domain::{Catalogue, Names, Plan, Promotion, PromotionKind};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// Exit status for an invalid configuration.
pub const EXIT_CONFIG: u8 = 2;

/// Check kiosk.toml and list every problem.
#[derive(Debug, clap::Args)]
pub struct CheckConfigArgs {}

/// List the catalogue with today's prices and active promotions.
#[derive(Debug, clap::Args)]
pub struct PlansArgs {
    /// Only this carrier's plans (docomo, softbank, au ...).
    #[arg(long)]
    pub carrier: Option<String>,
    /// Machine-readable output: a JSON list of plans.
    #[arg(long)]
    pub json: bool,
    /// Price at this instant instead of now (2026-12-01T00:00:00+09:00, or a date = JST midnight).
    #[arg(long, value_parser = parse_at)]
    pub at: Option<DateTime<Utc>>,
}

fn parse_at(s: &str) -> Result<DateTime<Utc>, String> {
    super::catalogue::parse_instant(s)
        .ok_or_else(|| format!("{s:?} is not a date or RFC 3339 date-time"))
}

fn load(path: &Path) -> Result<Config, ExitCode> {
    Config::load(path).map_err(|errors| {
        eprintln!("{errors}");
        eprintln!("{}: {} problem(s)", path.display(), errors.0.len());
        ExitCode::from(EXIT_CONFIG)
    })
}

pub fn check_config(config: &Path, _args: CheckConfigArgs) -> anyhow::Result<ExitCode> {
    let c = match load(config) {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    if let Some(code) = super::production::refuse(config, &c) {
        return Ok(code);
    }
    let now = Utc::now();
    let cat = c.catalogue();
    let mut out = String::new();
    let active = cat.promotions().iter().filter(|p| p.is_active(now)).count();
    let langs: Vec<&str> = c.languages.offered.iter().map(|l| l.tag()).collect();
    let payment = match &c.payment {
        PaymentConfig::ZvtSerial { port, baud, .. } => {
            format!("zvt-serial {} @ {baud}", port.display())
        }
        PaymentConfig::ZvtTcp { address, .. } => format!("zvt-tcp {address}"),
        PaymentConfig::Simulated { .. } => "simulated".into(),
    };
    let printer = match &c.printer.kind {
        PrinterKind::Serial { port, baud } => format!("serial {} @ {baud}", port.display()),
        PrinterKind::Network { address } => format!("network {address}"),
        PrinterKind::Usb { path } => format!("usb {}", path.display()),
        PrinterKind::File { path } => format!("file {}", path.display()),
        PrinterKind::Simulated => "simulated".into(),
    };
    let carrier = match &c.carrier.kind {
        CarrierKind::Demo { demo_db } => format!("demo {}", demo_db.display()),
        CarrierKind::Http { base_url, .. } => format!("http {base_url}"),
    };
    let _ = writeln!(out, "{}: OK", config.display());
    let _ = writeln!(
        out,
        "  kiosk {} at {} ({})",
        c.kiosk.id, c.store.name, c.store.registration_number
    );
    let _ = writeln!(
        out,
        "  languages {} (default {})",
        langs.join(", "),
        c.languages.default.tag()
    );
    let _ = writeln!(
        out,
        "  payment {payment}; printer {printer} {} mm; carrier {carrier}",
        c.printer.paper_width.millimetres()
    );
    let methods: Vec<String> = c
        .payment_methods
        .enabled
        .iter()
        .map(|m| match (m, &c.payment_methods.paypay) {
            (crate::config::PaymentMethod::Paypay, Some(p)) => match &p.kind {
                crate::config::PayPayKind::Api { base_url } => format!("paypay {base_url}"),
                crate::config::PayPayKind::Simulated { .. } => "paypay simulated".into(),
            },
            (m, _) => m.name().into(),
        })
        .collect();
    let _ = writeln!(out, "  payment methods: {}", methods.join(", "));
    let _ = writeln!(out, "  journal {}", c.journal.path.display());
    let _ = writeln!(
        out,
        "  catalogue: {} carriers, {} plans, {} multi-month tiers, {} promotions ({active} active now)",
        cat.carriers().len(),
        cat.plans().len(),
        cat.tiers().len(),
        cat.promotions().len()
    );
    emit(&out)
}

/// One plan as `plans --json` prints it.
#[derive(Debug, Serialize)]
pub struct PlanRow {
    pub id: String,
    pub carrier: String,
    pub carrier_name: String,
    /// English name (`names` has every language).
    pub name: String,
    pub names: Names,
    pub days: u32,
    /// `null` = unlimited.
    pub data_mb: Option<u32>,
    /// List price of one period (`days` long), tax included.
    pub price_yen: i64,
    /// Period counts on offer; `months` is the former name of the same list.
    pub periods: Vec<u32>,
    pub months: Vec<u32>,
    /// What each allowed period count costs at the instant, all discounts applied.
    pub prices: Vec<MonthsPrice>,
    pub promotions: Vec<PromotionRow>,
}

#[derive(Debug, Serialize)]
pub struct MonthsPrice {
    /// Periods bought; `months` is the former name of the same count.
    pub periods: u32,
    pub months: u32,
    /// Days of validity bought: `days × periods`.
    pub total_days: u32,
    pub total_yen: i64,
    pub tax_yen: i64,
}

#[derive(Debug, Serialize)]
pub struct PromotionRow {
    pub id: String,
    /// English name (`names` has every language).
    pub name: String,
    pub names: Names,
    pub percent_off: Option<u32>,
    pub yen_off: Option<i64>,
    pub stackable: bool,
    pub end: DateTime<Utc>,
}

/// The rows for `plans`, in catalogue order.
pub fn plan_rows(cat: &Catalogue, carrier: Option<&str>, now: DateTime<Utc>) -> Vec<PlanRow> {
    cat.plans()
        .iter()
        .filter(|p| carrier.is_none_or(|c| p.carrier_id == c))
        .map(|p| row(cat, p, now))
        .collect()
}

fn row(cat: &Catalogue, p: &Plan, now: DateTime<Utc>) -> PlanRow {
    let prices = p
        .periods
        .iter()
        .filter_map(|&m| cat.quote(&p.id, m, now).ok())
        .map(|q| MonthsPrice {
            periods: q.periods,
            months: q.periods,
            total_days: q.total_days(p.days),
            total_yen: q.total.0,
            tax_yen: q.tax_contained.0,
        })
        .collect();
    PlanRow {
        id: p.id.clone(),
        carrier: p.carrier_id.clone(),
        carrier_name: cat
            .carrier(&p.carrier_id)
            .map(|c| c.name.clone())
            .unwrap_or_default(),
        name: p.name.get("en").to_string(),
        names: p.name.clone(),
        days: p.days,
        data_mb: p.data.megabytes(),
        price_yen: p.price.0,
        periods: p.periods.clone(),
        months: p.periods.clone(),
        prices,
        promotions: cat.active_promotions(&p.id, now).map(promo_row).collect(),
    }
}

fn promo_row(p: &Promotion) -> PromotionRow {
    let (percent_off, yen_off) = match &p.kind {
        PromotionKind::Percent(x) => (Some(*x), None),
        PromotionKind::Fixed(y) => (None, Some(y.0)),
    };
    PromotionRow {
        id: p.id.clone(),
        name: p.name.get("en").to_string(),
        names: p.name.clone(),
        percent_off,
        yen_off,
        stackable: p.stackable,
        end: p.end,
    }
}

pub fn plans(config: &Path, args: PlansArgs) -> anyhow::Result<ExitCode> {
    let c = match load(config) {
        Ok(c) => c,
        Err(code) => return Ok(code),
    };
    let cat = c.catalogue();
    if let Some(id) = &args.carrier
        && cat.carrier(id).is_none()
    {
        let known: Vec<&str> = cat.carriers().iter().map(|c| c.id.as_str()).collect();
        eprintln!("unknown carrier {id:?}; known: {}", known.join(", "));
        return Ok(ExitCode::from(EXIT_CONFIG));
    }
    let now = args.at.unwrap_or_else(Utc::now);
    let rows = plan_rows(cat, args.carrier.as_deref(), now);
    let mut out = String::new();
    if args.json {
        let _ = writeln!(out, "{}", serde_json::to_string_pretty(&rows)?);
        return emit(&out);
    }
    let mut last_carrier = "";
    for r in &rows {
        if r.carrier != last_carrier {
            let _ = writeln!(out, "{} ({})", r.carrier_name, r.carrier);
            last_carrier = &r.carrier;
        }
        let data = r.data_mb.map_or_else(|| "unlimited".to_string(), format_mb);
        let prices: Vec<String> = r
            .prices
            .iter()
            .map(|m| format!("{}×{}d {} yen", m.periods, r.days, group(m.total_yen)))
            .collect();
        let _ = writeln!(
            out,
            "  {:<22} {:<20} {:>2} days {:>10}  {:>7} yen/period  [{}]",
            r.id,
            r.name,
            r.days,
            data,
            group(r.price_yen),
            prices.join(", ")
        );
        for p in &r.promotions {
            let off = match (p.percent_off, p.yen_off) {
                (Some(x), _) => format!("{x}% off"),
                (_, Some(y)) => format!("{} yen off", group(y)),
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "      promotion {}: {} ({off}, until {})",
                p.id,
                p.name,
                p.end.with_timezone(&crate::domain::promotion::jst())
            );
        }
    }
    emit(&out)
}

/// Print to stdout; a closed pipe (`| head`) is not an error.
fn emit(text: &str) -> anyhow::Result<ExitCode> {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(ExitCode::SUCCESS),
    }
}

fn format_mb(mb: u32) -> String {
    if mb.is_multiple_of(1024) {
        format!("{} GB", mb / 1024)
    } else {
        format!("{mb} MB")
    }
}

/// `5500` -> `5,500`.
fn group(n: i64) -> String {
    let s = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}
