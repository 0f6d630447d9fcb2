//! A TOML document as a small tree that remembers the line of every key and value.
//!
//! toml_edit keeps byte spans when parsing (`ImDocument`); we convert once so that the
//! section readers stay simple and never depend on toml_edit's API.

use toml_edit::{ImDocument, Item, Key, Value};

/// A value and the line (1-based) where it was written, when known.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub line: Option<usize>,
    pub kind: Kind,
}

#[derive(Debug, Clone)]
pub(crate) enum Kind {
    Str(String),
    Int(i64),
    /// Floats are never valid in kiosk.toml; only their presence matters.
    Float,
    Bool(bool),
    /// A TOML date/time literal, in its TOML text form.
    DateTime(String),
    Array(Vec<Node>),
    Table(Vec<Entry>),
}

#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub key: String,
    /// Line of the key (where `key = value` or `[key]` is written).
    pub line: Option<usize>,
    pub node: Node,
}

impl Kind {
    /// "a string", "an integer" ... for type errors.
    pub fn describe(&self) -> &'static str {
        match self {
            Kind::Str(_) => "a string",
            Kind::Int(_) => "an integer",
            Kind::Float => "a float",
            Kind::Bool(_) => "a boolean",
            Kind::DateTime(_) => "a date-time",
            Kind::Array(_) => "an array",
            Kind::Table(_) => "a table",
        }
    }
}

/// Maps byte offsets to 1-based line numbers.
pub(crate) struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { starts }
    }

    pub fn line(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
}

/// A syntax error: its line (if known) and the first line of the parser's message.
pub(crate) struct SyntaxError {
    pub line: Option<usize>,
    pub message: String,
}

pub(crate) fn parse(text: &str) -> Result<Node, SyntaxError> {
    let lines = Lines::new(text);
    let doc = ImDocument::parse(text).map_err(|e| SyntaxError {
        line: e.span().map(|s| lines.line(s.start)),
        // toml_edit's message is "what\nwhy" lines; keep it on one line.
        message: e
            .message()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(": "),
    })?;
    let conv = Conv { lines: &lines };
    Ok(Node {
        line: None,
        kind: conv.table(doc.as_table()),
    })
}

struct Conv<'a> {
    lines: &'a Lines,
}

impl Conv<'_> {
    fn line(&self, span: Option<std::ops::Range<usize>>) -> Option<usize> {
        span.map(|s| self.lines.line(s.start))
    }

    fn entry(&self, key: &Key, node: Node) -> Entry {
        Entry {
            key: key.get().to_string(),
            line: self.line(key.span()).or(node.line),
            node,
        }
    }

    fn table(&self, t: &toml_edit::Table) -> Kind {
        let mut entries = Vec::new();
        for (name, _) in t.iter() {
            if let Some((key, item)) = t.get_key_value(name)
                && let Some(node) = self.item(item)
            {
                entries.push(self.entry(key, node));
            }
        }
        Kind::Table(entries)
    }

    fn item(&self, item: &Item) -> Option<Node> {
        match item {
            Item::None => None,
            Item::Value(v) => Some(self.value(v)),
            Item::Table(t) => Some(Node {
                line: self.line(t.span()),
                kind: self.table(t),
            }),
            Item::ArrayOfTables(a) => {
                let items = a
                    .iter()
                    .map(|t| Node {
                        line: self.line(t.span()),
                        kind: self.table(t),
                    })
                    .collect();
                Some(Node {
                    line: self.line(a.span()),
                    kind: Kind::Array(items),
                })
            }
        }
    }

    fn value(&self, v: &Value) -> Node {
        let kind = match v {
            Value::String(s) => Kind::Str(s.value().clone()),
            Value::Integer(i) => Kind::Int(*i.value()),
            Value::Float(_) => Kind::Float,
            Value::Boolean(b) => Kind::Bool(*b.value()),
            Value::Datetime(d) => Kind::DateTime(d.value().to_string()),
            Value::Array(a) => Kind::Array(a.iter().map(|v| self.value(v)).collect()),
            Value::InlineTable(t) => {
                let mut entries = Vec::new();
                for (name, _) in t.iter() {
                    if let Some((key, item)) = t.get_key_value(name)
                        && let Some(node) = self.item(item)
                    {
                        entries.push(self.entry(key, node));
                    }
                }
                Kind::Table(entries)
            }
        };
        Node {
            line: self.line(v.span()),
            kind,
        }
    }
}
