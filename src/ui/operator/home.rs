//! Operator home: how each device is (card terminal, printer, paper, carrier backend), whether
//! the kiosk sells, and the way to every staff screen.

use super::view::{banner, fact, header, jst_time, pill};
use super::{DeviceStatus, Message, Page, State};
use crate::payment::TerminalHealth;
use crate::printer::PaperLevel;
use crate::ui::ctx::{BODY, Ctx, SMALL};
use crate::ui::screen::{action, page};
use crate::ui::theme::{GAP, Role};
use crate::ui::widget::card;
use iced::widget::{Column, column};
use iced::{Element, Length};

/// One device's line: its name, and how it is in words the operator can act on.
fn status_lines<'a>(ctx: &Ctx<'a>, s: &DeviceStatus) -> Vec<Element<'a, Message>> {
    let terminal = match &s.terminal {
        Ok(TerminalHealth::Ready) => ctx.tr("op-ok"),
        Ok(TerminalHealth::NotReady { result_code }) => ctx.tr_with(
            "op-terminal-not-ready",
            &[("code", format!("{result_code:02X}").into())],
        ),
        Err(e) => ctx.tr_with("op-no-answer", &[("error", e.clone().into())]),
    };
    let (printer, paper) = match &s.printer {
        Ok(p) => {
            let printer = if !p.online {
                ctx.tr("op-printer-offline")
            } else if p.cover_open {
                ctx.tr("op-printer-cover-open")
            } else if let Some(e) = &p.error {
                ctx.tr_with("op-printer-error", &[("error", e.clone().into())])
            } else {
                ctx.tr("op-ok")
            };
            let paper = match p.paper {
                PaperLevel::Ok => ctx.tr("op-paper-ok"),
                PaperLevel::NearEnd => ctx.tr("op-paper-near-end"),
                PaperLevel::Out => ctx.tr("op-paper-out"),
            };
            (printer, paper)
        }
        Err(e) => (
            ctx.tr_with("op-no-answer", &[("error", e.clone().into())]),
            ctx.tr("op-unknown"),
        ),
    };
    let carrier = match s.last_renewal {
        Some(at) => ctx.tr_with(
            "op-carrier-last",
            &[
                ("backend", s.carrier.clone().into()),
                ("time", jst_time(ctx, at).into()),
            ],
        ),
        None => ctx.tr_with("op-carrier-none", &[("backend", s.carrier.clone().into())]),
    };
    let service = match &s.out_of_service {
        Ok(true) => ctx.tr("op-service-off"),
        Ok(false) => ctx.tr("op-service-on"),
        Err(e) => e.clone(),
    };
    vec![
        fact(ctx, ctx.tr("op-terminal"), terminal),
        fact(ctx, ctx.tr("op-printer"), printer),
        fact(ctx, ctx.tr("op-paper"), paper),
        fact(ctx, ctx.tr("op-carrier"), carrier),
        fact(ctx, ctx.tr("op-service"), service),
    ]
}

pub(super) fn view<'a>(state: &'a State, ctx: &Ctx<'a>) -> Element<'a, Message> {
    let mut body = column![header(state, ctx)].spacing(GAP);
    if let Some(notice) = &state.notice {
        body = body.push(banner(ctx, notice));
    }
    let devices: Element<'a, Message> = match &state.status {
        Some(s) => Column::with_children(status_lines(ctx, s))
            .spacing(GAP)
            .into(),
        None => ctx.muted(ctx.tr("op-loading"), BODY).into(),
    };
    body = body.push(card(ctx, devices));
    body = body.push(pill(
        ctx,
        ctx.tr("op-refresh"),
        ctx.font(),
        Role::Secondary,
        Some(Message::Refresh),
    ));
    let pending = state
        .status
        .as_ref()
        .and_then(|s| s.pending.as_ref().ok().copied());
    let decisions = match pending {
        Some(n) => ctx.tr_with("op-menu-decisions-count", &[("count", n.into())]),
        None => ctx.tr("op-menu-decisions"),
    };
    let menu = [
        (decisions, Page::Decisions, pending.is_some_and(|n| n > 0)),
        (ctx.tr("op-menu-reprint"), Page::Reprint, false),
        (ctx.tr("op-menu-end-of-day"), Page::EndOfDay, false),
        (ctx.tr("op-menu-service"), Page::Service, false),
    ];
    let mut items = Column::new().spacing(GAP);
    for (label, target, urgent) in menu {
        let role = if urgent {
            Role::Danger
        } else {
            Role::Secondary
        };
        items = items.push(
            crate::ui::widget::big(ctx, label, role, Some(Message::Go(target))).width(Length::Fill),
        );
    }
    body = body.push(items);
    body = body.push(ctx.muted(ctx.tr("op-idle-hint"), SMALL));
    page(
        ctx,
        ctx.tr("op-home-title"),
        body,
        vec![action(ctx, "op-leave", Role::Primary, Some(Message::Leave))],
    )
}
