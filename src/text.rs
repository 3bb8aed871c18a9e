//! Whitespace and punctuation normalisation shared by every site and extractor.

/// Collapses every run of whitespace (including NBSP, the ideographic space and
/// zero-width characters) to one ASCII space and trims both ends.
pub(crate) fn normalize(s: &str) -> String {
    let mut n = Normalizer::with_capacity(s.len());
    n.push(s);
    n.finish()
}

/// [`normalize`] for a string the caller owns: given back as it is, with no
/// copy, when it is already normalised.
pub(crate) fn normalize_owned(s: String) -> String {
    if is_normalized(&s) { s } else { normalize(&s) }
}

/// True when [`normalize`] would give the string back unchanged.
fn is_normalized(s: &str) -> bool {
    kept_run(s, 0) == s.len()
}

/// The end of the longest run of `s` from `start` that is already in normal
/// form: kept characters, and single ASCII spaces each between two of them.
/// `start` is a character boundary; so is the end.
fn kept_run(s: &str, start: usize) -> usize {
    let bytes = s.as_bytes();
    let mut i = start;
    loop {
        // Sixteen bytes at a time while they are printable ASCII with single
        // spaces: long runs of ordinary text. A space may end the sixteen;
        // the next word's first byte must then not be one (at `start`, a space
        // is not kept at all).
        let mut prev_space =
            i == start || i.checked_sub(1).and_then(|p| bytes.get(p)) == Some(&b' ');
        let words_from = i;
        // Set when a sixteen stopped part-way: `i` is then at its first byte
        // the words cannot take (or the space before it).
        let mut stopped_inside = false;
        for word in bytes.get(i..).unwrap_or_default().chunks_exact(8) {
            // The conversion cannot fail (8 bytes); a failure would read as
            // non-ASCII and end the words.
            let w = u64::from_le_bytes(word.try_into().unwrap_or([0xff; 8]));
            let sp = space_bytes(w);
            let before = u64::from(prev_space) << 7;
            // The high bit of each byte the words cannot take: non-ASCII or a
            // control byte (below 0x20, the subtraction borrows), the second
            // of two spaces. A bad byte may spoil the bits of the bytes after
            // it (a borrow or carry), never before: the lowest bit is exact.
            let bad = ((w.wrapping_sub(0x20 * ONES) | w) & HIGH) | (sp & ((sp << 8) | before));
            if bad != 0 {
                let first = (bad.trailing_zeros() / 8) as usize;
                if first > 0 {
                    // Up to that byte, or to the space before it: the byte
                    // steps below weigh a space against what follows it.
                    let at = i + first;
                    i = if bytes.get(at - 1) == Some(&b' ') {
                        at - 1
                    } else {
                        at
                    };
                    stopped_inside = true;
                }
                break;
            }
            prev_space = sp >> 63 != 0;
            i += 8;
        }
        // A run never ends on a space: give back one the words ended with, for
        // the byte steps below to weigh against what follows it (they always
        // step past it, so the loop moves on).
        if !stopped_inside && prev_space && i > words_from {
            i -= 1;
        }
        // Invariant from here: when `i > start`, the byte before `i` is not a
        // space.
        let Some(&b) = bytes.get(i) else {
            break;
        };
        if is_plain(b) {
            // Every plain byte is kept whatever stands around it (none is a
            // space): the run of them goes in one step. Hangul and other
            // scripts whose lead bytes are plain pass here, not by the words.
            i += 1;
            while bytes.get(i).is_some_and(|&c| is_plain(c)) {
                i += 1;
            }
        } else if b == 0xE2
            && bytes.get(i + 1) == Some(&0x80)
            && bytes.get(i + 2).is_some_and(|c| (0x90..=0xA7).contains(c))
        {
            // U+2010–U+2027: dashes, quotation marks, bullets, the ellipsis,
            // all kept, and the commonest non-ASCII characters of English text.
            i += 3;
        } else if b == b' ' && i > start {
            // Not at the start of the run, so a kept character comes before;
            // one must come after.
            if bytes.get(i + 1).is_some_and(|&n| is_plain(n)) {
                i += 2;
            } else if kept_at(s, i + 1).is_some() {
                i += 1;
            } else {
                break;
            }
        } else if let Some(len) = kept_at(s, i) {
            i += len;
        } else {
            break;
        }
    }
    i
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// For a word of ASCII bytes: the high bit of each byte equal to 0x20. (As
/// above, a word with high bits set may wrap and is rejected by its caller.)
#[inline]
fn space_bytes(w: u64) -> u64 {
    let x = w ^ (0x20 * ONES);
    !(x.wrapping_add(0x7f * ONES) | x) & HIGH
}

/// The length of the character at `i` when it is kept (neither whitespace nor
/// invisible).
#[inline]
fn kept_at(s: &str, i: usize) -> Option<usize> {
    let b = *s.as_bytes().get(i)?;
    match class(b) {
        Class::Plain => Some(1).filter(|_| b < 0x80).or_else(|| char_len(s, i)),
        Class::AsciiSpace => None,
        Class::MaybeSpecial => {
            let c = s.get(i..)?.chars().next()?;
            (!is_space(c) && !is_invisible(c)).then(|| c.len_utf8())
        }
    }
}

fn char_len(s: &str, i: usize) -> Option<usize> {
    s.get(i..)?.chars().next().map(char::len_utf8)
}

/// Normalises text that arrives in pieces (the text nodes of a subtree) into one
/// string, as [`normalize`] would the pieces joined, without joining them first.
pub(crate) struct Normalizer {
    out: String,
    pending_space: bool,
}

impl Normalizer {
    pub(crate) fn new() -> Self {
        Self::with_capacity(0)
    }

    pub(crate) fn with_capacity(capacity: usize) -> Self {
        Normalizer {
            out: String::with_capacity(capacity),
            pending_space: false,
        }
    }

    /// True when nothing but whitespace was pushed since the last `take`.
    pub(crate) fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    /// Appends the next piece of text.
    pub(crate) fn push(&mut self, s: &str) {
        let mut i = 0;
        while i < s.len() {
            // Text already in normal form is copied in one go: most paragraphs
            // are one run.
            let end = kept_run(s, i);
            if end > i {
                self.plain(s.get(i..end).unwrap_or_default());
                i = end;
                continue;
            }
            // A space or an invisible character.
            if s.as_bytes()
                .get(i)
                .is_some_and(|&b| class(b) == Class::AsciiSpace)
            {
                self.pending_space = !self.out.is_empty();
                i += 1;
                continue;
            }
            let Some(c) = s.get(i..).and_then(|r| r.chars().next()) else {
                break;
            };
            let len = c.len_utf8();
            if is_space(c) {
                self.pending_space = !self.out.is_empty();
            } else if !is_invisible(c) {
                self.plain(s.get(i..i + len).unwrap_or_default());
            }
            i += len;
        }
    }

    fn plain(&mut self, run: &str) {
        if self.pending_space {
            self.out.push(' ');
            self.pending_space = false;
        }
        self.out.push_str(run);
    }

    /// The text so far; the normaliser starts again empty.
    pub(crate) fn take(&mut self) -> String {
        self.pending_space = false;
        std::mem::take(&mut self.out)
    }

    /// The text so far.
    pub(crate) fn as_str(&self) -> &str {
        &self.out
    }

    /// Starts again empty, keeping the buffer (as [`take`](Self::take)
    /// without giving the text).
    pub(crate) fn clear(&mut self) {
        self.pending_space = false;
        self.out.clear();
    }

    /// The normalised text.
    pub(crate) fn finish(self) -> String {
        self.out
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Never a space nor invisible (ASCII, continuation bytes, the lead bytes of
    /// every other character: Hangul, CJK, Cyrillic…).
    Plain,
    /// ASCII whitespace: `\t`, `\n`, `\x0b`, `\x0c`, `\r`, space.
    AsciiSpace,
    /// The lead byte of a character that may be whitespace or invisible: U+0085,
    /// U+00A0, U+00AD (`C2`), U+1680 (`E1`), U+2000–U+205F (`E2`), U+3000 (`E3`),
    /// U+FEFF (`EF`).
    MaybeSpecial,
}

/// `class(b) == Class::Plain`, read from the table.
#[allow(
    clippy::indexing_slicing,
    reason = "a u8 is always below the table's 256 entries"
)]
fn is_plain(b: u8) -> bool {
    PLAIN[usize::from(b)]
}

/// `class(b) == Class::Plain`, as a table.
#[allow(
    clippy::indexing_slicing,
    reason = "b counts from 0 to 255 in a table of 256"
)]
static PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(class(b as u8), Class::Plain);
        b += 1;
    }
    t
};

