//! The DOM firewall: the only module that knows html5ever (and, in its tests,
//! markup5ever_rcdom).
//!
//! A page is parsed once by html5ever's tree builder into a [`sink::Tree`] (all
//! nodes in one vector, linked by index) and then flattened, in one iterative
//! walk, into a [`Document`]: a vector of nodes in document order where every
//! subtree is a contiguous range. Nothing of html5ever's types
//! leaves this module: the rest of the crate sees tag names, attribute values and
//! text as `&str`.
//!
//! All walks here are loops over index ranges; nothing recurses on the depth of
//! the tree.

mod attrs;
mod guard;
mod parse;
mod sink;
#[cfg(test)]
mod sink_tests;

#[cfg(test)]
pub(crate) use parse::parse_html;
pub(crate) use parse::parse_html_with;

/// Bounds on what one page may cost to parse (see [`guard`] and [`attrs`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Limits {
    /// Open elements deeper than this become siblings instead of children.
    pub(crate) max_depth: usize,
    /// Attributes of one tag past this many are dropped.
    pub(crate) max_attributes: usize,
    /// Nodes built (and end tags handled) past this many: the rest of the page
    /// is ignored.
    pub(crate) max_nodes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        use crate::options::{DEFAULT_MAX_ATTRIBUTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_NODES};
        Limits {
            max_depth: DEFAULT_MAX_DEPTH,
            max_attributes: DEFAULT_MAX_ATTRIBUTES,
            max_nodes: DEFAULT_MAX_NODES,
        }
    }
}

use html5ever::tendril::StrTendril;
use html5ever::{Attribute, LocalName};

use crate::text;

/// An index into [`Document::nodes`].
pub(crate) type NodeId = usize;

const NO_PARENT: usize = usize::MAX;

/// A parsed page, flattened in document order.
pub(crate) struct Document {
    nodes: Vec<Node>,
    /// What was noted of the page while it was flattened.
    index: Index,
}

/// Facts about the whole page gathered while the tree is flattened, so that
/// the layouts' detectors need not walk the page for each of them.
#[derive(Default)]
struct Index {
    /// Flags by element name (used while flattening).
    flag_cache: FlagCache,
    /// A filter of every class name on the page: a search for a class the
    /// filter has not seen ends at once.
    classes: PageFilter,
    /// The same for `id` values.
    ids: PageFilter,
    /// Elements with an `id` attribute, in document order.
    with_id: Vec<NodeId>,
    /// The first `<title>` element.
    title: Option<NodeId>,
    /// `<meta>` and `<link>` elements, in document order.
    heads: Vec<NodeId>,
    /// `<a>` elements, in document order.
    links: Vec<NodeId>,
    /// `<img>` elements, in document order.
    images: Vec<NodeId>,
    /// Text nodes outside script, style and the like that hold more than
    /// whitespace, in document order: the page's text, for quick scans.
    texts: Vec<NodeId>,
    /// The title's text, read once when first asked for.
    title_text: std::sync::OnceLock<Option<String>>,
}

/// A 1024-bit Bloom filter of names (two bits per name).
#[derive(Default)]
struct PageFilter([u64; 16]);

impl PageFilter {
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the bit numbers are masked to 0..1024"
    )]
    fn positions(h: u64) -> [usize; 2] {
        let h = h ^ (h >> 31);
        [(h & 1023) as usize, ((h >> 10) & 1023) as usize]
    }

    fn insert(&mut self, h: u64) {
        for p in Self::positions(h) {
            if let Some(w) = self.0.get_mut(p / 64) {
                *w |= 1 << (p % 64);
            }
        }
    }

    fn may_hold(&self, h: u64) -> bool {
        Self::positions(h)
            .iter()
            .all(|&p| self.0.get(p / 64).is_some_and(|w| w & (1 << (p % 64)) != 0))
    }
}

impl Index {
    /// Notes a text node outside script, style and the like.
    fn text(&mut self, id: NodeId, text: &str) {
        if !text.bytes().all(|b| b.is_ascii_whitespace()) {
            self.texts.push(id);
        }
    }

    /// Notes an element about to be added at `id`; gives its flags and class
    /// filter.
    fn element(&mut self, id: NodeId, name: LocalName, attrs: Vec<Attribute>) -> Element {
        use html5ever::local_name;
        let flags = self.flag_cache.flags(&name);
        let mut classes = 0;
        for a in &attrs {
            if a.name.local == local_name!("class") {
                let page = &mut self.classes;
                class_list_hashes(&a.value, |h| {
                    classes |= hash_bits(h);
                    page.insert(h);
                });
            } else if a.name.local == local_name!("id") {
                self.ids.insert(name_hash(&a.value));
                self.with_id.push(id);
            }
        }
        match name {
            local_name!("title") if self.title.is_none() => self.title = Some(id),
            local_name!("meta") | local_name!("link") => self.heads.push(id),
            local_name!("a") => self.links.push(id),
            local_name!("img") => self.images.push(id),
            _ => {}
        }
        Element {
            name,
            attrs,
            classes,
            flags,
        }
    }
}

