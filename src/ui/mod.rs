//! The touch UI (iced): a full-screen kiosk over the renewal flow.
//!
//! `app` is the root (flow + screens' own state), `view` draws it, `effects` runs the flow's
//! effects on the `devices` (the engine) as tasks, `screen/` has one module per step, `widget/`
//! the shared touch widgets and `theme/` the palettes and text scale.

pub mod app;
pub mod ctx;
pub mod devices;
pub mod effects;
mod engine_devices;
pub mod operator;
pub mod screen;
pub mod theme;
mod view;
pub mod widget;

pub use app::{Kiosk, Message};
pub use devices::{Devices, SaleOrder};
pub use effects::Runner;
pub use engine_devices::EngineDevices;

use crate::config::Config;
use crate::i18n::{Localizer, fonts};
use iced::{Font, Size, window};
use std::sync::Arc;

/// How to show the kiosk.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct RunOptions {
    /// `Some((w, h))`: a normal window of that size (development). `None`: full screen.
    pub windowed: Option<(u32, u32)>,
}

/// The panel size assumed before the window manager reports the real one (portrait kiosk).
pub const PANEL: Size = Size::new(1080.0, 1920.0);

/// The scale that fits the screens, designed for [`PANEL`] (or its landscape twin), to `panel`:
/// 720×1280 draws them at 2/3, 1440×2560 at 4/3. A panel of another shape is fitted by its
/// tighter side, and the layout takes the spare length of the other. Bounded so that a tiny
/// development window or a wall display stays usable.
pub fn fit_scale(panel: Size) -> f32 {
    let (design_w, design_h) = if panel.height >= panel.width {
        (PANEL.width, PANEL.height)
    } else {
        (PANEL.height, PANEL.width)
    };
    let scale = (panel.width / design_w).min(panel.height / design_h);
    if scale.is_finite() {
        scale.clamp(0.5, 2.0)
    } else {
        1.0
    }
}

/// The size the screens are laid out at on `panel`: the panel divided by [`fit_scale`] of it
/// (720×1280 lays them out at 1080×1920). iced sizes windows in these logical pixels too.
pub fn layout_size(panel: Size) -> Size {
    let scale = fit_scale(panel);
    Size::new(panel.width / scale, panel.height / scale)
}

#[derive(Debug, thiserror::Error)]
pub enum UiError {
    #[error("loading the translations: {0}")]
    Localization(String),
    #[error("the window: {0}")]
    Window(#[from] iced::Error),
}

/// Parse `--windowed WxH` (`1080x1920`).
pub fn parse_size(s: &str) -> Result<(u32, u32), String> {
    let (w, h) = s
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("{s:?}: expected WIDTHxHEIGHT, e.g. 1080x1920"))?;
    let parse = |v: &str| {
        v.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (200..=10_000).contains(n))
    };
    match (parse(w), parse(h)) {
        (Some(w), Some(h)) => Ok((w, h)),
        _ => Err(format!(
            "{s:?}: width and height must be whole pixels between 200 and 10000"
        )),
    }
}

/// `simkiosk` with no subcommand (src/main.rs).
pub fn run_cli(
    config: &Config,
    windowed: Option<(u32, u32)>,
) -> anyhow::Result<std::process::ExitCode> {
    run(config.clone(), RunOptions { windowed })?;
    Ok(std::process::ExitCode::SUCCESS)
}

/// Full screen is only a request to the window manager; on bare X (no WM) the window keeps the
/// size it was created with. So size it to the monitor ourselves; the layout follows the resize.
fn fill_monitor() -> iced::Task<Message> {
    window::oldest().and_then(|id| {
        window::monitor_size(id).and_then(move |size| {
            tracing::info!(
                width = size.width,
                height = size.height,
                "ui: filling the monitor"
            );
            window::move_to::<Message>(id, iced::Point::ORIGIN).chain(window::resize(id, size))
        })
    })
}

