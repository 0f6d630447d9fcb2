//! A grid whose cells share one width and one height: the tallest cell's, or more when the grid
//! is asked to grow into the height it is given.
//!
//! iced's `Row` cannot stretch its children to the tallest one inside a column that shrinks to
//! its content (a child filling the cross axis is laid out before that height is known), and a
//! fixed card height clips a name that wraps in one language. Here each cell is laid out twice:
//! once to measure it at its share of the width (`Fill` heights compressed to their content), then
//! at the common height, which a cell that fills its height (a plan card, a menu button) takes.

use iced::{Element, Event, Length, Rectangle, Size, Vector};
use iced_core::layout::{self, Layout};
use iced_core::widget::{Operation, Tree, Widget};
use iced_core::{Clipboard, Shell, mouse, overlay, renderer};

/// `columns` equal columns, rows of cells as tall as the tallest cell (a short last row keeps
/// its cells the width of the others).
pub fn equal_grid<'a, Message: 'a>(
    children: Vec<Element<'a, Message>>,
    columns: usize,
    spacing: f32,
) -> EqualGrid<'a, Message> {
    EqualGrid {
        children,
        columns: columns.max(1),
        spacing,
        grow: None,
    }
}

pub struct EqualGrid<'a, Message> {
    children: Vec<Element<'a, Message>>,
    columns: usize,
    spacing: f32,
    grow: Option<Grow>,
}

/// How far the cells grow into the height the grid is given.
#[derive(Debug, Clone, Copy)]
struct Grow {
    /// A cell is at most this many times as tall as it is wide.
    max_aspect: f32,
    /// Height kept free under the grid (for what follows it in its column).
    leave: f32,
}

impl<'a, Message: 'a> EqualGrid<'a, Message> {
    /// The cells grow, all to one height, into the height the grid is given less `leave`, up to
    /// `max_aspect` times their width; never below their content.
    pub fn grow(mut self, max_aspect: f32, leave: f32) -> Self {
        self.grow = Some(Grow { max_aspect, leave });
        self
    }
}

impl<'a, Message: 'a> From<EqualGrid<'a, Message>> for Element<'a, Message> {
    fn from(grid: EqualGrid<'a, Message>) -> Self {
        Element::new(grid)
    }
}

/// The rows' heights: every row at the common height when they fit at it (grown when asked),
/// else each row at its own tallest cell, grown by an equal share of the room left when asked.
fn row_heights(natural: &[f32], room: f32, grown: Option<f32>) -> Vec<f32> {
    let tallest = natural.iter().copied().fold(0.0, f32::max);
    let common = grown.map_or(tallest, |g| g.max(tallest));
    let rows = natural.len() as f32;
    if common * rows <= room {
        return vec![common; natural.len()];
    }
    let spare = match grown {
        Some(_) => ((room - natural.iter().sum::<f32>()) / rows).max(0.0),
        None => 0.0,
    };
    natural.iter().map(|h| h + spare).collect()
}

impl<Message> Widget<Message, iced::Theme, iced::Renderer> for EqualGrid<'_, Message> {
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
        let columns = self.columns;
        let rows = self.children.len().div_ceil(columns);
        let width = ((max.width - self.spacing * (columns - 1) as f32) / columns as f32).max(0.0);
        // Measured with `Fill` heights compressed to their content.
        let measure = layout::Limits::with_compression(
            Size::new(width, 0.0),
            Size::new(width, max.height),
            Size::new(false, true),
        );
        let mut natural = vec![0.0f32; rows];
        for (i, (child, state)) in self.children.iter_mut().zip(&mut tree.children).enumerate() {
            let node = child.as_widget_mut().layout(state, renderer, &measure);
            natural[i / columns] = natural[i / columns].max(node.size().height);
        }
        let gaps = self.spacing * rows.saturating_sub(1) as f32;
        let leave = self.grow.map_or(0.0, |g| g.leave);
        let room = (max.height - leave - gaps).max(0.0);
        let grown = self
            .grow
            .filter(|_| room.is_finite() && rows > 0)
            .map(|g| (room / rows as f32).min(width * g.max_aspect));
        let heights = row_heights(&natural, room, grown);
        let mut y = 0.0;
        let mut nodes = Vec::with_capacity(self.children.len());
        for (r, &h) in heights.iter().enumerate() {
            let exact = layout::Limits::new(Size::new(width, h), Size::new(width, h));
            let start = r * columns;
            let end = (start + columns).min(self.children.len());
            for (c, (child, state)) in self.children[start..end]
                .iter_mut()
                .zip(&mut tree.children[start..end])
                .enumerate()
            {
                let node = child.as_widget_mut().layout(state, renderer, &exact);
                nodes.push(node.move_to((c as f32 * (width + self.spacing), y)));
            }
            y += h + self.spacing;
        }
        let height = (y - self.spacing).max(0.0);
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
