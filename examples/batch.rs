//! Parses every file under one or more directories, in parallel on all cores, and
//! writes one JSON line per article.
//!
//! ```text
//! cargo run --release --example batch -- [--threads N] [--out FILE] [--progress] DIR...
//! ```
//!
//! Each line is the article's JSON form (`SCHEMA.md`) with one more key first,
//! `"file"`, the path of the page it came from. Lines come in the order of the
//! files (sorted paths), whatever the number of threads, so two runs give the
//! same output.
//!
//! Files that give no article are counted by kind of error; the first few are
//! named on stderr. While the run lasts, a progress line (files done, pages/s)
//! is shown on stderr if it is a terminal, or with `--progress`; a summary
//! (files, articles, errors by kind, MB/s, pages/s) ends the run. The exit
//! status is 0 even when some pages are not articles; it is 1 when output
//! could not be written, 2 for bad arguments.
//!
//! Files are read as bytes and handed to `kcna::parse_all_bytes`, which reads
//! the page's declared encoding (BOM, `<meta charset>`, else UTF-8).

use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde::Serialize;

/// How often the progress line may be redrawn.
const PROGRESS_EVERY: Duration = Duration::from_millis(250);
/// How many failing files are named on stderr.
const SHOW_ERRORS: usize = 10;

struct Args {
    threads: usize,
    out: Option<PathBuf>,
    progress: bool,
    dirs: Vec<PathBuf>,
}

const USAGE: &str = "usage: batch [--threads N] [--out FILE] [--progress] DIR...";

fn args() -> Result<Args, String> {
    let mut a = Args {
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        out: None,
        progress: std::io::stderr().is_terminal(),
        dirs: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--threads" | "-j" => {
                let v = it.next().ok_or("--threads needs a value")?;
                a.threads = v
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("--threads: not a positive number: {v}"))?;
            }
            "--out" | "-o" => a.out = Some(it.next().ok_or("--out needs a value")?.into()),
            "--progress" => a.progress = true,
            "--no-progress" => a.progress = false,
            "-h" | "--help" => return Err(String::new()),
            _ if arg.starts_with('-') && arg != "-" => return Err(format!("unknown option {arg}")),
            _ => a.dirs.push(arg.into()),
        }
    }
    if a.dirs.is_empty() {
        return Err("no directory given".into());
    }
    Ok(a)
}

/// Every file under `roots`, recursively, sorted; a root that is a file is taken
/// as it is. Walks with a stack (no recursion on depth).
fn files(roots: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack: Vec<PathBuf> = roots.to_vec();
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            match std::fs::read_dir(&p) {
                Ok(entries) => stack.extend(entries.flatten().map(|e| e.path())),
                Err(e) => eprintln!("{}: {e}", p.display()),
            }
        } else if p.is_file() {
            out.push(p);
        } else if !p.exists() {
            eprintln!("{}: no such file or directory", p.display());
        }
    }
    out.sort();
    out
}

/// What a worker found in one file.
struct Done {
    index: usize,
    bytes: u64,
    /// JSON lines (each with its newline), one per article.
    lines: String,
    articles: usize,
    /// The kind of error and its message, when the file gave no article.
    error: Option<(String, String)>,
}

#[derive(Serialize)]
struct Line<'a> {
    file: &'a str,
    #[serde(flatten)]
    article: &'a kcna::Article,
}

fn error_kind(e: &kcna::Error) -> String {
    match e {
        kcna::Error::Empty => "empty".into(),
        kcna::Error::NoText => "no_text".into(),
        kcna::Error::InputTooLarge { .. } => "input_too_large".into(),
        kcna::Error::NotAnArticle { site, missing } => {
            format!("not_an_article ({site}: no {missing})")
        }
        _ => "other".into(),
    }
}

fn work(index: usize, path: &Path) -> Done {
    let mut done = Done {
        index,
        bytes: 0,
        lines: String::new(),
        articles: 0,
        error: None,
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            done.error = Some(("io".into(), e.to_string()));
            return done;
        }
    };
    done.bytes = bytes.len() as u64;
    match kcna::parse_all_bytes(&bytes) {
        Ok(articles) => {
            let file = path.to_string_lossy();
            for article in &articles {
                let line = Line {
                    file: &file,
                    article,
                };
                match serde_json::to_string(&line) {
                    Ok(s) => {
                        done.lines.push_str(&s);
                        done.lines.push('\n');
                        done.articles += 1;
                    }
                    Err(e) => done.error = Some(("json".into(), e.to_string())),
                }
            }
        }
        Err(e) => done.error = Some((error_kind(&e), e.to_string())),
    }
    done
}

