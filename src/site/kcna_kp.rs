//! Layout of this site: not read yet; detection never picks it.

use super::{Page, RawPage};

pub(super) fn detect(_page: &Page<'_>) -> u32 {
    0
}

pub(super) fn extract(_page: &Page<'_>) -> Vec<RawPage> {
    Vec::new()
}
