//! Receipts in every language, rendered to the bytes a printer gets and played back to PNG.
//! `cargo test --no-default-features --test printer_render` writes them to target/receipts/
//! (receipt-<lang>.png, .bin and .txt) for a person to look at.

use simkiosk::i18n::Lang;
use simkiosk::printer::raster::WIDTH_80MM;
use simkiosk::printer::render::{job_to_png, receipt_lines};
use simkiosk::printer::{ReceiptFacts, layout, render_escpos};
use std::path::PathBuf;

fn out_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/receipts");
    std::fs::create_dir_all(&dir).expect("create target/receipts");
    dir
}

#[test]
fn every_language_renders_to_png_in_target_receipts() {
    let dir = out_dir();
    for lang in Lang::ALL {
        let mut facts = ReceiptFacts::sample(lang);
        // One of them a reprint, to look at the REPRINT / 再発行 marks too.
        facts.reprint = lang == Lang::Ko;
        let job = render_escpos(&facts, WIDTH_80MM).expect("render");
        let png = job_to_png(&job, WIDTH_80MM);
        let text = layout::to_text(&receipt_lines(&facts).expect("lines"));
        std::fs::write(dir.join(format!("receipt-{}.png", lang.tag())), &png).expect("write png");
        std::fs::write(dir.join(format!("receipt-{}.bin", lang.tag())), &job).expect("write bin");
        std::fs::write(dir.join(format!("receipt-{}.txt", lang.tag())), &text).expect("write txt");
        assert!(png.starts_with(b"\x89PNG"), "{lang:?}: not a PNG");
        assert!(
            text.contains(&facts.transaction_id),
            "{lang:?}: transaction id missing"
        );
    }
}
