//! People kept and the team: Compare, a saved person, the Team screen, refreshing and asking
//! for links.

#[allow(unused_imports)]
use super::*;
