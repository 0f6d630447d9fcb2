//! Transactions whose outcome needs a decision: the list, and one transaction with everything
//! the journal knows (amount, masked card number, approval code, history) and the actions that
//! are safe on it. Retry and reverse ask to confirm; resolve asks for a note.

use super::view::{banner, busy, fact, header, jst_time, state_name};
use super::{Message, Page, Settle, State};
use crate::domain::Yen;
use crate::engine::wallet::{WITHDRAWN, method_label};
use crate::journal::WalletRef;
use crate::ops::{OperatorAction, PendingDecision};
use crate::ui::ctx::{BODY, Ctx, SMALL};
use crate::ui::screen::{action, page};
use crate::ui::theme::{self, GAP, Role};
use crate::ui::widget::{alert, badge, big, card};
use iced::widget::{Column, button, column, scrollable};
use iced::{Element, Length};

pub(super) fn list<'a>(state: &'a State, ctx: &Ctx<'a>) -> Element<'a, Message> {
    let mut body = column![header(state, ctx)].spacing(GAP);
    if let Some(notice) = &state.notice {
        body = body.push(banner(ctx, notice));
    }
    match &state.decisions {
        None => body = body.push(ctx.muted(ctx.tr("op-loading"), BODY)),
        Some(Err(e)) => body = body.push(alert(ctx, e.clone())),
        Some(Ok(list)) if list.is_empty() => {
            body = body.push(card(ctx, ctx.label(ctx.tr("op-decisions-none"), BODY)))
        }
        Some(Ok(list)) => {
            for d in list {
                body = body.push(row_button(ctx, d));
            }
        }
    }
    page(
        ctx,
        ctx.tr("op-decisions-title"),
        body,
        vec![action(
            ctx,
            "op-back",
            Role::Secondary,
            Some(Message::Go(Page::Home)),
        )],
    )
}

/// One transaction in the list: state, amount, SIM and time; a tap opens it. A QR wallet's row
/// names the wallet, what its provider last said and the provider's payment id; one whose
/// payment only the provider can settle is framed apart, under a "waiting for" badge.
fn row_button<'a>(ctx: &Ctx<'a>, d: &PendingDecision) -> Element<'a, Message> {
    let title = format!(
        "{} · {}",
        state_name(ctx, d.state),
        ctx.yen(Yen(d.total_yen))
    );
    let when = format!("{} · {}", jst_time(ctx, d.created_at), d.sim_masked);
    let mut content = Column::new().spacing(4);
    let waiting = d.waiting_for == "provider";
    if let (true, Some(w)) = (waiting, &d.wallet) {
        content = content.push(badge(
            ctx,
            ctx.tr_with(
                "op-decision-waiting-badge",
                &[("method", method_label(&w.method).to_owned().into())],
            ),
        ));
    }
    content = content.push(ctx.heading(title, BODY));
    match &d.wallet {
        Some(w) => {
            content = content
                .push(ctx.muted(when, SMALL))
                .push(ctx.muted(wallet_line(w), SMALL));
        }
        None => {
            let card = d.masked_pan.clone().unwrap_or_else(|| "-".to_owned());
            content = content.push(ctx.muted(format!("{when} · {card}"), SMALL));
        }
    }
    if waiting {
        content = content.push(ctx.muted(waiting_for_provider(ctx, d), SMALL));
    } else if d.in_progress {
        content = content.push(ctx.muted(ctx.tr("op-decision-in-progress"), SMALL));
    }
    let prefs = ctx.prefs;
    let plain = theme::button_style(prefs, Role::Secondary);
    button(content)
        .padding(24)
        .width(Length::Fill)
        .style(move |t: &iced::Theme, status| {
            let mut style = plain(t, status);
            if waiting {
                // Framed in the badge's colour, twice as thick: it reads apart from the card rows.
                style.border.color = prefs.colors().badge;
                style.border.width *= 2.0;
            }
            style
        })
        .on_press(Message::Open(d.id.clone()))
        .into()
}

/// A wallet payment in one line: the method, the provider's last status and its payment id
/// (when the provider has given one).
pub(super) fn wallet_line(w: &WalletRef) -> String {
    let mut parts = vec![
        method_label(&w.method).to_owned(),
        w.status.clone().unwrap_or_else(|| "-".to_owned()),
    ];
    parts.extend(w.payment_id.clone());
    parts.join(" · ")
}

