//! Describers: the sentence a reader sees beside each simulation and a screen reader hears when
//! it changes. Pure functions of a model state; words come from `content/<lang>/ui.toml`.
//!
//! Breathing bands follow the illustrative danger lines of facts §2.4: losing more than 80% of
//! breathing is life-threatening, more than 90% means breathing stops.

use super::pharmacology::{Drug, DrugId, Kind, Response};
use crate::content::{fill, fixed, Bundle};

/// "About 8 in 10": a share rounded to tenths, with the ends said plainly.
fn in_ten(t: &Bundle, share: f64, what: &str) -> String {
    let n = (share * 10.0).round() as u32;
    if share <= 0.005 {
        String::new()
    } else if n == 0 {
        fill(tr!(t, "describe.tenths.few"), &[("what", what)])
    } else if n >= 10 {
        fill(tr!(t, "describe.tenths.nearly_all"), &[("what", what)])
    } else {
        fill(tr!(t, "describe.tenths.about"), &[("n", &fixed(f64::from(n), 0)), ("what", what)])
    }
}

/// How serious a level of breathing is; the describer and the chart's danger band agree on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Danger {
    None,
    Slowed,
    /// Less than a fifth of normal.
    LifeThreatening,
    /// Less than a tenth of normal.
    Stopping,
}

pub fn danger(breathing: f64) -> Danger {
    match breathing {
        b if b < 0.1 => Danger::Stopping,
        b if b < 0.2 => Danger::LifeThreatening,
        b if b < 0.9 => Danger::Slowed,
        _ => Danger::None,
    }
}

/// "Breathing is at about a third of normal."
pub fn breathing(t: &Bundle, share: f64) -> &'static str {
    match share {
        b if b < 0.1 => tr!(t, "describe.breathing.stopping"),
        b if b < 0.2 => tr!(t, "describe.breathing.tenth"),
        b if b < 0.29 => tr!(t, "describe.breathing.quarter"),
        b if b < 0.42 => tr!(t, "describe.breathing.third"),
        b if b < 0.58 => tr!(t, "describe.breathing.half"),
        b if b < 0.7 => tr!(t, "describe.breathing.two_thirds"),
        b if b < 0.9 => tr!(t, "describe.breathing.three_quarters"),
        _ => tr!(t, "describe.breathing.normal"),
    }
}

pub fn pain_relief(t: &Bundle, share: f64) -> &'static str {
    match share {
        p if p < 0.05 => tr!(t, "describe.pain.none"),
        p if p < 0.35 => tr!(t, "describe.pain.slight"),
        p if p < 0.7 => tr!(t, "describe.pain.moderate"),
        _ => tr!(t, "describe.pain.strong"),
    }
}

/// The receptor sim's sentence: receptors, then pain relief, then breathing.
pub fn receptor(t: &Bundle, kind: Kind, r: &Response) -> String {
    let on = match kind {
        Kind::PartialAgonist => in_ten(t, r.switched_on, tr!(t, "describe.receptors.partly_on")),
        _ => in_ten(t, r.switched_on, tr!(t, "describe.receptors.on")),
    };
    let blocked = in_ten(t, r.blocked, tr!(t, "describe.receptors.blocked"));
    let none = if on.is_empty() && blocked.is_empty() { tr!(t, "describe.receptors.none") } else { "" };
    let mut sentence = String::new();
    let caveat = less_for_some(t, kind, r.breathing);
    for part in [none, &on, &blocked, pain_relief(t, r.pain_relief), breathing(t, r.breathing), caveat.trim_start()] {
        if !part.is_empty() {
            if !sentence.is_empty() {
                sentence.push(' ');
            }
            sentence.push_str(part);
        }
    }
    sentence
}

/// "After 1 hour 30 minutes".
pub fn time(t: &Bundle, hour: f64) -> String {
    let total = (hour.max(0.0) * 60.0).round() as u32;
    let (h, m) = (fixed(f64::from(total / 60), 0), fixed(f64::from(total % 60), 0));
    let template = match (total / 60, total % 60) {
        (0, 0) => tr!(t, "describe.time.start"),
        (0, _) => tr!(t, "describe.time.m"),
        (1, 0) => tr!(t, "describe.time.h1"),
        (_, 0) => tr!(t, "describe.time.h"),
        (1, _) => tr!(t, "describe.time.h1m"),
        _ => tr!(t, "describe.time.hm"),
    };
    fill(template, &[("h", &h), ("m", &m)])
}

