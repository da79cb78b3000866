//! The receptor model: the operational model of agonism (Black & Leff 1983) with competitive
//! occupancy for several drugs at once (facts §2.4). Illustrative, not clinical.
//!
//! For each drug `i` at amount `Cᵢ` with binding constant `Kᵢ`:
//! occupancy `pᵢ = (Cᵢ/Kᵢ) / (1 + Σ Cⱼ/Kⱼ)`, stimulus `S = Σ τᵢ·pᵢ`, effect `E = Sⁿ / (1 + Sⁿ)`.
//! `τ` is the drug's efficacy times the circuit's receptor reserve; antagonists have `τ = 0`.

use super::sane;

/// Slope of the effect curve (facts §2.4).
pub const SLOPE: f64 = 1.5;
/// τ of a full agonist in the breathing circuit: calibrated so a full agonist's curve matches
/// §2.4 (3 doses lose half of breathing) and buprenorphine's plateau is about half (Dahan 2005).
pub const RESERVE_BREATHING: f64 = 11.0;
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
    // S^1.5 as S·√S: wasm has a square-root instruction but no power function, so this keeps
    // libm's `pow` out of the bundle.
    const _: () = assert!(SLOPE == 1.5);
    let s = stimulus * stimulus.sqrt();
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
    /// Strength compared with morphine by mouth (§2.1). `None` where a single number would
    /// mislead: the body's own, buprenorphine (a ceiling), antagonists.
    pub potency: Option<f64>,
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

    /// Amount of the drug itself in a dose, compared with morphine's (fentanyl: about 1/100).
    pub fn amount_vs_morphine(&self) -> Option<f64> {
        self.potency.map(|p| 1.0 / p)
    }
}

const H: f64 = 60.0;
const FULL: (f64, f64) = (K_FULL, 1.0);
/// Buprenorphine: binds tightly (K = 4 units, fitting the PET occupancies of Greenwald 2003) and
/// switches receptors on only partly: τ = 1 in the breathing circuit (the ~50% plateau, Dahan 2005).
const BUP_EFFICACY: f64 = 1.0 / RESERVE_BREATHING;

const fn full(
    id: DrugId,
    family: Family,
    potency: Option<f64>,
    onset: Option<Minutes>,
    duration: Minutes,
    half_life_h: f64,
    refs: &'static [&'static str],
) -> Drug {
    Drug {
        id,
        family,
        kind: Kind::FullAgonist,
        potency,
        onset,
        duration: Some(duration),
        half_life_h,
        k: FULL.0,
        efficacy: FULL.1,
        units_per_dose: 1.0,
        max_doses: 20.0,
        refs,
    }
}

pub const CATALOGUE: &[Drug] = &[
    Drug {
        id: DrugId::Endorphin,
        family: Family::BodysOwn,
        kind: Kind::FullAgonist,
        potency: None,
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
        Some(1.0),
        Some((20.0, 30.0)),
        (4.0 * H, 4.0 * H),
        3.0,
        &["cdc-2022", "merck-opioids", "ncic-morphine"],
    ),
    full(DrugId::Codeine, Family::Natural, Some(0.15), None, (4.0 * H, 4.0 * H), 3.0, &["cdc-2022", "merck-opioids"]),
    full(
        DrugId::Oxycodone,
        Family::SemiSynthetic,
        Some(1.5),
        Some((20.0, 30.0)),
        (4.0 * H, 4.0 * H),
        3.5,
        &["cdc-2022", "ncic-morphine"],
    ),
    full(
        DrugId::Heroin,
        Family::SemiSynthetic,
        Some(1.5),
        Some((1.0, 5.0)),
        (3.0 * H, 4.0 * H),
        1.0,
        &["pallipedia-diamorphine"],
    ),
    full(
        DrugId::Fentanyl,
        Family::Synthetic,
        Some(100.0),
        None,
        (2.0 * H, 4.0 * H),
        1.0,
        &["nida-crisis", "merck-opioids", "hill-2020"],
    ),
    full(
        DrugId::Methadone,
        Family::Synthetic,
        Some(4.7),
        Some((30.0, 60.0)),
        (4.0 * H, 8.0 * H),
        24.0,
        &["cdc-2022", "fda-methadone-2006", "krantz-2004"],
    ),
    Drug {
        id: DrugId::Buprenorphine,
        family: Family::SemiSynthetic,
        kind: Kind::PartialAgonist,
        potency: None,
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
        potency: None,
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
        potency: None,
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
