//! A row whose children share one width and one height: the height of the tallest.
//!
//! iced's `Row` cannot stretch its children to the tallest one inside a column that shrinks to
//! its content (a child filling the cross axis is laid out before that height is known), and a
//! fixed card height clips a name that wraps in one language. Here each child is laid out twice:
//! once to measure it at its share of the width, then again with the row's tallest height as its
//! minimum, so a `Shrink` child (a plan card) grows to it.

use iced::{Element, Event, Length, Rectangle, Size, Vector};
use iced_core::layout::{self, Layout};
use iced_core::widget::{Operation, Tree, Widget};
use iced_core::{Clipboard, Shell, mouse, overlay, renderer};

/// `slots` equal columns (a short last row keeps its cards the width of the others).
pub fn equal_row<'a, Message: 'a>(
    children: Vec<Element<'a, Message>>,
    slots: usize,
    spacing: f32,
) -> Element<'a, Message> {
    Element::new(EqualRow {
        children,
        slots: slots.max(1),
        spacing,
    })
}

struct EqualRow<'a, Message> {
    children: Vec<Element<'a, Message>>,
    slots: usize,
    spacing: f32,
}

impl<Message> Widget<Message, iced::Theme, iced::Renderer> for EqualRow<'_, Message> {
    fn size(&self) -> Size<Length> {
        Size::new(Length::Fill, Length::Shrink)
    }

    fn children(&self) -> Vec<Tree> {
        self.children.iter().map(Tree::new).collect()
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(&self.children);
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        let max = limits.max();
        let gaps = self.spacing * (self.slots - 1) as f32;
        let width = ((max.width - gaps) / self.slots as f32).max(0.0);
        let measure = layout::Limits::new(Size::new(width, 0.0), Size::new(width, max.height));
        let mut height: f32 = 0.0;
        for (child, state) in self.children.iter_mut().zip(&mut tree.children) {
            let node = child.as_widget_mut().layout(state, renderer, &measure);
            height = height.max(node.size().height);
        }
        let height = height.min(max.height);
        let exact = layout::Limits::new(Size::new(width, height), Size::new(width, height));
        let nodes = self
            .children
            .iter_mut()
            .zip(&mut tree.children)
            .enumerate()
            .map(|(i, (child, state))| {
                child
                    .as_widget_mut()
                    .layout(state, renderer, &exact)
                    .move_to((i as f32 * (width + self.spacing), 0.0))
            })
            .collect();
        layout::Node::with_children(Size::new(max.width, height), nodes)
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        operation.container(None, layout.bounds());
        operation.traverse(&mut |operation| {
            for ((child, state), layout) in self
                .children
                .iter_mut()
                .zip(&mut tree.children)
                .zip(layout.children())
            {
                child
                    .as_widget_mut()
                    .operate(state, layout, renderer, operation);
            }
        });
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
        for ((child, state), layout) in self
            .children
            .iter_mut()
            .zip(&mut tree.children)
            .zip(layout.children())
        {
            child.as_widget_mut().update(
                state, event, layout, cursor, renderer, clipboard, shell, viewport,
            );
        }
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        self.children
            .iter()
            .zip(&tree.children)
            .zip(layout.children())
            .map(|((child, state), layout)| {
                child
                    .as_widget()
                    .mouse_interaction(state, layout, cursor, viewport, renderer)
            })
            .max()
            .unwrap_or_default()
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
        for ((child, state), layout) in self
            .children
            .iter()
            .zip(&tree.children)
            .zip(layout.children())
        {
            child
                .as_widget()
                .draw(state, renderer, theme, style, layout, cursor, viewport);
        }
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, iced::Theme, iced::Renderer>> {
        overlay::from_children(
            &mut self.children,
            tree,
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}
