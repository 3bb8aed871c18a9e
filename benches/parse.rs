//! Benchmarks: `kcna::parse` beside its floor, html5ever's own parse into an
//! `RcDom`, on the same input in the same run. (`kcna::parse` runs html5ever's
//! tokenizer and tree builder too, into a lighter tree of its own.)
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
//! After criterion's report comes a table of the two side by side: for each page
//! (those the filter selects), `floor` and `kcna` run in turn, interleaved so
//! that both see the same load on the machine, and the table gives the median
//! of each and their ratio against the target of 1.15.
//!
//! ```text
//! cargo bench --bench parse                      # everything, a few minutes
//! cargo bench --bench parse -- synthetic         # only the large pages
//! cargo bench --bench parse -- 'press-statement' # one page
//! ```

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

#[path = "../tests/synth/mod.rs"]
mod synth;

/// html5ever's parse into an `RcDom`: the floor `kcna::parse` is measured against.
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

/// The pages benchmarked: fixtures, then synthetic large pages.
fn pages() -> Vec<(String, String)> {
    let mut pages = fixture_pages();
    assert!(!pages.is_empty(), "no fixture pages under tests/fixtures");
    for (label, size) in [("64k", 64 << 10), ("256k", 256 << 10), ("1m", 1 << 20)] {
        let html = synth::kcnawatch_page(size).expect("the seed page has an .article-content");
        pages.push((format!("synthetic/kcnawatch-{label}"), html));
    }
    pages
}

/// The ratio `kcna / floor` the crate aims to stay under.
const TARGET_RATIO: f64 = 1.15;

/// Criterion's options that take a value (so that the value is not read as a
/// filter).
const VALUED: [&str; 16] = [
    "--save-baseline",
    "--baseline",
    "--baseline-lenient",
    "--load-baseline",
    "--sample-size",
    "--warm-up-time",
    "--measurement-time",
    "--nresamples",
    "--noise-threshold",
    "--confidence-level",
    "--significance-level",
    "--profile-time",
    "--output-format",
    "--color",
    "--plotting-backend",
    "--format",
];

/// The filters given on the command line, and whether this is a real run
/// (not `--list` or `--test`).
fn filters() -> (Vec<String>, bool) {
    let mut filters = Vec::new();
    let mut measuring = true;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if VALUED.contains(&a.as_str()) {
            args.next();
        } else if a == "--list" || a == "--test" || a.starts_with("--profile-time") {
            measuring = false;
        } else if !a.starts_with('-') {
            filters.push(a);
        }
    }
    (filters, measuring)
}

/// Medians of `floor` and `kcna`, run in turn for about `budget`.
fn side_by_side(html: &str, budget: Duration) -> (Duration, Duration) {
    let (mut floors, mut kcnas) = (Vec::new(), Vec::new());
    let start = Instant::now();
    while floors.len() < 10 || (start.elapsed() < budget && floors.len() < 1000) {
        let t = Instant::now();
        black_box(floor(black_box(html)));
        floors.push(t.elapsed());
        let t = Instant::now();
        let _ = black_box(kcna::parse(black_box(html)));
        kcnas.push(t.elapsed());
    }
    (median(&mut floors), median(&mut kcnas))
}

fn median(v: &mut [Duration]) -> Duration {
    v.sort_unstable();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn table(pages: &[(String, String)]) {
    let (filters, measuring) = filters();
    if !measuring {
        return;
    }
    let chosen: Vec<_> = pages
        .iter()
        .filter(|(name, _)| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str())))
        .collect();
    if chosen.is_empty() {
        return;
    }
    println!();
    println!("floor and kcna interleaved, medians (target: kcna <= {TARGET_RATIO} x floor)");
    println!(
        "{:<44} {:>9} {:>11} {:>11} {:>7}  {:>8}",
        "page", "bytes", "floor", "kcna", "ratio", "kcna MB/s"
    );
    for (name, html) in chosen {
        let _ = kcna::parse(html); // first use builds the regexes
        let (f, k) = side_by_side(html, Duration::from_secs(1));
        let ratio = k.as_secs_f64() / f.as_secs_f64().max(1e-12);
        println!(
            "{:<44} {:>9} {:>8.3} ms {:>8.3} ms {:>7.2}{} {:>8.1}",
            name,
            html.len(),
            f.as_secs_f64() * 1e3,
            k.as_secs_f64() * 1e3,
            ratio,
            if ratio <= TARGET_RATIO { " " } else { "*" },
            html.len() as f64 / 1e6 / k.as_secs_f64().max(1e-12),
        );
    }
    println!("(* above the target)");
}

fn bench(c: &mut Criterion) {
    for (name, html) in &pages() {
        pair(c, name, html);
    }
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
}

criterion_group! {
    name = benches;
    config = config();
    targets = bench
}

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    table(&pages());
}
