//! The 34 labelled real texts of `tests/data/dev/` (copied from the project's
//! development set), each wrapped in a minimal KCNA Watch page and read with
//! [`kcna::parse`]; the statement and dateline fields are compared with the
//! labels.
//!
//! Label mapping: kind `press statement` → `press_statement`, `answer to
//! question` → `answer`, `article` → `commentary`; kind `report` with no speaker
//! is a news item → no statement; speaker `None` when both name and position are
//! null. A label of a dateline date without a year (`--11-14`) means the page
//! gives no year: the expected date is `None`.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

/// Texts whose label the library does not reach, per field, with the reason.
/// Keep this list short: every entry is a known miss.
const KNOWN_MISSES: &[(&str, &str, &str)] = &[];

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A KCNA Watch article page around the text (no Date line without a date).
fn page(v: &Value) -> String {
    let title = v["title"].as_str().unwrap_or_default();
    let mut html = format!(
        "<!DOCTYPE html><html><head><title>{t} | KCNA Watch</title>\
         <meta property=\"og:site_name\" content=\"KCNA Watch\"></head><body>\
         <h1>{t}</h1>",
        t = escape(title)
    );
    if let Some(date) = v["publication_date"].as_str() {
        let (y, rest) = date.split_at(4);
        let (m, d) = (&rest[1..3], &rest[4..6]);
        html.push_str(&format!(
            "<p class=\"article-meta\">Date: {d}/{m}/{y} | Source: KCNA (En) | \
             <a href=\"http://www.kcna.kp/\">Read original version at source</a></p>"
        ));
    }
    html.push_str("<div class=\"article-content\">");
    for p in v["body"].as_array().into_iter().flatten() {
        html.push_str(&format!(
            "<p>{}</p>",
            escape(p.as_str().unwrap_or_default())
        ));
    }
    html.push_str("</div></body></html>");
    html
}

fn expected_kind(label: &str) -> &str {
    match label {
        "press statement" => "press_statement",
        "answer to question" => "answer",
        "article" => "commentary",
        other => other,
    }
}

#[derive(Default)]
struct Score {
    ok: usize,
    total: usize,
    misses: Vec<String>,
}

#[test]
fn dev_texts_match_their_labels() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dev");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data/dev exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 34, "the 34 dev texts");

    let mut scores: BTreeMap<&str, Score> = BTreeMap::new();
    let mut unexpected = Vec::new();
    for path in &files {
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let article = kcna::parse(&page(&v)).unwrap_or_else(|e| panic!("{id}: {e}"));
        let got = serde_json::to_value(&article).unwrap();

        let label_kind = v["kind"].as_str().unwrap_or_default();
        let no_speaker = v["speaker_name"].is_null() && v["speaker_position"].is_null();
        let news = label_kind == "report" && no_speaker;
        let st = &got["statement"];
        let want_dateline = v["dateline_date"]
            .as_str()
            .filter(|d| !d.starts_with("--"))
            .map(str::to_owned);

        let fields: [(&str, Value, Value); 5] = [
            (
                "kind",
                if news {
                    Value::Null
                } else {
                    Value::from(expected_kind(label_kind))
                },
                st.get("kind").cloned().unwrap_or(Value::Null),
            ),
            (
                "name",
                v["speaker_name"].clone(),
                st["speaker"].get("name").cloned().unwrap_or(Value::Null),
            ),
            (
                "position",
                v["speaker_position"].clone(),
                st["speaker"]
                    .get("position")
                    .cloned()
                    .unwrap_or(Value::Null),
            ),
            (
                "issued",
                v["issuing_date"].clone(),
                st.get("issued").cloned().unwrap_or(Value::Null),
            ),
            (
                "dateline_date",
                want_dateline.map(Value::from).unwrap_or(Value::Null),
                got["dateline"].get("date").cloned().unwrap_or(Value::Null),
            ),
        ];
        for (field, want, have) in fields {
            let s = scores.entry(field).or_default();
            s.total += 1;
            if want == have {
                s.ok += 1;
            } else {
                let line = format!("{id} {field}: want {want}, got {have}");
                s.misses.push(line.clone());
                if !KNOWN_MISSES.iter().any(|(i, f, _)| *i == id && *f == field) {
                    unexpected.push(line);
                }
            }
        }
    }
    println!("{:<14} {:>5}", "field", "match");
    for (field, s) in &scores {
        println!("{field:<14} {:>2}/{:<2}", s.ok, s.total);
        for m in &s.misses {
            println!("    {m}");
        }
    }
    assert!(
        unexpected.is_empty(),
        "{} unexpected misses:\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
}