struct Node {
    data: NodeData,
    parent: usize,
    /// One past the last node of this node's subtree.
    end: usize,
}

enum NodeData {
    Document,
    Element(Element),
    /// Moved out of the parser's tree, not copied.
    Text(StrTendril),
    /// Doctypes and processing instructions: kept as placeholders so that
    /// indices stay in document order, never read. (Comments are not built at
    /// all: the guard drops them.)
    Other,
}

struct Element {
    /// The local name, an interned atom.
    name: LocalName,
    /// Moved out of the parser's tree as they stand; only local names are read.
    attrs: Vec<Attribute>,
    /// A Bloom filter of the class list (see [`class_bits`]): a class search
    /// reads the attribute only of elements whose filter holds the class's bits.
    classes: u64,
    /// [`BLOCK`] and [`NON_TEXT`], from the name, worked out once.
    flags: u8,
}

/// The element starts a new block of text ([`is_block`]).
const BLOCK: u8 = 1;
/// The element's text is never page text ([`is_non_text`]).
const NON_TEXT: u8 = 2;

/// The [`BLOCK`]/[`NON_TEXT`] flags of a name.
fn name_flags(name: &str) -> u8 {
    let mut flags = 0;
    if is_block(name) {
        flags |= BLOCK;
    }
    if is_non_text(name) {
        flags |= NON_TEXT;
    }
    flags
}

/// Remembers the flags of recently seen names, one slot per value of the low
/// bits of the name's atom hash: most elements of a page share a dozen names,
/// and an atom comparison is one integer comparison.
struct FlagCache {
    slots: Vec<Option<(LocalName, u8)>>,
}

impl Default for FlagCache {
    fn default() -> Self {
        FlagCache {
            slots: vec![None; Self::SLOTS],
        }
    }
}

impl FlagCache {
    const SLOTS: usize = 64;

    fn flags(&mut self, name: &LocalName) -> u8 {
        // The hash's low bits pick the slot; only they are used.
        #[allow(clippy::cast_possible_truncation)]
        let i = (name.get_hash() as usize) % Self::SLOTS;
        if let Some(Some((n, f))) = self.slots.get(i)
            && n == name
        {
            return *f;
        }
        let f = name_flags(name);
        if let Some(slot) = self.slots.get_mut(i) {
            *slot = Some((name.clone(), f));
        }
        f
    }
}

/// The hash of a class name is built byte by byte from this.
const CLASS_SEED: u64 = 0x9E37_79B9_7F4A_7C15;

/// One step of the class-name hash.
#[inline]
fn class_hash_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

/// Two bits of a 64-bit Bloom filter for a class name's hash. Never zero.
#[inline]
fn hash_bits(h: u64) -> u64 {
    let h = h ^ (h >> 29);
    (1 << (h & 63)) | (1 << ((h >> 6) & 63))
}

/// The hash of a class name or id.
fn name_hash(name: &str) -> u64 {
    name.bytes().fold(CLASS_SEED, class_hash_step)
}

/// The filter bits of one class name.
fn class_bits(class: &str) -> u64 {
    hash_bits(name_hash(class))
}

/// The union of the filter bits of every name of a class list.
#[cfg(test)]
fn class_list_bits(list: &str) -> u64 {
    let mut bits = 0;
    class_list_hashes(list, |h| bits |= hash_bits(h));
    bits
}

/// Calls `f` with the hash of every name of a class list, in one pass over its
/// bytes (the list split at ASCII whitespace, as [`class_list_has`] does).
fn class_list_hashes(list: &str, mut f: impl FnMut(u64)) {
    let mut h = CLASS_SEED;
    let mut in_name = false;
    for &b in list.as_bytes() {
        if b.is_ascii_whitespace() {
            if in_name {
                f(h);
                h = CLASS_SEED;
                in_name = false;
            }
        } else {
            h = class_hash_step(h, b);
            in_name = true;
        }
    }
    if in_name {
        f(h);
    }
}

/// What an id past the end of the document reads as: no data, no parent, an
/// empty subtree.
const OUT_OF_RANGE: Node = Node {
    data: NodeData::Other,
    parent: NO_PARENT,
    end: 0,
};

