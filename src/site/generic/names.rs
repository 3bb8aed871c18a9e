//! The class and id words of page parts, read without a regex for the usual
//! ASCII names.
//!
//! [`bits`] tells which of the three word lists of the density analysis
//! ([`MAYBE`](super::density), `UNLIKELY`, `BESIDE`) a name list matches, as
//! those regexes would (`(?i)`: for ASCII text that is ASCII case folding). A
//! class list and an id are read apart: no word of the lists spans the space
//! that joined them, and the start or end of either stands where that space
//! stood (`^`/`$`, `\b`, `[\s_-]`), so a list matches the joined names exactly
//! when it matches one of them.

/// A word of the lists that may name the article's own container.
pub(super) const MAYBE: u8 = 1;
/// A word of a page part that is not the article.
pub(super) const UNLIKELY: u8 = 2;
/// A word of a page part beside the article (every such word is also
/// [`UNLIKELY`]).
pub(super) const BESIDE: u8 = 4;
/// `title` or `headline` anywhere in the name (no regex has these: they tell
/// which class lists may name a title, see `class_says_title`).
pub(super) const TITLE: u8 = 8;

const U: u8 = UNLIKELY;
const UB: u8 = UNLIKELY | BESIDE;

/// What must stand around a word for it to count.
#[derive(Clone, Copy, PartialEq)]
enum Edge {
    /// Anywhere.
    Any,
    /// Between ASCII word boundaries (`(?-u:\b)`).
    Word,
    /// Between the text's ends, whitespace, `_` or `-` (`(?:^|[\s_-])`).
    Sep,
}

struct Word {
    text: &'static [u8],
    bits: u8,
    edge: Edge,
}

const fn w(text: &'static [u8], bits: u8, edge: Edge) -> Word {
    Word { text, bits, edge }
}

/// Every word of the three lists, lowercase (`ads?` as `ad` and `ads`).
static WORDS: [Word; 59] = [
    // MAYBE
    w(b"and", MAYBE, Edge::Any),
    w(b"article", MAYBE, Edge::Any),
    w(b"body", MAYBE, Edge::Any),
    w(b"column", MAYBE, Edge::Any),
    w(b"content", MAYBE, Edge::Any),
    w(b"main", MAYBE, Edge::Any),
    w(b"shadow", MAYBE, Edge::Any),
    // UNLIKELY, and BESIDE where that list holds the word too
    w(b"-ad-", U, Edge::Any),
    w(b"ad", U, Edge::Word),
    w(b"ads", U, Edge::Word),
    w(b"head", U, Edge::Sep),
    w(b"banner", UB, Edge::Any),
    w(b"breadcrumb", UB, Edge::Any),
    w(b"combx", U, Edge::Any),
    w(b"comment", UB, Edge::Any),
    w(b"community", U, Edge::Any),
    w(b"disqus", UB, Edge::Any),
    w(b"extra", U, Edge::Any),
    w(b"footer", UB, Edge::Any),
    w(b"gdpr", U, Edge::Any),
    w(b"header", U, Edge::Any),
    w(b"legends", U, Edge::Any),
    w(b"menu", UB, Edge::Any),
    w(b"related", UB, Edge::Any),
    w(b"remark", U, Edge::Any),
    w(b"replies", UB, Edge::Any),
    w(b"rss", U, Edge::Any),
    w(b"shoutbox", U, Edge::Any),
    w(b"sidebar", UB, Edge::Any),
    w(b"skyscraper", U, Edge::Any),
    w(b"social", UB, Edge::Any),
    w(b"sponsor", UB, Edge::Any),
    w(b"supplemental", U, Edge::Any),
    w(b"pagination", UB, Edge::Any),
    w(b"pager", UB, Edge::Any),
    w(b"popup", U, Edge::Any),
    w(b"share", UB, Edge::Any),
    w(b"sharing", UB, Edge::Any),
    w(b"cookie", UB, Edge::Any),
    w(b"newsletter", UB, Edge::Any),
    w(b"subscribe", UB, Edge::Any),
    w(b"navbar", UB, Edge::Any),
    w(b"nav", UB, Edge::Word),
    w(b"navigation", UB, Edge::Any),
    w(b"widget-area", UB, Edge::Any),
    w(b"widget_", UB, Edge::Any),
    w(b"byline", U, Edge::Any),
    w(b"entry-meta", U, Edge::Any),
    w(b"post-meta", U, Edge::Any),
    w(b"tags", U, Edge::Word),
    w(b"tagcloud", U, Edge::Any),
    w(b"author", U, Edge::Any),
    w(b"signature", U, Edge::Any),
    w(b"promo", UB, Edge::Any),
    w(b"recent", UB, Edge::Any),
    w(b"popular", UB, Edge::Any),
    w(b"archive", UB, Edge::Any),
    // TITLE
    w(b"title", TITLE, Edge::Any),
    w(b"headline", TITLE, Edge::Any),
];

