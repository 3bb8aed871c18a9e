//! Voice of Korea (vok.rep.kp) article pages.
//!
//! The markup is little known, so this layout anchors on text:
//! - the article's date is the first `(YYYY.M.D)` outside links and list rows
//!   (handed over as text)
//! - the title is og:title, else the text before the date in its block, else the
//!   block just before it, else `<title>` without the site name, else the first
//!   heading outside page chrome
//! - the body is the element after the date whose `<p>` children hold the most
//!   text (menus, program lists and footers around it are left out)
//! - related: every link whose text (or list row) ends with `(YYYY.M.D)`, with
//!   the leading `·` or `-` and the date taken off the title
//! - language from the URL (`…/en`, `/kp/`), else `<html lang>`.

use std::sync::LazyLock;

use regex::Regex;

use super::kcna_kp::{main_block, paragraphs};
use super::{Page, RawLink, RawPage, Score};
use crate::dom::{Document, NodeRef};
use crate::text;

/// A list entry: `· Title (2024.5.19)`.
static LIST_ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[·•\-–\s]*(.+?)\s*(\(\s*\d{4}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}\s*\.?\s*\))$")
        .expect("valid regex")
});
/// The article's own date at the end of a text (read by hand: [`end_date`]).
#[cfg(test)]
static END_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(\s*\d{4}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}\s*\.?\s*\)\s*$").expect("valid regex")
});
/// A paragraph that is only a date: `(2024.5.20)`.
static DATE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(\s*\d{4}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}\s*\.?\s*\)$").expect("valid regex")
});
static LANG_SEGMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)/(kp|ko|en|cn|ru|es|jp|fr|de|ar)(?:/|$|\?|#)").expect("valid regex")
});

const SITE_NAMES: [&str; 3] = ["Voice of Korea", "VOICE OF KOREA", "조선의 소리"];

/// True when `t` holds one of [`SITE_NAMES`]: each place where one of their
/// first bytes stands is tried.
fn names_site(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr2_iter(b'V', 0xEC, b).any(|i| {
        b.get(i..)
            .is_some_and(|rest| SITE_NAMES.iter().any(|n| rest.starts_with(n.as_bytes())))
    })
}

/// The site's host: a page there scores [`HOST_POINTS`](super::HOST_POINTS)
/// (added by detection before [`detect`] is asked).
pub(super) const HOST: &str = "vok.rep.kp";

/// The most [`detect`] gives without the host: the station's name (30), dated list links (30), the item date (20).
pub(super) const MARKERS: u32 = 80;

pub(super) fn detect(page: &Page<'_>, mut score: Score) -> u32 {
    let doc = page.doc;
    if page.is_kcnawatch() {
        return 0;
    }
    // The station's name in the title or metadata, or in the page's own
    // furniture: a logo's alt text, a short header or footer line.
    score.mark(30, || {
        doc.title_str().is_some_and(names_site)
            || doc.meta("og:site_name").is_some_and(names_site)
            || doc.images().any(|n| n.attr("alt").is_some_and(names_site))
            || doc
                .texts()
                .filter_map(|t| t.as_text())
                // Sixty characters are at most 240 bytes: longer texts are
                // passed over without counting.
                .any(|t| t.len() <= 240 && names_site(t) && t.trim().chars().count() <= 60)
    });
    score.mark(30, || list_links(doc).nth(2).is_some());
    // The item's own `(YYYY.M.D)` date outside links and lists.
    score.mark(20, || article_date(doc).is_some());
    score.total()
}

pub(super) fn extract(page: &Page<'_>) -> Vec<RawPage> {
    let doc = page.doc;
    let date = article_date(doc);
    let related: Vec<RawLink> = list_links(doc)
        .filter_map(|(a, caps)| {
            Some(RawLink {
                title: caps.0,
                url: a.attr("href")?.trim().to_owned(),
                date: Some(caps.1),
                teaser: None,
            })
        })
        .collect();
    vec![RawPage {
        title: doc
            .meta("og:title")
            .map(str::to_owned)
            .filter(|t| !SITE_NAMES.contains(&t.as_str()))
            .or_else(|| date.and_then(|d| title_before(doc, d)))
            .or_else(|| doc.title().map(|t| strip_site_name(&t)))
            .filter(|t| !t.is_empty())
            .or_else(|| first_heading(doc)),
        outlet: Some("Voice of Korea".to_owned()),
        language: page
            .address()
            .and_then(|a| LANG_SEGMENT.captures(a.split_once("://").map_or(a, |(_, r)| r)))
            .and_then(|c| c.get(1))
            .map(|m| m.as_str().to_ascii_lowercase())
            .or_else(|| doc.html_lang().map(str::to_owned)),
        published: date
            .and_then(|d| d.as_text())
            .and_then(|t| t.get(end_date(t)?..))
            .map(|m| m.trim().to_owned()),
        canonical_url: page.canonical().map(str::to_owned),
        body: body(doc, date),
        related,
        ..RawPage::default()
    }]
}

