//! A linear pre-pass that cuts the attribute list of every tag to a limit.
//!
//! html5ever's tokenizer checks each new attribute against all earlier ones of
//! its tag, so one tag with n attributes costs n² steps (200 000 attributes take
//! seconds). This pass finds tags the way the tokenizer does (comments, bogus
//! comments, quoted values and the raw text of `script`, `style` and the like
//! are stepped over) and drops every attribute past the limit, keeping the rest
//! of the input byte for byte. It allocates only when a tag is over the limit.
//!
//! Where it cannot follow the tokenizer exactly it errs towards reading more as
//! markup (which at worst trims a run of words inside a script), never less: raw
//! text ends at the first `</name`, comments at the first `-->`, `--!>`, or
//! right away for `<!-->` and `<!--->`, and inside `svg` or `math` nothing is
//! raw text.

use std::borrow::Cow;

/// Elements whose content the tokenizer reads as raw text up to their end tag
/// ([`special`] knows them by length and first letter; its test checks it
/// against this list).
#[cfg_attr(not(test), allow(dead_code))]
const RAW_TEXT: [&str; 9] = [
    "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title",
];

/// `html` with every tag's attributes past the `max`-th removed.
pub(super) fn limit_attributes(html: &str, max: usize) -> Cow<'_, str> {
    let b = html.as_bytes();
    // Byte ranges to cut out, in order.
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    // Open `svg`/`math` start tags: their `title`, `style`, … are markup.
    let mut foreign = 0usize;
    let mut i = 0;
    while let Some(off) = b.get(i..).and_then(memchr_lt) {
        i += off;
        let rest = b.get(i..).unwrap_or_default();
        // Most `<` open a tag: that is tested first.
        if let Some(name_start) = tag_name_start(rest) {
            let tag = scan_tag(b, i + name_start, max);
            if let Some(cut) = tag.cut {
                cuts.push(cut);
            }
            i = tag.end;
            match special(tag.name) {
                Some(Special::Foreign) => {
                    if tag.end_tag {
                        foreign = foreign.saturating_sub(1);
                    } else {
                        foreign += 1;
                    }
                }
                Some(Special::RawText) if !tag.end_tag && foreign == 0 => {
                    i = raw_text_end(b, i, tag.name);
                }
                _ => {}
            }
        } else if rest.starts_with(b"<!-->") {
            i += 5;
        } else if rest.starts_with(b"<!--->") {
            i += 6;
        } else if rest.starts_with(b"<!--") {
            i = comment_end(b, i + 4);
        } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = find(b, i + 2, b">").map_or(b.len(), |p| p + 1);
        } else {
            i += 1;
        }
    }
    if cuts.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (start, end) in cuts {
        // Cuts start and end at ASCII bytes, so on character boundaries.
        out.push_str(html.get(from..start).unwrap_or_default());
        from = end;
    }
    out.push_str(html.get(from..).unwrap_or_default());
    Cow::Owned(out)
}

/// One past the end of a comment whose text starts at `from`: the first
/// `-->` or `--!>` (or the end of the input).
fn comment_end(b: &[u8], from: usize) -> usize {
    let mut j = from;
    while let Some(p) = find(b, j, b"--") {
        match (b.get(p + 2), b.get(p + 3)) {
            (Some(b'>'), _) => return p + 3,
            (Some(b'!'), Some(b'>')) => return p + 4,
            _ => j = p + 1,
        }
    }
    b.len()
}

/// What a tag name is to this pass.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Special {
    /// `svg` or `math`: inside, nothing is raw text.
    Foreign,
    /// One of [`RAW_TEXT`].
    RawText,
}

/// Whether `name` (any case) is `svg`, `math` or one of [`RAW_TEXT`]: its
/// length and first letter pick the one name it can be.
fn special(name: &[u8]) -> Option<Special> {
    let first = name.first()?.to_ascii_lowercase();
    let (candidates, kind): (&[&str], Special) = match (name.len(), first) {
        (3, b's') => (&["svg"], Special::Foreign),
        (4, b'm') => (&["math"], Special::Foreign),
        (6, b's') => (&["script"], Special::RawText),
        (5, b's') => (&["style"], Special::RawText),
        (3, b'x') => (&["xmp"], Special::RawText),
        (6, b'i') => (&["iframe"], Special::RawText),
        (7, b'n') => (&["noembed"], Special::RawText),
        (8, b'n') => (&["noframes", "noscript"], Special::RawText),
        (8, b't') => (&["textarea"], Special::RawText),
        (5, b't') => (&["title"], Special::RawText),
        _ => return None,
    };
    candidates
        .iter()
        .any(|c| name.eq_ignore_ascii_case(c.as_bytes()))
        .then_some(kind)
}

/// The offset of the next `<`.
fn memchr_lt(r: &[u8]) -> Option<usize> {
    memchr::memchr(b'<', r)
}

/// For `<x` or `</x` (x an ASCII letter), the offset of the tag name.
fn tag_name_start(rest: &[u8]) -> Option<usize> {
    match rest.get(1)? {
        c if c.is_ascii_alphabetic() => Some(1),
        b'/' if rest.get(2).is_some_and(u8::is_ascii_alphabetic) => Some(2),
        _ => None,
    }
}

struct ScannedTag<'a> {
    /// The name as it stands in the input (compared case-blind, ASCII only).
    name: &'a [u8],
    end_tag: bool,
    /// One past the tag's `>` (or the end of the input).
    end: usize,
    /// The attributes to remove: from the start of the first one past the limit
    /// to the `>` (or the end of the input).
    cut: Option<(usize, usize)>,
}

