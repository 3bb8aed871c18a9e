//! The dateline at the head of a dispatch: `Pyongyang, May 29 (KCNA) --`.

use chrono::NaiveDate;

use crate::model::Dateline;

/// Finds the dateline at the start of the first paragraph and resolves its date
/// against the page's date (`published`), rolling back a year where the month-day
/// would fall after it.
pub(crate) fn find(first_paragraph: &str, page_date: Option<NaiveDate>) -> Option<Dateline> {
    let _ = (first_paragraph, page_date);
    None
}
