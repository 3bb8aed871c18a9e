//! Benchmarks: `kcna::parse` beside its floor, html5ever's own parse into an
//! `RcDom` (which `kcna::parse` runs first), on the same input in the same run.
//!
//! Groups:
//! - `<site>/<case>` for every fixture page `tests/fixtures/<site>/<case>/page.html`,
//!   found when the benchmark starts;
//! - `synthetic/kcnawatch-<size>`: the seed KCNA Watch page with its body
//!   repeated to 64 KiB, 256 KiB and 1 MiB (cost should grow linearly: the
//!   throughput stays flat).
//!
//! Each group has two functions, `floor` and `kcna`, with `Throughput::Bytes`.
//!
//! ```text
//! cargo bench --bench parse                      # everything, a few minutes
//! cargo bench --bench parse -- synthetic         # only the large pages
//! cargo bench --bench parse -- 'press-statement' # one page
//! ```

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

#[path = "../tests/synth/mod.rs"]
mod synth;

/// html5ever's parse into an `RcDom`: what `kcna::parse` cannot go below.
fn floor(html: &str) -> RcDom {
    html5ever::parse_document(RcDom::default(), Default::default()).one(html)
}

/// Every `tests/fixtures/<site>/<case>/page.html`, sorted, named `<site>/<case>`.
fn fixture_pages() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut pages = Vec::new();
    for site in sorted_dirs(&root) {
        for case in sorted_dirs(&site) {
            let page = case.join("page.html");
            let Ok(bytes) = std::fs::read(&page) else {
                continue;
            };
            let name = format!(
                "{}/{}",
                site.file_name().unwrap_or_default().to_string_lossy(),
                case.file_name().unwrap_or_default().to_string_lossy()
            );
            pages.push((name, String::from_utf8_lossy(&bytes).into_owned()));
        }
    }
    pages
}

fn sorted_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn pair(c: &mut Criterion, name: &str, html: &str) {
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(html.len() as u64));
    group.bench_function("floor", |b| b.iter(|| floor(black_box(html))));
    group.bench_function("kcna", |b| b.iter(|| kcna::parse(black_box(html))));
    group.finish();
}

fn bench(c: &mut Criterion) {
    let pages = fixture_pages();
    assert!(!pages.is_empty(), "no fixture pages under tests/fixtures");
    for (name, html) in &pages {
        pair(c, name, html);
    }
    for (label, size) in [("64k", 64 << 10), ("256k", 256 << 10), ("1m", 1 << 20)] {
        let html = synth::kcnawatch_page(size).expect("the seed page has an .article-content");
        pair(c, &format!("synthetic/kcnawatch-{label}"), &html);
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches);
