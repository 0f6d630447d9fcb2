//! The drivers against the printer simulator on a pseudo-terminal and on TCP: status before
//! money, a confirmed job, and a job that fails half-way (paper runs out mid-job) and is reprinted.

use simkiosk::i18n::Lang;
use simkiosk::printer::driver::{self, Timeouts};
use simkiosk::printer::raster::WIDTH_80MM;
use simkiosk::printer::simulator::{self, SimConfig};
use simkiosk::printer::{PaperLevel, PrinterError, ReceiptFacts, ReceiptPrinter, render_escpos};
use std::time::Duration;

fn quick() -> Timeouts {
    Timeouts {
        status: Duration::from_millis(500),
        job_base: Duration::from_secs(5),
        poll: Duration::from_millis(100),
        ..Timeouts::default()
    }
}

fn job() -> Vec<u8> {
    render_escpos(&ReceiptFacts::sample(Lang::En), WIDTH_80MM).expect("render sample receipt")
}

#[test]
fn status_over_a_pty_follows_the_simulator_state() {
    let (path, sim) = simulator::spawn_on_pty(SimConfig::default()).expect("spawn simulator");
    let mut printer = driver::serial(&path, 115_200, quick()).expect("open pty as serial printer");
    let s = printer.status().expect("status");
    assert!(s.can_print(), "fresh simulator should be ready: {s:?}");

    sim.command("paper near-end").expect("control");
    let s = printer.status().expect("status");
    assert_eq!(s.paper, PaperLevel::NearEnd);
    assert!(s.can_print(), "near end still prints");

    sim.command("paper out").expect("control");
    let s = printer.status().expect("status");
    assert_eq!(s.paper, PaperLevel::Out);
    assert!(!s.can_print(), "no sale with paper out");

    sim.command("paper ok").expect("control");
    sim.command("cover open").expect("control");
    let s = printer.status().expect("status");
    assert!(s.cover_open && !s.can_print(), "cover open: {s:?}");
}

#[test]
fn a_job_is_confirmed_and_stored_as_bin_and_png() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = SimConfig {
        out_dir: Some(dir.path().to_path_buf()),
        ..SimConfig::default()
    };
    let (path, sim) = simulator::spawn_on_pty(config).expect("spawn simulator");
    let mut printer = driver::serial(&path, 115_200, quick()).expect("open");
    let bytes = job();
    printer.print(&bytes).expect("job confirmed by GS r");
    let jobs = sim.jobs();
    assert_eq!(jobs.len(), 1, "one job stored");
    assert!(jobs[0].complete);
    assert_eq!(
        jobs[0].bytes, bytes,
        "the simulator received the job byte for byte"
    );
    assert!(
        dir.path().join("job-0001.bin").exists(),
        "job-0001.bin in --out"
    );
    let png = std::fs::read(dir.path().join("job-0001.png")).expect("job-0001.png in --out");
    assert_eq!(&png[1..4], b"PNG");
}

#[test]
fn paper_out_mid_job_fails_the_job_and_a_reprint_after_recovery_succeeds() {
    let config = SimConfig {
        paper_left_bytes: Some(10_000),
        ..SimConfig::default()
    };
    let (path, sim) = simulator::spawn_on_pty(config).expect("spawn simulator");
    let mut printer = driver::serial(&path, 115_200, quick()).expect("open");
    let bytes = job();
    assert!(bytes.len() > 10_000, "the job must outlast the paper");
    match printer.print(&bytes) {
        Err(PrinterError::JobFailed(why)) => assert!(why.contains("paper out"), "reason: {why}"),
        other => panic!("expected JobFailed for paper out mid-job, got {other:?}"),
    }
    let jobs = sim.jobs();
    assert_eq!(jobs.len(), 1);
    assert!(!jobs[0].complete, "the simulator saw the job break");
    assert!(!printer.status().expect("status").can_print());

    // Staff load a new roll; the engine reprints the whole job.
    sim.command("paper ok").expect("control");
    printer.print(&bytes).expect("reprint after new roll");
    let jobs = sim.jobs();
    assert_eq!(jobs.len(), 2);
    assert!(
        jobs[1].complete && jobs[1].bytes == bytes,
        "the reprint is the whole job"
    );
}

#[test]
fn cover_open_before_the_job_fails_it() {
    let (path, sim) = simulator::spawn_on_pty(SimConfig {
        cover_open: true,
        ..SimConfig::default()
    })
    .expect("spawn");
    let mut printer = driver::serial(&path, 115_200, quick()).expect("open");
    match printer.print(&job()) {
        Err(PrinterError::JobFailed(why)) => assert!(why.contains("cover open"), "reason: {why}"),
        other => panic!("expected JobFailed for an open cover, got {other:?}"),
    }
    drop(sim);
}

