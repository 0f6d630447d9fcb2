//! kiosk.toml `[store] logo`: a PNG beside kiosk.toml (or anywhere), checked when the file is
//! loaded, so a missing, unreadable or oversized logo is a clear configuration error naming the
//! key, not a blank corner on the kiosk.

mod kiosk_support;

use simkiosk::config::Config;
use std::path::Path;

/// A `w`×`h` opaque red PNG at `path`.
fn png(path: &Path, w: u32, h: u32) {
    let file = std::fs::File::create(path).unwrap();
    let mut enc = png::Encoder::new(std::io::BufWriter::new(file), w, h);
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    let mut writer = enc.write_header().unwrap();
    let pixels: Vec<u8> = (0..w * h).flat_map(|_| [200, 20, 20, 255]).collect();
    writer.write_image_data(&pixels).unwrap();
}

/// kiosk.toml in `dir` with `logo = "<logo>"` in `[store]`; returns its path.
fn kiosk_toml(dir: &Path, logo: &str) -> std::path::PathBuf {
    let text = kiosk_support::demo_config_text(dir, &[]);
    let mut doc: toml_edit::DocumentMut = text.parse().unwrap();
    doc["store"]["logo"] = toml_edit::value(logo);
    let path = dir.join("kiosk.toml");
    std::fs::write(&path, doc.to_string()).unwrap();
    path
}

fn load_error(path: &Path) -> String {
    match Config::load(path) {
        Ok(_) => panic!("a bad logo was accepted"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_png_beside_kiosk_toml_is_the_logo() {
    let dir = tempfile::tempdir().unwrap();
    png(&dir.path().join("shop-logo.png"), 300, 100);
    let config = Config::load(kiosk_toml(dir.path(), "shop-logo.png")).expect("a good logo loads");
    assert_eq!(
        config.store.logo.as_deref(),
        Some(dir.path().join("shop-logo.png").as_path()),
        "relative to kiosk.toml"
    );
}

#[test]
fn a_missing_logo_is_a_config_error_naming_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let e = load_error(&kiosk_toml(dir.path(), "nowhere.png"));
    assert!(e.contains("store.logo") && e.contains("cannot read"), "{e}");
}

#[test]
fn a_logo_that_is_not_a_png_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("logo.png"), "<svg/>").unwrap();
    let e = load_error(&kiosk_toml(dir.path(), "logo.png"));
    assert!(e.contains("store.logo") && e.contains("not a PNG"), "{e}");
}

#[test]
fn an_oversized_logo_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    png(&dir.path().join("logo.png"), 4000, 10);
    let e = load_error(&kiosk_toml(dir.path(), "logo.png"));
    assert!(e.contains("store.logo") && e.contains("4000×10"), "{e}");
}
