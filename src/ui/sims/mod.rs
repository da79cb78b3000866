//! The chapters' simulations. Each is a thin view over `crate::model`: native controls in, an SVG
//! picture and the describer's sentence out. Shared here: the frame every simulation sits in
//! (the "illustrative" label, what the model leaves out, its sources, the live announcement) and
//! the line chart with its table.

mod chart;
mod receptors;
mod rescue;
mod restart;
mod reward;
mod tolerance;
mod withdrawal;

use std::rc::Rc;

use yew::prelude::*;

use crate::content::{fixed, Bundle, Sim};
use crate::platform;

pub use chart::{chart, draw, Band, ChartSpec, Series};

/// A simulation, placed in a chapter; it reads the text and the layout from the app's context.
pub fn sim(which: Sim) -> Html {
    let key = match which {
        Sim::Receptors => "receptors",
        Sim::Reward => "reward",
        Sim::Rescue => "rescue",
        Sim::Tolerance => "tolerance",
        Sim::Restart => "restart",
        Sim::Withdrawal => "withdrawal",
    };
    // Keyed, so moving to another chapter mounts a fresh simulation rather than reusing this one.
    html! { <SimView {key} {which} /> }
}

/// A simulation's place in the static page: its title, the label, and a note that it needs
/// JavaScript and WebAssembly (see `static_page`).
#[cfg(not(target_arch = "wasm32"))]
pub fn placeholder(t: &Bundle, which: Sim) -> Html {
    let (key, title) = match which {
        Sim::Receptors => ("receptors", tr!(t, "sim.receptors.title")),
        Sim::Reward => ("reward", tr!(t, "sim.reward.title")),
        Sim::Rescue => ("rescue", tr!(t, "sim.rescue.title")),
        Sim::Tolerance => ("tolerance", tr!(t, "sim.tolerance.title")),
        Sim::Restart => ("restart", tr!(t, "sim.restart.title")),
        Sim::Withdrawal => ("withdrawal", tr!(t, "sim.withdrawal.title")),
    };
    let sources = t.sim_sources(which);
    html! {
        <div class="sim sim--static" data-sim={key}>
            <div class="sim__head">
                <h3 class="sim__title">{ title }</h3>
                <p class="sim__badge">{ tr!(t, "sim.illustrative") }</p>
            </div>
            <p class="needs-js">{ tr!(t, "static.sim_needs_js") }</p>
            <details class="sim__more">
                <summary>{ tr!(t, "sim.model_sources") }</summary>
                // The run the app's simulation takes for its own list (`content::Words`).
                <div data-w={sources.index.to_string()}>
                    { Html::from_html_unchecked(AttrValue::Static(sources.html())) }
                </div>
            </details>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SimProps {
    pub which: Sim,
}

/// Every simulation, as one component type. Each simulation's state hooks run on every render;
/// only the chosen one goes on to build its view (and its announcement hook). An instance is keyed
/// by its simulation, so which one is chosen never changes for it, and hooks keep their order.
#[component]
fn SimView(props: &SimProps) -> Html {
    let shared = super::view::use_shared();
    let v = shared.view();
    let t = v.t;
    // Each hook runs every time (hooks keep their order), but only the shown one builds a view.
    let w = props.which;
    let receptors = receptors::use_receptor_sim(t, w == Sim::Receptors, v.layout);
    let reward = reward::use_reward_sim(t, w == Sim::Reward);
    let rescue = rescue::use_rescue_sim(t, w == Sim::Rescue);
    let tolerance = tolerance::use_tolerance_sim(t, w == Sim::Tolerance);
    let restart = restart::use_restart_sim(t, w == Sim::Restart);
    let withdrawal = withdrawal::use_withdrawal_sim(t, w == Sim::Withdrawal);
    match props.which {
        Sim::Receptors => receptors,
        Sim::Reward => reward,
        Sim::Rescue => rescue,
        Sim::Tolerance => tolerance,
        Sim::Restart => restart,
        Sim::Withdrawal => withdrawal,
    }
}

/// A part of a simulation built once and kept until what it shows changes (`use_memo` makes a new
/// `Rc` then): yew skips a component whose props are equal, so a slider step neither builds nor
/// compares a chart's lines, labels and table, or the receptor picture, again: only what moves
/// (the marker, the numbers, the sentence). One component type for every kept part, as each type
/// adds yew's lifecycle code to the bundle.
#[derive(Properties)]
pub(crate) struct KeptProps {
    pub html: Rc<Html>,
}

impl PartialEq for KeptProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.html, &other.html)
    }
}