/// Elements whose text is never page text.
fn is_non_text(tag: &str) -> bool {
    matches!(
        tag,
        "script" | "style" | "noscript" | "template" | "head" | "svg" | "iframe" | "select"
    )
}

/// Elements that start a new block of text.
pub(crate) fn is_block(tag: &str) -> bool {
    // A `match` on the name: one length switch and a comparison or two, where a
    // table search compared the name with every entry.
    matches!(
        tag,
        "p" | "div"
            | "br"
            | "li"
            | "ul"
            | "ol"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "tbody"
            | "thead"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "nav"
            | "main"
            | "aside"
            | "blockquote"
            | "pre"
            | "hr"
            | "dl"
            | "dt"
            | "dd"
            | "form"
            | "figure"
            | "figcaption"
    )
}

impl Document {
    /// The document node.
    pub(crate) fn root(&self) -> NodeRef<'_> {
        NodeRef { doc: self, id: 0 }
    }

    /// Number of nodes (elements, text and placeholders).
    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    /// The node with this id.
    pub(crate) fn node(&self, id: NodeId) -> NodeRef<'_> {
        NodeRef { doc: self, id }
    }

    /// Every element in document order.
    pub(crate) fn elements(&self) -> impl Iterator<Item = NodeRef<'_>> + '_ {
        (0..self.nodes.len())
            .map(move |id| NodeRef { doc: self, id })
            .filter(|n| n.is_element())
    }

    /// A document of these nodes, with what was noted of them.
    fn new(nodes: Vec<Node>, index: Index) -> Self {
        Document { nodes, index }
    }

    /// The first element with this tag name.
    pub(crate) fn first_tag(&self, tag: &str) -> Option<NodeRef<'_>> {
        self.elements().find(|n| n.tag() == Some(tag))
    }

    /// True when some element of the page may carry this class (false: none
    /// does).
    fn may_have_class(&self, class: &str) -> bool {
        self.index.classes.may_hold(name_hash(class))
    }

    /// The first element carrying this class.
    pub(crate) fn first_class(&self, class: &str) -> Option<NodeRef<'_>> {
        if !self.may_have_class(class) {
            return None;
        }
        self.root().find_class(class)
    }

    /// Every element carrying this class, in document order.
    pub(crate) fn with_class<'a>(
        &'a self,
        class: &'a str,
    ) -> impl Iterator<Item = NodeRef<'a>> + 'a {
        let bits = class_bits(class);
        let end = if self.may_have_class(class) {
            self.nodes.len()
        } else {
            0
        };
        (1..end)
            .map(move |id| NodeRef { doc: self, id })
            .filter(move |n| n.has_class_bits(class, bits))
    }

    /// The element with this id attribute.
    pub(crate) fn by_id(&self, id: &str) -> Option<NodeRef<'_>> {
        if !self.index.ids.may_hold(name_hash(id)) {
            return None;
        }
        self.refs(&self.index.with_id)
            .find(|n| n.attr("id") == Some(id))
    }

    /// The `<title>` text, whitespace-normalised.
    pub(crate) fn title(&self) -> Option<String> {
        self.title_str().map(str::to_owned)
    }

    /// The `<title>` text, whitespace-normalised, read once.
    pub(crate) fn title_str(&self) -> Option<&str> {
        self.index
            .title_text
            .get_or_init(|| {
                let t = self.node(self.index.title?).text();
                (!t.is_empty()).then_some(t)
            })
            .as_deref()
    }

    /// The text nodes of the page outside script, style and the like that
    /// hold more than ASCII whitespace, in document order: as
    /// `root().text_nodes()` without the blank ones.
    pub(crate) fn texts(&self) -> impl Iterator<Item = NodeRef<'_>> + '_ {
        self.refs(&self.index.texts)
    }

    /// The page's `<a>` elements, in document order.
    pub(crate) fn links(&self) -> impl Iterator<Item = NodeRef<'_>> + '_ {
        self.refs(&self.index.links)
    }

    /// The page's `<img>` elements, in document order.
    pub(crate) fn images(&self) -> impl Iterator<Item = NodeRef<'_>> + '_ {
        self.refs(&self.index.images)
    }

    /// The nodes of a list of ids noted while flattening.
    fn refs<'a>(&'a self, ids: &'a [NodeId]) -> impl Iterator<Item = NodeRef<'a>> + 'a {
        ids.iter().map(move |&id| NodeRef { doc: self, id })
    }

    /// `<meta>` and `<link>` elements, in document order.
    fn heads(&self) -> impl Iterator<Item = NodeRef<'_>> + '_ {
        self.refs(&self.index.heads)
    }

    /// `content` of the first `<meta>` whose `property` or `name` is `key`.
    pub(crate) fn meta(&self, key: &str) -> Option<&str> {
        self.heads()
            .filter(|n| n.tag() == Some("meta"))
            .find(|n| n.attr("property") == Some(key) || n.attr("name") == Some(key))
            .and_then(|n| n.attr("content"))
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// `href` of the first `<link rel=…>` whose rel list holds `rel`.
    pub(crate) fn link_rel(&self, rel: &str) -> Option<&str> {
        self.heads()
            .filter(|n| n.tag() == Some("link"))
            .find(|n| {
                n.attr("rel").is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|x| x.eq_ignore_ascii_case(rel))
                })
            })
            .and_then(|n| n.attr("href"))
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// The `lang` attribute of `<html>`.
    pub(crate) fn html_lang(&self) -> Option<&str> {
        self.first_tag("html")?
            .attr("lang")
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }
}

