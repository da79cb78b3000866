//! The chapters' simulations. Each is a thin view over `crate::model`: native controls in, an SVG
//! picture and the describer's sentence out. Shared here: the frame every simulation sits in
//! (the "illustrative" label, what the model leaves out, its sources, the live announcement) and
//! the line chart with its table.

mod chart;
mod receptors;
mod rescue;
mod reward;

use yew::prelude::*;

use super::use_text;
use crate::content::{fixed, Sim};
use crate::platform;

pub use chart::{Chart, Series};

pub fn sim(which: Sim) -> Html {
    match which {
        Sim::Receptors => html! { <receptors::ReceptorSim /> },
        Sim::Reward => html! { <reward::RewardSim /> },
        Sim::Rescue => html! { <rescue::RescueSim /> },
    }
}

/// The sentence to put in the live region: the describer's, once the reader has stopped moving
/// the control for a moment (so a screen reader is not flooded while a slider is dragged).
/// Empty at first, so nothing is announced when the page loads.
#[hook]
fn use_announcement(sentence: String) -> String {
    let announced = use_state(String::new);
    let first = use_mut_ref(|| true);
    {
        let announced = announced.clone();
        use_effect_with(sentence, move |sentence| {
            let timer = if std::mem::replace(&mut *first.borrow_mut(), false) {
                None
            } else {
                let sentence = sentence.clone();
                Some(platform::after(600, move || announced.set(sentence)))
            };
            move || drop(timer)
        });
    }
    (*announced).clone()
}

#[derive(Properties, PartialEq)]
pub struct FrameProps {
    /// Prefix for element ids, unique on the page.
    pub id: &'static str,
    pub title: &'static str,
    /// The describer's sentence for the current state.
    pub sentence: String,
    pub leaves_out: &'static str,
    /// Reference ids the model rests on.
    pub refs: &'static [&'static str],
    pub children: Html,
}

/// Title, "Illustrative model — not a dosing tool", the simulation, its sentence (shown, and
/// announced when it changes), what the model leaves out, and its sources.
#[component]
pub fn Frame(props: &FrameProps) -> Html {
    let t = use_text();
    let announced = use_announcement(props.sentence.clone());
    let title_id = format!("{}-title", props.id);
    let refs = props.refs.iter().filter_map(|id| t.references.iter().find(|r| r.id == *id));
    html! {
        <section class="sim" id={props.id} aria-labelledby={title_id.clone()}>
            <div class="sim__head">
                <h3 class="sim__title" id={title_id}>{ props.title }</h3>
                <p class="sim__badge">{ t.tr("sim.illustrative") }</p>
            </div>
            { props.children.clone() }
            <p class="sim__describe" id={format!("{}-describe", props.id)}>{ &props.sentence }</p>
            <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{ announced }</p>
            <details class="sim__more">
                <summary>{ t.tr("sim.leaves_out") }</summary>
                <p>{ props.leaves_out }</p>
                <p>{ t.tr("sim.model_sources") }</p>
                <ul>
                    { for refs.map(|r| html! {
                        <li><a href={r.url} rel="noreferrer noopener" target="_blank">{ r.title }</a>{ format!(". {}, {}.", r.author, r.year) }</li>
                    }) }
                </ul>
            </details>
        </section>
    }
}

/// Percent, rounded, for tables: "42%".
fn percent(share: f64) -> String {
    format!("{}%", fixed(share * 100.0, 0))
}
