//! Yew components: thin views over the content and settings. State that changes lives in
//! `app::AppState` (a reducer); text, settings and layout reach every view as one [`View`]
//! (plain functions take it, `SimView` reads it from the [`Shared`] context).

pub mod app;
mod chapter;
mod check;
mod help;
mod hooks;
mod nav;
pub mod present;
mod quick_exit;
mod quiz;
mod sims;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_page;
mod view;

pub use app::{App, AppProps};
pub use check::check_view;
pub use sims::sim;

pub use view::{Shared, View};