/// A borrowed handle on one node of a [`Document`].
#[derive(Clone, Copy)]
pub(crate) struct NodeRef<'a> {
    doc: &'a Document,
    id: NodeId,
}

impl<'a> NodeRef<'a> {
    fn node(&self) -> &'a Node {
        // `id` comes from the document's own ranges; an id out of range (never
        // made here) reads as an empty placeholder rather than panicking.
        self.doc.nodes.get(self.id).unwrap_or(&OUT_OF_RANGE)
    }

    /// This node's index in document order.
    pub(crate) fn id(&self) -> NodeId {
        self.id
    }

    /// True for elements.
    pub(crate) fn is_element(&self) -> bool {
        matches!(self.node().data, NodeData::Element(_))
    }

    /// The lowercase local name of an element, `None` for other nodes.
    pub(crate) fn tag(&self) -> Option<&'a str> {
        match &self.node().data {
            NodeData::Element(e) => Some(&e.name),
            _ => None,
        }
    }

    /// The text of a text node, `None` for other nodes.
    pub(crate) fn as_text(&self) -> Option<&'a str> {
        match &self.node().data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }

    /// The value of an attribute of an element.
    pub(crate) fn attr(&self, name: &str) -> Option<&'a str> {
        match &self.node().data {
            NodeData::Element(e) => e
                .attrs
                .iter()
                .find(|a| &*a.name.local == name)
                .map(|a| &*a.value),
            _ => None,
        }
    }

    /// True when the element's class list holds `class`.
    pub(crate) fn has_class(&self, class: &str) -> bool {
        self.has_class_bits(class, class_bits(class))
    }

    /// [`has_class`](Self::has_class), with the class's filter bits worked out
    /// by the caller.
    fn has_class_bits(&self, class: &str, bits: u64) -> bool {
        match &self.node().data {
            NodeData::Element(e) if e.classes & bits == bits => self
                .attr("class")
                .is_some_and(|list| class_list_has(list, class)),
            _ => false,
        }
    }

    /// True for an element that starts a new block of text ([`is_block`]).
    pub(crate) fn is_block(&self) -> bool {
        self.flags() & BLOCK != 0
    }

    /// The element's [`BLOCK`]/[`NON_TEXT`] flags, 0 for other nodes.
    fn flags(&self) -> u8 {
        match &self.node().data {
            NodeData::Element(e) => e.flags,
            _ => 0,
        }
    }

    /// The parent node.
    pub(crate) fn parent(&self) -> Option<NodeRef<'a>> {
        let p = self.node().parent;
        (p != NO_PARENT).then_some(NodeRef {
            doc: self.doc,
            id: p,
        })
    }

    /// The ancestors, nearest first.
    pub(crate) fn ancestors(self) -> impl Iterator<Item = NodeRef<'a>> + 'a {
        let mut cur = self.parent();
        std::iter::from_fn(move || {
            let n = cur?;
            cur = n.parent();
            Some(n)
        })
    }

    /// True when `other` lies inside this node's subtree (or is this node).
    pub(crate) fn contains(&self, other: NodeRef<'_>) -> bool {
        other.id >= self.id && other.id < self.node().end
    }

    /// The direct children.
    pub(crate) fn children(self) -> impl Iterator<Item = NodeRef<'a>> + 'a {
        let doc = self.doc;
        let end = self.node().end;
        let mut next = self.id + 1;
        std::iter::from_fn(move || {
            if next >= end {
                return None;
            }
            let id = next;
            next = doc.nodes.get(id).map_or(end, |n| n.end);
            Some(NodeRef { doc, id })
        })
    }

    /// Every node below this one, in document order.
    pub(crate) fn descendants(self) -> impl Iterator<Item = NodeRef<'a>> + 'a {
        let doc = self.doc;
        (self.id + 1..self.node().end).map(move |id| NodeRef { doc, id })
    }

    /// Element descendants, in document order.
    pub(crate) fn elements(self) -> impl Iterator<Item = NodeRef<'a>> + 'a {
        self.descendants().filter(|n| n.is_element())
    }

    /// The first element descendant with this class.
    pub(crate) fn find_class(&self, class: &str) -> Option<NodeRef<'a>> {
        let bits = class_bits(class);
        self.descendants().find(|n| n.has_class_bits(class, bits))
    }

    /// The text of the subtree, concatenated as it stands (script, style and the
    /// like skipped; no whitespace normalisation).
    pub(crate) fn raw_text(&self) -> String {
        let mut out = String::new();
        self.for_each_text(|t, _| out.push_str(t));
        out
    }

    /// The last character of [`text`](Self::text), found from the end without
    /// building the text.
    pub(crate) fn text_last_char(&self) -> Option<char> {
        let mut i = self.node().end;
        while i > self.id + 1 {
            i -= 1;
            let Some(NodeData::Text(t)) = self.doc.nodes.get(i).map(|n| &n.data) else {
                continue;
            };
            let Some(c) = text::last_kept(t) else {
                continue;
            };
            // Text inside script, style and the like is not the subtree's text.
            let hidden = NodeRef {
                doc: self.doc,
                id: i,
            }
            .ancestors()
            .take_while(|a| a.id != self.id)
            .any(|a| a.flags() & NON_TEXT != 0);
            if !hidden {
                return Some(c);
            }
        }
        None
    }

    /// The text of the subtree with whitespace normalised.
    pub(crate) fn text(&self) -> String {
        // Normalised piece by piece: one string built, no raw copy first.
        let mut n = text::Normalizer::new();
        self.for_each_text(|t, _| n.push(t));
        n.finish()
    }

    /// Calls `f` with every text node of the subtree in order, skipping non-text
    /// elements; the second argument is true when a block boundary (block element
    /// or `<br>`) lies between this text and the previous one.
    pub(crate) fn for_each_text(&self, mut f: impl FnMut(&'a str, bool)) {
        self.for_each_text_node(|_, t, boundary| f(t, boundary));
    }

    /// The subtree's text split into blocks at block elements and `<br>`, each
    /// whitespace-normalised, empty blocks dropped.
    pub(crate) fn blocks(&self) -> Vec<String> {
        let mut out = Vec::new();
        // Each block normalised as its pieces arrive, not copied raw first.
        let mut cur = text::Normalizer::new();
        self.for_each_text(|t, boundary| {
            if boundary && !cur.is_empty() {
                out.push(cur.take());
            }
            cur.push(t);
        });
        if !cur.is_empty() {
            out.push(cur.finish());
        }
        out
    }

    /// One past the last node of this node's subtree: the subtree is the id range
    /// `self.id()..self.subtree_end()`.
    pub(crate) fn subtree_end(&self) -> NodeId {
        self.node().end
    }

    /// As [`for_each_text`](Self::for_each_text), with each text node's id first.
    pub(crate) fn for_each_text_node(&self, mut f: impl FnMut(NodeId, &'a str, bool)) {
        let end = self.node().end;
        let mut i = self.id + 1;
        let mut boundary = false;
        let mut open_ends: Vec<usize> = Vec::new();
        while i < end {
            while open_ends.last().is_some_and(|&e| e <= i) {
                open_ends.pop();
                boundary = true;
            }
            let Some(n) = self.doc.nodes.get(i) else {
                break;
            };
            match &n.data {
                NodeData::Element(e) => {
                    if e.flags & NON_TEXT != 0 {
                        i = n.end;
                        continue;
                    }
                    if e.flags & BLOCK != 0 {
                        boundary = true;
                        if n.end > i + 1 {
                            open_ends.push(n.end);
                        }
                    }
                }
                NodeData::Text(t) => {
                    f(i, t, boundary);
                    boundary = false;
                }
                NodeData::Document | NodeData::Other => {}
            }
            i += 1;
        }
    }

    /// As [`blocks`](Self::blocks), each block with the ids of its first and last
    /// text nodes that hold more than whitespace, so that callers can place it in
    /// the tree.
    pub(crate) fn text_blocks(&self) -> Vec<TextBlock> {
        let mut out = Vec::new();
        self.each_block(|cur, (first, last)| {
            out.push(TextBlock {
                text: cur.take(),
                first,
                last,
            });
        });
        out
    }

    /// As [`text_blocks`](Self::text_blocks), with the blocks' texts laid end
    /// to end in one string (one buffer for the page instead of one string per
    /// block).
    pub(crate) fn text_spans(&self) -> TextSpans {
        let mut out = TextSpans::default();
        self.each_block(|cur, (first, last)| {
            let start = out.text.len();
            out.text.push_str(cur.as_str());
            out.blocks.push(TextSpan {
                start,
                end: out.text.len(),
                first,
                last,
            });
        });
        out
    }

    /// Hands each block of text that holds more than whitespace to `emit`,
    /// normalised (as its pieces arrived, not copied raw first), with the ids
    /// of its first and last such text nodes; the normaliser is emptied after.
    fn each_block(&self, mut emit: impl FnMut(&mut text::Normalizer, (NodeId, NodeId))) {
        let mut cur = text::Normalizer::new();
        let mut span: Option<(NodeId, NodeId)> = None;
        let mut flush = |cur: &mut text::Normalizer, span: &mut Option<(NodeId, NodeId)>| {
            if let Some(ids) = span.take()
                && !cur.is_empty()
            {
                emit(cur, ids);
            }
            cur.clear();
        };
        self.for_each_text_node(|id, t, boundary| {
            if boundary {
                flush(&mut cur, &mut span);
            }
            cur.push(t);
            if !is_blank(t) {
                span = Some(span.map_or((id, id), |(first, _)| (first, id)));
            }
        });
        flush(&mut cur, &mut span);
    }

    /// The text of every text node of the subtree, script and style content
    /// included (for JSON-LD and the like), unnormalised.
    pub(crate) fn source_text(&self) -> String {
        let mut out = String::new();
        for n in self.descendants() {
            if let Some(t) = n.as_text() {
                out.push_str(t);
            }
        }
        out
    }

    // --- Query helpers for the kcna.kp, Voice of Korea and Rodong Sinmun layouts ---

    /// The text nodes of the subtree in document order, skipping script, style and
    /// the other non-text elements.
    pub(crate) fn text_nodes(self) -> impl Iterator<Item = NodeRef<'a>> + 'a {
        let doc = self.doc;
        let end = self.node().end;
        let mut i = self.id + 1;
        std::iter::from_fn(move || {
            while i < end {
                let id = i;
                let Some(n) = doc.nodes.get(id) else {
                    break;
                };
                match &n.data {
                    NodeData::Element(e) if e.flags & NON_TEXT != 0 => i = n.end,
                    NodeData::Text(_) => {
                        i += 1;
                        return Some(NodeRef { doc, id });
                    }
                    _ => i += 1,
                }
            }
            None
        })
    }

    /// True when an ancestor is an element with one of these tags.
    pub(crate) fn has_ancestor_tag(self, tags: &[&str]) -> bool {
        self.ancestors()
            .any(|a| a.tag().is_some_and(|t| tags.contains(&t)))
    }

    /// The nearest ancestor that is a block element.
    pub(crate) fn block_ancestor(self) -> Option<NodeRef<'a>> {
        self.ancestors().find(|a| a.flags() & BLOCK != 0)
    }

    /// The subtree's text without the text inside `skip`, whitespace-normalised.
    pub(crate) fn text_without(self, skip: NodeRef<'_>) -> String {
        let mut out = String::new();
        for t in self.text_nodes() {
            if !skip.contains(t) {
                out.push_str(t.as_text().unwrap_or_default());
            }
        }
        text::normalize(&out)
    }
}

