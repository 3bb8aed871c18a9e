//! The tree sink against html5ever's reference tree, rcdom: on real pages and
//! on the tree builder's hard cases (misnested formatting, foster parenting,
//! templates, foreign content, re-parenting), both must give the same flat
//! document. rcdom builds comments, which the guard keeps out of [`Tree`], so
//! the reference walk leaves them out and merges the text around them.

use std::fmt::Write as _;
use std::path::Path;

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData as RcData, RcDom};

use super::sink::Tree;
use super::{Document, NodeData, parse_html};

/// One line per node: depth, kind, name, attributes, text; then the parent and
/// subtree end, which the lines' order and depths must agree with.
fn dump(doc: &Document) -> String {
    let mut out = String::new();
    for (i, node) in doc.nodes.iter().enumerate() {
        let mut depth = 0;
        let mut p = node.parent;
        while let Some(n) = doc.nodes.get(p) {
            depth += 1;
            p = n.parent;
        }
        let _ = write!(out, "{i} {depth} p{} e{} ", node.parent as isize, node.end);
        match &node.data {
            NodeData::Document => out.push_str("#document"),
            NodeData::Other => out.push_str("#other"),
            NodeData::Text(t) => {
                let _ = write!(out, "{:?}", &**t);
            }
            NodeData::Element(e) => {
                let _ = write!(out, "<{}", &*e.name);
                for a in &e.attrs {
                    let _ = write!(out, " {}={:?}", &*a.name.local, &*a.value);
                }
                out.push('>');
            }
        }
        out.push('\n');
    }
    out
}

/// A child in the reference walk: a node, or text merged from the runs of
/// text nodes that only comments separate.
enum Item {
    Node(Handle),
    Text(String),
}

/// The same dump from an rcdom tree. With `comments` false, comments are left
/// out and the text around them merged, as the guard has it; else they stand
/// as placeholders, as [`Tree`] has them when it is handed them.
fn dump_rcdom(html: &str, comments: bool) -> String {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let mut nodes: Vec<(String, usize, usize)> = Vec::new(); // (line, parent, end)
    let mut stack: Vec<(Item, usize)> = vec![(Item::Node(dom.document.clone()), usize::MAX)];
    while let Some((item, parent)) = stack.pop() {
        let id = nodes.len();
        let h = match item {
            Item::Text(t) => {
                nodes.push((format!("{t:?}"), parent, id + 1));
                continue;
            }
            Item::Node(h) => h,
        };
        let line = match &h.data {
            RcData::Document => "#document".to_owned(),
            RcData::Comment { .. }
            | RcData::Doctype { .. }
            | RcData::ProcessingInstruction { .. } => "#other".to_owned(),
            RcData::Text { .. } => unreachable!("text is merged"),
            RcData::Element { name, attrs, .. } => {
                let mut s = format!("<{}", &*name.local);
                for a in attrs.borrow().iter() {
                    let _ = write!(s, " {}={:?}", &*a.name.local, &*a.value);
                }
                s.push('>');
                s
            }
        };
        nodes.push((line, parent, id + 1));
        let mut children: Vec<Item> = Vec::new();
        for c in h.children.borrow().iter() {
            match &c.data {
                RcData::Comment { .. } if !comments => {}
                RcData::Text { contents } => match children.last_mut() {
                    Some(Item::Text(t)) => t.push_str(&contents.borrow()),
                    _ => children.push(Item::Text(contents.borrow().to_string())),
                },
                _ => children.push(Item::Node(c.clone())),
            }
        }
        stack.extend(children.into_iter().rev().map(|c| (c, id)));
    }
    for i in (1..nodes.len()).rev() {
        let (parent, end) = (nodes[i].1, nodes[i].2);
        if parent != usize::MAX && nodes[parent].2 < end {
            nodes[parent].2 = end;
        }
    }
    let mut out = String::new();
    for (i, (line, parent, end)) in nodes.iter().enumerate() {
        let mut depth = 0;
        let mut p = *parent;
        while p != usize::MAX {
            depth += 1;
            p = nodes[p].1;
        }
        let _ = writeln!(out, "{i} {depth} p{} e{end} {line}", *parent as isize);
    }
    out
}

