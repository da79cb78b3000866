//! Yew components: thin views over the content and settings. State that changes lives in
//! `app::AppState` (a reducer); settings come from one context (`use_settings`).

pub mod app;
mod chapter;
mod check;
mod help;
mod hooks;
mod nav;
mod quick_exit;
mod sims;

use std::rc::Rc;

use yew::prelude::*;

use crate::config::Settings;
use crate::content::{bundle, Bundle};

pub use app::{App, AppProps};
pub use check::check_view;
pub use sims::sim;

/// The app-wide settings, provided once by [`App`].
#[hook]
pub fn use_settings() -> Rc<Settings> {
    use_context::<Rc<Settings>>().unwrap_or_default()
}

/// The text bundle for the reader's language.
#[hook]
pub fn use_text() -> &'static Bundle {
    bundle(use_settings().lang)
}
