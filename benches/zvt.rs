//! ZVT: codec throughput, and one whole authorisation against the simulator on a pseudo-terminal
//! with no delays. Prints the wire time the same bytes take at 9600 baud (11 bits a byte, 8N2).

use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};
use simkiosk::domain::Yen;
use simkiosk::payment::zvt::apdu::Apdu;
use simkiosk::payment::zvt::bmp::Fields;
use simkiosk::payment::zvt::frame::{FrameDecoder, encode_frame, unhex};
use simkiosk::payment::zvt::simulator::{SimConfig, spawn_on_pty};
use simkiosk::payment::zvt::{SerialSettings, ZvtTerminal};
use simkiosk::payment::{
    Approval, CancelFlag, CommitDecision, PaymentObserver, PaymentOutcome, PaymentRequest,
    PaymentTerminal, TerminalMessage,
};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The status information of the JPY vector (04_auth_success_1000_jpy): 106 bytes, three 0x10.
const STATUS_INFO: &str = "04 0f 67 27 00 04 00 00 00 00 10 00 0b 00 00 01 0c 10 30 00 0d 01 15 0e 28 12 \
    17 00 01 19 70 22 f0 f8 35 66 00 ee ee ee 05 05 29 12 34 56 78 2a 4a 50 4b 49 4f 53 4b 30 30 30 30 30 \
    30 30 31 3b 31 32 33 34 35 36 00 00 49 03 92 87 00 01 88 00 00 01 8a 0e 8b f0 f4 4a 43 42 00 8c 01 06 \
    0b 60 09 43 07 a0 00 00 00 65 10 10";

fn codec(c: &mut Criterion) {
    let apdu_bytes = unhex(STATUS_INFO).unwrap();
    let frame = encode_frame(&apdu_bytes);
    let mut g = c.benchmark_group("zvt_codec");
    g.throughput(Throughput::Bytes(frame.len() as u64));
    g.bench_function("frame_encode_status_info", |b| {
        b.iter(|| encode_frame(black_box(&apdu_bytes)))
    });
    g.bench_function("frame_decode_status_info", |b| {
        b.iter(|| {
            let mut d = FrameDecoder::new();
            black_box(&frame).iter().filter_map(|&x| d.push(x)).last()
        })
    });
    g.throughput(Throughput::Bytes(apdu_bytes.len() as u64));
    g.bench_function("apdu_and_fields_decode_status_info", |b| {
        b.iter(|| {
            let a = Apdu::decode(black_box(&apdu_bytes)).unwrap();
            Fields::parse(&a.data).unwrap()
        })
    });
    g.finish();
}

struct Accept;
impl PaymentObserver for Accept {
    fn message(&mut self, _: TerminalMessage) {}
    fn approved(&mut self, _: &Approval) -> CommitDecision {
        CommitDecision::Accept
    }
}

fn pay(t: &mut ZvtTerminal) {
    let req = PaymentRequest {
        amount: Yen(1980),
        cancel: CancelFlag::default(),
    };
    let out = t
        .authorise(&req, &mut Accept)
        .expect("payment against the simulator");
    assert!(
        matches!(
            out,
            PaymentOutcome::Approved {
                completion_received: true,
                ..
            }
        ),
        "{out:?}"
    );
}

fn whole_authorisation(c: &mut Criterion) {
    let (path, _sim) = spawn_on_pty(SimConfig::default()).expect("pty");
    let mut t = ZvtTerminal::serial(SerialSettings::new(path.to_string_lossy()), 123456);
    t.health().expect("simulator ready");
    // Count the bytes of one payment on the line, both directions (hex: 3 chars a byte).
    let bytes = Arc::new(AtomicUsize::new(0));
    let counter = bytes.clone();
    t.set_frame_log(Some(Box::new(move |line: &str| {
        let hex = line.split_once(' ').map_or("", |(_, h)| h);
        counter.fetch_add(hex.split_whitespace().count(), Ordering::Relaxed);
    })));
    pay(&mut t);
    t.set_frame_log(None);
    let n = bytes.load(Ordering::Relaxed);
    let wire_ms = n as f64 * 11.0 / 9600.0 * 1000.0;
    println!(
        "zvt whole authorisation: {n} bytes on the line (both ways) = {wire_ms:.0} ms of wire time at 9600 baud 8N2"
    );
    c.bench_function("zvt_whole_authorisation_pty_no_delays", |b| {
        b.iter(|| pay(&mut t))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = codec, whole_authorisation
}
criterion_main!(benches);
