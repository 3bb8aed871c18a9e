//! The tree html5ever's tree builder builds: every node in one vector, linked
//! to its parent and siblings by index, then flattened into a [`Document`].
//!
//! An rcdom tree allocates each node apart behind reference counts, keeps each
//! node's children in a vector of their own, searches that vector to move a
//! node, and frees node by node. None of that is needed here: the tree is read
//! once, in document order, and dropped. Nodes are pushed onto one vector;
//! appending, inserting before a sibling, detaching and re-parenting are a few
//! index writes (no search of a sibling list, so a page that makes the builder
//! move many nodes costs no more per move); and [`Tree::into_document`] moves
//! names, attributes and text out into the flat [`Document`] in one loop over
//! the links, without recursion.
//!
//! Adjacent text is merged as the rcdom tree does; comments and processing
//! instructions are placeholders (the guard keeps comments from being built at
//! all); a `template`'s contents are kept out of the tree, as they are out of
//! the document's children in the HTML model. The sink counts the nodes built
//! (and the end tags the guard lets through) for the node budget, and keeps no
//! parse errors.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{Attribute, ExpandedName, LocalName, Namespace, QualName};

use super::{Document, Index, NO_PARENT, NON_TEXT, Node, NodeData};

/// A node's index in the tree.
type Id = u32;

/// The tree builder's handle on a node: its index and, for an element, its
/// name (interned atoms: cloning one is a copy unless the name is not a
/// known one). The builder asks for names far more often than for anything
/// else, and a name kept in the handle is read without a look into the tree.
#[derive(Clone, Debug)]
pub(super) struct Handle {
    id: Id,
    /// One of the namespaces below: a handle then holds one atom to count,
    /// not two.
    ns: &'static Namespace,
    local: LocalName,
}

/// The namespaces html5ever's tree builder creates elements in.
static HTML: Namespace = html5ever::ns!(html);
static SVG: Namespace = html5ever::ns!(svg);
static MATHML: Namespace = html5ever::ns!(mathml);
/// No namespace: nodes that are not elements.
static NO_NS: Namespace = html5ever::ns!();

/// The static copy of an element's namespace.
fn static_ns(ns: &Namespace) -> &'static Namespace {
    match *ns {
        html5ever::ns!(html) => &HTML,
        html5ever::ns!(svg) => &SVG,
        html5ever::ns!(mathml) => &MATHML,
        // The tree builder creates elements in the three above only.
        _ => &NO_NS,
    }
}

impl Handle {
    /// The handle of a node that is not an element.
    fn nameless(id: Id) -> Self {
        Handle {
            id,
            ns: &NO_NS,
            local: LocalName::default(),
        }
    }
}

/// No such node (no parent, no sibling, no child).
const NONE: u32 = u32::MAX;

/// The most nodes a tree holds: indices stay below [`NONE`]. The node budget
/// is capped so that it stops the parse well before this.
pub(super) const MAX_TREE_NODES: usize = (u32::MAX / 2) as usize;

/// The document node's index.
const ROOT: u32 = 0;

struct TreeNode {
    parent: u32,
    prev: u32,
    next: u32,
    first: u32,
    last: u32,
    data: TreeData,
}

enum TreeData {
    Document,
    Element {
        /// Its local name (the namespace is in its handle only).
        local: LocalName,
        attrs: Vec<Attribute>,
        /// The node holding a `template`'s contents, or [`NONE`].
        template: u32,
        mathml_annotation_xml_integration_point: bool,
    },
    Text(StrTendril),
    /// Doctypes, comments and processing instructions.
    Other,
}

impl TreeNode {
    fn new(data: TreeData) -> Self {
        TreeNode {
            parent: NONE,
            prev: NONE,
            next: NONE,
            first: NONE,
            last: NONE,
            data,
        }
    }
}

/// The tree sink (see the module docs).
pub(super) struct Tree {
    nodes: RefCell<Vec<TreeNode>>,
    work: Cell<usize>,
}