/// A block of text (see [`NodeRef::text_blocks`]): whitespace-normalised text and
/// the ids of its first and last text nodes.
pub(crate) struct TextBlock {
    pub(crate) text: String,
    pub(crate) first: NodeId,
    pub(crate) last: NodeId,
}

/// The blocks of text of a subtree (see [`NodeRef::text_spans`]): their
/// whitespace-normalised texts end to end, and where each lies.
#[derive(Default)]
pub(crate) struct TextSpans {
    /// Every block's text, one after the other.
    pub(crate) text: String,
    /// The blocks in document order.
    pub(crate) blocks: Vec<TextSpan>,
}

/// One block of [`TextSpans`]: its text is `text[start..end]`; `first` and
/// `last` as in [`TextBlock`].
pub(crate) struct TextSpan {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) first: NodeId,
    pub(crate) last: NodeId,
}

/// `t.trim().is_empty()`, deciding on the first byte that is plain ASCII.
fn is_blank(t: &str) -> bool {
    for b in t.bytes() {
        match b {
            b'\t'..=b'\r' | b' ' => {}
            0x80.. => return t.trim().is_empty(),
            _ => return false,
        }
    }
    true
}

/// True when the whitespace-separated `list` holds `class` (never for an empty
/// `class` or one with whitespace in it). A byte loop: this runs for every
/// element in a class search.
fn class_list_has(list: &str, class: &str) -> bool {
    let class = class.as_bytes();
    let mut rest = list.as_bytes();
    if class.is_empty() || class.len() > rest.len() {
        return false;
    }
    loop {
        let Some(start) = rest.iter().position(|b| !b.is_ascii_whitespace()) else {
            return false;
        };
        rest = rest.get(start..).unwrap_or_default();
        let len = rest
            .iter()
            .position(u8::is_ascii_whitespace)
            .unwrap_or(rest.len());
        if len == class.len() && rest.get(..len) == Some(class) {
            return true;
        }
        rest = rest.get(len..).unwrap_or_default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_split_at_block_elements_and_br() {
        let doc = parse_html("<div><p>One <b>two</b></p>three<br>four<div>five</div> six</div>");
        let body = doc.first_tag("body").unwrap();
        assert_eq!(
            body.blocks(),
            vec!["One two", "three", "four", "five", "six"]
        );
    }

    #[test]
    fn page_filters_find_every_class_and_id_present() {
        let mut html = String::new();
        for i in 0..300 {
            html.push_str(&format!("<div id=\"id{i}\" class=\"c{i} shared\">x</div>"));
        }
        let doc = parse_html(&html);
        for i in 0..300 {
            let class = format!("c{i}");
            let node = doc.first_class(&class).expect("present class found");
            assert_eq!(node.attr("id"), Some(format!("id{i}").as_str()));
            assert_eq!(doc.with_class(&class).count(), 1);
            assert!(doc.by_id(&format!("id{i}")).is_some());
        }
        assert_eq!(doc.with_class("shared").count(), 300);
        assert!(doc.first_class("absent").is_none());
        assert!(doc.by_id("absent").is_none());
        // A page with few classes rules most others out without a walk.
        let small = parse_html("<p class=\"a b\" id=x>t</p>");
        let ruled_out = (0..1000)
            .filter(|i| !small.may_have_class(&format!("k{i}")))
            .count();
        assert!(ruled_out > 990, "{ruled_out}");
    }

    #[test]
    fn last_char_of_text_is_found_from_the_end() {
        let doc = parse_html(
            "<p id=a>Title (2024.5.19)\u{a0} <b> </b>\u{200b}</p>\
             <p id=b>x)<script>var a = 1;</script></p><p id=c></p>\
             <p id=d>y<style>z)</style>  </p>",
        );
        let last = |id: &str| doc.by_id(id).and_then(|n| n.text_last_char());
        assert_eq!(last("a"), Some(')'));
        assert_eq!(last("b"), Some(')'));
        assert_eq!(last("c"), None);
        assert_eq!(last("d"), Some('y'));
        for id in ["a", "b", "d"] {
            let n = doc.by_id(id).unwrap();
            assert_eq!(n.text().chars().last(), n.text_last_char(), "{id}");
        }
    }

    #[test]
    fn text_skips_script_and_style() {
        let doc = parse_html("<p>a<script>x()</script> b<style>p{}</style></p>");
        assert_eq!(doc.first_tag("p").unwrap().text(), "a b");
    }

    #[test]
    fn class_lists() {
        let cases = [
            ("col-6 header-date", "header-date", true),
            ("col-6 header-date", "col-6", true),
            ("col-6 header-date", "col", false),
            ("col-6 header-date", "date", false),
            ("  a\tb\n", "b", true),
            ("a", "a", true),
            ("ab", "a", false),
            ("a b", "a b", false),
            ("a", "", false),
            ("", "a", false),
            ("aaa aa", "aa", true),
        ];
        for (list, class, want) in cases {
            let want_split = list.split_ascii_whitespace().any(|x| x == class);
            assert_eq!(want, want_split, "table row {list:?} {class:?}");
            assert_eq!(class_list_has(list, class), want, "{list:?} has {class:?}");
        }
    }

    #[test]
    fn class_filter_holds_every_class_of_the_list() {
        for list in ["a b", "  col-6\theader-date\n", "x", "", "aaa aa a"] {
            let bits = class_list_bits(list);
            for c in list.split_ascii_whitespace() {
                assert_eq!(bits & class_bits(c), class_bits(c), "{list:?} {c:?}");
            }
        }
        let doc = parse_html("<p class='a  b'>x</p><p class=c>y</p>");
        assert_eq!(doc.first_class("b").map(|n| n.text()).as_deref(), Some("x"));
        assert_eq!(doc.first_class("c").map(|n| n.text()).as_deref(), Some("y"));
        assert!(doc.first_class("d").is_none());
    }

    #[test]
    fn children_and_contains() {
        let doc = parse_html("<ul><li>a<b>x</b></li><li>b</li></ul>");
        let ul = doc.first_tag("ul").unwrap();
        let kids: Vec<_> = ul.children().map(|c| c.text()).collect();
        assert_eq!(kids, vec!["ax", "b"]);
        let b = doc.first_tag("b").unwrap();
        assert!(ul.contains(b));
        assert!(!b.contains(ul));
        assert_eq!(b.ancestors().filter_map(|a| a.tag()).next(), Some("li"));
    }

    #[test]
    fn text_blocks_carry_their_text_node_ids() {
        let doc = parse_html("<div>a<br>&nbsp;&nbsp;b <i>c</i><hr>d</div>");
        let div = doc.first_tag("div").unwrap();
        let blocks = div.text_blocks();
        let texts: Vec<_> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["a", "b c", "d"]);
        let hr = doc.first_tag("hr").unwrap().id();
        assert!(blocks[1].last < hr && blocks[2].first > hr);
        assert!(blocks[1].first < blocks[1].last);
    }
}

