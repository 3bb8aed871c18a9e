//! KCNA Watch (kcnawatch.org) article pages.
//!
//! Every field is looked for by the theme's selector first and by its text
//! pattern second, since the class names are only partly known:
//! - header date `.header-date` (else a lone `March 12, 2026` line before the title)
//! - source label `.source-name` (else the `Source:` part of the meta line)
//! - title `h1` (else og:title / `<title>` without ` | KCNA Watch`)
//! - the meta line `Date: 24/02/2024 | Source: … | Read original version at source`,
//!   found by its text, with the original link inside it
//! - body `.article-content` (else the blocks between the meta line and `More From`)
//! - related cards `.article-desc` (title link, `.articled-date`, teaser).

use std::sync::LazyLock;

use regex::Regex;

use super::{Page, RawLink, RawPage, Score};
use crate::dom::{Document, NodeId, NodeRef};

static META_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:Date:\s*(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\s*(?:\||$)\s*)?(?:Source:\s*([^|]*?)\s*(?:\||$))?",
    )
    .expect("valid regex")
});
static LONG_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? \d{1,2}, \d{4}$")
        .expect("valid regex")
});
static MORE_FROM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^More From(?-u:\b)").expect("valid regex"));

const SUFFIX: &str = " | KCNA Watch";
const ORIGINAL_LINK_TEXT: &str = "read original version at source";

/// True for a page that names itself KCNA Watch (`og:site_name`, or a `<title>`
/// ending in the site's name). Other layouts stand back from such a page, which
/// quotes their outlets and links to them.
pub(super) fn is_kcnawatch(doc: &Document) -> bool {
    doc.meta("og:site_name")
        .is_some_and(|s| s.eq_ignore_ascii_case("KCNA Watch"))
        || doc.title_str().is_some_and(|t| t.ends_with("KCNA Watch"))
}

/// The site's host: a page there scores [`HOST_POINTS`](super::HOST_POINTS)
/// (added by detection before [`detect`] is asked).
pub(super) const HOST: &str = "kcnawatch.org";

/// The most [`detect`] gives without the host: the KCNA Watch name (30) and the `Date:`/`Source:` line (30).
pub(super) const MARKERS: u32 = 60;

pub(super) fn detect(page: &Page<'_>, mut score: Score) -> u32 {
    score.mark(30, || page.is_kcnawatch());
    // A `Source:` line alone is common on reprint sites: only the full line, or
    // the original-version link, marks KCNA Watch.
    score.mark(30, || {
        meta_line(page).is_some_and(|m| {
            m.text.to_ascii_lowercase().contains(ORIGINAL_LINK_TEXT)
                || (m.date.is_some() && m.source.is_some())
        })
    });
    score.total()
}

pub(super) fn extract(page: &Page<'_>) -> Vec<RawPage> {
    let doc = page.doc;
    let meta_line = meta_line(page);
    let meta = meta_line.map(|m| doc.node(m.node));
    let published = meta_line.and_then(|m| m.part(m.date));
    let meta_source = meta_line
        .and_then(|m| m.part(m.source))
        .filter(|s| !s.is_empty());

    // The article's h1; a theme may also render the site name as an h1.
    let title_node = doc
        .elements()
        .filter(|n| n.tag() == Some("h1"))
        .find(|n| !n.text().eq_ignore_ascii_case("KCNA Watch"));
    let title = title_node
        .map(|n| n.text())
        .filter(|t| !t.is_empty())
        .or_else(|| doc.meta("og:title").map(strip_suffix))
        .or_else(|| doc.title().map(|t| strip_suffix(&t)));

    let source_label = doc
        .first_class("source-name")
        .map(|n| n.text())
        .filter(|t| !t.is_empty())
        .or(meta_source);

    let original_url = meta.and_then(original_link).or_else(|| {
        doc.links()
            .find(|n| n.text().eq_ignore_ascii_case(ORIGINAL_LINK_TEXT))
            .and_then(|n| n.attr("href"))
            .map(str::to_owned)
    });

    let as_of = header_date(doc, title_node);
    let body = body(doc, meta);
    let related = cards(doc);

    vec![RawPage {
        title,
        source_label,
        outlet: None,
        language: None,
        published,
        as_of,
        original_url,
        canonical_url: page.canonical().map(str::to_owned),
        body,
        // `body` gives only `blocks()` and `text()` output.
        body_normalized: true,
        related,
        headline_links: (0, 0),
    }]
}

fn strip_suffix(t: &str) -> String {
    t.trim().trim_end_matches(SUFFIX).trim().to_owned()
}

/// The `Date: … | Source: …` line: the innermost element whose text it is,
/// that text, and the byte ranges in it of its date and source parts (the
/// source part may be empty).
pub(super) struct MetaLine {
    node: NodeId,
    text: String,
    date: Option<Range>,
    source: Option<Range>,
}

impl MetaLine {
    /// The line if `text` is one (either part may be missing, not both).
    fn read(node: NodeId, text: String) -> Option<Self> {
        let (date, source) = match parts_by_hand(&text) {
            Some((date, source)) => (Some(date), Some(source)),
            None => parts(&text)?,
        };
        (date.is_some() || source.is_some_and(|(s, e)| e > s)).then_some(MetaLine {
            node,
            text,
            date,
            source,
        })
    }

