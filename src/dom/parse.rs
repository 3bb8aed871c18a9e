//! html5ever → RcDom → flat [`Document`], in one iterative walk.

use std::cell::RefCell;

use html5ever::tendril::TendrilSink;
use html5ever::{ParseOpts, parse_document};
use markup5ever_rcdom::{Handle, NodeData as RcData, RcDom};

use super::{Document, Element, NO_PARENT, Node, NodeData};

/// Parses a page into a flat [`Document`].
pub(crate) fn parse_html(html: &str) -> Document {
    let dom = parse_document(RcDom::default(), ParseOpts::default()).one(html);
    flatten(&dom.document)
}

/// Walks the rcdom tree once, in document order, without recursion.
fn flatten(root: &Handle) -> Document {
    let mut nodes: Vec<Node> = Vec::new();
    // (handle, parent index)
    let mut stack: Vec<(Handle, usize)> = vec![(root.clone(), NO_PARENT)];
    while let Some((handle, parent)) = stack.pop() {
        let id = nodes.len();
        let data = match &handle.data {
            RcData::Document => NodeData::Document,
            RcData::Element { name, attrs, .. } => NodeData::Element(Element {
                name: Box::from(&*name.local),
                attrs: take(attrs)
                    .into_iter()
                    .map(|a| (Box::from(&*a.name.local), Box::from(&*a.value)))
                    .collect(),
            }),
            RcData::Text { contents } => NodeData::Text(Box::from(&**contents.borrow())),
            _ => NodeData::Other,
        };
        nodes.push(Node {
            data,
            parent,
            end: id + 1,
        });
        let children = handle.children.borrow();
        stack.extend(children.iter().rev().map(|c| (c.clone(), id)));
    }
    // Subtree ends: children come after their parents, so one backward pass
    // carries every end up to its parent.
    for i in (1..nodes.len()).rev() {
        let (p, e) = (nodes[i].parent, nodes[i].end);
        if p != NO_PARENT && nodes[p].end < e {
            nodes[p].end = e;
        }
    }
    Document { nodes }
}

fn take<T>(cell: &RefCell<Vec<T>>) -> Vec<T> {
    std::mem::take(&mut *cell.borrow_mut())
}
