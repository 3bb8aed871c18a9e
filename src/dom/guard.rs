//! A filter between html5ever's tokenizer and its tree builder that keeps the
//! tree builder out of its quadratic paths, and a tree sink that counts what it
//! builds.
//!
//! The tree builder scans its stack of open elements for most tags, so a page
//! nested n deep costs n² steps (100 000 nested `<div>` take half a minute). The
//! filter keeps an approximate copy of that stack (implied end tags of `p`, `li`,
//! `dt`/`dd`, table parts, `option` and headings are followed) and, when it is
//! [`Limits::max_depth`] deep, closes its innermost three quarters before
//! opening a new element: nesting past the limit becomes runs of siblings, and
//! what follows an unclosed run still has room to nest. The end tags of the
//! elements so closed are dropped when they come: an end tag closes an open
//! element of its name if that element was opened after the last forced close of
//! that name, else it is taken for one of the closed elements' end tags.
//! Unclosed formatting elements (`b`, `font`, …), which the tree builder re-opens
//! in every later paragraph, are capped at [`MAX_FORMATTING`], and start tags
//! moved out of tables at [`MAX_FOSTERED`]; a dropped tag loses its formatting
//! or structure, never its text. Repeated `<html>` and `<body>` tags lose their
//! attributes (the builder would merge them into the first one, one by one).
//! A self-closed tag is left off the stack only where the tree builder says the
//! current node is foreign (`<svg><pre>` has left foreign content: a `<div/>`
//! after it is an open `div`). The end tag of an element whose text the builder
//! has the tokenizer read raw (`textarea`, `title`, `script`, …) always goes
//! through: the builder leaves its text mode on nothing else. Comments are never
//! read, so none is built.
//!
//! Each tag's name is looked up once, in a table of the names the page has
//! used; the first time a name is seen, what it is to the filter (void,
//! formatting, a table part, which end tags its start tag implies, what stops a
//! search for it, …) is read from the lists below into a set of bits, kept
//! with the name's counts (elements of it open, end tags of it to drop, its
//! last forced close). Every later test on the tag is a bit test, and the
//! stack holds names by their index in that table. An end tag of a name not
//! seen before is added only if the tree builder has a use for it (see
//! [`END_TAGS_KEPT`]); the others are dropped.
//!
//! The sink counts nodes built and end tags handled; past [`Limits::max_nodes`]
//! the filter lets nothing more through, as if the page ended there.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher, RandomState};
use std::sync::LazyLock;

use html5ever::LocalName;
use html5ever::tokenizer::{EndTag, StartTag, Tag, Token, TokenSink, TokenSinkResult};
use html5ever::tree_builder::TreeBuilder;

use super::Limits;
use super::sink::{Handle, MAX_TREE_NODES, Tree};

/// The most formatting elements left open at once; more are dropped.
pub(super) const MAX_FORMATTING: usize = 12;

/// The most start tags of a page moved out of a table ("foster parenting");
/// more are dropped. Each such move searches the table's siblings, so an
/// unbounded number costs the square of it.
pub(super) const MAX_FOSTERED: usize = 1024;

/// Start tags a table holds itself; any other start tag directly in a table is
/// moved out before it.
const TABLE_CONTENT: [&str; 15] = [
    "caption", "colgroup", "col", "tbody", "tfoot", "thead", "td", "th", "tr", "table", "style",
    "script", "template", "input", "form",
];

/// Elements with no end tag: never on the stack.
const VOID: [&str; 20] = [
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr", "menuitem",
];

/// Formatting elements the tree builder re-opens after misnesting.
const FORMATTING: [&str; 12] = [
    "b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u",
];

/// Start tags that close an open `p` (the "close a p element" of the spec).
const CLOSES_P: [&str; 40] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "header",
    "hgroup",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "search",
    "section",
    "summary",
    "ul",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "listing",
    "form",
    "li",
    "dd",
    "dt",
    "plaintext",
    "table",
    "xmp",
];

/// Elements that stop the search for an open `p` (button scope, roughly).
const P_SCOPE: [&str; 12] = [
    "button", "table", "td", "th", "caption", "html", "applet", "marquee", "object", "template",
    "svg", "math",
];

