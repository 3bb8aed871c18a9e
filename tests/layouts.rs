//! Every real dev text (`tests/data/dev`, 34 labelled articles) rendered in every
//! layout the crate reads, in markup written independently of the golden fixtures
//! and of the site modules, from what `SITES.md` records of each site. For each
//! rendering: the layout detected, the title, the publication date and the body
//! (word 4-gram F1 against the text's own paragraphs) must come out right.
//!
//! This is a second opinion beside the golden fixtures: other markup, the same
//! texts. Scores are printed per layout; the assertions are the targets the
//! project set for real pages: ≥ 98 % on detection, title and published, and body
//! F1 ≥ 0.98 on ≥ 98 % of pages. The text-level fields (dateline, statement) must
//! come out the same in every layout as in the KCNA Watch one: they read text,
//! whatever page it stands in.

use std::collections::HashMap;
use std::fmt::Write;

use serde_json::Value;

struct Text {
    id: String,
    title: String,
    published: Option<(i32, u32, u32)>,
    body: Vec<String>,
    source_url: String,
}

fn dev_texts() -> Vec<Text> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dev");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data/dev exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 34, "dev texts missing in {}", dir.display());
    files
        .iter()
        .map(|p| {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
            let published = v["publication_date"].as_str().map(|s| {
                let mut it = s.split('-').map(|x| x.parse::<u32>().unwrap());
                (
                    it.next().unwrap() as i32,
                    it.next().unwrap(),
                    it.next().unwrap(),
                )
            });
            Text {
                id: p.file_stem().unwrap().to_string_lossy().into_owned(),
                title: v["title"].as_str().unwrap().to_owned(),
                published,
                body: v["body"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|b| b.as_str().unwrap().to_owned())
                    .collect(),
                source_url: v["source_url"].as_str().unwrap_or("").to_owned(),
            }
        })
        .collect()
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn paragraphs(t: &Text, open: &str, close: &str) -> String {
    let mut s = String::new();
    for p in &t.body {
        let _ = writeln!(s, "{open}{}{close}", esc(p));
    }
    s
}

fn kcnawatch(t: &Text, variant: usize) -> (String, Option<String>) {
    let date = t
        .published
        .map(|(y, m, d)| format!("Date: {d:02}/{m:02}/{y} | "))
        .unwrap_or_default();
    let cards = "<h2>More From KCNA (En)</h2><div class=\"row\"><div class=\"col-md-4\"><div class=\"article-desc\"><h4><a href=\"https://kcnawatch.org/newstream/1773290000-917000000/voters/\">Voters' lists announced</a></h4><p class=\"d-none d-md-block\">The sub-constituency election committees for the election</p><p class=\"articled-date\"><span> March 11, 2026</span></p></div></div></div>";
    let html = if variant.is_multiple_of(2) {
        format!(
            "<!DOCTYPE html><html lang=\"en-US\"><head><meta charset=\"UTF-8\"><title>{t_} | KCNA Watch</title>\
<meta property=\"og:site_name\" content=\"KCNA Watch\"></head><body><header><div class=\"header-date\"><span>March 12, 2026</span><span>Mar 12, 2026</span></div>\
<nav><ul><li><a href=\"https://kcnawatch.org/newstream/\">Newstream</a></li><li><a href=\"https://kcnawatch.org/photos/\">Photos</a></li></ul></nav></header>\
<main><div class=\"article-source\"><span>KCNA</span> <a class=\"source-name\" href=\"https://kcnawatch.org/newstream/?source=1\">KCNA (En)</a></div>\
<article><h1 class=\"article-title\">{t_}</h1><div class=\"article-meta\"><p>{date}Source: KCNA (En) | <a href=\"{src}\">Read original version at source</a></p></div>\
<div class=\"article-content\">{body}</div><div class=\"share-buttons\"><a href=\"#\">Tweet</a> <a href=\"#\">Share</a></div></article>\
<section class=\"more-from\">{cards}</section></main><footer><p>KCNA Watch is a product of NK Pro.</p></footer></body></html>",
            t_ = esc(&t.title),
            src = esc(&t.source_url),
            body = paragraphs(t, "<p>", "</p>"),
        )
    } else {
        // No theme classes at all: only the text order of the page to go by.
        format!(
            "<html><head><title>{t_} | KCNA Watch</title></head><body><div><span>March 12, 2026</span></div>\
<div><span>KCNA</span> <a href=\"https://kcnawatch.org/newstream/?source=1\">KCNA (En)</a></div>\
<div><h1>{t_}</h1><div><p>{date}Source: KCNA (En) | <a href=\"{src}\">Read original version at source</a></p></div>\
<div class=\"entry\">{body}</div></div><div>{cards}</div><footer><p>&copy; Korea Risk Group. All rights reserved.</p></footer></body></html>",
            t_ = esc(&t.title),
            src = esc(&t.source_url),
            body = paragraphs(t, "<p>", "</p>"),
        )
    };
    let url = variant
        .is_multiple_of(3)
        .then(|| "https://kcnawatch.org/newstream/1708761610-371042889/x/".to_owned());
    (html, url)
}

