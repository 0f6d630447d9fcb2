//! Out of service: why, in every language at once (the customer has not picked one).

use super::super::ctx::{BODY, Ctx, TITLE};
use super::super::theme::GAP;
use crate::flow::OutOfServiceReason;
use crate::i18n::Lang;
use iced::widget::{Column, center, column};
use iced::{Alignment, Element};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {}

fn reason_id(reason: &OutOfServiceReason) -> &'static str {
    match reason {
        OutOfServiceReason::TerminalUnavailable => "ui-oos-terminal",
        OutOfServiceReason::PrinterUnavailable => "ui-oos-printer",
        OutOfServiceReason::CarrierUnavailable => "ui-oos-carrier",
        OutOfServiceReason::Operator => "ui-oos-operator",
    }
}

pub fn view<'a>(
    ctx: &Ctx<'a>,
    langs: &[Lang],
    reason: &OutOfServiceReason,
) -> Element<'a, Message> {
    let mut all = Column::new().spacing(GAP * 2.0).align_x(Alignment::Center);
    for &lang in langs {
        let l = ctx.in_lang(lang);
        all = all.push(
            column![
                l.heading(l.tr("ui-oos-title"), TITLE * 0.8),
                l.label(l.tr(reason_id(reason)), BODY)
            ]
            .spacing(4)
            .align_x(Alignment::Center),
        );
    }
    center(all).padding(48).into()
}