/// Elements that stop the search for an open `li`, `dt` or `dd`.
const LIST_SCOPE: [&str; 13] = [
    "ul", "ol", "dl", "menu", "dir", "table", "td", "th", "caption", "template", "button", "svg",
    "math",
];

/// End tags that mean something to the tree builder even when no element of
/// theirs is open (it may also hold elements the filter does not see: implied
/// table parts, re-opened formatting elements). Other end tags with no open
/// element are dropped: the builder would search its whole stack to ignore them.
const END_TAGS_KEPT: [&str; 30] = [
    "p", "br", "body", "html", "head", "form", "template", "a", "nobr", "b", "big", "code", "em",
    "font", "i", "s", "small", "strike", "strong", "tt", "u", "table", "tbody", "thead", "tfoot",
    "tr", "td", "th", "caption", "colgroup",
];

/// Elements that stop the search for the element of an end tag.
const END_SCOPE: [&str; 9] = [
    "table", "td", "th", "caption", "template", "applet", "marquee", "object", "html",
];

fn is_in(list: &[&str], name: &str) -> bool {
    list.contains(&name)
}

// What a name is to the filter, as bits (its class, see `class_of`). The first
// fifteen are kinds of open element: the stack is searched by them, so that a
// search step is one mask test. The stack counts how many of its elements are
// of each of the first eight (`COUNTED`).
const FOREIGN: u32 = 1 << 0;
const P: u32 = 1 << 1;
const LI: u32 = 1 << 2;
const DT_DD: u32 = 1 << 3;
const CELL: u32 = 1 << 4;
const TR: u32 = 1 << 5;
const SECTION: u32 = 1 << 6;
const TABLE: u32 = 1 << 7;
const OPTION: u32 = 1 << 8;
const OPTGROUP: u32 = 1 << 9;
const HEADING: u32 = 1 << 10;
const P_STOP: u32 = 1 << 11;
const LIST_STOP: u32 = 1 << 12;
const END_STOP: u32 = 1 << 13;
const CELL_STOP: u32 = 1 << 14;
// What a tag of the name does.
/// In [`VOID`].
const IS_VOID: u32 = 1 << 15;
/// In [`TABLE_CONTENT`].
const IN_TABLE: u32 = 1 << 16;
/// In [`FORMATTING`].
const IS_FORMATTING: u32 = 1 << 17;
/// In [`CLOSES_P`].
const CLOSING_P: u32 = 1 << 18;
/// In [`END_TAGS_KEPT`].
const END_KEPT: u32 = 1 << 19;
/// `html`, `head` or `body`: never on the filter's stack.
const ROOT: u32 = 1 << 20;
/// `html` or `body`: repeats lose their attributes.
const HTML_BODY: u32 = 1 << 21;
/// `a` or `nobr`: a start tag closes an open element of its name.
const A_NOBR: u32 = 1 << 22;
/// `td`, `th` or `caption`: the end tag forgets the formatting elements open.
const CELL_END: u32 = 1 << 23;

/// The kinds whose elements on the stack are counted, one slot each.
const COUNTED: u32 = FOREIGN | P | LI | DT_DD | CELL | TR | SECTION | TABLE;
const COUNTED_KINDS: usize = COUNTED.count_ones() as usize;

/// The bits of which a name has at most one, each with its own implied end
/// tags (see [`State::implied_closes`]).
const GROUPS: u32 = LI | DT_DD | CELL | TR | SECTION | TABLE | OPTION | OPTGROUP | HEADING | A_NOBR;

/// Start tags that close something before they open.
const IMPLIES: u32 = GROUPS | CLOSING_P;

