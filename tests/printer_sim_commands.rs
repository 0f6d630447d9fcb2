//! The simulator's table of ESC/POS command lengths, byte vector by byte vector: every command
//! is taken whole (its data counted from its header), a half-arrived one waits, an unknown one
//! is named as such.

use simkiosk::printer::interp::commands::{Frame, frame};

#[test]
fn fixed_length_commands() {
    for (bytes, len) in [
        (&b"\x1b@"[..], 2),           // ESC @
        (b"\x1b!\x38", 3),            // ESC ! n
        (b"\x1ba\x01", 3),            // ESC a n
        (b"\x1bt\x10", 3),            // ESC t n
        (b"\x1b$\x10\x00", 4),        // ESC $ nL nH
        (b"\x1bp\x00\x19\xfa", 5),    // ESC p m t1 t2
        (b"\x1d!\x11", 3),            // GS ! n
        (b"\x1dP\xcb\xcb", 4),        // GS P x y
        (b"\x1dV\x00", 3),            // GS V m
        (b"\x1dVA\x10", 4),           // GS V m n
        (b"\x1c&", 2),                // FS &
        (b"\x1cC\x01", 3),            // FS C n
        (b"\x10\x04\x01", 3),         // DLE EOT n
        (b"\x10\x14\x01\x00\x01", 5), // DLE DC4 fn 1
    ] {
        let mut with_text = bytes.to_vec();
        with_text.extend_from_slice(b"TEXT");
        assert_eq!(frame(&with_text), Frame::Command(len), "{bytes:02X?}");
    }
}

#[test]
fn commands_with_counted_data() {
    // GS v 0: 2 bytes x 3 rows of data.
    let raster = [&[0x1D, b'v', b'0', 0, 2, 0, 3, 0][..], &[0xAA; 6], b"T"].concat();
    assert_eq!(frame(&raster), Frame::Command(14));
    // ESC * 33: 2 columns of 3 bytes; ESC * 0: 2 columns of 1 byte.
    assert_eq!(frame(b"\x1b*\x21\x02\x00abcdefT"), Frame::Command(11));
    assert_eq!(frame(b"\x1b*\x00\x02\x00abT"), Frame::Command(7));
    // GS ( k: pL pH bytes follow.
    assert_eq!(frame(b"\x1d(k\x03\x001C\x06T"), Frame::Command(8));
    // GS 8 L: a 4-byte count.
    assert_eq!(frame(b"\x1d8L\x02\x00\x00\x0002T"), Frame::Command(9));
    // GS k function A ends at NUL, function B counts n.
    assert_eq!(frame(b"\x1dk\x02123\x00T"), Frame::Command(7));
    assert_eq!(frame(b"\x1dkI\x02{BT"), Frame::Command(6));
    // ESC D ends at NUL; ESC & y c1 c2 then x and y*x bytes per character.
    assert_eq!(frame(b"\x1bD\x08\x10\x00T"), Frame::Command(5));
    assert_eq!(
        frame(b"\x1b&\x03\x41\x42\x01abc\x01defT"),
        Frame::Command(13)
    );
}

#[test]
fn a_command_still_arriving_waits() {
    for bytes in [
        &b"\x1b"[..],
        b"\x1b!",
        b"\x1dv0\x00\x02\x00\x03\x00\xaa",
        b"\x1d(k\x03\x001",
        b"\x1dk\x02123",
        b"\x1dk",
        b"\x10\x04",
    ] {
        assert_eq!(frame(bytes), Frame::Incomplete, "{bytes:02X?}");
    }
}

#[test]
fn text_and_unknown_commands() {
    assert_eq!(frame(b"Hello"), Frame::Byte);
    assert_eq!(frame(b"\n"), Frame::Byte);
    assert_eq!(
        frame(b"\x8a\xbf"),
        Frame::Byte,
        "a Shift_JIS lead byte is text"
    );
    assert_eq!(frame(b"\x1b\x7fA"), Frame::Unknown);
    assert_eq!(frame(b"\x1d\x01A"), Frame::Unknown);
}
