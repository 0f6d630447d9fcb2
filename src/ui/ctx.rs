//! What every view needs to draw text: the localizer, the language, the toggles and the shape of
//! the window. Built by the root for each `view` call; never stored.

use super::theme::{Colors, Prefs};
use crate::i18n::{Lang, Localizer, fonts};
use fluent_bundle::FluentValue;
use iced::widget::{Text, text};
use iced::{Font, font};

/// Base text sizes (px, before the large-text toggle).
pub const TITLE: f32 = 56.0;
pub const BODY: f32 = 36.0;
pub const SMALL: f32 = 28.0;

/// Noto Sans CJK's glyphs reach below iced's default 1.3 line box; a taller box keeps every
/// glyph inside the text's bounds, so the software renderer's damage tracking clears it fully
/// when the screen changes (at 1.3, descenders of the last title were left on screen).
pub const LINE_HEIGHT: iced::widget::text::LineHeight =
    iced::widget::text::LineHeight::Relative(LINE_HEIGHT_FACTOR);
/// [`LINE_HEIGHT`] as a factor of the text size, for zones sized in lines.
pub const LINE_HEIGHT_FACTOR: f32 = 1.5;

#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub l10n: &'a Localizer,
    pub lang: Lang,
    pub prefs: Prefs,
    /// Taller than wide (1080×1920): stack vertically.
    pub portrait: bool,
    /// The customer's step (1 to [`STEPS`](super::widget::bar::STEPS)) on this screen, if any.
    pub step: Option<u32>,
    /// The shop's brand colour (kiosk.toml `store.brand_color`), for the header.
    pub brand: Option<iced::Color>,
    /// The shop's logo (kiosk.toml `store.logo`), in place of the demo's mark.
    pub logo: Option<&'a iced::widget::image::Handle>,
}

impl<'a> Ctx<'a> {
    /// The same context in another language (the attract and out-of-service screens show all).
    pub fn in_lang(self, lang: Lang) -> Ctx<'a> {
        Ctx { lang, ..self }
    }

    pub fn colors(&self) -> &'static Colors {
        self.prefs.colors()
    }

    /// The header's fill and the text colour on it: the brand colour when one is configured
    /// (not in high contrast, whose palette is fixed), else the page's.
    pub fn header_colors(&self) -> (iced::Color, iced::Color) {
        match self.brand.filter(|_| !self.prefs.high_contrast) {
            Some(b) => (b, super::theme::text_on(b)),
            None => (self.colors().bg, self.colors().text),
        }
    }

    pub fn tr(&self, id: &str) -> String {
        self.l10n.text(self.lang, id)
    }

    pub fn tr_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.l10n.text_with(self.lang, id, args)
    }

    pub fn yen(&self, amount: crate::domain::Yen) -> String {
        self.l10n.value(self.l10n.yen(self.lang, amount))
    }

    /// A catalogue name (plan, promotion, carrier) in this language, marked for display.
    pub fn name(&self, name: &str) -> String {
        self.l10n.name(self.lang, name)
    }

    pub fn date(&self, date: chrono::NaiveDate) -> String {
        self.l10n.value(self.l10n.date(self.lang, date))
    }

    /// The face for this language, so Han characters take Japanese or Chinese forms as they should.
    pub fn font(&self) -> Font {
        font_for(self.lang, false)
    }

    pub fn bold(&self) -> Font {
        font_for(self.lang, true)
    }

    pub fn size(&self, base: f32) -> f32 {
        self.prefs.size(base)
    }

    /// "Step 2 of 6" in landscape; "2/6" in portrait, whose header row also holds both toggles
    /// and Cancel: there the words pushed German "Abbrechen" and French "Annuler" out of their
    /// button.
    pub fn step_text(&self, step: u32) -> String {
        let id = if self.portrait {
            "ui-step-short"
        } else {
            "ui-step"
        };
        self.tr_with(
            id,
            &[
                ("current", step.into()),
                ("total", super::widget::bar::STEPS.into()),
            ],
        )
    }

    /// A message as body text.
    pub fn body(&self, id: &str) -> Text<'a> {
        self.label(self.tr(id), BODY)
    }

    /// A message as a title.
    pub fn title(&self, id: &str) -> Text<'a> {
        self.heading(self.tr(id), TITLE)
    }

    /// Any string in this language's face at `base` size.
    pub fn label(&self, s: String, base: f32) -> Text<'a> {
        text(s)
            .line_height(LINE_HEIGHT)
            .font(self.font())
            .size(self.size(base))
            .color(self.colors().text)
    }

    pub fn muted(&self, s: String, base: f32) -> Text<'a> {
        text(s)
            .line_height(LINE_HEIGHT)
            .font(self.font())
            .size(self.size(base))
            .color(self.colors().muted)
    }

    pub fn heading(&self, s: String, base: f32) -> Text<'a> {
        text(s)
            .line_height(LINE_HEIGHT)
            .font(self.bold())
            .size(self.size(base))
            .color(self.colors().text)
    }
}

/// The font for `lang`: the embedded Noto Sans CJK family of its script region.
pub fn font_for(lang: Lang, bold: bool) -> Font {
    // Noto Sans Thai has no digits nor Latin, and iced shapes an ASCII-only label (a keypad
    // digit, the SIM number, "Aa") without font fallback: Thai screens start from the Latin
    // face, and their Thai text (never ASCII-only) falls back to Noto Sans Thai.
    let family = if lang == Lang::Th {
        fonts::LATIN
    } else {
        fonts::family(lang)
    };
    let weight = if bold && fonts::face(family, true).is_some() {
        font::Weight::Bold
    } else {
        font::Weight::Normal
    };
    Font {
        weight,
        ..Font::with_name(family)
    }
}