/// Draw with the embedded faces only. iced's font database also loads every font installed on
/// the system, and a system's Noto Sans CJK has the embedded subsets' family names, so without
/// this the shaper may take glyphs from the system's 20 MB files: 8.5 MB more resident, and glyph
/// forms other than the ones the glyph-coverage tests checked (docs/PERFORMANCE.md).
fn embedded_fonts_only() {
    use iced_graphics::text::cosmic_text::fontdb::Source;
    let mut fonts = match iced_graphics::text::font_system().write() {
        Ok(fonts) => fonts,
        Err(poisoned) => poisoned.into_inner(),
    };
    let db = fonts.raw().db_mut();
    let system: Vec<_> = db
        .faces()
        .filter(|face| !matches!(face.source, Source::Binary(_)))
        .map(|face| face.id)
        .collect();
    for id in &system {
        db.remove_face(*id);
    }
    tracing::info!(
        left_out = system.len(),
        "ui: system fonts left out, the embedded faces draw every screen"
    );
}

/// Start the kiosk on `config` and run until the process is stopped.
pub fn run(config: Config, options: RunOptions) -> Result<(), UiError> {
    embedded_fonts_only();
    // Text for layout: values on one line, Korean at spaces, Thai between words.
    let l10n = Localizer::embedded()
        .map_err(|e| UiError::Localization(e.to_string()))?
        .for_display();
    let mut console = None;
    // Kept for the whole run: operator commands from the command line (crate::control).
    let mut _control = None;
    let devices: Arc<dyn Devices> = match EngineDevices::new(&config) {
        Ok(engine) => {
            // Unfinished sales from before a power cut are settled before the first customer.
            let recovery = engine.engine().recover();
            tracing::info!(?recovery, "start-up recovery");
            _control = crate::control::serve_engine(engine.engine());
            console = Some(operator::Console::new(
                engine.engine().clone(),
                Runner::Tasks,
            ));
            Arc::new(engine)
        }
        Err(e) => {
            // Out of service (in every language) rather than no kiosk at all; restarting the
            // process (the service manager's job) tries the devices again.
            tracing::error!(error = %e, "the devices did not start: out of service");
            Arc::new(devices::Offline {
                catalogue: config.catalogue.clone(),
                reason: engine_devices::offline_reason(&e),
            })
        }
    };
    let size = options
        .windowed
        .map_or(PANEL, |(w, h)| Size::new(w as f32, h as f32));
    let window = window::Settings {
        // iced multiplies a window's size by the kiosk's scale factor: in logical pixels, so
        // that a 720×1280 window drawn at 2/3 is 720×1280 on the panel.
        size: layout_size(size),
        position: window::Position::Specific(iced::Point::ORIGIN),
        fullscreen: options.windowed.is_none(),
        decorations: options.windowed.is_some(),
        resizable: options.windowed.is_some(),
        // Kiosk: nothing closes the window; the close request arrives as an ignored message.
        exit_on_close_request: false,
        ..window::Settings::default()
    };
    let fullscreen = options.windowed.is_none();
    let boot = move || {
        let kiosk = Kiosk::new(&config, devices.clone(), l10n.clone(), size, Runner::Tasks)
            .with_console(console.clone())
            .with_notifier(crate::service::notify::Notifier::from_env())
            .with_pointer(!fullscreen);
        let check = effects::health_check(devices.clone());
        let fit = if fullscreen {
            fill_monitor()
        } else {
            iced::Task::none()
        };
        (kiosk, iced::Task::batch([check, fit]))
    };
    let mut app = iced::application(boot, Kiosk::update, Kiosk::view)
        .title("simkiosk")
        .subscription(Kiosk::subscription)
        .theme(Kiosk::theme)
        .scale_factor(Kiosk::scale_factor)
        .window(window)
        .default_font(Font::with_name(fonts::JP));
    for face in fonts::faces() {
        app = app.font(face.bytes);
    }
    app.run()?;
    Ok(())
}
