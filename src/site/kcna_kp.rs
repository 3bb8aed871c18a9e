//! kcna.kp, KCNA's own site: article pages of layout A (2021 onward) and, as far
//! as known, layout B (`/<lang>/article/detail/<hex>`).
//!
//! Every field is looked for by selector first and by text second:
//! - title `.article-main-title` (else `<title>` / og:title without
//!   `KCNA | Article | ` or `조선중앙통신 | 기사 | `, else the first heading of
//!   the page body); element text wins over attributes, whose quotes KCNA does
//!   not escape
//! - published `.publish-time` outside the news lists, else a lone dotted date
//!   (`[2024.2.24.]`, `Juche 113.2.24.`) outside links and lists, else the footer
//!   `www.kcna.kp (Juche113.5.29.)`; handed over as text
//! - language: the URL path (`/en/`, `/kp/` …), else `<html lang>`
//! - body `.article-content-body .content-wrapper p`, else the paragraphs from
//!   the dateline (`Pyongyang, May 29 (KCNA) --`, `(평양 5월 29일발 조선중앙통신)`)
//!   on, else the element whose paragraphs hold the most text
//! - related: `ul.article-link li a` (date `.publish-time` inside the link),
//!   `div.article > h5.block > a` (date in the row), else any link to an article
//!   whose row carries a dotted date.
//!
//! Also home of the few helpers the Voice of Korea and Rodong Sinmun layouts
//! share: [`paragraphs`], [`main_block`].

use std::sync::LazyLock;

use regex::Regex;

use super::{Page, RawLink, RawPage, Score};
use crate::dom::{Document, NodeRef};

/// A page date as kcna.kp writes it, alone in its element.
static DOTTED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\[?\s*(?:Juche\s*|주체\s*)?\d{3,4}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}\s*\.?\s*\]?$")
        .expect("valid regex")
});
/// True unless `t` (trimmed) surely cannot be a [`DOTTED_DATE`]: that opens
/// with `[`, `Juche`, `주체` or a digit and ends with a digit, `.` or `]`. A
/// non-ASCII byte at either end passes (`\d` takes other scripts' digits).
fn may_be_dotted_date(t: &str) -> bool {
    let b = t.as_bytes();
    let opens = |c: u8| c == b'[' || c == b'J' || c.is_ascii_digit() || !c.is_ascii();
    let ends = |c: u8| c == b'.' || c == b']' || c.is_ascii_digit() || !c.is_ascii();
    b.first().is_some_and(|&c| opens(c)) && b.last().is_some_and(|&c| ends(c))
}

/// A text that is a [`DOTTED_DATE`] when trimmed.
fn is_dotted_date(t: &str) -> bool {
    let t = t.trim();
    may_be_dotted_date(t) && DOTTED_DATE.is_match(t)
}

/// The same date at the end of a link's text.
static TRAILING_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\s*\[?\s*(?:Juche\s*|주체\s*)?\d{3,4}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}\s*\.?\s*\]?\s*$",
    )
    .expect("valid regex")
});
static FOOTER_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)www\.kcna\.kp\s*\(([^)]{5,30})\)").expect("valid regex"));
static ARTICLE_HREF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)/article/(?:q/[0-9a-f]{32,}\.kcmsf|detail/[0-9a-f]{32})").expect("valid regex")
});
static LANG_SEGMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[a-z][a-z0-9+.-]*://[^/]+/(kp|en|cn|ru|es|jp)(?:/|$)").expect("valid regex")
});
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-Z][A-Za-z .'-]{1,40}, [A-Z][a-z]+\.? \d{1,2} \(KCNA\) ?(?:--|—|-)|\(평양 [^)]{2,20}조선중앙통신\))")
        .expect("valid regex")
});

const TITLE_PREFIXES: [&str; 4] = [
    "KCNA | Article | ",
    "조선중앙통신 | 기사 | ",
    "KCNA | ",
    "조선중앙통신 | ",
];

/// The site's host: a page there scores [`HOST_POINTS`](super::HOST_POINTS)
/// (added by detection before [`detect`] is asked).
pub(super) const HOST: &str = "kcna.kp";

/// The most [`detect`] gives without the host: the layout's classes or article links (30), the title prefix (30), the footer date (20).
pub(super) const MARKERS: u32 = 80;

