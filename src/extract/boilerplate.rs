//! Text that is page furniture, not article: end markers, copyright lines, share
//! buttons. Applied to the paragraphs every site hands over.

use std::sync::LazyLock;

use regex::Regex;

use crate::text;

static END_MARKER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*-\s*0\s*-\s*$").expect("valid regex"));
static CHROME_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:copyright\s*(?:\(c\)|©)|©|all rights reserved|read original version at source$|share$|tweet$|more articles$|print$|top$|back$|close$)",
    )
    .expect("valid regex")
});

/// Normalises whitespace (unless `normalized` says the paragraphs are in normal
/// form already), removes end markers (`-0-`) and drops paragraphs that are only
/// page chrome or empty.
pub(crate) fn clean_body(paragraphs: Vec<String>, normalized: bool) -> Vec<String> {
    paragraphs
        .into_iter()
        .filter_map(|p| {
            let mut p = if normalized {
                p
            } else {
                text::normalize_owned(p)
            };
            // The marker ends in `-`: most paragraphs are passed over without a
            // regex search.
            if let Some(m) = p
                .trim_end()
                .ends_with('-')
                .then(|| END_MARKER.find(&p))
                .flatten()
            {
                p.truncate(m.start());
            }
            (text::has_word(&p) && !is_chrome(&p)).then_some(p)
        })
        .collect()
}

/// True for a line that is page chrome on any of the sites.
pub(crate) fn is_chrome(line: &str) -> bool {
    let line = line.trim();
    // A long line can only be chrome by its start (`copyright`, `©`, `all
    // rights reserved`): the whole-line words are at most 30 letters, 90 bytes
    // even in case-folded forms of three bytes each. Most paragraphs are passed
    // over here without a regex search.
    if line.len() > 96
        && line
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii() && !matches!(b.to_ascii_lowercase(), b'c' | b'a'))
    {
        return false;
    }
    CHROME_LINE.is_match(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_body_table() {
        let input = vec![
            "Pyongyang, May 20 (KCNA) -- A text.".to_string(),
            "The last line. -0-".to_string(),
            "  ".to_string(),
            "-0-".to_string(),
            "Copyright (C) KOREA NEWS SERVICE(KNS) All Rights Reserved.".to_string(),
            "Between 1-0-1 and more".to_string(),
        ];
        assert_eq!(
            clean_body(input, false),
            vec![
                "Pyongyang, May 20 (KCNA) -- A text.",
                "The last line.",
                "Between 1-0-1 and more"
            ]
        );
    }

    #[test]
    fn chrome_lines() {
        let long = "x".repeat(120);
        let cases = [
            ("Share", true),
            ("  PRINT ", true),
            ("Read original version at source", true),
            (
                "Copyright (C) KOREA NEWS SERVICE(KNS) All Rights Reserved.",
                true,
            ),
            (&*format!("Copyright (c) {long}"), true),
            (&*format!("All rights reserved {long}"), true),
            (&*format!("\u{a9} {long}"), true),
            (&*format!("Share {long}"), false),
            (&*format!("Pyongyang, May 20 (KCNA) -- {long}"), false),
            ("Share this", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_chrome(line), want, "{line:?}");
        }
    }

    #[test]
    fn normalised_paragraphs_are_cleaned_alike() {
        let input = vec![
            "A text.".to_string(),
            "The last line. -0-".to_string(),
            "-0-".to_string(),
            "Copyright (C) KOREA NEWS SERVICE(KNS) All Rights Reserved.".to_string(),
        ];
        assert_eq!(
            clean_body(input.clone(), true),
            vec!["A text.", "The last line."]
        );
        assert_eq!(clean_body(input.clone(), true), clean_body(input, false));
    }
}
