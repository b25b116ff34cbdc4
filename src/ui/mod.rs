//! UI components: `pages` are whole screens, `components` are widgets they share.
//! Components hold view state only; app state comes from the narrow pieces in [`state`], in context.

pub mod components;
pub mod disclosure;
pub mod format;
pub mod pages;
pub mod pasting;
pub mod screen_changes;
pub mod state;
