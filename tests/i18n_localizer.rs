//! Loading, fallback and negotiation of the Fluent locales.

mod i18n_support;

use std::collections::BTreeSet;

use fluent_bundle::FluentValue;
use simkiosk::i18n::{I18nError, Lang, Localizer, negotiate};

fn write(dir: &std::path::Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn the_embedded_locales_load_for_every_language() {
    let l = Localizer::embedded().unwrap_or_else(|e| panic!("embedded locales fail to load: {e}"));
    assert_eq!(l.langs(), Lang::ALL.to_vec(), "a language has no .ftl file");
}

#[test]
fn embedded_and_on_disk_trees_hold_the_same_messages() {
    let embedded = Localizer::embedded().unwrap();
    let disk = Localizer::from_dir(i18n_support::root().join("locales")).unwrap();
    for lang in Lang::ALL {
        assert_eq!(
            embedded.message_ids(lang),
            disk.message_ids(lang),
            "{}: the binary embeds a stale locale tree (touch src/i18n/localizer.rs to re-embed)",
            lang.tag()
        );
    }
}

#[test]
fn every_message_of_every_language_formats_without_error() {
    let l = Localizer::embedded().unwrap();
    let mut failures = Vec::new();
    let mut count = 0;
    for file in i18n_support::ftl_files() {
        let (msgs, _) = i18n_support::messages(&file.text);
        for m in msgs {
            count += 1;
            let args = i18n_support::sample_args(&m.vars);
            match l.try_text(file.lang, &m.id, Some(&args)) {
                Ok(text) if text.trim().is_empty() => {
                    failures.push(format!("{}: {} is empty", file.path.display(), m.id))
                }
                Ok(text) if text.contains(['\u{2068}', '\u{2069}']) => failures.push(format!(
                    "{}: {} has isolation marks",
                    file.path.display(),
                    m.id
                )),
                Ok(_) => {}
                Err(e) => failures.push(format!("{}: {e}", file.path.display())),
            }
        }
    }
    assert!(
        count >= 5 * 13,
        "only {count} messages found: is the locale tree there?"
    );
    assert!(
        failures.is_empty(),
        "{} message(s) fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_language_has_every_english_message() {
    let l = Localizer::embedded().unwrap();
    let en: BTreeSet<String> = l.message_ids(Lang::En).into_iter().collect();
    for lang in Lang::ALL {
        let ids: BTreeSet<String> = l.message_ids(lang).into_iter().collect();
        let missing: Vec<_> = en.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&en).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, not in English {extra:?}",
            lang.tag()
        );
    }
}

#[test]
fn language_names_and_yes_no() {
    let l = Localizer::embedded().unwrap();
    assert_eq!(l.text(Lang::Ja, "common-lang-ko"), "韓国語");
    assert_eq!(
        l.text(Lang::En, "common-lang-zh-hant"),
        "Chinese (Traditional)"
    );
    assert_eq!(
        l.text(Lang::ZhHans, "common-lang-zh-hans"),
        Lang::ZhHans.native_name()
    );
    assert_eq!(
        l.text(Lang::ZhHant, "common-lang-zh-hant"),
        Lang::ZhHant.native_name()
    );
    assert_eq!(l.text(Lang::Ko, "common-lang-ko"), Lang::Ko.native_name());
    assert_eq!(l.text(Lang::Ja, "common-lang-ja"), Lang::Ja.native_name());
    for lang in [Lang::Vi, Lang::Id, Lang::Es, Lang::Fr, Lang::De] {
        let id = format!("common-lang-{}", lang.tag());
        assert_eq!(
            l.text(lang, &id),
            lang.native_name(),
            "{id} in its own language"
        );
    }
    assert_eq!(l.text(Lang::Ko, "common-yes"), "예");
    assert_eq!(l.text(Lang::Ja, "common-no"), "いいえ");
}

#[test]
fn falls_back_to_english_then_to_the_id() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "en/a.ftl",
        "t-hello = Hello\nt-only-en = Only English { $n }\n",
    );
    write(dir.path(), "ja/a.ftl", "t-hello = こんにちは\n");
    let l = Localizer::from_dir(dir.path()).unwrap();
    assert_eq!(l.text(Lang::Ja, "t-hello"), "こんにちは");
    assert_eq!(
        l.text_with(Lang::Ja, "t-only-en", &[("n", FluentValue::from(2))]),
        "Only English 2"
    );
    assert_eq!(
        l.text(Lang::Ko, "t-hello"),
        "Hello",
        "a language with no files falls back too"
    );
    assert_eq!(l.text(Lang::Ja, "t-nowhere"), "t-nowhere");
    assert!(l.has(Lang::Ja, "t-hello"));
    assert!(
        !l.has(Lang::Ja, "t-only-en"),
        "has() must not count the fallback"
    );
    assert_eq!(l.langs(), vec![Lang::Ja, Lang::En]);
}

#[test]
fn attributes_are_addressed_with_a_dot() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "en/a.ftl",
        "t-field = Phone\n    .hint = 11 digits\n",
    );
    let l = Localizer::from_dir(dir.path()).unwrap();
    assert_eq!(l.text(Lang::En, "t-field.hint"), "11 digits");
    assert_eq!(l.text(Lang::En, "t-field.nope"), "t-field.nope");
}

#[test]
fn no_isolation_marks_around_arguments() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "en/a.ftl", "t-x = [{ $v }]\n");
    let l = Localizer::from_dir(dir.path()).unwrap();
    assert_eq!(l.text_with(Lang::En, "t-x", &[("v", "ok".into())]), "[ok]");
}

