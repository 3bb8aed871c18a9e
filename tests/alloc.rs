//! Peak heap during a parse: at most 8 × the input size for pages over 100 KB.
//!
//! Its own test binary because it installs a counting global allocator; the one
//! test runs the parses one after another so no other thread allocates meanwhile.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;

#[path = "synth/mod.rs"]
mod synth;

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(size: usize) {
    let now = CURRENT.fetch_add(size, Ordering::Relaxed) + size;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is forwarded to the system allocator unchanged; the
// counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                CURRENT.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Heap in use at the peak of `f`, above what was in use before it, in bytes.
fn peak_during<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let base = CURRENT.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let out = f();
    (PEAK.load(Ordering::Relaxed) - base, out)
}

#[test]
fn peak_heap_is_at_most_8x_the_input() {
    // The regexes' lazy statics are built on first use: warm them up so that
    // the measure is of the parse alone.
    let warm = kcna::parse(synth::SEED);
    assert!(warm.is_ok(), "seed page: {warm:?}");

    for target in [128 << 10, 1 << 20] {
        let html = synth::kcnawatch_page(target).expect("the seed page has an .article-content");
        assert!(html.len() >= target);
        let (peak, article) = peak_during(|| kcna::parse(&html));
        let article = article.expect("the synthetic page parses");
        // The body was repeated: the article must hold every copy.
        assert!(article.body.len() > 13 * (target / synth::SEED.len()));
        let factor = peak as f64 / html.len() as f64;
        // For scale: html5ever's own parse into an RcDom.
        let (floor, dom) = peak_during(|| {
            html5ever::parse_document(RcDom::default(), Default::default()).one(html.as_str())
        });
        drop(dom);
        println!(
            "floor (html5ever -> RcDom) peak heap {floor} bytes: {:.2} x the input",
            floor as f64 / html.len() as f64
        );
        println!(
            "peak heap {peak} bytes for a {} byte page: {factor:.2} x the input",
            html.len()
        );
        assert!(
            factor <= 8.0,
            "peak heap {peak} bytes is {factor:.2} x the {} byte input (limit 8 x)",
            html.len()
        );
    }
}
