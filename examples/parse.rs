//! Parses article pages and prints one JSON line per article (the form of
//! `SCHEMA.md`) on stdout.
//!
//! ```text
//! cargo run --release --example parse -- [--url URL] [FILE | -]...
//! ```
//!
//! `-` reads standard input. Files are read as bytes, in whatever encoding
//! (see `kcna::Options::parse_bytes`). With no FILE it parses a sample KCNA
//! Watch page bundled with the example. A file that fails prints `FILE: <error>` on stderr
//! and no JSON; the exit status is 1 if any file failed.

use std::io::{Read, Write};
use std::process::ExitCode;

const SAMPLE: &str = include_str!("data/kcnawatch-press-statement.html");

fn main() -> ExitCode {
    let mut url: Option<String> = None;
    let mut files: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--url" => match args.next() {
                Some(u) => url = Some(u),
                None => {
                    eprintln!("--url needs a value");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                eprintln!("usage: parse [--url URL] [FILE | -]...");
                return ExitCode::SUCCESS;
            }
            _ => files.push(arg),
        }
    }
    let mut options = kcna::Options::new();
    if let Some(u) = &url {
        options = options.url(u);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    let inputs: Vec<(String, Result<Vec<u8>, String>)> = if files.is_empty() {
        vec![("sample".to_owned(), Ok(SAMPLE.as_bytes().to_vec()))]
    } else {
        files.iter().map(|f| (f.clone(), read(f))).collect()
    };
    for (name, html) in inputs {
        let result = html.and_then(|h| options.parse_all_bytes(&h).map_err(|e| e.to_string()));
        match result {
            Ok(articles) => {
                for a in articles {
                    match serde_json::to_string(&a) {
                        Ok(line) => {
                            if writeln!(out, "{line}").is_err() {
                                return ExitCode::FAILURE;
                            }
                        }
                        Err(e) => {
                            eprintln!("{name}: {e}");
                            failed = true;
                        }
                    }
                }
            }
            Err(e) => {
                eprintln!("{name}: {e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn read(path: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let r = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    r.map_err(|e| e.to_string())?;
    Ok(bytes)
}