#[cfg(test)]
mod guard_tests {
    use super::{Document, Limits, parse::parse_html_with};

    fn parse(html: &str, max_depth: usize) -> Document {
        let limits = Limits {
            max_depth,
            ..Limits::default()
        };
        parse_html_with(html, &limits)
    }

    fn depth(doc: &Document) -> usize {
        (0..doc.len())
            .map(|i| doc.node(i).ancestors().count())
            .max()
            .unwrap_or(0)
    }

    fn count(doc: &Document, tag: &str) -> usize {
        doc.elements().filter(|n| n.tag() == Some(tag)).count()
    }

    #[test]
    fn nesting_past_the_limit_becomes_siblings() {
        let html = format!("{}x{}", "<div>".repeat(1000), "</div>".repeat(1000));
        let doc = parse(&html, 10);
        // document > html > body > 10 divs > text
        assert!(depth(&doc) <= 13, "depth {}", depth(&doc));
        assert_eq!(count(&doc, "div"), 1000);
        assert_eq!(doc.root().text(), "x");
    }

    #[test]
    fn content_after_a_closed_bomb_keeps_its_place() {
        let html = format!(
            "<div id=a>{}{}<p id=p>after</p></div><p id=q>last</p>",
            "<div>".repeat(500),
            "</div>".repeat(500)
        );
        let doc = parse(&html, 20);
        let a = doc.by_id("a").unwrap();
        let p = doc.by_id("p").unwrap();
        let q = doc.by_id("q").unwrap();
        assert_eq!(p.parent().map(|n| n.id()), Some(a.id()));
        assert!(!a.contains(q));
        assert_eq!(q.parent().and_then(|n| n.tag()), Some("body"));
    }

