//! The shapes of a personal name at the head of a phrase, read by hand.
//!
//! These run on every subject and issuer phrase (several times per text), so
//! they are written out instead of run as regexes with captures: each function
//! gives exactly what the regex in its doc gives (leftmost-first, with `\s`
//! the Unicode white space and `.` any character but `\n`). The unit tests
//! compare them with those regexes.

/// Byte ends of the names at the start of `s`, shortest first: a word
/// `[A-Z][a-z'’-]*` followed by one to `max_more` words `\s+[A-Z][A-Za-z'’-]*`.
fn name_ends(s: &str, max_more: usize) -> ([usize; 3], usize) {
    let mut ends = [0; 3];
    let mut n = 0;
    if !s.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return (ends, 0);
    }
    let mut at = 1 + word_tail(s.get(1..).unwrap_or(""), false);
    while n < max_more.min(ends.len()) {
        let rest = s.get(at..).unwrap_or("");
        let after_space = rest.trim_start();
        let space = rest.len() - after_space.len();
        if space == 0
            || !after_space
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_uppercase)
        {
            break;
        }
        at += space + 1 + word_tail(after_space.get(1..).unwrap_or(""), true);
        if let Some(e) = ends.get_mut(n) {
            *e = at;
        }
        n += 1;
    }
    (ends, n)
}

/// Length of the longest prefix of `s` in `[a-z'’-]*` (`[A-Za-z'’-]*` when
/// `upper`).
fn word_tail(s: &str, upper: bool) -> usize {
    s.char_indices()
        .find(|&(_, c)| {
            !(c.is_ascii_lowercase()
                || (upper && c.is_ascii_uppercase())
                || matches!(c, '\'' | '’' | '-'))
        })
        .map_or(s.len(), |(i, _)| i)
}

/// `^(?P<name>[A-Z][a-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){1,3})\s*(?:,\s*(?P<pos>.+?))?\s*,?\s*$`:
/// the end of `name` and the byte range of `pos`, if it took part.
pub(super) fn name_first(s: &str) -> Option<(usize, Option<(usize, usize)>)> {
    let (ends, n) = name_ends(s, 3);
    ends.get(..n)?.iter().rev().find_map(|&end| {
        let rest = s.get(end..)?;
        let pos = after_name(rest)?;
        Some((end, pos.map(|(a, b)| (end + a, end + b))))
    })
}

/// `\s*(?:,\s*(?P<pos>.+?))?\s*,?\s*$` on the text after a name: `None` when it
/// does not match, else the range of `pos` in `rest` (a range of white space
/// or a lone comma when nothing but those follows the comma).
fn after_name(rest: &str) -> Option<Option<(usize, usize)>> {
    let after = rest.trim_start();
    if after.is_empty() {
        return Some(None);
    }
    let comma = rest.len() - after.len();
    let tail = after.strip_prefix(',')?;
    let start = comma + 1 + (tail.len() - tail.trim_start().len());
    let first = rest.get(start..)?.chars().next();
    let Some(first) = first else {
        // Only white space after the comma: `pos` is a space, or the group
        // does not take part; either way it holds no words.
        return Some(None);
    };
    // The shortest `pos` after which only `\s*,?\s*` is left.
    let trimmed = rest.trim_end();
    let last_words = match trimmed.strip_suffix(',') {
        Some(t) => t.trim_end().len(),
        None => trimmed.len(),
    };
    let end = last_words.max(start + first.len_utf8());
    if rest.get(start..end)?.contains('\n') {
        return None;
    }
    Some(Some((start, end)))
}

/// `^(?P<name>[A-Z][a-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){1,2})\s+(?:at|to|on|in|before)\s+\S`:
/// the end of `name`.
pub(super) fn name_occasion(s: &str) -> Option<usize> {
    let (ends, n) = name_ends(s, 2);
    ends.get(..n)?.iter().rev().copied().find(|&end| {
        let rest = s.get(end..).unwrap_or("");
        let word = rest.trim_start();
        if word.len() == rest.len() {
            return false;
        }
        ["at", "to", "on", "in", "before"]
            .iter()
            .find_map(|w| word.strip_prefix(w))
            .is_some_and(|after| {
                let next = after.trim_start();
                next.len() < after.len() && !next.is_empty()
            })
    })
}

