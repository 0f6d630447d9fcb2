//! Where the simulated printer ends a job (a cut, an `ESC @` after content, the end of the
//! connection), and that it draws the kiosk's own receipts dot for dot as the golden decoder does.
//! After a deliberate change of the text-mode picture: `UPDATE_GOLDEN=1 cargo test --test
//! printer_sim_jobs`, then look at tests/golden/printer_sim_receipt_ja_text.png.

use simkiosk::i18n::Lang;
use simkiosk::printer::raster::WIDTH_80MM;
use simkiosk::printer::render::render_escpos_text;
use simkiosk::printer::simulator::{self, Machine, SimConfig};
use simkiosk::printer::{PaperLevel, ReceiptFacts, decode, interp, render_escpos};
use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[test]
fn the_kiosks_receipts_draw_exactly_as_the_golden_decoder_draws_them() {
    for lang in Lang::ALL {
        let job = render_escpos(&ReceiptFacts::sample(lang), WIDTH_80MM).expect("render");
        let golden = decode::print(&decode::parse(&job), WIDTH_80MM);
        let sim = interp::render(&job, WIDTH_80MM);
        assert!(sim.notes.is_empty(), "{lang:?}: {:?}", sim.notes);
        assert_eq!(sim.qr_payloads, golden.qr_payloads, "{lang:?}: QR payloads");
        assert!(sim.cut, "{lang:?}: the receipt is cut");
        assert!(
            sim.page == golden.page,
            "{lang:?}: the simulator's picture differs from the golden decoder's"
        );
    }
}

#[test]
fn the_kiosks_text_mode_receipt_prints_its_kanji_text() {
    let job = render_escpos_text(&ReceiptFacts::sample(Lang::Ja), WIDTH_80MM).expect("text job");
    let r = interp::render(&job, WIDTH_80MM);
    assert!(r.notes.is_empty(), "{:?}", r.notes);
    assert_eq!(r.qr_payloads.len(), 1, "the QR code");
    let png = interp::to_png(&r.page);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/printer_sim_receipt_ja_text.png");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &png).expect("write golden");
    }
    let golden = std::fs::read(&path).expect("golden PNG (run with UPDATE_GOLDEN=1)");
    if golden != png {
        let seen = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("target/actual_printer_sim_receipt_ja_text.png");
        let _ = std::fs::write(&seen, &png);
        panic!(
            "the text-mode receipt draws differently; actual picture in {}",
            seen.display()
        );
    }
}

#[test]
fn a_job_ends_at_its_cut() {
    let mut m = Machine::new(PaperLevel::Ok, false);
    m.receive(b"\x1b@first\n\x1dV\x00");
    let jobs = m.take_jobs();
    assert_eq!(jobs.len(), 1, "the cut ends the job");
    assert!(jobs[0].complete);
    assert_eq!(jobs[0].bytes, b"\x1b@first\n\x1dV\x00");
    m.receive(b"second\n\x1dVA\x00");
    assert_eq!(m.take_jobs()[0].bytes, b"second\n\x1dVA\x00");
}

#[test]
fn esc_at_after_content_ends_a_job() {
    let mut m = Machine::new(PaperLevel::Ok, false);
    m.receive(b"\x1b@no cut\n");
    assert!(m.take_jobs().is_empty(), "the job is still open");
    m.receive(b"\x1b@");
    let jobs = m.take_jobs();
    assert_eq!(jobs.len(), 1);
    assert_eq!(jobs[0].bytes, b"\x1b@no cut\n");
}

#[test]
fn the_end_of_the_connection_ends_a_job_and_a_half_sent_picture_is_not_complete() {
    let mut m = Machine::new(PaperLevel::Ok, false);
    m.receive(b"no cut, no reset\n");
    m.end_of_stream();
    let jobs = m.take_jobs();
    assert_eq!(jobs.len(), 1);
    assert!(jobs[0].complete, "everything sent was taken");

    m.receive(b"\x1dv0\x00\x01\x00\x04\x00\xff");
    m.end_of_stream();
    let jobs = m.take_jobs();
    assert_eq!(jobs.len(), 1);
    assert!(!jobs[0].complete, "three picture bytes never came");
}

#[test]
fn a_barcodes_data_is_never_taken_for_commands() {
    // CODE128 code set C bytes 27 and 64 are ESC @ as data: no job may end there.
    let mut m = Machine::new(PaperLevel::Ok, false);
    m.receive(b"\x1b@\x1dk\x49\x04{C\x1b\x40\x1dV\x00");
    let jobs = m.take_jobs();
    assert_eq!(jobs.len(), 1, "{jobs:?}");
    assert!(jobs[0].complete);
}

#[test]
fn a_tcp_client_that_disconnects_without_a_cut_gets_its_png() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = SimConfig {
        out_dir: Some(dir.path().to_path_buf()),
        ..SimConfig::default()
    };
    let (addr, sim) = simulator::spawn_tcp("127.0.0.1:0", config).expect("spawn");
    {
        let mut client = std::net::TcpStream::connect(addr).expect("connect");
        client.write_all(b"\x1ba\x01Hello\n").expect("send");
    }
    let png = dir.path().join("job-0001.png");
    let deadline = Instant::now() + Duration::from_secs(5);
    while !png.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        png.exists(),
        "no job-0001.png after the client disconnected"
    );
    assert_eq!(sim.jobs().len(), 1);
    assert_eq!(sim.jobs()[0].bytes, b"\x1ba\x01Hello\n");
}