#[derive(Default)]
struct Totals {
    files: usize,
    bytes: u64,
    articles: usize,
    errors: BTreeMap<String, usize>,
}

fn main() -> ExitCode {
    let args = match args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("{e}");
            }
            eprintln!("{USAGE}");
            return if e.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            };
        }
    };
    let files = files(&args.dirs);
    let n = files.len();
    let threads = args.threads.min(n.max(1));
    let mut out: Box<dyn Write> = match &args.out {
        Some(p) => match File::create(p) {
            Ok(f) => Box::new(BufWriter::new(f)),
            Err(e) => {
                eprintln!("{}: {e}", p.display());
                return ExitCode::from(2);
            }
        },
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };

    let tty = std::io::stderr().is_terminal();
    let start = Instant::now();
    let next = AtomicUsize::new(0);
    let mut totals = Totals::default();
    let mut write_failed = None;
    std::thread::scope(|s| {
        let (tx, rx) = mpsc::channel::<Done>();
        for _ in 0..threads {
            let tx = tx.clone();
            let (next, files) = (&next, &files);
            s.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = files.get(i) else { break };
                    if tx.send(work(i, path)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);

        // Results arrive in any order; they are written in file order.
        let mut pending: HashMap<usize, Done> = HashMap::new();
        let mut next_out = 0;
        let mut shown_errors = 0;
        let mut last_progress = Instant::now();
        loop {
            let done = match rx.recv_timeout(PROGRESS_EVERY) {
                Ok(d) => Some(d),
                Err(mpsc::RecvTimeoutError::Timeout) => None,
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            };
            if let Some(d) = done {
                pending.insert(d.index, d);
            }
            while let Some(d) = pending.remove(&next_out) {
                next_out += 1;
                totals.files += 1;
                totals.bytes += d.bytes;
                totals.articles += d.articles;
                if let Some((kind, msg)) = d.error {
                    if shown_errors < SHOW_ERRORS {
                        shown_errors += 1;
                        clear_progress(args.progress && tty);
                        eprintln!("{}: {msg}", files[d.index].display());
                    }
                    *totals.errors.entry(kind).or_default() += 1;
                }
                if write_failed.is_none()
                    && let Err(e) = out.write_all(d.lines.as_bytes())
                {
                    // Stop the workers: nothing more can be written.
                    next.store(n, Ordering::Relaxed);
                    write_failed = Some(e);
                }
            }
            // A terminal gets a line redrawn in place a few times a second; a
            // log file a new line every few seconds.
            let every = if tty {
                PROGRESS_EVERY
            } else {
                PROGRESS_EVERY * 20
            };
            if args.progress && last_progress.elapsed() >= every {
                last_progress = Instant::now();
                let secs = start.elapsed().as_secs_f64().max(1e-9);
                eprint!(
                    "{}{}/{n} files, {:.0} pages/s, {} without an article{}",
                    if tty { "\r" } else { "" },
                    totals.files,
                    totals.files as f64 / secs,
                    totals.errors.values().sum::<usize>(),
                    if tty { "   " } else { "\n" },
                );
            }
        }
    });
    if write_failed.is_none()
        && let Err(e) = out.flush()
    {
        write_failed = Some(e);
    }
    let secs = start.elapsed().as_secs_f64().max(1e-9);
    clear_progress(args.progress && tty);

    let errors: usize = totals.errors.values().sum();
    eprintln!(
        "{} files ({:.1} MB) in {:.2} s on {threads} thread{}: {} articles, {errors} files without an article",
        totals.files,
        totals.bytes as f64 / 1e6,
        secs,
        if threads == 1 { "" } else { "s" },
        totals.articles,
    );
    for (kind, count) in &totals.errors {
        eprintln!("  {count:>8}  {kind}");
    }
    eprintln!(
        "{:.1} MB/s, {:.0} pages/s",
        totals.bytes as f64 / 1e6 / secs,
        totals.files as f64 / secs
    );
    match write_failed {
        Some(e) => {
            eprintln!("writing output: {e}");
            ExitCode::FAILURE
        }
        None => ExitCode::SUCCESS,
    }
}

fn clear_progress(progress: bool) {
    if progress {
        eprint!("\r{:60}\r", "");
    }
}
