//! The receptor model: the operational model of agonism (Black & Leff 1983) with competitive
//! occupancy for several drugs at once (facts §2.4). Illustrative, not clinical.
//!
//! For each drug `i` at amount `Cᵢ` with binding constant `Kᵢ`:
//! occupancy `pᵢ = (Cᵢ/Kᵢ) / (1 + Σ Cⱼ/Kⱼ)`, stimulus `S = Σ τᵢ·pᵢ`, effect `E = Sⁿ / (1 + Sⁿ)`.
//! `τ` is the drug's efficacy times the circuit's receptor reserve; antagonists have `τ = 0`.

use super::sane;

/// Slope of the effect curve (facts §2.4, recalibrated 2026-12-02): steep, so that about 2.6 first
/// doses make breathing life-threatening. In healthy volunteers, about 2 doses' worth of fentanyl
/// into a vein stopped breathing (Dahan 2005); the first calibration (slope 1.5, τ 11) put the line
/// near 9 doses and understated the danger.
pub const SLOPE: f64 = 3.0;
/// τ of a full agonist in the breathing circuit (§2.4): with the slope, 1 dose takes about a fifth
/// of breathing, 2 doses two thirds; buprenorphine (τ = 1) still levels off at half (Dahan 2005).
pub const RESERVE_BREATHING: f64 = 20.0;
/// τ of a full agonist in the pain circuit. Illustrative: pain relief comes at smaller amounts
/// than dangerous slowing of breathing, as with any opioid used for pain.
pub const RESERVE_PAIN: f64 = 40.0;
/// Binding constant of the full agonists, in typical doses for someone new to opioids.
pub const K_FULL: f64 = 30.0;
/// Amounts above this are treated as this (far past every curve's plateau); keeps maths finite.
const MAX_AMOUNT: f64 = 1e9;

/// One drug present at the receptor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ligand {
    /// Amount, in the drug's own model units.
    pub amount: f64,
    /// Binding constant in the same units (the amount that fills half the receptors on its own).
    pub k: f64,
    /// 1 for a full agonist, less for a partial agonist, 0 for an antagonist.
    pub efficacy: f64,
}

/// What the receptors and the two circuits are doing.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Response {
    /// Share of receptors with a drug that switches them on (fully or partly) bound, 0–1.
    pub switched_on: f64,
    /// Share of receptors held by an antagonist, 0–1.
    pub blocked: f64,
    /// Pain relief as a share of the most any opioid can give, 0–1.
    pub pain_relief: f64,
    /// Breathing as a share of normal, 0–1.
    pub breathing: f64,
}

fn effect(stimulus: f64) -> f64 {
    // S³ as S·S·S: wasm has no power instruction, so this keeps libm's `pow` out of the bundle.
    const _: () = assert!(SLOPE == 3.0);
    let s = stimulus * stimulus * stimulus;
    s / (1.0 + s)
}

/// The response to several drugs at once. `tolerance_shift` (1 = none) divides the agonists'
/// potency, as tolerance does (§2.4: effective amount = C / shift).
pub fn respond(ligands: &[Ligand], tolerance_shift: f64) -> Response {
    let shift = if tolerance_shift.is_nan() { 1.0 } else { tolerance_shift.clamp(1.0, 1e6) };
    let ratio = |l: &Ligand| {
        let k = sane(l.k, 1e9).max(1e-9);
        let efficacy = sane(l.efficacy, 1.0);
        let k = if efficacy > 0.0 { k * shift } else { k };
        (sane(l.amount, MAX_AMOUNT) / k, efficacy)
    };
    let ratios: Vec<(f64, f64)> = ligands.iter().map(ratio).collect();
    let denominator = 1.0 + ratios.iter().map(|(r, _)| r).sum::<f64>();
    let mut out = Response { breathing: 1.0, ..Response::default() };
    let (mut stim_pain, mut stim_breathing) = (0.0, 0.0);
    for (r, efficacy) in ratios {
        let p = r / denominator;
        if efficacy > 0.0 {
            out.switched_on += p;
        } else {
            out.blocked += p;
        }
        stim_pain += RESERVE_PAIN * efficacy * p;
        stim_breathing += RESERVE_BREATHING * efficacy * p;
    }
    out.switched_on = out.switched_on.clamp(0.0, 1.0);
    out.blocked = out.blocked.clamp(0.0, 1.0);
    out.pain_relief = effect(stim_pain).clamp(0.0, 1.0);
    out.breathing = (1.0 - effect(stim_breathing)).clamp(0.0, 1.0);
    out
}

