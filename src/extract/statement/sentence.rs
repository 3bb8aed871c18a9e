//! Sentences of a paragraph, with quotations masked so that a quoted title
//! ("…statement…", "…on May 5…") is never read as the text's own words.

/// A paragraph with every closed double quotation (`"…"`, `“…”`) replaced by
/// spaces of the same byte length, so that byte offsets stay valid in both.
pub(super) fn mask_quotes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut open: Option<(usize, char)> = None;
    for (i, c) in s.char_indices() {
        match open {
            None if c == '"' || c == '“' => {
                // Only a quotation that closes is masked.
                let close = if c == '"' { '"' } else { '”' };
                let rest = s.get(i + c.len_utf8()..).unwrap_or("");
                if rest.contains(close) {
                    open = Some((i, close));
                    push_spaces(&mut out, c);
                } else {
                    out.push(c);
                }
            }
            None => out.push(c),
            Some((_, close)) => {
                push_spaces(&mut out, c);
                if c == close {
                    open = None;
                }
            }
        }
    }
    out
}

fn push_spaces(out: &mut String, c: char) {
    for _ in 0..c.len_utf8() {
        out.push(' ');
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
/// one unless a digit follows (`10:00`).
pub(super) fn split(masked: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = masked.as_bytes();
    for (i, c) in masked.char_indices() {
        let end = i + c.len_utf8();
        let stop = match c {
            // `at 10:00` is a clock time, not the end of a clause.
            ':' | ';' => !bytes.get(end).is_some_and(u8::is_ascii_digit),
            '.' | '!' | '?' => {
                let next_is_space = bytes.get(end).is_some_and(|b| *b == b' ');
                let after = masked.get(end..).unwrap_or("").trim_start();
                let next_starts = after
                    .chars()
                    .next()
                    .is_none_or(|n| n.is_uppercase() || n == '"' || n == '“');
                (next_is_space || end == masked.len())
                    && next_starts
                    && !(c == '.' && is_abbreviation(masked.get(..i).unwrap_or("")))
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
    if masked.get(start..).is_some_and(|r| !r.trim().is_empty()) {
        out.push(Span {
            start,
            end: masked.len(),
            colon: false,
        });
    }
    out
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
