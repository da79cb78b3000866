//! Understanding Opioids: an embeddable, in-browser guide to how opioids act on the brain.
//!
//! Pure core (`content`, `config`, `route`, `quick_exit`) in plain Rust, tested natively; a thin
//! Yew view (`ui`); and one small module, `platform`, for everything that touches the browser.

pub mod config;
pub mod content;
pub mod model;
pub mod platform;
pub mod quick_exit;
pub mod route;
pub mod ui;
