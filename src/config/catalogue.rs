//! The `[catalogue]` section: carriers, plans, multi-period tiers and promotions.
//!
//! Every reference is checked here with its line, so `Catalogue::new` should never refuse what
//! this module accepts; if it does, its errors are reported at the `[catalogue]` line.

use super::promotions::{percent, promotions};
use super::read::{Ctx, Table};
use super::sections::is_identifier;
use super::tree::Kind;
use super::{ConfigError, ConfigErrors};
use crate::domain::{Carrier, Catalogue, DataAllowance, MultiPeriodTier, Names, Plan, Yen};
use crate::i18n::Lang;
use std::collections::HashMap;

pub(crate) use super::promotions::parse_instant;

/// Keys renamed when "months" became "periods": a plan is sold in periods of `days`, never in
/// calendar months. The old spelling gets an error that says what to write instead.
const RENAMED: &str = "renamed: a plan is sold in periods of `days`, not calendar months";

impl super::Config {
    /// A published `[catalogue]` document (head office's, nothing else in it) read with the
    /// rules of kiosk.toml's own `[catalogue]`, against this configuration's languages: what
    /// a running kiosk checks before it quotes from a catalogue it did not start with.
    pub fn read_catalogue(&self, text: &str, name: &str) -> Result<Catalogue, ConfigErrors> {
        let tree = super::tree::parse(text).map_err(|e| {
            ConfigErrors(vec![ConfigError {
                file: name.to_string(),
                line: e.line,
                path: "(syntax)".into(),
                message: e.message,
            }])
        })?;
        let mut ctx = Ctx::new(name);
        let root = Table::root(&tree);
        ctx.check_keys(&root, &["catalogue"]);
        if !root.has("catalogue") {
            ctx.error(None, "catalogue", "no [catalogue] table");
        }
        let offered: Vec<&str> = self.languages.offered.iter().map(|l| l.tag()).collect();
        let catalogue = read(&mut ctx, &root, Some(&offered));
        match (ctx.finish(()), catalogue) {
            (Ok(()), Some(c)) => Ok(c),
            (Err(e), _) => Err(e),
            (Ok(()), None) => Err(ConfigErrors(vec![ConfigError {
                file: name.to_string(),
                line: None,
                path: "catalogue".into(),
                message: "catalogue rejected without a reason; please report".into(),
            }])),
        }
    }
}

/// `offered`: the language tags every plan and promotion name must cover (`None` when
/// `[languages]` is itself wrong: names are then only checked for known tags).
pub(super) fn read(ctx: &mut Ctx, root: &Table, offered: Option<&[&str]>) -> Option<Catalogue> {
    let t = ctx.table(
        root,
        "catalogue",
        &[
            "carriers",
            "plans",
            "multi_period",
            "promotions",
            "multi_month",
        ],
    );
    let before = ctx.error_count();
    if t.has("multi_month") {
        ctx.err(
            &t,
            "multi_month",
            format!("{RENAMED}; write [[catalogue.multi_period]] with `periods = …`"),
        );
    }
    let carriers = carriers(ctx, &t);
    let plans = plans(ctx, &t, &carriers, offered);
    let tiers = tiers(ctx, &t);
    let promotions = promotions(ctx, &t, &plans, offered);
    if ctx.error_count() > before {
        return None;
    }
    match Catalogue::new(carriers, plans, tiers, promotions) {
        Ok(c) => Some(c),
        Err(errors) => {
            for e in errors {
                ctx.error(t.line, "catalogue", e.to_string());
            }
            None
        }
    }
}

/// Reads `id`, reporting bad and duplicate ids; `seen` maps ids to their line.
pub(super) fn unique_id(
    ctx: &mut Ctx,
    t: &Table,
    seen: &mut HashMap<String, Option<usize>>,
) -> Option<String> {
    let id = ctx.req_str(t, "id")?;
    if !is_identifier(&id) {
        ctx.err(
            t,
            "id",
            format!("{id:?} may only contain letters, digits, '-', '_' and '.'"),
        );
        return None;
    }
    let line = t.entry("id").and_then(|e| e.line);
    if let Some(first) = seen.insert(id.clone(), line) {
        let at = first
            .map(|l| format!(" (first at line {l})"))
            .unwrap_or_default();
        ctx.err(t, "id", format!("duplicate id {id:?}{at}"));
        return None;
    }
    Some(id)
}