impl Tree {
    /// An empty document, with room for about `capacity` nodes.
    pub(super) fn with_capacity(capacity: usize) -> Self {
        let mut nodes = Vec::with_capacity(capacity.max(1));
        nodes.push(TreeNode::new(TreeData::Document));
        Tree {
            nodes: RefCell::new(nodes),
            work: Cell::new(0),
        }
    }

    /// Adds `n` to the count of work done.
    pub(super) fn charge(&self, n: usize) {
        self.work.set(self.work.get().saturating_add(n));
    }

    /// Nodes built and end tags handled so far.
    pub(super) fn work(&self) -> usize {
        self.work.get()
    }

    fn push(&self, data: TreeData) -> Id {
        let mut nodes = self.nodes.borrow_mut();
        // The node budget stops the parse long before this (see
        // `MAX_TREE_NODES`); should it not, the node is left out.
        let Ok(id) = u32::try_from(nodes.len()) else {
            return NONE;
        };
        if id == NONE {
            return NONE;
        }
        nodes.push(TreeNode::new(data));
        id
    }

    /// Flattens the tree into a [`Document`] in document order, moving names,
    /// attributes and text out of it: one loop over the links, no recursion.
    pub(super) fn into_document(self) -> Document {
        let mut tree = self.nodes.into_inner();
        let mut out: Vec<Node> = Vec::with_capacity(tree.len());
        let mut index = Index::default();
        // The flat indices of the open ancestors of `cur`.
        let mut open: Vec<usize> = Vec::new();
        // While inside a script, style or the like: the length of `open`
        // when it was entered.
        let mut hidden_from: Option<usize> = None;
        let mut cur = ROOT;
        // `cur` becomes `NONE` after the last node: the loop ends there.
        while let Some(node) = tree.get_mut(cur as usize) {
            let id = out.len();
            let mut hides = false;
            let data = match std::mem::replace(&mut node.data, TreeData::Other) {
                TreeData::Document => NodeData::Document,
                TreeData::Element { local, attrs, .. } => {
                    let element = index.element(id, local, attrs);
                    hides = element.flags & NON_TEXT != 0;
                    NodeData::Element(element)
                }
                TreeData::Text(text) => {
                    if hidden_from.is_none() {
                        index.text(id, &text);
                    }
                    NodeData::Text(text)
                }
                TreeData::Other => NodeData::Other,
            };
            out.push(Node {
                data,
                parent: open.last().copied().unwrap_or(NO_PARENT),
                end: id + 1,
            });
            if node.first != NONE {
                if hides && hidden_from.is_none() {
                    hidden_from = Some(open.len());
                }
                open.push(id);
                cur = node.first;
                continue;
            }
            // A leaf: go on to the next sibling of it or of its nearest
            // ancestor that has one, closing the ancestors passed.
            let mut at = cur;
            loop {
                let Some(n) = tree.get(at as usize) else {
                    cur = NONE;
                    break;
                };
                if n.next != NONE && at != ROOT {
                    cur = n.next;
                    break;
                }
                let Some(parent) = open.pop() else {
                    cur = NONE;
                    break;
                };
                if hidden_from.is_some_and(|h| open.len() <= h) {
                    hidden_from = None;
                }
                let end = out.len();
                if let Some(p) = out.get_mut(parent) {
                    p.end = end;
                }
                at = n.parent;
            }
        }
        Document::new(out, index)
    }

    /// Checks that every node's children, followed from its first child, link
    /// back to it and to each other, and end at its last child.
    #[cfg(test)]
    pub(super) fn check_links(&self) -> Result<(), String> {
        let nodes = self.nodes.borrow();
        for (i, n) in nodes.iter().enumerate() {
            let (mut prev, mut c, mut seen) = (NONE, n.first, 0);
            while c != NONE {
                let child = nodes
                    .get(c as usize)
                    .ok_or(format!("node {i}: child {c} missing"))?;
                if child.parent as usize != i || child.prev != prev {
                    return Err(format!("node {i}: child {c} links back wrong"));
                }
                seen += 1;
                if seen > nodes.len() {
                    return Err(format!("node {i}: children loop"));
                }
                prev = c;
                c = child.next;
            }
            if n.last != prev {
                return Err(format!("node {i}: last is {}, not {prev}", n.last));
            }
        }
        Ok(())
    }

