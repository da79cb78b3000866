//! "Overdose and naloxone": breathing for six hours after naloxone is given during an overdose,
//! for a short-acting opioid and a long-acting one. Naloxone wears off in about an hour; the
//! long-acting opioid does not, so breathing falls again.

use yew::prelude::*;

use super::{chart, draw, on_range, percent, radio, set_to, slider, use_frame, Band, ChartSpec, Frame, Series, Slider};
use crate::content::{fixed, Bundle, Sim};
use crate::model::describe;
use crate::model::pharmacology::{drug, rescue_course, DrugId};

/// The overdose followed: 6 typical first doses (facts §2.4's re-narcotisation demonstration).
const OVERDOSE: f64 = 6.0;
/// Naloxone is given 15 minutes in.
const NALOXONE_AT: f64 = 0.25;
const HOURS: f64 = 6.0;

/// The simulation's state and view. A hook, not a component: the three simulations share one
/// component type (`SimView`), which keeps yew's per-component code to one copy.
#[hook]
pub fn use_rescue_sim(t: &'static Bundle, active: bool) -> Html {
    let long = use_state(|| true);
    let hour = use_state(|| 2.0_f64);
    if !active {
        return Html::default();
    }
    let short_course = rescue_course(OVERDOSE, drug(DrugId::Heroin).half_life_h, NALOXONE_AT, HOURS);
    let long_course = rescue_course(OVERDOSE, drug(DrugId::Methadone).half_life_h, NALOXONE_AT, HOURS);
    let course = if *long { &long_course } else { &short_course };
    let i = ((*hour * 4.0).round() as usize).min(course.len() - 1);
    let now = course[i];
    let sentence = describe::rescue(t, now.hour, NALOXONE_AT, now.naloxone_left, now.breathing);

    let on_hour = on_range(&hour, HOURS, |v| v);
    // The chart's lines and table depend on the choice of opioid alone: drawn again only for that.
    let drawn = use_memo(*long, |&long| {
        let series = |name, c: &[crate::model::pharmacology::RescuePoint], style, faint| Series {
            name,
            points: c.iter().map(|p| (p.hour, p.breathing)).collect(),
            style,
            faint,
        };
        let naloxone = Series {
            name: tr!(t, "sim.rescue.naloxone_left"),
            points: long_course.iter().map(|p| (p.hour, p.naloxone_left)).collect(),
            style: 2,
            faint: false,
        };
        let rows: Vec<Vec<String>> = long_course
            .iter()
            .zip(&short_course)
            .step_by(2)
            .map(|(l, s)| {
                vec![
                    describe::time_short(t, l.hour),
                    percent(l.naloxone_left),
                    percent(s.breathing),
                    percent(l.breathing),
                ]
            })
            .collect();
        draw(
            t,
            &ChartSpec {
                id: "rescue-chart",
                title: tr!(t, "sim.rescue.chart").to_string(),
                x_label: tr!(t, "sim.rescue.chart_x"),
                y_label: tr!(t, "sim.rescue.chart_y"),
                x_max: HOURS,
                y_max: 1.0,
                x_ticks: (0..=6).map(|h| (h as f64, describe::time_short(t, h as f64))).collect(),
                y_ticks: [0.0, 0.5, 1.0_f64].iter().map(|&v| (v, percent(v))).collect(),
                band: Some(Band { lo: 0.0, hi: 0.2, label: tr!(t, "sim.danger"), label_at_end: false }),
                series: vec![
                    series(tr!(t, "sim.rescue.short_line"), &short_course, 1, long),
                    series(tr!(t, "sim.rescue.long_line"), &long_course, 0, !long),
                    naloxone,
                ],
                table_head: vec![
                    tr!(t, "sim.time"),
                    tr!(t, "sim.rescue.naloxone_left"),
                    tr!(t, "sim.rescue.short_line"),
                    tr!(t, "sim.rescue.long_line"),
                ],
                table_rows: rows,
            },
        )
    });

    let frame_data = Frame {
        id: "rescue",
        title: tr!(t, "sim.rescue.title"),
        sentence: sentence.clone(),
        leaves_out: tr!(t, "sim.rescue.leaves_out"),
        sim: Sim::Rescue,
    };
    use_frame(
        t,
        frame_data,
        html! {
            <>
                <div class="sim__controls sim__controls--row">
                    <fieldset class="field">
                        <legend>{ tr!(t, "sim.rescue.which") }</legend>
                        { radio("rescue-opioid", "rescue-short", tr!(t, "sim.rescue.short"), !*long, set_to(&long, false)) }
                        { radio("rescue-opioid", "rescue-long", tr!(t, "sim.rescue.long"), *long, set_to(&long, true)) }
                    </fieldset>
                    <div class="field--grow">{ slider(Slider {
                        id: "rescue-time",
                        label: tr!(t, "sim.rescue.time"),
                        value: describe::time(t, now.hour),
                        // The widest times: hours and minutes, one hour and minutes.
                        widest: format!("{}\n{}", describe::time(t, HOURS - 0.25), describe::time(t, 1.75)),
                        min: "0",
                        max: fixed(HOURS, 0).into(),
                        step: "0.25".into(),
                        at: fixed(now.hour, 2),
                        valuetext: sentence,
                        describedby: "rescue-describe",
                        oninput: on_hour,
                    }) }</div>
                </div>
                { chart(&drawn, Some(now.hour), None) }
            </>
        },
    )
}