/// Names with class bits of their own, besides those the lists give.
const KIND_OF_NAME: [(&str, u32); 27] = [
    ("svg", FOREIGN),
    ("math", FOREIGN),
    ("p", P),
    ("li", LI),
    ("dt", DT_DD),
    ("dd", DT_DD),
    ("td", CELL | CELL_END),
    ("th", CELL | CELL_END),
    ("caption", CELL_END),
    ("tr", TR),
    ("tbody", SECTION),
    ("thead", SECTION),
    ("tfoot", SECTION),
    ("table", TABLE),
    ("option", OPTION),
    ("optgroup", OPTGROUP),
    ("h1", HEADING),
    ("h2", HEADING),
    ("h3", HEADING),
    ("h4", HEADING),
    ("h5", HEADING),
    ("h6", HEADING),
    ("html", ROOT | HTML_BODY),
    ("body", ROOT | HTML_BODY),
    ("head", ROOT),
    ("a", A_NOBR),
    ("nobr", A_NOBR),
];

/// Each list of names above with the bit its names carry.
const LISTS: [(&[&str], u32); 9] = [
    (&P_SCOPE, P_STOP),
    (&LIST_SCOPE, LIST_STOP),
    (&END_SCOPE, END_STOP),
    (&["td", "th", "caption", "template"], CELL_STOP),
    (&VOID, IS_VOID),
    (&TABLE_CONTENT, IN_TABLE),
    (&FORMATTING, IS_FORMATTING),
    (&CLOSES_P, CLOSING_P),
    (&END_TAGS_KEPT, END_KEPT),
];

/// The class bits of the name `n`.
fn class_of(n: &str) -> u32 {
    let mut k = KIND_OF_NAME
        .iter()
        .filter(|(name, _)| *name == n)
        .fold(0, |k, (_, bits)| k | bits);
    for (list, bit) in LISTS {
        if is_in(list, n) {
            k |= bit;
        }
    }
    k
}

/// The class bits of the name `n`, looked up.
fn class_of_atom(n: &LocalName) -> u32 {
    CLASSES.get(n).copied().unwrap_or(0)
}

/// The class of every name that has one: a name not here is of class 0.
static CLASSES: LazyLock<AtomMap<u32>> = LazyLock::new(|| {
    let names = KIND_OF_NAME.iter().map(|(n, _)| *n);
    let listed = LISTS.iter().flat_map(|(list, _)| list.iter().copied());
    names
        .chain(listed)
        .map(|n| (LocalName::from(n), class_of(n)))
        .collect()
});

/// A map keyed by element names.
type AtomMap<V> = HashMap<LocalName, V, BuildHasherDefault<AtomHasher>>;

/// Hashes a [`LocalName`] by the hash its atom carries (an atom hashes itself as
/// that one precomputed `u64`), spread over all bits by one multiplication and
/// a fold of the high half onto the low one (a short name's atom "hash" is its
/// bytes: without the fold, the low bits would depend on its length and first
/// letters only).
#[derive(Default)]
struct AtomHasher(u64);

/// An odd constant with well-mixed bits (2^64 / golden ratio).
const SPREAD: u64 = 0x9E37_79B9_7F4A_7C15;

impl Hasher for AtomHasher {
    fn finish(&self) -> u64 {
        self.0 ^ (self.0 >> 32)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(SPREAD);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(SPREAD);
    }
}

/// The names a page has used, in order of first sight, each with what the
/// filter knows of it; an element's name is its index here. They are found
/// by an open-addressing table of indices, at most half full, probed linearly
/// from the slot picked by the top bits of the name's atom hash times an odd
/// number drawn for each parse (multiply-shift hashing, so that no page can
/// choose names that pile up on one slot).
struct Names {
    list: Vec<Name>,
    /// Indices into `list`, or [`FREE`]; a power of two of them.
    slots: Vec<usize>,
    /// 64 minus log2 of the number of slots.
    shift: u32,
    /// The odd multiplier.
    mult: u64,
}

/// What the filter knows of one name.
struct Name {
    name: LocalName,
    /// Its class bits, see [`class_of`].
    class: u32,
    /// Elements of this name on the stack.
    open: usize,
    /// End tags of this name to drop: their element was closed or dropped
    /// already.
    pending_end: usize,
    /// The `seq` at the last forced close or drop of this name (0 if none).
    forced_at: u64,
}

/// A free slot of [`Names::slots`].
const FREE: usize = usize::MAX;

