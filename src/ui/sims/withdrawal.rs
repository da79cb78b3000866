//! "Withdrawal": a scrubber through the three weeks after the last dose, for a short-acting
//! opioid or methadone, saying what is likely at each moment; the usual shapes as a chart.

use yew::prelude::*;

use super::{
    chart, draw, on_range, percent, radio, set_to, slider, use_frame, whole_ticks, ChartSpec, Frame, Series, Slider,
};
use crate::content::{fixed, Bundle, Sim};
use crate::model::describe;
use crate::model::withdrawal::{intensity, Opioid};

/// Three weeks, in hours; the scrubber moves in steps of 6 hours.
const HOURS: f64 = 504.0;

#[hook]
pub fn use_withdrawal_sim(t: &'static Bundle, active: bool) -> Html {
    let methadone = use_state(|| false);
    let hour = use_state(|| 36.0_f64);
    if !active {
        return Html::default();
    }
    let opioid = if *methadone { Opioid::Methadone } else { Opioid::ShortActing };
    let sentence = describe::withdrawal(t, opioid, *hour);
    let on_hour = on_range(&hour, HOURS, |v| v);
    // The chart's lines and table depend on the choice of opioid alone: drawn again only for that.
    let drawn = use_memo(*methadone, |&methadone| {
        let line = |name, o: Opioid, style, faint| Series {
            name,
            points: (0..=(HOURS as u32 / 6))
                .map(|i| (f64::from(i * 6) / 24.0, intensity(o, f64::from(i * 6))))
                .collect(),
            style,
            faint,
        };
        let rows: Vec<Vec<String>> = [0, 1, 2, 3, 4, 5, 7, 10, 14, 21]
            .iter()
            .map(|&d| {
                let h = f64::from(d * 24);
                vec![
                    fixed(f64::from(d), 0),
                    percent(intensity(Opioid::ShortActing, h)),
                    percent(intensity(Opioid::Methadone, h)),
                ]
            })
            .collect();
        draw(
            t,
            &ChartSpec {
                id: "withdrawal-chart",
                title: tr!(t, "sim.withdrawal.chart").to_string(),
                x_label: tr!(t, "sim.withdrawal.chart_x"),
                y_label: tr!(t, "sim.withdrawal.chart_y"),
                x_max: HOURS / 24.0,
                y_max: 1.0,
                x_ticks: whole_ticks(&[0, 3, 7, 14, 21]),
                y_ticks: Vec::new(),
                band: None,
                series: vec![
                    line(tr!(t, "sim.withdrawal.short_line"), Opioid::ShortActing, 0, methadone),
                    line(tr!(t, "sim.withdrawal.methadone_line"), Opioid::Methadone, 1, !methadone),
                ],
                table_head: vec![
                    tr!(t, "sim.withdrawal.day_col"),
                    tr!(t, "sim.withdrawal.short_line"),
                    tr!(t, "sim.withdrawal.methadone_line"),
                ],
                table_rows: rows,
            },
        )
    });

    let frame_data = Frame {
        id: "withdrawal",
        title: tr!(t, "sim.withdrawal.title"),
        sentence: sentence.clone(),
        leaves_out: tr!(t, "sim.withdrawal.leaves_out"),
        sim: Sim::Withdrawal,
    };
    use_frame(
        t,
        frame_data,
        html! {
            <>
                <div class="sim__controls sim__controls--row">
                    <fieldset class="field">
                        <legend>{ tr!(t, "sim.withdrawal.which") }</legend>
                        { radio("withdrawal-opioid", "withdrawal-short", tr!(t, "sim.withdrawal.short"), !*methadone, set_to(&methadone, false)) }
                        { radio("withdrawal-opioid", "withdrawal-methadone", tr!(t, "sim.withdrawal.methadone"), *methadone, set_to(&methadone, true)) }
                    </fieldset>
                    <div class="field--grow">{ slider(Slider {
                        id: "withdrawal-time",
                        label: tr!(t, "sim.withdrawal.time"),
                        value: describe::time_short(t, *hour),
                        widest: describe::time_short(t, HOURS),
                        min: "0",
                        max: fixed(HOURS, 0).into(),
                        step: "6".into(),
                        at: fixed(*hour, 0),
                        valuetext: sentence,
                        describedby: "withdrawal-describe",
                        oninput: on_hour,
                    }) }</div>
                </div>
                { chart(&drawn, Some(*hour / 24.0), None) }
            </>
        },
    )
}
