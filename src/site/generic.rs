//! The fallback for pages of no known layout (reprint sites, saved copies).
//!
//! Title from `h1`, og:title or `<title>` without the site's suffix; the body is
//! the element whose `<p>` children hold the most text.

use super::{Page, RawPage};
use crate::dom::{Document, NodeRef};

pub(super) fn detect(_page: &Page<'_>) -> u32 {
    1
}

pub(super) fn extract(page: &Page<'_>) -> Vec<RawPage> {
    let doc = page.doc;
    let title = doc
        .first_tag("h1")
        .map(|n| n.text())
        .filter(|t| !t.is_empty())
        .or_else(|| doc.meta("og:title").map(strip_site_suffix))
        .or_else(|| doc.title().map(|t| strip_site_suffix(&t)));
    let body = main_block(doc).map(|n| n.blocks()).unwrap_or_default();
    vec![RawPage {
        title,
        language: doc.html_lang().map(str::to_owned),
        canonical_url: doc
            .link_rel("canonical")
            .or_else(|| doc.meta("og:url"))
            .map(str::to_owned),
        body,
        ..RawPage::default()
    }]
}

/// `Title | Site` / `Title - Site` / `Title — Site` → `Title`.
fn strip_site_suffix(t: &str) -> String {
    let t = t.trim();
    for sep in [" | ", " – ", " — ", " - "] {
        if let Some(i) = t.rfind(sep) {
            let (head, tail) = t.split_at(i);
            if tail.len() - sep.len() < 40 && head.len() > tail.len() {
                return head.trim().to_owned();
            }
        }
    }
    t.to_owned()
}

/// The element whose direct `<p>` children carry the most text.
fn main_block(doc: &Document) -> Option<NodeRef<'_>> {
    let mut score = vec![0usize; doc.len()];
    for n in doc.elements().filter(|n| n.tag() == Some("p")) {
        if let Some(parent) = n.parent() {
            score[parent.id()] += n.text().len();
        }
    }
    let best = score.iter().enumerate().max_by_key(|(_, s)| **s)?;
    if *best.1 > 0 {
        return Some(doc.node(best.0));
    }
    doc.first_tag("body")
}
