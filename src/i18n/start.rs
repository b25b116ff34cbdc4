//! The first screens: the welcome, the dashboard's cards, the loading frame, notices and the
//! pages for a wrong address or a broken link.

#[allow(unused_imports)]
use super::*;