fn carriers(ctx: &mut Ctx, cat: &Table) -> Vec<Carrier> {
    if !ctx.require(cat, "carriers") {
        return Vec::new();
    }
    let mut seen = HashMap::new();
    let mut out = Vec::new();
    let keys = ["id", "name", "name_ja", "data_carries_over", "numbers_020"];
    for t in ctx.tables(cat, "carriers", &keys) {
        let id = unique_id(ctx, &t, &mut seen);
        let name = ctx.req_str(&t, "name");
        let name_ja = ctx.opt_str(&t, "name_ja");
        let data_carries_over = ctx.opt_bool(&t, "data_carries_over").unwrap_or(false);
        let numbers_020 = ctx.opt_bool(&t, "numbers_020").unwrap_or(false);
        if let (Some(id), Some(name)) = (id, name) {
            out.push(Carrier {
                id,
                name,
                name_ja,
                data_carries_over,
                numbers_020,
            });
        }
    }
    out
}

/// `key = { ja = "…", en = "…" }`: one non-empty name per offered language, each missing one
/// reported at its own path (`catalogue.plans[0].name.ko`).
pub(super) fn names(
    ctx: &mut Ctx,
    t: &Table,
    key: &str,
    offered: Option<&[&str]>,
) -> Option<Names> {
    let known: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
    let (allowed, required) = match offered {
        Some(o) => (o.to_vec(), o.to_vec()),
        None => (known, Vec::new()),
    };
    if !ctx.require(t, key) {
        return None;
    }
    if let Some(Kind::Str(s)) = t.entry(key).map(|e| &e.node.kind) {
        let example: Vec<String> = allowed.iter().map(|l| format!("{l} = \"…\"")).collect();
        ctx.err(
            t,
            key,
            format!(
                "{s:?} is a single name; give one per offered language: {key} = {{ {} }}",
                example.join(", ")
            ),
        );
        return None;
    }
    let nt = ctx.table(t, key, &allowed);
    let entries = nt.entries?;
    let before = ctx.error_count();
    for &lang in &required {
        if !nt.has(lang) {
            ctx.err(&nt, lang, "missing: every offered language needs a name");
        }
    }
    let mut pairs = Vec::new();
    for e in entries {
        let Some(&lang) = allowed.iter().find(|l| **l == e.key) else {
            continue; // reported by `ctx.table` as an unknown key
        };
        match ctx.req_str(&nt, lang) {
            Some(s) if s.trim().is_empty() => ctx.err(&nt, lang, "is empty"),
            Some(s) => pairs.push((lang, s)),
            None => {}
        }
    }
    (ctx.error_count() == before).then(|| Names::new(pairs))
}

fn positive_u32(ctx: &mut Ctx, t: &Table, key: &str, v: i64) -> Option<u32> {
    match u32::try_from(v) {
        Ok(n) if n > 0 => Some(n),
        _ => {
            ctx.err(t, key, format!("{v} must be a positive whole number"));
            None
        }
    }
}

