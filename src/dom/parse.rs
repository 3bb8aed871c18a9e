//! html5ever → RcDom → flat [`Document`], in one iterative walk, with the input
//! guarded on the way in (see [`attrs`](super::attrs) and [`guard`](super::guard)).

use html5ever::TokenizerResult;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use markup5ever_rcdom::{Handle, NodeData as RcData};

use super::attrs::limit_attributes;
use super::guard::{CountingDom, Guard};
use super::{Document, Element, FlagCache, Limits, NO_PARENT, Node, NodeData};

/// Input is handed to the tokenizer in pieces of this many bytes, so that a page
/// whose node budget is spent is not tokenized to its end.
const CHUNK: usize = 64 * 1024;

/// Parses a page into a flat [`Document`] with the default [`Limits`].
#[cfg(test)]
pub(crate) fn parse_html(html: &str) -> Document {
    parse_html_with(html, &Limits::default())
}

/// Parses a page into a flat [`Document`] within `limits`.
pub(crate) fn parse_html_with(html: &str, limits: &Limits) -> Document {
    let html = limit_attributes(html, limits.max_attributes);
    let builder = TreeBuilder::new(CountingDom::default(), TreeBuilderOpts::default());
    let tokenizer = Tokenizer::new(Guard::new(builder, *limits), TokenizerOpts::default());
    let queue = BufferQueue::default();
    let mut rest: &str = &html;
    while !rest.is_empty() && !tokenizer.sink.stopped() {
        let mut cut = rest.len().min(CHUNK);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let (chunk, tail) = rest.split_at(cut);
        rest = tail;
        queue.push_back(StrTendril::from_slice(chunk));
        // The guard answers the builder's script and encoding requests itself,
        // so `feed` only stops when the queue is empty; looping on anything
        // else is a safety net.
        while !matches!(tokenizer.feed(&queue), TokenizerResult::Done) {}
    }
    tokenizer.end();
    let sink = &tokenizer.sink.inner.sink;
    flatten(&sink.dom.document, sink.work().saturating_add(1))
}

/// Walks the rcdom tree once, in document order, without recursion, moving
/// names, attributes and text out of it rather than copying them. Each node's
/// children are taken out of it as it is visited, so the rcdom tree is
/// dismantled on the way: a visited node is freed as soon as the walk lets go
/// of it, and no recursive-free pass over the tree is left for later.
/// `capacity` is a guess at the node count (the sink's count of nodes built).
fn flatten(root: &Handle, capacity: usize) -> Document {
    let mut nodes: Vec<Node> = Vec::with_capacity(capacity);
    let mut flags = FlagCache::new();
    // (handle, parent index)
    let mut stack: Vec<(Handle, usize)> = vec![(root.clone(), NO_PARENT)];
    while let Some((handle, parent)) = stack.pop() {
        let id = nodes.len();
        let data = match &handle.data {
            RcData::Document => NodeData::Document,
            RcData::Element { name, attrs, .. } => NodeData::Element(Element::new(
                name.local.clone(),
                std::mem::take(&mut *attrs.borrow_mut()),
                &mut flags,
            )),
            RcData::Text { contents } => {
                NodeData::Text(std::mem::take(&mut *contents.borrow_mut()))
            }
            _ => NodeData::Other,
        };
        nodes.push(Node {
            data,
            parent,
            end: id + 1,
        });
        let children = std::mem::take(&mut *handle.children.borrow_mut());
        stack.extend(children.into_iter().rev().map(|c| (c, id)));
    }
    // Subtree ends: children come after their parents, so one backward pass
    // carries every end up to its parent.
    for i in (1..nodes.len()).rev() {
        let Some(&Node { parent, end, .. }) = nodes.get(i) else {
            continue;
        };
        if let Some(p) = nodes.get_mut(parent)
            && p.end < end
        {
            p.end = end;
        }
    }
    Document { nodes }
}
