//! Layout + raster + ESC/POS encoding of a typical receipt (the English sample, 80 mm).
//! Prints the bytes sent and what they mean on a 115200-baud serial line next to the timings.
//! Run: `cargo bench --no-default-features --bench receipt`.

use criterion::{Criterion, criterion_group, criterion_main};
use simkiosk::i18n::Lang;
use simkiosk::printer::escpos::encode_job;
use simkiosk::printer::raster::WIDTH_80MM;
use simkiosk::printer::render::{receipt_lines, render_lines};
use simkiosk::printer::{ReceiptFacts, render_escpos};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    // Fonts and Fluent bundles load once per process; measure the per-receipt work after that.
    let facts = ReceiptFacts::sample(Lang::En);
    let job = render_escpos(&facts, WIDTH_80MM).expect("render");
    for lang in Lang::ALL {
        let n = render_escpos(&ReceiptFacts::sample(lang), WIDTH_80MM)
            .expect("render")
            .len();
        // 8N1: 10 bits per byte on the line.
        let seconds = n as f64 * 10.0 / 115_200.0;
        println!(
            "receipt {:7}: {n:6} bytes sent, {seconds:.2} s at 115200 baud",
            lang.tag()
        );
    }

    let mut g = c.benchmark_group("receipt");
    g.bench_function("layout (en)", |b| {
        b.iter(|| receipt_lines(black_box(&facts)).expect("lines"))
    });
    let lines = receipt_lines(&facts).expect("lines");
    g.bench_function("raster (en, 576 dots)", |b| {
        b.iter(|| render_lines(black_box(&lines), WIDTH_80MM).expect("raster"))
    });
    let pieces = render_lines(&lines, WIDTH_80MM).expect("raster");
    g.bench_function("escpos encode (en)", |b| {
        b.iter(|| encode_job(black_box(&pieces)).expect("encode"))
    });
    g.bench_function("layout+raster+encode (en)", |b| {
        b.iter(|| render_escpos(black_box(&facts), WIDTH_80MM).expect("render"))
    });
    let ko = ReceiptFacts::sample(Lang::Ko);
    g.bench_function("layout+raster+encode (ko)", |b| {
        b.iter(|| render_escpos(black_box(&ko), WIDTH_80MM).expect("render"))
    });
    g.finish();
    black_box(job);
}

criterion_group!(benches, bench);
criterion_main!(benches);