/// Links whose text is a list entry, with the entry's title and date text.
fn list_links(doc: &Document) -> impl Iterator<Item = (NodeRef<'_>, (String, String))> + '_ {
    doc.links()
        .filter(|n| n.attr("href").is_some())
        .filter_map(|a| {
            // The date is inside the link or, in the same list row, after it.
            // An entry ends with its date's bracket: a text that does not is
            // not built.
            let ends_in_date = |n: &NodeRef<'_>| n.text_last_char() == Some(')');
            let owned = |(title, date): (&str, &str)| (title.to_owned(), date.to_owned());
            let own = if ends_in_date(&a) {
                list_entry(&a.text()).map(owned)
            } else {
                None
            };
            if let Some(entry) = own {
                return Some((a, entry));
            }
            let row = a.parent().filter(|r| r.tag() == Some("li"))?;
            if !ends_in_date(&row) || row.elements().filter(|n| n.tag() == Some("a")).count() != 1 {
                return None;
            }
            list_entry(&row.text()).map(|e| (a, owned(e)))
        })
}

/// The title and date text of a list entry (`· Title (2024.5.19)`). The entry
/// ends with its date's bracket: other texts are passed over without a regex
/// search.
fn list_entry(text: &str) -> Option<(&str, &str)> {
    // The entry's date holds no bracket of its own, so it is the text's last
    // bracket: only that tail is matched. (`.` in the entry's pattern stops at
    // a line break, which normalised text never holds: such a text is read by
    // the whole pattern.)
    if !text.ends_with(')') {
        return None;
    }
    let open = text.rfind('(')?;
    let whole = if text.contains('\n') {
        LIST_ENTRY.is_match(text)
    } else {
        open > 0 && is_bracket_date(text.get(open..)?)
    };
    if !whole {
        return None;
    }
    // The groups without a capture search (which costs many times the match):
    // the date is the last bracket (it holds none of its own), the title what
    // lies between the leading marks and the spaces before the date.
    let title = text
        .get(..open)?
        .trim_end()
        .trim_start_matches(|c: char| matches!(c, '·' | '•' | '-' | '–') || c.is_whitespace());
    if title.is_empty() {
        // Only marks before the date: the regex's own reading.
        let c = LIST_ENTRY.captures(text)?;
        return Some((c.get(1)?.as_str(), c.get(2)?.as_str()));
    }
    Some((title, text.get(open..)?))
}

/// True for a text that is only a bracketed date ([`DATE_ONLY`]): read by hand
/// when it is ASCII, else by the pattern (its digits and spaces are Unicode
/// classes).
fn is_bracket_date(t: &str) -> bool {
    if !(t.starts_with('(') && t.ends_with(')')) {
        return false;
    }
    if !t.is_ascii() {
        return DATE_ONLY.is_match(t);
    }
    let b = t.as_bytes();
    let mut i = 0;
    let skip_spaces = |i: &mut usize| {
        while b.get(*i).is_some_and(|&c| char::from(c).is_whitespace()) {
            *i += 1;
        }
    };
    // A run of `min..=max` digits.
    let digits = |i: &mut usize, min: usize, max: usize| {
        let from = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        (min..=max).contains(&(*i - from))
    };
    let byte = |i: &mut usize, c: u8| {
        let there = b.get(*i) == Some(&c);
        *i += usize::from(there);
        there
    };
    if !byte(&mut i, b'(') {
        return false;
    }
    skip_spaces(&mut i);
    if !digits(&mut i, 4, 4) {
        return false;
    }
    for _ in 0..2 {
        skip_spaces(&mut i);
        if !byte(&mut i, b'.') {
            return false;
        }
        skip_spaces(&mut i);
        if !digits(&mut i, 1, 2) {
            return false;
        }
    }
    skip_spaces(&mut i);
    if byte(&mut i, b'.') {
        skip_spaces(&mut i);
    }
    byte(&mut i, b')') && i == b.len()
}