/// "1 h 30 min": the same time, short, for chart axes and table rows.
pub fn time_short(t: &Bundle, hour: f64) -> String {
    let total = (hour.max(0.0) * 60.0).round() as u32;
    let (h, m) = (fixed(f64::from(total / 60), 0), fixed(f64::from(total % 60), 0));
    let template = match (total / 60, total % 60) {
        (0, m) if m > 0 => tr!(t, "describe.time_short.m"),
        (_, 0) => tr!(t, "describe.time_short.h"),
        _ => tr!(t, "describe.time_short.hm"),
    };
    fill(template, &[("h", &h), ("m", &m)])
}

/// The rescue sim's sentence at one moment.
pub fn rescue(t: &Bundle, hour: f64, naloxone_given_at: f64, naloxone_left: f64, breathing_share: f64) -> String {
    let naloxone = if hour < naloxone_given_at {
        tr!(t, "describe.naloxone.not_yet")
    } else if naloxone_left > 0.5 {
        tr!(t, "describe.naloxone.working")
    } else if naloxone_left > 0.1 {
        tr!(t, "describe.naloxone.fading")
    } else {
        tr!(t, "describe.naloxone.gone")
    };
    format!("{}: {} {}", time(t, hour), naloxone, breathing(t, breathing_share))
}

/// The reward circuit's sentence.
pub fn reward(t: &Bundle, opioid: bool) -> &'static str {
    if opioid {
        tr!(t, "describe.reward.on")
    } else {
        tr!(t, "describe.reward.off")
    }
}

/// The words for a drug's name.
pub fn drug_name(t: &Bundle, id: DrugId) -> &'static str {
    match id {
        DrugId::Endorphin => tr!(t, "drug.endorphin"),
        DrugId::Morphine => tr!(t, "drug.morphine"),
        DrugId::Codeine => tr!(t, "drug.codeine"),
        DrugId::Oxycodone => tr!(t, "drug.oxycodone"),
        DrugId::Heroin => tr!(t, "drug.heroin"),
        DrugId::Fentanyl => tr!(t, "drug.fentanyl"),
        DrugId::Methadone => tr!(t, "drug.methadone"),
        DrugId::Buprenorphine => tr!(t, "drug.buprenorphine"),
        DrugId::Naloxone => tr!(t, "drug.naloxone"),
        DrugId::Naltrexone => tr!(t, "drug.naltrexone"),
    }
}

/// What the receptor sim says about the chosen drug, where a note helps. Strength is said in words
/// (fentanyl: 50 to 100 times as strong as morphine, as NIDA puts it), never as an amount of another
/// drug: a fixed ratio reads as a conversion factor, and for methadone it misleads (CDC 2022).
pub fn drug_note(t: &Bundle, d: &Drug) -> &'static str {
    match d.id {
        DrugId::Endorphin => tr!(t, "sim.receptors.note.endorphin"),
        DrugId::Buprenorphine => tr!(t, "sim.receptors.note.buprenorphine"),
        DrugId::Naltrexone => tr!(t, "sim.receptors.note.naltrexone"),
        DrugId::Fentanyl => tr!(t, "sim.receptors.note.fentanyl"),
        DrugId::Methadone => tr!(t, "sim.receptors.note.methadone"),
        DrugId::Codeine => tr!(t, "sim.receptors.note.codeine"),
        DrugId::Heroin => tr!(t, "sim.receptors.note.heroin"),
        DrugId::Morphine | DrugId::Oxycodone | DrugId::Naloxone => "",
    }
}

/// The dose slider's value for a screen reader: the amount, what it does to breathing and, once
/// breathing slows, that for some people, or with fentanyl, less is enough. No amount reads as safe.
pub fn receptor_amount(t: &Bundle, kind: Kind, doses: f64, r: &Response) -> String {
    format!("{}. {}{}", dose_words(t, doses), breathing(t, r.breathing), less_for_some(t, kind, r.breathing))
}

