//! "Stopping and starting again": what the old amount does to breathing, by days since stopping.
//! Tolerance fades within days, so the amount that was "normal" becomes an overdose (facts §2.4,
//! §3.3–3.4). The presets are the breaks the evidence is about.

use yew::prelude::*;

use super::{
    chart, draw, on_range, percent, radio, set_to, slider, use_frame, whole_ticks, Band, ChartSpec, Frame, Series,
    Slider,
};
use crate::content::{fixed, Bundle, Sim};
use crate::model::describe;
use crate::model::tolerance::{course, Break, Scenario, DEFAULT_SCENARIO};

/// Days since stopping the chart follows (release from prison, the longest preset, is 90).
const DAYS: u32 = 90;
/// How long they used, every day, in days.
const USED: [u32; 3] = [14, 60, 365];
/// Rows of the table: the first month day by day where it changes fast, then weekly and beyond.
const TABLE_DAYS: [u32; 13] = [0, 1, 2, 3, 5, 7, 10, 14, 21, 28, 45, 60, 90];

#[hook]
pub fn use_restart_sim(t: &'static Bundle, active: bool) -> Html {
    let used = use_state(|| DEFAULT_SCENARIO.use_days);
    let day = use_state(|| Break::HospitalWeek.days());
    if !active {
        return Html::default();
    }
    let scenario = Scenario { use_days: *used, break_days: DAYS, ..DEFAULT_SCENARIO };
    // From the day they stop onward.
    let after: Vec<f64> = course(&scenario).iter().skip(*used as usize).map(|d| d.breathing_at_usual_dose).collect();
    let at = |d: u32| after.get(d as usize).copied().unwrap_or(0.0);
    let sentence = describe::restart(t, *day, at(*day));

    let on_day = on_range(&day, f64::from(DAYS), |v| v as u32);
    let used_labels = [tr!(t, "sim.restart.used14"), tr!(t, "sim.restart.used60"), tr!(t, "sim.restart.used365")];
    let used_ids = ["restart-used-14", "restart-used-60", "restart-used-365"];
    let preset_labels = [
        tr!(t, "sim.restart.preset3"),
        tr!(t, "sim.restart.preset7"),
        tr!(t, "sim.restart.preset28"),
        tr!(t, "sim.restart.preset90"),
    ];
    let preset_ids = ["restart-break-3", "restart-break-7", "restart-break-28", "restart-break-90"];
    // The chart's line and table depend on how long they used alone: drawn again only for that.
    let drawn = use_memo(*used, |_| {
        draw(
            t,
            &ChartSpec {
                id: "restart-chart",
                title: tr!(t, "sim.restart.chart").to_string(),
                x_label: tr!(t, "sim.restart.chart_x"),
                y_label: tr!(t, "sim.restart.chart_y"),
                x_max: f64::from(DAYS),
                y_max: 1.0,
                x_ticks: whole_ticks(&[0, 14, 30, 60, 90]),
                y_ticks: [0.0, 0.5, 1.0_f64].iter().map(|&v| (v, percent(v))).collect(),
                band: Some(Band { lo: 0.0, hi: 0.2, label: tr!(t, "sim.danger"), label_at_end: true }),
                series: vec![Series {
                    name: tr!(t, "sim.restart.line"),
                    points: after.iter().enumerate().map(|(d, &b)| (d as f64, b)).collect(),
                    style: 0,
                    faint: false,
                }],
                table_head: vec![tr!(t, "sim.restart.day_col"), tr!(t, "sim.restart.line")],
                table_rows: TABLE_DAYS.iter().map(|&d| vec![fixed(f64::from(d), 0), percent(at(d))]).collect(),
            },
        )
    });

    let frame_data = Frame {
        id: "restart",
        title: tr!(t, "sim.restart.title"),
        sentence: sentence.clone(),
        leaves_out: tr!(t, "sim.restart.leaves_out"),
        sim: Sim::Restart,
    };
    use_frame(
        t,
        frame_data,
        html! {
            <>
                <div class="sim__controls sim__controls--row">
                    <fieldset class="field">
                        <legend>{ tr!(t, "sim.restart.used") }</legend>
                        { for USED.iter().enumerate().map(|(i, &v)| radio("restart-used", used_ids[i], used_labels[i], *used == v, set_to(&used, v))) }
                    </fieldset>
                    <fieldset class="field">
                        <legend>{ tr!(t, "sim.restart.stopped") }</legend>
                        { for Break::ALL.iter().enumerate().map(|(i, b)| radio("restart-break", preset_ids[i], preset_labels[i], *day == b.days(), set_to(&day, b.days()))) }
                    </fieldset>
                </div>
                { slider(Slider {
                    id: "restart-day",
                    label: tr!(t, "sim.restart.day"),
                    value: fixed(f64::from(*day), 0),
                    widest: "00".into(),
                    min: "0",
                    max: fixed(f64::from(DAYS), 0).into(),
                    step: "1".into(),
                    at: fixed(f64::from(*day), 0),
                    valuetext: sentence,
                    describedby: "restart-describe",
                    oninput: on_day,
                }) }
                { chart(&drawn, Some(f64::from(*day)), None) }
            </>
        },
    )
}