/// Where the bracketed date that ends a text starts ([`END_DATE`], white space
/// after it allowed). The date holds no bracket of its own: it is the text's
/// last opening bracket on.
fn end_date(t: &str) -> Option<usize> {
    let body = t.trim_end();
    if !body.ends_with(')') {
        return None;
    }
    let open = body.rfind('(')?;
    is_bracket_date(body.get(open..)?).then_some(open)
}

/// The first text outside links and list rows that ends with `(YYYY.M.D)`.
fn article_date(doc: &Document) -> Option<NodeRef<'_>> {
    doc.texts().find(|t| {
        // The date's bracket ends the text: other texts are passed over
        // without a regex search.
        t.as_text()
            .is_some_and(|s| text::last_kept(s) == Some(')') && end_date(s).is_some())
            && !t.has_ancestor_tag(&["a", "li", "header", "nav", "footer"])
    })
}

/// The title next to the date: the rest of the date's own text, else of its
/// block, else the text of the block before it.
fn title_before(doc: &Document, date: NodeRef<'_>) -> Option<String> {
    let own = date.as_text().map(|t| {
        end_date(t)
            .and_then(|at| t.get(..at))
            .unwrap_or(t)
            .trim()
            .to_owned()
    });
    if let Some(t) = own.filter(|t| !t.is_empty()) {
        return Some(t);
    }
    let block = date.block_ancestor()?;
    let rest = block.text_without(date);
    if !rest.is_empty() {
        return Some(rest);
    }
    // The last non-empty text before the block, read as its whole block
    // (the page's texts skip only those of ASCII white space).
    let previous = doc
        .texts()
        .take_while(|t| t.id() < block.id())
        .filter(|t| t.as_text().is_some_and(|s| !s.trim().is_empty()))
        .last()?;
    let prev_block = previous.block_ancestor()?;
    Some(prev_block.text()).filter(|t| !t.is_empty())
}

fn strip_site_name(t: &str) -> String {
    let mut t = t.trim();
    for name in SITE_NAMES {
        for sep in [" | ", " - ", " :: "] {
            t = t
                .strip_suffix(&format!("{sep}{name}"))
                .or_else(|| t.strip_prefix(&format!("{name}{sep}")))
                .unwrap_or(t);
        }
    }
    if SITE_NAMES.contains(&t) {
        String::new()
    } else {
        t.to_owned()
    }
}

