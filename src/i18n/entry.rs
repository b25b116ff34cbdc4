//! Recording a snapshot: the form, the paste box, quick add, capture, and the history; the
//! paste's, the form's and the history's refusals worded.

#[allow(unused_imports)]
use super::*;
