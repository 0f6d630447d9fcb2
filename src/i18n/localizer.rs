//! Fluent bundles for every language, loaded from `locales/<lang>/**/*.ftl`.
//!
//! Every area's file is picked up automatically; message ids are prefixed by area so files never
//! collide (a duplicate id within one language is a load error naming both files).

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::{Arc, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentError, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};
use unic_langid::LanguageIdentifier;

use super::Lang;
use super::sources::{self, Source};

/// The locale tree, embedded at compile time.
static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// Why the locale files could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum I18nError {
    #[error("{file}:{line}: Fluent syntax error: {message}")]
    Parse {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{file}: message `{id}` is already defined in another {lang} file")]
    Duplicate {
        file: String,
        lang: &'static str,
        id: String,
    },
    #[error("{file}: {message}")]
    Read { file: String, message: String },
    #[error("{file}: not valid UTF-8")]
    Encoding { file: String },
}

/// Translated text for every [`Lang`], with fallback to English and then to the message id.
///
/// Cheap to clone (an `Arc` inside) and shareable between threads.
#[derive(Clone)]
pub struct Localizer {
    inner: Arc<Inner>,
    /// Text is for layout: line-break marks go in (see [`for_display`](Self::for_display)).
    display: bool,
}

struct Inner {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
    /// Message ids per language, sorted.
    ids: HashMap<Lang, Vec<String>>,
    /// (language, id) pairs already warned about, so a missing message logs once, not every frame.
    warned: Mutex<HashSet<(Lang, String)>>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut langs: Vec<&str> = self.inner.bundles.keys().map(|l| l.tag()).collect();
        langs.sort_unstable();
        f.debug_struct("Localizer").field("langs", &langs).finish()
    }
}

impl Localizer {
    /// Loads every `locales/<lang>/**/*.ftl` embedded in the binary.
    pub fn embedded() -> Result<Localizer, I18nError> {
        Self::build(sources::embedded(&LOCALES)?)
    }

    /// Loads `<root>/<lang>/**/*.ftl` from disk (tests, translators' previews).
    pub fn from_dir(root: impl AsRef<Path>) -> Result<Localizer, I18nError> {
        Self::build(sources::from_dir(root.as_ref())?)
    }

