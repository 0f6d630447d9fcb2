//! Out of service on/off (kept across restarts: the audit trail is the record), and leaving
//! the kiosk: stopping the program, the only way out of the full-screen window.

use super::view::{banner, busy, header};
use super::{Message, Page, State};
use crate::ui::ctx::{BODY, Ctx};
use crate::ui::screen::{action, page};
use crate::ui::theme::{GAP, Role};
use crate::ui::widget::{alert, big, card};
use iced::Element;
use iced::widget::column;

pub(super) fn view<'a>(state: &'a State, ctx: &Ctx<'a>) -> Element<'a, Message> {
    let mut body = column![header(state, ctx)].spacing(GAP);
    if let Some(notice) = &state.notice {
        body = body.push(banner(ctx, notice));
    }
    if let Some(b) = busy(state, ctx) {
        body = body.push(b);
    }
    let idle = !state.busy;
    let (now, toggle, role, on) = match state.out_of_service {
        Some(true) => ("op-service-off", "op-service-turn-on", Role::Primary, false),
        Some(false) => ("op-service-on", "op-service-turn-off", Role::Danger, true),
        None => ("op-loading", "op-service-turn-off", Role::Danger, true),
    };
    body = body
        .push(card(ctx, ctx.heading(ctx.tr(now), BODY)))
        .push(big(
            ctx,
            ctx.tr(toggle),
            role,
            (idle && state.out_of_service.is_some()).then_some(Message::SetOutOfService(on)),
        ))
        .push(ctx.muted(ctx.tr("op-service-explain"), BODY));
    body = body.push(ctx.heading(ctx.tr("op-quit-title"), BODY));
    if state.quit_asked {
        body = body.push(alert(ctx, ctx.tr("op-quit-confirm")));
        body = body.push(
            iced::widget::row![
                big(
                    ctx,
                    ctx.tr("op-cancel"),
                    Role::Secondary,
                    Some(Message::CancelConfirm)
                ),
                big(
                    ctx,
                    ctx.tr("op-quit-yes"),
                    Role::Danger,
                    idle.then_some(Message::Quit)
                ),
            ]
            .spacing(GAP),
        );
    } else {
        body = body
            .push(ctx.muted(ctx.tr("op-quit-explain"), BODY))
            .push(big(
                ctx,
                ctx.tr("op-quit"),
                Role::Danger,
                idle.then_some(Message::AskQuit),
            ));
    }
    page(
        ctx,
        ctx.tr("op-service-title"),
        body,
        vec![action(
            ctx,
            "op-back",
            Role::Secondary,
            Some(Message::Go(Page::Home)),
        )],
    )
}
