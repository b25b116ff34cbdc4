//! Learn and the advice: what each pillar measures, what to do next, what moved and why,
//! worded in the user's language (the app's voice: the meaning translated, the honesty about
//! activity versus results kept).

#[allow(unused_imports)]
use super::*;