/// log2 of the first number of slots: room for the 32 names of a typical page.
const FIRST_SLOTS_LOG2: u32 = 6;

impl Names {
    fn new() -> Self {
        Names {
            list: Vec::with_capacity(1 << (FIRST_SLOTS_LOG2 - 1)),
            slots: vec![FREE; 1 << FIRST_SLOTS_LOG2],
            shift: 64 - FIRST_SLOTS_LOG2,
            mult: RandomState::new().hash_one(0_u64) | 1,
        }
    }

    fn get(&self, id: usize) -> Option<&Name> {
        self.list.get(id)
    }

    fn get_mut(&mut self, id: usize) -> Option<&mut Name> {
        self.list.get_mut(id)
    }

    /// The slot to probe first for `name`.
    fn home(&self, name: &LocalName) -> usize {
        // Below the number of slots: the top `64 - shift` bits.
        usize::try_from(name.get_hash().wrapping_mul(self.mult) >> self.shift).unwrap_or(0)
    }

    /// The index and class of `name`, or the free slot where it goes.
    fn find(&self, name: &LocalName) -> Result<(usize, u32), usize> {
        let mask = self.slots.len() - 1;
        let mut i = self.home(name);
        // A free slot ends every probe: the table is at most half full.
        while let Some(&id) = self.slots.get(i) {
            match self.list.get(id) {
                None => return Err(i),
                Some(n) if n.name == *name => return Ok((id, n.class)),
                Some(_) => i = (i + 1) & mask,
            }
        }
        Err(i)
    }

    /// Adds `name`, not here yet, at the free slot `at` found for it; returns
    /// its index.
    fn add(&mut self, at: usize, name: &LocalName, class: u32) -> usize {
        let id = self.list.len();
        self.list.push(Name {
            name: name.clone(),
            class,
            open: 0,
            pending_end: 0,
            forced_at: 0,
        });
        if let Some(slot) = self.slots.get_mut(at) {
            *slot = id;
        }
        if self.list.len() * 2 > self.slots.len() {
            self.grow();
        }
        id
    }

    /// Doubles the slots and puts every name in its place again.
    fn grow(&mut self) {
        self.slots = vec![FREE; self.slots.len() * 2];
        self.shift -= 1;
        for id in 0..self.list.len() {
            if let Some(n) = self.list.get(id)
                && let Err(at) = self.find(&n.name)
                && let Some(slot) = self.slots.get_mut(at)
            {
                *slot = id;
            }
        }
    }
}

/// The filter: a [`TokenSink`] around the tree builder.
pub(super) struct Guard {
    pub(super) inner: TreeBuilder<Handle, Tree>,
    limits: Limits,
    /// The node budget is spent: nothing more goes through.
    stopped: Cell<bool>,
    state: RefCell<State>,
}

/// An element on the filter's stack.
struct Open {
    /// Its name's index in [`Names`].
    id: usize,
    /// Its name's class bits, see [`class_of`].
    class: u32,
    /// Push order.
    seq: u64,
}

/// Open elements most pages stay within: room for them from the start.
const DEPTH_EXPECTED: usize = 64;

struct State {
    /// Approximate stack of open elements (html, head and body left out).
    stack: Vec<Open>,
    /// How many elements on `stack` are of each kind in [`COUNTED`], by bit.
    counts: [usize; COUNTED_KINDS],
    /// The names seen.
    names: Names,
    /// Formatting start tags let through minus their end tags.
    formatting: usize,
    /// Start tags let through that the builder moves out of a table.
    fostered: usize,
    /// `<html>` and `<body>` start tags seen.
    roots_seen: usize,
    /// Elements pushed so far: the next element's `seq`.
    seq: u64,
    /// The element whose text the tokenizer reads raw (`textarea`, `title`,
    /// `script`, …) at the tree builder's request: the tree builder waits for
    /// its end tag, which always goes through.
    raw_text: Option<LocalName>,
}

impl Default for State {
    fn default() -> Self {
        State {
            stack: Vec::with_capacity(DEPTH_EXPECTED),
            counts: [0; COUNTED_KINDS],
            names: Names::new(),
            formatting: 0,
            fostered: 0,
            roots_seen: 0,
            seq: 0,
            raw_text: None,
        }
    }
}

