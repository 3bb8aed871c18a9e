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
//!
//! The sink counts nodes built and end tags handled; past [`Limits::max_nodes`]
//! the filter lets nothing more through, as if the page ended there.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{EndTag, StartTag, Tag, Token, TokenSink, TokenSinkResult};
use html5ever::tree_builder::TreeBuilder;
use html5ever::{Attribute, ExpandedName, LocalName, QualName};
use markup5ever_rcdom::{Handle, RcDom};

use super::Limits;

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

// What an open element is, as bits: the stack is searched by these, so that a
// search step is one mask test.
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
const KINDS: usize = 15;

fn kind_of(n: &str) -> u32 {
    let mut k = match n {
        "svg" | "math" => FOREIGN,
        "p" => P,
        "li" => LI,
        "dt" | "dd" => DT_DD,
        "td" | "th" => CELL,
        "tr" => TR,
        "tbody" | "thead" | "tfoot" => SECTION,
        "table" => TABLE,
        "option" => OPTION,
        "optgroup" => OPTGROUP,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => HEADING,
        _ => 0,
    };
    if is_in(&P_SCOPE, n) {
        k |= P_STOP;
    }
    if is_in(&LIST_SCOPE, n) {
        k |= LIST_STOP;
    }
    if is_in(&END_SCOPE, n) {
        k |= END_STOP;
    }
    if matches!(n, "td" | "th" | "caption" | "template") {
        k |= CELL_STOP;
    }
    k
}

/// A map keyed by element names.
type AtomMap<V> = HashMap<LocalName, V, BuildHasherDefault<AtomHasher>>;

/// Hashes a [`LocalName`] by the hash its atom carries (an atom hashes itself as
/// that one precomputed `u64`), spread over all bits by one multiplication: a
/// lookup costs a multiply, not a SipHash run. Names whose atom hashes are equal
/// collide here exactly as they did under SipHash of the same `u64`.
#[derive(Default)]
struct AtomHasher(u64);

/// An odd constant with well-mixed bits (2^64 / golden ratio).
const SPREAD: u64 = 0x9E37_79B9_7F4A_7C15;

