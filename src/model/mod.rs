//! Illustrative models behind the simulations: plain Rust, no web dependencies, tested natively.
//!
//! Every number here is a teaching value from `opioids-facts.md` §2.4 (reproduced by its
//! `model-check.py`). They are not clinical parameters: doses are in abstract "typical doses for
//! someone new to opioids", never in milligrams, so no real-world dose can be read off a screen.

pub mod describe;
pub mod pharmacology;
pub mod reward;
pub mod tolerance;
pub mod withdrawal;

/// Replaces NaN and negative numbers with zero and caps huge ones, so that no input, however
/// strange, can push a NaN or an infinity through the formulas.
pub(crate) fn sane(x: f64, max: f64) -> f64 {
    if x.is_nan() || x <= 0.0 {
        0.0
    } else {
        x.min(max)
    }
}
