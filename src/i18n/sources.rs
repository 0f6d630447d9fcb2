//! Finding the `.ftl` files: embedded in the binary or read from a folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::Dir;

use super::{I18nError, Lang};

/// One `.ftl` file: its language, a name for error messages, and its text.
pub(super) struct Source {
    pub lang: Lang,
    pub file: String,
    pub text: String,
}

/// Every `<lang>/**/*.ftl` of an embedded locale tree; folders that are not languages are skipped.
pub(super) fn embedded(root: &Dir<'static>) -> Result<Vec<Source>, I18nError> {
    let mut sources = Vec::new();
    for dir in root.dirs() {
        let name = dir.path().to_string_lossy();
        let Some(lang) = Lang::from_tag(&name) else {
            tracing::warn!(folder = %name, "locales: folder is not a supported language; skipped");
            continue;
        };
        collect_embedded(dir, lang, &mut sources)?;
    }
    Ok(sources)
}

/// Every `<root>/<lang>/**/*.ftl` on disk.
pub(super) fn from_dir(root: &Path) -> Result<Vec<Source>, I18nError> {
    let mut sources = Vec::new();
    for entry in read_dir_sorted(root)? {
        if !entry.is_dir() {
            continue;
        }
        let name = entry
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(lang) = Lang::from_tag(&name) else {
            tracing::warn!(folder = %entry.display(), "locales: folder is not a supported language; skipped");
            continue;
        };
        collect_disk(&entry, lang, &mut sources)?;
    }
    Ok(sources)
}

fn collect_embedded(
    dir: &Dir<'static>,
    lang: Lang,
    out: &mut Vec<Source>,
) -> Result<(), I18nError> {
    for file in dir.files() {
        if file.path().extension().is_some_and(|e| e == "ftl") {
            let name = format!("locales/{}", file.path().display());
            let text = file
                .contents_utf8()
                .ok_or_else(|| I18nError::Encoding { file: name.clone() })?;
            out.push(Source {
                lang,
                file: name,
                text: text.to_string(),
            });
        }
    }
    for sub in dir.dirs() {
        collect_embedded(sub, lang, out)?;
    }
    Ok(())
}

fn read_dir_sorted(dir: &Path) -> Result<Vec<PathBuf>, I18nError> {
    let read_err = |e: std::io::Error| I18nError::Read {
        file: dir.display().to_string(),
        message: e.to_string(),
    };
    let mut paths = BTreeMap::new();
    for entry in std::fs::read_dir(dir).map_err(read_err)? {
        let path = entry.map_err(read_err)?.path();
        paths.insert(path.clone(), path);
    }
    Ok(paths.into_values().collect())
}

fn collect_disk(dir: &Path, lang: Lang, out: &mut Vec<Source>) -> Result<(), I18nError> {
    for path in read_dir_sorted(dir)? {
        if path.is_dir() {
            collect_disk(&path, lang, out)?;
        } else if path.extension().is_some_and(|e| e == "ftl") {
            let file = path.display().to_string();
            let bytes = std::fs::read(&path).map_err(|e| I18nError::Read {
                file: file.clone(),
                message: e.to_string(),
            })?;
            let text =
                String::from_utf8(bytes).map_err(|_| I18nError::Encoding { file: file.clone() })?;
            out.push(Source { lang, file, text });
        }
    }
    Ok(())
}
