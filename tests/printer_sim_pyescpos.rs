//! The printer simulator driven by a client nobody here wrote: python-escpos 3.1
//! (tools/escpos-client-check.py) prints centred double-height text, an image, a QR code, an
//! EAN-13 barcode and a cut to `simkiosk printer-sim --tcp`. The PNG it stores is compared with
//! tests/golden/printer_sim_pyescpos.png, its QR code decoded (rqrr) and its barcode read by a
//! real barcode reader (`zbarimg`, Debian's zbar-tools). `.ci/run` installs both tools.
//! After a deliberate change: `UPDATE_GOLDEN=1 cargo test --test printer_sim_pyescpos`, then
//! look at the PNG before committing it.

use simkiosk::printer::interp;
use simkiosk::printer::raster::Bitmap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// What tools/escpos-client-check.py prints.
const QR_PAYLOAD: &str = "https://r.simkiosk.example/t/TX-PYESCPOS-1";
const EAN13: &str = "4006381333931";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The simulator process, killed when the test ends however it ends.
struct Sim(Child);

impl Drop for Sim {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `printer-sim --tcp 127.0.0.1:0 --out DIR`; returns it and the address it printed.
fn start_sim(out: &Path) -> (Sim, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_simkiosk"))
        .args(["printer-sim", "--tcp", "127.0.0.1:0", "--out"])
        .arg(out)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start simkiosk printer-sim");
    let stdout = child.stdout.take().expect("stdout");
    let sim = Sim(child);
    let mut addr = String::new();
    BufReader::new(stdout)
        .read_line(&mut addr)
        .expect("printer-sim prints its address first");
    (sim, addr.trim().to_string())
}

fn wait_for(path: &Path, within: Duration) -> bool {
    let deadline = Instant::now() + within;
    while Instant::now() < deadline {
        if path.exists() {
            // The PNG is written after the .bin: give the write a moment to finish.
            std::thread::sleep(Duration::from_millis(100));
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

/// Decodes a PNG to (width, height, gray pixels).
fn read_png(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .expect("png header");
    let mut buf = vec![0; reader.output_buffer_size().expect("png size")];
    let info = reader.next_frame(&mut buf).expect("png frame");
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf)
}

/// What `zbarimg` reads in a PNG, one `SYMBOLOGY:data` per line.
fn zbarimg(png: &Path) -> String {
    let out = Command::new("zbarimg")
        .args([
            "--quiet",
            "--raw",
            "-Sdisable",
            "-Sean13.enable",
            "-Scode128.enable",
        ])
        .arg(png)
        .output()
        .unwrap_or_else(|e| {
            panic!("zbarimg not found ({e}): apt-get install zbar-tools (.ci/run installs it)")
        });
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn python_escpos_receipt_prints_as_the_golden_picture_with_a_readable_qr_and_ean13() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_sim, addr) = start_sim(dir.path());
    let (host, port) = addr.rsplit_once(':').expect("HOST:PORT");
    let client = Command::new("python3")
        .arg(root().join("tools/escpos-client-check.py"))
        .args([host, port])
        .output()
        .expect("run python3");
    assert!(
        client.status.success(),
        "python-escpos client failed (pip install python-escpos==3.1; .ci/run installs it): {}",
        String::from_utf8_lossy(&client.stderr)
    );
    let png_path = dir.path().join("job-0001.png");
    assert!(
        wait_for(&png_path, Duration::from_secs(20)),
        "printer-sim wrote no job-0001.png after the cut"
    );

    // What the interpreter saw: nothing it could not draw, the QR and the barcode.
    let bytes = std::fs::read(dir.path().join("job-0001.bin")).expect("job-0001.bin");
    let r = interp::render(&bytes, 576);
    assert!(
        r.notes.is_empty(),
        "python-escpos sent something not drawn: {:?}",
        r.notes
    );
    assert_eq!(r.qr_payloads, vec![QR_PAYLOAD.to_string()]);
    assert_eq!(r.barcodes, vec![("EAN13".to_string(), EAN13.to_string())]);

    // The QR code on paper scans back.
    let png = std::fs::read(&png_path).expect("job-0001.png");
    let (w, h, px) = read_png(&png);
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w as usize, h as usize, |x, y| {
        px[y * w as usize + x]
    });
    let qr: Vec<String> = img
        .detect_grids()
        .into_iter()
        .map(|g| g.decode().expect("QR decodes").1)
        .collect();
    assert_eq!(
        qr,
        vec![QR_PAYLOAD.to_string()],
        "QR code read from the PNG"
    );

    // A barcode reader reads the EAN-13 bars.
    let read = zbarimg(&png_path);
    assert!(
        read.lines().any(|l| l.trim() == EAN13),
        "zbarimg did not read EAN-13 {EAN13} from the PNG: {read:?}"
    );

    // And the whole picture (text, image, QR, barcode) is the golden one, within a few dots.
    let golden = root().join("tests/golden/printer_sim_pyescpos.png");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &png).expect("write golden");
    }
    let expected = std::fs::read(&golden).expect("golden PNG (run with UPDATE_GOLDEN=1)");
    let (ew, eh, epx) = read_png(&expected);
    let seen = root().join("target/actual_printer_sim_pyescpos.png");
    let differing = epx.iter().zip(&px).filter(|(a, b)| a != b).count();
    if (ew, eh) != (w, h) || differing > epx.len() / 500 {
        let _ = std::fs::write(&seen, &png);
        panic!(
            "the python-escpos receipt differs from the golden picture ({w}x{h} vs {ew}x{eh}, \
             {differing} dots differ); actual picture in {}",
            seen.display()
        );
    }
}

#[test]
fn code128_bars_are_read_by_a_barcode_reader() {
    // Centred (a quiet zone each side), GS h 80, GS w 2, GS k 73 (CODE128, B) "{BSIM-0042".
    let r = interp::render(b"\x1ba\x01\x1dh\x50\x1dw\x02\x1dk\x49\x0a{BSIM-0042", 576);
    assert!(r.notes.is_empty(), "{:?}", r.notes);
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("code128.png");
    std::fs::write(&path, interp::to_png(&with_quiet_zone(&r.page))).expect("write png");
    let read = zbarimg(&path);
    assert!(
        read.lines().any(|l| l.trim() == "SIM-0042"),
        "zbarimg did not read CODE128 SIM-0042: {read:?}"
    );
}

/// The page with white space above and below, as paper has around a barcode.
fn with_quiet_zone(page: &Bitmap) -> Bitmap {
    let mut out = Bitmap::new(page.width, 40);
    out.append(page);
    out.append(&Bitmap::new(page.width, 40));
    out
}