/// "1 dose", "2.5 doses": the dose control's value, shown beside it and said in its value text.
pub fn dose_words(t: &Bundle, doses: f64) -> String {
    if doses == 1.0 {
        tr!(t, "sim.receptors.one_dose").to_string()
    } else {
        fill(tr!(t, "sim.receptors.doses"), &[("n", &fixed(doses, 1))])
    }
}

/// Once breathing slows, what can make it worse: for a full agonist, "for some people, or with
/// fentanyl, less is enough"; for buprenorphine, that its ceiling does not hold with alcohol or
/// sedatives, or for a child.
fn less_for_some(t: &Bundle, kind: Kind, breathing: f64) -> String {
    let caveat = match kind {
        _ if danger(breathing) == Danger::None => return String::new(),
        Kind::FullAgonist => tr!(t, "describe.less_for_some"),
        Kind::PartialAgonist => tr!(t, "describe.ceiling_limits"),
        Kind::Antagonist => return String::new(),
    };
    format!(" {caveat}")
}

/// The restart simulator's sentence: when, then what the old amount does to breathing.
pub fn restart(t: &Bundle, days_after: u32, breathing_share: f64) -> String {
    let when = match days_after {
        0 => tr!(t, "describe.restart.day0"),
        1 => tr!(t, "describe.restart.day1"),
        _ => tr!(t, "describe.restart.days"),
    };
    format!("{} {}", fill(when, &[("n", &fixed(f64::from(days_after), 0))]), breathing(t, breathing_share))
}

/// A count of doses at a danger line, rounded down: the line is where danger is certain in the
/// model, and for some people it comes sooner, so the count never rounds up towards a margin.
pub fn danger_count(doses: f64) -> String {
    fixed(doses.floor().max(1.0), 0)
}

/// The tolerance chapter's sentence: the dose that feels the same, the dose that can make breathing
/// life-threatening (with "for some people, or with fentanyl, less is enough" in the same sentence),
/// then what the usual amount does to breathing. When chasing the first feeling would cross the
/// danger line (the first days of use), the sentence says so.
pub fn tolerance(t: &Bundle, day: u32, feel_same: f64, dangerous: f64, usual: f64, breathing_share: f64) -> String {
    let template = match day {
        0 => tr!(t, "describe.tolerance.start"),
        _ if feel_same >= dangerous => tr!(t, "describe.tolerance.past"),
        _ => tr!(t, "describe.tolerance.day"),
    };
    let first = fill(
        template,
        &[("n", &fixed(f64::from(day), 0)), ("x", &fixed(feel_same, 0)), ("y", &danger_count(dangerous))],
    );
    format!(
        "{first} {} {}",
        fill(tr!(t, "describe.tolerance.usual"), &[("a", &fixed(usual, 0))]),
        breathing(t, breathing_share)
    )
}

/// The withdrawal scrubber's sentence: when, then what is likely.
pub fn withdrawal(t: &Bundle, o: super::withdrawal::Opioid, hour: f64) -> String {
    use super::withdrawal::{phase, Phase};
    let h = hour.max(0.0).round() as u32;
    let when = match h {
        0..=47 => fill(tr!(t, "describe.withdrawal.hours"), &[("n", &fixed(f64::from(h), 0))]),
        _ => fill(tr!(t, "describe.withdrawal.days"), &[("n", &fixed(f64::from(h / 24), 0))]),
    };
    let what = match phase(o, hour) {
        Phase::NotYet => tr!(t, "describe.withdrawal.not_yet"),
        Phase::MayStart => tr!(t, "describe.withdrawal.may_start"),
        Phase::Early => tr!(t, "describe.withdrawal.early"),
        Phase::Peak => tr!(t, "describe.withdrawal.peak"),
        Phase::Easing => tr!(t, "describe.withdrawal.easing"),
        Phase::Over => tr!(t, "describe.withdrawal.over"),
    };
    format!("{when} {what}")
}
