//! Sentences of a paragraph, with quotations masked so that a quoted title
//! ("…statement…", "…on May 5…") is never read as the text's own words.

use std::borrow::Cow;

/// A paragraph with every closed double quotation (`"…"`, `“…”`) replaced by
/// spaces of the same byte length, so that byte offsets stay valid in both;
/// the paragraph itself when it has no opening mark.
pub(super) fn mask_quotes(s: &str) -> Cow<'_, str> {
    let mut openings = Openings::new(s);
    if openings.straight.is_none() && openings.curly.is_none() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    // The last closing marks: an opening mark after them closes nothing.
    let last_straight = s.rfind('"');
    let last_curly = s.rfind('”');
    let mut copied = 0;
    let mut from = 0;
    while let Some(at) = openings.next_from(from) {
        let (close, last) = if s.get(at..).is_some_and(|r| r.starts_with('"')) {
            ('"', last_straight)
        } else {
            ('”', last_curly)
        };
        let open_len = if close == '"' { 1 } else { '“'.len_utf8() };
        let after = at + open_len;
        // Only a quotation that closes is masked.
        let closing = last
            .filter(|&l| l >= after)
            .and_then(|_| s.get(after..)?.find(close));
        let Some(closing) = closing else {
            from = after;
            continue;
        };
        let end = after + closing + close.len_utf8();
        out.push_str(s.get(copied..at).unwrap_or(""));
        out.extend(std::iter::repeat_n(' ', end - at));
        copied = end;
        from = end;
    }
    out.push_str(s.get(copied..).unwrap_or(""));
    Cow::Owned(out)
}

/// The next `"` or `“` at or after a position, each found with one forward
/// search and kept until it is passed.
struct Openings<'a> {
    s: &'a str,
    straight: Option<usize>,
    curly: Option<usize>,
}

impl<'a> Openings<'a> {
    fn new(s: &'a str) -> Self {
        Self {
            s,
            straight: s.find('"'),
            curly: s.find('“'),
        }
    }

    fn next_from(&mut self, from: usize) -> Option<usize> {
        let s = self.s;
        let search = |mark: char| s.get(from..).and_then(|r| r.find(mark)).map(|i| from + i);
        if self.straight.is_some_and(|at| at < from) {
            self.straight = search('"');
        }
        if self.curly.is_some_and(|at| at < from) {
            self.curly = search('“');
        }
        match (self.straight, self.curly) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// One sentence (or colon-ended clause) of a paragraph: byte range in the
/// paragraph, and whether it ends with a colon (the text it introduces follows).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Span {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) colon: bool,
}

/// Splits a masked paragraph into sentences: a `.`, `!`, `?` followed by a space
/// and a capital letter or a quote ends one, unless the word before the
/// dot is an abbreviation (`U.S.`, `Jan.`, `C.C.`, `Mr.`); a `:` or `;` ends
/// one unless a digit follows (`10:00`). Sentences are found as they are
/// asked for.
pub(super) fn split(masked: &str) -> Split<'_> {
    Split {
        masked,
        start: 0,
        at: 0,
        done: false,
    }
}

/// The sentences of a masked paragraph, in order (see [`split`]).
pub(super) struct Split<'a> {
    masked: &'a str,
    /// Where the next sentence starts.
    start: usize,
    /// Where to look for the next stop.
    at: usize,
    done: bool,
}

impl Iterator for Split<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        if self.done {
            return None;
        }
        let masked = self.masked;
        let bytes = masked.as_bytes();
        // The marks are ASCII: a byte scan finds them on character boundaries.
        while let Some(i) = bytes
            .get(self.at..)
            .and_then(|r| {
                r.iter()
                    .position(|b| matches!(b, b'.' | b'!' | b'?' | b':' | b';'))
            })
            .map(|i| self.at + i)
        {
            let end = i + 1;
            self.at = end;
            let c = bytes.get(i).copied().unwrap_or(b'.');
            let stop = match c {
                // `at 10:00` is a clock time, not the end of a clause.
                b':' | b';' => !bytes.get(end).is_some_and(u8::is_ascii_digit),
                _ => {
                    let next_is_space = bytes.get(end).is_some_and(|b| *b == b' ');
                    let after = masked.get(end..).unwrap_or("").trim_start();
                    let next_starts = after
                        .chars()
                        .next()
                        .is_none_or(|n| n.is_uppercase() || n == '"' || n == '“');
                    (next_is_space || end == masked.len())
                        && next_starts
                        && !(c == b'.' && is_abbreviation(masked.get(..i).unwrap_or("")))
                }
            };
            if stop {
                let span = Span {
                    start: self.start,
                    end,
                    colon: c == b':',
                };
                self.start = end;
                return Some(span);
            }
        }
        self.done = true;
        masked
            .get(self.start..)
            .is_some_and(|r| !r.trim().is_empty())
            .then_some(Span {
                start: self.start,
                end: masked.len(),
                colon: false,
            })
    }
}