    /// Points the link after `prev` at `to`: `prev`'s next sibling, or, when
    /// there is no `prev`, `parent`'s first child.
    fn set_after(nodes: &mut [TreeNode], parent: u32, prev: u32, to: u32) {
        match nodes.get_mut(prev as usize) {
            Some(p) => p.next = to,
            None => {
                if let Some(p) = nodes.get_mut(parent as usize) {
                    p.first = to;
                }
            }
        }
    }

    /// Points the link before `next` at `to`: `next`'s previous sibling, or,
    /// when there is no `next`, `parent`'s last child.
    fn set_before(nodes: &mut [TreeNode], parent: u32, next: u32, to: u32) {
        match nodes.get_mut(next as usize) {
            Some(n) => n.prev = to,
            None => {
                if let Some(p) = nodes.get_mut(parent as usize) {
                    p.last = to;
                }
            }
        }
    }

    /// Detaches `target` from its parent, if it has one.
    fn detach(nodes: &mut [TreeNode], target: u32) {
        let Some(n) = nodes.get_mut(target as usize) else {
            return;
        };
        let (parent, prev, next) = (n.parent, n.prev, n.next);
        if parent == NONE {
            return;
        }
        n.parent = NONE;
        n.prev = NONE;
        n.next = NONE;
        Self::set_after(nodes, parent, prev, next);
        Self::set_before(nodes, parent, next, prev);
    }

    /// Links `child` (detached) into `parent` between the siblings `prev`
    /// and `next` (either [`NONE`] at an end of the child list).
    fn link_between(nodes: &mut [TreeNode], parent: u32, prev: u32, next: u32, child: u32) {
        let Some(c) = nodes.get_mut(child as usize) else {
            return;
        };
        c.parent = parent;
        c.prev = prev;
        c.next = next;
        Self::set_after(nodes, parent, prev, child);
        Self::set_before(nodes, parent, next, child);
    }

    /// Makes `child` (detached) the last child of `parent`.
    fn link_last(nodes: &mut [TreeNode], parent: u32, child: u32) {
        let Some(last) = nodes.get(parent as usize).map(|p| p.last) else {
            return;
        };
        Self::link_between(nodes, parent, last, NONE, child);
    }

    /// Makes `child` (detached) the sibling just before `sibling`.
    fn link_before(nodes: &mut [TreeNode], sibling: u32, child: u32) {
        let Some((parent, prev)) = nodes.get(sibling as usize).map(|s| (s.parent, s.prev)) else {
            return;
        };
        if parent == NONE {
            return;
        }
        Self::link_between(nodes, parent, prev, sibling, child);
    }

    /// Appends `text` to node `at` if it is a text node.
    fn merge_text(nodes: &mut [TreeNode], at: u32, text: &StrTendril) -> bool {
        match nodes.get_mut(at as usize) {
            Some(TreeNode {
                data: TreeData::Text(t),
                ..
            }) => {
                t.push_tendril(text);
                true
            }
            _ => false,
        }
    }

    fn new_text(&self, text: StrTendril) -> Id {
        self.charge(1);
        self.push(TreeData::Text(text))
    }

    fn element(&self, target: Id) -> Option<std::cell::Ref<'_, TreeNode>> {
        std::cell::Ref::filter_map(self.nodes.borrow(), |n| {
            n.get(target as usize)
                .filter(|n| matches!(n.data, TreeData::Element { .. }))
        })
        .ok()
    }
}

impl TreeSink for Tree {
    type Handle = Handle;
    type Output = Self;
    type ElemName<'a>
        = ExpandedName<'a>
    where
        Self: 'a;

    fn finish(self) -> Self {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        Handle::nameless(ROOT)
    }