    /// The text of a part of the line.
    fn part(&self, range: Option<Range>) -> Option<String> {
        let (start, end) = range?;
        self.text.get(start..end).map(str::to_owned)
    }
}

/// A byte range in a text.
type Range = (usize, usize);

/// The date and source parts of a meta line as [`META_LINE`] captures them.
fn parts(text: &str) -> Option<(Option<Range>, Option<Range>)> {
    let c = META_LINE.captures(text)?;
    let range = |i| c.get(i).map(|m| (m.start(), m.end()));
    Some((range(1), range(2)))
}

/// [`parts`] by hand for the line as the site writes it, `Date: 24/02/2024 |
/// Source: …` (one space each, ASCII digits); `None` for any other text.
fn parts_by_hand(text: &str) -> Option<(Range, Range)> {
    let rest = text.strip_prefix("Date: ")?;
    let b = rest.as_bytes();
    // d{1,2} / d{1,2} / d{4}
    let mut at = 0;
    for (i, (min, max)) in [(1, 2), (1, 2), (4, 4)].into_iter().enumerate() {
        let n = b
            .get(at..)?
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if n < min || n > max {
            return None;
        }
        at += n;
        if i < 2 {
            (b.get(at) == Some(&b'/')).then_some(())?;
            at += 1;
        }
    }
    let date = ("Date: ".len(), "Date: ".len() + at);
    let after = rest.get(at..)?.strip_prefix(" | Source:")?;
    let from = text.len() - after.len();
    // The source runs to the next bar or the end, without the white space
    // about it (the pattern's `\s*` on either side).
    let to = after.find('|').map_or(text.len(), |i| from + i);
    let source = text.get(from..to)?;
    let start = from + (source.len() - source.trim_start().len());
    let end = start + source.trim().len();
    Some((date, (start, end)))
}

/// The page's meta line, looked for once (detection and extraction both ask).
fn meta_line<'p>(page: &'p Page<'_>) -> Option<&'p MetaLine> {
    page.kcnawatch_meta
        .get_or_init(|| find_meta_line(page.doc))
        .as_ref()
}

/// Looks for the meta line. Scripts are never searched (their text is not
/// page text).
fn find_meta_line(doc: &Document) -> Option<MetaLine> {
    if let Some(n) = doc.first_class("article-meta")
        && let Some(m) = MetaLine::read(n.id(), n.text())
    {
        return Some(m);
    }
    // The line is found from its first words: a text node that opens with
    // `Date:` or `Source:` (scripts are not page text, so a line inside one is
    // never seen), read as the whole of its nearest block. Only the first few
    // candidates are looked at, so this stays one pass over the text nodes.
    let candidates: Vec<NodeId> = doc
        .texts()
        .filter(|n| {
            n.as_text().is_some_and(|t| {
                let t = t.trim_start();
                t.starts_with("Date:") || t.starts_with("Source:")
            })
        })
        .take(8)
        .map(|n| n.id())
        .collect();
    let read = |n: NodeRef<'_>| {
        let t = n.text();
        if t.len() < 400 {
            MetaLine::read(n.id(), t)
        } else {
            None
        }
    };
    candidates.into_iter().find_map(|id| {
        let node = doc.node(id);
        // The whole line's block first; a span of it when the block holds more.
        let block = node
            .ancestors()
            .find(|a| matches!(a.tag(), Some("p" | "div" | "li" | "td")));
        let span = node.ancestors().find(|a| a.tag() == Some("span"));
        block.and_then(read).or_else(|| span.and_then(read))
    })
}

fn original_link(meta: NodeRef<'_>) -> Option<String> {
    let links: Vec<_> = meta.elements().filter(|n| n.tag() == Some("a")).collect();
    links
        .iter()
        .find(|a| a.text().eq_ignore_ascii_case(ORIGINAL_LINK_TEXT))
        .or(links.first())
        .and_then(|a| a.attr("href"))
        .map(str::to_owned)
}

/// The header date: `.header-date`'s first dated text, else the first element
/// before the title whose whole text is a long-form date.
fn header_date(doc: &Document, title: Option<NodeRef<'_>>) -> Option<String> {
    if let Some(h) = doc.first_class("header-date") {
        let mut first = None;
        h.for_each_text(|t, _| {
            if first.is_none() && LONG_DATE.is_match(t.trim()) {
                first = Some(t.trim().to_owned());
            }
        });
        if first.is_some() {
            return first;
        }
    }
    let limit = title?.id();
    (0..limit)
        .filter_map(|id| doc.node(id).as_text())
        .map(str::trim)
        .find(|t| LONG_DATE.is_match(t))
        .map(str::to_owned)
}