pub(super) fn detect(page: &Page<'_>, mut score: Score) -> u32 {
    let doc = page.doc;
    if page.is_kcnawatch() {
        return 0;
    }
    // The cheap marks first.
    score.mark(30, || {
        doc.title_str()
            .is_some_and(|t| t.starts_with("KCNA | ") || t.starts_with("조선중앙통신 | "))
    });
    let classes = [
        "article-main-title",
        "article-content-body",
        "content-wrapper",
    ];
    score.mark(30, || {
        classes.iter().any(|c| doc.first_class(c).is_some())
            || doc
                .links()
                .filter_map(|n| n.attr("href"))
                .filter(|h| {
                    h.starts_with('/') && has_ascii_ci(h, b"/article/") && ARTICLE_HREF.is_match(h)
                })
                .nth(2)
                .is_some()
    });
    score.mark(20, || footer_date(doc).is_some());
    score.total()
}

pub(super) fn extract(page: &Page<'_>) -> Vec<RawPage> {
    let doc = page.doc;
    let rows = related_rows(doc);
    vec![RawPage {
        title: title(doc),
        outlet: Some("KCNA".to_owned()),
        language: page
            .address()
            .and_then(|a| LANG_SEGMENT.captures(a))
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_ascii_lowercase())
            .or_else(|| doc.html_lang().map(str::to_owned)),
        published: published(doc, &rows),
        canonical_url: page.canonical().map(str::to_owned),
        body: body(doc),
        related: rows.iter().filter_map(|r| related(*r)).collect(),
        ..RawPage::default()
    }]
}

fn title(doc: &Document) -> Option<String> {
    doc.first_class("article-main-title")
        .map(|n| n.text())
        .filter(|t| !t.is_empty())
        .or_else(|| doc.title().and_then(|t| strip_prefix(&t)))
        .or_else(|| doc.meta("og:title").and_then(strip_prefix))
        .or_else(|| {
            doc.elements()
                .filter(|n| matches!(n.tag(), Some("h1" | "h2" | "h3")))
                .filter(|n| !n.has_ancestor_tag(&["header", "nav", "footer", "a"]))
                .map(|n| n.text())
                .find(|t| !t.is_empty())
        })
}

fn strip_prefix(t: &str) -> Option<String> {
    let t = t.trim();
    if TITLE_PREFIXES.iter().any(|p| t == p.trim_end()) {
        return None;
    }
    let rest = TITLE_PREFIXES
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(t)
        .trim();
    let is_site_name = ["KCNA", "조선중앙통신"].contains(&rest);
    (!rest.is_empty() && !is_site_name).then(|| rest.to_owned())
}