const fn class(b: u8) -> Class {
    match b {
        b'\t'..=b'\r' | b' ' => Class::AsciiSpace,
        0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF => Class::MaybeSpecial,
        _ => Class::Plain,
    }
}

/// The last character of `s` that [`normalize`] keeps (neither whitespace nor
/// invisible).
pub(crate) fn last_kept(s: &str) -> Option<char> {
    s.chars().rev().find(|&c| !is_space(c) && !is_invisible(c))
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{3000}'
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{ad}'
    )
}

/// The first `max` bytes of `s` past its leading whitespace (cut back to a
/// character boundary): the part of a paragraph an anchored pattern can match
/// in. A regex engine's work grows with the text it is handed, even for a
/// pattern anchored at the start, so long paragraphs are cut before a search.
pub(crate) fn head(s: &str, max: usize) -> &str {
    let lead = s.len() - s.trim_start().len();
    let mut cut = lead.saturating_add(max).min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.get(..cut).unwrap_or(s)
}

/// True when the string holds at least one letter or digit.
pub(crate) fn has_word(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The straightforward char-by-char form `normalize` must agree with.
    fn reference(s: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for c in s.chars() {
            if is_space(c) {
                pending_space = !out.is_empty();
            } else if is_invisible(c) {
                continue;
            } else {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn every_char_is_classed_as_the_reference_does() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            for s in [format!("{c}"), format!("a{c} {c}{c}x {c}")] {
                let want = reference(&s);
                assert_eq!(normalize(&s), want, "U+{:04X}", c as u32);
                assert_eq!(is_normalized(&s), want == s, "U+{:04X} in {s:?}", c as u32);
            }
        }
    }

    #[test]
    fn long_mixed_strings_agree_with_the_reference() {
        // Strings long enough for the 8-byte path, from an alphabet of the
        // cases it must tell apart; a fixed xorshift sequence picks them.
        let alphabet = [
            "a", "Z", "!", "~", "\u{7f}", " ", " ", " ", "\t", "\n", "\u{1}", "\u{1f}", "é", "©",
            "\u{a0}", "\u{200b}", "—", "“", "\u{3000}", "년", "\u{feff}", "\u{ad}",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..40_000 {
            let len = (next() % 80) as usize;
            // Mostly letters and single spaces, as in text; the rest at random.
            let s: String = (0..len)
                .map(|_| {
                    let r = next();
                    if r % 4 != 0 {
                        if r % 5 == 0 { " " } else { "a" }
                    } else {
                        alphabet[(r >> 8) as usize % alphabet.len()]
                    }
                })
                .collect();
            let want = reference(&s);
            assert_eq!(normalize(&s), want, "{s:?}");
            assert_eq!(is_normalized(&s), want == s, "{s:?}");
        }
    }

    #[test]
    fn pieces_normalize_as_the_joined_text() {
        let pieces = [
            " Pyongyang,\u{a0}",
            "",
            "  ",
            "February 24\u{200b}",
            " (KCNA) --",
            "\u{3000}주체113년",
            "\n",
        ];
        let mut n = Normalizer::new();
        for p in pieces {
            n.push(p);
        }
        assert_eq!(n.finish(), reference(&pieces.concat()));
    }

    #[test]
    fn normalize_owned_keeps_a_normalised_string() {
        for s in [
            "a b",
            "Kim Yo Jong",
            "",
            "a  b",
            " a",
            "a ",
            "a\tb",
            "a\u{a0}b",
        ] {
            assert_eq!(normalize_owned(s.to_owned()), reference(s), "{s:?}");
        }
    }

    #[test]
    fn normalize_table() {
        let cases = [
            ("  a  b ", "a b"),
            ("a\u{a0}\u{a0}b", "a b"),
            ("\n\tKim\u{200b} Yo Jong\r\n", "Kim Yo Jong"),
            ("", ""),
            ("   ", ""),
            ("a\u{3000}b", "a b"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input), want, "input {input:?}");
        }
    }
}
