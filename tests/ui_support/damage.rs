//! The kiosk's frames as the software renderer presents them on a window: each frame redraws
//! only the damage (what changed since the previous frame, by iced_tiny_skia's own diff), over
//! the pixels of the previous one. A fresh render of the same view draws every pixel; the two
//! must agree, or a frame left something of an earlier screen behind.
#![cfg(not(feature = "wgpu"))]

use iced::{Element, Font, Pixels, Rectangle, Size, Theme, mouse};
use iced_test::core::renderer::Style;
use iced_test::runtime::user_interface::{Cache, UserInterface};
use iced_tiny_skia::graphics::{Viewport, damage};
use iced_tiny_skia::{Layer, Renderer};

/// A window's back buffer with the layers of its last frame (a buffer age of one, as on X11
/// through softbuffer).
pub struct Window {
    size: Size,
    renderer: Renderer,
    /// tiny-skia's RGBA bytes (opaque: the page background covers every pixel).
    pixels: Vec<u8>,
    mask: tiny_skia::Mask,
    last: Option<Vec<Layer>>,
    /// The widget tree kept from frame to frame, as the iced runtime keeps it.
    cache: Option<Cache>,
    /// How many frames redrew less than the whole window.
    pub partial: usize,
}

impl Window {
    pub fn new(size: Size) -> Window {
        let (w, h) = (size.width as u32, size.height as u32);
        Window {
            size,
            renderer: renderer(),
            pixels: vec![0; (w * h * 4) as usize],
            mask: tiny_skia::Mask::new(w, h).expect("a clip mask"),
            last: None,
            cache: None,
            partial: 0,
        }
    }

    /// Draw `view` as the next frame: only its damage since the last frame is redrawn.
    pub fn present<M>(&mut self, view: Element<'_, M, Theme, Renderer>, theme: &Theme) {
        let cache = self.cache.take().unwrap_or_default();
        let mut ui = UserInterface::build(view, self.size, cache, &mut self.renderer);
        let style = Style {
            text_color: theme.palette().text,
        };
        ui.draw(
            &mut self.renderer,
            theme,
            &style,
            mouse::Cursor::Unavailable,
        );
        self.cache = Some(ui.into_cache());
        let viewport = viewport(self.size);
        let all = Rectangle::with_size(self.size);
        let layers = self.renderer.layers().to_vec();
        let damage = match &self.last {
            Some(last) => damage::group(
                damage::diff(last, &layers, |l| vec![l.bounds], Layer::damage),
                all,
            ),
            None => vec![all],
        };
        if !damage.is_empty() && damage.iter().all(|d| *d != all) {
            self.partial += 1;
        }
        if !damage.is_empty() {
            let mut pixmap = pixmap(&mut self.pixels, self.size);
            self.renderer.draw(
                &mut pixmap,
                &mut self.mask,
                &viewport,
                &damage,
                theme.palette().background,
            );
        }
        self.last = Some(layers);
    }

    /// The pixels on screen now, as RGBA.
    pub fn rgba(&self) -> &[u8] {
        &self.pixels
    }
}

/// `view` drawn from nothing, every pixel, as RGBA.
pub fn fresh<M>(view: Element<'_, M, Theme, Renderer>, size: Size, theme: &Theme) -> Vec<u8> {
    let mut window = Window::new(size);
    window.present(view, theme);
    window.pixels
}

fn renderer() -> Renderer {
    // The simulator loads the embedded fonts into the shared font system.
    let blank: Element<'_, (), Theme, Renderer> = iced::widget::space().into();
    let _ = iced_test::Simulator::with_size(super::settings(), super::PORTRAIT, blank);
    Renderer::new(Font::with_name(simkiosk::i18n::fonts::JP), Pixels(16.0))
}

fn viewport(size: Size) -> Viewport {
    Viewport::with_physical_size(iced::Size::new(size.width as u32, size.height as u32), 1.0)
}

fn pixmap(pixels: &mut [u8], size: Size) -> tiny_skia::PixmapMut<'_> {
    tiny_skia::PixmapMut::from_bytes(pixels, size.width as u32, size.height as u32)
        .expect("a pixmap")
}