/// True when the word that ends `before` (the text up to a dot) is an
/// abbreviation rather than the end of a sentence.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    // `U.S`, `C.C`, `D.P.R.K`: dotted initials.
    if word.contains('.') {
        return true;
    }
    // A single capital letter (`Kim Il Sung Square, S. Korea`).
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next()) {
        return first.is_uppercase();
    }
    matches!(
        word,
        "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Dr"
            | "St"
            | "No"
            | "Nos"
            | "Gen"
            | "Lt"
            | "Col"
            | "Maj"
            | "Capt"
            | "Prof"
            | "Jr"
            | "Sr"
            | "Co"
            | "Corp"
            | "Inc"
            | "Ltd"
            | "vs"
            | "etc"
            | "Vol"
            | "Art"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The masking as a walk over the characters: the reading that
    /// [`mask_quotes`] must keep.
    fn mask_by_chars(s: &str) -> String {
        let mut out = String::new();
        let mut close: Option<char> = None;
        for (i, c) in s.char_indices() {
            let spaces = " ".repeat(c.len_utf8());
            match close {
                None if c == '"' || c == '“' => {
                    let want = if c == '"' { '"' } else { '”' };
                    if s.get(i + c.len_utf8()..).unwrap().contains(want) {
                        close = Some(want);
                        out.push_str(&spaces);
                    } else {
                        out.push(c);
                    }
                }
                None => out.push(c),
                Some(want) => {
                    out.push_str(&spaces);
                    if c == want {
                        close = None;
                    }
                }
            }
        }
        out
    }

    /// The splitting as a walk over the characters.
    fn split_by_chars(masked: &str) -> Vec<Span> {
        let mut out = Vec::new();
        let mut start = 0;
        let bytes = masked.as_bytes();
        for (i, c) in masked.char_indices() {
            let end = i + c.len_utf8();
            let stop = match c {
                ':' | ';' => !bytes.get(end).is_some_and(u8::is_ascii_digit),
                '.' | '!' | '?' => {
                    let after = masked.get(end..).unwrap().trim_start();
                    (bytes.get(end) == Some(&b' ') || end == masked.len())
                        && after
                            .chars()
                            .next()
                            .is_none_or(|n| n.is_uppercase() || n == '"' || n == '“')
                        && !(c == '.' && is_abbreviation(masked.get(..i).unwrap()))
                }
                _ => false,
            };
            if stop {
                out.push(Span {
                    start,
                    end,
                    colon: c == ':',
                });
                start = end;
            }
        }
        if !masked.get(start..).unwrap().trim().is_empty() {
            out.push(Span {
                start,
                end: masked.len(),
                colon: false,
            });
        }
        out
    }

    #[test]
    fn masking_and_splitting_read_as_a_walk_over_the_characters() {
        const PIECES: &[&str] = &[
            "\"",
            "“",
            "”",
            "’",
            "Kim said",
            " ",
            ". ",
            ".",
            "! ",
            "? A",
            ": ",
            ":",
            ";",
            "10:00",
            "U.S. ",
            "Jan. ",
            "Mr. ",
            "S. Korea",
            "(",
            ")",
            "a",
            "É",
            "\u{a0}",
            "é.",
            "statement",
            "\n",
            "—",
        ];
        let mut seed: u64 = 0x1234_5678_9abc_def1;
        for _ in 0..30_000 {
            let mut s = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut r = seed;
            for _ in 0..(seed % 14) {
                r = r.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                s.push_str(PIECES[(r >> 33) as usize % PIECES.len()]);
            }
            let masked = mask_quotes(&s);
            assert_eq!(masked, mask_by_chars(&s), "{s:?}");
            assert_eq!(
                split(&masked).collect::<Vec<_>>(),
                split_by_chars(&masked),
                "{s:?}"
            );
        }
    }
}
