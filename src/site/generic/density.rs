//! Where the main text of an unknown page lies, by text density.
//!
//! Every pass is a loop over the flat document (parents come before their
//! children, so one forward pass carries flags down and one backward pass carries
//! sums up); nothing recurses on the depth of the tree.
//!
//! The per-node tables here are vectors of `doc.len()` entries indexed by node
//! ids of the same document, which are always below `doc.len()`: that is the
//! bound that makes their indexing safe.
#![allow(clippy::indexing_slicing)]

use std::sync::LazyLock;

use regex::Regex;

use crate::dom::{Document, NodeId, NodeRef, TextSpans};
use crate::extract::boilerplate;

use super::names;

/// Class or id words of page parts that are not the article (after the
/// readability heuristics, plus share buttons, widgets and post metadata).
pub(super) static UNLIKELY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)-ad-|(?-u:\b)ads?(?-u:\b)|(?:^|[\s_-])head(?:$|[\s_-])|banner|breadcrumb|combx|comment|community|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|pagination|pager|popup|share|sharing|cookie|newsletter|subscribe|navbar|(?-u:\b)nav(?-u:\b)|navigation|widget-area|widget_|byline|entry-meta|post-meta|(?-u:\b)tags(?-u:\b)|tagcloud|author|signature|promo|recent|popular|archive",
    )
    .expect("valid regex")
});
/// The subset of [`UNLIKELY`] that marks page parts beside the article (where a
/// heading or a date belongs to something else), as opposed to its own header.
pub(super) static BESIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)comment|disqus|replies|sidebar|widget-area|widget_|related|footer|menu|navbar|(?-u:\b)nav(?-u:\b)|navigation|recent|popular|archive|share|sharing|social|breadcrumb|pager|pagination|promo|sponsor|banner|cookie|newsletter|subscribe",
    )
    .expect("valid regex")
});
/// Class or id words that may name the article's own container.
pub(super) static MAYBE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)and|article|body|column|content|main|shadow").expect("valid regex")
});
/// A heading that opens a list of other articles or the comments.
static LIST_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:related(?: posts| articles| news)?|more from(?-u:\b).*|more news|you may also like|see also|read more|recent posts|popular posts|(?:\d+\s+)?comments?|no comments|leave a (?:reply|comment)|post a comment|share this|like this|tags?|categories|filed under(?-u:\b).*)\s*:?$",
    )
    .expect("valid regex")
});
/// A line of post metadata above the text: `By …`, `Posted …`, a short line
/// holding a date (`06.02.2024 17:30 | KCNA`, `Wednesday, July 16, 2025`).
static META_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:posted|published|written|updated)(?-u:\b).{0,80}|by\s+\S.{0,60}|[^.]{0,40}(?:(?-u:\b)\d{1,4}[-./]\d{1,2}[-./]\d{1,4}(?-u:\b)|(?-u:\b)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?-u:\b)|(?-u:\b)\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}(?-u:\b))[^.]{0,40})$",
    )
    .expect("valid regex")
});
/// An attribution or label line after the text: `Source: KCNA`, `Tags: …`.
static TRAILER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:sources?|via|from|originally published(?: by| at| in)?|original(?: text| article)?|read (?:more|the original)|link|tags?|labels?|filed under|posted in|categories|category)\s*:.{0,100}$",
    )
    .expect("valid regex")
});

/// Blocks whose whole text is one paragraph: their container is their parent.
const PARAGRAPH_TAGS: [&str; 12] = [
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "dd",
    "dt",
    "blockquote",
];
/// A block shorter than this (in characters) does not score.
const MIN_BLOCK: usize = 25;
/// Above this share of link text a block is a list of links.
const MAX_LINK_DENSITY: f64 = 0.5;

const NONE: usize = usize::MAX;

/// One block of text with its measures.
struct Block {
    /// Where its text lies in [`Analysis::text`].
    start: usize,
    end: usize,
    first: NodeId,
    link_density: f64,
    junk: bool,
}

/// The measured page.
pub(super) struct Analysis<'a> {
    doc: &'a Document,
    /// [`Page::marks`], kept for [`may_say_title`](Self::may_say_title).
    marks: Vec<u8>,
    /// The texts of the blocks, end to end.
    text: String,
    /// Inside a part of the page that is not the article.
    junk: Vec<bool>,
    /// Inside a part beside the article (sidebar, comments, lists, footer, nav).
    beside: Vec<bool>,
    blocks: Vec<Block>,
    /// Container score of each node.
    score: Vec<f64>,
    /// Scored text in each node's subtree.
    good: Vec<f64>,
}