fn kcna_kp(t: &Text, variant: usize) -> (String, Option<String>) {
    let date = match t.published {
        Some((y, m, d)) if variant.is_multiple_of(2) => format!("[{y}.{m}.{d}.]"),
        Some((y, m, d)) => format!("Juche {}.{m}.{d}.", y - 1911),
        None => String::new(),
    };
    let footer = t
        .published
        .map(|(y, m, d)| format!("www.kcna.kp (Juche{}.{m}.{d}.)", y - 1911))
        .unwrap_or_default();
    let html = format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>KCNA | Article | {t_}</title></head><body>\
<header><ul class=\"menu\"><li><a href=\"/en/\">Home</a></li><li><a href=\"/en/category/articles/q/1ee9bdb7186944f765208f34ecfb5407.kcmsf\">Top News</a></li><li><a href=\"/en/media/list\">Photos</a></li></ul></header>\
<div class=\"article-content-title\"><div class=\"article-main-title\"><strong>{t_}</strong></div></div>\
<div class=\"publish-time\">{date}</div>\
<div class=\"article-content-body\"><div class=\"content-wrapper\">{body}</div></div>\
<ul class=\"article-link\"><li><a href=\"/en/article/q/0a1b2c3d4e5f60718293a4b5c6d7e8f9.kcmsf\">Greetings to Nepalese President<span class=\"publish-time\">[2024.5.19.]</span></a></li></ul>\
<footer><p>{footer}</p></footer></body></html>",
        t_ = esc(&t.title),
        body = paragraphs(t, "<p>", "</p>"),
    );
    let url = variant.is_multiple_of(3).then(|| {
        "http://www.kcna.kp/en/article/q/59b4eb9b3cc6925359ade3537d043ec8.kcmsf".to_owned()
    });
    (html, url)
}

fn vok(t: &Text, variant: usize) -> (String, Option<String>) {
    let date = t
        .published
        .map(|(y, m, d)| format!("({y}.{m}.{d})"))
        .unwrap_or_default();
    let html = format!(
        "<html><head><title>Voice of Korea</title></head><body>\
<div class=\"header\"><a href=\"/index.php/home/main/en\">Home</a> <a href=\"/index.php/home/main/en\">News</a> <a href=\"/index.php/home/main/en\">Music</a></div>\
<div class=\"detail\"><h3>{t_}</h3><p>{date}</p>{body}</div>\
<div class=\"other-news\"><h4>Other news</h4><ul><li><a href=\"/index.php/detail_com/comde/0123456789abcdef/en\">·Fishing vessels sail out (2024.3.11)</a></li></ul></div>\
<div class=\"footer\">Voice of Korea</div></body></html>",
        t_ = esc(&t.title),
        body = paragraphs(t, "<p>", "</p>"),
    );
    let url = variant
        .is_multiple_of(3)
        .then(|| "http://vok.rep.kp/index.php/detail_com/comde/ae1d3c1f1ae8a3b6/en".to_owned());
    (html, url)
}

fn kcna_co_jp(t: &Text, variant: usize) -> (String, Option<String>) {
    let cal = t
        .published
        .map(|(y, m, d)| {
            format!(
                "calendar&gt;&gt;{} {d}. {y} Juche {}",
                MONTHS[m as usize - 1],
                y - 1911
            )
        })
        .unwrap_or_default();
    let mut body = String::new();
    for p in &t.body {
        let _ = write!(body, "&nbsp;&nbsp;{}<br>", esc(p));
    }
    let html = format!(
        "<html><head><title>{t_}</title></head><body><table width=\"100%\"><tr><td>\
<table><tr><td class=\"cal\">{cal}</td></tr></table>\
<table><tr><td><b>{t_}</b></td></tr><tr><td>{body}</td></tr></table>\
<p>Copyright (C) KOREA NEWS SERVICE(KNS) All Rights Reserved.</p></td></tr></table></body></html>",
        t_ = esc(&t.title),
    );
    let url = variant
        .is_multiple_of(3)
        .then(|| "http://www.kcna.co.jp/item/2011/201106/news12/20110612-01ee.html".to_owned());
    (html, url)
}

fn rodong(t: &Text, variant: usize) -> (String, Option<String>) {
    let date = t
        .published
        .map(|(y, m, d)| format!("{y}.{m:02}.{d:02}"))
        .unwrap_or_default();
    let html = format!(
        "<html><head><title>Rodong Sinmun</title></head><body><div class=\"menu\"><a href=\"/en/\">Home</a> <a href=\"/en/\">Politics</a></div>\
<div id=\"articleContent\"><p class=\"TitleP\">{t_}</p><p id=\"article-date\">{date}</p>{body}</div>\
<div class=\"footer\">Rodong Sinmun</div></body></html>",
        t_ = esc(&t.title),
        body = paragraphs(t, "<p class=\"TextP\">", "</p>"),
    );
    let url = variant.is_multiple_of(3).then(|| {
        "http://www.rodong.rep.kp/en/index.php?MTJAMjAyNS0xMC0xMC0wMTNAM0AxQEAwQDNA".to_owned()
    });
    (html, url)
}

