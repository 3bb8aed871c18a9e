use super::*;
use crate::dom::parse_html;
use crate::model::Site;
use crate::site::{self, Page};

fn page(doc: &Document) -> Page<'_> {
    Page::new(doc, None)
}

#[test]
fn calendar_line_splits_into_date_and_rest() {
    let cases = [
        (
            "calendar>>November 27. 2017 Juche 106",
            Some(("November 27. 2017 Juche 106", "")),
        ),
        (
            "calendar >> September 6. 2012 Juche 101 Head of Delegation",
            Some(("September 6. 2012 Juche 101", "Head of Delegation")),
        ),
        ("calendar>>June 12. 2011", Some(("June 12. 2011", ""))),
        ("calendar>>", None),
    ];
    for (text, want) in cases {
        let got = split_calendar(text);
        assert_eq!(
            got.as_ref().map(|(a, b)| (a.as_str(), b.as_str())),
            want,
            "{text:?}"
        );
    }
}

#[test]
fn url_dates() {
    let cases = [
        (
            "http://www.kcna.co.jp/item/2017/201711/news27/20171127-15ee.html",
            Some("2017-11-27"),
        ),
        (
            "http://www.kcna.co.jp/item/2011/201106/2011-06-12ee.html",
            Some("2011-06-12"),
        ),
        (
            "http://www.kcna.co.jp/item/2004/200410/news10/27.htm",
            Some("2004-10-27"),
        ),
        (
            "http://www.kcna.co.jp/item/1999/9907/news07/14.htm",
            Some("1999-07-14"),
        ),
        ("http://www.kcna.co.jp/index-e.htm", None),
    ];
    for (url, want) in cases {
        assert_eq!(url_date(url).as_deref(), want, "{url}");
    }
}

#[test]
fn items_split_at_datelines_after_body_text() {
    let lines: Vec<String> = [
        "First Title",
        "Pyongyang, July 13 (KCNA) -- One.",
        "Two.",
        "Second Title",
        "Pyongyang, July 14 (KCNA) -- Three.",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    let items = split_items(lines);
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].0.as_deref(), Some("First Title"));
    assert_eq!(
        items[0].1,
        vec!["Pyongyang, July 13 (KCNA) -- One.", "Two."]
    );
    assert_eq!(items[1].0.as_deref(), Some("Second Title"));
    assert_eq!(items[1].1, vec!["Pyongyang, July 14 (KCNA) -- Three."]);
}

#[test]
fn an_item_without_title_keeps_its_dateline_paragraph() {
    let lines = vec!["Pyongyang, July 13 (KCNA) -- One.".to_owned()];
    let items = split_items(lines);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].0, None);
}

#[test]
fn detected_by_text_alone() {
    let doc = parse_html(
        "<table><tr><td>calendar&gt;&gt;<b>June</b> <b>12. 2011</b></td></tr>\
         <tr><td>AINDF</td></tr><tr><td>Text.</td></tr>\
         <tr><td>Copyright (C) KOREA NEWS SERVICE(KNS) All Rights Reserved.</td></tr></table>",
    );
    assert_eq!(site::detect(&page(&doc)).0, Site::KcnaCoJp);
}

#[test]
fn kcna_watch_copy_of_a_kcna_co_jp_item_stays_kcna_watch() {
    let doc = parse_html(
        "<html><head><title>Memorandum of DPRK Foreign Ministry | KCNA Watch</title></head><body>\
         <h1>Memorandum of DPRK Foreign Ministry</h1>\
         <p>Date: 04/03/2005 | Source: KCNA.co.jp (En) | \
         <a href=\"http://www.kcna.co.jp/item/2005/200503/news03/04.htm\">Read original version at source</a></p>\
         <div class=\"article-content\"><p>Pyongyang, March 3 (KCNA) -- The Foreign Ministry of the DPRK \
         released a memorandum on March 2.</p>\
         <p>Copyright (C) KOREA NEWS SERVICE(KNS) All Rights Reserved.</p></div></body></html>",
    );
    assert_eq!(site::detect(&page(&doc)).0, Site::KcnaWatch);
}

#[test]
fn a_blog_reprint_with_the_copyright_line_is_not_the_archive() {
    let doc = parse_html(
        "<html><head><meta property=\"og:title\" content=\"AINDF\"></head><body><article>\
         <h1>AINDF</h1><p>Jo Il Min had an interview with KCNA on Sunday.</p>\
         <p>Copyright (C) KOREA NEWS SERVICE(KNS) All Rights Reserved.</p></article></body></html>",
    );
    assert_eq!(site::detect(&page(&doc)).0, Site::Generic);
}

#[test]
fn link_rows_are_not_items() {
    let doc = parse_html(
        "<table><tr><td>calendar&gt;&gt;July 1. 2005 Juche 94</td></tr>\
         <tr><td><a href=\"/\">Home</a> | <a href=\"/s\">Search</a></td></tr>\
         <tr><td><a href=\"/\">Home</a></td></tr>\
         <tr><td>Title</td></tr><tr><td>Pyongyang, July 1 (KCNA) -- Text.</td></tr></table>",
    );
    let items = extract(&page(&doc));
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].title.as_deref(), Some("Title"));
    assert_eq!(items[0].published.as_deref(), Some("July 1. 2005 Juche 94"));
}

