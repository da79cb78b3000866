//! "Staying safer": the overdose-risk factors of the facts file (§3.4, §1.5, §8). No score: for
//! each factor present, one concrete safety step; with none, the general steps.

use super::Answer;

/// A risk factor, in the order the check asks about them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Factor {
    /// Using alone.
    Alone,
    /// Mixing with alcohol, benzodiazepines or other sedatives.
    Mixing,
    /// A recent break: detox, hospital, prison or a few days without.
    RecentBreak,
    /// An unknown or changed supply (fentanyl).
    UnknownSupply,
    /// A previous overdose.
    PreviousOverdose,
    /// No naloxone at hand.
    NoNaloxone,
}

pub const FACTORS: [Factor; 6] = [
    Factor::Alone,
    Factor::Mixing,
    Factor::RecentBreak,
    Factor::UnknownSupply,
    Factor::PreviousOverdose,
    Factor::NoNaloxone,
];

/// A safety step the result page shows (its words are in `content/<lang>/`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Don't use alone: have someone with you, or call a never-use-alone line.
    NotAlone,
    /// Avoid mixing; if you do, use less of each, and not at the same time.
    DontMix,
    /// After a break, start with much less: tolerance fades within days.
    StartLow,
    /// Test strips, start with a small amount, go slow with a new supply.
    TestAndGoSlow,
    /// A previous overdose raises the risk of another: keep naloxone and a plan.
    Plan,
    /// Get naloxone: over the counter, free in many places.
    GetNaloxone,
}

/// The step for each factor.
pub fn step(f: Factor) -> Step {
    match f {
        Factor::Alone => Step::NotAlone,
        Factor::Mixing => Step::DontMix,
        Factor::RecentBreak => Step::StartLow,
        Factor::UnknownSupply => Step::TestAndGoSlow,
        Factor::PreviousOverdose => Step::Plan,
        Factor::NoNaloxone => Step::GetNaloxone,
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Steps for the factors answered yes, in the check's order.
    pub steps: Vec<Step>,
    /// True when no factor was answered yes: the page shows the general steps instead.
    pub general: bool,
    pub skipped: Vec<Factor>,
}

/// The general steps shown when no factor is present.
pub const GENERAL: [Step; 3] = [Step::NotAlone, Step::GetNaloxone, Step::StartLow];

pub fn result(answers: &[Answer; 6]) -> Outcome {
    let mut steps = Vec::new();
    let mut skipped = Vec::new();
    for (f, a) in FACTORS.iter().zip(answers) {
        match a {
            Answer::Yes => steps.push(step(*f)),
            Answer::Skipped => skipped.push(*f),
            Answer::No => {}
        }
    }
    let general = steps.is_empty();
    if general {
        // Someone who said naloxone is at hand is not told to get it.
        let has_naloxone = answers[5] == Answer::No;
        steps = GENERAL.iter().copied().filter(|&s| !(has_naloxone && s == Step::GetNaloxone)).collect();
    }
    Outcome { steps, general, skipped }
}
