//! Table tests for statements.
use chrono::NaiveDate;

use super::extract;

#[test]
fn smoke() {
    let body = vec!["Pyongyang, May 20 (KCNA) -- A spokesman for the Foreign Ministry of the DPRK released the following press statement on May 20:".to_string(), "Text.".to_string()];
    let s = extract("x", &body, NaiveDate::from_ymd_opt(2024, 5, 20));
    println!("{s:?}");
}