/// The paragraphs of the article, each whitespace-normalised.
fn body(doc: &Document, meta: Option<NodeRef<'_>>) -> Vec<String> {
    if let Some(content) = doc.first_class("article-content") {
        let blocks = content.blocks();
        if !blocks.is_empty() {
            return blocks;
        }
    }
    // Fallback: the blocks after the meta line up to "More From …".
    let Some(meta) = meta else {
        return Vec::new();
    };
    let container = meta
        .ancestors()
        .find(|a| a.tag() == Some("article") || a.tag() == Some("main"))
        .unwrap_or_else(|| doc.root());
    let mut out = Vec::new();
    let mut started = false;
    for block in block_nodes(container) {
        if block.contains(meta) {
            continue;
        }
        if !started {
            started = block.id() > meta.id();
            if !started {
                continue;
            }
        }
        let t = block.text();
        if MORE_FROM.is_match(&t) || block.has_class("share-buttons") {
            break;
        }
        out.push(t);
    }
    out
}

/// `<p>` elements of a container: the paragraphs of the fallback body.
fn block_nodes<'a>(container: NodeRef<'a>) -> impl Iterator<Item = NodeRef<'a>> + 'a {
    container
        .elements()
        .filter(|n| matches!(n.tag(), Some("p" | "h2" | "h3" | "section")))
}

fn cards(doc: &Document) -> Vec<RawLink> {
    doc.with_class("article-desc").filter_map(card).collect()
}

fn card(desc: NodeRef<'_>) -> Option<RawLink> {
    let link = desc.elements().find(|n| {
        n.tag() == Some("a") && n.attr("href").is_some_and(|h| !h.is_empty() && h != "#")
    })?;
    let date = desc
        .find_class("articled-date")
        .map(|n| n.text())
        .filter(|t| !t.is_empty());
    let teaser = desc
        .elements()
        .filter(|n| n.tag() == Some("p") && !n.has_class("articled-date"))
        .map(|n| n.text())
        .find(|t| !t.is_empty());
    Some(RawLink {
        title: link.text(),
        url: link.attr("href")?.to_owned(),
        date,
        teaser,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(html: &str) -> RawPage {
        let doc = crate::dom::parse_html(html);
        let page = Page::new(&doc, None);
        extract(&page).pop().expect("one article")
    }

    #[test]
    fn meta_line_by_hand_reads_as_the_pattern() {
        let heads = ["Date: ", "Date:", "date: ", "Date:  ", " Date: ", ""];
        let dates = [
            "24/02/2024",
            "1/2/2024",
            "24/02/24",
            "124/02/2024",
            "24-02-2024",
            "٢/2/2024",
        ];
        let mids = [
            " | Source: ",
            " | Source:",
            " |Source: ",
            " | source: ",
            " | Source:  ",
            " ",
        ];
        let sources = [
            "KCNA (En)",
            "",
            "  ",
            "KCNA (En) ",
            "Voice of Korea\u{a0}",
            "Rodong Sinmun (En)  x",
        ];
        let tails = [
            "",
            " | Read original version at source",
            "|x",
            "\u{2003}|",
            " |",
        ];
        let (mut read, mut checked) = (0, 0);
        for h in heads {
            for d in dates {
                for m in mids {
                    for s in sources {
                        for t in tails {
                            let text = format!("{h}{d}{m}{s}{t}");
                            checked += 1;
                            if let Some((date, source)) = parts_by_hand(&text) {
                                read += 1;
                                assert_eq!(
                                    parts(&text),
                                    Some((Some(date), Some(source))),
                                    "{text:?}"
                                );
                            }
                        }
                    }
                }
            }
        }
        assert!(read >= 2 * 6 * 5 && checked > read, "{read} of {checked}");
    }

    #[test]
    fn meta_line_split_over_spans_is_read_as_one_line() {
        let r = raw(
            r#"<h1>T</h1><p><span>Date: 24/02/2024</span> | <span>Source: Voice of Korea (EN)</span> | <a href="http://vok.rep.kp/x">Read original version at source</a></p><div class="x"><p>Body.</p></div>"#,
        );
        assert_eq!(r.published.as_deref(), Some("24/02/2024"));
        assert_eq!(r.source_label.as_deref(), Some("Voice of Korea (EN)"));
        assert_eq!(r.original_url.as_deref(), Some("http://vok.rep.kp/x"));
        assert_eq!(r.body, vec!["Body."]);
    }

    #[test]
    fn meta_line_in_a_script_is_not_the_meta_line() {
        let r = raw(
            r#"<script>var s = "Date: 01/01/1999 | Source: KCNA (En)";</script><h1>T</h1><p>Date: 24/02/2024 | Source: KCNA (En)</p><div class="article-content"><p>Body.</p></div>"#,
        );
        assert_eq!(r.published.as_deref(), Some("24/02/2024"));
    }

    #[test]
    fn source_only_line_gives_the_label_and_no_date() {
        let r = raw(
            r#"<h1>T</h1><p>Source: Rodong Sinmun (En) | <a href="http://rodong.rep.kp/x">Read original version at source</a></p><div class="article-content"><p>Body.</p></div>"#,
        );
        assert_eq!(r.published, None);
        assert_eq!(r.source_label.as_deref(), Some("Rodong Sinmun (En)"));
    }
}
