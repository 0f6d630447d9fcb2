//! The kiosk's icons: simple geometric line drawings on a 24×24 grid, drawn for the project. Each
//! is drawn here with iced's canvas (in the text colour, so high contrast follows) and written as
//! an SVG file into `assets/icons/` by [`svg`] (the test `icons_in_assets_are_the_drawn_ones`
//! keeps the two the same). iced's `svg` feature is not used: it would add resvg and its
//! dependencies to every build for nine line drawings.

use iced::widget::canvas::{self, Frame, Path, Stroke};
use iced::{Color, Element, Point, Rectangle, Renderer, Size, Theme, mouse};
use std::fmt::Write;

/// One stroke of an icon, in grid units (0..24).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// A polyline; `closed` joins the last point to the first.
    Poly(&'static [(f32, f32)], bool),
    /// x, y, width, height, corner radius.
    Rect(f32, f32, f32, f32, f32),
    /// Centre x, centre y, radius.
    Circle(f32, f32, f32),
}

/// A named icon: its file name under `assets/icons/` and its strokes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Icon {
    pub name: &'static str,
    pub shapes: &'static [Shape],
}

use Shape::{Circle, Poly, Rect};

/// Step 1: the SIM (a card with a cut corner and its chip).
pub const SIM: Icon = Icon {
    name: "step-identify",
    shapes: &[
        Poly(
            &[
                (6.0, 2.0),
                (15.0, 2.0),
                (19.0, 6.0),
                (19.0, 22.0),
                (6.0, 22.0),
            ],
            true,
        ),
        Rect(9.0, 11.0, 7.0, 7.0, 1.0),
    ],
};
/// Step 2: the SIM's status (information).
pub const STATUS: Icon = Icon {
    name: "step-status",
    shapes: &[
        Circle(12.0, 12.0, 10.0),
        Poly(&[(12.0, 11.0), (12.0, 17.0)], false),
        Circle(12.0, 7.5, 0.5),
    ],
};
/// Step 3: the plans (a list).
pub const PLANS: Icon = Icon {
    name: "step-plan",
    shapes: &[
        Circle(5.0, 6.0, 1.0),
        Poly(&[(9.0, 6.0), (20.0, 6.0)], false),
        Circle(5.0, 12.0, 1.0),
        Poly(&[(9.0, 12.0), (20.0, 12.0)], false),
        Circle(5.0, 18.0, 1.0),
        Poly(&[(9.0, 18.0), (20.0, 18.0)], false),
    ],
};
/// Step 4: the review (a clipboard with a check).
pub const REVIEW: Icon = Icon {
    name: "step-review",
    shapes: &[
        Rect(5.0, 4.0, 14.0, 18.0, 2.0),
        Rect(9.0, 2.0, 6.0, 4.0, 1.0),
        Poly(&[(8.5, 13.0), (11.0, 15.5), (15.5, 10.5)], false),
    ],
};
/// Step 5: paying (a payment card).
pub const PAY: Icon = Icon {
    name: "step-pay",
    shapes: &[
        Rect(2.0, 5.0, 20.0, 14.0, 2.0),
        Poly(&[(2.0, 10.0), (22.0, 10.0)], false),
        Poly(&[(6.0, 15.0), (10.0, 15.0)], false),
    ],
};
/// Step 6 and the end of a sale: the success mark (a check in a circle).
pub const SUCCESS: Icon = Icon {
    name: "success",
    shapes: &[
        Circle(12.0, 12.0, 10.0),
        Poly(&[(7.0, 12.5), (10.5, 16.0), (17.0, 9.0)], false),
    ],
};
/// The card terminal under the screen: a handheld body, its display and keys.
pub const TERMINAL: Icon = Icon {
    name: "card-terminal",
    shapes: &[
        Rect(5.0, 2.0, 14.0, 20.0, 2.0),
        Rect(8.0, 5.0, 8.0, 5.0, 1.0),
        Poly(&[(8.5, 14.0), (9.5, 14.0)], false),
        Poly(&[(11.5, 14.0), (12.5, 14.0)], false),
        Poly(&[(14.5, 14.0), (15.5, 14.0)], false),
        Poly(&[(8.5, 18.0), (9.5, 18.0)], false),
        Poly(&[(11.5, 18.0), (12.5, 18.0)], false),
        Poly(&[(14.5, 18.0), (15.5, 18.0)], false),
    ],
};
/// The receipt slot: the slot, and the torn-off paper coming out of it.
pub const RECEIPT: Icon = Icon {
    name: "receipt-slot",
    shapes: &[
        Poly(&[(3.0, 4.0), (21.0, 4.0)], false),
        Poly(
            &[
                (6.0, 4.0),
                (6.0, 21.0),
                (8.0, 19.5),
                (10.0, 21.0),
                (12.0, 19.5),
                (14.0, 21.0),
                (16.0, 19.5),
                (18.0, 21.0),
                (18.0, 4.0),
            ],
            false,
        ),
        Poly(&[(9.0, 9.0), (15.0, 9.0)], false),
        Poly(&[(9.0, 13.0), (15.0, 13.0)], false),
    ],
};