impl Guard {
    pub(super) fn new(inner: TreeBuilder<Handle, Tree>, limits: Limits) -> Self {
        Guard {
            inner,
            limits,
            stopped: Cell::new(false),
            state: RefCell::new(State::default()),
        }
    }

    /// True once the node budget is spent.
    pub(super) fn stopped(&self) -> bool {
        self.stopped.get()
    }

    /// Hands a token to the tree builder. The input is decoded already and no
    /// script is run, so the builder's requests to switch encoding or to run a
    /// script are answered by going on (the tokenizer would otherwise stop for
    /// them, and treats either as unreachable at the end of the input).
    #[inline(always)]
    fn pass(&self, token: Token, line: u64) -> TokenSinkResult<Handle> {
        match self.inner.process_token(token, line) {
            TokenSinkResult::EncodingIndicator(_) | TokenSinkResult::Script(_) => {
                TokenSinkResult::Continue
            }
            other => other,
        }
    }

    /// Hands a tag to the tree builder if [`let_through`](Self::let_through)
    /// says so, and drops parse errors: they are of no use here, and skipping
    /// them spares the sink a growing list of messages.
    #[inline(never)]
    fn filter(&self, token: Token, line: u64) -> TokenSinkResult<Handle> {
        match token {
            Token::TagToken(mut tag) => {
                if !self.let_through(&mut tag, line) {
                    return TokenSinkResult::Continue;
                }
                let start = (tag.kind == StartTag).then(|| tag.name.clone());
                let result = self.pass(Token::TagToken(tag), line);
                if let (Some(name), TokenSinkResult::RawData(_)) = (start, &result) {
                    self.state.borrow_mut().raw_text = Some(name);
                }
                result
            }
            _ => TokenSinkResult::Continue,
        }
    }

    /// Whether `tag` goes on to the tree builder; the filter's stack follows
    /// it. A start tag may first close elements by force (their end tags are
    /// handed to the builder here) or lose its attributes.
    fn let_through(&self, tag: &mut Tag, line: u64) -> bool {
        let mut st = self.state.borrow_mut();
        if tag.kind == EndTag {
            // The end of raw text: the tree builder leaves its text mode only
            // on it, whatever the stack says.
            if st.raw_text.as_ref() == Some(&tag.name) {
                st.raw_text = None;
                if let Some((id, class)) = st.intern_end(&tag.name) {
                    st.end(id, class);
                }
                drop(st);
                self.inner.sink.charge(1);
                return true;
            }
            let Some((id, class)) = st.intern_end(&tag.name) else {
                return false;
            };
            if !st.end(id, class) {
                return false;
            }
            drop(st);
            self.inner.sink.charge(1);
            return true;
        }
        let (id, class) = st.intern(&tag.name);
        if class & HTML_BODY != 0 {
            st.roots_seen += 1;
            if st.roots_seen > 2 {
                tag.attrs.clear();
            }
        }
        let in_table = st
            .stack
            .last()
            .is_some_and(|o| o.class & (TABLE | SECTION | TR) != 0);
        let void = class & IS_VOID != 0;
        if in_table && class & (IN_TABLE | ROOT) == 0 {
            if st.fostered >= MAX_FOSTERED {
                if !void {
                    st.forget(id);
                }
                return false;
            }
            st.fostered += 1;
        }
        // A self-closed tag stays unopened only in foreign content, as the tree
        // builder itself tells it (`<svg><pre>` has left foreign content).
        if class & (ROOT | IS_VOID) != 0
            || (tag.self_closing
                && self
                    .inner
                    .adjusted_current_node_present_but_not_in_html_namespace())
        {
            return true;
        }
        if class & IS_FORMATTING != 0 {
            if st.formatting >= MAX_FORMATTING {
                st.forget(id);
                return false;
            }
            st.formatting += 1;
        }
        if class & IMPLIES != 0 {
            st.implied_closes(id, class);
        }
        let max = self.limits.max_depth.max(1);
        if st.stack.len() < max {
            st.push(id, class);
            return true;
        }
        let closed = st.close_by_force((max / 4).min(max - 1));
        st.push(id, class);
        drop(st);
        for name in closed {
            let end = Tag {
                kind: EndTag,
                name,
                self_closing: false,
                attrs: Vec::new(),
                had_duplicate_attributes: false,
            };
            self.inner.sink.charge(1);
            // An end tag of an element on the stack never asks the tokenizer for
            // anything (`script` and the like hold no tags).
            let _ = self.pass(Token::TagToken(end), line);
        }
        true
    }
}

