//! Reprint: the last receipt with one tap, or any of the recent ones. Printed marked as a
//! reprint, in the customer's language; an owed receipt is thereby delivered.

use super::decisions::wallet_line;
use super::view::{banner, busy, header, jst_time, state_name};
use super::{Message, Page, State};
use crate::domain::Yen;
use crate::ui::ctx::{BODY, Ctx, SMALL};
use crate::ui::screen::{action, page};
use crate::ui::theme::{self, GAP, Role};
use crate::ui::widget::{alert, big, card};
use iced::widget::{button, column};
use iced::{Element, Length};

pub(super) fn view<'a>(state: &'a State, ctx: &Ctx<'a>) -> Element<'a, Message> {
    let mut body = column![header(state, ctx)].spacing(GAP);
    if let Some(notice) = &state.notice {
        body = body.push(banner(ctx, notice));
    }
    if let Some(b) = busy(state, ctx) {
        body = body.push(b);
    }
    let idle = !state.busy;
    match &state.receipts {
        None => body = body.push(ctx.muted(ctx.tr("op-loading"), BODY)),
        Some(Err(e)) => body = body.push(alert(ctx, e.clone())),
        Some(Ok(rows)) if rows.is_empty() => {
            body = body.push(card(ctx, ctx.label(ctx.tr("op-reprint-none"), BODY)))
        }
        Some(Ok(rows)) => {
            // The journal lists newest first: the first row is the last receipt.
            body = body.push(big(
                ctx,
                ctx.tr("op-reprint-last"),
                Role::Primary,
                idle.then(|| Message::Reprint(rows[0].id.clone())),
            ));
            body = body.push(ctx.heading(ctx.tr("op-reprint-recent"), BODY));
            for r in rows {
                let title = format!(
                    "{} · {}",
                    jst_time(ctx, r.created_at),
                    ctx.yen(Yen(r.total_yen))
                );
                let sub = format!("{} · {}", r.sim_masked, state_name(ctx, r.state));
                let mut content = column![ctx.heading(title, BODY), ctx.muted(sub, SMALL)];
                if let Some(w) = &r.wallet {
                    // The receipt names the wallet and its payment id: so does its row.
                    content = content.push(ctx.muted(wallet_line(w), SMALL));
                }
                body = body.push(
                    button(content.spacing(4))
                        .padding(24)
                        .width(Length::Fill)
                        .style(theme::button_style(ctx.prefs, Role::Secondary))
                        .on_press_maybe(idle.then(|| Message::Reprint(r.id.clone()))),
                );
            }
        }
    }
    page(
        ctx,
        ctx.tr("op-reprint-title"),
        body,
        vec![action(
            ctx,
            "op-back",
            Role::Secondary,
            Some(Message::Go(Page::Home)),
        )],
    )
}
