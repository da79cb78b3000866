//! "Where are you now": two 0–10 rulers in our own words, how important a change is and how
//! confident the person feels (facts §5.8). Motivational-interviewing reflections ("Why a 4 and
//! not a 2?") and next steps that fit where the person is.

/// Where the rulers put someone, which picks the next steps. The cut-offs (4 and 7) are our
/// choice for tailoring suggestions: readiness rulers have no validated thresholds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Not answered, or change does not feel important yet: learn more, stay safer.
    Exploring,
    /// Change matters but confidence is low: small steps, someone to talk to.
    Building,
    /// Change matters and confidence is there: call now, treatment options.
    Ready,
}

/// The reflection question for a ruler value: "Why a {n} and not a {lower}?", asking about a
/// lower number so the person names their own reasons for change. `None` at 0 (nothing lower) or
/// when the ruler was skipped.
pub fn reflection(value: Option<u8>) -> Option<(u8, u8)> {
    let v = value?.min(10);
    (v > 0).then(|| (v, v.saturating_sub(2)))
}

pub fn stage(importance: Option<u8>, confidence: Option<u8>) -> Stage {
    match (importance.map(|v| v.min(10)), confidence.map(|v| v.min(10))) {
        (Some(i), Some(c)) if i >= 7 && c >= 7 => Stage::Ready,
        (Some(i), _) if i >= 4 => Stage::Building,
        _ => Stage::Exploring,
    }
}
