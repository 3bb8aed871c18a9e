use super::*;
use crate::site::generic::density::{
    BESIDE as BESIDE_RE, MAYBE as MAYBE_RE, UNLIKELY as UNLIKELY_RE,
};

/// What the regexes say of a name list (the reference).
fn by_regex(s: &str) -> u8 {
    if MAYBE_RE.is_match(s) {
        return MAYBE;
    }
    let mut bits = 0;
    if UNLIKELY_RE.is_match(s) {
        bits |= UNLIKELY;
    }
    if BESIDE_RE.is_match(s) {
        bits |= BESIDE;
    }
    bits
}

/// [`bits`] with everything past a [`MAYBE`] word dropped, as the reference,
/// and without [`TITLE`].
fn by_bytes(s: &str) -> u8 {
    let b = bits(s).expect("ASCII name") & !TITLE;
    if b & MAYBE != 0 { MAYBE } else { b }
}

#[test]
fn names_checked_by_eye() {
    let cases = [
        ("nav-menu", UNLIKELY | BESIDE),
        ("site-header", UNLIKELY),
        ("entry-content", MAYBE),
        ("main-nav", MAYBE),
        ("ADS", UNLIKELY),
        ("loads", 0),
        ("head_top", UNLIKELY),
        ("heading", 0),
        ("x-head", UNLIKELY),
        ("post-tags", UNLIKELY),
        ("tagsx", 0),
        ("x_nav", 0),
        ("navy", 0),
        ("NavBar", UNLIKELY | BESIDE),
        ("widget_text", UNLIKELY | BESIDE),
        ("widget", 0),
        ("Sidebar-Right", UNLIKELY | BESIDE),
        ("byline", UNLIKELY),
        ("post", 0),
        ("", 0),
    ];
    for (name, want) in cases {
        assert_eq!(by_bytes(name), want, "{name:?}");
        assert_eq!(by_regex(name), want, "{name:?} (regex)");
    }
    assert_eq!(bits("ſidebar"), None);
}

/// Names built from the lists' words, their edges and case changes, taken
/// by a fixed pseudo-random sequence.
fn names() -> Vec<String> {
    let mut parts: Vec<String> = WORDS
        .iter()
        .map(|w| String::from_utf8_lossy(w.text).into_owned())
        .collect();
    for p in [
        "", "x", "1", "_", "-", " ", "\t", "\x0b", "s", "er", "ing", "A", "n", "a", "d", "h",
        "ead", "av", "ag", "wid", "get", "title", "Headline", "sub", "site", "-a", "d-", "Nav",
        "HEAD", "aDs", "Tags", "MENU", "\u{7f}",
    ] {
        parts.push(p.to_owned());
    }
    let mut out = Vec::new();
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..30_000 {
        let mut s = String::new();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        for k in 0..(x % 5 + 1) {
            let i = ((x >> (8 * k + 3)) % parts.len() as u64) as usize;
            let mut p = parts[i].clone();
            if (x >> (50 + k)) & 1 == 1 {
                p = p.to_ascii_uppercase();
            }
            s.push_str(&p);
        }
        out.push(s);
    }
    out
}

#[test]
fn bytes_agree_with_the_regexes() {
    for s in names() {
        assert_eq!(by_bytes(&s), by_regex(&s), "{s:?}");
        let lower = s.to_ascii_lowercase();
        let title = lower.contains("title") || lower.contains("headline");
        let b = bits(&s).expect("ASCII name");
        assert_eq!(b & TITLE != 0, title, "{s:?}");
    }
}

#[test]
fn class_and_id_read_apart_agree_with_them_joined() {
    let names = names();
    for pair in names.chunks(2) {
        let [class, id] = pair else { continue };
        let mut joined = format!("{class} {id} ");
        joined.truncate(joined.trim_end().len());
        let apart = by_bytes(class) | by_bytes(id);
        let apart = if apart & MAYBE != 0 { MAYBE } else { apart };
        assert_eq!(apart, by_regex(&joined), "{class:?} + {id:?}");
    }
}
