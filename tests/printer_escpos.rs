//! The ESC/POS encoding of raster pieces, byte by byte, and the decoder that reads it back.

use simkiosk::printer::decode::{self, Op};
use simkiosk::printer::escpos::{encode_job, raster_bytes};
use simkiosk::printer::raster::{Bitmap, Piece};

#[test]
fn blank_rows_become_feed_and_inked_rows_a_band_cut_to_their_width() {
    let mut b = Bitmap::new(576, 5);
    b.set(0, 2); // row 2, first dot
    b.set(9, 3); // row 3, second byte
    let bytes = raster_bytes(&b);
    #[rustfmt::skip]
    let expected = vec![
        0x1B, 0x4A, 2,                      // ESC J 2: rows 0-1 blank
        0x1D, 0x76, 0x30, 0x00,             // GS v 0, normal density
        2, 0, 2, 0,                         // 2 bytes wide (cut after the last ink), 2 rows
        0x80, 0x00,                         // row 2
        0x00, 0x40,                         // row 3
        0x1B, 0x4A, 1,                      // ESC J 1: row 4 blank
    ];
    assert_eq!(bytes, expected);
}

#[test]
fn long_blank_runs_split_into_feeds_of_at_most_255() {
    let b = Bitmap::new(8, 300);
    assert_eq!(raster_bytes(&b), vec![0x1B, 0x4A, 255, 0x1B, 0x4A, 45]);
}

#[test]
fn job_starts_with_init_and_motion_units_and_ends_with_cut() {
    let job = encode_job(&[Piece::Qr("https://x.example/t/1".into())]).expect("encode");
    // ESC @ then GS P 203 203 (ESC J counts dots).
    assert_eq!(&job[..6], &[0x1B, 0x40, 0x1D, 0x50, 203, 203]);
    // GS V A 0: feed and full cut.
    assert_eq!(&job[job.len() - 4..], &[0x1D, 0x56, 0x41, 0x00]);
    let ops = decode::parse(&job);
    // QR: model 2, module 6 dots, level M (49), then store and print.
    assert!(ops.contains(&Op::QrModel(50)), "model 2: {ops:?}");
    assert!(ops.contains(&Op::QrSize(6)));
    assert!(ops.contains(&Op::QrLevel(49)), "error level M");
    assert!(ops.contains(&Op::QrStore(b"https://x.example/t/1".to_vec())));
    assert!(ops.contains(&Op::QrPrint));
    assert!(
        !ops.iter().any(|o| matches!(o, Op::Other(_))),
        "only known commands: {ops:?}"
    );
}

#[test]
fn decoder_needs_whole_commands() {
    // A GS v 0 header promising 2 bytes with only 1 present: wait for more.
    assert_eq!(
        decode::next_op(&[0x1D, 0x76, 0x30, 0, 1, 0, 2, 0, 0xFF]),
        None
    );
    assert_eq!(decode::next_op(&[0x10, 0x04]), None);
    assert_eq!(
        decode::next_op(&[0x10, 0x04, 0x02]),
        Some((Op::StatusRequest(2), 3))
    );
    assert_eq!(
        decode::next_op(&[0x1D, 0x72, 0x01]),
        Some((Op::TransmitStatus(1), 3))
    );
}

#[test]
fn decoded_raster_reproduces_the_bitmap() {
    let mut b = Bitmap::new(64, 20);
    for i in 0..20 {
        b.set(i * 3, i);
    }
    let printed = decode::print(
        &decode::parse(&encode_job(&[Piece::Image(b.clone())]).expect("encode")),
        64,
    );
    for y in 0..20 {
        for x in 0..64 {
            assert_eq!(printed.page.get(x, y), b.get(x, y), "dot ({x},{y})");
        }
    }
}

proptest::proptest! {
    /// Whatever a host sends, the decoder and the simulated printer answer without panicking,
    /// and every reply byte is a well-formed status byte.
    #[test]
    fn arbitrary_bytes_never_panic_the_decoder_or_the_simulator(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048)) {
        let printed = decode::print(&decode::parse(&bytes), 576);
        proptest::prop_assert_eq!(printed.page.width, 576);
        let mut m = simkiosk::printer::simulator::Machine::new(simkiosk::printer::PaperLevel::Ok, false);
        for chunk in bytes.chunks(7) {
            for b in m.receive(chunk) {
                proptest::prop_assert!(
                    simkiosk::printer::status::is_realtime_reply(b) || simkiosk::printer::status::is_gs_r_reply(b),
                    "reply {:#04x}", b
                );
            }
        }
    }
}
