//! "Receptors: lock and key": pick a drug, move the amount, add naloxone; watch the receptor slots
//! fill, the pain signal thin out and breathing slow.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::{percent, slider, use_frame, Frame, Kept, Slider};
use crate::content::{fixed, Bundle, Sim};
use crate::layout;
use crate::model::describe::{self, danger, drug_name, Danger};
use crate::model::pharmacology::{at_receptor, drug, DrugId, Kind, CATALOGUE};

/// Receptor slots drawn on the nerve ending.
const SLOTS: usize = 20;
/// The order slots fill in, so bound drugs look scattered rather than stacked at one end.
const FILL_ORDER: [usize; SLOTS] = [9, 2, 16, 5, 13, 0, 19, 7, 11, 3, 17, 14, 1, 10, 6, 18, 4, 12, 8, 15];

#[derive(Clone, Copy, PartialEq)]
struct State {
    drug: DrugId,
    doses: f64,
    naloxone: bool,
}

fn step(max: f64) -> f64 {
    if max <= 1.0 {
        0.1
    } else {
        0.5
    }
}

/// The simulation's state and view. A hook, not a component: the three simulations share one
/// component type (`SimView`), which keeps yew's per-component code to one copy.
#[hook]
pub fn use_receptor_sim(t: &'static Bundle, active: bool, layout: layout::Layout) -> Html {
    let state = use_state(|| State { drug: DrugId::Morphine, doses: 1.0, naloxone: false });
    if !active {
        return Html::default();
    }
    let s = *state;
    let d = drug(s.drug);
    let r = at_receptor(s.drug, s.doses, if s.naloxone { 1.0 } else { 0.0 });
    let sentence = describe::receptor(t, d.kind, &r);

    let on_drug = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(d) = CATALOGUE.iter().find(|d| d.id.code() == value) {
                state.set(State { drug: d.id, doses: s.doses.min(d.max_doses), ..*state });
            }
        })
    };
    let on_dose = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value_as_number();
            if v.is_finite() {
                state.set(State { doses: v, ..*state });
            }
        })
    };
    let on_naloxone = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
            state.set(State { naloxone: checked, ..*state });
        })
    };

    let doses_text = describe::dose_words(t, s.doses);
    let valuetext = describe::receptor_amount(t, d.kind, s.doses, &r);
    let on_slots = (r.switched_on * SLOTS as f64).round() as usize;
    let blocked_slots = ((r.blocked * SLOTS as f64).round() as usize).min(SLOTS - on_slots.min(SLOTS));
    let signals = ((1.0 - r.pain_relief) * 10.0).round() as usize;
    let note = describe::drug_note(t, d);
    let level = danger(r.breathing);

    // Drawn again only when a slot or a signal changes, not at every step of the slider.
    let partial = d.kind == Kind::PartialAgonist;
    let picture = use_memo(
        (layout.is_wide(), on_slots, blocked_slots, partial, signals),
        |&(wide, on_slots, blocked_slots, partial, signals)| {
            synapse(t, &Synapse { wide, on_slots, blocked_slots, partial, signals })
        },
    );

    let frame_data = Frame {
        id: "receptors",
        title: tr!(t, "sim.receptors.title"),
        sentence,
        leaves_out: tr!(t, "sim.receptors.leaves_out"),
        sim: Sim::Receptors,
    };
    use_frame(
        t,
        frame_data,
        html! {
            <>
                <div class="sim__body">
                    <div class="sim__controls">
                        <p class="field">
                            <label for="receptors-drug">{ tr!(t, "sim.receptors.drug") }</label>
                            <select id="receptors-drug" onchange={on_drug}>
                                { for CATALOGUE.iter().filter(|d| d.id != DrugId::Naloxone).map(|d| html! {
                                    <option value={d.id.code()} selected={d.id == s.drug}>{ drug_name(t, d.id) }</option>
                                }) }
                            </select>
                        </p>
                        { slider(Slider {
                            id: "receptors-dose",
                            label: tr!(t, "sim.receptors.amount"),
                            value: doses_text,
                            // The widest amounts: a decimal, and two digits.
                            widest: format!("{}\n{}", describe::dose_words(t, 2.5), describe::dose_words(t, 10.0)),
                            min: "0",
                            max: fixed(d.max_doses, 1).into(),
                            step: fixed(step(d.max_doses), 1).into(),
                            at: fixed(s.doses, 1),
                            valuetext,
                            describedby: "receptors-describe",
                            oninput: on_dose,
                        }) }
                        <p class="field field--check">
                            <input type="checkbox" id="receptors-naloxone" checked={s.naloxone} onchange={on_naloxone} />
                            <label for="receptors-naloxone">{ tr!(t, "sim.receptors.naloxone") }</label>
                        </p>
                        if !note.is_empty() {
                            <p class="sim__note">{ note }</p>
                        }
                    </div>
                    // A block around the picture: an SVG in a grid is no relayout boundary.
                    <div><Kept html={picture} /></div>
                </div>
                <div class="fit readouts"><dl>
                    <div class="readout">
                        <dt>{ tr!(t, "sim.receptors.switched_on") }</dt>
                        <dd>{ bar(r.switched_on, "on") }{ percent(r.switched_on) }</dd>
                    </div>
                    if s.naloxone || d.kind == Kind::Antagonist {
                        <div class="readout">
                            <dt>{ tr!(t, "sim.receptors.blocked") }</dt>
                            <dd>{ bar(r.blocked, "blocked") }{ percent(r.blocked) }</dd>
                        </div>
                    }
                    <div class="readout">
                        <dt>{ tr!(t, "sim.receptors.pain") }</dt>
                        <dd>{ bar(r.pain_relief, "pain") }{ percent(r.pain_relief) }</dd>
                    </div>
                    <div class="readout" data-danger={(level >= Danger::LifeThreatening).then_some("")}>
                        <dt>{ tr!(t, "sim.receptors.breathing") }</dt>
                        <dd>
                            { bar(r.breathing, "breathing") }
                            { percent(r.breathing) }
                            if level >= Danger::LifeThreatening {
                                <strong class="readout__flag">{ tr!(t, "sim.danger") }</strong>
                            }
                        </dd>
                    </div>
                </dl></div>
            </>
        },
    )
}

