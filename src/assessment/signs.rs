//! "Signs to talk about with a clinician": the 11 signs of opioid use disorder (DSM-5, facts §5.2),
//! asked in our own plain words about the past 12 months. Never a diagnosis: the result is a count
//! and what clinicians look for.
//!
//! If the person takes opioids only as prescribed, the tolerance and withdrawal signs are still
//! asked but not counted (clinicians do not count them under appropriate medical supervision).

use super::Answer;

pub const SIGNS: usize = 11;
/// Zero-based positions of the tolerance and withdrawal signs (the 10th and 11th).
pub const TOLERANCE: usize = 9;
pub const WITHDRAWAL: usize = 10;
/// Using when it puts the body at risk, such as before driving (the 8th sign): dangerous even on
/// its own, so a result with only this sign points to staying safer instead of reading as clear.
pub const RISKY_USE: usize = 7;
/// The signs that count when opioids are taken only as prescribed.
pub const COUNTED_IF_PRESCRIBED: usize = SIGNS - 2;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// "Do you take opioids only as prescribed by a clinician?"
    pub only_as_prescribed: Answer,
    pub signs: [Answer; SIGNS],
}

/// The levels clinicians speak of after a full assessment (2–3, 4–5, 6 or more). The result names
/// them only as what clinicians use, never as the reader's diagnosis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Fewer than 2 signs.
    BelowTwo,
    Mild,
    Moderate,
    Severe,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Signs answered yes that count.
    pub yes: usize,
    /// Yes answers set aside because opioids are taken only as prescribed (positions).
    pub not_counted: Vec<usize>,
    /// Questions skipped (positions; the prescribed question is reported separately).
    pub skipped: Vec<usize>,
    pub prescribed_skipped: bool,
    /// Opioids taken only as prescribed: the tolerance and withdrawal signs are set aside.
    pub prescribed: bool,
    /// The risky-use sign was answered yes.
    pub risky_use: bool,
    pub level: Level,
}

pub fn level(count: usize) -> Level {
    match count {
        0..=1 => Level::BelowTwo,
        2..=3 => Level::Mild,
        4..=5 => Level::Moderate,
        _ => Level::Severe,
    }
}

pub fn score(a: &Answers) -> Outcome {
    let prescribed = a.only_as_prescribed == Answer::Yes;
    let mut outcome = Outcome {
        yes: 0,
        not_counted: Vec::new(),
        skipped: Vec::new(),
        prescribed_skipped: a.only_as_prescribed == Answer::Skipped,
        prescribed,
        risky_use: a.signs[RISKY_USE] == Answer::Yes,
        level: Level::BelowTwo,
    };
    for (i, answer) in a.signs.iter().enumerate() {
        match answer {
            Answer::Yes if prescribed && (i == TOLERANCE || i == WITHDRAWAL) => outcome.not_counted.push(i),
            Answer::Yes => outcome.yes += 1,
            Answer::Skipped => outcome.skipped.push(i),
            Answer::No => {}
        }
    }
    outcome.level = level(outcome.yes);
    outcome
}
