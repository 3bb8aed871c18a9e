//! Statements: who issued the text, what kind of text it is, and the day it was
//! issued.

use chrono::NaiveDate;

use crate::model::PressStatement;

/// Reads the statement from the title and body paragraphs; `reference` is the date
/// that partial dates resolve against (the dateline date, else `published`).
pub(crate) fn extract(
    title: &str,
    body: &[String],
    reference: Option<NaiveDate>,
) -> Option<PressStatement> {
    let _ = (title, body, reference);
    None
}
