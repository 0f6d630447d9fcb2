//! How long each ESC/POS command is, so that a command the interpreter does not draw is skipped
//! whole and never printed as text. Lengths from the Epson "ESC/POS Command Reference" (TM-T88
//! class, standard mode); the section is the command's own name there.

/// What starts at the front of a byte stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// A byte that is not a command prefix: text, or a one-byte control (LF, CR, HT, …).
    Byte,
    /// A whole command of this many bytes (prefix, function and parameters or data).
    Command(usize),
    /// The front is a command whose rest has not arrived (or never will, at the end of a job).
    Incomplete,
    /// A prefix and a function byte the table does not know: skip these two bytes.
    Unknown,
}

/// `ESC` (1B), `GS` (1D), `FS` (1C), `DLE` (10): the command prefixes.
pub const ESC: u8 = 0x1B;
pub const GS: u8 = 0x1D;
pub const FS: u8 = 0x1C;
pub const DLE: u8 = 0x10;

/// The length of a command from its header, when its data are counted by parameters.
fn le16(buf: &[u8], at: usize) -> Option<usize> {
    Some(usize::from(buf.get(at).copied()?) | usize::from(buf.get(at + 1).copied()?) << 8)
}

fn whole(buf: &[u8], len: Option<usize>) -> Frame {
    match len {
        Some(n) if buf.len() >= n => Frame::Command(n),
        _ => Frame::Incomplete,
    }
}

/// Up to and including the first NUL at or after `from` (`ESC D`, `GS k` function A).
fn nul_terminated(buf: &[u8], from: usize) -> Frame {
    match buf.get(from..).and_then(|t| t.iter().position(|&b| b == 0)) {
        Some(i) => Frame::Command(from + i + 1),
        None => Frame::Incomplete,
    }
}

