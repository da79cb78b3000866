//! The reward circuit (facts §1.4): opioids quiet the GABA "brake" neurons that hold dopamine
//! neurons back, so the dopamine neurons fire faster (disinhibition). Shapes are illustrative:
//! the point is how long each lasts, not how high it goes.

use super::pharmacology::{respond, Ligand, K_FULL};
use super::sane;

/// How active the brake neurons are with `doses` of a full agonist on board: 1 = usual, 0 = silent.
/// They carry mu receptors, so the receptor model's pain-circuit response stands in for them.
pub fn brake(doses: f64) -> f64 {
    1.0 - respond(&[Ligand { amount: sane(doses, 1e9), k: K_FULL, efficacy: 1.0 }], 1.0).pain_relief
}

/// Dopamine neuron firing compared with usual (1 = usual) when the brake is at `brake` (a brake
/// that is not a number counts as usual).
pub fn firing(brake: f64) -> f64 {
    let brake = if brake.is_nan() { 1.0 } else { brake.clamp(0.0, 1.0) };
    1.0 + 1.5 * (1.0 - brake)
}

/// Absorption and clearance rates per minute: absorbed within minutes, half gone every 90 minutes.
pub const ABSORB: f64 = 1.0 / 5.0;
pub const CLEAR: f64 = std::f64::consts::LN_2 / 90.0;
/// When the amount on board peaks, `ln(ABSORB / CLEAR) / (ABSORB - CLEAR)`, written out so the
/// wasm needs no logarithm (a native test checks it).
pub const PEAK_MINUTES: f64 = 16.936621818020882;

/// Amount of one opioid dose on board `minutes` after it is taken: absorbed within minutes, then
/// halving every 90 minutes (a short-acting opioid lasting 3–4 hours). Peaks near 1.
pub fn opioid_on_board(minutes: f64) -> f64 {
    if minutes.is_nan() || minutes <= 0.0 {
        return 0.0;
    }
    let t = minutes.min(1e6);
    let bateman = |t: f64| (-CLEAR * t).exp() - (-ABSORB * t).exp();
    (bateman(t) / bateman(PEAK_MINUTES)).clamp(0.0, 1.0)
}

/// The dose followed over time: twice a typical first dose, as someone used to opioids might take.
const DOSE: f64 = 2.0;

/// Dopamine firing (1 = usual) `minutes` after an opioid dose.
pub fn after_opioid(minutes: f64) -> f64 {
    firing(brake(DOSE * opioid_on_board(minutes)))
}

/// Dopamine firing (1 = usual) `minutes` after a natural reward such as a good meal: a short
/// burst that is over within about half an hour.
pub fn after_natural_reward(minutes: f64) -> f64 {
    if minutes.is_nan() || minutes <= 0.0 {
        return 1.0;
    }
    let x = minutes.min(1e6) / 4.0;
    1.0 + 0.6 * x * (1.0 - x).exp()
}
