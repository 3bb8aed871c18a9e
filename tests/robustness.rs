//! Hostile, broken and legacy-encoded input: every case ends in an article or a
//! clear error, within a time bound, never in a panic.
//!
//! Time bounds are 2 s per input in release builds; debug test builds (the
//! library itself unoptimised) get a looser bound.

use std::time::{Duration, Instant};

use kcna::{Error, Field, Options, Site};

const FIXTURE: &str = include_str!("fixtures/kcnawatch/press-statement/page.html");
const TITLE: &str = "Press statement of Vice-Foreign Minister of DPRK";
const FIRST_PARAGRAPH: &str = "Kim Son Gyong, Vice-Minister for International Organizations of the Foreign Ministry of the Democratic People's Republic of Korea, released the following press statement on February 23.";
const BODY_LEN: usize = 13;

fn bound() -> Duration {
    if cfg!(debug_assertions) {
        Duration::from_secs(20)
    } else {
        Duration::from_secs(2)
    }
}

/// Runs `f`, asserting it ends within the bound.
fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    assert!(took < bound(), "{name}: took {took:?}");
    out
}

/// A small xorshift generator: reproducible random input without dependencies.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

/// The seed page with `extra` inserted before the first occurrence of `at`.
fn fixture_with(at: &str, extra: &str) -> String {
    let i = FIXTURE.find(at).expect("marker in the fixture");
    let mut s = String::with_capacity(FIXTURE.len() + extra.len());
    s.push_str(&FIXTURE[..i]);
    s.push_str(extra);
    s.push_str(&FIXTURE[i..]);
    s
}

/// The seed article, read right.
fn assert_seed_article(a: &kcna::Article) {
    assert_eq!(a.site, Site::KcnaWatch);
    assert_eq!(a.title, TITLE);
    assert_eq!(
        a.published.map(|d| d.to_string()).as_deref(),
        Some("2024-02-24")
    );
    assert_eq!(a.outlet.as_deref(), Some("Voice of Korea"));
    assert_eq!(a.body.len(), BODY_LEN, "body: {:#?}", a.body);
    assert_eq!(a.body[0], FIRST_PARAGRAPH);
}

fn nested(open: &str, close: &str, n: usize, inner: &str) -> String {
    let mut s = String::with_capacity((open.len() + close.len()) * n + inner.len());
    for _ in 0..n {
        s.push_str(open);
    }
    s.push_str(inner);
    for _ in 0..n {
        s.push_str(close);
    }
    s
}

// ---- deep nesting ----