/// The tree builder alone, without the guard, into a [`Tree`].
fn parse_unguarded(html: &str) -> Document {
    let tree = html5ever::parse_document(Tree::with_capacity(16), Default::default()).one(html);
    if let Err(e) = tree.check_links() {
        panic!("{html:?}: {e}");
    }
    tree.into_document()
}

#[track_caller]
fn same_tree(what: &str, ours: &Document, reference: &str) {
    let ours = dump(ours);
    if ours != reference {
        let line = ours
            .lines()
            .zip(reference.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| ours.lines().count().min(reference.lines().count()));
        let a: Vec<&str> = ours.lines().skip(line.saturating_sub(2)).take(5).collect();
        let b: Vec<&str> = reference
            .lines()
            .skip(line.saturating_sub(2))
            .take(5)
            .collect();
        panic!(
            "{what}: trees differ at node {line}\n  ours:\n    {}\n  rcdom:\n    {}",
            a.join("\n    "),
            b.join("\n    ")
        );
    }
}

#[test]
fn hard_cases_build_the_same_tree_as_rcdom() {
    let cases = [
        "",
        "plain text",
        "<p>a<!-- c -->b<!-- d -->c</p>",
        "<b>1<p>2</b>3</p>",
        "<a href=x>1<div>2<a>3</a>4</div>5</a>",
        "<b><i><u>1</b>2</i>3</u>",
        "<p><b><i>1<p>2",
        "<table><tr><td>1</td></tr>x<b>y</b><tr><td>2</table>",
        "<table>a<tr>b<td>c</td>d</tr>e</table>f",
        "<table><caption>c</caption><colgroup><col></colgroup><tbody><tr><th>h</th></tr></tbody></table>",
        "<template><p>inside</p></template><p>after</p>",
        "<head><template>t</template></head><body>b</body>",
        "<svg><title>t</title><foreignObject><p>p</p></foreignObject></svg><math><mi>x</mi><annotation-xml encoding=text/html><div>d</div></annotation-xml></math>",
        "<select><option>1<option>2<optgroup><option>3</select>",
        "<frameset><frame></frameset>",
        "<html a=1><body b=2><html c=3><body d=4 b=5>x",
        "<ul><li>1<li>2<ul><li>3</ul></ul><dl><dt>a<dd>b<dt>c</dl>",
        "<h1>a<h2>b</h1>c</h2>",
        "<form><input></form><form><p>x</p></form>",
        "<pre>\nfirst</pre><textarea>\nt</textarea><listing>\nl</listing>",
        "<script>a<b</script><style>p{}</style><noscript><p>n</p></noscript>",
        "<div><span>1</div>2</span>3",
        "<nobr>1<nobr>2</nobr>3",
        "<table><tr><td><table><tr><td>in</td></tr></table>x</td></tr></table>",
        "<a><table><a>x</a></table></a>",
        "<b>1<table><tr><td>2</b>3</td></tr></table>4</b>",
        "<isindex><image src=x><menuitem>m",
        "<body><p>1</p></body></html>trailing<p>after</p>",
        "<!DOCTYPE html><html><head><title>T</title><meta charset=utf-8></head><body>x</body></html>",
        "a&amp;b&nbsp;c&#x2014;d",
    ];
    for (i, html) in cases.iter().enumerate() {
        same_tree(
            &format!("case {i} {html:?}"),
            &parse_unguarded(html),
            &dump_rcdom(html, true),
        );
    }
}

