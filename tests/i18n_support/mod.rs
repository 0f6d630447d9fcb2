//! Reading the locale tree the way translators wrote it (for the i18n tests).

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast;
use simkiosk::i18n::Lang;

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// One `.ftl` file of the tree.
pub struct FtlFile {
    pub lang: Lang,
    pub path: PathBuf,
    pub text: String,
}

/// Every `locales/<lang>/**/*.ftl`, sorted by path.
pub fn ftl_files() -> Vec<FtlFile> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let mut paths = Vec::new();
        walk(&root().join("locales").join(lang.tag()), &mut paths);
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            out.push(FtlFile { lang, path, text });
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "ftl") {
            out.push(p);
        }
    }
}

/// A message (or one of its attributes) as `id` / `id.attr`, with the variables it uses.
pub struct Msg {
    pub id: String,
    pub vars: BTreeSet<String>,
}

/// The messages and attributes of a file, and every character of its visible text (all variants
/// of every selector, string literals, terms), excluding ids, comments and variable names.
pub fn messages(text: &str) -> (Vec<Msg>, String) {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut msgs = Vec::new();
    let mut chars = String::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                if let Some(value) = &m.value {
                    let mut vars = BTreeSet::new();
                    pattern(value, &mut vars, &mut chars);
                    msgs.push(Msg {
                        id: m.id.name.to_string(),
                        vars,
                    });
                }
                for a in &m.attributes {
                    let mut vars = BTreeSet::new();
                    pattern(&a.value, &mut vars, &mut chars);
                    msgs.push(Msg {
                        id: format!("{}.{}", m.id.name, a.id.name),
                        vars,
                    });
                }
            }
            ast::Entry::Term(t) => {
                let mut vars = BTreeSet::new();
                pattern(&t.value, &mut vars, &mut chars);
                for a in &t.attributes {
                    pattern(&a.value, &mut vars, &mut chars);
                }
            }
            _ => {}
        }
    }
    (msgs, chars)
}

fn pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, chars: &mut String) {
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => chars.push_str(value),
            ast::PatternElement::Placeable { expression } => expr(expression, vars, chars),
        }
    }
}

fn expr(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>, chars: &mut String) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline(selector, vars, chars);
            for v in variants {
                pattern(&v.value, vars, chars);
            }
        }
        ast::Expression::Inline(i) => inline(i, vars, chars),
    }
}

fn inline(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>, chars: &mut String) {
    match i {
        ast::InlineExpression::StringLiteral { value } => chars.push_str(value),
        ast::InlineExpression::NumberLiteral { value } => chars.push_str(value),
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => call(arguments, vars, chars),
        ast::InlineExpression::TermReference {
            arguments: Some(args),
            ..
        } => call(args, vars, chars),
        ast::InlineExpression::Placeable { expression } => expr(expression, vars, chars),
        _ => {}
    }
}

fn call(a: &ast::CallArguments<&str>, vars: &mut BTreeSet<String>, chars: &mut String) {
    for p in &a.positional {
        inline(p, vars, chars);
    }
    for n in &a.named {
        inline(&n.value, vars, chars);
    }
}

/// A value for every variable: the number 3 (plural-selectable, printable in any message).
pub fn sample_args(vars: &BTreeSet<String>) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for v in vars {
        args.set(v.clone(), FluentValue::from(3));
    }
    args
}

/// kiosk.toml and example/demo configurations, whose text (store names, addresses) is shown.
pub fn config_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in [root(), root().join("config"), root().join("examples")] {
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for p in entries.flatten().map(|e| e.path()) {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let is_config =
                    name.ends_with(".toml") && (dir != root() || name.starts_with("kiosk"));
                if is_config {
                    out.push(p);
                }
            }
        }
    }
    walk_toml(&root().join("src"), &mut out);
    out.sort();
    out
}

fn walk_toml(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for p in entries.flatten().map(|e| e.path()) {
        if p.is_dir() {
            walk_toml(&p, out);
        } else if p.extension().is_some_and(|e| e == "toml") {
            out.push(p);
        }
    }
}
