//! One parse of one page, for counting instructions with callgrind: the
//! repeatable measure of `kcna::parse` beside its floor (html5ever's parse into
//! an `RcDom`) on a shared, noisy machine.
//!
//! ```text
//! cargo build --release --example instructions
//! valgrind --tool=callgrind --toggle-collect=instructions::run_floor \
//!     target/release/examples/instructions floor PAGE
//! valgrind --tool=callgrind --toggle-collect=instructions::run_kcna \
//!     target/release/examples/instructions kcna PAGE
//! ```
//!
//! `PAGE` is a file, or `seed`, `64k`, `256k` or `1m` for the synthetic KCNA
//! Watch pages of the benchmarks. Both the page and the library's compiled
//! regexes are warmed before the counted call, which includes dropping what it
//! built; compare the two `Collected` totals.

use std::process::ExitCode;

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

#[path = "../tests/synth/mod.rs"]
mod synth;

/// html5ever's parse into an `RcDom`, dropped.
#[inline(never)]
fn run_floor(html: &str) {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    drop(std::hint::black_box(dom));
}

/// `kcna::parse`, its result dropped.
#[inline(never)]
fn run_kcna(html: &str) {
    let article = kcna::parse(html);
    drop(std::hint::black_box(article));
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(mode), Some(page)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: instructions floor|kcna PAGE|seed|64k|256k|1m");
        return ExitCode::FAILURE;
    };
    let html = match page.as_str() {
        "seed" => Some(synth::SEED.to_owned()),
        "64k" => synth::kcnawatch_page(64 << 10),
        "256k" => synth::kcnawatch_page(256 << 10),
        "1m" => synth::kcnawatch_page(1 << 20),
        path => std::fs::read(path)
            .ok()
            .map(|b| String::from_utf8_lossy(&b).into_owned()),
    };
    let Some(html) = html else {
        eprintln!("cannot read {page}");
        return ExitCode::FAILURE;
    };
    // Regexes compiled and the page read once before the counted call.
    drop(kcna::parse(synth::SEED));
    drop(kcna::parse(&html));
    match mode.as_str() {
        "floor" => run_floor(&html),
        "kcna" => run_kcna(&html),
        _ => {
            eprintln!("mode must be floor or kcna");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
