//! html5ever → [`Tree`] → flat [`Document`], in one iterative walk, with the input
//! guarded on the way in (see [`attrs`](super::attrs) and [`guard`](super::guard)).

use html5ever::TokenizerResult;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};

use super::attrs::limit_attributes;
use super::guard::Guard;
use super::sink::Tree;
use super::{Document, Limits};

/// Input is handed to the tokenizer in pieces of this many bytes, so that a page
/// whose node budget is spent is not tokenized to its end.
const CHUNK: usize = 64 * 1024;

/// Bytes of a typical page per node built: the tree's first guess at its size.
const NODE_BYTES: usize = 48;

/// Parses a page into a flat [`Document`] with the default [`Limits`].
#[cfg(test)]
pub(crate) fn parse_html(html: &str) -> Document {
    parse_html_with(html, &Limits::default())
}

/// Parses a page into a flat [`Document`] within `limits`.
pub(crate) fn parse_html_with(html: &str, limits: &Limits) -> Document {
    let html = limit_attributes(html, limits.max_attributes);
    let tree = Tree::with_capacity((html.len() / NODE_BYTES).min(limits.max_nodes));
    let builder = TreeBuilder::new(tree, TreeBuilderOpts::default());
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
    tokenizer.sink.inner.sink.into_document()
}
