//! Tolerance over days (facts §2.4 and §3), illustrative. Two tolerance states, each from 0 to 1:
//! to the feeling (euphoria and pain relief) and to breathing depression. Each rises on a day of
//! use and falls every day, at the rates of §2.4; breathing tolerance builds more slowly and less
//! completely. Tolerance acts as a potency shift: the same dose acts like `dose / (1 + R·T)`.
//!
//! No good human time constant exists for the loss of tolerance (§3.3): these rates reproduce the
//! shape of the evidence (risk highest in the first two weeks after stopping), not a measurement.

use super::pharmacology::{respond, Ligand, K_FULL};
use super::sane;

/// Daily rise while using (`k_up`) and daily fall (`k_down`, a five-day half-life), §2.4.
pub const RISE_FEELING: f64 = 0.30;
pub const RISE_BREATHING: f64 = 0.08;
pub const FALL: f64 = std::f64::consts::LN_2 / 5.0;
/// The largest potency shift full tolerance brings (§2.4's R): feeling 45-fold, breathing 42-fold.
/// With daily use the states level off near 0.68 and 0.37, so the usual amount feels like 1 first
/// dose at about 32 doses, while breathing tolerance shifts only about 16-fold.
pub const SHIFT_FEELING: f64 = 45.0;
pub const SHIFT_BREATHING: f64 = 42.0;
/// The longest scenario the model follows, in days.
pub const MAX_DAYS: u32 = 3650;

/// A pattern of use: how long, how often, how much, how long a break, and the dose taken again.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scenario {
    /// Days of use before stopping.
    pub use_days: u32,
    /// Days of use in each week while using (1–7; 7 = every day).
    pub days_per_week: u32,
    /// The usual dose on a day of use, in typical doses for someone new to opioids.
    pub dose: f64,
    /// Days without opioids after the last day of use.
    pub break_days: u32,
    /// The dose taken on starting again, in the same units.
    pub restart_dose: f64,
}

impl Scenario {
    fn uses_on(&self, day: u32) -> bool {
        day < self.use_days.min(MAX_DAYS) && day % 7 < self.days_per_week.clamp(1, 7)
    }
}

/// One day of a scenario, at its start (before that day's use).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Day {
    pub day: u32,
    /// Whether the day is one of use.
    pub using: bool,
    pub tolerance_feeling: f64,
    pub tolerance_breathing: f64,
    /// The dose that now gives the feeling one typical dose gave at first.
    pub dose_to_feel_the_same: f64,
    /// Breathing, as a share of normal, if the usual dose were taken that day.
    pub breathing_at_usual_dose: f64,
    /// Breathing, as a share of normal, if the restart dose were taken that day.
    pub breathing_at_restart_dose: f64,
}

/// Breathing (share of normal) after `doses` of a full agonist at a breathing-tolerance level.
pub fn breathing_after(doses: f64, tolerance_breathing: f64) -> f64 {
    let shift = 1.0 + SHIFT_BREATHING * tolerance_breathing.clamp(0.0, 1.0);
    respond(&[Ligand { amount: sane(doses, 1e9), k: K_FULL, efficacy: 1.0 }], shift).breathing
}

fn step(t: f64, rise: f64, using: bool) -> f64 {
    let up = if using { rise * (1.0 - t) } else { 0.0 };
    (t + up - FALL * t).clamp(0.0, 1.0)
}

/// The scenario day by day, from the first day of use to the end of the break (inclusive).
pub fn course(s: &Scenario) -> Vec<Day> {
    let total = s.use_days.min(MAX_DAYS) + s.break_days.min(MAX_DAYS);
    let dose = sane(s.dose, 1e6);
    let restart_dose = sane(s.restart_dose, 1e6);
    let (mut feel, mut breath) = (0.0, 0.0);
    (0..=total)
        .map(|day| {
            let using = s.uses_on(day);
            let today = Day {
                day,
                using,
                tolerance_feeling: feel,
                tolerance_breathing: breath,
                dose_to_feel_the_same: 1.0 + SHIFT_FEELING * feel,
                breathing_at_usual_dose: breathing_after(dose, breath),
                breathing_at_restart_dose: breathing_after(restart_dose, breath),
            };
            feel = step(feel, RISE_FEELING, using);
            breath = step(breath, RISE_BREATHING, using);
            today
        })
        .collect()
}

/// The day `days_after` the last day of use (0 = the first day without).
pub fn after_stopping(s: &Scenario, days_after: u32) -> Option<Day> {
    course(s).into_iter().nth((s.use_days.min(MAX_DAYS) + days_after) as usize)
}

/// The restart simulator's breaks: a few days, a week in hospital, a month in detox without
/// medicine, release from prison. Treatment with methadone or buprenorphine is not a break: it
/// keeps tolerance, which is why staying on it protects (the chapter says so).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Break {
    FewDays,
    HospitalWeek,
    DetoxMonth,
    PrisonRelease,
}

impl Break {
    pub const ALL: [Break; 4] = [Break::FewDays, Break::HospitalWeek, Break::DetoxMonth, Break::PrisonRelease];

    /// Days without opioids. The month in detox is the 28-day inpatient programme of Strang 2003
    /// (detox without medicine); for prison, any stay of more than a few weeks ends in the same
    /// place, so 90 days stands in.
    pub fn days(self) -> u32 {
        match self {
            Break::FewDays => 3,
            Break::HospitalWeek => 7,
            Break::DetoxMonth => 28,
            Break::PrisonRelease => 90,
        }
    }
}

/// The restart simulator's default: two months of daily use at 20 typical doses (facts §2.4).
pub const DEFAULT_SCENARIO: Scenario =
    Scenario { use_days: 60, days_per_week: 7, dose: 20.0, break_days: 30, restart_dose: 20.0 };

/// The stimulus at which breathing falls to a fifth of normal (the danger line): with
/// E = Sⁿ/(1+Sⁿ) = 0.8 and n = 3, S = 4^(1/3). Written out to keep `powf` out of the wasm.
const S_DANGER: f64 = 1.587_401_051_968_199_4;

/// The dose (in typical first doses of a full agonist) at which breathing falls to a fifth of
/// normal, at a breathing-tolerance level: the line the tolerance chapter draws. About 2.6 doses
/// for someone new to opioids, and less for some people or with fentanyl (Dahan 2005: about 2);
/// it rises with tolerance, but more slowly than the dose needed to feel the same.
pub fn dangerous_dose(tolerance_breathing: f64) -> f64 {
    let p = S_DANGER / super::pharmacology::RESERVE_BREATHING;
    let shift = 1.0 + SHIFT_BREATHING * sane(tolerance_breathing, 1.0).clamp(0.0, 1.0);
    p / (1.0 - p) * K_FULL * shift
}

/// How often someone uses, for the tolerance chapter: days of use in each week.
pub const HOW_OFTEN: [u32; 3] = [7, 3, 1];