/// Amount left after `hours`, by one-compartment decay; zero before the dose (`hours < 0`).
pub fn amount_at(dose: f64, half_life_h: f64, hours: f64) -> f64 {
    if hours.is_nan() || hours < 0.0 {
        return 0.0;
    }
    let half_life = sane(half_life_h, 1e6).max(1e-6);
    sane(dose, MAX_AMOUNT) * (-std::f64::consts::LN_2 * hours.min(1e6) / half_life).exp()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// Made by the body (endorphins).
    BodysOwn,
    /// From the poppy.
    Natural,
    /// Made from poppy compounds.
    SemiSynthetic,
    /// Made entirely in a lab.
    Synthetic,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    FullAgonist,
    PartialAgonist,
    Antagonist,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DrugId {
    Endorphin,
    Morphine,
    Codeine,
    Oxycodone,
    Heroin,
    Fentanyl,
    Methadone,
    Buprenorphine,
    Naloxone,
    Naltrexone,
}

impl DrugId {
    /// A stable name for forms and tests, e.g. `"buprenorphine"`.
    pub fn code(self) -> &'static str {
        match self {
            DrugId::Endorphin => "endorphin",
            DrugId::Morphine => "morphine",
            DrugId::Codeine => "codeine",
            DrugId::Oxycodone => "oxycodone",
            DrugId::Heroin => "heroin",
            DrugId::Fentanyl => "fentanyl",
            DrugId::Methadone => "methadone",
            DrugId::Buprenorphine => "buprenorphine",
            DrugId::Naloxone => "naloxone",
            DrugId::Naltrexone => "naltrexone",
        }
    }
}

/// A range of times, in minutes.
pub type Minutes = (f64, f64);

/// One drug in the catalogue. Times are teaching values from facts §2.2 and the sources named;
/// model values are illustrative (§2.4).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Drug {
    pub id: DrugId,
    pub family: Family,
    pub kind: Kind,
    /// How soon one dose starts to act.
    pub onset: Option<Minutes>,
    /// How long one dose acts.
    pub duration: Option<Minutes>,
    /// Half-life used by [`amount_at`] in the time simulations (illustrative).
    pub half_life_h: f64,
    /// Binding constant, in model units.
    pub k: f64,
    pub efficacy: f64,
    /// Model units in one "typical dose for someone new to opioids" (for naloxone: one nasal spray).
    pub units_per_dose: f64,
    /// The most the dose control offers (the body's own: only what it makes).
    pub max_doses: f64,
    /// Reference ids in `content/<lang>/references.toml`.
    pub refs: &'static [&'static str],
}

impl Drug {
    pub fn ligand(&self, doses: f64) -> Ligand {
        Ligand { amount: sane(doses, MAX_AMOUNT) * self.units_per_dose, k: self.k, efficacy: self.efficacy }
    }
}

const H: f64 = 60.0;
const FULL: (f64, f64) = (K_FULL, 1.0);
/// Buprenorphine: binds tightly (K = 4 units, fitting the PET occupancies of Greenwald 2003) and
/// switches receptors on only partly: τ = 1 in the breathing circuit (the ~50% plateau, Dahan 2005).
/// Strength is not modelled as a number for any drug: the view says it in words (fentanyl: 50 to
/// 100 times as strong as morphine), so no conversion factor can be read off the simulation.
const BUP_EFFICACY: f64 = 1.0 / RESERVE_BREATHING;

const fn full(
    id: DrugId,
    family: Family,
    onset: Option<Minutes>,
    duration: Minutes,
    half_life_h: f64,
    refs: &'static [&'static str],
) -> Drug {
    Drug {
        id,
        family,
        kind: Kind::FullAgonist,
        onset,
        duration: Some(duration),
        half_life_h,
        k: FULL.0,
        efficacy: FULL.1,
        units_per_dose: 1.0,
        max_doses: 10.0,
        refs,
    }
}

