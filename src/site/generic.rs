//! The fallback for pages of no known layout: reprint sites, blogs, saved copies.
//!
//! - body: the block of text found by text density, as readability-style readers
//!   do: every run of text (a `<p>`, or the lines of a `<div>` split at `<br>`)
//!   long enough and not made of links scores its length for its container (and
//!   half for the container's parent); the best container wins, with the
//!   siblings that hold a good share of text too. Navigation, sidebars, comments,
//!   share buttons, related lists and footers (by tag, class or id) never count
//!   and never enter the body.
//! - title: the heading that `og:title` or `<title>` names, else `og:title`
//!   without the site's suffix, else the heading above the text, else `<title>`
//!   without the suffix.
//! - published: only from metadata meant for it (`article:published_time`, JSON-LD
//!   or microdata `datePublished`, a `<time datetime>` heading the article). This
//!   is the hosting page's date: `extract` keeps it only when the text's dateline
//!   agrees.
//! - language from `<html lang>`; the outlet is read from the text by `extract`.

mod density;
mod names;

use std::sync::LazyLock;

use regex::Regex;

use super::{Page, RawPage, Score};
use crate::dom::{Document, NodeId, NodeRef};
use crate::text;

use density::Analysis;

static JSON_LD_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#""datePublished"\s*:\s*"([^"]{6,40})""#).expect("valid regex"));

/// The generic reader fits any page, on no host in particular.
pub(super) const HOST: &str = "";

/// What [`detect`] gives every page.
pub(super) const MARKERS: u32 = 1;

pub(super) fn detect(_page: &Page<'_>, mut score: Score) -> u32 {
    score.mark(MARKERS, || true);
    score.total()
}

pub(super) fn extract(page: &Page<'_>) -> Vec<RawPage> {
    let doc = page.doc;
    let analysis = Analysis::new(doc);
    let main = analysis.main();
    let title = title(doc, &analysis, main.first().copied());
    let body = analysis.body(&main, title.as_deref());
    let text_start = body.first().map(|(_, id)| *id);
    vec![RawPage {
        title,
        language: doc.html_lang().map(str::to_owned),
        published: published(doc, &analysis, main.first().copied(), text_start),
        canonical_url: page.canonical().map(str::to_owned),
        body: body.into_iter().map(|(t, _)| t).collect(),
        headline_links: headline_links(doc),
        ..RawPage::default()
    }]
}

/// Links whose text reads as a headline (20 to 250 characters): their count and
/// their characters.
fn headline_links(doc: &Document) -> (usize, usize) {
    let mut count = 0;
    let mut chars = 0;
    // One buffer for every link's text (as `a.text()`, without a string each).
    let mut text = text::Normalizer::new();
    for a in doc.links() {
        let Some(href) = a.attr("href").map(str::trim) else {
            continue;
        };
        if href.is_empty() || href.starts_with('#') || href.starts_with("javascript:") {
            continue;
        }
        text.clear();
        a.for_each_text(|t, _| text.push(t));
        let n = text.as_str().chars().count();
        if (20..=250).contains(&n) {
            count += 1;
            chars += n;
        }
    }
    (count, chars)
}