    #[test]
    fn implied_end_tags_do_not_count_as_depth() {
        let mut html = String::from("<table>");
        for i in 0..300 {
            html.push_str(&format!(
                "<tr><td>{i}<td><p>a<p>b<ul><li>x<li>y</ul><select><option>o<option>p</select>"
            ));
        }
        html.push_str("</table><dl><dt>t<dd>d<dt>t</dl>");
        let doc = parse(&html, 12);
        assert_eq!(count(&doc, "tr"), 300);
        assert_eq!(count(&doc, "td"), 600);
        assert_eq!(count(&doc, "li"), 600);
        assert_eq!(count(&doc, "option"), 600);
        // Every row sits directly in the table body: nothing was flattened.
        let tbody = doc.first_tag("tbody").unwrap();
        assert_eq!(tbody.children().count(), 300);
        assert_eq!(count(&doc, "dt"), 2);
    }

    #[test]
    fn stray_end_tags_are_harmless() {
        let html = "<div><p>a</span></x></div></div></p><p>b</p>";
        let doc = parse(html, 128);
        assert_eq!(doc.first_tag("body").unwrap().blocks(), vec!["a", "b"]);
    }

    #[test]
    fn node_budget_stops_the_page() {
        let html = "<p>x</p>".repeat(1000);
        let limits = Limits {
            max_nodes: 50,
            ..Limits::default()
        };
        let doc = parse_html_with(&html, &limits);
        let ps = doc.elements().filter(|n| n.tag() == Some("p")).count();
        assert!((10..=50).contains(&ps), "{ps}");
    }
}