/// The demo's own logo: a SIM beside signal bars (a shop's logo replaces it in its own build).
pub const LOGO: Icon = Icon {
    name: "logo",
    shapes: &[
        Poly(
            &[
                (2.0, 6.0),
                (9.0, 6.0),
                (12.0, 9.0),
                (12.0, 21.0),
                (2.0, 21.0),
            ],
            true,
        ),
        Rect(4.5, 13.0, 5.0, 5.0, 0.5),
        Poly(&[(15.5, 15.0), (15.5, 21.0)], false),
        Poly(&[(18.5, 10.0), (18.5, 21.0)], false),
        Poly(&[(21.5, 4.0), (21.5, 21.0)], false),
    ],
};

/// Every icon, for the assets and their test.
pub const ALL: [Icon; 9] = [
    SIM, STATUS, PLANS, REVIEW, PAY, SUCCESS, TERMINAL, RECEIPT, LOGO,
];

/// The icon of each customer step, 1 to 6.
pub fn for_step(step: u32) -> Option<Icon> {
    [SIM, STATUS, PLANS, REVIEW, PAY, SUCCESS]
        .get(step.checked_sub(1)? as usize)
        .copied()
}

/// The grid's size and the stroke width on it.
const GRID: f32 = 24.0;
const STROKE: f32 = 2.0;

/// `icon` drawn `size` px square in `color`.
pub fn view<'a, M: 'a>(icon: Icon, size: f32, color: Color) -> Element<'a, M> {
    canvas::Canvas::new(Drawing { icon, color })
        .width(size)
        .height(size)
        .into()
}

struct Drawing {
    icon: Icon,
    color: Color,
}

/// The tessellated strokes, kept between frames (the widget tree keeps a canvas's state), and
/// which icon in which colour they are: another icon in the same place (the next step's) or a
/// palette switch redraws them.
#[derive(Default)]
struct Drawn {
    cache: canvas::Cache,
    drawn: std::cell::Cell<Option<(&'static str, Color)>>,
}

impl<M> canvas::Program<M> for Drawing {
    type State = Drawn;

    fn draw(
        &self,
        state: &Drawn,
        renderer: &Renderer,
        _theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<canvas::Geometry> {
        let now = Some((self.icon.name, self.color));
        if state.drawn.replace(now) != now {
            state.cache.clear();
        }
        let geometry = state
            .cache
            .draw(renderer, bounds.size(), |frame| self.strokes(frame, bounds));
        vec![geometry]
    }
}

impl Drawing {
    fn strokes(&self, frame: &mut Frame, bounds: Rectangle) {
        let k = bounds.width.min(bounds.height) / GRID;
        let p = |(x, y): (f32, f32)| Point::new(x * k, y * k);
        let stroke = Stroke::default()
            .with_color(self.color)
            .with_width(STROKE * k)
            .with_line_cap(canvas::LineCap::Round)
            .with_line_join(canvas::LineJoin::Round);
        for shape in self.icon.shapes {
            let path = match *shape {
                Poly(points, closed) => Path::new(|b| {
                    let mut it = points.iter();
                    if let Some(&first) = it.next() {
                        b.move_to(p(first));
                        for &q in it {
                            b.line_to(p(q));
                        }
                        if closed {
                            b.close();
                        }
                    }
                }),
                Rect(x, y, w, h, r) => {
                    Path::rounded_rectangle(p((x, y)), Size::new(w * k, h * k), (r * k).into())
                }
                Circle(x, y, r) => Path::circle(p((x, y)), r * k),
            };
            frame.stroke(&path, stroke);
        }
    }
}

/// The icon as an SVG document (stroked in `currentColor`), as stored in `assets/icons/`.
pub fn svg(icon: &Icon) -> String {
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\" width=\"24\" \
         height=\"24\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"{STROKE}\" \
         stroke-linecap=\"round\" stroke-linejoin=\"round\">\n"
    );
    for shape in icon.shapes {
        let _ = match *shape {
            Poly(points, closed) => {
                let pts: Vec<String> = points.iter().map(|(x, y)| format!("{x},{y}")).collect();
                let tag = if closed { "polygon" } else { "polyline" };
                writeln!(s, "  <{tag} points=\"{}\"/>", pts.join(" "))
            }
            Rect(x, y, w, h, r) => writeln!(
                s,
                "  <rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"{r}\"/>"
            ),
            Circle(x, y, r) => writeln!(s, "  <circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\"/>"),
        };
    }
    s.push_str("</svg>\n");
    s
}