/// The page's text nodes as [`Document::texts`] lists them, and its links and
/// images, against the same found the slow way.
#[track_caller]
fn texts_are_the_visible_non_blank_ones(what: &str, doc: &Document) {
    let slow: Vec<usize> = doc
        .root()
        .text_nodes()
        .filter(|n| n.as_text().is_some_and(|t| !t.trim_ascii().is_empty()))
        .map(|n| n.id())
        .collect();
    let fast: Vec<usize> = doc.texts().map(|n| n.id()).collect();
    assert_eq!(fast, slow, "{what}");
    for (tag, listed) in [
        ("a", doc.links().map(|n| n.id()).collect::<Vec<_>>()),
        ("img", doc.images().map(|n| n.id()).collect()),
    ] {
        let walked: Vec<usize> = doc
            .elements()
            .filter(|n| n.tag() == Some(tag))
            .map(|n| n.id())
            .collect();
        assert_eq!(listed, walked, "{what}: <{tag}>");
    }
}

#[test]
fn texts_skip_scripts_and_blanks() {
    let html = "<p>a <script></script>b</p><style>x</style> <div>c<noscript><p>d</p></noscript>\
                <script>e</script></div>f<textarea>g</textarea><template>h</template>i";
    let doc = parse_html(html);
    texts_are_the_visible_non_blank_ones(html, &doc);
    let texts: Vec<&str> = doc.texts().filter_map(|n| n.as_text()).collect();
    assert!(texts.contains(&"f") && texts.contains(&"i"), "{texts:?}");
}

#[test]
fn fixture_pages_build_the_same_tree_as_rcdom() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut pages = 0;
    let mut dirs = vec![root];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.file_name().is_some_and(|n| n == "page.html") {
                let bytes = std::fs::read(&path).unwrap_or_default();
                let html = String::from_utf8_lossy(&bytes);
                let what = path.display().to_string();
                same_tree(&what, &parse_unguarded(&html), &dump_rcdom(&html, true));
                // The whole parse, guard included: on these pages the guard
                // only keeps comments out.
                let doc = parse_html(&html);
                same_tree(&what, &doc, &dump_rcdom(&html, false));
                texts_are_the_visible_non_blank_ones(&what, &doc);
                pages += 1;
            }
        }
    }
    assert!(pages >= 30, "only {pages} fixture pages found");
}

/// Tag soup from a fixed seed: the tree builder's repair paths in every order.
#[test]
fn random_tag_soup_builds_the_same_tree_as_rcdom() {
    const PIECES: &[&str] = &[
        "<a>",
        "</a>",
        "<b>",
        "</b>",
        "<i>",
        "</i>",
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<table>",
        "</table>",
        "<tr>",
        "<td>",
        "</td>",
        "<th>",
        "<caption>",
        "<tbody>",
        "<template>",
        "</template>",
        "<svg>",
        "</svg>",
        "<math>",
        "<mi>",
        "<foreignObject>",
        "<select>",
        "<option>",
        "</select>",
        "<li>",
        "<ul>",
        "</ul>",
        "<h1>",
        "</h2>",
        "<body x=1>",
        "<html y=2>",
        "<nobr>",
        "<font>",
        "</font>",
        "<form>",
        "</form>",
        "<br>",
        "</br>",
        "<hr/>",
        "<textarea>",
        "</textarea>",
        "<title>",
        "</title>",
        "<frameset>",
        "<col>",
        "<colgroup>",
        "<pre>",
        "<button>",
        "</button>",
        "<dd>",
        "<dt>",
        "<head>",
        "</head>",
        "</body>",
        "</html>",
        "<!--c-->",
        "x",
        "y ",
        "\n",
        "&amp;",
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for case in 0..3000 {
        let len = 5 + (next() % 60) as usize;
        let html: String = (0..len)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        let what = format!("soup {case} {html:?}");
        let doc = parse_unguarded(&html);
        same_tree(&what, &doc, &dump_rcdom(&html, true));
        texts_are_the_visible_non_blank_ones(&what, &doc);
    }
}
