//! The touch targets of a view, found by tapping it: a widget's bounds are a target when a tap at
//! their centre answers (a message) and a tap just outside each of their edges does not answer
//! the same. iced's widget tree does not say which container is a button, so the taps do.

use iced::{Element, Point, Rectangle, Renderer, Size, Theme, mouse};
use iced_test::core::clipboard;
use iced_test::core::widget::{Id, Operation};
use iced_test::runtime::user_interface::{Cache, UserInterface};

/// How far outside an edge the probing tap lands (px).
const OUTSIDE: f32 = 2.0;

/// A place a tap answers, and what it answers (the messages, as written by `Debug`).
#[derive(Debug, Clone)]
pub struct Target {
    pub bounds: Rectangle,
    pub answer: String,
}

/// Every touch target of `view` laid out at `size`.
pub fn targets<M: std::fmt::Debug>(
    view: Element<'_, M, Theme, Renderer>,
    size: Size,
) -> Vec<Target> {
    let mut renderer = super::overflow::renderer(size);
    let mut ui = UserInterface::build(view, size, Cache::default(), &mut renderer);
    let mut boxes = Boxes(Vec::new());
    ui.operate(&renderer, &mut boxes);
    let window = Rectangle::with_size(size);
    let mut tap = |p: Point| -> Option<String> {
        if !window.contains(p) {
            return None;
        }
        let events = [
            iced::Event::Mouse(mouse::Event::CursorMoved { position: p }),
            iced::Event::Mouse(mouse::Event::ButtonPressed(mouse::Button::Left)),
            iced::Event::Mouse(mouse::Event::ButtonReleased(mouse::Button::Left)),
        ];
        let mut messages = Vec::new();
        let _ = ui.update(
            &events,
            mouse::Cursor::Available(p),
            &mut renderer,
            &mut clipboard::Null,
            &mut messages,
        );
        (!messages.is_empty()).then(|| format!("{messages:?}"))
    };
    let mut found: Vec<Target> = Vec::new();
    for b in boxes.0 {
        if found.iter().any(|t| t.bounds == b) {
            continue;
        }
        let Some(answer) = tap(b.center()) else {
            continue;
        };
        let (cx, cy) = (b.center_x(), b.center_y());
        let outside = [
            Point::new(b.x - OUTSIDE, cy),
            Point::new(b.x + b.width + OUTSIDE, cy),
            Point::new(cx, b.y - OUTSIDE),
            Point::new(cx, b.y + b.height + OUTSIDE),
        ];
        if outside
            .into_iter()
            .all(|p| tap(p).is_none_or(|a| a != answer))
        {
            found.push(Target { bounds: b, answer });
        }
    }
    found
}

/// The bounds of every container (buttons report themselves as containers).
struct Boxes(Vec<Rectangle>);

impl Operation for Boxes {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }

    fn container(&mut self, _id: Option<&Id>, bounds: Rectangle) {
        self.0.push(bounds);
    }
}

/// The targets holding no other target: the buttons themselves, without the larger containers
/// around them that a tap at their centre also reaches (a page over an opaque backdrop).
pub fn innermost(targets: Vec<Target>) -> Vec<Target> {
    let holds = |outer: &Rectangle, inner: &Rectangle| {
        outer != inner
            && outer.x <= inner.x
            && outer.y <= inner.y
            && inner.x + inner.width <= outer.x + outer.width
            && inner.y + inner.height <= outer.y + outer.height
    };
    targets
        .iter()
        .filter(|t| !targets.iter().any(|o| holds(&t.bounds, &o.bounds)))
        .cloned()
        .collect()
}
