//! Shared by the UI tests: a kiosk on the demo configuration driven through `iced_test`'s
//! headless simulator (tiny-skia, the embedded CJK fonts), and the devices behind it.
#![allow(dead_code)]

pub mod damage;
pub mod devices;
pub mod overflow;
pub mod targets;
pub mod walk;

use iced::{Font, Settings, Size};
use iced_test::Simulator;
use iced_test::selector::{Candidate, Selector, Text};
use simkiosk::config::Config;
use simkiosk::flow::Screen;
use simkiosk::i18n::linebreak;
use simkiosk::i18n::{Lang, Localizer, fonts};
use simkiosk::ui::{Devices, Kiosk, Message, Runner};
use std::sync::Arc;

pub const PORTRAIT: Size = Size::new(1080.0, 1920.0);
pub const LANDSCAPE: Size = Size::new(1920.0, 1080.0);

/// The demo kiosk.toml shipped at the repository root.
pub fn demo_config() -> Config {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/kiosk.toml");
    Config::load(path).unwrap_or_else(|e| panic!("the demo kiosk.toml does not load: {e}"))
}

pub fn settings() -> Settings {
    Settings {
        fonts: fonts::faces().iter().map(|f| f.bytes.into()).collect(),
        default_font: Font::with_name(fonts::JP),
        ..Settings::default()
    }
}

pub struct Harness {
    pub kiosk: Kiosk,
    pub l10n: Localizer,
    /// The size the screens are laid out at: the panel's, divided by the kiosk's scale (a
    /// 720×1280 panel lays them out at 1080×1920, as iced does with the kiosk's scale factor).
    pub size: Size,
}

impl Harness {
    /// A kiosk on a panel of `panel` pixels.
    pub fn new(devices: Arc<dyn Devices>, panel: Size) -> Harness {
        let config = demo_config();
        // The text the binary lays out (`ui::run`): values glued, Korean at spaces, Thai between
        // words. A plain localizer here once hid how Thai wraps on screen from every snapshot.
        let l10n = Localizer::embedded()
            .expect("embedded locales load")
            .for_display();
        let kiosk = Kiosk::new(&config, devices, l10n.clone(), panel, Runner::Queue);
        let size = kiosk.layout_size();
        Harness { kiosk, l10n, size }
    }

    /// A message in the kiosk's current language, as the screen shows it.
    pub fn tr(&self, id: &str) -> String {
        self.l10n.text(self.kiosk.lang(), id)
    }

    pub fn tr_in(&self, lang: Lang, id: &str) -> String {
        self.l10n.text(lang, id)
    }

    pub fn screen(&self) -> &Screen {
        self.kiosk.screen()
    }

    pub fn screen_name(&self) -> &'static str {
        self.kiosk.screen().name()
    }

    /// Tap the widget showing exactly `label`, as a finger would, then run what the tap asked
    /// the devices to do and feed the results back.
    pub fn tap(&mut self, label: &str) {
        let messages: Vec<Message> = {
            let mut sim = Simulator::with_size(settings(), self.size, self.kiosk.view());
            if let Err(e) = sim.click(Reads::new(label)) {
                panic!(
                    "no {label:?} to tap on the {} screen: {e}",
                    self.kiosk.screen().name()
                );
            }
            sim.into_messages().collect()
        };
        assert!(
            !messages.is_empty(),
            "tapping {label:?} on the {} screen did nothing",
            self.screen_name()
        );
        self.send(Message::Activity);
        for m in messages {
            self.send(m);
        }
        self.kiosk.run_queued();
    }

    /// Does tapping `label` produce any message (false for a disabled button)? Changes nothing.
    pub fn answers(&mut self, label: &str) -> bool {
        let mut sim = Simulator::with_size(settings(), self.size, self.kiosk.view());
        if let Err(e) = sim.click(Reads::new(label)) {
            panic!(
                "no {label:?} on the {} screen: {e}",
                self.kiosk.screen().name()
            );
        }
        sim.into_messages().next().is_some()
    }

    /// Is `label` on screen now?
    pub fn shows(&mut self, label: &str) -> bool {
        let mut sim = Simulator::with_size(settings(), self.size, self.kiosk.view());
        sim.find(Reads::new(label)).is_ok()
    }

    pub fn send(&mut self, message: Message) {
        let _ = self.kiosk.update(message);
    }

    /// Type digits on the on-screen keypad.
    pub fn type_digits(&mut self, digits: &str) {
        for d in digits.chars() {
            self.tap(&d.to_string());
        }
    }

    /// Write a PNG of the screen as it is now to `path` (replacing it).
    pub fn snapshot(&mut self, path: &std::path::Path) -> std::path::PathBuf {
        let theme = self.kiosk.theme();
        let mut sim = Simulator::with_size(settings(), self.size, self.kiosk.view());
        let snap = sim.snapshot(&theme).expect("the screen renders");
        // iced_test names the file `<stem>-<renderer>.png` and only writes it when missing.
        let written = path.with_file_name(format!(
            "{}-tiny-skia.png",
            path.file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("screen")
        ));
        let _ = std::fs::remove_file(&written);
        assert!(snap.matches_image(path).expect("the PNG is written"));
        let _ = std::fs::remove_file(path);
        std::fs::rename(&written, path).expect("the PNG is renamed");
        path.to_path_buf()
    }
}

/// Selects the text that reads `label` as a person reads it: the invisible line-break marks of
/// the display localizer (`i18n::linebreak`) count neither in the label nor on screen.
pub struct Reads(String);

impl Reads {
    pub fn new(label: &str) -> Reads {
        Reads(linebreak::strip(label))
    }
}

impl Selector for Reads {
    type Output = Text;

    fn select(&mut self, candidate: Candidate<'_>) -> Option<Text> {
        match candidate {
            Candidate::Text {
                id,
                bounds,
                visible_bounds,
                content,
            } if linebreak::strip(content) == self.0 => Some(Text::Raw {
                id: id.cloned(),
                bounds,
                visible_bounds,
            }),
            _ => None,
        }
    }

    fn description(&self) -> String {
        format!("text reading {:?}", self.0)
    }
}