impl State {
    /// Whether an end tag of name `id` and class `class` goes on to the tree
    /// builder; the stack follows it.
    fn end(&mut self, id: usize, class: u32) -> bool {
        let open = match self.stack.last() {
            // Most end tags close the innermost element.
            Some(top) if top.id == id => Some((self.stack.len() - 1, top.seq)),
            _ => {
                let stop = if class & END_STOP != 0 { 0 } else { END_STOP };
                self.find_name(id, stop)
            }
        };
        if let Some(name) = self.names.get_mut(id) {
            let fresh = open.is_some_and(|(_, seq)| seq >= name.forced_at);
            if !fresh && name.pending_end > 0 {
                name.pending_end -= 1;
                return false;
            }
        }
        if open.is_none() && class & END_KEPT == 0 {
            return false;
        }
        if class & IS_FORMATTING != 0 {
            self.formatting = self.formatting.saturating_sub(1);
        } else if class & CELL_END != 0 {
            // The tree builder forgets formatting elements opened in a cell.
            self.formatting = 0;
        }
        if let Some((idx, _)) = open {
            self.truncate(idx);
        }
        true
    }

    /// The index and class bits of `name`; a name seen for the first time is
    /// added.
    fn intern(&mut self, name: &LocalName) -> (usize, u32) {
        match self.names.find(name) {
            Ok(found) => found,
            Err(at) => self.add(at, name),
        }
    }

    /// [`intern`](Self::intern) for an end tag, which most often closes the
    /// innermost element: that element's name is tried first. An end tag of a
    /// name not seen yet that the tree builder has no use for (see
    /// [`END_TAGS_KEPT`]) is not added: `None`, it is dropped.
    fn intern_end(&mut self, name: &LocalName) -> Option<(usize, u32)> {
        if let Some(top) = self.stack.last()
            && self.names.get(top.id).is_some_and(|n| n.name == *name)
        {
            return Some((top.id, top.class));
        }
        match self.names.find(name) {
            Ok(found) => Some(found),
            Err(at) if class_of_atom(name) & END_KEPT != 0 => Some(self.add(at, name)),
            Err(_) => None,
        }
    }

    /// Adds `name`, not seen before, at the free slot `at` of `names`.
    #[cold]
    #[inline(never)]
    fn add(&mut self, at: usize, name: &LocalName) -> (usize, u32) {
        let class = class_of_atom(name);
        (self.names.add(at, name, class), class)
    }

    /// How many elements on the stack are of `kind`, one of [`COUNTED`].
    fn count(&self, kind: u32) -> usize {
        self.counts
            .get(kind.trailing_zeros() as usize)
            .copied()
            .unwrap_or(0)
    }

    /// Records that an element of name `id` was closed by force or dropped:
    /// its end tag is to be dropped when it comes.
    fn forget(&mut self, id: usize) {
        if let Some(name) = self.names.get_mut(id) {
            name.pending_end += 1;
            name.forced_at = self.seq;
        }
    }

    fn push(&mut self, id: usize, class: u32) {
        self.tally(class, true);
        if let Some(name) = self.names.get_mut(id) {
            name.open += 1;
        }
        self.stack.push(Open {
            id,
            class,
            seq: self.seq,
        });
        self.seq += 1;
    }

    fn pop(&mut self) -> Option<Open> {
        let open = self.stack.pop()?;
        self.tally(open.class, false);
        if let Some(name) = self.names.get_mut(open.id) {
            name.open = name.open.saturating_sub(1);
        }
        Some(open)
    }