/// How strictly page parts are excluded: by tag and class, by tag only, not at all
/// (each a fallback for pages that the stricter level leaves without text).
#[derive(Clone, Copy, PartialEq)]
enum Level {
    TagsAndClasses,
    Tags,
    Nothing,
    /// Nothing excluded and short blocks score too: a page of a few short lines
    /// still gives them as its text.
    ShortText,
}

impl<'a> Analysis<'a> {
    pub(super) fn new(doc: &'a Document) -> Self {
        let page = Page::read(doc);
        let mut a = Self::at(doc, &page, Level::TagsAndClasses);
        for level in [Level::Tags, Level::Nothing, Level::ShortText] {
            if a.good.first().copied().unwrap_or(0.0) > 0.0 {
                break;
            }
            a = Self::at(doc, &page, level);
        }
        // The blocks' texts and the marks are moved in.
        a.text = page.spans.text;
        a.marks = page.marks;
        a
    }

    fn at(doc: &'a Document, page: &Page, level: Level) -> Self {
        let n = doc.len();
        let Page {
            marks,
            link,
            block_parent,
            has_blocks,
            spans,
            lens,
        } = page;
        let mut junk = vec![false; n];
        let mut beside = vec![false; n];
        for i in 0..n {
            if let Some(p) = doc.node(i).parent().map(|p| p.id()) {
                junk[i] = junk[p];
                beside[i] = beside[p];
            }
            let m = marks[i];
            if (level != Level::Nothing && m & JUNK_TAG != 0)
                || (level == Level::TagsAndClasses && m & UNLIKELY_CLASS != 0)
            {
                junk[i] = true;
            }
            if m & BESIDE_MARK != 0 {
                beside[i] = true;
            }
        }

        let mut score = vec![0.0; n];
        let mut good = vec![0.0; n];
        let mut blocks = Vec::new();
        for (b, &len) in spans.blocks.iter().zip(lens) {
            let mut links = 0usize;
            for id in b.first..=b.last {
                if link.get(id).copied().unwrap_or(false)
                    && let Some(t) = doc.node(id).as_text()
                {
                    links += t.trim().chars().count();
                }
            }
            let link_density = if len == 0 {
                1.0
            } else {
                (links as f64 / len as f64).min(1.0)
            };
            let is_junk = junk.get(b.first).copied().unwrap_or(true);
            let min_len = if level == Level::ShortText {
                1
            } else {
                MIN_BLOCK
            };
            if !is_junk && len >= min_len && link_density < MAX_LINK_DENSITY {
                let s = len as f64 * (1.0 - link_density);
                let own = block_parent.get(b.first).copied().unwrap_or(NONE);
                let container = if own != NONE && reads_as_paragraph(doc.node(own), has_blocks) {
                    block_parent.get(own).copied().unwrap_or(NONE)
                } else {
                    own
                };
                if container != NONE {
                    score[container] += s;
                    if let Some(&gp) = block_parent.get(container).filter(|&&g| g != NONE) {
                        score[gp] += s / 2.0;
                    }
                }
                good[b.first] += s;
            }
            blocks.push(Block {
                start: b.start,
                end: b.end,
                first: b.first,
                link_density,
                junk: is_junk,
            });
        }
        for i in (1..n).rev() {
            if let Some(p) = doc.node(i).parent() {
                good[p.id()] += good[i];
            }
        }
        Analysis {
            doc,
            // Moved in by `new` once the level is chosen.
            text: String::new(),
            marks: Vec::new(),
            junk,
            beside,
            blocks,
            score,
            good,
        }
    }

    /// False for elements whose class list holds neither `title` nor
    /// `headline` (ASCII case ignored): their class does not make them a
    /// heading.
    pub(super) fn may_say_title(&self, n: NodeRef<'_>) -> bool {
        self.marks.get(n.id()).is_some_and(|m| m & TITLE_WORD != 0)
    }

    /// True for nodes beside the article: sidebars, comments, lists, nav, footers.
    pub(super) fn is_aside(&self, n: NodeRef<'_>) -> bool {
        self.beside.get(n.id()).copied().unwrap_or(false)
    }

