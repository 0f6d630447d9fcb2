//! Out of service: why, in every language at once (the customer has not picked one).

use super::super::ctx::{BODY, Ctx, SMALL, TITLE};
use super::super::theme::GAP;
use crate::flow::OutOfServiceReason;
use crate::i18n::Lang;
use iced::Length;
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
    // Many languages: smaller lines in columns (two in portrait, four in landscape).
    let many = langs.len() > 6;
    let (title, body) = if many {
        (BODY, SMALL)
    } else {
        (TITLE * 0.8, BODY)
    };
    let columns = match (many, ctx.portrait) {
        (false, _) => 1,
        (true, true) => 2,
        (true, false) => 4,
    };
    let per_column = langs.len().div_ceil(columns).max(1);
    let all = iced::widget::Row::with_children(langs.chunks(per_column).map(|part| {
        let mut col = Column::new()
            .spacing(GAP * 2.0)
            .align_x(Alignment::Center)
            .width(Length::FillPortion(1));
        for &lang in part {
            let l = ctx.in_lang(lang);
            col = col.push(
                column![
                    l.heading(l.tr("ui-oos-title"), title)
                        .align_x(Alignment::Center),
                    l.label(l.tr(reason_id(reason)), body)
                        .align_x(Alignment::Center)
                ]
                .spacing(4)
                .align_x(Alignment::Center),
            );
        }
        col.into()
    }))
    .spacing(GAP * 2.0);
    center(all).padding(48).into()
}