/// What the synapse picture shows.
struct Synapse {
    /// One row of twenty slots (wide screens) or two staggered rows of ten (narrow ones, so each
    /// slot stays big enough to see on a phone).
    wide: bool,
    on_slots: usize,
    blocked_slots: usize,
    /// The switched-on slots hold a partial agonist (drawn as rings).
    partial: bool,
    /// Pain signals still passed on, of ten.
    signals: usize,
}

/// Where the synapse picture's parts sit, in picture units: numbers the view computes with, and
/// the same places as fixed attribute strings (cheaper in the wasm than formatting them).
struct Layout {
    view_box: &'static str,
    cell_width: &'static str,
    cell_height: &'static str,
    mid: &'static str,
    cell_label_y: &'static str,
    signal_label_y: &'static str,
    next_y: &'static str,
    next_label_y: &'static str,
    cols: usize,
    first_x: usize,
    slots_y: usize,
    signal_x: usize,
    signal_dx: usize,
    signal_y: usize,
}

/// One row of twenty slots.
const WIDE: Layout = Layout {
    view_box: "0 0 640 318",
    cell_width: "624",
    cell_height: "112",
    mid: "320",
    cell_label_y: "72",
    signal_label_y: "246",
    next_y: "258",
    next_label_y: "294",
    cols: SLOTS,
    first_x: 35,
    slots_y: 120,
    signal_x: 50,
    signal_dx: 60,
    signal_y: 178,
};

/// Two staggered rows of ten, in a picture about half as wide.
const NARROW: Layout = Layout {
    view_box: "0 0 340 336",
    cell_width: "324",
    cell_height: "100",
    mid: "170",
    cell_label_y: "64",
    signal_label_y: "264",
    next_y: "276",
    next_label_y: "312",
    cols: 10,
    first_x: 27,
    slots_y: 108,
    signal_x: 26,
    signal_dx: 32,
    signal_y: 196,
};

/// The nerve ending with its receptor slots, the pain signals it passes on, and the next cell.
fn synapse(t: &Bundle, p: &Synapse) -> Html {
    let l = if p.wide { &WIDE } else { &NARROW };
    html! {
        <svg class="synapse" viewBox={l.view_box} data-narrow={(!p.wide).then_some("")} role="img" aria-labelledby="receptors-picture">
            <title id="receptors-picture">{ tr!(t, "sim.receptors.picture") }</title>
            <rect class="synapse__cell" x="8" y="8" width={l.cell_width} height={l.cell_height} rx="36" />
            <text class="synapse__label" x={l.mid} y={l.cell_label_y} text-anchor="middle">{ tr!(t, "sim.receptors.cell") }</text>
            { for (0..SLOTS).map(|i| {
                let (row, col) = (i / l.cols, i % l.cols);
                let rank = FILL_ORDER.iter().position(|&k| k == i).unwrap_or(0);
                // State as a data attribute: a fixed `class` costs far less code than a computed one.
                let occupant = if rank < p.on_slots && p.partial {
                    "partial"
                } else if rank < p.on_slots {
                    "drug"
                } else if rank < p.on_slots + p.blocked_slots {
                    "blocker"
                } else {
                    "empty"
                };
                html! {
                    <g transform={format!("translate({} {})", l.first_x + col * 30 + row * 15, l.slots_y + row * 28)}>
                        <path class="synapse__slot" d="M-12 0 v14 a12 12 0 0 0 24 0 v-14" />
                        // One element whatever sits in the slot: a round key, or (by the style
                        // sheet's `rx`) a square blocker. A drag changes an attribute, never a node.
                        <rect class="synapse__occupant" data-kind={occupant} x="-9" y="5" width="18" height="18" rx="9" />
                    </g>
                }
            }) }
            { for (0..10).map(|i| html! {
                <circle class="synapse__signal" data-off={(i >= p.signals).then_some("")}
                    cx={(l.signal_x + i * l.signal_dx).to_string()} cy={(l.signal_y + (i % 3) * 14).to_string()} r="9" />
            }) }
            <text class="synapse__label" x={l.mid} y={l.signal_label_y} text-anchor="middle">{ tr!(t, "sim.receptors.signal") }</text>
            <rect class="synapse__cell synapse__cell--next" x="8" y={l.next_y} width={l.cell_width} height="56" rx="28" />
            <text class="synapse__label" x={l.mid} y={l.next_label_y} text-anchor="middle">{ tr!(t, "sim.receptors.next_cell") }</text>
        </svg>
    }
}

/// A bar for a share from 0 to 1, drawn with SVG attributes (the CSP allows no inline styles).
/// The fill is a thick line whose end moves: a line's `x2` is geometry alone, where a rect's
/// `width` is also a style property, so each slider step would recalculate the bars' style.
fn bar(share: f64, kind: &'static str) -> Html {
    html! {
        <svg class="readout__bar" data-kind={kind} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect class="readout__track" width="100" height="10" />
            <line class="readout__fill" x1="0" y1="5" y2="5" x2={fixed(share.clamp(0.0, 1.0) * 100.0, 1)} />
        </svg>
    }
}