#[test]
fn no_article_no_panic() {
    for html in [
        "",
        "<hr><hr><hr>",
        "calendar&gt;&gt;",
        "calendar&gt;&gt;July 1. 2000<hr>Copyright (C) KOREA NEWS SERVICE(KNS)",
        "<htm><html><body><htm>x</htm>",
    ] {
        let doc = parse_html(html);
        let _ = extract(&page(&doc));
    }
}

/// Every text made of three of `pieces`.
fn triples(pieces: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for a in pieces {
        for b in pieces {
            for c in pieces {
                out.push(format!("{a}{b}{c}"));
            }
        }
    }
    out
}

#[test]
fn line_tests_agree_with_their_patterns() {
    let calendar = [
        "",
        " ",
        "calendar",
        "CALENDAR ",
        "calendar>>",
        "Calendar >> ",
        ">>",
        "> >",
        ">",
        "July 16. 2024",
        "Sept. 1",
        "\u{a0}",
        "x",
    ];
    let mut matched = 0;
    for t in triples(&calendar) {
        assert_eq!(is_calendar(&t), CALENDAR.is_match(&t), "{t:?}");
        matched += usize::from(is_calendar(&t));
    }
    assert!(matched > 10, "{matched}");
    let kns = [
        "",
        " ",
        "Copyright",
        "copy",
        "RIGHT",
        "(C)",
        "©",
        "KOREA NEWS SERVICE",
        "(KNS)",
        "(\u{212a}N\u{17f})",
        "All Rights Reserved.",
        "all right",
        "g",
        "ri",
        "ght",
        "\u{a0}",
    ];
    let mut matched = 0;
    for t in triples(&kns) {
        assert_eq!(is_kns(&t), KNS.is_match(&t), "{t:?}");
        matched += usize::from(is_kns(&t));
    }
    assert!(matched > 10, "{matched}");
    let dateline = [
        "",
        " ",
        "Pyongyang",
        "Moscow",
        "Гавана",
        ",",
        ", ",
        ",\u{a0}",
        ",\u{2003}",
        "July",
        "Sept.",
        " 13",
        "12 ",
        "(KCNA)",
        " -- ",
        "—",
        "\u{2019}",
        "\"",
        &"a".repeat(40),
        &"\u{10400}".repeat(20),
        "x",
        "julY",
        "Pyongyang, ",
        "July 13 (KCNA) --",
        "Sept. 1 (KCNA)-",
    ];
    let mut matched = 0;
    for t in triples(&dateline) {
        assert_eq!(
            opens_with_dateline(&t),
            DATELINE_START.is_match(&t),
            "{t:?}"
        );
        matched += usize::from(opens_with_dateline(&t));
    }
    assert!(matched > 10, "{matched}");
    // Longer openings: the comma far into the line.
    for n in 0..50 {
        for c in ["a", "\u{10400}", "\u{e9}", " "] {
            let t = format!("{}, July 13 (KCNA) -- Text", c.repeat(n));
            assert_eq!(
                opens_with_dateline(&t),
                DATELINE_START.is_match(&t),
                "{t:?}"
            );
        }
    }
}

#[test]
fn no_other_letter_folds_to_one_of_right() {
    // The KNS line test looks for `right` in ASCII case only: no character
    // outside ASCII matches one of its letters when case is ignored.
    let others: String = (0x80..=0x10_ffff_u32).filter_map(char::from_u32).collect();
    let letters = Regex::new("(?i)[right]").expect("valid regex");
    assert_eq!(letters.find(&others).map(|m| m.as_str()), None);
    // As the search would find the Kelvin sign for `k`.
    let k = Regex::new("(?i)k").expect("valid regex");
    assert_eq!(k.find(&others).map(|m| m.as_str()), Some("\u{212a}"));
}

#[test]
fn script_language_agrees_with_a_count_of_every_character() {
    // The first reading: every character of the first twenty lines counted.
    let by_count = |lines: &[(String, NodeId)], other_edition: bool| {
        let (mut hangul, mut latin) = (0usize, 0usize);
        for (t, _) in lines.iter().take(20) {
            for c in t.chars() {
                if c.is_ascii_alphabetic() {
                    latin += 1;
                } else if ('\u{ac00}'..='\u{d7a3}').contains(&c) {
                    hangul += 1;
                }
            }
        }
        match (hangul, latin) {
            (0, 0) => None,
            (h, l) if h > l => Some("ko".to_owned()),
            _ if other_edition => None,
            _ => Some("en".to_owned()),
        }
    };
    let pieces = [
        "",
        " ",
        "a",
        "Korea",
        "조선",
        "중앙통신",
        "\u{a000}",
        "\u{d7a4}",
        "\u{ac00}",
        "\u{d7a3}",
        "1",
        "é",
        "ㄱ",
        &"x".repeat(300),
        &"한".repeat(300),
    ];
    let lines = triples(&pieces);
    let mut counts = [0usize; 3];
    for (i, a) in lines.iter().enumerate() {
        // One to 25 lines, some of them long.
        for n in [1, 2, 7, 25] {
            let set: Vec<(String, NodeId)> = (0..n)
                .map(|k| (lines[(i * 31 + k * 17) % lines.len()].clone(), k))
                .chain(std::iter::once((a.clone(), 0)))
                .collect();
            for other in [false, true] {
                let want = by_count(&set, other);
                assert_eq!(script_language(&set, other), want, "{set:?}");
                counts[match want.as_deref() {
                    Some("ko") => 0,
                    Some(_) => 1,
                    None => 2,
                }] += 1;
            }
        }
    }
    assert!(counts.iter().all(|&c| c > 100), "{counts:?}");
}
