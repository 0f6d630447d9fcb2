//! Typed reading of a [`Node`] tree that records every problem instead of stopping at the first.

use super::tree::{Entry, Kind, Node};
use super::{ConfigError, ConfigErrors};

/// Collects problems while the sections are read.
pub(crate) struct Ctx {
    file: String,
    errors: Vec<ConfigError>,
}

/// A table being read: its dotted path, its line, and its entries (`None` when absent).
#[derive(Clone)]
pub(crate) struct Table<'a> {
    pub path: String,
    pub line: Option<usize>,
    pub entries: Option<&'a [Entry]>,
}

impl Ctx {
    pub fn new(file: &str) -> Ctx {
        Ctx {
            file: file.to_string(),
            errors: Vec::new(),
        }
    }

    pub fn error_count(&self) -> usize {
        self.errors.len()
    }

    pub fn finish<T>(self, value: T) -> Result<T, ConfigErrors> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(ConfigErrors(self.errors))
        }
    }

    pub fn error(
        &mut self,
        line: Option<usize>,
        path: impl Into<String>,
        message: impl Into<String>,
    ) {
        self.errors.push(ConfigError {
            file: self.file.clone(),
            line,
            path: path.into(),
            message: message.into(),
        });
    }

    /// A problem with `key` of `t` (at the key's line, or the table's when the key is absent).
    pub fn err(&mut self, t: &Table, key: &str, message: impl Into<String>) {
        let line = t.entry(key).and_then(|e| e.line).or(t.line);
        self.error(line, t.key_path(key), message);
    }

    /// Open `key` of `parent` as a table; checks its keys against `allowed`.
    pub fn table<'a>(&mut self, parent: &Table<'a>, key: &str, allowed: &[&str]) -> Table<'a> {
        let line_if_absent = parent.line;
        let path = parent.key_path(key);
        match parent.entry(key) {
            None => Table {
                path,
                line: line_if_absent,
                entries: None,
            },
            Some(e) => match &e.node.kind {
                Kind::Table(entries) => {
                    let t = Table {
                        path,
                        line: e.node.line.or(e.line),
                        entries: Some(entries),
                    };
                    self.check_keys(&t, allowed);
                    t
                }
                other => {
                    self.error(
                        e.line,
                        path.clone(),
                        format!("expected a table, found {}", other.describe()),
                    );
                    Table {
                        path,
                        line: e.line,
                        entries: None,
                    }
                }
            },
        }
    }

    /// Report keys of `t` that are not in `allowed` (typos such as `baudrate`).
    pub fn check_keys(&mut self, t: &Table, allowed: &[&str]) {
        for e in t.entries.unwrap_or(&[]) {
            if !allowed.contains(&e.key.as_str()) {
                self.error(
                    e.line,
                    t.key_path(&e.key),
                    format!("unknown key (expected one of {})", allowed.join(", ")),
                );
            }
        }
    }

    /// Report a required key that is absent; `true` when present.
    pub fn require(&mut self, t: &Table, key: &str) -> bool {
        if t.entry(key).is_some() {
            return true;
        }
        if t.entries.is_none() {
            // One message for a missing section rather than one per key.
            let section_path = t.path.to_string();
            if !self
                .errors
                .iter()
                .any(|e| e.path == section_path && e.message.starts_with("missing"))
            {
                self.error(
                    t.line,
                    section_path,
                    format!("missing required section [{}]", t.path),
                );
            }
            return false;
        }
        self.error(t.line, t.key_path(key), "missing required key");
        false
    }

    fn typed<'a, T>(
        &mut self,
        t: &Table<'a>,
        key: &str,
        want: &str,
        get: impl Fn(&'a Kind) -> Option<T>,
    ) -> Option<T> {
        let e = t.entry(key)?;
        let v = get(&e.node.kind);
        if v.is_none() {
            self.err(
                t,
                key,
                format!("expected {want}, found {}", e.node.kind.describe()),
            );
        }
        v
    }

    pub fn opt_str(&mut self, t: &Table, key: &str) -> Option<String> {
        self.typed(t, key, "a string", |k| match k {
            Kind::Str(s) => Some(s.clone()),
            _ => None,
        })
    }

    pub fn req_str(&mut self, t: &Table, key: &str) -> Option<String> {
        if !self.require(t, key) {
            return None;
        }
        let s = self.opt_str(t, key)?;
        if s.trim().is_empty() {
            self.err(t, key, "must not be empty");
            return None;
        }
        Some(s)
    }

    pub fn opt_int(&mut self, t: &Table, key: &str) -> Option<i64> {
        self.typed(t, key, "an integer", |k| match k {
            Kind::Int(i) => Some(*i),
            _ => None,
        })
    }

    pub fn req_int(&mut self, t: &Table, key: &str) -> Option<i64> {
        if !self.require(t, key) {
            return None;
        }
        self.opt_int(t, key)
    }

    pub fn opt_bool(&mut self, t: &Table, key: &str) -> Option<bool> {
        self.typed(t, key, "a boolean (true or false)", |k| match k {
            Kind::Bool(b) => Some(*b),
            _ => None,
        })
    }

    /// An integer within `range`, or `default` when absent.
    pub fn int_in(
        &mut self,
        t: &Table,
        key: &str,
        range: std::ops::RangeInclusive<i64>,
        default: i64,
    ) -> i64 {
        match self.opt_int(t, key) {
            None => default,
            Some(v) if range.contains(&v) => v,
            Some(v) => {
                let why = if v < *range.start() {
                    format!("{v} is below the minimum {}", range.start())
                } else {
                    format!("{v} is above the maximum {}", range.end())
                };
                self.err(t, key, why);
                default
            }
        }
    }

    /// A string that must be one of `choices`.
    pub fn choice(&mut self, t: &Table, key: &str, choices: &[&str]) -> Option<String> {
        let s = self.opt_str(t, key)?;
        if choices.contains(&s.as_str()) {
            Some(s)
        } else {
            self.err(
                t,
                key,
                format!("{s:?} is not one of {}", choices.join(", ")),
            );
            None
        }
    }

    /// An array whose every element is read by `get` (element type `want`).
    pub fn array<'a, T>(
        &mut self,
        t: &Table<'a>,
        key: &str,
        want: &str,
        get: impl Fn(&'a Kind) -> Option<T>,
    ) -> Option<Vec<T>> {
        let e = t.entry(key)?;
        let Kind::Array(items) = &e.node.kind else {
            self.err(
                t,
                key,
                format!("expected an array, found {}", e.node.kind.describe()),
            );
            return None;
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            match get(&item.kind) {
                Some(v) => out.push(v),
                None => {
                    let line = item.line.or(e.line);
                    let msg = format!("expected {want}, found {}", item.kind.describe());
                    self.error(line, format!("{}[{i}]", t.key_path(key)), msg);
                    return None;
                }
            }
        }
        Some(out)
    }

    /// The tables of an array of tables (`[[catalogue.plans]]`), each with its path `key[i]`.
    pub fn tables<'a>(&mut self, t: &Table<'a>, key: &str, allowed: &[&str]) -> Vec<Table<'a>> {
        let Some(e) = t.entry(key) else {
            return Vec::new();
        };
        let Kind::Array(items) = &e.node.kind else {
            let msg = format!(
                "expected an array of tables ([[{}]]), found {}",
                t.key_path(key),
                e.node.kind.describe()
            );
            self.err(t, key, msg);
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("{}[{i}]", t.key_path(key));
            match &item.kind {
                Kind::Table(entries) => {
                    let table = Table {
                        path,
                        line: item.line.or(e.line),
                        entries: Some(entries.as_slice()),
                    };
                    self.check_keys(&table, allowed);
                    out.push(table);
                }
                other => self.error(
                    item.line.or(e.line),
                    path,
                    format!("expected a table, found {}", other.describe()),
                ),
            }
        }
        out
    }
}

impl<'a> Table<'a> {
    /// The document root.
    pub fn root(node: &'a Node) -> Table<'a> {
        let entries = match &node.kind {
            Kind::Table(e) => Some(e.as_slice()),
            _ => None,
        };
        Table {
            path: String::new(),
            line: Some(1),
            entries,
        }
    }

    pub fn entry(&self, key: &str) -> Option<&'a Entry> {
        self.entries?.iter().find(|e| e.key == key)
    }

    pub fn has(&self, key: &str) -> bool {
        self.entry(key).is_some()
    }

    pub fn key_path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }
}
