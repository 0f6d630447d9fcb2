//! Pay with a QR wallet: the code large, the amount, the accepted wallets by name, the time the
//! code has left, and cancel (which withdraws the code; a payment that still arrives is given
//! back, docs/PAYMENT-COMMIT.md §QR wallets).

use super::super::ctx::{BODY, Ctx, SMALL, TITLE};
use super::super::theme::{GAP, Role};
use super::super::widget::card;
use super::receipt::qr_code_block;
use super::{Action, action, page};
use crate::domain::Yen;
use crate::flow::Event;
use iced::widget::{center, column, container, qr_code, row};
use iced::{Alignment, Element, Length};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    Cancel,
}

pub fn update(message: Message) -> Action {
    match message {
        Message::Cancel => Action::Flow(Event::Cancel),
    }
}

/// `m:ss`, the same in every language.
pub fn time_left(secs: u64) -> String {
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// The QR screen. `wallets` are the accepted wallets' names as their marks spell them.
pub fn view<'a>(
    ctx: &Ctx<'a>,
    amount: Yen,
    code: &'a qr_code::Data,
    wallets: &[&str],
    secs_left: u64,
) -> Element<'a, Message> {
    // As large as the body allows: portrait stacks the code under the amount; landscape (half
    // the height) puts the code beside the words.
    // Large text in portrait needs the height for its words: the code stays well above the
    // size a phone camera reads from arm's length.
    let size = match (ctx.portrait, ctx.prefs.large_text) {
        (true, false) => 620.0,
        (true, true) => 460.0,
        (false, _) => 520.0,
    };
    let amount = card(
        ctx,
        column![
            ctx.muted(ctx.tr("ui-pay-amount"), BODY),
            ctx.heading(ctx.yen(amount), TITLE * 1.2)
        ]
        .spacing(8),
    );
    let qr = center(qr_code_block(code, size)).height(size + 60.0);
    let accepted = ctx.heading(
        ctx.tr_with(
            "ui-wallet-accepted",
            &[("wallets", wallets.join(" · ").into())],
        ),
        BODY,
    );
    let left = ctx.label(
        ctx.tr_with(
            "ui-wallet-time-left",
            &[("time", time_left(secs_left).into())],
        ),
        BODY,
    );
    let how = ctx.muted(ctx.tr("ui-wallet-how"), SMALL);
    let body: Element<'a, Message> = if ctx.portrait {
        column![amount, qr, accepted, left, how]
            .spacing(GAP * 1.5)
            .align_x(Alignment::Center)
            .into()
    } else {
        row![
            container(qr).width(Length::FillPortion(1)),
            column![amount, accepted, left, how]
                .spacing(GAP * 1.5)
                .width(Length::FillPortion(1)),
        ]
        .spacing(GAP * 2.0)
        .align_y(Alignment::Center)
        .into()
    };
    page(
        ctx,
        ctx.tr("ui-wallet-title"),
        body,
        vec![action(
            ctx,
            "ui-pay-cancel",
            Role::Danger,
            Some(Message::Cancel),
        )],
    )
}

#[cfg(test)]
mod tests {
    use super::time_left;

    #[test]
    fn time_left_is_minutes_and_two_digit_seconds() {
        assert_eq!(time_left(300), "5:00");
        assert_eq!(time_left(59), "0:59");
        assert_eq!(time_left(61), "1:01");
    }
}