pub const CATALOGUE: &[Drug] = &[
    Drug {
        id: DrugId::Endorphin,
        family: Family::BodysOwn,
        kind: Kind::FullAgonist,
        onset: None,
        duration: None,
        half_life_h: 0.5,
        k: K_FULL,
        efficacy: 1.0,
        units_per_dose: 1.0,
        max_doses: 1.0,
        refs: &["statpearls-endogenous", "fricker-2020"],
    },
    full(
        DrugId::Morphine,
        Family::Natural,
        Some((20.0, 30.0)),
        (4.0 * H, 4.0 * H),
        3.0,
        &["cdc-2022", "merck-opioids", "ncic-morphine"],
    ),
    full(DrugId::Codeine, Family::Natural, None, (4.0 * H, 4.0 * H), 3.0, &["cdc-2022", "merck-opioids"]),
    full(
        DrugId::Oxycodone,
        Family::SemiSynthetic,
        Some((20.0, 30.0)),
        (4.0 * H, 4.0 * H),
        3.5,
        &["cdc-2022", "ncic-morphine"],
    ),
    full(DrugId::Heroin, Family::SemiSynthetic, Some((1.0, 5.0)), (3.0 * H, 4.0 * H), 1.0, &["pallipedia-diamorphine"]),
    full(
        DrugId::Fentanyl,
        Family::Synthetic,
        None,
        (2.0 * H, 4.0 * H),
        1.0,
        &["nida-crisis", "merck-opioids", "hill-2020"],
    ),
    full(
        DrugId::Methadone,
        Family::Synthetic,
        Some((30.0, 60.0)),
        (4.0 * H, 8.0 * H),
        24.0,
        &["cdc-2022", "fda-methadone-2006", "krantz-2004"],
    ),
    Drug {
        id: DrugId::Buprenorphine,
        family: Family::SemiSynthetic,
        kind: Kind::PartialAgonist,
        onset: Some((30.0, 60.0)),
        duration: Some((24.0 * H, 24.0 * H)),
        half_life_h: 24.0,
        k: 4.0,
        efficacy: BUP_EFFICACY,
        units_per_dose: 4.0,
        max_doses: 20.0,
        refs: &["dahan-2005", "greenwald-2003", "coe-2019"],
    },
    Drug {
        id: DrugId::Naloxone,
        family: Family::SemiSynthetic,
        kind: Kind::Antagonist,
        onset: Some((2.0, 30.0)),
        duration: Some((30.0, 90.0)),
        half_life_h: 1.0,
        k: 0.8,
        efficacy: 0.0,
        units_per_dose: 4.0,
        max_doses: 3.0,
        refs: &["naloxone-label"],
    },
    Drug {
        id: DrugId::Naltrexone,
        family: Family::SemiSynthetic,
        kind: Kind::Antagonist,
        onset: None,
        duration: None,
        half_life_h: 24.0,
        k: 0.8,
        efficacy: 0.0,
        units_per_dose: 4.0,
        max_doses: 5.0,
        refs: &["sullivan-2017"],
    },
];

pub fn drug(id: DrugId) -> &'static Drug {
    CATALOGUE.iter().find(|d| d.id == id).expect("every DrugId is in the catalogue")
}

/// The receptor sim's state: a drug at a dose, and naloxone or not.
pub fn at_receptor(id: DrugId, doses: f64, naloxone_sprays: f64) -> Response {
    let mut ligands = vec![drug(id).ligand(doses)];
    if naloxone_sprays > 0.0 {
        ligands.push(drug(DrugId::Naloxone).ligand(naloxone_sprays));
    }
    respond(&ligands, 1.0)
}

/// One point of the rescue simulation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RescuePoint {
    /// Hours since the overdose began.
    pub hour: f64,
    pub breathing: f64,
    /// Naloxone left, as a share of the dose given.
    pub naloxone_left: f64,
}

/// The overdose-and-naloxone course (facts §2.4, "re-narcotisation"): `doses` of a full agonist
/// whose effect halves every `half_life_h`; one nasal spray of naloxone at `naloxone_at_h`;
/// sampled every quarter hour for `hours`.
pub fn rescue_course(doses: f64, half_life_h: f64, naloxone_at_h: f64, hours: f64) -> Vec<RescuePoint> {
    let naloxone = drug(DrugId::Naloxone);
    let steps = (sane(hours, 48.0) * 4.0).round() as usize;
    (0..=steps)
        .map(|i| {
            let hour = i as f64 / 4.0;
            let agonist = Ligand { amount: amount_at(doses, half_life_h, hour), k: K_FULL, efficacy: 1.0 };
            let left = amount_at(1.0, naloxone.half_life_h, hour - naloxone_at_h);
            let blocker = naloxone.ligand(left);
            RescuePoint { hour, breathing: respond(&[agonist, blocker], 1.0).breathing, naloxone_left: left }
        })
        .collect()
}
