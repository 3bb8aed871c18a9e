//! Benchmarks: `kcna::parse` beside html5ever's own parse into RcDom.

use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let html = include_str!("../tests/fixtures/kcnawatch/press-statement/page.html");
    c.bench_function("kcnawatch/press-statement", |b| {
        b.iter(|| kcna::parse(std::hint::black_box(html)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
