//! The `[catalogue]` section: carriers, plans, multi-period tiers and promotions.
//!
//! Every reference is checked here with its line, so `Catalogue::new` should never refuse what
//! this module accepts; if it does, its errors are reported at the `[catalogue]` line.

use super::read::{Ctx, Table};
use super::sections::is_identifier;
use super::tree::Kind;
use crate::domain::promotion::{jst, jst_midnight};
use crate::domain::{
    Carrier, Catalogue, DataAllowance, MultiPeriodTier, Names, Plan, Promotion, PromotionKind, Yen,
};
use crate::i18n::Lang;
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use std::collections::HashMap;

/// Keys renamed when "months" became "periods": a plan is sold in periods of `days`, never in
/// calendar months. The old spelling gets an error that says what to write instead.
const RENAMED: &str = "renamed: a plan is sold in periods of `days`, not calendar months";

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
fn unique_id(
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
    let keys = ["id", "name", "name_ja", "data_carries_over"];
    for t in ctx.tables(cat, "carriers", &keys) {
        let id = unique_id(ctx, &t, &mut seen);
        let name = ctx.req_str(&t, "name");
        let name_ja = ctx.opt_str(&t, "name_ja");
        let data_carries_over = ctx.opt_bool(&t, "data_carries_over").unwrap_or(false);
        if let (Some(id), Some(name)) = (id, name) {
            out.push(Carrier {
                id,
                name,
                name_ja,
                data_carries_over,
            });
        }
    }
    out
}

/// `key = { ja = "…", en = "…" }`: one non-empty name per offered language, each missing one
/// reported at its own path (`catalogue.plans[0].name.ko`).
fn names(ctx: &mut Ctx, t: &Table, key: &str, offered: Option<&[&str]>) -> Option<Names> {
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

fn percent(ctx: &mut Ctx, t: &Table, key: &str, p: i64) -> Option<u32> {
    if (1..=99).contains(&p) {
        Some(p as u32)
    } else {
        ctx.err(t, key, format!("{p} is outside 1..=99"));
        None
    }
}

fn promotions(
    ctx: &mut Ctx,
    cat: &Table,
    plans: &[Plan],
    offered: Option<&[&str]>,
) -> Vec<Promotion> {
    let keys = [
        "id",
        "name",
        "percent_off",
        "yen_off",
        "plans",
        "start",
        "end",
        "stackable",
    ];
    let mut seen = HashMap::new();
    let mut out = Vec::new();
    for t in ctx.tables(cat, "promotions", &keys) {
        let id = unique_id(ctx, &t, &mut seen);
        let name = names(ctx, &t, "name", offered);
        let kind = match (ctx.opt_int(&t, "percent_off"), ctx.opt_int(&t, "yen_off")) {
            (Some(_), Some(_)) => {
                ctx.err(&t, "yen_off", "give percent_off or yen_off, not both");
                None
            }
            (Some(p), None) => percent(ctx, &t, "percent_off", p).map(PromotionKind::Percent),
            (None, Some(y)) if y > 0 => Some(PromotionKind::Fixed(Yen(y))),
            (None, Some(y)) => {
                ctx.err(
                    &t,
                    "yen_off",
                    format!("{y} must be a positive number of yen"),
                );
                None
            }
            (None, None) if t.has("percent_off") || t.has("yen_off") => None,
            (None, None) => {
                ctx.err(&t, "percent_off", "missing: give percent_off or yen_off");
                None
            }
        };
        let applies = promo_plans(ctx, &t, plans);
        let start = ctx
            .require(&t, "start")
            .then(|| instant(ctx, &t, "start"))
            .flatten();
        let end = ctx
            .require(&t, "end")
            .then(|| instant(ctx, &t, "end"))
            .flatten();
        if let (Some(s), Some(e)) = (start, end)
            && s >= e
        {
            ctx.err(&t, "end", "must be after start");
            continue;
        }
        let stackable = ctx.opt_bool(&t, "stackable").unwrap_or(false);
        if let (Some(id), Some(name), Some(kind), Some(plans), Some(start), Some(end)) =
            (id, name, kind, applies, start, end)
        {
            out.push(Promotion {
                id,
                name,
                kind,
                plans,
                start,
                end,
                stackable,
            });
        }
    }
    out
}

/// `plans`: absent means every plan; otherwise a non-empty list of known plan ids.
fn promo_plans(ctx: &mut Ctx, t: &Table, plans: &[Plan]) -> Option<Option<Vec<String>>> {
    if !t.has("plans") {
        return Some(None);
    }
    let ids = ctx.array(t, "plans", "a plan id (string)", |k| match k {
        Kind::Str(s) => Some(s.clone()),
        _ => None,
    })?;
    if ids.is_empty() {
        ctx.err(t, "plans", "is empty; leave it out to mean every plan");
        return None;
    }
    let mut ok = true;
    for id in &ids {
        if !plans.iter().any(|p| &p.id == id) {
            ctx.err(t, "plans", format!("unknown plan {id:?}"));
            ok = false;
        }
    }
    ok.then_some(Some(ids))
}

/// A TOML date-time (or string) as an instant: with an offset as given; without one, or a plain
/// date (meaning 00:00), in JST.
fn instant(ctx: &mut Ctx, t: &Table, key: &str) -> Option<DateTime<Utc>> {
    let e = t.entry(key)?;
    let text = match &e.node.kind {
        Kind::DateTime(s) | Kind::Str(s) => s.clone(),
        other => {
            ctx.err(
                t,
                key,
                format!("expected a date or date-time, found {}", other.describe()),
            );
            return None;
        }
    };
    let parsed = parse_instant(&text);
    if parsed.is_none() {
        ctx.err(
            t,
            key,
            format!("{text:?} is not a date (2026-12-01) or date-time (2026-12-01T00:00:00+09:00)"),
        );
    }
    parsed
}

pub(crate) fn parse_instant(text: &str) -> Option<DateTime<Utc>> {
    if let Ok(dt) = DateTime::parse_from_rfc3339(text) {
        return Some(dt.with_timezone(&Utc));
    }
    if let Ok(d) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(jst_midnight(d));
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%.f",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(text, fmt) {
            return jst()
                .from_local_datetime(&naive)
                .single()
                .map(|d| d.with_timezone(&Utc));
        }
    }
    None
}
