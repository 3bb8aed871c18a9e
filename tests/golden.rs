//! Golden fixtures: every `tests/fixtures/<site>/<case>/page.html` parses to its
//! `expected.json`, compared field by field.

mod common;

use std::collections::BTreeMap;

use serde_json::Value;

#[test]
fn every_fixture_matches_its_expected_json() {
    let cases = common::cases();
    assert!(!cases.is_empty(), "no fixtures under tests/fixtures");
    let mut failures = Vec::new();
    for case in &cases {
        let html = String::from_utf8_lossy(&case.html()).into_owned();
        let expected = case.expected();
        let path = case.dir.join("expected.json");
        match &expected {
            Value::Array(items) => match case.options().parse_all(&html) {
                Ok(articles) => {
                    if articles.len() != items.len() {
                        failures.push(format!(
                            "{}: {} articles, want {}",
                            path.display(),
                            articles.len(),
                            items.len()
                        ));
                    }
                    for (i, (a, w)) in articles.iter().zip(items).enumerate() {
                        let got = serde_json::to_value(a).expect("serializes");
                        for d in common::assert_article(&path, &got, w) {
                            failures.push(format!("[item {i}] {d}"));
                        }
                    }
                }
                Err(e) => failures.push(format!("{}: parse failed: {e}", path.display())),
            },
            _ => match case.options().parse(&html) {
                Ok(a) => {
                    let got = serde_json::to_value(&a).expect("serializes");
                    failures.extend(common::assert_article(&path, &got, &expected));
                }
                Err(e) => failures.push(format!("{}: parse failed: {e}", path.display())),
            },
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn fixture_folders_are_not_empty() {
    let mut per_site: BTreeMap<String, usize> = BTreeMap::new();
    for c in common::cases() {
        *per_site.entry(c.site).or_default() += 1;
    }
    assert!(per_site.contains_key("kcnawatch"), "no kcnawatch fixtures");
    for dir in std::fs::read_dir(common::fixtures_dir()).expect("fixtures dir") {
        let dir = dir.expect("entry").path();
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        if dir.is_dir() && name != common::TOOLS_DIR {
            assert!(
                per_site.get(&name).copied().unwrap_or(0) > 0,
                "fixture folder {} holds no case",
                dir.display()
            );
        }
    }
}

#[test]
fn detection_names_the_fixture_folder_site() {
    for case in common::cases() {
        let html = String::from_utf8_lossy(&case.html()).into_owned();
        let Ok(a) = case.options().parse(&html) else {
            continue;
        };
        assert_eq!(
            a.site.as_str(),
            case.site,
            "{}: detected as {}",
            case.dir.display(),
            a.site
        );
    }
}
