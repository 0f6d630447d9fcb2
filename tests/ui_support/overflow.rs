//! Lays a view out as the kiosk would and walks iced's widget tree, reporting every widget whose
//! bounds reach outside its parent's or outside the window: content that would be clipped,
//! overlap a neighbour or need a scrollbar.
//!
//! Blind spot: iced clamps a text's layout bounds to the space it is given, so a text partly
//! squeezed (three lines needed, two given) is not seen here; one squeezed to nothing is.

use iced::Renderer;
use iced::{Element, Font, Pixels, Rectangle, Size, Theme};
use iced_test::core::renderer::Headless;
use iced_test::core::widget::{Id, Operation};
use iced_test::runtime::user_interface::{Cache, UserInterface};

/// The smallest line any kiosk text has (px): a text lower than this was squeezed.
const MIN_TEXT: f32 = 12.0;
/// Layout rounding: iced lays out in f32 and fills portions with fractions of a pixel.
const SLACK: f32 = 0.5;

/// A headless renderer with the kiosk's fonts loaded, as the simulator draws.
pub fn renderer(size: Size) -> Renderer {
    // The simulator loads the embedded fonts into the shared font system; do it once here too.
    let blank: Element<'_, (), Theme, Renderer> = iced::widget::space().into();
    let _ = iced_test::Simulator::with_size(super::settings(), size, blank);
    iced_test::futures::futures::executor::block_on(<Renderer as Headless>::new(
        Font::with_name(simkiosk::i18n::fonts::JP),
        Pixels(16.0),
        Some("tiny-skia"),
    ))
    .expect("a headless tiny-skia renderer")
}

/// The bounds of the widgets enclosing the first text reading exactly `text`, outermost first
/// (the window, then each container, column, button… down to the text's own parent).
pub fn enclosing<M>(
    view: Element<'_, M, Theme, Renderer>,
    size: Size,
    text: &str,
) -> Vec<Rectangle> {
    let mut renderer = renderer(size);
    let mut ui = UserInterface::build(view, size, Cache::default(), &mut renderer);
    let mut finder = Enclosing {
        // As a person reads it: the display marks (i18n::linebreak) do not count.
        wanted: simkiosk::i18n::linebreak::strip(text),
        parents: vec![Rectangle::with_size(size)],
        pending: None,
        found: None,
    };
    ui.operate(&renderer, &mut finder);
    finder.found.unwrap_or_default()
}

struct Enclosing {
    wanted: String,
    parents: Vec<Rectangle>,
    pending: Option<Rectangle>,
    found: Option<Vec<Rectangle>>,
}

impl Operation for Enclosing {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        let parent = self.pending.take();
        let pushed = parent.is_some();
        if let Some(p) = parent {
            self.parents.push(p);
        }
        operate(self);
        if pushed {
            self.parents.pop();
        }
    }

    fn container(&mut self, _id: Option<&Id>, bounds: Rectangle) {
        self.pending = Some(bounds);
    }

    fn text(&mut self, _id: Option<&Id>, _bounds: Rectangle, text: &str) {
        self.pending = None;
        if self.found.is_none() && simkiosk::i18n::linebreak::strip(text) == self.wanted {
            self.found = Some(self.parents.clone());
        }
    }
}

/// Every overflow in `view` laid out at `size`, as readable lines (empty: it fits).
pub fn overflows<M>(view: Element<'_, M, Theme, Renderer>, size: Size) -> Vec<String> {
    let mut renderer = renderer(size);
    let mut ui = UserInterface::build(view, size, Cache::default(), &mut renderer);
    let mut walker = Walker {
        parents: vec![("window".to_string(), Rectangle::with_size(size))],
        pending: None,
        problems: Vec::new(),
        texts: Vec::new(),
    };
    ui.operate(&renderer, &mut walker);
    walker.problems
}

struct Walker {
    /// The chain of enclosing widgets (a name, its bounds); the window at the bottom.
    parents: Vec<(String, Rectangle)>,
    /// A container just reported, whose children the next `traverse` visits.
    pending: Option<(String, Rectangle)>,
    problems: Vec<String>,
    /// Texts seen under the current container, to name it in reports.
    texts: Vec<String>,
}

impl Walker {
    fn check(&mut self, what: &str, bounds: Rectangle) {
        let (parent, outer) = self.parents.last().expect("the window is always there");
        let fits = bounds.x >= outer.x - SLACK
            && bounds.y >= outer.y - SLACK
            && bounds.x + bounds.width <= outer.x + outer.width + SLACK
            && bounds.y + bounds.height <= outer.y + outer.height + SLACK;
        if !fits {
            self.problems.push(format!(
                "{what} at {bounds:?} reaches outside {parent} at {outer:?}"
            ));
        }
        let window = self.parents[0].1;
        if bounds.x + bounds.width > window.width + SLACK
            || bounds.y + bounds.height > window.height + SLACK
        {
            self.problems
                .push(format!("{what} at {bounds:?} reaches outside the window"));
        }
    }
}

impl Operation for Walker {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        let parent = self.pending.take();
        let pushed = parent.is_some();
        if let Some(p) = parent {
            self.parents.push(p);
        }
        operate(self);
        if pushed {
            self.parents.pop();
        }
    }

    fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
        let name = match id {
            Some(id) => format!("container {id:?}"),
            None => "a container".to_string(),
        };
        self.check(&name, bounds);
        self.pending = Some((name, bounds));
    }

    fn text(&mut self, _id: Option<&Id>, bounds: Rectangle, text: &str) {
        self.pending = None;
        self.texts.push(text.to_string());
        self.check(&format!("text {text:?}"), bounds);
        // A text squeezed to nothing: its column ran out of room before it (iced clamps the
        // text's bounds to the space left, so it does not show as reaching outside).
        if !text.trim().is_empty() && (bounds.height < MIN_TEXT || bounds.width < 1.0) {
            self.problems.push(format!(
                "text {text:?} squeezed to {bounds:?}: no room left for it"
            ));
        }
    }

    fn custom(&mut self, _id: Option<&Id>, bounds: Rectangle, _state: &mut dyn std::any::Any) {
        self.pending = None;
        self.check("a custom widget", bounds);
    }

    fn scrollable(
        &mut self,
        _id: Option<&Id>,
        bounds: Rectangle,
        _content: Rectangle,
        _translation: iced::Vector,
        _state: &mut dyn iced_test::core::widget::operation::Scrollable,
    ) {
        self.problems.push(format!(
            "a scrollable at {bounds:?}: a kiosk screen never scrolls"
        ));
        self.check("a scrollable", bounds);
    }
}

/// Every text of `view` laid out at `size`, with its bounds.
pub fn texts<M>(view: Element<'_, M, Theme, Renderer>, size: Size) -> Vec<(String, Rectangle)> {
    struct Texts(Vec<(String, Rectangle)>);
    impl Operation for Texts {
        fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
            operate(self);
        }
        fn text(&mut self, _id: Option<&Id>, bounds: Rectangle, text: &str) {
            self.0.push((text.to_string(), bounds));
        }
    }
    let mut renderer = renderer(size);
    let mut ui = UserInterface::build(view, size, Cache::default(), &mut renderer);
    let mut texts = Texts(Vec::new());
    ui.operate(&renderer, &mut texts);
    texts.0
}