pub(super) fn detail<'a>(state: &'a State, ctx: &Ctx<'a>) -> Element<'a, Message> {
    let mut body = column![header(state, ctx)].spacing(GAP);
    if let Some(notice) = &state.notice {
        body = body.push(banner(ctx, notice));
    }
    if let Some(b) = busy(state, ctx) {
        body = body.push(b);
    }
    let Some(d) = state.opened() else {
        body = body.push(ctx.muted(ctx.tr("op-loading"), BODY));
        return page(ctx, ctx.tr("op-decision-title"), body, vec![back(ctx)]);
    };
    if let (true, Some(w)) = (d.waiting_for == "provider", &d.wallet) {
        body = body.push(badge(
            ctx,
            ctx.tr_with(
                "op-decision-waiting-badge",
                &[("method", method_label(&w.method).to_owned().into())],
            ),
        ));
    }
    body = body.push(card(ctx, facts(ctx, d)));
    let mut history = Column::new().spacing(8);
    for e in &d.history {
        let from = e.from.map(|s| state_name(ctx, s)).unwrap_or_default();
        let step = if from.is_empty() {
            state_name(ctx, e.to)
        } else {
            format!("{from} → {}", state_name(ctx, e.to))
        };
        let mut entry = column![ctx.label(format!("{} {step}", jst_time(ctx, e.at)), SMALL)];
        if let Some(note) = &e.detail.note {
            entry = entry.push(ctx.muted(note.clone(), SMALL));
        }
        history = history.push(entry);
    }
    let mut buttons = vec![back(ctx)];
    if let Some(kind) = state.confirm {
        let question = match (kind, &d.wallet) {
            (Settle::Retry, _) => ctx.tr("op-confirm-retry"),
            (Settle::Reverse, None) => ctx.tr("op-confirm-reverse"),
            (Settle::Reverse, Some(w)) => ctx.tr_with(
                "op-confirm-reverse-wallet",
                &[("method", method_label(&w.method).to_owned().into())],
            ),
        };
        let yes = match kind {
            Settle::Retry => "op-action-retry",
            Settle::Reverse => "op-action-reverse",
        };
        body = body.push(alert(ctx, question));
        buttons = vec![
            action(
                ctx,
                "op-cancel",
                Role::Secondary,
                Some(Message::CancelConfirm),
            ),
            action(ctx, yes, Role::Danger, Some(Message::Confirm)),
        ];
    } else if d.actions.is_empty() {
        let why = if d.waiting_for == "provider" {
            waiting_for_provider(ctx, d)
        } else if d.in_progress {
            ctx.tr("op-decision-in-progress")
        } else {
            ctx.tr("op-decision-no-action")
        };
        body = body.push(ctx.muted(why, BODY));
    } else {
        let idle = !state.busy;
        let mut actions = Column::new().spacing(GAP);
        for a in &d.actions {
            let (id, role, message) = match a {
                OperatorAction::Retry => (
                    "op-action-retry",
                    Role::Primary,
                    Message::Settle(Settle::Retry),
                ),
                OperatorAction::Reverse => (
                    "op-action-reverse",
                    Role::Danger,
                    Message::Settle(Settle::Reverse),
                ),
                OperatorAction::Resolve => (
                    "op-action-resolve",
                    Role::Secondary,
                    Message::Go(Page::Note),
                ),
                OperatorAction::Reprint => (
                    "op-action-reprint",
                    Role::Secondary,
                    Message::Reprint(d.id.clone()),
                ),
            };
            actions = actions.push(big(ctx, ctx.tr(id), role, idle.then_some(message)));
        }
        body = body.push(actions);
    }
    // The history last: it is the longest part and the actions must stay in reach.
    body = body.push(ctx.heading(ctx.tr("op-history"), BODY));
    body = body.push(card(ctx, history));
    // Staff pages may scroll (customer pages never do): a long history, or large text, once ran
    // the page under the action bar, squeezed the last action and left the history no room.
    let body = scrollable(body.width(Length::Fill))
        .spacing(GAP)
        .height(Length::Fill);
    page(ctx, ctx.tr("op-decision-title"), body, buttons)
}