fn plans(ctx: &mut Ctx, cat: &Table, carriers: &[Carrier], offered: Option<&[&str]>) -> Vec<Plan> {
    if !ctx.require(cat, "plans") {
        return Vec::new();
    }
    let keys = [
        "id",
        "carrier",
        "name",
        "data_mb",
        "days",
        "price_yen",
        "periods",
        "months",
    ];
    let mut seen = HashMap::new();
    let mut out = Vec::new();
    for t in ctx.tables(cat, "plans", &keys) {
        let id = unique_id(ctx, &t, &mut seen);
        let carrier = ctx.req_str(&t, "carrier").and_then(|c| {
            if carriers.iter().any(|k| k.id == c) {
                return Some(c);
            }
            let known: Vec<&str> = carriers.iter().map(|k| k.id.as_str()).collect();
            ctx.err(
                &t,
                "carrier",
                format!(
                    "unknown carrier {c:?} (catalogue.carriers: {})",
                    known.join(", ")
                ),
            );
            None
        });
        let name = names(ctx, &t, "name", offered);
        let data = if ctx.require(&t, "data_mb") {
            match &t.entry("data_mb").map(|e| &e.node.kind) {
                Some(Kind::Str(s)) if s == "unlimited" => Some(DataAllowance::Unlimited),
                Some(Kind::Int(mb)) => {
                    positive_u32(ctx, &t, "data_mb", *mb).map(DataAllowance::Megabytes)
                }
                Some(other) => {
                    let found = match other {
                        Kind::Str(s) => format!("{s:?}"),
                        k => k.describe().to_string(),
                    };
                    ctx.err(
                        &t,
                        "data_mb",
                        format!("expected megabytes or \"unlimited\", found {found}"),
                    );
                    None
                }
                None => None,
            }
        } else {
            None
        };
        let days = ctx.req_int(&t, "days").and_then(|d| {
            if (7..=30).contains(&d) {
                Some(d as u32)
            } else {
                ctx.err(&t, "days", format!("{d} is outside 7..=30"));
                None
            }
        });
        let price = ctx.req_int(&t, "price_yen").and_then(|p| {
            if p > 0 && p <= 10_000_000 {
                Some(Yen(p))
            } else {
                ctx.err(
                    &t,
                    "price_yen",
                    format!("{p} must be between 1 and 10000000 yen"),
                );
                None
            }
        });
        if t.has("months") {
            ctx.err(&t, "months", format!("{RENAMED}; write `periods = …`"));
        }
        let periods = if ctx.require(&t, "periods") {
            periods(ctx, &t)
        } else {
            None
        };
        if let (
            Some(id),
            Some(carrier_id),
            Some(name),
            Some(data),
            Some(days),
            Some(price),
            Some(periods),
        ) = (id, carrier, name, data, days, price, periods)
        {
            out.push(Plan {
                id,
                carrier_id,
                name,
                data,
                days,
                price,
                periods,
            });
        }
    }
    out
}

fn periods(ctx: &mut Ctx, t: &Table) -> Option<Vec<u32>> {
    let list = ctx.array(t, "periods", "an integer", |k| match k {
        Kind::Int(i) => Some(*i),
        _ => None,
    })?;
    if list.is_empty() {
        ctx.err(t, "periods", "must list at least one period count");
        return None;
    }
    let mut out: Vec<u32> = Vec::new();
    for m in list {
        if !(1..=24).contains(&m) {
            ctx.err(t, "periods", format!("{m} is outside 1..=24"));
            return None;
        }
        if out.contains(&(m as u32)) {
            ctx.err(t, "periods", format!("{m} is listed twice"));
            return None;
        }
        out.push(m as u32);
    }
    out.sort_unstable();
    Some(out)
}

fn tiers(ctx: &mut Ctx, cat: &Table) -> Vec<MultiPeriodTier> {
    let mut seen: HashMap<i64, Option<usize>> = HashMap::new();
    let mut out = Vec::new();
    for t in ctx.tables(cat, "multi_period", &["periods", "percent"]) {
        let periods = ctx.req_int(&t, "periods").and_then(|m| {
            if !(2..=24).contains(&m) {
                ctx.err(&t, "periods", format!("{m} is outside 2..=24"));
                return None;
            }
            if let Some(first) = seen.insert(m, t.entry("periods").and_then(|e| e.line)) {
                let at = first
                    .map(|l| format!(" (first at line {l})"))
                    .unwrap_or_default();
                ctx.err(
                    &t,
                    "periods",
                    format!("a tier for {m} periods already exists{at}"),
                );
                return None;
            }
            Some(m as u32)
        });
        let percent = ctx
            .req_int(&t, "percent")
            .and_then(|p| percent(ctx, &t, "percent", p));
        if let (Some(periods), Some(percent)) = (periods, percent) {
            out.push(MultiPeriodTier { periods, percent });
        }
    }
    out
}