    #[inline]
    fn elem_name<'a>(&'a self, target: &'a Handle) -> ExpandedName<'a> {
        ExpandedName {
            ns: target.ns,
            local: &target.local,
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        self.charge(1);
        let template = if flags.template {
            self.push(TreeData::Document)
        } else {
            NONE
        };
        let id = self.push(TreeData::Element {
            local: name.local.clone(),
            attrs,
            template,
            mathml_annotation_xml_integration_point: flags.mathml_annotation_xml_integration_point,
        });
        Handle {
            id,
            ns: static_ns(&name.ns),
            local: name.local,
        }
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        self.charge(1);
        Handle::nameless(self.push(TreeData::Other))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        self.charge(1);
        Handle::nameless(self.push(TreeData::Other))
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        let child = match child {
            NodeOrText::AppendNode(node) => node.id,
            NodeOrText::AppendText(text) => {
                {
                    let mut nodes = self.nodes.borrow_mut();
                    let last = nodes.get(parent.id as usize).map_or(NONE, |p| p.last);
                    if Self::merge_text(&mut nodes, last, &text) {
                        return;
                    }
                }
                self.new_text(text)
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        Self::detach(&mut nodes, child);
        Self::link_last(&mut nodes, parent.id, child);
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        let has_parent = self
            .nodes
            .borrow()
            .get(element.id as usize)
            .is_some_and(|n| n.parent != NONE);
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        _name: StrTendril,
        _public_id: StrTendril,
        _system_id: StrTendril,
    ) {
        self.charge(1);
        let id = self.push(TreeData::Other);
        Self::link_last(&mut self.nodes.borrow_mut(), ROOT, id);
    }

    fn get_template_contents(&self, target: &Handle) -> Handle {
        match self.element(target.id).as_deref() {
            Some(TreeNode {
                data: TreeData::Element { template, .. },
                ..
            }) if *template != NONE => Handle::nameless(*template),
            // Only a template's contents are asked for; for anything else the
            // element itself stands in.
            _ => target.clone(),
        }
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x.id == y.id
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        let child = match new_node {
            NodeOrText::AppendNode(node) => node.id,
            NodeOrText::AppendText(text) => {
                {
                    let mut nodes = self.nodes.borrow_mut();
                    let prev = nodes.get(sibling.id as usize).map_or(NONE, |s| s.prev);
                    if Self::merge_text(&mut nodes, prev, &text) {
                        return;
                    }
                }
                self.new_text(text)
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        Self::detach(&mut nodes, child);
        Self::link_before(&mut nodes, sibling.id, child);
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(TreeNode {
            data: TreeData::Element {
                attrs: existing, ..
            },
            ..
        }) = nodes.get_mut(target.id as usize)
        {
            for attr in attrs {
                if !existing.iter().any(|e| e.name == attr.name) {
                    existing.push(attr);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &Handle) {
        Self::detach(&mut self.nodes.borrow_mut(), target.id);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        let (node, new_parent) = (&node.id, &new_parent.id);
        let mut nodes = self.nodes.borrow_mut();
        let Some(n) = nodes.get_mut(*node as usize) else {
            return;
        };
        let (first, last) = (n.first, n.last);
        if first == NONE || *node == *new_parent {
            return;
        }
        n.first = NONE;
        n.last = NONE;
        let mut c = first;
        while let Some(child) = nodes.get_mut(c as usize) {
            child.parent = *new_parent;
            c = child.next;
        }
        // The whole run `first..=last` goes after the new parent's last child.
        let Some(tail) = nodes.get(*new_parent as usize).map(|p| p.last) else {
            return;
        };
        Self::set_after(&mut nodes, *new_parent, tail, first);
        if let Some(f) = nodes.get_mut(first as usize) {
            f.prev = tail;
        }
        Self::set_before(&mut nodes, *new_parent, NONE, last);
    }

    fn is_mathml_annotation_xml_integration_point(&self, handle: &Handle) -> bool {
        matches!(
            self.element(handle.id).as_deref(),
            Some(TreeNode {
                data: TreeData::Element {
                    mathml_annotation_xml_integration_point: true,
                    ..
                },
                ..
            })
        )
    }
}