    /// Counts the elements of the [`COUNTED`] kinds in `class` in (`up`) or
    /// out.
    fn tally(&mut self, class: u32, up: bool) {
        let mut bits = class & COUNTED;
        while bits != 0 {
            if let Some(c) = self.counts.get_mut(bits.trailing_zeros() as usize) {
                *c = if up { *c + 1 } else { c.saturating_sub(1) };
            }
            bits &= bits - 1;
        }
    }

    /// Pops down to `idx` (the stack keeps `idx` elements).
    fn truncate(&mut self, idx: usize) {
        while self.stack.len() > idx {
            self.pop();
        }
    }

    /// Pops down to `keep` elements, as closed by force: their end tags are to
    /// be dropped when they come. Returns the names of the elements closed,
    /// innermost first.
    fn close_by_force(&mut self, keep: usize) -> Vec<LocalName> {
        let mut closed = Vec::new();
        while self.stack.len() > keep
            && let Some(top) = self.pop()
        {
            if top.class & IS_FORMATTING != 0 {
                self.formatting = self.formatting.saturating_sub(1);
            }
            self.forget(top.id);
            if let Some(n) = self.names.get(top.id) {
                closed.push(n.name.clone());
            }
        }
        closed
    }

    /// Pops up to and including the innermost element of kind `target`, unless
    /// one of kind `stop` comes first.
    fn close_kind(&mut self, target: u32, stop: u32) {
        if self.count(target) == 0 {
            return;
        }
        let found = self
            .stack
            .iter()
            .rposition(|o| o.class & (target | stop) != 0)
            .filter(|&i| self.stack.get(i).is_some_and(|o| o.class & target != 0));
        if let Some(i) = found {
            self.truncate(i);
        }
    }

    /// The index and push order of the innermost element of name `id`, unless
    /// one of kind `stop` comes first.
    fn find_name(&self, id: usize, stop: u32) -> Option<(usize, u64)> {
        if self.names.get(id).is_none_or(|name| name.open == 0) {
            return None;
        }
        let i = self
            .stack
            .iter()
            .rposition(|o| o.id == id || o.class & stop != 0)?;
        self.stack.get(i).filter(|o| o.id == id).map(|o| (i, o.seq))
    }

    /// Pops the innermost element if it is of kind `target`.
    fn close_top(&mut self, target: u32) {
        if self.stack.last().is_some_and(|o| o.class & target != 0) {
            self.pop();
        }
    }

    /// The end tags implied by a start tag of name `id` and class `class`.
    fn implied_closes(&mut self, id: usize, class: u32) {
        match class & GROUPS {
            LI => self.close_kind(LI, LIST_STOP),
            DT_DD => self.close_kind(DT_DD, LIST_STOP),
            CELL => self.close_kind(CELL, TR | TABLE),
            TR => self.close_kind(TR, TABLE),
            SECTION => self.close_kind(SECTION, TABLE),
            // A table directly in a table (not in a cell) closes the outer one.
            TABLE => self.close_kind(TABLE, CELL_STOP),
            OPTION => self.close_top(OPTION),
            OPTGROUP => {
                self.close_top(OPTION);
                self.close_top(OPTGROUP);
            }
            HEADING => self.close_top(HEADING),
            A_NOBR => {
                if let Some((i, _)) = self.find_name(id, END_STOP) {
                    self.truncate(i);
                }
            }
            _ => {}
        }
        if class & CLOSING_P != 0 {
            self.close_kind(P, P_STOP);
        }
    }
}

impl TokenSink for Guard {
    type Handle = Handle;

    #[inline(always)]
    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<Handle> {
        // The count only grows: once spent, the budget stays spent.
        if self.inner.sink.work() >= self.limits.max_nodes.min(MAX_TREE_NODES) {
            self.stopped.set(true);
            if !matches!(token, Token::EOFToken) {
                return TokenSinkResult::Continue;
            }
        }
        // Tags and parse errors go round by `filter`; comments are never read,
        // so no node is built for them; the rest goes straight on.
        if let Token::TagToken(_) | Token::ParseError(_) = token {
            return self.filter(token, line);
        }
        if let Token::CommentToken(_) = token {
            return TokenSinkResult::Continue;
        }
        self.pass(token, line)
    }