/// The title: a heading that the metadata title names, else the metadata title,
/// else the heading above the text.
fn title(doc: &Document, analysis: &Analysis<'_>, main: Option<NodeRef<'_>>) -> Option<String> {
    let site = doc.meta("og:site_name");
    let page = doc
        .title()
        .map(|t| strip_site_suffix(&t, site))
        .filter(|t| !t.is_empty());
    // `og:title` loses only a suffix known to name the site: `og:site_name`, or
    // what `<title>` ends with.
    let page_suffix = doc.title().zip(page.as_deref()).and_then(|(full, head)| {
        full.strip_prefix(head)
            .and_then(|rest| SEPS.iter().find_map(|sep| rest.strip_prefix(sep)))
            .map(str::to_owned)
    });
    let meta = doc
        .meta("og:title")
        .or_else(|| doc.meta("twitter:title"))
        .map(|t| strip_named_suffix(t, [site, page_suffix.as_deref()]))
        .filter(|t| !t.is_empty());
    let full = [doc.meta("og:title").map(text::normalize), doc.title()];
    let headings: Vec<(NodeRef<'_>, String)> = doc
        .elements()
        .filter(|n| is_heading(*n, analysis) && !analysis.is_aside(*n))
        .map(|n| (n, n.text()))
        .filter(|(_, t)| !t.is_empty() && t.chars().count() <= 300)
        .collect();

    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    for (_, h) in &headings {
        if meta.as_deref().is_some_and(|m| same(m, h))
            || page.as_deref().is_some_and(|p| same(p, h))
            || full.iter().flatten().any(|f| same(f, h))
        {
            return Some(h.clone());
        }
    }
    // `Blog name: Post title` and the like: a heading that the `<title>` (its
    // site suffix stripped) holds whole.
    if let Some(stripped) = page.as_deref().map(str::to_lowercase)
        && let Some((_, h)) = headings
            .iter()
            .filter(|(_, h)| {
                h.chars().count() >= 12
                    && stripped.contains(&h.to_lowercase())
                    && !site.is_some_and(|s| same(s, h))
            })
            .max_by_key(|(_, h)| h.len())
    {
        return Some(h.clone());
    }
    if meta.is_some() {
        return meta;
    }
    let above = main.and_then(|m| {
        headings
            .iter()
            .filter(|(n, _)| n.id() < m.id() || m.contains(*n))
            .rfind(|(n, _)| n.tag() == Some("h1") || class_says_title(*n) || m.contains(*n))
            .or_else(|| headings.iter().rfind(|(n, _)| n.id() < m.id()))
    });
    above
        .map(|(_, h)| h.clone())
        .or(page)
        .or_else(|| headings.first().map(|(_, h)| h.clone()))
}

fn is_heading(n: NodeRef<'_>, analysis: &Analysis<'_>) -> bool {
    matches!(n.tag(), Some("h1" | "h2" | "h3"))
        || (analysis.may_say_title(n) && class_says_title(n))
}

fn class_says_title(n: NodeRef<'_>) -> bool {
    n.attr("class").is_some_and(|c| {
        // Both words hold an `l`: most lists hold neither and end here.
        c.bytes().any(|b| b | 0x20 == b'l') && c.split_ascii_whitespace().any(word_says_title)
    }) && !matches!(
        n.tag(),
        Some("a" | "body" | "html" | "title" | "meta" | "link")
    )
}

/// A class name holding `title` or `headline` but neither `subtitle` nor
/// `site`, ASCII case ignored: one pass over its bytes, looking further only
/// where one of those words may start.
fn word_says_title(word: &str) -> bool {
    let w = word.as_bytes();
    let at = |i: usize, needle: &[u8]| {
        w.get(i..i + needle.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(needle))
    };
    let mut title = false;
    for i in 0..w.len() {
        match w.get(i).map(u8::to_ascii_lowercase) {
            Some(b't') => title |= at(i, b"title"),
            Some(b'h') => title |= at(i, b"headline"),
            Some(b's') if at(i, b"subtitle") || at(i, b"site") => return false,
            _ => {}
        }
    }
    title
}

/// `Title | Site` / `Title - Site` / `Title — Site` → `Title`; the site's name
/// (`og:site_name`) is stripped wherever it stands last.
fn strip_site_suffix(t: &str, site: Option<&str>) -> String {
    let t = strip_named_suffix(t, [site, None]);
    for sep in SEPS {
        if let Some(i) = t.rfind(sep) {
            let (head, tail) = t.split_at(i);
            let tail = &tail[sep.len()..];
            let head_words = head.split_whitespace().count();
            if tail.chars().count() <= 50 && tail.split_whitespace().count() <= 7 && head_words >= 2
            {
                return head.trim().to_owned();
            }
        }
    }
    t
}

/// Separators between a title and the site's name.
const SEPS: [&str; 6] = [" | ", " – ", " — ", " - ", " :: ", " · "];

/// `t` without a separator and one of `names` at its end.
fn strip_named_suffix(t: &str, names: [Option<&str>; 2]) -> String {
    let t = text::normalize(t);
    for name in names.into_iter().flatten().map(text::normalize) {
        if name.is_empty() {
            continue;
        }
        for sep in SEPS {
            if let Some(head) = t
                .strip_suffix(name.as_str())
                .and_then(|h| h.strip_suffix(sep))
            {
                return head.trim().to_owned();
            }
        }
    }
    t
}

/// The text of a publication date from metadata meant for it, in order of trust.
fn published(
    doc: &Document,
    analysis: &Analysis<'_>,
    main: Option<NodeRef<'_>>,
    text_start: Option<NodeId>,
) -> Option<String> {
    if let Some(d) = doc.meta("article:published_time") {
        return Some(d.to_owned());
    }
    let json_ld = doc
        .elements()
        .filter(|n| {
            n.tag() == Some("script")
                && n.attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"))
        })
        .find_map(|n| {
            JSON_LD_DATE
                .captures(&n.source_text())
                .and_then(|c| c.get(1).map(|m| m.as_str().to_owned()))
        });
    if json_ld.is_some() {
        return json_ld;
    }
    let microdata = doc
        .elements()
        .filter(|n| n.attr("itemprop") == Some("datePublished") && of_an_article(*n))
        .find_map(|n| {
            n.attr("content")
                .or_else(|| n.attr("datetime"))
                .or_else(|| n.attr("title"))
                .map(str::to_owned)
        });
    if microdata.is_some() {
        return microdata;
    }
    header_time(doc, analysis, main?, text_start?)
}

/// True when the nearest microdata item around `n` is an article or a post (not a
/// comment).
fn of_an_article(n: NodeRef<'_>) -> bool {
    n.ancestors()
        .find(|a| a.attr("itemscope").is_some())
        .and_then(|a| a.attr("itemtype"))
        .is_some_and(|t| {
            let t = t.to_ascii_lowercase();
            !t.contains("comment")
                && ["article", "posting", "report", "webpage", "creativework"]
                    .iter()
                    .any(|k| t.contains(k))
        })
}

/// A `<time datetime>` heading the article: before the text, inside the same
/// `<article>` (or the text's container's parent), not in a sidebar, comment or
/// list; one marked `published` is preferred to one marked `updated`.
fn header_time(
    doc: &Document,
    analysis: &Analysis<'_>,
    main: NodeRef<'_>,
    text_start: NodeId,
) -> Option<String> {
    let scope = main
        .ancestors()
        .find(|a| a.tag() == Some("article"))
        .or_else(|| main.parent())?;
    let times: Vec<NodeRef<'_>> = doc
        .elements()
        .filter(|n| n.tag() == Some("time") && n.attr("datetime").is_some())
        .filter(|n| scope.contains(*n) && n.id() < text_start && !analysis.is_aside(*n))
        .collect();
    times
        .iter()
        .find(|n| n.has_class("published") || n.attr("itemprop") == Some("datePublished"))
        .or_else(|| times.iter().find(|n| !n.has_class("updated")))
        .and_then(|n| n.attr("datetime"))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests;