#[test]
fn div_bomb_in_the_sidebar_leaves_the_article_intact() {
    let bomb = nested("<div>", "</div>", 100_000, "<p>deep text</p>");
    let page = fixture_with(r#"<div class="widget nkpro-promo">"#, &bomb);
    let a = timed("div bomb", || kcna::parse(&page)).expect("article");
    assert_seed_article(&a);
}

#[test]
fn div_bomb_before_the_article_leaves_the_article_intact() {
    let bomb = nested("<div>", "</div>", 100_000, "deep text");
    let page = fixture_with(r#"<main id="main""#, &bomb);
    let a = timed("div bomb first", || kcna::parse(&page)).expect("article");
    assert_seed_article(&a);
}

#[test]
fn unclosed_div_bomb_keeps_the_text_after_it() {
    let mut page = String::from("<html><head><title>Report</title></head><body>");
    page.push_str(&"<div>".repeat(100_000));
    page.push_str("<h1>Report</h1><p>Pyongyang, March 1 (KCNA) -- The text after the bomb.</p>");
    let a = timed("unclosed div bomb", || kcna::parse(&page)).expect("article");
    assert_eq!(a.title, "Report");
    assert_eq!(
        a.body.last().map(String::as_str),
        Some("Pyongyang, March 1 (KCNA) -- The text after the bomb.")
    );
}

#[test]
fn nested_div_100k_alone() {
    let page = nested("<div>", "</div>", 100_000, "");
    let r = timed("100k div", || kcna::parse(&page));
    assert_eq!(r, Err(Error::NoText));
}

#[test]
fn nested_ul_li_60k() {
    let page = nested("<ul><li>", "</li></ul>", 60_000, "item text");
    let r = timed("60k ul/li", || kcna::parse(&page));
    // No title anywhere: the generic reader names what is missing.
    assert_eq!(
        r.map_err(|e| e.to_string()),
        Err("not an article: no title found in the generic page".to_owned())
    );
    let page = fixture_with(r#"<div class="widget nkpro-promo">"#, &page);
    let a = timed("60k ul/li in sidebar", || kcna::parse(&page)).expect("article");
    assert_seed_article(&a);
}

#[test]
fn nested_tables_30k() {
    let page = nested("<table><tr><td>", "</td></tr></table>", 30_000, "cell");
    let r = timed("30k tables", || kcna::parse(&page));
    assert!(matches!(r, Err(Error::NotAnArticle { .. })), "got {r:?}");
    let page = fixture_with(r#"<div class="widget nkpro-promo">"#, &page);
    let a = timed("30k tables in sidebar", || kcna::parse(&page)).expect("article");
    assert_seed_article(&a);
}

#[test]
fn unclosed_formatting_elements_do_not_multiply() {
    // Every `<b>` left open is re-opened by the parser in each later paragraph.
    let mut page = String::from("<title>T</title><h1>T</h1>");
    for i in 0..5_000 {
        page.push_str(&format!("<p><b id=b{i}>bold {i}</p>"));
    }
    for _ in 0..20_000 {
        page.push_str("<p>x</p>");
    }
    let a = timed("unclosed formatting", || kcna::parse(&page)).expect("article");
    assert_eq!(a.title, "T");
}

#[test]
fn unclosed_div_bomb_before_the_article_leaves_the_article_intact() {
    let page = fixture_with(r#"<main id="main""#, &"<div>".repeat(100_000));
    let a = timed("unclosed div bomb first", || kcna::parse(&page)).expect("article");
    assert_seed_article(&a);
    assert_eq!(a.related.len(), 15);
}

#[test]
fn elements_moved_out_of_a_table_are_capped() {
    // Empty elements: what is capped is the number of elements moved, and a page
    // whose largest text block is the moved text would rightly have that as body.
    let mut page = String::from("<title>T</title><h1>T</h1><div><table>");
    page.push_str(&"<span></span>".repeat(100_000));
    page.push_str("</table></div><div><p>After the table.</p><p>And more.</p></div>");
    let a = timed("foster parenting", || kcna::parse(&page)).expect("article");
    assert_eq!(a.body, ["After the table.", "And more."]);
}

#[test]
fn repeated_body_tags_with_attributes() {
    let mut page = String::from("<title>T</title>");
    for i in 0..200_000 {
        page.push_str(&format!("<body a{i}=1>"));
    }
    page.push_str("<h1>T</h1><div><p>Text.</p></div>");
    let a = timed("body attributes", || kcna::parse(&page)).expect("article");
    assert_eq!(a.body, ["Text."]);
}

#[test]
fn millions_of_stray_end_tags() {
    let mut page = String::from("<title>T</title><h1>T</h1>");
    page.push_str(&"<span>".repeat(300));
    page.push_str(&"</x>".repeat(1_000_000));
    page.push_str("<div><p>Text.</p></div>");
    let a = timed("stray end tags", || kcna::parse(&page)).expect("article");
    assert_eq!(a.body, ["Text."]);
}

// ---- huge tags ----

#[test]
fn two_hundred_thousand_attributes_on_one_tag() {
    let mut attrs = String::new();
    for i in 0..200_000 {
        attrs.push_str(&format!(" data-a{i}=\"{i}\""));
    }
    let page = FIXTURE.replacen(
        r#"<div class="article-content">"#,
        &format!(r#"<div class="article-content"{attrs}>"#),
        1,
    );
    let a = timed("200k attributes", || kcna::parse(&page)).expect("article");
    assert_seed_article(&a);
}

#[test]
fn attributes_inside_svg_title_are_capped_too() {
    let mut page = String::from("<title>T</title><h1>T</h1><div><p>Text.</p></div><svg><title><p");
    for i in 0..200_000 {
        page.push_str(&format!(" a{i}"));
    }
    page.push_str("></title></svg>");
    let a = timed("svg title attributes", || kcna::parse(&page)).expect("article");
    assert_eq!(a.body, ["Text."]);
}

#[test]
fn many_empty_comments() {
    let mut page = String::from("<title>T</title><h1>T</h1><div><p>Text.</p></div>");
    page.push_str(&"<!---->".repeat(300_000));
    let a = timed("comments", || kcna::parse(&page)).expect("article");
    assert_eq!(a.body, ["Text."]);
}

#[test]
fn max_attributes_keeps_the_first_ones() {
    let page = r#"<title>T</title><h1>T</h1><div a=1 b=2 class="x"><p>Text here.</p></div>"#;
    let a = Options::new()
        .max_attributes(1)
        .parse(page)
        .expect("article");
    assert_eq!(a.body, ["Text here."]);
}

// ---- junk and damage ----

#[test]
fn one_mebibyte_of_random_bytes() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let bytes = rng.bytes(1 << 20);
    let r = timed("random bytes", || kcna::parse_all_bytes(&bytes));
    match r {
        Ok(articles) => assert!(!articles.is_empty()),
        Err(e) => assert!(!e.to_string().is_empty()),
    }
}

#[test]
fn truncated_page_reads_what_is_there() {
    let cut = FIXTURE
        .find("<p>The current Palestinian crisis")
        .expect("marker");
    let a = timed("truncated", || kcna::parse(&FIXTURE[..cut])).expect("article");
    assert_eq!(a.title, TITLE);
    assert_eq!(a.body[0], FIRST_PARAGRAPH);
    assert_eq!(a.body.len(), 5);
}

#[test]
fn truncated_anywhere_gives_an_answer() {
    for cut in (0..FIXTURE.len()).step_by(1499) {
        let bytes = &FIXTURE.as_bytes()[..cut];
        match kcna::parse_bytes(bytes) {
            Ok(a) => assert!(!a.title.is_empty() && !a.body.is_empty()),
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }
}

#[test]
fn commented_out_body_has_no_text() {
    let page = FIXTURE
        .replacen("<body", "<body><!--", 1)
        .replacen("</body>", "--></body>", 1);
    let r = timed("commented out", || kcna::parse(&page));
    assert_eq!(r, Err(Error::NoText));
    assert_eq!(Error::NoText.to_string(), "no text in the page");
}

#[test]
fn fake_meta_line_in_a_script_loses_to_the_real_one() {
    let fake = r#"<script>var meta = "Date: 01/01/1999 | Source: Fake News (EN) | Read original version at source";
document.write('<div class="article-meta"><p>Date: 02/02/1998 | Source: KCNA (EN) |</p></div>');</script>"#;
    let page = fixture_with(r#"<main id="main""#, fake);
    let a = timed("fake meta line", || kcna::parse(&page)).expect("article");
    assert_seed_article(&a);
    let page = fixture_with(r#"<div class="article-meta">"#, fake);
    let a = kcna::parse(&page).expect("article");
    assert_seed_article(&a);
}

#[test]
fn invalid_utf8_in_the_body() {
    let marker = "On February 20 the UN Security Council";
    let i = FIXTURE.find(marker).expect("marker");
    let mut bytes = FIXTURE.as_bytes()[..i].to_vec();
    bytes.extend_from_slice(b"\xff\xfe");
    bytes.extend_from_slice(&FIXTURE.as_bytes()[i..]);
    let a = timed("invalid utf-8", || kcna::parse_bytes(&bytes)).expect("article");
    assert_eq!(a.title, TITLE);
    assert_eq!(a.body.len(), BODY_LEN);
    assert_eq!(a.body[0], FIRST_PARAGRAPH);
    assert!(
        a.body[1].starts_with("\u{fffd}\u{fffd}On February 20 the UN Security Council"),
        "{}",
        a.body[1]
    );
}

#[test]
fn node_budget_cuts_a_page_short() {
    let mut page = String::from("<title>T</title><h1>T</h1>");
    for i in 0..1_000 {
        page.push_str(&format!("<p>Paragraph {i}.</p>"));
    }
    let a = Options::new().max_nodes(100).parse(&page).expect("article");
    assert!(a.body.len() < 100, "{}", a.body.len());
    assert!(a.body.iter().any(|p| p == "Paragraph 0."), "{:?}", a.body);
}

// ---- clear errors, verbatim ----

#[test]
fn error_messages() {
    assert_eq!(kcna::parse(""), Err(Error::Empty));
    assert_eq!(kcna::parse(" \n\t "), Err(Error::Empty));
    assert_eq!(kcna::parse_bytes(b""), Err(Error::Empty));
    assert_eq!(kcna::parse_bytes(b"\xef\xbb\xbf  "), Err(Error::Empty));
    assert_eq!(Error::Empty.to_string(), "empty input");

    let r = kcna::parse("<html><head><title></title></head><body><p> </p><!-- x --></body></html>");
    assert_eq!(r, Err(Error::NoText));
    assert_eq!(kcna::parse_bytes(b"\0\0\0<br>"), Err(Error::NoText));

    let r = Options::new().max_input_size(10).parse_bytes(&[b'a'; 11]);
    assert_eq!(
        r,
        Err(Error::InputTooLarge {
            size: 11,
            limit: 10
        })
    );
    assert_eq!(
        r.unwrap_err().to_string(),
        "input too large: 11 bytes, the limit is 10 bytes"
    );
    let r = Options::new().max_input_size(10).parse(&"a".repeat(11));
    assert_eq!(
        r,
        Err(Error::InputTooLarge {
            size: 11,
            limit: 10
        })
    );
}

#[test]
fn listing_page_is_not_an_article() {
    let listing = r#"<html><head><title>Newstream | KCNA Watch</title>
<meta property="og:site_name" content="KCNA Watch"></head><body>
<h1>Newstream</h1>
<div class="article-desc"><h4><a href="https://kcnawatch.org/newstream/1/a/">First item</a></h4></div>
<div class="article-desc"><h4><a href="https://kcnawatch.org/newstream/2/b/">Second item</a></h4></div>
</body></html>"#;
    let r = Options::new().site(Site::KcnaWatch).parse(listing);
    assert_eq!(
        r,
        Err(Error::NotAnArticle {
            site: Site::KcnaWatch,
            missing: Field::Body
        })
    );
    assert_eq!(
        r.unwrap_err().to_string(),
        "not an article: no body found in the kcnawatch page"
    );
}

// ---- random and mutated pages: no panic ----

const PIECES: [&[u8]; 24] = [
    b"<div>",
    b"</div>",
    b"<p>",
    b"</p>",
    b"<table><tr><td>",
    b"</td></tr></table>",
    b"<ul><li>",
    b"<b>",
    b"</b>",
    b"<script>",
    b"</script>",
    b"<!--",
    b"-->",
    b"<svg><path/>",
    b"<math>",
    b"<template>",
    b"<select><option>",
    b"&amp;&#x0;&#99999999;&",
    b"\"'=>",
    b"<meta charset=euc-kr>",
    b"\xff\xfe\x93\x94",
    b"Date: 24/02/2024 | Source: KCNA (EN) |",
    b"<h1>",
    b"<plaintext>",
];

fn mutate(rng: &mut Rng, base: &[u8]) -> Vec<u8> {
    let mut v = base.to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(v.len() + 1);
        match rng.below(5) {
            0 => {
                let piece = PIECES[rng.below(PIECES.len())];
                let times = 1 + rng.below(4);
                for _ in 0..times {
                    v.splice(at..at, piece.iter().copied());
                }
            }
            1 => {
                let end = (at + rng.below(2_000)).min(v.len());
                v.drain(at..end);
            }
            2 => {
                if let Some(b) = v.get_mut(at) {
                    *b = rng.next() as u8;
                }
            }
            3 => {
                let end = (at + rng.below(500)).min(v.len());
                let copy = v[at..end].to_vec();
                let to = rng.below(v.len() + 1);
                v.splice(to..to, copy);
            }
            _ => v.truncate(at),
        }
    }
    v
}

#[test]
fn random_and_mutated_pages_never_panic() {
    let start = Instant::now();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let cases = if cfg!(debug_assertions) { 60 } else { 300 };
    for case in 0..cases {
        let input = mutate(&mut rng, FIXTURE.as_bytes());
        let r = std::panic::catch_unwind(|| kcna::parse_all_bytes(&input));
        assert!(r.is_ok(), "panic on mutated case {case}");
    }
    for case in 0..cases * 4 {
        let len = rng.below(300);
        let mut input = Vec::with_capacity(len);
        while input.len() < len {
            if rng.below(3) == 0 {
                let n = 1 + rng.below(8);
                input.extend_from_slice(&rng.bytes(n));
            } else {
                input.extend_from_slice(PIECES[rng.below(PIECES.len())]);
            }
        }
        let r = std::panic::catch_unwind(|| {
            let _ = kcna::parse_bytes(&input);
            Options::new()
                .max_depth(4)
                .max_attributes(1)
                .max_nodes(50)
                .parse_all_bytes(&input)
        });
        assert!(r.is_ok(), "panic on random case {case}");
    }
    let took = start.elapsed();
    assert!(
        took < Duration::from_secs(10),
        "property test took {took:?}"
    );
}

// ---- legacy encodings (text checked, not layout fields) ----

fn data(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/encoding")
        .join(name);
    std::fs::read(path).expect("encoding fixture")
}

const CO_JP_HEADLINE: &str = "FM Spokesman Rejects \u{201c}Human Rights\u{201d} Resolution";
const CO_JP_LAST: &str = "The so-called \u{2018}human rights\u{2019} resolution is nothing but a product of the hostile policy. It\u{2019}s a document we will never accept.";

#[test]
fn windows_1252_page_with_curly_quotes() {
    for name in [
        "kcna-co-jp-windows-1252-meta.html",
        "kcna-co-jp-windows-1252-undeclared.html",
    ] {
        let bytes = data(name);
        // The file holds the raw windows-1252 bytes of the quotes.
        assert!(bytes.contains(&0x93) && bytes.contains(&0x94) && bytes.contains(&0x92));
        let text = kcna::decode(&bytes);
        assert!(text.contains(CO_JP_HEADLINE), "{name}: {text}");
        assert!(text.contains(CO_JP_LAST), "{name}");
        assert!(!text.contains('\u{fffd}'), "{name}");
        let a = Options::new()
            .site(Site::Generic)
            .parse_bytes(&bytes)
            .expect("article");
        assert!(
            a.body.iter().any(|p| p == CO_JP_LAST),
            "{name}: {:?}",
            a.body
        );
        assert!(
            a.body.iter().any(|p| p.starts_with(
                "Pyongyang, March 12 (KCNA) -- A spokesman for the DPRK Foreign Ministry"
            )),
            "{name}: {:?}",
            a.body
        );
    }
}

#[test]
fn euc_kr_page() {
    for name in ["kcna-kp-euc-kr-meta.html", "kcna-kp-euc-kr-undeclared.html"] {
        let bytes = data(name);
        assert!(std::str::from_utf8(&bytes).is_err(), "{name} is not UTF-8");
        let text = kcna::decode(&bytes);
        assert!(
            text.contains("<title>조선중앙통신</title>"),
            "{name}: {text}"
        );
        assert!(text.contains("<h1>조선외무성 대변인 담화</h1>"), "{name}");
        assert!(!text.contains('\u{fffd}'), "{name}");
        let a = Options::new()
            .site(Site::Generic)
            .parse_bytes(&bytes)
            .expect("article");
        assert_eq!(a.title, "조선외무성 대변인 담화", "{name}");
        assert_eq!(
            a.body,
            [
                "(평양 2월 24일발 조선중앙통신)",
                "조선민주주의인민공화국 외무성 대변인은 다음과 같은 담화를 발표하였다.",
                "우리는 자주권을 존중할것을 요구한다.",
            ],
            "{name}"
        );
    }
}

#[test]
fn utf8_with_a_stale_legacy_declaration_stays_utf8() {
    let page = "<meta charset=euc-kr><title>T</title><h1>T</h1><div><p>\u{201c}Juche\u{201d} \u{c870}\u{c120}</p></div>";
    let a = kcna::parse_bytes(page.as_bytes()).expect("article");
    assert_eq!(a.body, ["\u{201c}Juche\u{201d} \u{c870}\u{c120}"]);
}

#[test]
fn self_closed_raw_text_element_in_foreign_content_does_not_panic() {
    // `textarea` written self-closed inside svg/pre: the tree builder switches
    // the tokenizer to raw text and waits for the end tag.
    for html in [
        "<svg><pre><textarea/></textarea><h1/>",
        "<svg><pre><title/></title><h1/>",
        "<math><pre><style/></style><p>x",
        "<svg><pre><xmp/></xmp><p>x",
    ] {
        let _ = kcna::parse(html);
    }
}

#[test]
fn self_closed_elements_after_leaving_foreign_content_are_counted() {
    // `<pre>` ends the svg for the tree builder: the self-closed divs after it
    // are ordinary open elements, nested 40 000 deep if nothing bounds them.
    let html = format!(
        "<title>T</title><svg><pre>{}Text after them.",
        "<div/>".repeat(40_000)
    );
    let a = timed("svg pre self-closed divs", || kcna::parse(&html));
    assert_eq!(a.map(|a| a.body), Ok(vec!["Text after them.".to_owned()]));
}

#[test]
fn hundreds_of_thousands_of_distinct_tag_names() {
    let mut html = String::from("<p>x");
    let mut table = String::from("<table>");
    for i in 0..200_000u32 {
        let name = format!("x{i:x}");
        html.push_str(&format!("<{name}>"));
        table.push_str(&format!("<{name}></{name}>"));
    }
    timed("200 000 distinct names", || kcna::parse(&html)).ok();
    timed("distinct names after a table", || kcna::parse(&table)).ok();
}
