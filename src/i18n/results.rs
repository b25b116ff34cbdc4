//! Results and goals: outcomes, goals, reminders and the charts' labels and tooltips.

//! #[allow(unused_imports)]
//! use super::*;
