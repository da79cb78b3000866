//! "Tolerance": over 30 days of use, the dose needed to feel what a first dose did rises fast;
//! the dose that makes breathing life-threatening rises more slowly (facts §2.4, §3.2), so the
//! gap between them narrows. Drawn on a scale where each mark is three times the one below, so a
//! narrowing gap looks narrower.

use yew::prelude::*;

use super::{
    chart, draw, on_range, percent, radio, set_to, slider, use_frame, whole_ticks, ChartSpec, Frame, Series, Slider,
};
use crate::content::{fixed, Bundle, Sim};
use crate::model::describe;
use crate::model::tolerance::{breathing_after, course, dangerous_dose, Scenario, HOW_OFTEN};

const DAYS: u32 = 30;
/// The table's days: the first days, when the feeling's tolerance races ahead, then the start of
/// each week. Same-weekday samples keep a pattern of a few days a week from zig-zagging between
/// days of use and days without.
const TABLE_DAYS: [u32; 8] = [0, 1, 2, 3, 7, 14, 21, 28];
/// The chart's top: 100 doses (log scale, 0 = 1 dose, 2 = 100 doses).
const LOG_MAX: f64 = 2.0;

fn log10(x: f64) -> f64 {
    x.max(1.0).log10().min(LOG_MAX)
}

#[hook]
pub fn use_tolerance_sim(t: &'static Bundle, active: bool) -> Html {
    let often = use_state(|| 7u32);
    let day = use_state(|| 14u32);
    let amount = use_state(|| 20.0_f64);
    if !active {
        return Html::default();
    }
    let days = course(&Scenario {
        use_days: DAYS,
        days_per_week: *often,
        dose: *amount,
        break_days: 0,
        restart_dose: *amount,
    });
    let now = days[(*day as usize).min(days.len() - 1)];
    let dangerous = dangerous_dose(now.tolerance_breathing);
    let sentence = describe::tolerance(
        t,
        *day,
        now.dose_to_feel_the_same,
        dangerous,
        *amount,
        breathing_after(*amount, now.tolerance_breathing),
    );

    let on_day = on_range(&day, f64::from(DAYS), |v| v as u32);
    let often_labels = [tr!(t, "sim.tolerance.often7"), tr!(t, "sim.tolerance.often3"), tr!(t, "sim.tolerance.often1")];
    let often_ids = ["tolerance-often-7", "tolerance-often-3", "tolerance-often-1"];
    // The chart's curves and table depend on how often they use alone (tolerance does not depend on
    // the amount here): the usual amount is a level line that `chart` draws, the day its marker.
    let drawn = use_memo(*often, |_| {
        let line = |name, style, f: &dyn Fn(&crate::model::tolerance::Day) -> f64| Series {
            name,
            points: days.iter().map(|d| (f64::from(d.day), log10(f(d)))).collect(),
            style,
            faint: false,
        };
        draw(
            t,
            &ChartSpec {
                id: "tolerance-chart",
                title: tr!(t, "sim.tolerance.chart").to_string(),
                x_label: tr!(t, "sim.tolerance.chart_x"),
                y_label: tr!(t, "sim.tolerance.chart_y"),
                x_max: f64::from(DAYS),
                y_max: LOG_MAX,
                x_ticks: whole_ticks(&[0, 7, 14, 21, 30]),
                y_ticks: [1.0, 3.0, 10.0, 30.0, 100.0_f64].iter().map(|&v| (log10(v), fixed(v, 0))).collect(),
                band: None,
                series: vec![
                    line(tr!(t, "sim.tolerance.feel"), 0, &|d| d.dose_to_feel_the_same),
                    line(tr!(t, "sim.tolerance.danger"), 1, &|d| dangerous_dose(d.tolerance_breathing)),
                    Series { name: tr!(t, "sim.tolerance.usual"), points: Vec::new(), style: 2, faint: false },
                ],
                table_head: vec![
                    tr!(t, "sim.tolerance.day_col"),
                    tr!(t, "sim.tolerance.tolerance_feel"),
                    tr!(t, "sim.tolerance.tolerance_breath"),
                    tr!(t, "sim.tolerance.feel"),
                    tr!(t, "sim.tolerance.danger"),
                ],
                table_rows: TABLE_DAYS
                    .iter()
                    .map(|&i| &days[i as usize])
                    .map(|d| {
                        vec![
                            fixed(f64::from(d.day), 0),
                            percent(d.tolerance_feeling),
                            percent(d.tolerance_breathing),
                            fixed(d.dose_to_feel_the_same, 0),
                            describe::danger_count(dangerous_dose(d.tolerance_breathing)),
                        ]
                    })
                    .collect(),
            },
        )
    });

    let frame_data = Frame {
        id: "tolerance",
        title: tr!(t, "sim.tolerance.title"),
        sentence: sentence.clone(),
        leaves_out: tr!(t, "sim.tolerance.leaves_out"),
        sim: Sim::Tolerance,
    };
    use_frame(
        t,
        frame_data,
        html! {
            <>
                <div class="sim__controls sim__controls--row">
                    <fieldset class="field">
                        <legend>{ tr!(t, "sim.tolerance.how_often") }</legend>
                        { for HOW_OFTEN.iter().enumerate().map(|(i, &v)| radio("tolerance-often", often_ids[i], often_labels[i], *often == v, set_to(&often, v))) }
                    </fieldset>
                    <div class="field--grow">
                        { slider(Slider {
                            id: "tolerance-day",
                            label: tr!(t, "sim.tolerance.day"),
                            value: fixed(f64::from(*day), 0),
                            widest: "00".into(),
                            min: "0",
                            max: fixed(f64::from(DAYS), 0).into(),
                            step: "1".into(),
                            at: fixed(f64::from(*day), 0),
                            valuetext: sentence.clone(),
                            describedby: "tolerance-describe",
                            oninput: on_day,
                        }) }
                        { slider(Slider {
                            id: "tolerance-amount",
                            label: tr!(t, "sim.tolerance.amount"),
                            value: fixed(*amount, 0),
                            widest: "00".into(),
                            min: "1",
                            max: "30".into(),
                            step: "1".into(),
                            at: fixed(*amount, 0),
                            valuetext: sentence.clone(),
                            describedby: "tolerance-describe",
                            oninput: on_range(&amount, 30.0, |v| v),
                        }) }
                    </div>
                </div>
                { chart(&drawn, Some(f64::from(*day)), Some((log10(*amount), 2))) }
            </>
        },
    )
}
