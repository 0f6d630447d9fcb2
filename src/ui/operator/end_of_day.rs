//! End of day: the card terminal closes its day (ZVT `06 50`) and the kiosk prints and stores
//! its own daily report. Shows what each part did; the report is stored even if one failed.

use super::view::{busy, fact, header};
use super::{Message, Page, State};
use crate::domain::Yen;
use crate::engine::wallet::method_label;
use crate::ops::report::Tally;
use crate::ui::ctx::{BODY, Ctx, SMALL};
use crate::ui::screen::{action, page};
use crate::ui::theme::{GAP, Role};
use crate::ui::widget::{alert, big, card};
use iced::Element;
use iced::widget::{Column, column};

pub(super) fn view<'a>(state: &'a State, ctx: &Ctx<'a>) -> Element<'a, Message> {
    let mut body = column![header(state, ctx)].spacing(GAP);
    body = body.push(ctx.label(ctx.tr("op-eod-explain"), BODY));
    if let Some(b) = busy(state, ctx) {
        body = body.push(b);
    }
    match &state.end_of_day {
        None => {}
        Some(Err(e)) => {
            body = body.push(alert(ctx, format!("{}\n{e}", ctx.tr("op-action-failed"))))
        }
        Some(Ok(eod)) => {
            let terminal = match &eod.terminal {
                Ok(_) => ctx.tr("op-eod-terminal-closed"),
                Err(e) => ctx.tr_with("op-eod-terminal-failed", &[("error", e.clone().into())]),
            };
            let printed = if eod.printed {
                ctx.tr("op-eod-printed")
            } else {
                ctx.tr("op-eod-not-printed")
            };
            let r = &eod.report;
            let mut lines = Column::new().spacing(GAP);
            lines = lines
                .push(fact(ctx, ctx.tr("op-eod-day"), ctx.date(r.day)))
                .push(fact(ctx, ctx.tr("op-eod-terminal"), terminal))
                .push(fact(ctx, ctx.tr("op-eod-slip"), printed))
                .push(fact(
                    ctx,
                    ctx.tr("op-eod-transactions"),
                    r.transactions.to_string(),
                ))
                .push(fact(
                    ctx,
                    ctx.tr("op-eod-renewals"),
                    ctx.tr_with(
                        "op-eod-count-amount",
                        &[
                            ("count", r.renewals.count.into()),
                            ("amount", ctx.yen(Yen(r.renewals.total_yen)).into()),
                        ],
                    ),
                ))
                // With QR wallet sales the renewals split: the card's share is the terminal's
                // batch; each wallet's is settled by its provider, outside that batch.
                .extend((!r.by_wallet.is_empty()).then(|| {
                    fact(
                        ctx,
                        ctx.tr("op-eod-card"),
                        count_amount(ctx, &r.card_renewals()),
                    )
                }))
                .extend(r.by_wallet.iter().map(|(method, t)| {
                    fact(
                        ctx,
                        ctx.tr_with(
                            "op-eod-wallet",
                            &[("method", method_label(method).to_owned().into())],
                        ),
                        count_amount(ctx, t),
                    )
                }))
                .push(fact(
                    ctx,
                    ctx.tr("op-eod-reversals"),
                    ctx.tr_with(
                        "op-eod-count-amount",
                        &[
                            ("count", r.reversals.count.into()),
                            ("amount", ctx.yen(Yen(r.reversals.total_yen)).into()),
                        ],
                    ),
                ))
                .push(fact(
                    ctx,
                    ctx.tr("op-eod-open"),
                    r.open_decisions.to_string(),
                ));
            let summary = if eod.complete() {
                ctx.tr("op-eod-complete")
            } else {
                ctx.tr("op-eod-incomplete")
            };
            body = body
                .push(ctx.heading(summary, BODY))
                .push(card(ctx, lines))
                .push(ctx.muted(
                    ctx.tr_with("op-eod-stored", &[("id", eod.audit_id.into())]),
                    SMALL,
                ));
        }
    }
    if state.eod_asked {
        // It closes the terminal's day for good: a second, explicit tap.
        body = body.push(alert(ctx, ctx.tr("op-eod-confirm")));
        return page(
            ctx,
            ctx.tr("op-eod-title"),
            body,
            vec![
                action(
                    ctx,
                    "op-cancel",
                    Role::Secondary,
                    Some(Message::CancelConfirm),
                ),
                action(
                    ctx,
                    "op-eod-confirm-run",
                    Role::Danger,
                    (!state.busy).then_some(Message::EndOfDay),
                ),
            ],
        );
    }
    // Done for today: the button stays, drawn disabled, so staff see it cannot run twice.
    body = body.push(big(
        ctx,
        ctx.tr("op-eod-run"),
        Role::Primary,
        (!state.busy && !state.end_of_day_done()).then_some(Message::AskEndOfDay),
    ));
    page(
        ctx,
        ctx.tr("op-eod-title"),
        body,
        vec![action(
            ctx,
            "op-back",
            Role::Secondary,
            Some(Message::Go(Page::Home)),
        )],
    )
}

/// "3 / ¥5,940".
fn count_amount(ctx: &Ctx<'_>, t: &Tally) -> String {
    ctx.tr_with(
        "op-eod-count-amount",
        &[
            ("count", t.count.into()),
            ("amount", ctx.yen(Yen(t.total_yen)).into()),
        ],
    )
}