fn four_grams(paragraphs: &[String]) -> HashMap<Vec<String>, usize> {
    let words: Vec<String> = paragraphs
        .iter()
        .flat_map(|p| p.split_whitespace())
        .filter(|w| *w != "-0-")
        .map(str::to_owned)
        .collect();
    let mut m = HashMap::new();
    for w in words.windows(4) {
        *m.entry(w.to_vec()).or_insert(0) += 1;
    }
    m
}

fn f1(got: &[String], want: &[String]) -> f64 {
    let (g, w) = (four_grams(got), four_grams(want));
    let common: usize = g
        .iter()
        .map(|(k, n)| (*n).min(*w.get(k).unwrap_or(&0)))
        .sum();
    let (gn, wn): (usize, usize) = (g.values().sum(), w.values().sum());
    if gn == 0 || wn == 0 {
        return if gn == wn { 1.0 } else { 0.0 };
    }
    let (p, r) = (common as f64 / gn as f64, common as f64 / wn as f64);
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

type Render = fn(&Text, usize) -> (String, Option<String>);

#[test]
fn dev_texts_in_every_layout() {
    let texts = dev_texts();
    let layouts: [(&str, Render); 5] = [
        ("kcnawatch", kcnawatch),
        ("kcna_kp", kcna_kp),
        ("vok", vok),
        ("kcna_co_jp", kcna_co_jp),
        ("rodong", rodong),
    ];
    let mut report = String::new();
    let mut failures = Vec::new();
    // The text-level fields of each text as read from its KCNA Watch page.
    let mut reference: HashMap<String, Value> = HashMap::new();
    let mut text_field_diffs = 0;
    let (mut total, mut site_ok, mut title_ok, mut pub_ok, mut body_ok) = (0, 0, 0, 0, 0);
    for (name, render) in layouts {
        let (mut s, mut ti, mut pu, mut bo) = (0, 0, 0, 0);
        for (i, t) in texts.iter().enumerate() {
            let (html, url) = render(t, i);
            let mut opts = kcna::Options::new();
            if let Some(u) = &url {
                opts = opts.url(u);
            }
            let tag = format!("{name}/{}", t.id);
            let a = match opts.parse(&html) {
                Ok(a) => a,
                Err(e) => {
                    failures.push(format!("{tag}: {e}"));
                    continue;
                }
            };
            let want_pub = t
                .published
                .and_then(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d));
            let checks = [
                (a.site.as_str() == name, "site", a.site.as_str().to_owned()),
                (a.title == t.title, "title", a.title.clone()),
                (
                    a.published == want_pub,
                    "published",
                    format!("{:?}", a.published),
                ),
            ];
            let score = f1(&a.body, &t.body);
            let text_fields = serde_json::json!({
                "dateline": serde_json::to_value(&a.dateline).unwrap(),
                "statement": serde_json::to_value(&a.statement).unwrap(),
            });
            match reference.get(&t.id) {
                None => {
                    reference.insert(t.id.clone(), text_fields);
                }
                Some(want) if *want != text_fields => {
                    text_field_diffs += 1;
                    failures.push(format!(
                        "{tag}: dateline/statement differ from the KCNA Watch page: {text_fields} vs {want}"
                    ));
                }
                Some(_) => {}
            }
            for (ok, field, got) in &checks {
                if !ok {
                    failures.push(format!("{tag}: {field} = {got:?}"));
                }
            }
            s += usize::from(checks[0].0);
            ti += usize::from(checks[1].0);
            pu += usize::from(checks[2].0);
            if score >= 0.98 {
                bo += 1;
            } else {
                failures.push(format!("{tag}: body F1 {score:.3}"));
            }
        }
        let _ = writeln!(
            report,
            "{name:<11} site {s}/{n} title {ti}/{n} published {pu}/{n} body {bo}/{n}",
            n = texts.len()
        );
        total += texts.len();
        site_ok += s;
        title_ok += ti;
        pub_ok += pu;
        body_ok += bo;
    }
    println!("{report}");
    for f in &failures {
        println!("  {f}");
    }
    assert_eq!(
        text_field_diffs,
        0,
        "dateline/statement depend on the layout:\n{}",
        failures.join("\n")
    );
    let pct = |n: usize| n as f64 * 100.0 / total as f64;
    for (what, n) in [
        ("site", site_ok),
        ("title", title_ok),
        ("published", pub_ok),
        ("body", body_ok),
    ] {
        assert!(
            pct(n) >= 98.0,
            "{what}: {:.1}% of {total} renderings right, want ≥ 98%\n{report}\n{}",
            pct(n),
            failures.join("\n")
        );
    }
}
