//! Synthetic large pages for the benchmarks and the peak-heap test: the seed KCNA
//! Watch page with its article body repeated until the page reaches a given size.
//!
//! Shared by `benches/parse.rs` and `tests/alloc.rs` (`#[path]`-included, not a
//! test binary of its own).

/// The seed KCNA Watch press-statement page.
pub const SEED: &str = include_str!("../fixtures/kcnawatch/press-statement/page.html");

const OPEN: &str = "<div class=\"article-content\">";

/// The seed page with its `.article-content` paragraphs repeated (each copy
/// numbered) until the page is at least `target` bytes long. `None` if the seed
/// page no longer has the expected shape.
pub fn kcnawatch_page(target: usize) -> Option<String> {
    let start = SEED.find(OPEN)? + OPEN.len();
    let end = start + SEED.get(start..)?.find("</div>")?;
    let paragraphs = SEED.get(start..end)?;
    let mut out = String::with_capacity(target + SEED.len() + paragraphs.len());
    out.push_str(SEED.get(..end)?);
    let mut copy = 1;
    while out.len() + SEED.len() - end < target {
        copy += 1;
        for line in paragraphs.lines().filter(|l| l.starts_with("<p>")) {
            out.push_str("<p>");
            out.push_str(&copy.to_string());
            out.push_str(". ");
            out.push_str(line.get(3..)?);
            out.push('\n');
        }
    }
    out.push_str(SEED.get(end..)?);
    Some(out)
}