#[test]
fn network_driver_over_tcp() {
    let (addr, sim) =
        simulator::spawn_tcp("127.0.0.1:0", SimConfig::default()).expect("spawn tcp simulator");
    let mut printer = driver::network(&addr.to_string(), quick()).expect("connect");
    assert!(printer.status().expect("status").can_print());
    printer.print(&job()).expect("confirmed");
    assert_eq!(sim.jobs().len(), 1);
}

#[test]
fn silent_printer_times_out_instead_of_hanging() {
    // A pty nobody answers on: every wait must end.
    let (_master, slave) = serialport::TTYPort::pair().expect("pty");
    let path = serialport::SerialPort::name(&slave).expect("pty name");
    let mut printer = driver::serial(&path, 115_200, quick()).expect("open");
    let started = std::time::Instant::now();
    assert!(matches!(
        printer.status(),
        Err(PrinterError::Timeout { .. })
    ));
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "status wait was not bounded"
    );
}

#[test]
fn file_driver_appends_jobs_and_reports_ready() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("spool.bin");
    let mut printer = driver::FilePrinter::new(&path);
    assert!(printer.status().expect("status").can_print());
    printer.print(b"\x1b@one").expect("first");
    printer.print(b"\x1b@two").expect("second");
    assert_eq!(
        std::fs::read(&path).expect("read spool"),
        b"\x1b@one\x1b@two"
    );
}

#[test]
fn control_commands_are_checked() {
    let (_path, sim) = simulator::spawn_on_pty(SimConfig::default()).expect("spawn");
    assert!(sim.command("paper empty").is_err());
    assert!(sim.command("lid open").is_err());
    assert!(sim.command("cover closed").is_ok());
}

/// Where the first `GS v 0` picture of `job` starts, and how many data bytes it promises.
fn first_picture(job: &[u8]) -> (usize, usize) {
    let at = job
        .windows(3)
        .position(|w| w == [0x1D, 0x76, 0x30])
        .expect("the receipt holds a GS v 0 picture");
    let width = usize::from(u16::from_le_bytes([job[at + 4], job[at + 5]]));
    let rows = usize::from(u16::from_le_bytes([job[at + 6], job[at + 7]]));
    (at, width * rows)
}

#[test]
fn a_status_request_inside_a_half_sent_picture_is_answered_and_taken_as_picture_data() {
    let bytes = job();
    let (at, data) = first_picture(&bytes);
    assert!(
        data > 16,
        "the first picture is too small to cut: {data} bytes"
    );
    let mut m = simulator::Machine::new(PaperLevel::Ok, false);
    assert_eq!(m.receive(&bytes[..at + 8 + data / 2]), Vec::<u8>::new());
    assert!(
        m.in_graphic(),
        "the printer should wait for the rest of the picture"
    );
    assert_eq!(
        m.receive(&[0x10, 0x04, 0x01]),
        [0x12],
        "DLE EOT 1 inside picture data must be answered (online printer: 0x12)"
    );
    assert!(
        m.in_graphic(),
        "the DLE EOT bytes count as picture data; the picture is not over"
    );
    // The rest of the picture, less the three bytes the status request stood in for.
    m.receive(&vec![0u8; data - data / 2 - 3]);
    assert!(!m.in_graphic(), "the picture should be complete");
}

#[test]
fn a_job_cut_in_the_middle_of_the_raster_is_finished_by_the_status_check_and_the_next_receipt_prints()
 {
    let (path, sim) = simulator::spawn_on_pty(SimConfig::default()).expect("spawn simulator");
    let bytes = job();
    let (at, data) = first_picture(&bytes);
    {
        // A kiosk killed while sending: the job stops half-way through a picture's data.
        let mut dying = driver::SerialLink::open(&path, 115_200).expect("open");
        driver::Link::send(&mut dying, &bytes[..at + 8 + data / 2]).expect("half a job");
    }
    let mut printer = driver::serial(&path, 115_200, quick()).expect("open after restart");
    let s = printer
        .status()
        .expect("the status check answers after a half-sent job");
    assert!(s.can_print(), "ready after recovery: {s:?}");
    printer
        .print(&bytes)
        .expect("the next receipt prints and is confirmed by GS r");
    let jobs = sim.jobs();
    assert_eq!(jobs.len(), 2, "the cut job and the next receipt");
    assert!(!jobs[0].complete, "the cut job is stored as not complete");
    assert!(
        jobs[1].complete && jobs[1].bytes == bytes,
        "the next receipt arrived whole and unchanged"
    );
}

#[test]
fn a_status_check_of_a_healthy_printer_sends_no_reset_and_stores_no_job() {
    let (path, sim) = simulator::spawn_on_pty(SimConfig::default()).expect("spawn simulator");
    let mut printer = driver::serial(&path, 115_200, quick()).expect("open");
    for _ in 0..3 {
        assert!(printer.status().expect("status").can_print());
    }
    assert_eq!(sim.jobs(), [], "a status check printed something");
}