impl Hasher for AtomHasher {
    fn finish(&self) -> u64 {
        self.0
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

/// The filter: a [`TokenSink`] around the tree builder.
pub(super) struct Guard {
    pub(super) inner: TreeBuilder<Handle, CountingDom>,
    limits: Limits,
    state: RefCell<State>,
}

/// An element on the filter's stack.
struct Open {
    name: LocalName,
    /// Kind bits, see [`kind_of`].
    kind: u32,
    /// Push order.
    seq: u64,
}

#[derive(Default)]
struct State {
    /// Approximate stack of open elements (html, head and body left out), each
    /// with its kind bits.
    stack: Vec<Open>,
    /// How many elements on `stack` carry each kind bit.
    counts: [usize; KINDS],
    /// How many elements of each name are on `stack`.
    names: AtomMap<usize>,
    /// Formatting start tags let through minus their end tags.
    formatting: usize,
    /// Start tags let through that the builder moves out of a table.
    fostered: usize,
    /// `<html>` and `<body>` start tags seen.
    roots_seen: usize,
    /// End tags to drop, by name: their element was closed or dropped already.
    pending_end: AtomMap<usize>,
    /// Elements pushed so far: the next element's `seq`.
    seq: u64,
    /// By name, the `seq` at the last forced close or drop of that name.
    forced_at: AtomMap<u64>,
    /// The node budget is spent: nothing more goes through.
    stopped: bool,
}

impl Guard {
    pub(super) fn new(inner: TreeBuilder<Handle, CountingDom>, limits: Limits) -> Self {
        Guard {
            inner,
            limits,
            state: RefCell::new(State::default()),
        }
    }

    /// True once the node budget is spent.
    pub(super) fn stopped(&self) -> bool {
        self.state.borrow().stopped
    }

    /// Hands a token to the tree builder. The input is decoded already and no
    /// script is run, so the builder's requests to switch encoding or to run a
    /// script are answered by going on (the tokenizer would otherwise stop for
    /// them, and treats either as unreachable at the end of the input).
    fn pass(&self, token: Token, line: u64) -> TokenSinkResult<Handle> {
        match self.inner.process_token(token, line) {
            TokenSinkResult::EncodingIndicator(_) | TokenSinkResult::Script(_) => {
                TokenSinkResult::Continue
            }
            other => other,
        }
    }

    fn start(&self, mut tag: Tag, line: u64) -> TokenSinkResult<Handle> {
        let name = tag.name.clone();
        let n: &str = &name;
        let mut st = self.state.borrow_mut();
        if matches!(n, "html" | "body") {
            st.roots_seen += 1;
            if st.roots_seen > 2 {
                tag.attrs.clear();
            }
        }
        let in_table = st
            .stack
            .last()
            .is_some_and(|o| o.kind & (TABLE | SECTION | TR) != 0);
        let void = is_in(&VOID, n);
        if in_table && !is_in(&TABLE_CONTENT, n) && !matches!(n, "html" | "head" | "body") {
            if st.fostered >= MAX_FOSTERED {
                if !void {
                    st.forget(name);
                }
                return TokenSinkResult::Continue;
            }
            st.fostered += 1;
        }
        let foreign = st.count(FOREIGN) > 0;
        if matches!(n, "html" | "head" | "body") || void || (tag.self_closing && foreign) {
            drop(st);
            return self.pass(Token::TagToken(tag), line);
        }
        if is_in(&FORMATTING, n) {
            if st.formatting >= MAX_FORMATTING {
                st.forget(name);
                return TokenSinkResult::Continue;
            }
            st.formatting += 1;
        }
        st.implied_closes(n);
        let mut closed = Vec::new();
        let max = self.limits.max_depth.max(1);
        if st.stack.len() >= max {
            let keep = (max / 4).min(max - 1);
            while st.stack.len() > keep
                && let Some(top) = st.pop()
            {
                if is_in(&FORMATTING, &top) {
                    st.formatting = st.formatting.saturating_sub(1);
                }
                st.forget(top.clone());
                closed.push(top);
            }
        }
        st.push(name);
        drop(st);
        for top in closed {
            let end = Tag {
                kind: EndTag,
                name: top,
                self_closing: false,
                attrs: Vec::new(),
                had_duplicate_attributes: false,
            };
            self.inner.sink.charge(1);
            // An end tag of an element on the stack never asks the tokenizer for
            // anything (`script` and the like hold no tags).
            let _ = self.pass(Token::TagToken(end), line);
        }
        self.pass(Token::TagToken(tag), line)
    }

    fn end(&self, tag: Tag, line: u64) -> TokenSinkResult<Handle> {
        let mut st = self.state.borrow_mut();
        let n: &str = &tag.name;
        let stop = if is_in(&END_SCOPE, n) { 0 } else { END_STOP };
        let open = st.find_name(&tag.name, stop);
        let forced_at = st.forced_at.get(&tag.name).copied().unwrap_or(0);
        let fresh = open.is_some_and(|(_, seq)| seq >= forced_at);
        if !fresh
            && let Some(c) = st.pending_end.get_mut(&tag.name)
            && *c > 0
        {
            *c -= 1;
            return TokenSinkResult::Continue;
        }
        if open.is_none() && !is_in(&END_TAGS_KEPT, n) {
            return TokenSinkResult::Continue;
        }
        if is_in(&FORMATTING, n) {
            st.formatting = st.formatting.saturating_sub(1);
        } else if matches!(n, "td" | "th" | "caption") {
            // The tree builder forgets formatting elements opened in a cell.
            st.formatting = 0;
        }
        if let Some((idx, _)) = open {
            st.truncate(idx);
        }
        drop(st);
        self.inner.sink.charge(1);
        self.pass(Token::TagToken(tag), line)
    }
}

impl State {
    fn count(&self, kind: u32) -> usize {
        self.counts
            .get(kind.trailing_zeros() as usize)
            .copied()
            .unwrap_or(0)
    }

    /// Records that an element named `name` was closed by force or dropped:
    /// its end tag is to be dropped when it comes.
    fn forget(&mut self, name: LocalName) {
        *self.pending_end.entry(name.clone()).or_insert(0) += 1;
        self.forced_at.insert(name, self.seq);
    }

    fn push(&mut self, name: LocalName) {
        let kind = kind_of(&name);
        self.tally(kind, true);
        *self.names.entry(name.clone()).or_insert(0) += 1;
        self.stack.push(Open {
            name,
            kind,
            seq: self.seq,
        });
        self.seq += 1;
    }

    fn pop(&mut self) -> Option<LocalName> {
        let Open { name, kind, .. } = self.stack.pop()?;
        self.tally(kind, false);
        if let Some(c) = self.names.get_mut(&name) {
            *c = c.saturating_sub(1);
        }
        Some(name)
    }

    fn tally(&mut self, kind: u32, up: bool) {
        for (bit, c) in self.counts.iter_mut().enumerate() {
            if kind & (1 << bit) != 0 {
                *c = if up { *c + 1 } else { c.saturating_sub(1) };
            }
        }
    }

    /// Pops down to `idx` (the stack keeps `idx` elements).
    fn truncate(&mut self, idx: usize) {
        while self.stack.len() > idx {
            self.pop();
        }
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
            .rposition(|o| o.kind & (target | stop) != 0)
            .filter(|&i| self.stack.get(i).is_some_and(|o| o.kind & target != 0));
        if let Some(i) = found {
            self.truncate(i);
        }
    }

    /// The index and push order of the innermost element named `name`, unless
    /// one of kind `stop` comes first.
    fn find_name(&self, name: &LocalName, stop: u32) -> Option<(usize, u64)> {
        if self.names.get(name).is_none_or(|c| *c == 0) {
            return None;
        }
        let i = self
            .stack
            .iter()
            .rposition(|o| o.name == *name || o.kind & stop != 0)?;
        self.stack
            .get(i)
            .filter(|o| o.name == *name)
            .map(|o| (i, o.seq))
    }

    /// Pops up to and including the innermost element named `name`, unless one
    /// of kind `stop` comes first.
    fn close_name(&mut self, name: &LocalName, stop: u32) {
        if let Some((i, _)) = self.find_name(name, stop) {
            self.truncate(i);
        }
    }

    /// Pops the innermost element if it is of kind `target`.
    fn close_top(&mut self, target: u32) {
        if self.stack.last().is_some_and(|o| o.kind & target != 0) {
            self.pop();
        }
    }

    /// The end tags a start tag implies.
    fn implied_closes(&mut self, n: &str) {
        match n {
            "li" => self.close_kind(LI, LIST_STOP),
            "dt" | "dd" => self.close_kind(DT_DD, LIST_STOP),
            "td" | "th" => self.close_kind(CELL, TR | TABLE),
            "tr" => self.close_kind(TR, TABLE),
            "tbody" | "thead" | "tfoot" => self.close_kind(SECTION, TABLE),
            // A table directly in a table (not in a cell) closes the outer one.
            "table" => self.close_kind(TABLE, CELL_STOP),
            "option" => self.close_top(OPTION),
            "optgroup" => {
                self.close_top(OPTION);
                self.close_top(OPTGROUP);
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => self.close_top(HEADING),
            "a" | "nobr" => self.close_name(&LocalName::from(n), END_STOP),
            _ => {}
        }
        if is_in(&CLOSES_P, n) {
            self.close_kind(P, P_STOP);
        }
    }
}

impl TokenSink for Guard {
    type Handle = Handle;

    fn process_token(&self, token: Token, line: u64) -> TokenSinkResult<Handle> {
        if self.state.borrow().stopped && token != Token::EOFToken {
            return TokenSinkResult::Continue;
        }
        if self.inner.sink.work() >= self.limits.max_nodes {
            self.state.borrow_mut().stopped = true;
            if token != Token::EOFToken {
                return TokenSinkResult::Continue;
            }
        }
        match token {
            // Parse errors are of no use here; skipping them spares the sink a
            // growing list of messages.
            Token::ParseError(_) => TokenSinkResult::Continue,
            Token::TagToken(tag) if tag.kind == StartTag => self.start(tag, line),
            Token::TagToken(tag) => self.end(tag, line),
            other => self.pass(other, line),
        }
    }

    fn end(&self) {
        self.inner.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// An [`RcDom`] that counts the nodes built (and the end tags the filter let
/// through) and keeps no parse errors.
#[derive(Default)]
pub(super) struct CountingDom {
    pub(super) dom: RcDom,
    work: Cell<usize>,
}

impl CountingDom {
    fn charge(&self, n: usize) {
        self.work.set(self.work.get().saturating_add(n));
    }

    pub(super) fn work(&self) -> usize {
        self.work.get()
    }
}

impl TreeSink for CountingDom {
    type Handle = Handle;
    type Output = RcDom;
    type ElemName<'a>
        = ExpandedName<'a>
    where
        Self: 'a;

    fn finish(self) -> RcDom {
        self.dom
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        self.dom.get_document()
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> ExpandedName<'a> {
        self.dom.elem_name(target)
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        self.charge(1);
        self.dom.create_element(name, attrs, flags)
    }

    fn create_comment(&self, text: StrTendril) -> Handle {
        self.charge(1);
        self.dom.create_comment(text)
    }

    fn create_pi(&self, target: StrTendril, data: StrTendril) -> Handle {
        self.charge(1);
        self.dom.create_pi(target, data)
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        if matches!(child, NodeOrText::AppendText(_)) {
            self.charge(1);
        }
        self.dom.append(parent, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        if matches!(child, NodeOrText::AppendText(_)) {
            self.charge(1);
        }
        self.dom
            .append_based_on_parent_node(element, prev_element, child);
    }

    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        self.charge(1);
        self.dom
            .append_doctype_to_document(name, public_id, system_id);
    }

    fn mark_script_already_started(&self, node: &Handle) {
        self.dom.mark_script_already_started(node);
    }

    fn pop(&self, node: &Handle) {
        self.dom.pop(node);
    }

    fn get_template_contents(&self, target: &Handle) -> Handle {
        self.dom.get_template_contents(target)
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        self.dom.same_node(x, y)
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.dom.set_quirks_mode(mode);
    }

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        if matches!(new_node, NodeOrText::AppendText(_)) {
            self.charge(1);
        }
        self.dom.append_before_sibling(sibling, new_node);
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        self.dom.add_attrs_if_missing(target, attrs);
    }

    fn associate_with_form(
        &self,
        target: &Handle,
        form: &Handle,
        nodes: (&Handle, Option<&Handle>),
    ) {
        self.dom.associate_with_form(target, form, nodes);
    }

    fn remove_from_parent(&self, target: &Handle) {
        self.dom.remove_from_parent(target);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        self.dom.reparent_children(node, new_parent);
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        self.dom.is_mathml_annotation_xml_integration_point(handle)
    }

    fn set_current_line(&self, line: u64) {
        self.dom.set_current_line(line);
    }

    fn allow_declarative_shadow_roots(&self, intended_parent: &Handle) -> bool {
        self.dom.allow_declarative_shadow_roots(intended_parent)
    }

    fn attach_declarative_shadow(
        &self,
        location: &Handle,
        template: &Handle,
        attrs: &[Attribute],
    ) -> bool {
        self.dom
            .attach_declarative_shadow(location, template, attrs)
    }

    fn maybe_clone_an_option_into_selectedcontent(&self, option: &Handle) {
        self.dom.maybe_clone_an_option_into_selectedcontent(option);
    }
}