    fn end(&self) {
        self.inner.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_the_lists() {
        // Expected bits read off the lists at the top of this file by hand.
        let td = CELL | CELL_END | P_STOP | LIST_STOP | END_STOP | CELL_STOP | IN_TABLE | END_KEPT;
        let cases = [
            ("td", td),
            ("p", P | CLOSING_P | END_KEPT),
            ("li", LI | CLOSING_P),
            ("b", IS_FORMATTING | END_KEPT),
            ("col", IS_VOID | IN_TABLE),
            (
                "table",
                TABLE | P_STOP | LIST_STOP | END_STOP | IN_TABLE | CLOSING_P | END_KEPT,
            ),
            ("html", ROOT | HTML_BODY | P_STOP | END_STOP | END_KEPT),
            ("head", ROOT | END_KEPT),
            ("a", A_NOBR | END_KEPT),
            ("svg", FOREIGN | P_STOP | LIST_STOP),
            ("option", OPTION),
            ("h3", HEADING | CLOSING_P),
            ("span", 0),
            ("x-custom", 0),
        ];
        for (name, bits) in cases {
            assert_eq!(class_of(name), bits, "{name}");
            assert_eq!(class_of_atom(&LocalName::from(name)), bits, "{name}");
        }
    }

    #[test]
    fn every_listed_name_has_its_class_looked_up() {
        let names = KIND_OF_NAME.iter().map(|(n, _)| *n);
        let listed = LISTS.iter().flat_map(|(list, _)| list.iter().copied());
        for n in names.chain(listed) {
            assert_ne!(class_of(n), 0, "{n}");
            assert_eq!(class_of_atom(&LocalName::from(n)), class_of(n), "{n}");
        }
    }

    /// Short names (held inline by their atom), long ones (interned), known
    /// ones (static).
    fn name(i: usize) -> LocalName {
        match i % 3 {
            0 => LocalName::from(format!("x{i}")),
            1 => LocalName::from(format!("a-rather-long-name-{i}")),
            _ => LocalName::from(*VOID.get(i % VOID.len()).unwrap_or(&"br")),
        }
    }

    #[test]
    fn names_are_found_again_after_the_table_grows() {
        let mut names = Names::new();
        // (name, index, class) of each name added, the class made up.
        let mut added = Vec::new();
        for i in 0..5_000 {
            let n = name(i);
            if let Err(at) = names.find(&n) {
                let class = u32::try_from(i).unwrap();
                added.push((n.clone(), names.add(at, &n, class), class));
            }
        }
        // 1 in 3 names is one of the 20 void names.
        assert_eq!(added.len(), 5_000 - 5_000 / 3 + 20);
        for (n, id, class) in &added {
            assert_eq!(names.find(n), Ok((*id, *class)));
            assert_eq!(names.get(*id).map(|m| &m.name), Some(n));
        }
        assert!(names.find(&LocalName::from("never-seen")).is_err());
    }

    #[test]
    fn many_short_names_spread_over_the_table() {
        // Names of one length that differ only in their last letters: their
        // atom hashes differ in high bits only.
        let mut names = Names::new();
        let all: Vec<LocalName> = (0..100_000)
            .map(|i| LocalName::from(format!("n{i:06}")))
            .collect();
        for n in &all {
            if let Err(at) = names.find(n) {
                names.add(at, n, 0);
            }
        }
        let mask = names.slots.len() - 1;
        let mut probes = 0;
        for n in &all {
            let home = names.home(n);
            let at = (home..)
                .map(|i| i & mask)
                .find(|&i| {
                    names
                        .slots
                        .get(i)
                        .and_then(|&id| names.get(id))
                        .is_some_and(|m| m.name == *n)
                })
                .unwrap();
            probes += ((at + names.slots.len() - home) & mask) + 1;
        }
        // Linear probing at most half full takes 1.5 probes on average.
        let mean = probes as f64 / all.len() as f64;
        assert!(mean < 3.0, "{mean} probes per name");
    }
}