/// Frames the command (or byte) at the front of `buf`.
pub fn frame(buf: &[u8]) -> Frame {
    let Some(&first) = buf.first() else {
        return Frame::Incomplete;
    };
    if !matches!(first, ESC | GS | FS | DLE) {
        return Frame::Byte;
    }
    let Some(&f) = buf.get(1) else {
        return Frame::Incomplete;
    };
    let fixed = |n: usize| whole(buf, Some(n));
    match (first, f) {
        // ESC 2, ESC @, ESC L, ESC S, ESC i, ESC m: no parameter.
        (ESC, b'2' | b'@' | b'L' | b'S' | b'i' | b'm' | 0x0C) => fixed(2),
        // ESC SP, ESC !, ESC %, ESC -, ESC 3, ESC =, ESC ?, ESC E, ESC G, ESC J, ESC M, ESC R,
        // ESC T, ESC V, ESC a, ESC d, ESC e, ESC r, ESC t, ESC u, ESC {, ESC U, ESC v: one n.
        (
            ESC,
            b' ' | b'!' | b'%' | b'-' | b'3' | b'=' | b'?' | b'E' | b'G' | b'J' | b'M' | b'R'
            | b'T' | b'V' | b'a' | b'd' | b'e' | b'r' | b't' | b'u' | b'{' | b'U',
        ) => fixed(3),
        // ESC $ nL nH (absolute position), ESC \ nL nH (relative position).
        (ESC, b'$' | b'\\') => fixed(4),
        // ESC c 3 n / ESC c 4 n / ESC c 5 n (paper sensors, panel buttons).
        (ESC, b'c') => fixed(4),
        // ESC p m t1 t2 (drawer kick pulse).
        (ESC, b'p') => fixed(5),
        // ESC W xL xH yL yH dxL dxH dyL dyH (print area in page mode).
        (ESC, b'W') => fixed(10),
        // ESC D n1 … nk NUL (horizontal tab positions).
        (ESC, b'D') => nul_terminated(buf, 2),
        // ESC * m nL nH d1 … dk: k = n for 8-dot modes (m 0, 1), 3n for 24-dot modes (32, 33).
        (ESC, b'*') => {
            let per_column = match buf.get(2) {
                None => return Frame::Incomplete,
                Some(0 | 1) => 1,
                Some(_) => 3,
            };
            whole(buf, le16(buf, 3).map(|n| 5 + n * per_column))
        }
        // ESC & y c1 c2 [x d1 … d(y × x)] × (c2 − c1 + 1): define user characters.
        (ESC, b'&') => user_characters(buf),
        // ESC ( A pL pH … (beeper), and every other ESC ( x: pL pH count the rest.
        (ESC, b'(') => whole(buf, le16(buf, 3).map(|p| 5 + p)),

        // GS :, GS c: no parameter.
        (GS, b':' | b'c') => fixed(2),
        // GS !, GS /, GS B, GS H, GS I, GS T, GS a, GS b, GS f, GS h, GS r, GS w, GS E, GS j:
        // one n.
        (
            GS,
            b'!' | b'/' | b'B' | b'H' | b'I' | b'T' | b'a' | b'b' | b'f' | b'h' | b'r' | b'w'
            | b'E' | b'j',
        ) => fixed(3),
        // GS $, GS L, GS W, GS \ (positions and widths), GS P x y (motion units): two bytes.
        (GS, b'$' | b'L' | b'W' | b'\\' | b'P') => fixed(4),
        // GS ^ r t m (execute macro), GS z 0 t1 t2 (online recovery wait).
        (GS, b'^' | b'z') => fixed(5),
        // GS g 0 m aL aH, GS g 2 m aL aH (maintenance counters).
        (GS, b'g') => fixed(6),
        // GS V m (m 0, 1, 48, 49) or GS V m n (m 65, 66, 97, 98, 103, 104): cut.
        (GS, b'V') => match buf.get(2) {
            None => Frame::Incomplete,
            Some(65 | 66 | 97 | 98 | 103 | 104) => fixed(4),
            Some(_) => fixed(3),
        },
        // GS * x y d1 … d(x × y × 8): define a downloaded bit image.
        (GS, b'*') => whole(
            buf,
            buf.get(2)
                .zip(buf.get(3))
                .map(|(&x, &y)| 4 + usize::from(x) * usize::from(y) * 8),
        ),
        // GS v 0 m xL xH yL yH d1 … d(x × y), GS Q 0 (variable vertical size) likewise.
        (GS, b'v' | b'Q') => {
            let len = le16(buf, 4).zip(le16(buf, 6)).map(|(x, y)| 8 + x * y);
            whole(buf, len)
        }
        // GS ( x pL pH …: pL + 256 pH bytes follow (GS ( k QR, GS ( L graphics, …).
        (GS, b'(') => whole(buf, le16(buf, 3).map(|p| 5 + p)),
        // GS 8 L p1 p2 p3 p4 …: a 32-bit count follows.
        (GS, b'8') => {
            let len = buf.get(3..7).map(|p| {
                7 + p
                    .iter()
                    .rev()
                    .fold(0usize, |acc, &b| (acc << 8) | usize::from(b))
            });
            whole(buf, len)
        }
        // GS k m d1 … NUL (function A, m 0–6) or GS k m n d1 … dn (function B, m 65–79).
        (GS, b'k') => match buf.get(2) {
            None => Frame::Incomplete,
            Some(&m) if m <= 6 => nul_terminated(buf, 3),
            Some(_) => whole(buf, buf.get(3).map(|&n| 4 + usize::from(n))),
        },

        // FS &, FS .: kanji mode on and off.
        (FS, b'&' | b'.') => fixed(2),
        // FS !, FS -, FS C, FS W: one n.
        (FS, b'!' | b'-' | b'C' | b'W') => fixed(3),
        // FS S n1 n2 (kanji spacing), FS p n m (print NV bit image).
        (FS, b'S' | b'p') => fixed(4),
        // FS 2 c1 c2 d1 … d72: define a user kanji (24 × 24 dots).
        (FS, b'2') => fixed(75),
        // FS ( x pL pH ….
        (FS, b'(') => whole(buf, le16(buf, 3).map(|p| 5 + p)),

        // DLE EOT n, DLE ENQ n: real-time requests.
        (DLE, 0x04 | 0x05) => fixed(3),
        // DLE DC4 fn …: fn 8 (clear buffers) has 7 parameters, the others 3.
        (DLE, 0x14) => match buf.get(2) {
            None => Frame::Incomplete,
            Some(8) => fixed(10),
            Some(_) => fixed(5),
        },
        _ => Frame::Unknown,
    }
}

/// `ESC & y c1 c2 …`: for each character from c1 to c2, a width x then y × x bytes.
fn user_characters(buf: &[u8]) -> Frame {
    let (Some(&y), Some(&c1), Some(&c2)) = (buf.get(2), buf.get(3), buf.get(4)) else {
        return Frame::Incomplete;
    };
    let mut at = 5;
    for _ in c1..=c2.max(c1) {
        let Some(&x) = buf.get(at) else {
            return Frame::Incomplete;
        };
        at += 1 + usize::from(y) * usize::from(x);
    }
    whole(buf, Some(at))
}

/// The command's bytes as hex, for a log line (at most the first 16).
pub fn hex(bytes: &[u8]) -> String {
    let mut s: Vec<String> = bytes.iter().take(16).map(|b| format!("{b:02X}")).collect();
    if bytes.len() > 16 {
        s.push(format!("… ({} bytes)", bytes.len()));
    }
    s.join(" ")
}
