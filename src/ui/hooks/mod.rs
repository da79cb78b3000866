//! `App`'s hooks, one concern each: the browser's events, and the title and focus that follow the
//! route.

mod browser;
mod title;

pub use browser::use_browser_events;
pub use title::use_title_and_focus;