/// `^[bcdfghjklmnprstvz]{0,2}[wy]?[aeiou]{1,2}(?:ng|n|l|m|k|p|t|r|s)?$` on the
/// ASCII lowercase of `s`: one romanised Korean syllable (`Gyong`, `hui`, `kwan`).
pub(super) fn is_syllable(s: &str) -> bool {
    let b = s.as_bytes();
    let run = |from: usize, set: &[u8]| {
        b.get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|c| set.contains(&c.to_ascii_lowercase()))
            .count()
    };
    let onset = run(0, b"bcdfghjklmnprstvz");
    if onset > 2 {
        return false;
    }
    let glide = run(onset, b"wy").min(1);
    let at = onset + glide;
    let vowels = run(at, b"aeiou");
    if !(1..=2).contains(&vowels) {
        return false;
    }
    let coda = b.get(at + vowels..).unwrap_or_default();
    coda.is_empty()
        || ["ng", "n", "l", "m", "k", "p", "t", "r", "s"]
            .iter()
            .any(|c| coda.eq_ignore_ascii_case(c.as_bytes()))
}

#[cfg(test)]
mod tests {
    use regex::Regex;

    use super::*;

    /// Texts built from the pieces that decide these shapes: capitals and
    /// lowercase words, every kind of white space, commas, apostrophes,
    /// hyphens, line breaks and non-ASCII letters.
    fn texts() -> Vec<String> {
        const WORDS: &[&str] = &[
            "Kim",
            "Yo",
            "Jong",
            "KCNA",
            "Ri",
            "Son-gwon",
            "Mc’Neil",
            "O'Brien",
            "A",
            "Ér",
            "Kſ",
        ];
        const SPACES: &[&str] = &[" ", "  ", "\t", "\n", "\u{a0}", "\u{3000}", ""];
        const TAILS: &[&str] = &[
            "",
            ",",
            ", ",
            ",,",
            " ,",
            ", ,",
            ",\n",
            ",\nx",
            ", x\n",
            "’",
            "-",
            " at",
            " to ",
            " on the",
            " in\t1",
            " before ",
            " before",
            "x",
            "ſ",
            ".",
            ", vice director",
            " of the WPK",
            ", head of it,",
            ", a\n",
            ",  \n ",
            " \n",
            " kim",
            " at  x ,",
        ];
        let mut out = Vec::new();
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 16) as usize % n
        };
        for _ in 0..60_000 {
            let mut s = String::new();
            if next(5) == 0 {
                s.push_str(["kim", " Kim", ",", "Kim"][next(4)]);
            }
            for i in 0..1 + next(5) {
                if i > 0 {
                    s.push_str(SPACES[next(SPACES.len())]);
                }
                s.push_str(WORDS[next(WORDS.len())]);
            }
            for _ in 0..next(4) {
                s.push_str(TAILS[next(TAILS.len())]);
            }
            out.push(s);
        }
        out
    }

    fn position(p: Option<&str>) -> Option<&str> {
        p.map(|p| p.trim().trim_end_matches(',').trim())
            .filter(|p| !p.is_empty())
    }

    #[test]
    fn name_first_reads_as_its_regex() {
        let re = Regex::new(
            r"^(?P<name>[A-Z][a-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){1,3})\s*(?:,\s*(?P<pos>.+?))?\s*,?\s*$",
        )
        .unwrap();
        let mut matched = 0;
        for s in texts() {
            let want = re.captures(&s).map(|c| {
                let name = c.name("name").unwrap().end();
                (name, position(c.name("pos").map(|m| m.as_str())))
            });
            let got = name_first(&s)
                .map(|(end, pos)| (end, position(pos.map(|(a, b)| s.get(a..b).unwrap()))));
            assert_eq!(got, want, "{s:?}");
            matched += usize::from(want.is_some());
        }
        assert!(matched > 1000, "{matched}");
    }

    #[test]
    fn name_occasion_reads_as_its_regex() {
        let re = Regex::new(
            r"^(?P<name>[A-Z][a-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){1,2})\s+(?:at|to|on|in|before)\s+\S",
        )
        .unwrap();
        let mut matched = 0;
        for s in texts() {
            let want = re.captures(&s).map(|c| c.name("name").unwrap().end());
            assert_eq!(name_occasion(&s), want, "{s:?}");
            matched += usize::from(want.is_some());
        }
        assert!(matched > 100, "{matched}");
    }

    #[test]
    fn syllable_reads_as_its_regex() {
        let re = Regex::new(r"^[bcdfghjklmnprstvz]{0,2}[wy]?[aeiou]{1,2}(?:ng|n|l|m|k|p|t|r|s)?$")
            .unwrap();
        let letters: Vec<char> = "bcdfghjklmnprstvzwyaeiouxqBGKWYAE-é".chars().collect();
        let mut seed: u64 = 7;
        let mut matched = 0;
        for _ in 0..200_000 {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let n = 1 + (seed >> 60) as usize % 7;
            let s: String = (0..n)
                .map(|i| letters[(seed >> (4 * i + 8)) as usize % letters.len()])
                .collect();
            let want = re.is_match(&s.to_ascii_lowercase());
            assert_eq!(is_syllable(&s), want, "{s:?}");
            matched += usize::from(want);
        }
        assert!(matched > 1000, "{matched}");
    }
}