/// The slot of two bytes in [`PAIRS`]: their low five bits each, the same for
/// a letter in either case (other bytes share slots with letters; a word found
/// in a slot is checked in full).
const fn pair(a: u8, b: u8) -> usize {
    (((a & 31) as usize) << 5) | (b & 31) as usize
}

/// For each [`pair`] slot, the words (bit `k` for `WORDS[k]`) whose first two
/// bytes fall in it.
#[allow(
    clippy::indexing_slicing,
    reason = "k counts the words, each of two bytes or more; a slot is below 1024"
)]
static PAIRS: [u64; 1024] = {
    let mut t = [0u64; 1024];
    let mut k = 0;
    while k < WORDS.len() {
        let text = WORDS[k].text;
        t[pair(text[0], text[1])] |= 1 << k;
        k += 1;
    }
    t
};

/// The first eight bytes of each word as one number (little-endian, lowercase,
/// zero past the word's end), the mask of those bytes, and the case bit (0x20)
/// at each letter: a name's eight bytes `h` start with the word's first eight,
/// ASCII case ignored, exactly when `(h | case) & mask == head` (setting the
/// case bit of a byte gives a lowercase letter only from that letter in either
/// case).
#[allow(
    clippy::indexing_slicing,
    reason = "k counts the words and j stays below each word's length"
)]
static HEADS: [[u64; 3]; WORDS.len()] = {
    let mut t = [[0u64; 3]; WORDS.len()];
    let mut k = 0;
    while k < WORDS.len() {
        let text = WORDS[k].text;
        let mut j = 0;
        while j < text.len() && j < 8 {
            let b = text[j];
            t[k][0] |= (b as u64) << (8 * j);
            t[k][1] |= 0xff << (8 * j);
            if b.is_ascii_lowercase() {
                t[k][2] |= 0x20 << (8 * j);
            }
            j += 1;
        }
        k += 1;
    }
    t
};

/// Eight bytes of `s` from `i` as one number, zero past its end.
fn eight(s: &[u8], i: usize) -> u64 {
    match s.get(i..i + 8) {
        Some(b) => u64::from_le_bytes(b.try_into().unwrap_or_default()),
        None => {
            let mut b = [0u8; 8];
            let rest = s.get(i..).unwrap_or_default();
            if let Some(d) = b.get_mut(..rest.len()) {
                d.copy_from_slice(rest);
            }
            u64::from_le_bytes(b)
        }
    }
}

/// An ASCII word byte (`(?-u:\w)`).
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// A byte of `[\s_-]` (ASCII whitespace as the Unicode `\s` has it, with the
/// vertical tab).
fn is_sep(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ' | b'_' | b'-')
}

/// True when `word` stands at `i` in `s` with what its edge asks for around it.
fn stands_at(s: &[u8], i: usize, k: usize, word: &Word) -> bool {
    let [head, mask, case] = HEADS.get(k).copied().unwrap_or_default();
    if (eight(s, i) | case) & mask != head {
        return false;
    }
    let end = i + word.text.len();
    if word.text.len() > 8
        && !s
            .get(i..end)
            .is_some_and(|t| t.eq_ignore_ascii_case(word.text))
    {
        return false;
    }
    let before = i.checked_sub(1).and_then(|p| s.get(p)).copied();
    let after = s.get(end).copied();
    match word.edge {
        Edge::Any => true,
        // The word's own first and last bytes are letters.
        Edge::Word => !before.is_some_and(is_word) && !after.is_some_and(is_word),
        Edge::Sep => before.is_none_or(is_sep) && after.is_none_or(is_sep),
    }
}

/// [`MAYBE`], [`UNLIKELY`], [`BESIDE`] and [`TITLE`] for the words a name (a
/// class list or an id) holds; `None` for a name that is not all ASCII (left
/// to the regexes). Once [`MAYBE`] and [`TITLE`] words are found the other
/// bits are not looked for.
pub(super) fn bits(name: &str) -> Option<u8> {
    if !name.is_ascii() {
        return None;
    }
    let s = name.as_bytes();
    let mut bits = 0;
    for (i, two) in s.windows(2).enumerate() {
        let [a, b] = two else { break };
        let mut cand = PAIRS.get(pair(*a, *b)).copied().unwrap_or(0);
        while cand != 0 {
            let k = cand.trailing_zeros() as usize;
            cand &= cand - 1;
            let Some(word) = WORDS.get(k) else {
                break;
            };
            if bits & word.bits != word.bits && stands_at(s, i, k, word) {
                bits |= word.bits;
                if bits & (MAYBE | TITLE) == MAYBE | TITLE {
                    return Some(bits);
                }
            }
        }
    }
    Some(bits)
}

#[cfg(test)]
mod tests;
