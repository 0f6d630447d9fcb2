//! `[[catalogue.promotions]]`: a discount on some plans during a JST window, named per language.

use super::catalogue::{names, unique_id};
use super::read::{Ctx, Table};
use super::tree::Kind;
use crate::domain::promotion::{jst, jst_midnight};
use crate::domain::{Plan, Promotion, PromotionKind, Yen};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use std::collections::HashMap;

pub(super) fn percent(ctx: &mut Ctx, t: &Table, key: &str, p: i64) -> Option<u32> {
    if (1..=99).contains(&p) {
        Some(p as u32)
    } else {
        ctx.err(t, key, format!("{p} is outside 1..=99"));
        None
    }
}

pub(super) fn promotions(
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
