//! The QR wallet screen in every language: the code is large and scannable (decoded back from
//! the rendered picture), and the amount, the accepted wallets, the time left and cancel are on
//! it. Writes `target/snapshots/<lang>/wallet-qr.png` to look at.
//! Run: `ICED_TEST_BACKEND=tiny-skia cargo test --test ui_wallet`.
#![cfg(feature = "ui")]

mod ui_support;

use iced::widget::qr_code;
use iced_test::Simulator;
use simkiosk::domain::Yen;
use simkiosk::i18n::{Lang, Localizer};
use simkiosk::ui::ctx::Ctx;
use simkiosk::ui::screen::wallet;
use simkiosk::ui::theme::Prefs;
use std::path::{Path, PathBuf};
use ui_support::{PORTRAIT, settings};

const URL: &str = "https://qr.paypay.ne.jp/sim/04-SIM0000000001";

/// Renders the screen to `path` and returns it.
fn render(l10n: &Localizer, lang: Lang, code: &qr_code::Data, path: &Path) -> PathBuf {
    let ctx = Ctx {
        l10n,
        lang,
        prefs: Prefs::default(),
        portrait: true,
    };
    let view = wallet::view(&ctx, Yen(3_300), code, &["PayPay"], 287);
    let mut sim = Simulator::with_size(settings(), PORTRAIT, view);
    for shown in [l10n.text(lang, "ui-pay-cancel"), l10n.yen(lang, Yen(3_300))] {
        assert!(
            sim.find(shown.as_str()).is_ok(),
            "{lang:?}: {shown:?} not on the QR screen"
        );
    }
    let snap = sim.snapshot(&Prefs::default().theme()).expect("renders");
    let written = path.with_file_name("wallet-qr-tiny-skia.png");
    let _ = std::fs::remove_file(&written);
    assert!(snap.matches_image(path).expect("PNG written"));
    std::fs::rename(&written, path).expect("rename the PNG");
    path.to_path_buf()
}

/// Every QR payload found in a PNG.
fn qr_payloads(png_path: &Path) -> Vec<String> {
    let bytes = std::fs::read(png_path).unwrap();
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let (w, h) = (info.width as usize, info.height as usize);
    let mut img =
        rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| buf[(y * w + x) * channels]);
    img.detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok().map(|d| d.1))
        .collect()
}

#[test]
fn the_qr_screen_shows_a_scannable_code_with_amount_wallets_and_cancel_in_every_language() {
    let l10n = Localizer::embedded().unwrap();
    let code = qr_code::Data::new(URL.as_bytes()).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/snapshots");
    for lang in Lang::ALL {
        for id in ["ui-wallet-title", "ui-wallet-how"] {
            assert_ne!(l10n.text(lang, id), id, "{lang:?}: {id} untranslated");
        }
        let dir = root.join(lang.tag());
        std::fs::create_dir_all(&dir).unwrap();
        let png = render(&l10n, lang, &code, &dir.join("wallet-qr.png"));
        assert_eq!(
            qr_payloads(&png),
            [URL],
            "{lang:?}: the rendered code does not scan back to the payment URL"
        );
    }
}