/// Reads one tag whose name starts at `i`, by the tokenizer's tag states.
fn scan_tag(b: &[u8], mut i: usize, max: usize) -> ScannedTag<'_> {
    let end_tag = i >= 2 && b.get(i - 1) == Some(&b'/');
    let name_start = i;
    i = skip(b, i, |c| c & (SPACE | SLASH | GT) == 0);
    let name = b.get(name_start..i).unwrap_or_default();
    let mut count = 0usize;
    let mut cut_start = None;
    loop {
        // Before an attribute name.
        i = skip(b, i, |c| c & (SPACE | SLASH) != 0);
        match b.get(i) {
            None | Some(b'>') => break,
            Some(_) => {}
        }
        count += 1;
        if count > max && cut_start.is_none() {
            cut_start = Some(i);
        }
        // The name: its first character may be '='.
        i = skip(b, i + 1, |c| c & (SPACE | SLASH | GT | EQUALS) == 0);
        i = skip(b, i, |c| c & SPACE != 0);
        if b.get(i) != Some(&b'=') {
            continue;
        }
        i = skip(b, i + 1, |c| c & SPACE != 0);
        match b.get(i) {
            Some(q @ (b'"' | b'\'')) => {
                let q = *q;
                i = b
                    .get(i + 1..)
                    .and_then(|r| memchr::memchr(q, r))
                    .map_or(b.len(), |p| i + 1 + p + 1);
            }
            Some(b'>') | None => {}
            Some(_) => i = skip(b, i, |c| c & (SPACE | GT) == 0),
        }
    }
    let gt = i.min(b.len());
    ScannedTag {
        name,
        end_tag,
        end: (i + 1).min(b.len()),
        cut: cut_start.map(|s| (s, gt)),
    }
}

/// Byte classes of the tag states, as bits.
const SPACE: u8 = 1;
const SLASH: u8 = 2;
const GT: u8 = 4;
const EQUALS: u8 = 8;

/// The class bits of every byte.
#[allow(
    clippy::indexing_slicing,
    reason = "the indices are byte values, below the table's 256 entries"
)]
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    t[b'\t' as usize] = SPACE;
    t[b'\n' as usize] = SPACE;
    t[0x0c] = SPACE;
    t[b'\r' as usize] = SPACE;
    t[b' ' as usize] = SPACE;
    t[b'/' as usize] = SLASH;
    t[b'>' as usize] = GT;
    t[b'=' as usize] = EQUALS;
    t
};

/// The first position at or after `i` whose byte's class fails `keep` (or the
/// end of the input).
#[inline]
fn skip(b: &[u8], mut i: usize, keep: impl Fn(u8) -> bool) -> usize {
    while let Some(&c) = b.get(i) {
        if !keep(class_of(c)) {
            break;
        }
        i += 1;
    }
    i
}

#[allow(
    clippy::indexing_slicing,
    reason = "a u8 is always below the table's 256 entries"
)]
#[inline]
fn class_of(c: u8) -> u8 {
    CLASS[usize::from(c)]
}

/// The position of `</name` (any case) at or after `i`, or the end of input.
fn raw_text_end(b: &[u8], mut i: usize, name: &[u8]) -> usize {
    let n = name.len();
    while let Some(off) = b.get(i..).and_then(|r| memchr::memmem::find(r, b"</")) {
        i += off;
        if b.get(i + 2..i + 2 + n)
            .is_some_and(|w| w.eq_ignore_ascii_case(name))
        {
            return i;
        }
        i += 2;
    }
    b.len()
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay.get(from..)?, needle).map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_names_are_found_in_any_case() {
        for name in RAW_TEXT {
            assert_eq!(special(name.as_bytes()), Some(Special::RawText), "{name}");
            let upper = name.to_ascii_uppercase();
            assert_eq!(special(upper.as_bytes()), Some(Special::RawText), "{upper}");
        }
        for name in ["svg", "MATH", "Svg"] {
            assert_eq!(special(name.as_bytes()), Some(Special::Foreign), "{name}");
        }
        for name in [
            "",
            "s",
            "span",
            "section",
            "table",
            "td",
            "strong",
            "noscripts",
            "titles",
        ] {
            assert_eq!(special(name.as_bytes()), None, "{name}");
        }
    }

    #[test]
    fn cuts_attributes_past_the_limit() {
        let cases = [
            ("<p a=1 b c='x y' d>t</p>", 2, "<p a=1 b >t</p>"),
            ("<p a=1 b c='x y' d>t</p>", 4, "<p a=1 b c='x y' d>t</p>"),
            ("<p a b c", 1, "<p a "),
            ("<p a='>' b c>x", 1, "<p a='>' >x"),
            (
                "<script>x<y a b c d></script><p a b>",
                1,
                "<script>x<y a b c d></script><p a >",
            ),
            ("<!-- <p a b c> --><p a b c>", 1, "<!-- <p a b c> --><p a >"),
            ("</p a b c>", 1, "</p a >"),
            ("<!--><p a b c>", 1, "<!--><p a >"),
            ("<!---><p a b c>", 1, "<!---><p a >"),
            ("<!-- x --!><p a b c>", 1, "<!-- x --!><p a >"),
            (
                "<svg><title><p a b c></title></svg>",
                1,
                "<svg><title><p a ></title></svg>",
            ),
            ("<title><p a b c></title>", 1, "<title><p a b c></title>"),
            ("a < b c d e >", 1, "a < b c d e >"),
            ("<p\u{e9}a b c=\u{e9}>", 1, "<p\u{e9}a b >"),
        ];
        for (input, max, want) in cases {
            assert_eq!(limit_attributes(input, max), want, "input {input:?}");
        }
    }
}