fn published(doc: &Document, rows: &[NodeRef<'_>]) -> Option<String> {
    let outside_lists =
        |n: &NodeRef<'_>| !n.has_ancestor_tag(&["a"]) && !rows.iter().any(|r| r.contains(*n));
    doc.with_class("publish-time")
        .filter(outside_lists)
        .map(|n| n.text())
        .find(|t| !t.is_empty())
        .or_else(|| {
            // The list rows' own dates are passed over before the pattern is
            // tried on them (the order of these tests changes no result).
            doc.texts()
                .filter_map(|n| Some((n, n.as_text()?.trim())))
                .filter(|(_, t)| may_be_dotted_date(t))
                .filter(|(n, _)| outside_lists(n))
                .find(|(_, t)| DOTTED_DATE.is_match(t))
                .map(|(_, t)| t.to_owned())
        })
        .or_else(|| footer_date(doc))
}

/// The date of the footer line `www.kcna.kp (Juche113.5.29.)`.
fn footer_date(doc: &Document) -> Option<String> {
    doc.texts()
        .filter_map(|n| n.as_text())
        .filter(|t| has_ascii_ci(t, b"kcna.kp"))
        .find_map(|t| FOOTER_DATE.captures(t)?.get(1))
        .map(|m| m.as_str().trim().to_owned())
}

/// True when `t` holds `needle` (lowercase ASCII) in any case: a quick test
/// before a case-blind regex search.
fn has_ascii_ci(t: &str, needle: &[u8]) -> bool {
    let b = t.as_bytes();
    let Some(&first) = needle.first() else {
        return true;
    };
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), b).any(|i| {
        b.get(i..i + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

fn body(doc: &Document) -> Vec<String> {
    if let Some(content) = doc.first_class("article-content-body") {
        let inner = content.find_class("content-wrapper").unwrap_or(content);
        let paragraphs = paragraphs(inner);
        if !paragraphs.is_empty() {
            return paragraphs;
        }
        let blocks = inner.blocks();
        if !blocks.is_empty() {
            return blocks;
        }
    }
    // The paragraph that opens with the dateline, and its sibling paragraphs.
    let first = doc
        .elements()
        .filter(|n| n.tag() == Some("p"))
        .find(|n| DATELINE.is_match(&n.text()));
    if let Some(parent) = first.and_then(|f| f.parent()) {
        let from = first.map_or(0, |f| f.id());
        let out: Vec<String> = parent
            .children()
            .filter(|c| c.tag() == Some("p") && c.id() >= from)
            .flat_map(|p| p.blocks())
            .collect();
        if !out.is_empty() {
            return out;
        }
    }
    main_block(doc).map(paragraphs).unwrap_or_default()
}

/// The blocks of the `<p>` elements of a container, in order.
pub(super) fn paragraphs(container: NodeRef<'_>) -> Vec<String> {
    container
        .elements()
        .filter(|n| n.tag() == Some("p"))
        .flat_map(|p| p.blocks())
        .collect()
}

/// The element whose direct `<p>` children carry the most text, outside the
/// header, menus and footer.
pub(super) fn main_block(doc: &Document) -> Option<NodeRef<'_>> {
    let mut best: Option<(usize, NodeRef<'_>)> = None;
    for n in doc.elements().filter(|n| n.tag() != Some("p")) {
        let len: usize = n
            .children()
            .filter(|c| c.tag() == Some("p"))
            .map(|p| p.text().len())
            .sum();
        if len > best.map_or(0, |b| b.0) && !n.has_ancestor_tag(&["header", "nav", "footer"]) {
            best = Some((len, n));
        }
    }
    best.map(|b| b.1)
}

/// The rows of the news lists: layout A `ul.article-link li`, layout B
/// `div.article` with an `h5.block` link, else any article link whose row holds
/// a dotted date.
fn related_rows(doc: &Document) -> Vec<NodeRef<'_>> {
    let a: Vec<_> = doc
        .with_class("article-link")
        .filter(|n| n.tag() == Some("ul"))
        .flat_map(|ul| ul.children().filter(|c| c.tag() == Some("li")))
        .collect();
    if !a.is_empty() {
        return a;
    }
    let b: Vec<_> = doc
        .with_class("article")
        .filter(|n| n.tag() == Some("div"))
        .filter(|n| n.children().any(|c| c.tag() == Some("h5")))
        .collect();
    if !b.is_empty() {
        return b;
    }
    doc.links()
        .filter(|n| n.attr("href").is_some_and(|h| ARTICLE_HREF.is_match(h)))
        .filter_map(|n| n.parent())
        .filter(|row| row_date(*row).is_some())
        .collect()
}

fn row_date(row: NodeRef<'_>) -> Option<NodeRef<'_>> {
    row.find_class("publish-time").or_else(|| {
        row.text_nodes()
            .find(|t| t.as_text().is_some_and(is_dotted_date))
    })
}

fn related(row: NodeRef<'_>) -> Option<RawLink> {
    let link = row.elements().find(|n| {
        n.tag() == Some("a")
            && n.attr("href")
                .is_some_and(|h| !h.trim().is_empty() && h != "#")
    })?;
    let date = row_date(row);
    let title = match date.filter(|d| link.contains(*d)) {
        Some(d) => link.text_without(d),
        None => link.text(),
    };
    let title = TRAILING_DATE.replace(&title, "").into_owned();
    Some(RawLink {
        title,
        url: link.attr("href")?.trim().to_owned(),
        date: date
            .map(|d| {
                d.as_text()
                    .map_or_else(|| d.text(), |t| t.trim().to_owned())
            })
            .filter(|t| !t.is_empty()),
        teaser: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_date_gate_lets_every_match_through() {
        // Strings built from the pieces the pattern reads and some it does
        // not: the gate may pass a non-date, never stop a date.
        // Each slot of the date's shape from a list of what may stand there,
        // right or wrong, so that many dates come out and many near misses.
        let slots: [&[&str]; 9] = [
            &["", " ", "[", "x", "\u{a0}"],
            &["", "Juche", "주체", "Juche ", "J"],
            &["2024", "113", "12", "٣٣٣", "x"],
            &[".", " . ", ",", ""],
            &["5", "12", "x", "٣"],
            &[".", " .", ""],
            &["29", "1", "y"],
            &["", ".", " .", "x", "..", "-"],
            &["", "]", " ", "] ", "\u{3000}", "a"],
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let (mut dates, mut stopped) = (0, 0);
        for _ in 0..50_000 {
            let s: String = slots
                .iter()
                .map(|slot| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    slot[(state % slot.len() as u64) as usize]
                })
                .collect();
            let matched = DOTTED_DATE.is_match(s.trim());
            dates += usize::from(matched);
            assert_eq!(is_dotted_date(&s), matched, "{s:?}");
            stopped += usize::from(!may_be_dotted_date(s.trim()));
        }
        assert!(dates > 1000 && stopped > 1000, "{dates} {stopped}");
        for t in [
            "2024.5.29.",
            "[Juche 113.5.29.]",
            "주체113.5.29",
            "Juche113.5.29.",
        ] {
            assert!(is_dotted_date(t), "{t}");
        }
    }

    #[test]
    fn case_blind_ascii_search() {
        let cases = [
            ("www.kcna.kp (2024.5.1)", true),
            ("WWW.KCNA.KP", true),
            ("at Kcna.Kp", true),
            ("kcna.k", false),
            ("kcna kp", false),
            ("", false),
            ("조선 kcna.kp", true),
        ];
        for (t, want) in cases {
            assert_eq!(has_ascii_ci(t, b"kcna.kp"), want, "{t:?}");
        }
    }

    #[test]
    fn title_prefixes_are_stripped() {
        let cases = [
            (
                "KCNA | Article | Electric Light Decoration",
                Some("Electric Light Decoration"),
            ),
            ("조선중앙통신 | 기사 | 제목", Some("제목")),
            (
                "KCNA | \"Complete Collection\" Published",
                Some("\"Complete Collection\" Published"),
            ),
            ("KCNA", None),
            ("KCNA | Article | ", None),
        ];
        for (raw, want) in cases {
            assert_eq!(strip_prefix(raw).as_deref(), want, "{raw}");
        }
    }

    fn scores(html: &str, url: Option<&str>) -> (u32, u32, u32) {
        let doc = crate::dom::parse_html(html);
        let page = Page::new(&doc, url);
        (
            super::super::full_score(&page, crate::Site::KcnaKp),
            super::super::full_score(&page, crate::Site::Vok),
            super::super::full_score(&page, crate::Site::Rodong),
        )
    }

    #[test]
    fn outbound_links_do_not_make_a_page_ours() {
        // A KCNA Watch page quotes KCNA and links to kcna.kp, vok.rep.kp and
        // rodong.rep.kp: none of these layouts may claim it.
        let watch = r#"<html><head><title>Electric Light Decoration | KCNA Watch</title>
            <meta property="og:site_name" content="KCNA Watch"></head><body>
            <h1>Electric Light Decoration</h1>
            <p>Date: 12/02/2024 | Source: KCNA (En) | <a href="http://www.kcna.kp/en/article/q/fa7e154f5c73c73b396d2cc455a0d6af.kcmsf">Read original version at source</a></p>
            <div class="article-content"><p>Pyongyang, February 10 (KCNA) -- Text. -0-</p></div>
            <a href="http://vok.rep.kp/index.php/detail_com/comde/ae1d3c1f1ae8a3b6/en">· Other (2024.2.11)</a>
            <a href="http://www.rodong.rep.kp/en/index.php?MTJAMjAyNS0xMC0xMC0wMTNAM0AxQEAwQDNA">Rodong Sinmun</a>
            </body></html>"#;
        assert_eq!(
            scores(
                watch,
                Some("https://kcnawatch.org/newstream/1707700000-1/x/")
            ),
            (0, 0, 0)
        );
        assert_eq!(scores(watch, None), (0, 0, 0));
    }

    #[test]
    fn host_of_the_address_decides_not_its_text() {
        let bare = "<html><body><p>Text</p></body></html>";
        assert_eq!(
            scores(bare, Some("http://www.kcna.kp/en/article/q/ab.kcmsf")).0,
            60
        );
        assert_eq!(scores(bare, Some("http://kcna.kp.example.org/")).0, 0);
        assert_eq!(
            scores(bare, Some("https://kcnawatch.org/?u=www.kcna.kp/x")).0,
            0
        );
        assert_eq!(
            scores(bare, Some("http://vok.rep.kp/index.php/home/main/en")).1,
            60
        );
        assert_eq!(
            scores(bare, Some("http://www.rodong.rep.kp/en/index.php?a")).2,
            60
        );
    }

    #[test]
    fn dateline_marks_the_first_paragraph() {
        for (p, want) in [
            ("Pyongyang, May 20 (KCNA) -- A spokesman", true),
            ("Pyongyang, January 4 (KCNA) - Text", true),
            ("(평양 5월 29일발 조선중앙통신) 평양시의", true),
            ("The text of a paragraph (KCNA) --", false),
        ] {
            assert_eq!(DATELINE.is_match(p), want, "{p}");
        }
    }
}
