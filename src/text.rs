//! Whitespace and punctuation normalisation shared by every site and extractor.

/// Collapses every run of whitespace (including NBSP, the ideographic space and
/// zero-width characters) to one ASCII space and trims both ends.
pub(crate) fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
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

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{3000}'
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{ad}'
    )
}

/// True when the string holds at least one letter or digit.
pub(crate) fn has_word(s: &str) -> bool {
    s.chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

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