#[component]
pub(crate) fn Kept(p: &KeptProps) -> Html {
    (*p.html).clone()
}

/// How long the controls must be still before the sentence is announced (ms).
const QUIET_MS: f64 = 600.0;

/// The announcement waiting for the controls to be still.
#[derive(Default)]
struct Waiting {
    /// The describer's sentence last seen (none before the first render), and when it changed.
    sentence: Option<String>,
    changed_at: f64,
    /// The timer while one runs, and the last one that fired: kept until the next one fires, as a
    /// timer is never dropped inside its own callback.
    timer: Option<gloo::timers::callback::Timeout>,
    spent: Option<gloo::timers::callback::Timeout>,
}

/// The sentence to put in the live region: the describer's, once the reader has stopped moving
/// the control for `QUIET_MS` (so a screen reader is not flooded while a slider is dragged).
/// Empty at first, so nothing is announced when the page loads. A step only notes the time: one
/// timer runs while the reader drags and, when it fires early, waits out the rest (setting and
/// clearing a timer at every step cost a slider step a tenth of its time).
#[hook]
fn use_announcement(sentence: String) -> String {
    let announced = use_state(String::new);
    let waiting = use_mut_ref(Waiting::default);
    {
        let mut w = waiting.borrow_mut();
        match &w.sentence {
            None => w.sentence = Some(sentence),
            Some(seen) if *seen == sentence => {}
            Some(_) => {
                w.sentence = Some(sentence);
                w.changed_at = platform::now();
                if w.timer.is_none() {
                    w.timer = Some(wait(&waiting, announced.setter(), QUIET_MS));
                }
            }
        }
    }
    {
        // Leaving the simulation stops a timer still running.
        let waiting = waiting.clone();
        use_effect_with((), move |_| {
            move || {
                let mut w = waiting.borrow_mut();
                w.timer = None;
                w.spent = None;
            }
        });
    }
    (*announced).clone()
}

/// A timer that, after `ms`, announces the waiting sentence if the controls have been still for
/// `QUIET_MS`, or else waits for the rest of that time.
fn wait(
    waiting: &Rc<std::cell::RefCell<Waiting>>,
    set: UseStateSetter<String>,
    ms: f64,
) -> gloo::timers::callback::Timeout {
    let waiting = waiting.clone();
    platform::after(ms as u32, move || {
        let mut w = waiting.borrow_mut();
        w.spent = w.timer.take();
        let quiet = platform::now() - w.changed_at;
        if quiet + 1.0 >= QUIET_MS {
            let sentence = w.sentence.clone().unwrap_or_default();
            drop(w);
            set.set(sentence);
        } else {
            w.timer = Some(wait(&waiting, set, QUIET_MS - quiet));
        }
    })
}

/// The frame around a simulation's body, with its sentence announced once the controls are still
/// (the one place a simulation's announcement hook is called).
#[hook]
pub(crate) fn use_frame(t: &'static Bundle, f: Frame, children: Html) -> Html {
    let announced = use_announcement(f.sentence.clone());
    // The frame's parts stay for the simulation's life (the `.fit` boxes' children are never
    // replaced), so they are observed once.
    let id = f.id;
    use_effect_with((), move |_| platform::fit(id));
    // The title and what the model leaves out never change: built once, and skipped at a step.
    let (title, leaves_out, sim) = (f.title, f.leaves_out, f.sim);
    let still = use_memo((), move |_| {
        let title_id = format!("{id}-title");
        let head = html! {
            <div class="sim__head">
                <h3 class="sim__title" id={title_id}>{ title }</h3>
                <p class="sim__badge">{ tr!(t, "sim.illustrative") }</p>
            </div>
        };
        let more = html! {
            <details class="sim__more">
                <summary>{ tr!(t, "sim.leaves_out") }</summary>
                <p>{ leaves_out }</p>
                <p>{ tr!(t, "sim.model_sources") }</p>
                // Our own build-time HTML, every text escaped (`content_compiler::html::sim_sources`).
                { Html::from_html_unchecked(AttrValue::Static(t.sim_sources(sim).html())) }
            </details>
        };
        (Rc::new(head), Rc::new(more))
    });
    frame(f, announced, &still, children)
}

