//! Status parsing from byte vectors (ESC/POS `DLE EOT n` and `GS r 1` replies).

use simkiosk::printer::status::{
    self, DLE_EOT_OFFLINE, DLE_EOT_PAPER, DLE_EOT_PRINTER, GS_R_PAPER,
};
use simkiosk::printer::{PaperLevel, PrinterError, PrinterStatus};

#[test]
fn requests_are_three_bytes_each() {
    assert_eq!(DLE_EOT_PRINTER, [0x10, 0x04, 0x01]);
    assert_eq!(DLE_EOT_OFFLINE, [0x10, 0x04, 0x02]);
    assert_eq!(DLE_EOT_PAPER, [0x10, 0x04, 0x04]);
    assert_eq!(GS_R_PAPER, [0x1D, 0x72, 0x01]);
}

/// Keeps what the escpos crate writes.
#[derive(Clone, Default)]
struct Capture(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl escpos::driver::Driver for Capture {
    fn name(&self) -> String {
        "capture".into()
    }
    fn write(&self, data: &[u8]) -> escpos::errors::Result<()> {
        self.0.lock().expect("capture lock").extend_from_slice(data);
        Ok(())
    }
    fn read(&self, _buf: &mut [u8]) -> escpos::errors::Result<usize> {
        Ok(0)
    }
    fn flush(&self) -> escpos::errors::Result<()> {
        Ok(())
    }
}

/// The escpos crate's real-time status request carries a trailing NUL the printer would take as
/// the next data byte: this is why the drivers send `status::dle_eot(n)` (3 bytes) instead.
#[test]
fn escpos_crate_real_time_status_sends_one_nul_too_many() {
    use escpos::printer::Printer;
    use escpos::utils::{Protocol, RealTimeStatusRequest};
    let capture = Capture::default();
    let mut p = Printer::new(capture.clone(), Protocol::default(), None);
    p.real_time_status(RealTimeStatusRequest::RollPaperSensor)
        .expect("queue request");
    p.send_status().expect("send");
    let sent = capture.0.lock().expect("capture lock").clone();
    assert_eq!(
        sent,
        vec![0x10, 0x04, 0x04, 0x00],
        "the crate's bytes changed: re-check whether to use it"
    );
    assert_eq!(status::dle_eot(4), [0x10, 0x04, 0x04]);
}

#[test]
fn healthy_printer_replies() {
    // 0x12 = 0001 0010: the fixed bits only.
    let s = status::combine(0x12, 0x12, 0x12, None).expect("valid replies");
    assert_eq!(
        s,
        PrinterStatus {
            online: true,
            cover_open: false,
            paper: PaperLevel::Ok,
            error: None
        }
    );
    assert!(s.can_print());
}

#[test]
fn offline_bit_of_dle_eot_1() {
    // 0x1A = 0001 1010: bit 3 set, offline.
    assert_eq!(status::parse_printer(0x1A), Ok(false));
    assert_eq!(status::parse_printer(0x12), Ok(true));
}

#[test]
fn cover_open_and_paper_end_stop_from_dle_eot_2() {
    // 0x16 = 0001 0110: bit 2 cover open.
    let c = status::parse_offline(0x16).expect("valid");
    assert!(c.cover_open && !c.paper_end_stop && !c.error);
    // 0x32 = 0011 0010: bit 5 stopped by paper end.
    let c = status::parse_offline(0x32).expect("valid");
    assert!(c.paper_end_stop && !c.cover_open);
    // 0x52 = 0101 0010: bit 6 error.
    assert!(status::parse_offline(0x52).expect("valid").error);
}

#[test]
fn paper_levels_from_dle_eot_4() {
    assert_eq!(status::parse_paper(0x12), Ok(PaperLevel::Ok));
    // 0x1E = 0001 1110: bits 2-3 near end.
    assert_eq!(status::parse_paper(0x1E), Ok(PaperLevel::NearEnd));
    // 0x72 = 0111 0010: bits 5-6 paper end.
    assert_eq!(status::parse_paper(0x72), Ok(PaperLevel::Out));
    // 0x7E: near end and end both set -> out.
    assert_eq!(status::parse_paper(0x7E), Ok(PaperLevel::Out));
}

#[test]
fn error_cause_from_dle_eot_3() {
    // 0x1A = 0001 1010: bit 3 autocutter.
    assert_eq!(
        status::parse_error_cause(0x1A),
        Ok(Some("autocutter error".into()))
    );
    assert_eq!(status::parse_error_cause(0x12), Ok(None));
    let s = status::combine(0x12, 0x52, 0x12, Some(0x32)).expect("valid");
    assert_eq!(s.error.as_deref(), Some("unrecoverable error"));
    assert!(!s.can_print());
}

#[test]
fn replies_outside_the_pattern_are_bad_status() {
    for b in [0x00u8, 0xFF, 0x10, 0x02, 0x92, 0x13] {
        match status::parse_paper(b) {
            Err(PrinterError::BadStatus(msg)) => {
                assert!(msg.contains("0xx1xx10"), "message for {b:#04x}: {msg}")
            }
            other => panic!("{b:#04x} should be BadStatus, got {other:?}"),
        }
    }
    assert!(matches!(
        status::combine(0x12, 0x00, 0x12, None),
        Err(PrinterError::BadStatus(_))
    ));
}

#[test]
fn paper_stop_overrides_paper_sensor() {
    // The roll sensor says fine but printing stopped by paper end: out.
    let s = status::combine(0x12, 0x32, 0x12, None).expect("valid");
    assert_eq!(s.paper, PaperLevel::Out);
}

#[test]
fn near_end_still_prints() {
    let s = status::combine(0x12, 0x12, 0x1E, None).expect("valid");
    assert_eq!(s.paper, PaperLevel::NearEnd);
    assert!(s.can_print());
}

#[test]
fn gs_r_replies_are_told_apart_from_real_time_replies() {
    assert!(status::is_gs_r_reply(0x00));
    assert!(status::is_gs_r_reply(0x03));
    assert!(!status::is_gs_r_reply(0x12));
    assert!(status::is_realtime_reply(0x12));
    assert_eq!(status::parse_gs_r_paper(0x00), Ok(PaperLevel::Ok));
    assert_eq!(status::parse_gs_r_paper(0x03), Ok(PaperLevel::NearEnd));
    assert_eq!(status::parse_gs_r_paper(0x0C), Ok(PaperLevel::Out));
    assert!(matches!(
        status::parse_gs_r_paper(0x12),
        Err(PrinterError::BadStatus(_))
    ));
}

#[test]
fn encoded_replies_parse_back_to_the_same_status() {
    for paper in [PaperLevel::Ok, PaperLevel::NearEnd, PaperLevel::Out] {
        for cover_open in [false, true] {
            let s = PrinterStatus {
                online: true,
                cover_open,
                paper,
                error: None,
            };
            let [p, o, e, r] = status::encode_replies(&s);
            let back = status::combine(p, o, r, Some(e)).expect("valid");
            assert_eq!((back.cover_open, back.paper), (cover_open, paper));
        }
    }
}