    /// The elements holding the main text, in document order: the best-scoring
    /// container and those of its siblings that hold a good share of text too.
    /// Empty when no text scores.
    pub(super) fn main(&self) -> Vec<NodeRef<'a>> {
        let mut best: Option<usize> = None;
        for (i, s) in self.score.iter().enumerate() {
            if *s > 0.0 && best.is_none_or(|b| *s > self.score[b]) {
                best = Some(i);
            }
        }
        let Some(best) = best else {
            return Vec::new();
        };
        let best = self.doc.node(best);
        let Some(parent) = best.parent() else {
            return vec![best];
        };
        let threshold = (self.good[best.id()] * 0.2).max(MIN_BLOCK as f64);
        let mut out = Vec::new();
        for c in parent.children() {
            if c.id() == best.id() {
                out.push(c);
                continue;
            }
            if !c.is_element() || self.junk[c.id()] {
                continue;
            }
            if c.id() > best.id() && self.opens_list(c) {
                break;
            }
            if self.good[c.id()] >= threshold {
                out.push(c);
            }
        }
        out
    }

    /// The text of one of the blocks.
    fn text_of(&self, b: &Block) -> &str {
        self.text.get(b.start..b.end).unwrap_or_default()
    }

    /// True when the element's first line is a heading of a list or comments.
    fn opens_list(&self, n: NodeRef<'_>) -> bool {
        let end = n.subtree_end();
        self.blocks
            .iter()
            .find(|b| b.first > n.id() && b.first < end)
            .is_some_and(|b| LIST_HEAD.is_match(self.text_of(b)))
    }

    /// The paragraphs of the main text: the blocks inside `main`, without parts
    /// that are not the article, lists of links, the title repeated and the post
    /// metadata above the text; cut at a heading that opens a list.
    /// Each paragraph comes with the id of its first text node.
    pub(super) fn body(&self, main: &[NodeRef<'_>], title: Option<&str>) -> Vec<(String, NodeId)> {
        let inside = |id: NodeId| main.iter().any(|m| m.contains(self.doc.node(id)));
        let mut out: Vec<(String, NodeId)> = Vec::new();
        for b in &self.blocks {
            let text = self.text_of(b);
            if main.is_empty() || !inside(b.first) || b.junk || b.link_density > MAX_LINK_DENSITY {
                continue;
            }
            if !out.is_empty() && LIST_HEAD.is_match(text) {
                break;
            }
            if out.is_empty()
                && (title.is_some_and(|t| t.eq_ignore_ascii_case(text))
                    || META_LINE.is_match(text)
                    || boilerplate::is_chrome(text)
                    || LIST_HEAD.is_match(text))
            {
                continue;
            }
            out.push((text.to_owned(), b.first));
        }
        while out.last().is_some_and(|(t, _)| TRAILER.is_match(t)) {
            out.pop();
        }
        out
    }
}

/// Block-level elements that hold text (line breaks and rules do not), and
/// `<body>` for text straight in it.
fn is_container(n: NodeRef<'_>) -> bool {
    if n.is_block() {
        !matches!(n.tag(), Some("br" | "hr"))
    } else {
        n.tag() == Some("body")
    }
}

/// [`Page::marks`]: a tag never part of the article ([`is_junk_tag`]).
const JUNK_TAG: u8 = 1;
/// A class or id of a part that is not the article ([`UNLIKELY`]).
const UNLIKELY_CLASS: u8 = 2;
/// A tag or class of a part beside the article (nav, aside, [`BESIDE`], …).
const BESIDE_MARK: u8 = 4;
/// A class list that may hold `title` or `headline` (see
/// [`Analysis::may_say_title`]).
const TITLE_WORD: u8 = 8;

/// What the analysis reads of the page whatever the level: worked out once
/// for all levels.
struct Page {
    /// [`JUNK_TAG`], [`UNLIKELY_CLASS`] and [`BESIDE_MARK`] of each node (its
    /// own, not inherited).
    marks: Vec<u8>,
    /// Inside a link.
    link: Vec<bool>,
    /// Nearest block-level ancestor (not the node itself).
    block_parent: Vec<usize>,
    /// Elements holding block elements other than line breaks and rules.
    has_blocks: Vec<bool>,
    /// The body's text blocks.
    spans: TextSpans,
    /// The length of each block's text, in characters.
    lens: Vec<usize>,
}