/// Axis ticks at whole numbers, labelled with the number.
pub(crate) fn whole_ticks(at: &[u32]) -> Vec<(f64, String)> {
    at.iter().map(|&v| (f64::from(v), fixed(f64::from(v), 0))).collect()
}

/// What a simulation's frame shows around it.
pub struct Frame {
    /// Prefix for element ids, unique on the page.
    pub id: &'static str,
    pub title: &'static str,
    /// The describer's sentence for the current state.
    pub sentence: String,
    pub leaves_out: &'static str,
    /// Which simulation, for the sources its model rests on (`references.toml`'s `simulations`).
    pub sim: Sim,
}

/// Title, "Illustrative model — not a dosing tool" (`still.0`), the simulation, its sentence
/// (shown, and in the live region once `announced`), what the model leaves out and its sources
/// (`still.1`). A function rather than a component, to keep yew's per-component code out of the
/// bundle.
fn frame(f: Frame, announced: String, still: &(Rc<Html>, Rc<Html>), children: Html) -> Html {
    html! {
        <section class="sim" id={f.id} aria-labelledby={format!("{}-title", f.id)}>
            <Kept html={still.0.clone()} />
            { children }
            <div class="fit sim__say"><p class="sim__describe" id={format!("{}-describe", f.id)}>{ f.sentence }</p></div>
            <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{ announced }</p>
            <Kept html={still.1.clone()} />
        </section>
    }
}

/// The `input` handler of a range: sets `state` to the new value, held to `0..=max` (with
/// `max`/`min`: `f64::clamp`'s panic message would pull float printing into the wasm).
pub(crate) fn on_range<T: 'static>(state: &UseStateHandle<T>, max: f64, to: fn(f64) -> T) -> Callback<InputEvent> {
    let state = state.clone();
    Callback::from(move |e: InputEvent| {
        let v = e.target_unchecked_into::<web_sys::HtmlInputElement>().value_as_number();
        if v.is_finite() {
            state.set(to(v.max(0.0).min(max)));
        }
    })
}

/// A slider, in its `.fit` box: its label with the value it shows, and the range.
pub(crate) struct Slider {
    pub id: &'static str,
    pub label: &'static str,
    pub value: String,
    /// The widest values it can show, one per line (digits are set in tabular figures, all one
    /// width): the value keeps their room (`.field__value::before`), so the label breaks its lines
    /// the same way at every step and the range stays under the reader's finger.
    pub widest: String,
    pub min: &'static str,
    pub max: AttrValue,
    pub step: AttrValue,
    pub at: String,
    /// What a screen reader says for the value (the sentence, or a short form of it).
    pub valuetext: String,
    /// The id of the simulation's sentence, which describes the range.
    pub describedby: &'static str,
    pub oninput: Callback<InputEvent>,
}

pub(crate) fn slider(s: Slider) -> Html {
    html! {
        <p class="field fit"><span class="field__in">
            <label for={s.id}>{ s.label }<span class="field__value" data-widest={s.widest}>{ s.value }</span></label>
            <input type="range" id={s.id} min={s.min} max={s.max} step={s.step} value={s.at}
                aria-valuetext={s.valuetext} aria-describedby={s.describedby} oninput={s.oninput} />
        </span></p>
    }
}

/// A `change` handler that sets `state` to `value` (a radio button or a preset).
pub(crate) fn set_to<T: Clone + 'static>(state: &UseStateHandle<T>, value: T) -> Callback<Event> {
    let state = state.clone();
    Callback::from(move |_: Event| state.set(value.clone()))
}

/// A radio button with its label.
pub(crate) fn radio(
    group: &'static str,
    id: &'static str,
    label: &'static str,
    checked: bool,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <p class="field--check">
            <input type="radio" {id} name={group} {checked} {onchange} />
            <label for={id}>{ label }</label>
        </p>
    }
}

/// Percent, rounded, for tables: "42%".
fn percent(share: f64) -> String {
    format!("{}%", fixed(share * 100.0, 0))
}
