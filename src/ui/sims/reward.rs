//! "Dopamine and learning": the reward circuit's brake. Turning the opioid on quiets the GABA
//! brake neurons and the dopamine neuron fires faster (disinhibition); a chart compares how long
//! that lasts after a natural reward and after an opioid dose.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{chart, draw, use_frame, ChartSpec, Frame, Series};
use crate::content::{fixed, Bundle, Sim};
use crate::model::describe;
use crate::model::reward::{after_natural_reward, after_opioid};

/// Spikes drawn in the firing strip (illustrative: "usual" and "much faster").
const SPIKES_USUAL: usize = 4;
const SPIKES_OPIOID: usize = 11;

fn times(t: &crate::content::Bundle) -> Vec<(f64, String)> {
    (0..=4).map(|h| (h as f64 * 60.0, describe::time_short(t, h as f64))).collect()
}

fn times_x(hours: f64) -> String {
    format!("{}×", fixed(hours, 1))
}

/// The simulation's state and view. A hook, not a component: the three simulations share one
/// component type (`SimView`), which keeps yew's per-component code to one copy.
#[hook]
pub fn use_reward_sim(t: &'static Bundle, active: bool) -> Html {
    let opioid = use_state(|| false);
    let paused = use_state(|| false);
    if !active {
        return Html::default();
    }
    let on = *opioid;
    let sentence = describe::reward(t, on).to_string();

    let toggle = {
        let opioid = opioid.clone();
        Callback::from(move |e: Event| opioid.set(e.target_unchecked_into::<HtmlInputElement>().checked()))
    };
    let pause = {
        let paused = paused.clone();
        Callback::from(move |_: MouseEvent| paused.set(!*paused))
    };
    let spikes = if on { SPIKES_OPIOID } else { SPIKES_USUAL };

    // The chart shows both curves whatever is chosen: drawn once.
    let drawn = use_memo((), |_| {
        let minutes: Vec<f64> = (0..=96).map(|i| i as f64 * 2.5).collect();
        let natural = Series {
            name: tr!(t, "sim.reward.natural"),
            points: minutes.iter().map(|&m| (m, after_natural_reward(m))).collect(),
            style: 1,
            faint: false,
        };
        let drug = Series {
            name: tr!(t, "sim.reward.opioid"),
            points: minutes.iter().map(|&m| (m, after_opioid(m))).collect(),
            style: 0,
            faint: false,
        };
        let rows: Vec<Vec<String>> = [0.0, 5.0, 15.0, 30.0, 60.0, 120.0, 180.0, 240.0_f64]
            .iter()
            .map(|&m| {
                vec![describe::time_short(t, m / 60.0), times_x(after_natural_reward(m)), times_x(after_opioid(m))]
            })
            .collect();
        draw(
            t,
            &ChartSpec {
                id: "reward-chart",
                title: tr!(t, "sim.reward.chart").to_string(),
                x_label: tr!(t, "sim.reward.chart_x"),
                y_label: tr!(t, "sim.reward.chart_y"),
                x_max: 240.0,
                y_max: 2.5,
                x_ticks: times(t),
                y_ticks: vec![(1.0, tr!(t, "sim.reward.usual").to_string()), (2.0, "2×".to_string())],
                series: vec![natural, drug],
                band: None,
                table_head: vec![tr!(t, "sim.time"), tr!(t, "sim.reward.natural"), tr!(t, "sim.reward.opioid")],
                table_rows: rows,
            },
        )
    });

    let frame_data = Frame {
        id: "reward",
        title: tr!(t, "sim.reward.title"),
        sentence,
        leaves_out: tr!(t, "sim.reward.leaves_out"),
        sim: Sim::Reward,
    };
    use_frame(
        t,
        frame_data,
        html! {
            <>
                <div class="sim__controls sim__controls--row">
                    <p class="field field--check">
                        <input type="checkbox" id="reward-opioid" checked={on} onchange={toggle} aria-describedby="reward-describe" />
                        <label for="reward-opioid">{ tr!(t, "sim.reward.toggle") }</label>
                    </p>
                    <button type="button" class="button reward__pause" aria-pressed={if *paused { "true" } else { "false" }} onclick={pause}>
                        { tr!(t, "sim.pause") }
                    </button>
                </div>
                <svg class="circuit" data-opioid={on.then_some("")} data-paused={paused.then_some("")}
                    viewBox="0 0 640 350" role="img" aria-labelledby="reward-picture">
                    <title id="reward-picture">{ tr!(t, "sim.reward.picture") }</title>
                    <circle class="circuit__brake" cx="95" cy="80" r="60" />
                    if on {
                        { for [(55.0, 42.0), (138.0, 50.0), (60.0, 122.0), (132.0, 116.0)].iter().map(|(x, y)| html! {
                            <circle class="synapse__drug" cx={fixed(*x, 0)} cy={fixed(*y, 0)} r="9" />
                        }) }
                    }
                    <line class="circuit__inhibit" x1="158" y1="80" x2="252" y2="80" />
                    <line class="circuit__inhibit-end" x1="256" y1="62" x2="256" y2="98" />
                    <circle class="circuit__dopamine" cx="320" cy="80" r="60" />
                    <line class="circuit__axon" x1="382" y1="80" x2="500" y2="80" />
                    { for (0..3).map(|i| html! {
                        <circle class="circuit__pulse" data-n={["0", "1", "2"][i]} cx="388" cy="80" r="8" />
                    }) }
                    <rect class="circuit__target" x="500" y="24" width="132" height="112" rx="24" />
                    <text class="circuit__label" x="95" y="170" text-anchor="middle">{ tr!(t, "sim.reward.brake") }</text>
                    <text class="circuit__label" x="95" y="196" text-anchor="middle">{ tr!(t, "sim.reward.brake_kind") }</text>
                    <text class="circuit__label" x="320" y="170" text-anchor="middle">{ tr!(t, "sim.reward.dopamine") }</text>
                    <text class="circuit__label" x="320" y="196" text-anchor="middle">{ tr!(t, "sim.reward.dopamine_kind") }</text>
                    <text class="circuit__label" x="560" y="170" text-anchor="middle">{ tr!(t, "sim.reward.accumbens") }</text>
                    <text class="circuit__label" x="560" y="196" text-anchor="middle">{ tr!(t, "sim.reward.accumbens_note") }</text>
                    <text class="circuit__state" x="8" y="232">
                        { if on { tr!(t, "sim.reward.brake_quiet") } else { tr!(t, "sim.reward.brake_active") } }
                    </text>
                    <text class="circuit__label" x="8" y="278">{ tr!(t, "sim.reward.firing") }</text>
                    <line class="circuit__baseline" x1="8" y1="340" x2="632" y2="340" />
                    { for (0..spikes).map(|i| {
                        let x = 30.0 + i as f64 * (590.0 / spikes as f64);
                        html! { <line class="circuit__spike" x1={fixed(x, 1)} x2={fixed(x, 1)} y1="340" y2="298" /> }
                    }) }
                </svg>
                { chart(&drawn, None, None) }
            </>
        },
    )
}