fn back<'a>(ctx: &Ctx<'a>) -> Element<'a, Message> {
    action(
        ctx,
        "op-back",
        Role::Secondary,
        Some(Message::Go(Page::Decisions)),
    )
}

/// What the journal knows about the transaction.
fn facts<'a>(ctx: &Ctx<'a>, d: &PendingDecision) -> Element<'a, Message> {
    let none = || "-".to_owned();
    let amount = ctx.tr_with(
        "op-amount-value",
        &[
            ("amount", ctx.yen(Yen(d.total_yen)).into()),
            ("tax", ctx.yen(Yen(d.tax_yen)).into()),
        ],
    );
    let mut lines = vec![
        fact(ctx, ctx.tr("op-field-state"), state_name(ctx, d.state)),
        fact(ctx, ctx.tr("op-field-amount"), amount),
        fact(ctx, ctx.tr("op-field-sim"), d.sim_masked.clone()),
        fact(
            ctx,
            ctx.tr("op-field-plan"),
            format!("{} / {} × {}", d.carrier_id, d.plan_id, d.months),
        ),
    ];
    match &d.wallet {
        // Paid by a QR wallet: the provider's word, not a card terminal's.
        Some(w) => {
            lines.push(fact(
                ctx,
                ctx.tr("op-field-method"),
                method_label(&w.method).to_owned(),
            ));
            lines.push(fact(
                ctx,
                ctx.tr("op-field-wallet-status"),
                w.status.clone().unwrap_or_else(none),
            ));
            lines.push(fact(
                ctx,
                ctx.tr("op-field-wallet-payment-id"),
                w.payment_id.clone().unwrap_or_else(none),
            ));
        }
        None => {
            let card_text = match (&d.masked_pan, &d.card_name) {
                (Some(pan), Some(name)) => format!("{pan} ({name})"),
                (Some(pan), None) => pan.clone(),
                _ => none(),
            };
            lines.push(fact(
                ctx,
                ctx.tr("op-field-method"),
                ctx.tr("op-method-card"),
            ));
            lines.push(fact(ctx, ctx.tr("op-field-card"), card_text));
            lines.push(fact(
                ctx,
                ctx.tr("op-field-approval"),
                d.auth_code.clone().unwrap_or_else(none),
            ));
            lines.push(fact(
                ctx,
                ctx.tr("op-field-receipt-no"),
                d.receipt_no.map(|n| n.to_string()).unwrap_or_else(none),
            ));
        }
    }
    lines.push(fact(
        ctx,
        ctx.tr("op-field-started"),
        jst_time(ctx, d.created_at),
    ));
    if let Some(until) = d.renewed_until {
        lines.push(fact(ctx, ctx.tr("op-field-renewed-until"), ctx.date(until)));
    }
    if let Some(note) = &d.last_note {
        lines.push(fact(ctx, ctx.tr("op-field-note"), note.clone()));
    }
    // The id is long (a uuid): a line of its own, so it never runs past the card.
    lines.push(
        ctx.muted(format!("{}: {}", ctx.tr("op-field-id"), d.id), SMALL)
            .width(Length::Fill)
            .into(),
    );
    Column::with_children(lines).spacing(GAP / 2.0).into()
}

/// What a wallet row in `payment_requested` waits for: the provider's word on the payment, and
/// what the kiosk does with it. A withdrawn code's payment is given back; otherwise a paid one
/// renews the SIM. While a sale may still be showing the code, it says so instead.
fn waiting_for_provider(ctx: &Ctx<'_>, d: &PendingDecision) -> String {
    let wallet = d.wallet.as_ref();
    let method = wallet.map_or("-", |w| method_label(&w.method)).to_owned();
    let withdrawn = wallet.and_then(|w| w.status.as_deref()) == Some(WITHDRAWN);
    let id = if withdrawn {
        "op-decision-waiting-provider"
    } else if d.in_progress {
        return ctx.tr("op-decision-in-progress");
    } else {
        "op-decision-waiting-provider-renew"
    };
    ctx.tr_with(id, &[("method", method.into())])
}
