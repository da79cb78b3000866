//! Withdrawal over time after the last dose (facts §4.2): when it usually starts, when it is
//! worst, and when the acute part is usually over, as ranges in hours. Sources disagree, so these
//! are ranges, not a prediction for anyone. Short-acting opioids: onset 6–12 h, worst at 24–48 h,
//! easing over the next 3–5 days (ClinicalKey). Methadone: onset 30–72 h, then easing over about
//! 10 days (ClinicalKey); its peak (72–96 h) is less certain (a Medscape summary only), and the
//! chapter says so. Buprenorphine has no well-sourced timeline, so it is described, not drawn.

use super::sane;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opioid {
    /// Heroin, oxycodone, morphine (fentanyl may be delayed or longer; the chapter says so).
    ShortActing,
    Methadone,
}

/// Ranges in hours after the last dose: `(earliest, latest)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timeline {
    pub onset: (f64, f64),
    pub peak: (f64, f64),
    pub over: (f64, f64),
}

pub fn timeline(o: Opioid) -> Timeline {
    match o {
        Opioid::ShortActing => Timeline { onset: (6.0, 12.0), peak: (24.0, 48.0), over: (96.0, 168.0) },
        // "Resolve over the next 10 days or so" after the onset.
        Opioid::Methadone => Timeline { onset: (30.0, 72.0), peak: (72.0, 96.0), over: (270.0, 312.0) },
    }
}

/// What is likely at a given hour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    NotYet,
    /// Within the onset range: early signs may begin.
    MayStart,
    /// Past onset, before the peak range: early signs are likely.
    Early,
    /// Within the peak range: at its worst.
    Peak,
    /// Past the peak, before the acute part is usually over.
    Easing,
    /// Past the latest end of the acute part; longer-lasting symptoms are possible.
    Over,
}

pub fn phase(o: Opioid, hour: f64) -> Phase {
    let t = timeline(o);
    let h = sane(hour, 1e6);
    if h < t.onset.0 {
        Phase::NotYet
    } else if h < t.onset.1 {
        Phase::MayStart
    } else if h < t.peak.0 {
        Phase::Early
    } else if h <= t.peak.1 {
        Phase::Peak
    } else if h < t.over.1 {
        Phase::Easing
    } else {
        Phase::Over
    }
}

/// An illustrative shape of how strong withdrawal is (0–1): rising from the middle of the onset
/// range to the middle of the peak range, falling to the middle of the end range. A shape for the
/// chart, not a measurement.
pub fn intensity(o: Opioid, hour: f64) -> f64 {
    let t = timeline(o);
    let mid = |r: (f64, f64)| (r.0 + r.1) / 2.0;
    let (start, top, end) = (mid(t.onset), mid(t.peak), mid(t.over));
    let h = sane(hour, 1e6);
    if h <= start || h >= end {
        0.0
    } else if h <= top {
        (h - start) / (top - start)
    } else {
        (end - h) / (end - top)
    }
}