    fn build(mut sources: Vec<Source>) -> Result<Localizer, I18nError> {
        sources.sort_by(|a, b| a.file.cmp(&b.file));
        let mut bundles: HashMap<Lang, FluentBundle<FluentResource>> = HashMap::new();
        // Which file defined each id, per language, to name both files on a duplicate.
        let mut owners: HashMap<(Lang, String), String> = HashMap::new();
        for Source { lang, file, text } in sources {
            let resource = match FluentResource::try_new(text) {
                Ok(r) => r,
                Err((r, errors)) => {
                    let (line, message) = match errors.first() {
                        Some(e) => (line_of(r.source(), e.pos.start), e.kind.to_string()),
                        None => (1, "unknown syntax error".to_string()),
                    };
                    return Err(I18nError::Parse {
                        file,
                        line,
                        message,
                    });
                }
            };
            let ids: Vec<String> = resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
                    _ => None,
                })
                .collect();
            for id in ids {
                if let Some(other) = owners.insert((lang, id.clone()), file.clone()) {
                    return Err(I18nError::Duplicate {
                        file: format!("{file} (first in {other})"),
                        lang: lang.tag(),
                        id,
                    });
                }
            }
            let bundle = bundles.entry(lang).or_insert_with(|| new_bundle(lang));
            if let Err(errors) = bundle.add_resource(resource) {
                // Duplicates were caught above; anything else is still a load error with the file.
                let message = errors
                    .iter()
                    .map(FluentError::to_string)
                    .collect::<Vec<_>>()
                    .join("; ");
                return Err(I18nError::Read { file, message });
            }
        }
        let mut ids: HashMap<Lang, Vec<String>> = HashMap::new();
        for (lang, id) in owners.into_keys() {
            if !id.starts_with('-') {
                ids.entry(lang).or_default().push(id);
            }
        }
        ids.values_mut().for_each(|v| v.sort());
        Ok(Localizer {
            inner: Arc::new(Inner {
                bundles,
                ids,
                warned: Mutex::new(HashSet::new()),
            }),
            display: false,
        })
    }

    /// The same messages, prepared for a renderer that wraps lines (the screens, the receipt
    /// raster): formatted values in arguments never break, Korean breaks at spaces only, Thai
    /// between dictionary words (`super::linebreak`). Plain text (logs, text-mode printing,
    /// golden files) comes from a localizer without it.
    pub fn for_display(&self) -> Localizer {
        Localizer {
            inner: Arc::clone(&self.inner),
            display: true,
        }
    }

    /// A formatted value shown on its own (a date, a price): kept on one line when for display.
    pub fn value(&self, value: String) -> String {
        if self.display {
            super::linebreak::glue(&value)
        } else {
            value
        }
    }

    /// Text from outside the locales shown as it is (a plan's or a promotion's name from the
    /// catalogue), marked for display like a message: Thai between words, Korean at spaces.
    pub fn name(&self, lang: Lang, name: &str) -> String {
        if self.display {
            super::linebreak::prepare(lang.tag(), name)
        } else {
            name.to_owned()
        }
    }

    /// The languages that have at least one file.
    pub fn langs(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|l| self.inner.bundles.contains_key(l))
            .collect()
    }

    /// Whether `id` exists in `lang` itself (no fallback).
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.inner
            .bundles
            .get(&lang)
            .is_some_and(|b| b.has_message(id))
    }

    /// The ids of every message defined for `lang`, sorted (for tests and tools).
    pub fn message_ids(&self, lang: Lang) -> Vec<String> {
        self.inner.ids.get(&lang).cloned().unwrap_or_default()
    }

    /// The text of message `id` in `lang` (falling back to English, then to the id itself).
    /// `id.attr` names an attribute of a message.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, None)
    }

    /// Like [`text`](Self::text) with Fluent arguments: `&[("count", 3.into())]`.
    pub fn text_with(&self, lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fargs = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fargs.set(*name, value.clone());
        }
        self.format(lang, id, Some(&fargs))
    }

    /// Formats `id` in `lang` and reports Fluent errors (missing message, missing variable,
    /// unknown reference) instead of papering over them. For tests and CI tools.
    pub fn try_text(
        &self,
        lang: Lang,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<String, String> {
        let bundle = self
            .inner
            .bundles
            .get(&lang)
            .ok_or_else(|| format!("no {} files loaded", lang.tag()))?;
        let pattern =
            pattern_of(bundle, id).ok_or_else(|| format!("{}: no message `{id}`", lang.tag()))?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if errors.is_empty() {
            Ok(text)
        } else {
            let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            Err(format!("{}: `{id}`: {}", lang.tag(), list.join("; ")))
        }
    }

    fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        if !self.display {
            return self.format_plain(lang, id, args);
        }
        // Fluent's placeables are the values' boundaries: glue the formatted ones, then mark
        // the whole text for its language.
        let glued = args.map(|args| {
            let mut out = FluentArgs::with_capacity(args.iter().count());
            for (name, value) in args.iter() {
                match value {
                    FluentValue::String(s) if super::linebreak::is_value(s) => {
                        out.set(name, FluentValue::from(super::linebreak::glue(s)))
                    }
                    other => out.set(name, other.clone()),
                }
            }
            out
        });
        let text = self.format_plain(lang, id, glued.as_ref());
        super::linebreak::prepare(lang.tag(), &text)
    }

    fn format_plain(&self, lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let chain: &[Lang] = if lang == Lang::En {
            &[Lang::En]
        } else {
            &[lang, Lang::En]
        };
        for &l in chain {
            let Some(bundle) = self.inner.bundles.get(&l) else {
                continue;
            };
            let Some(pattern) = pattern_of(bundle, id) else {
                continue;
            };
            if l != lang {
                self.warn_once(lang, id, "message missing; shown in English");
            }
            let mut errors = Vec::new();
            let text = bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            if !errors.is_empty() {
                let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
                self.warn_once(l, id, &list.join("; "));
            }
            return text;
        }
        self.warn_once(
            lang,
            id,
            "message missing in every fallback language; showing its id",
        );
        id.to_string()
    }

    fn warn_once(&self, lang: Lang, id: &str, what: &str) {
        // A poisoned lock only means another thread panicked while warning: keep logging.
        let mut warned = self.inner.warned.lock().unwrap_or_else(|e| e.into_inner());
        if warned.insert((lang, id.to_string())) {
            tracing::warn!(lang = lang.tag(), id, "i18n: {what}");
        }
    }
}

/// The pattern of message `id`, or of attribute `attr` for `id.attr`.
fn pattern_of<'b>(
    bundle: &'b FluentBundle<FluentResource>,
    id: &str,
) -> Option<&'b fluent_syntax::ast::Pattern<&'b str>> {
    match id.split_once('.') {
        Some((msg, attr)) => bundle
            .get_message(msg)?
            .get_attribute(attr)
            .map(|a| a.value()),
        None => bundle.get_message(id)?.value(),
    }
}

fn new_bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks (U+2068/U+2069) show as boxes and as garbage on Shift_JIS printers.
    bundle.set_use_isolating(false);
    // NUMBER() (plural categories, fraction digits); failing only if already added, never here.
    if let Err(e) = bundle.add_builtins() {
        tracing::warn!(lang = lang.tag(), error = %e, "i18n: Fluent builtins not added");
    }
    bundle
}

/// 1-based line of a parser error. An error found at a line's end or at the end of the file
/// (an unclosed `{`) belongs to the last text before it, not to the next, possibly blank, line.
fn line_of(text: &str, byte: usize) -> usize {
    let mut end = byte.min(text.len());
    if end == text.len() || text.as_bytes()[end] == b'\n' {
        end = text.get(..end).map_or(end, |head| head.trim_end().len());
    }
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
