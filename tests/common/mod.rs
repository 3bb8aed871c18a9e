//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use serde_json::Value;

/// The folder that holds every fixture.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// One golden case: `tests/fixtures/<site>/<case>/` with `page.html`,
/// `expected.json` (an object, or an array for a page of several articles) and an
/// optional `url.txt` (the address passed as a hint).
pub struct Case {
    pub dir: PathBuf,
    pub site: String,
}

/// The folder under `tests/fixtures/` that holds the scripts generating fixtures,
/// not a site.
pub const TOOLS_DIR: &str = "tools";

/// Every case folder under `tests/fixtures/<site>/`.
pub fn cases() -> Vec<Case> {
    let mut out = Vec::new();
    let mut sites: Vec<_> = std::fs::read_dir(fixtures_dir())
        .expect("tests/fixtures exists")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir() && e.file_name() != TOOLS_DIR)
        .collect();
    sites.sort_by_key(|e| e.path());
    for s in sites {
        let mut dirs: Vec<_> = std::fs::read_dir(s.path())
            .expect("site folder readable")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.join("page.html").is_file())
            .collect();
        dirs.sort();
        for dir in dirs {
            out.push(Case {
                dir,
                site: s.file_name().to_string_lossy().into_owned(),
            });
        }
    }
    out
}

impl Case {
    pub fn html(&self) -> Vec<u8> {
        std::fs::read(self.dir.join("page.html")).expect("page.html readable")
    }

    pub fn expected(&self) -> Value {
        let p = self.dir.join("expected.json");
        let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    pub fn url(&self) -> Option<String> {
        std::fs::read_to_string(self.dir.join("url.txt"))
            .ok()
            .map(|s| s.trim().to_owned())
    }

    pub fn options(&self) -> kcna::Options {
        let mut o = kcna::Options::new();
        if let Some(u) = self.url() {
            o = o.url(&u);
        }
        o
    }
}

/// Compares one article's JSON with the expected object key by key, naming the
/// fixture and the key in the failure message.
#[track_caller]
pub fn assert_article(path: &Path, got: &Value, want: &Value) -> Vec<String> {
    let mut diffs = Vec::new();
    let (Some(g), Some(w)) = (got.as_object(), want.as_object()) else {
        return vec![format!(
            "{}: expected and actual must be objects",
            path.display()
        )];
    };
    for (k, wv) in w {
        let gv = g.get(k).unwrap_or(&Value::Null);
        if gv != wv {
            diffs.push(format!(
                "{}: field `{k}`\n   got: {}\n  want: {}",
                path.display(),
                short(gv),
                short(wv)
            ));
        }
    }
    for k in g.keys() {
        if !w.contains_key(k) {
            diffs.push(format!("{}: unexpected field `{k}`", path.display()));
        }
    }
    diffs
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    if s.len() > 600 {
        format!(
            "{}…",
            &s[..s.char_indices().nth(600).map_or(s.len(), |(i, _)| i)]
        )
    } else {
        s
    }
}