/// The paragraphs of the element after the date that holds the most `<p>` text;
/// without a date, of the page's main block.
fn body(doc: &Document, date: Option<NodeRef<'_>>) -> Vec<String> {
    let after = date.map_or(0, |d| d.id());
    // (text length, element, the texts of its `<p>` children)
    let mut best: Option<(usize, NodeRef<'_>, Vec<String>)> = None;
    for n in doc
        .elements()
        .filter(|n| n.id() > after && n.tag() != Some("p"))
    {
        let texts: Vec<String> = n
            .children()
            .filter(|c| c.tag() == Some("p"))
            .map(|p| p.text())
            .collect();
        let len: usize = texts.iter().map(String::len).sum();
        if len > best.as_ref().map_or(0, |b| b.0)
            && !n.has_ancestor_tag(&["header", "nav", "footer"])
        {
            best = Some((len, n, texts));
        }
    }
    let mut paras = match best {
        Some((_, n, texts)) => {
            if texts_are_paragraphs(n) {
                texts.into_iter().filter(|t| !t.is_empty()).collect()
            } else {
                paragraphs(n)
            }
        }
        None => main_block(doc).map(paragraphs).unwrap_or_default(),
    };
    // The date line itself, standing as a paragraph of the same block, is not text.
    paras.retain(|p| !is_bracket_date(p));
    paras
}

/// True when the [`paragraphs`] of `n` are the non-empty texts of its `<p>`
/// children: every `<p>` below it is a child, and none holds a block element
/// (each is then one block, its text).
fn texts_are_paragraphs(n: NodeRef<'_>) -> bool {
    let mut p_end = 0;
    n.elements().all(|e| {
        if e.tag() == Some("p") {
            p_end = e.subtree_end();
            e.parent().is_some_and(|parent| parent.id() == n.id())
        } else {
            e.id() >= p_end || !e.is_block()
        }
    })
}

/// Without a date to stand by: the first heading outside page chrome that is not
/// the site's name.
fn first_heading(doc: &Document) -> Option<String> {
    doc.elements()
        .filter(|n| matches!(n.tag(), Some("h1" | "h2" | "h3" | "h4")))
        .filter(|n| !n.has_ancestor_tag(&["header", "nav", "footer", "a", "li"]))
        .map(|n| strip_site_name(&n.text()))
        .find(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_entries() {
        let cases = [
            (
                "· Voters' lists announced (2024.5.19)",
                Some(("Voters' lists announced", "(2024.5.19)")),
            ),
            (
                "- Title with (brackets) (2024.12.1)",
                Some(("Title with (brackets)", "(2024.12.1)")),
            ),
            (
                "Plain title (2024.5.19)",
                Some(("Plain title", "(2024.5.19)")),
            ),
            ("No date here", None),
            (
                "\u{b7} \u{2013}Dashed title  (2024.5.1.)",
                Some(("Dashed title", "(2024.5.1.)")),
            ),
            ("--(2024.5.1)", Some(("-", "(2024.5.1)"))),
            ("Title (2024.5.1) tail", None),
            ("Title (not a date)", None),
        ];
        for (text, want) in cases {
            assert_eq!(list_entry(text), want, "{text}");
        }
        // The reading by hand agrees with the whole pattern's captures.
        let by_pattern = |t: &str| {
            LIST_ENTRY.captures(t).map(|c| {
                let title = c.get(1).map_or("", |m| m.as_str());
                let date = c.get(2).map_or("", |m| m.as_str());
                (
                    title
                        .trim_start_matches(|c: char| "·•-–".contains(c) || c.is_whitespace())
                        .to_owned(),
                    date.to_owned(),
                )
            })
        };
        let pieces = [
            "",
            " ",
            "·",
            "- ",
            "(",
            ")",
            "x",
            "Title",
            "(2024.5.1)",
            "( 2024 . 5 . 1 . )",
            "(2024.13.45",
            "\u{a0}",
            "(1.2.3)",
            "2024.5.1)",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let t = format!("{a}{b}{c}");
                    let ours = list_entry(&t).map(|(x, y)| (x.to_owned(), y.to_owned()));
                    let theirs = by_pattern(&t);
                    // Marks-only titles are the pattern's own reading, kept
                    // as it reads them.
                    if ours.as_ref().is_some_and(|(x, _)| {
                        x.trim_start_matches(|c: char| "·•-–".contains(c) || c.is_whitespace())
                            .is_empty()
                    }) {
                        continue;
                    }
                    assert_eq!(ours, theirs, "{t:?}");
                }
            }
        }
    }

    #[test]
    fn list_dates_outside_links_are_neither_published_nor_title() {
        let html = r#"<html><head><title>Voice of Korea</title></head><body>
            <ul><li><a href="/index.php/detail_com/comde/aaaa/en">Side item</a> <span>(2024.5.19)</span></li>
            <li><a href="/index.php/detail_com/comde/bbbb/en">- Other item</a> (2024.5.18)</li></ul>
            <div class="t">The headline</div><div class="d">(2024.5.20)</div>
            <div class="c"><p>First paragraph of the item.</p><p>Second.</p></div>
            </body></html>"#;
        let doc = crate::dom::parse_html(html);
        let page = Page::new(
            &doc,
            Some("http://vok.rep.kp/index.php/detail_com/comde/cccc/en"),
        );
        let raw = extract(&page).pop().unwrap();
        assert_eq!(raw.title.as_deref(), Some("The headline"));
        assert_eq!(raw.published.as_deref(), Some("(2024.5.20)"));
        assert_eq!(raw.language.as_deref(), Some("en"));
        assert_eq!(raw.body, vec!["First paragraph of the item.", "Second."]);
        let rel: Vec<_> = raw
            .related
            .iter()
            .map(|l| (l.title.as_str(), l.date.as_deref()))
            .collect();
        assert_eq!(
            rel,
            vec![
                ("Side item", Some("(2024.5.19)")),
                ("Other item", Some("(2024.5.18)"))
            ]
        );
    }

    #[test]
    fn detected_from_logo_and_item_date_without_address() {
        let html = r#"<html><head><title>Kim Yo Jong Issues Press Statement</title></head><body>
            <div class="top"><img src="/logo.png" alt="Voice of Korea"></div>
            <div class="main"><h2>Kim Yo Jong Issues Press Statement</h2><p class="date">(2024.3.21)</p>
            <p>Kim Yo Jong issued a press statement on the 20th.</p></div></body></html>"#;
        let doc = crate::dom::parse_html(html);
        let page = Page::new(&doc, None);
        assert_eq!(super::super::full_score(&page, crate::Site::Vok), 50);
        assert_eq!(super::super::detect(&page).0, crate::Site::Vok);
    }

    #[test]
    fn bracket_dates_are_read_as_their_patterns_read_them() {
        let pieces = [
            "",
            " ",
            "(",
            ")",
            ".",
            "2024",
            "20245",
            "5",
            "12",
            "123",
            " . ",
            "\u{a0}",
            "\u{b}",
            "\u{1c}",
            "\t",
            "\n",
            "\u{663}",
            "x",
            "(2024.5.1)",
            "(2024",
            ".5.19)",
        ];
        let mut texts = Vec::new();
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    texts.push(format!("{a}{b}{c}"));
                    texts.push(format!("({a}{b}.{c})"));
                    texts.push(format!("Title ({a}.{b}.{c}) "));
                }
            }
        }
        // Every slot of the pattern filled in a few ways.
        let spaces = ["", " ", "\u{a0}", "\t\n", "x"];
        let numbers = ["", "1", "12", "123", "2024", "20245", "\u{663}\u{660}"];
        for sp in spaces {
            for y in numbers {
                for m in numbers {
                    for d in ["5", "12", "123", ""] {
                        for dot in ["", ".", ".."] {
                            texts.push(format!("({sp}{y}{sp}.{sp}{m}.{d}{sp}{dot}{sp})"));
                            texts.push(format!("({y}.{sp}{m}{sp}.{sp}{d}{dot}){sp}"));
                        }
                    }
                }
            }
        }
        let (mut only, mut ending) = (0, 0);
        for t in &texts {
            assert_eq!(is_bracket_date(t), DATE_ONLY.is_match(t), "{t:?}");
            assert_eq!(
                end_date(t).and_then(|at| t.get(at..)),
                END_DATE.find(t).map(|m| m.as_str()),
                "{t:?}"
            );
            only += usize::from(is_bracket_date(t));
            ending += usize::from(end_date(t).is_some());
        }
        assert!(only > 50 && ending > 100, "{only} {ending}");
    }

    #[test]
    fn paragraph_texts_stand_for_paragraphs_only_when_each_is_one_block() {
        let cases = [
            (
                "<div><p>One.</p><p> Two  <b>bold</b></p><p> </p></div>",
                true,
            ),
            ("<div><p>One.<br>Two.</p></div>", false),
            ("<div><p>One.</p><div><p>Deeper.</p></div></div>", false),
            (
                "<div><p>One <span>two</span><script>x</script></p>Loose</div>",
                true,
            ),
            ("<div><p>A<button><p>inner</p></button></p></div>", false),
            // The list closes the paragraph: it stands beside it.
            ("<div><p>A<ul><li>b</li></ul></p></div>", true),
        ];
        for (html, want) in cases {
            let doc = crate::dom::parse_html(html);
            let div = doc.first_tag("div").unwrap();
            assert_eq!(texts_are_paragraphs(div), want, "{html}");
            if want {
                let texts: Vec<String> = div
                    .children()
                    .filter(|c| c.tag() == Some("p"))
                    .map(|p| p.text())
                    .filter(|t| !t.is_empty())
                    .collect();
                assert_eq!(texts, paragraphs(div), "{html}");
            }
        }
    }

    #[test]
    fn site_names_are_found_as_a_substring_search_finds_them() {
        // The first bytes the search looks for are those of the names.
        let firsts: Vec<u8> = SITE_NAMES.iter().filter_map(|n| n.bytes().next()).collect();
        assert!(
            firsts.iter().all(|b| matches!(b, b'V' | 0xEC)),
            "{firsts:?}"
        );
        let pieces = [
            "",
            " ",
            "Voice of Korea",
            "VOICE OF KOREA",
            "조선의 소리",
            "Voice of ",
            "Korea",
            "V",
            "VOICE",
            "조선의",
            " 소리",
            "조",
            "voice of korea",
            "x",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let t = format!("{a}{b}{c}");
                    let want = SITE_NAMES.iter().any(|n| t.contains(n));
                    assert_eq!(names_site(&t), want, "{t:?}");
                }
            }
        }
    }

    #[test]
    fn site_name_is_stripped() {
        assert_eq!(strip_site_name("A title | Voice of Korea"), "A title");
        assert_eq!(strip_site_name("Voice of Korea"), "");
    }
}
