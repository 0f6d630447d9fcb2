//! The root of the kiosk's widget tree: touch events reach every widget at the finger, and the
//! mouse pointer is hidden.
//!
//! iced 0.14's widgets decide a tap with `cursor.is_over(bounds)`, the runtime's one cursor.
//! iced_winit moves that cursor to a touch point, but with a mouse on the same seat the pointer's
//! position can win between FingerPressed and FingerLifted, and the tap is lost (iced#3471,
//! Wayland; widgets reading the pointer instead of the finger, iced#3234). Here every touch event
//! is handed down with the cursor at its own finger, whatever the pointer did before.

use iced::{Element, Event, Length, Point, Rectangle, Size, Vector, touch};
use iced_core::layout::{self, Layout};
use iced_core::widget::{Operation, Tree, Widget};
use iced_core::{Clipboard, Shell, mouse, overlay, renderer};

/// Wrap the whole view: touch at the finger, and `hide_pointer` hides the mouse pointer.
pub fn root<'a, Message: 'a>(
    content: impl Into<Element<'a, Message>>,
    hide_pointer: bool,
) -> Element<'a, Message> {
    Element::new(TouchRoot {
        content: content.into(),
        hide_pointer,
    })
}

/// Where a touch event happened, if `event` is one.
pub fn finger(event: &Event) -> Option<Point> {
    match event {
        Event::Touch(
            touch::Event::FingerPressed { position, .. }
            | touch::Event::FingerMoved { position, .. }
            | touch::Event::FingerLifted { position, .. }
            | touch::Event::FingerLost { position, .. },
        ) => Some(*position),
        _ => None,
    }
}

struct TouchRoot<'a, Message> {
    content: Element<'a, Message>,
    hide_pointer: bool,
}

impl<Message> Widget<Message, iced::Theme, iced::Renderer> for TouchRoot<'_, Message> {
    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &iced::Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        let cursor = finger(event).map_or(cursor, mouse::Cursor::Available);
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        if self.hide_pointer {
            return mouse::Interaction::Hidden;
        }
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, iced::Theme, iced::Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}