impl Page {
    fn read(doc: &Document) -> Self {
        let n = doc.len();
        let mut marks = vec![0u8; n];
        let mut link = vec![false; n];
        let mut block_parent = vec![NONE; n];
        // Whether each node is a container, worked out once.
        let mut container = vec![false; n];
        for i in 0..n {
            let node = doc.node(i);
            container[i] = is_container(node);
            if let Some(p) = node.parent().map(|p| p.id()) {
                link[i] = link[p];
                block_parent[i] = if container[p] { p } else { block_parent[p] };
            }
            let Some(tag) = node.tag() else { continue };
            link[i] |= tag == "a";
            let mut m = 0;
            if is_junk_tag(tag) {
                m |= JUNK_TAG;
            }
            if matches!(tag, "nav" | "aside" | "footer" | "menu") {
                m |= BESIDE_MARK;
            }
            // The class of these tags never disqualifies them.
            if matches!(tag, "html" | "body" | "main" | "article") {
                m |= TITLE_WORD;
            } else {
                m |= name_marks(node);
            }
            marks[i] = m;
        }
        let mut has_blocks = vec![false; n];
        for i in (1..n).rev() {
            if let Some(p) = doc.node(i).parent()
                && (has_blocks[i] || container[i])
            {
                has_blocks[p.id()] = true;
            }
        }
        let root = doc.first_tag("body").unwrap_or_else(|| doc.root());
        let spans = root.text_spans();
        let lens = spans
            .blocks
            .iter()
            .map(|b| {
                spans
                    .text
                    .get(b.start..b.end)
                    .map_or(0, |t| t.chars().count())
            })
            .collect();
        Page {
            marks,
            link,
            block_parent,
            has_blocks,
            spans,
            lens,
        }
    }
}

/// Tags never part of the article's text.
fn is_junk_tag(tag: &str) -> bool {
    matches!(
        tag,
        "nav"
            | "aside"
            | "footer"
            | "header"
            | "menu"
            | "button"
            | "select"
            | "textarea"
            | "title"
            | "figcaption"
    )
}

/// A block element whose text is one paragraph: a `<p>` and the like, or an
/// element holding no block elements but line breaks.
fn reads_as_paragraph(n: NodeRef<'_>, has_blocks: &[bool]) -> bool {
    match n.tag() {
        Some(t) if PARAGRAPH_TAGS.contains(&t) => true,
        Some("td" | "th" | "table" | "tr" | "tbody" | "thead" | "html" | "body") | None => false,
        Some(_) => !has_blocks.get(n.id()).copied().unwrap_or(true),
    }
}

/// [`UNLIKELY_CLASS`] and [`BESIDE_MARK`] from the element's class and id: none
/// when they hold a word of [`MAYBE`]; [`TITLE_WORD`] from the class.
fn name_marks(n: NodeRef<'_>) -> u8 {
    let class = n.attr("class");
    let id = n.attr("id");
    if class.is_none() && id.is_none() {
        return 0;
    }
    let read = |v: Option<&str>| v.map_or(Some(0), names::bits);
    let (bits, title) = match (read(class), read(id)) {
        (Some(c), Some(i)) => (c | i, c & names::TITLE != 0),
        // Not all ASCII: the regexes read the names (and the class may
        // name a title).
        _ => {
            let mut m = if class.is_some() { TITLE_WORD } else { 0 };
            let names = class_and_id(n);
            if names.is_empty() || MAYBE.is_match(&names) {
                return m;
            }
            if UNLIKELY.is_match(&names) {
                m |= UNLIKELY_CLASS;
            }
            if BESIDE.is_match(&names) {
                m |= BESIDE_MARK;
            }
            return m;
        }
    };
    let mut m = if title { TITLE_WORD } else { 0 };
    if bits & names::MAYBE == 0 {
        if bits & names::UNLIKELY != 0 {
            m |= UNLIKELY_CLASS;
        }
        if bits & names::BESIDE != 0 {
            m |= BESIDE_MARK;
        }
    }
    m
}

fn class_and_id(n: NodeRef<'_>) -> String {
    let mut s = String::new();
    for v in [n.attr("class"), n.attr("id")].into_iter().flatten() {
        s.push_str(v);
        s.push(' ');
    }
    s.trim_end().to_owned()
}
