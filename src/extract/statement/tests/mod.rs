//! Table tests for statements: every row of `PHRASES.md`, built from the
//! patterns with real names and paraphrased wording. Expected values come from
//! reading the sentence, not from the library.

use chrono::NaiveDate;

use super::extract;

mod issued;
mod kind;
mod speaker;
mod traps;

/// (kind, name, position, issued)
pub(super) type Want = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
);

/// (what the case checks, title, paragraphs, reference date, expected)
pub(super) type Case = (
    &'static str,
    &'static str,
    &'static [&'static str],
    Option<&'static str>,
    Option<Want>,
);

pub(super) fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

pub(super) fn run(cases: &[Case]) -> usize {
    let mut failures = Vec::new();
    for (what, title, body, reference, want) in cases {
        let body: Vec<String> = body.iter().map(|p| (*p).to_owned()).collect();
        let got = extract(title, &body, reference.map(date));
        let got = got.map(|s| {
            (
                s.kind.as_str().to_owned(),
                s.speaker.as_ref().and_then(|p| p.name.clone()),
                s.speaker.as_ref().and_then(|p| p.position.clone()),
                s.issued.map(|d| d.to_string()),
            )
        });
        let want = want.map(|(k, n, p, i)| {
            (
                k.to_owned(),
                n.map(str::to_owned),
                p.map(str::to_owned),
                i.map(str::to_owned),
            )
        });
        if got != want {
            failures.push(format!("{what}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    cases.len()
}

pub(super) const FM_SPOKESMAN: &str = "spokesman for the DPRK Foreign Ministry";
pub(super) const KYJ_POS: &str =
    "vice department director of the Central Committee of the Workers' Party of Korea";