#[test]
fn a_syntax_error_names_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "en/a.ftl", "t-ok = fine\n");
    write(dir.path(), "ko/b.ftl", "t-ok = 좋아\n\nt-bad = { $x\n");
    let err = Localizer::from_dir(dir.path()).unwrap_err();
    match &err {
        I18nError::Parse { file, line, .. } => {
            assert!(file.ends_with("ko/b.ftl"), "file: {file}");
            assert_eq!(*line, 3, "{err}");
        }
        other => panic!("expected a parse error, got {other}"),
    }
}

#[test]
fn a_duplicate_id_across_files_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "ja/a.ftl", "t-same = 一\n");
    write(dir.path(), "ja/b.ftl", "t-same = 二\n");
    let err = Localizer::from_dir(dir.path()).unwrap_err();
    assert!(
        matches!(&err, I18nError::Duplicate { id, lang: "ja", file } if id == "t-same" && file.contains("b.ftl") && file.contains("a.ftl")),
        "{err}"
    );
}

#[test]
fn a_missing_directory_is_an_error_not_a_panic() {
    let err = Localizer::from_dir("/nonexistent/locales").unwrap_err();
    assert!(matches!(err, I18nError::Read { .. }), "{err}");
}

#[test]
fn folders_that_are_not_languages_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "en/a.ftl", "t-a = A\n");
    write(dir.path(), "pt/a.ftl", "t-a = Ah\n");
    let l = Localizer::from_dir(dir.path()).unwrap();
    assert_eq!(l.langs(), vec![Lang::En]);
}

#[test]
fn localizer_is_cheap_to_share_between_threads() {
    fn assert_send_sync_clone<T: Send + Sync + Clone + 'static>() {}
    assert_send_sync_clone::<Localizer>();
    let l = Localizer::embedded().unwrap();
    let other = l.clone();
    let text = std::thread::spawn(move || other.text(Lang::Ko, "common-data-unlimited"))
        .join()
        .unwrap();
    assert_eq!(text, "무제한");
}

#[test]
fn negotiation_with_cldr_likely_subtags() {
    let all = &Lang::ALL;
    let cases = [
        (&["zh-TW"][..], Lang::ZhHant),
        (&["zh-HK"][..], Lang::ZhHant),
        (&["zh-Hant"][..], Lang::ZhHant),
        (&["zh-CN"][..], Lang::ZhHans),
        (&["zh-SG"][..], Lang::ZhHans),
        (&["zh"][..], Lang::ZhHans),
        (&["ja-JP"][..], Lang::Ja),
        (&["ko-KR"][..], Lang::Ko),
        (&["en-GB"][..], Lang::En),
        (&["pt"][..], Lang::Ja),
        (&["pt-BR", "ko"][..], Lang::Ko),
        (&["fr-FR", "ko"][..], Lang::Fr),
        (&["fr-CA"][..], Lang::Fr),
        (&["de-AT"][..], Lang::De),
        (&["de-CH"][..], Lang::De),
        (&["es-MX"][..], Lang::Es),
        (&["es-419"][..], Lang::Es),
        (&["th-TH"][..], Lang::Th),
        (&["vi-VN"][..], Lang::Vi),
        (&["id-ID"][..], Lang::Id),
        (&["in"][..], Lang::Id),
        (&["not a tag!", "en-US"][..], Lang::En),
        (&[][..], Lang::Ja),
    ];
    for (requested, want) in cases {
        assert_eq!(negotiate(requested, all, Lang::Ja), want, "{requested:?}");
    }
    assert_eq!(negotiate(&["pt"], all, Lang::En), Lang::En);
    assert_eq!(
        negotiate(&["ko"], &[Lang::Ja, Lang::En], Lang::En),
        Lang::En,
        "ko is not offered"
    );
}

#[test]
fn number_builtin_is_available() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "en/a.ftl",
        "t-n = { NUMBER($n, minimumFractionDigits: 1) } GB\n",
    );
    let l = Localizer::from_dir(dir.path()).unwrap();
    assert_eq!(
        l.try_text(
            Lang::En,
            "t-n",
            Some(&fluent_bundle::FluentArgs::from_iter([("n", 2)]))
        )
        .unwrap(),
        "2.0 GB"
    );
}

/// Log lines written through `tracing` while `f` runs.
fn captured_logs(f: impl FnOnce()) -> String {
    use std::sync::{Arc, Mutex};
    #[derive(Clone, Default)]
    struct Sink(Arc<Mutex<Vec<u8>>>);
    impl std::io::Write for Sink {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let sink = Sink::default();
    let writer = sink.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    tracing::subscriber::with_default(subscriber, f);
    let bytes = sink.0.lock().unwrap().clone();
    String::from_utf8(bytes).unwrap()
}

#[test]
fn a_missing_message_is_logged_once_not_every_frame() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "en/a.ftl", "t-en = English\n");
    let l = Localizer::from_dir(dir.path()).unwrap();
    let logs = captured_logs(|| {
        for _ in 0..3 {
            assert_eq!(l.text(Lang::Ko, "t-en"), "English");
            assert_eq!(l.text(Lang::Ko, "t-gone"), "t-gone");
        }
    });
    assert_eq!(logs.matches("t-en").count(), 1, "{logs}");
    assert_eq!(logs.matches("t-gone").count(), 1, "{logs}");
    assert!(logs.contains("WARN"), "{logs}");
}
