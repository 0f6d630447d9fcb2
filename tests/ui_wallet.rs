//! The QR wallet screen in every language: the code is large and scannable (decoded back from
//! the rendered picture), and the amount, the accepted wallets, the time left and cancel are on
//! it. Writes `target/snapshots/<lang>/wallet-qr.png` to look at. Then whole PayPay sales on the
//! demo engine (its wallet simulator pays by itself after a second): paid, and cancelled at the QR
//! screen, each checked in the journal.
//! Run: `ICED_TEST_BACKEND=tiny-skia cargo test --test ui_wallet`.
#![cfg(feature = "ui")]

mod ui_support;

use iced::widget::qr_code;
use iced_test::Simulator;
use simkiosk::domain::Yen;
use simkiosk::flow::{PaymentMethod, SaleFailure, Screen};
use simkiosk::i18n::{Lang, Localizer};
use simkiosk::journal::{ListFilter, TxState};
use simkiosk::ui::ctx::Ctx;
use simkiosk::ui::screen::wallet;
use simkiosk::ui::theme::Prefs;
use simkiosk::ui::{EngineDevices, Message, screen::review};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use ui_support::{Harness, PORTRAIT, demo_config, settings};

const URL: &str = "https://qr.paypay.ne.jp/sim/04-SIM0000000001";

/// Renders the screen to `path` and returns it.
fn render(l10n: &Localizer, lang: Lang, code: &qr_code::Data, path: &Path) -> PathBuf {
    let ctx = Ctx {
        l10n,
        lang,
        prefs: Prefs::default(),
        portrait: true,
        step: Some(5),
        brand: None,
        logo: None,
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

/// The kiosk on the real demo engine (both methods, the wallet simulator paying each code after
/// a second), its files in `dir`.
fn engine_harness(dir: &Path) -> (Harness, EngineDevices) {
    let mut config = demo_config();
    config.journal.path = dir.join("journal.db");
    config.carrier.kind = simkiosk::config::CarrierKind::Demo {
        demo_db: dir.join("carrier.db"),
    };
    if let Some(paypay) = config.payment_methods.paypay.as_mut() {
        paypay.poll_secs = 1;
        paypay.kind = simkiosk::config::PayPayKind::Simulated {
            auto_pay_after_secs: Some(1),
        };
    }
    let devices = EngineDevices::new(&config).expect("the demo engine starts");
    (Harness::new(Arc::new(devices.clone()), PORTRAIT), devices)
}

/// From attract to review with the demo SIM 090-1234-5678, in English.
fn to_review(h: &mut Harness) {
    h.tap(&h.tr_in(Lang::Ja, "ui-attract-touch"));
    h.tap(Lang::En.native_name());
    h.type_digits("09012345678");
    h.tap(&h.tr("ui-identify-submit"));
    h.tap(&h.tr("ui-status-continue"));
    h.tap(&h.tr("ui-plans-next"));
    assert_eq!(h.screen_name(), "review", "the walk reaches review");
}

#[test]
fn a_wallet_sale_on_the_demo_renews_and_journals_paypay() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (mut h, devices) = engine_harness(dir.path());
    to_review(&mut h);
    assert!(
        h.shows(&h.tr("ui-review-pay")) && h.shows(&h.tr("ui-review-pay-wallet")),
        "the demo offers card and PayPay on review"
    );
    h.tap(&h.tr("ui-review-pay-wallet"));
    let Screen::Done { transaction_id, .. } = h.screen().clone() else {
        panic!("the wallet sale ends on done, not {}", h.screen_name())
    };
    let row = devices
        .engine()
        .journal()
        .get(&transaction_id)
        .expect("the sale is journaled");
    assert_eq!(row.payment_method, "paypay", "the journal names the wallet");
    assert!(
        row.renewal.is_some(),
        "the journal has the renewal: {row:?}"
    );
    assert_eq!(row.state, TxState::Done, "renewed and receipt printed");
}

#[test]
fn cancel_at_the_qr_screen_charges_nothing() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let (mut h, devices) = engine_harness(dir.path());
    to_review(&mut h);
    // Stop the sale before it runs: the customer cancels on the pay screen.
    h.send(Message::Review(review::Message::PayBy(
        PaymentMethod::Paypay,
    )));
    assert_eq!(h.screen_name(), "pay");
    h.tap(&h.tr("ui-pay-cancel"));
    let Screen::SaleFailed { failure, .. } = h.screen() else {
        panic!("cancel ends on the failed screen, got {}", h.screen_name())
    };
    assert_eq!(failure, &SaleFailure::Aborted, "nothing was charged");
    let rows = devices
        .engine()
        .journal()
        .list(ListFilter::default())
        .expect("the journal reads");
    let [row] = rows.as_slice() else {
        panic!("one wallet sale journaled, got {rows:?}")
    };
    assert_eq!(row.payment_method, "paypay");
    assert_eq!(
        row.state,
        TxState::PaymentAborted,
        "the code was withdrawn unpaid: {row:?}"
    );
    assert!(
        row.approval.is_none() && row.renewal.is_none(),
        "no payment and no renewal in the journal: {row:?}"
    );
}
